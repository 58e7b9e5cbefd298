"""Confirmed and dismissed evidence links (briefing.storage.links), kept with the corpus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.promises import Promises, Verdict
from briefing.cli import main
from briefing.corpus.loader import load_corpus
from briefing.storage.links import LinkState, links_path, read_links, save_link
from briefing.storage.marks import MarksError
from briefing.storage.paths import bundled_corpus
from tests.extracted import ARTICLE
from tests.promise_corpus import write_corpus

REGISTRY = "hp-registry-deadline"
DONE = "hm-registry-done"
AS_OF = date(2024, 9, 1)


@pytest.fixture
def harrow(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "harrow")


def test_confirm_then_dismiss_one_link_keeps_the_others(harrow: Path) -> None:
    save_link(harrow, REGISTRY, DONE, LinkState.CONFIRMED)
    save_link(harrow, "hp-permits-target", "hs-permits#permit_share#2024-03", LinkState.DISMISSED)
    links = read_links(harrow)
    assert links.state(REGISTRY, DONE) is LinkState.CONFIRMED
    save_link(harrow, REGISTRY, DONE, LinkState.DISMISSED)
    links = read_links(harrow)
    assert links.state(REGISTRY, DONE) is LinkState.DISMISSED
    assert links.state("hp-permits-target", "hs-permits#permit_share#2024-03") is (
        LinkState.DISMISSED
    )
    assert "confirmed" not in links_path(harrow).read_text(encoding="utf-8")
    save_link(harrow, REGISTRY, DONE, None)
    assert read_links(harrow).state(REGISTRY, DONE) is None
    assert not list(links_path(harrow).parent.glob("*.tmp*"))  # written by rename


def test_a_dismissed_link_stays_dismissed_after_a_new_ingest(
    harrow: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert Promises(load_corpus(harrow), AS_OF).of_id(REGISTRY).verdict is Verdict.KEPT
    save_link(harrow, REGISTRY, DONE, LinkState.DISMISSED)
    article = tmp_path / "in" / "report.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", "--corpus", str(harrow), str(article)]) == 0
    capsys.readouterr()
    corpus = load_corpus(harrow)
    assert len(corpus.sources) == 4
    tracking = Promises(corpus, AS_OF).of_id(REGISTRY)
    assert DONE not in [e.finding.id for e in tracking.evidence]
    assert tracking.verdict is Verdict.NO_EVIDENCE


def test_a_broken_links_file_is_reported_and_not_overwritten(harrow: Path) -> None:
    path = links_path(harrow)
    path.write_text('[links.hp-registry-deadline]\nconfirmed = "oops"\nmaybe = []\n')
    links = read_links(harrow)
    assert [p.line for p in links.problems] == [2, 3]
    assert "confirmed must be a list of ids" in str(links.problems[0])
    with pytest.raises(MarksError, match="confirmed must be a list"):
        save_link(harrow, REGISTRY, DONE, LinkState.DISMISSED)
    path.write_text("[links\n")
    assert read_links(harrow).problems
    with pytest.raises(MarksError, match=r"links are read-only until links\.toml is fixed"):
        save_link(harrow, REGISTRY, DONE, LinkState.DISMISSED)
    assert path.read_text() == "[links\n"


def test_the_bundled_corpus_is_never_written() -> None:
    with pytest.raises(MarksError, match="bundled corpus is never written"):
        save_link(bundled_corpus(), "cp-online-records-target", "x", LinkState.DISMISSED)
    assert not links_path(bundled_corpus()).exists()


def test_check_reports_a_broken_links_file_by_line(
    harrow: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--corpus", str(harrow)]) == 0
    links_path(harrow).write_text('[links.hp-registry-deadline]\ndismissed = "oops"\n')
    capsys.readouterr()
    assert main(["check", "--corpus", str(harrow)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{links_path(harrow)}:2: links 'hp-registry-deadline': dismissed must be a list of ids"
    ]
