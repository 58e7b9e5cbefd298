"""Loading a corpus: the bundled one must be sound; the indexes and queries on the test one."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from briefing.core.dates import Status
from briefing.core.model import Kind
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus


@pytest.fixture(scope="module")
def bundled_loaded(bundled: Path) -> Corpus:
    return load_corpus(bundled)


@pytest.fixture(scope="module")
def small(fixture_corpus: Path) -> Corpus:
    corpus = load_corpus(fixture_corpus)
    assert corpus.problems == []
    return corpus


# --- the bundled corpus ------------------------------------------------------------


def test_bundled_corpus_loads_without_problems(bundled_loaded: Corpus):
    assert [str(p) for p in bundled_loaded.problems] == []
    assert bundled_loaded.ok


def test_every_bundled_quote_is_the_article_text_at_its_span(bundled_loaded: Corpus):
    wrong = [
        f.id
        for f in bundled_loaded.findings
        if bundled_loaded.text_of(f.source)[f.span[0] : f.span[1]] != f.quote
    ]
    assert wrong == []


def test_bundled_corpus_size_and_kinds(bundled_loaded: Corpus):
    assert len(bundled_loaded.findings) >= 100
    assert {f.kind for f in bundled_loaded.findings} == set(Kind)
    assert all(bundled_loaded.by_kind[kind] for kind in Kind)


def test_bundled_deadlines_have_due_dates_and_owners(bundled_loaded: Corpus):
    deadlines = bundled_loaded.by_kind[Kind.DEADLINE]
    assert [f.id for f in deadlines if f.due_period is None] == []
    assert [f.id for f in deadlines if not f.owner] == []


def test_chip_id_cards_are_followed_across_sources(bundled_loaded: Corpus):
    sources = {f.source for f, _ in bundled_loaded.by_metric["chip_id_cards_issued"]}
    assert len(sources) >= 3


def test_bundled_sources_each_have_findings_and_text(bundled_loaded: Corpus):
    assert set(bundled_loaded.by_source) == set(bundled_loaded.sources)
    assert set(bundled_loaded.texts) == set(bundled_loaded.sources)


@pytest.mark.parametrize("which", ["bundled", "small"])
def test_indexes_agree_with_the_findings(which: str, request: pytest.FixtureRequest):
    corpus: Corpus = request.getfixturevalue("bundled_loaded" if which == "bundled" else which)
    findings = corpus.findings
    ids = [f.id for f in findings]
    assert len(ids) == len(set(ids))
    assert corpus.by_id == {f.id: f for f in findings}

    assert set(corpus.by_kind) == set(Kind)
    for kind in Kind:
        assert corpus.by_kind[kind] == [f for f in findings if f.kind is kind]

    topics = {t for f in findings for t in f.topics}
    assert set(corpus.by_topic) == topics
    assert topics <= set(corpus.topics)
    for topic, listed in corpus.by_topic.items():
        assert {f.id for f in listed} == {f.id for f in findings if topic in f.topics}

    assert set(corpus.by_source) == {f.source for f in findings}
    for source, listed in corpus.by_source.items():
        assert sorted(f.id for f in listed) == sorted(f.id for f in findings if f.source == source)
        assert [f.span for f in listed] == sorted(f.span for f in listed)  # article order

    pairs = {(f.id, m.name, m.as_of, m.value) for f in findings for m in f.metrics}
    indexed = {
        (f.id, m.name, m.as_of, m.value) for pairs_ in corpus.by_metric.values() for f, m in pairs_
    }
    assert indexed == pairs
    for name, reported in corpus.by_metric.items():
        assert all(m.name == name for _, m in reported)
        assert name in corpus.metric_defs


# --- the test corpus ---------------------------------------------------------------


def test_fixture_corpus_matches_its_generator(fixture_corpus: Path, tmp_path: Path):
    """The committed files are exactly what tests/fixtures/make_corpus.py writes."""
    script = fixture_corpus.parent / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(
        p.relative_to(fixture_corpus) for p in fixture_corpus.rglob("*") if p.is_file()
    )
    assert written == committed
    stale = [
        str(p) for p in written if (tmp_path / p).read_bytes() != (fixture_corpus / p).read_bytes()
    ]
    assert stale == [], "run: python tests/fixtures/make_corpus.py"


def test_small_corpus_counts(small: Corpus):
    assert sorted(small.sources) == ["lanmore-2024-07-15", "lanmore-bulletin-2025-01"]
    assert len(small.findings) == 11
    assert {k: len(v) for k, v in small.by_kind.items()} == {
        Kind.ACHIEVEMENT: 3,
        Kind.LIMITATION: 4,
        Kind.TARGET: 1,
        Kind.DEADLINE: 3,
        Kind.DIRECTIVE: 0,
    }
    assert small.date_range() == (date(2024, 7, 15), date(2025, 1, 1))


def test_small_corpus_quotes_are_verbatim_including_hostile_text(small: Corpus):
    for f in small.findings:
        assert small.text_of(f.source)[f.span[0] : f.span[1]] == f.quote
    hostile = small.by_id["lb-phishing-messages"].quote
    assert "[bold red]ALERT[/bold red]" in hostile
    assert "[link=https://evil.example]click here[/link]" in hostile
    assert "\x1b[31m" in hostile


def test_spans_count_characters_not_bytes(small: Corpus):
    # the first article has non-ASCII text before its quotes: byte offsets would be off
    text = small.text_of("lanmore-2024-07-15")
    finding = small.by_id["lm-chip-id-cards"]
    assert len(text[: finding.span[0]].encode()) > finding.span[0]
    assert text[finding.span[0] : finding.span[1]] == finding.quote


def test_inferred_publication_date(small: Corpus):
    source = small.sources["lanmore-bulletin-2025-01"]
    assert source.published_stated is False
    assert source.published_label == "2025-01 (inferred)"
    assert source.url is None
    assert small.sources["lanmore-2024-07-15"].published_label == "2024-07-15"


def test_dated_findings_soonest_first(small: Corpus):
    assert [(f.id, f.due) for f in small.dated()] == [
        ("lm-land-registry-deadline", "2025-03-31"),
        ("lb-electronic-documents", "2025-05"),
        ("lb-data-centre-upgrade", "2025-Q2"),
        ("lm-online-dossiers-target", "2025"),
    ]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (
            date(2025, 3, 15),
            {
                "lm-land-registry-deadline": Status.DUE_SOON,
                "lb-electronic-documents": Status.UPCOMING,
                "lb-data-centre-upgrade": Status.UPCOMING,
                "lm-online-dossiers-target": Status.UPCOMING,
            },
        ),
        (
            date(2025, 4, 2),
            {
                "lm-land-registry-deadline": Status.OVERDUE,
                "lb-electronic-documents": Status.UPCOMING,
                "lb-data-centre-upgrade": Status.UPCOMING,
                "lm-online-dossiers-target": Status.UPCOMING,
            },
        ),
        (
            date(2025, 6, 1),
            {
                "lm-land-registry-deadline": Status.OVERDUE,
                "lb-electronic-documents": Status.OVERDUE,
                "lb-data-centre-upgrade": Status.DUE_SOON,
                "lm-online-dossiers-target": Status.UPCOMING,
            },
        ),
    ],
)
def test_status_of(small: Corpus, as_of: date, expected: dict[str, Status]):
    assert {f.id: small.status_of(f, as_of) for f in small.dated()} == expected
    undated = [f for f in small.findings if f.due is None]
    assert len(undated) == 7
    assert all(small.status_of(f, as_of) is None for f in undated)


def test_labels(small: Corpus):
    assert small.topic_label("chip-id-cards") == "Chip ID cards"
    assert small.metric_label("chip_id_cards_issued") == "Chip-embedded citizen ID cards issued"
    assert Kind.DEADLINE.plural == "Deadlines"


# --- the process as it was found -----------------------------------------------------


@pytest.mark.parametrize("cached", [False, True], ids=["toml", "cache"])
@pytest.mark.parametrize("enabled", [True, False], ids=["collecting", "not-collecting"])
def test_a_load_leaves_garbage_collection_on_or_off_as_it_found_it(
    corpus_copy: Path, cached: bool, enabled: bool
):
    import gc

    if cached:
        load_corpus(corpus_copy)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        corpus = load_corpus(corpus_copy)
        assert corpus.findings
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
