"""Reviewing extracted findings on disk: accept, edit, reject; refusals; nothing half-written."""

from __future__ import annotations

import os
import threading
import tomllib
from datetime import date
from pathlib import Path

import pytest

from briefing.core.model import Kind
from briefing.corpus.loader import load_corpus
from briefing.storage.files import locked, write_toml
from briefing.storage.marks import BUNDLED_REFUSAL, MarkStatus, read_marks, save_mark
from briefing.workflows import ingest, review
from briefing.workflows.review import (
    Changes,
    ReviewError,
    accept,
    check_changes,
    reject,
    unreviewed,
)
from tests.extracted import ARTICLE, IDS, SOURCE, ingest_article

CARDS = "The province has issued 780,000 chip-embedded citizen identification cards"


def entries(root: Path) -> dict[str, dict[str, object]]:
    data = tomllib.loads((root / "data" / "findings" / f"{SOURCE}.toml").read_text())
    return {e["id"]: e for e in data["finding"]}


def finding(root: Path, finding_id: str):
    return load_corpus(root).by_id[finding_id]


def test_the_corpus_starts_unreviewed_in_reading_order(extracted: Path) -> None:
    corpus = load_corpus(extracted)
    assert [f.id for f in unreviewed(corpus)] == IDS


def test_accept_sets_reviewed_and_keeps_everything_else(extracted: Path) -> None:
    before = entries(extracted)
    path = accept(extracted, finding(extracted, IDS[0]))
    assert path.name == f"{SOURCE}.toml"
    after = entries(extracted)
    assert after[IDS[0]] == {**before[IDS[0]], "reviewed": True}
    assert {k: v for k, v in after.items() if k != IDS[0]} == {
        k: v for k, v in before.items() if k != IDS[0]
    }
    corpus = load_corpus(extracted)
    assert corpus.ok and corpus.by_id[IDS[0]].reviewed
    assert [f.id for f in unreviewed(corpus)] == IDS[1:]


@pytest.mark.parametrize(
    ("statement", "kind", "due", "expected"),
    [
        (" 780,000   chip ID cards ", "achievement", "", ("statement", "780,000 chip ID cards")),
        (CARDS, "target", "2025", ("kind", "target")),
        (CARDS, "deadline", "2025-Q3", ("due", "2025-Q3")),
    ],
    ids=["statement", "kind", "due"],
)
def test_edit_each_field(extracted: Path, statement, kind, due, expected) -> None:
    changes, errors = check_changes(statement, kind, due)
    assert errors == {} and changes is not None
    accept(extracted, finding(extracted, IDS[0]), changes)
    entry = entries(extracted)[IDS[0]]
    field, value = expected
    assert entry[field] == value and entry["reviewed"] is True
    corpus = load_corpus(extracted)
    assert corpus.ok
    assert corpus.by_id[IDS[0]].kind is Kind(kind)


def test_clearing_the_due_date_removes_it(extracted: Path) -> None:
    deadline = finding(extracted, IDS[3])
    changes, errors = check_changes(deadline.statement, "target", "")
    assert errors == {} and changes == Changes(deadline.statement, Kind.TARGET, None)
    accept(extracted, deadline, changes)
    assert "due" not in entries(extracted)[IDS[3]]
    assert load_corpus(extracted).by_id[IDS[3]].due is None


@pytest.mark.parametrize(
    ("statement", "kind", "due", "field", "words"),
    [
        (
            "ok",
            "achievement",
            "30/06/2025",
            "due",
            "not a due date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY",
        ),
        ("ok", "achievement", "2025-02-30", "due", "is not a real date"),
        ("ok", "target", "2025-H1", "due", "half year"),
        ("ok", "deadline", "", "due", "a deadline needs a due date"),
        ("   ", "achievement", "", "statement", "a statement is needed"),
        ("ok", "rumour", "", "kind", "not one of achievement"),
    ],
)
def test_bad_input_is_named_per_field_and_nothing_is_saved(
    extracted: Path, statement, kind, due, field, words
) -> None:
    before = (extracted / "data" / "findings" / f"{SOURCE}.toml").read_bytes()
    changes, errors = check_changes(statement, kind, due)
    assert changes is None
    assert list(errors) == [field] and words in errors[field]
    assert (extracted / "data" / "findings" / f"{SOURCE}.toml").read_bytes() == before


def test_reject_removes_it_and_reingest_does_not_bring_it_back(
    extracted: Path, tmp_path: Path
) -> None:
    for finding_id in IDS:  # even the last one: the (empty) file stays
        reject(extracted, finding(extracted, finding_id))
    assert entries(extracted) == {}
    corpus = load_corpus(extracted)
    assert corpus.ok and corpus.findings == []
    ingest_article(extracted, tmp_path)  # the same article again
    assert load_corpus(extracted).findings == []


def test_reject_keeps_the_other_findings(extracted: Path) -> None:
    before = entries(extracted)
    reject(extracted, finding(extracted, IDS[1]))
    after = entries(extracted)
    assert list(after) == [IDS[0], IDS[2], IDS[3]]
    assert all(after[k] == before[k] for k in after)


def test_reject_drops_the_findings_deadline_mark(extracted: Path) -> None:
    save_mark(extracted, IDS[3], MarkStatus.DONE, "signed", date(2025, 3, 1))
    reject(extracted, finding(extracted, IDS[3]))
    assert IDS[3] not in read_marks(extracted).marks
    corpus = load_corpus(extracted)
    assert corpus.ok and not corpus.marks.problems


def test_the_bundled_corpus_is_refused(bundled: Path, extracted: Path) -> None:
    extracted_finding = finding(extracted, IDS[0])
    with pytest.raises(ReviewError) as caught:
        accept(bundled, extracted_finding)
    assert str(caught.value) == BUNDLED_REFUSAL
    assert review.review_refusal(bundled) == BUNDLED_REFUSAL
    assert review.review_refusal(extracted) is None


def test_a_curated_finding_is_refused(corpus_copy: Path) -> None:
    curated = load_corpus(corpus_copy).findings[0]
    with pytest.raises(ReviewError, match="curated"):
        accept(corpus_copy, curated)


def test_a_change_made_meanwhile_is_kept(extracted: Path) -> None:
    stale = load_corpus(extracted)  # what the app loaded before
    accept(extracted, stale.by_id[IDS[1]])  # another window accepts x002
    reject(extracted, stale.by_id[IDS[0]])  # this one rejects x001 from its stale view
    after = entries(extracted)
    assert IDS[0] not in after and after[IDS[1]]["reviewed"] is True


def test_a_review_waits_for_the_lock_and_keeps_what_was_written_meanwhile(extracted: Path) -> None:
    target = finding(extracted, IDS[0])
    path = extracted / "data" / "findings" / f"{SOURCE}.toml"
    done = threading.Event()

    def review_it() -> None:
        reject(extracted, target)
        done.set()

    worker = threading.Thread(target=review_it)
    with locked(extracted / "data" / review.LOCK_FILE):  # an ingest holding the corpus
        worker.start()
        assert not done.wait(0.3)  # the review waits its turn
        data = tomllib.loads(path.read_text())
        data["finding"][1]["statement"] = "Changed by the other writer"
        write_toml(path, data)
    worker.join(5)
    assert done.is_set()
    after = entries(extracted)
    assert IDS[0] not in after
    assert after[IDS[1]]["statement"] == "Changed by the other writer"


def test_a_finding_gone_meanwhile_is_one_clear_error(extracted: Path) -> None:
    stale = load_corpus(extracted)
    reject(extracted, stale.by_id[IDS[0]])
    with pytest.raises(ReviewError, match=f"'{IDS[0]}' is no longer in .*nothing saved"):
        accept(extracted, stale.by_id[IDS[0]])


def test_a_write_failure_leaves_the_file_whole_and_no_temp_file(
    extracted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = extracted / "data" / "findings" / f"{SOURCE}.toml"
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ReviewError, match=r"cannot write .*No space left on device; nothing saved"):
        reject(extracted, finding(extracted, IDS[0]))
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_broken_findings_file_is_named_and_left_alone(extracted: Path) -> None:
    target = finding(extracted, IDS[0])
    path = extracted / "data" / "findings" / f"{SOURCE}.toml"
    path.write_text(path.read_text() + "\n[[finding]\n")
    before = path.read_bytes()
    with pytest.raises(ReviewError, match=rf"{SOURCE}.toml:\d+: malformed TOML"):
        accept(extracted, target)
    assert path.read_bytes() == before


def test_the_lock_is_the_one_ingest_takes() -> None:
    assert review.LOCK_FILE == ingest.LOCK_FILE


def test_a_second_article_is_reviewed_in_its_own_file(extracted: Path, tmp_path: Path) -> None:
    other = ARTICLE.replace("Ha Nam", "Ninh Binh").replace("780,000", "650,000")
    ingest_article(extracted, tmp_path, other)
    corpus = load_corpus(extracted)
    second = next(f for f in unreviewed(corpus) if f.source != SOURCE)
    before = entries(extracted)
    accept(extracted, second)
    assert entries(extracted) == before
    assert load_corpus(extracted).by_id[second.id].reviewed


def test_the_excerpt_frames_the_quote_with_its_neighbours() -> None:
    text = "Title\n\nFirst paragraph.\nBefore it. The quote here. After it.\nNext one.\nFar away."
    start = text.index("The quote")
    span = (start, start + len("The quote here."))
    cut = review.excerpt(text, span)
    assert cut.text[cut.start : cut.end] == "The quote here."
    assert cut.text == "First paragraph.\nBefore it. The quote here. After it.\nNext one."
    near = review.excerpt(text, span, reach=4)
    assert near.text == "…it. The quote here. Aft…"
    assert near.text[near.start : near.end] == "The quote here."
    first = review.excerpt(text, (0, 5))
    assert first.text[first.start : first.end] == "Title" and first.text.startswith("Title")
