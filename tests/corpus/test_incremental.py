"""The compiled cache after some files changed: only those are read again, and the
corpus is what a full read of the TOML makes of it, problems included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus import cache
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from tests.corpus.helpers import edit

CHANGED = Path("data/findings/lanmore-2024-07-15.toml")
OTHER = Path("data/findings/lanmore-bulletin-2025-01.toml")
ARTICLE = (
    "Digital transformation | Ha Nam\n\n"
    "Ha Nam reviews digital transformation in 2024\n\n"
    "Thursday, 14/01/2025 - 09:30\n\n"
    "On the morning of January 14, the Provincial People's Committee of Ha Nam reviewed its "
    "digital transformation. The province has issued 780,000 chip-embedded citizen "
    "identification cards.\n"
)


@pytest.fixture
def parsed(toml_calls: list[Path], corpus_copy: Path) -> Callable[[], list[str]]:
    """The TOML files the corpus loader parsed since the last call (corpus-relative)."""

    def since() -> list[str]:
        names = sorted(str(p.relative_to(corpus_copy)) for p in toml_calls)
        toml_calls.clear()
        return names

    return since


def seen(corpus: Corpus) -> tuple[object, ...]:
    """What a reader of the corpus sees, in the order it sees it."""
    return (
        corpus.sources,
        corpus.findings,
        corpus.metric_defs,
        corpus.topics,
        corpus.by_kind,
        corpus.by_topic,
        corpus.by_source,
        corpus.by_metric,
        corpus.claimed_ids,
        [str(p) for p in corpus.problems],
    )


def test_a_changed_findings_file_alone_is_parsed_again(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]]
):
    load_corpus(corpus_copy)
    assert len(parsed()) == 5  # topics, metrics, sources and both findings files
    edit(corpus_copy / CHANGED, "1.25 million chip ID cards issued", "1.25 million cards out")
    changed = load_corpus(corpus_copy)
    assert parsed() == [str(CHANGED)]
    assert changed.by_id["lm-chip-id-cards"].statement.startswith("1.25 million cards out")
    assert seen(changed) == seen(load_corpus(corpus_copy, trust_cache=False))
    parsed()
    assert seen(load_corpus(corpus_copy)) == seen(changed)
    assert parsed() == []  # the change is compiled: a warm start again


def test_an_ingested_article_reads_only_what_the_ingest_wrote(
    corpus_copy: Path,
    cache_dir: Path,
    parsed: Callable[[], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    before = load_corpus(corpus_copy)
    article = tmp_path / "ha-nam.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest", "--corpus", str(corpus_copy), str(article)]) == 0
    capsys.readouterr()
    parsed()
    after = load_corpus(corpus_copy)
    new_file = "data/findings/ha-nam-reviews-digital-transformation-in-2024.toml"
    assert parsed() == [new_file]  # sources.toml: only the tables the ingest appended
    assert after.ok
    assert "ha-nam-reviews-digital-transformation-in-2024" in after.sources
    assert after.by_source["ha-nam-reviews-digital-transformation-in-2024"]
    assert [f for f in after.findings if f.source in before.sources] == before.findings
    assert seen(after) == seen(load_corpus(corpus_copy, trust_cache=False))


def test_a_removed_findings_file_is_gone_without_reading_the_others(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]]
):
    first = load_corpus(corpus_copy)
    gone = {f.id for f in first.by_source["lanmore-2024-07-15"]}
    (corpus_copy / CHANGED).unlink()
    parsed()
    after = load_corpus(corpus_copy)
    assert parsed() == []
    assert gone and not gone & set(after.by_id)
    assert after.findings == [f for f in first.findings if f.id not in gone]
    assert seen(after) == seen(load_corpus(corpus_copy, trust_cache=False))


def test_a_changed_file_that_takes_an_unchanged_ones_id_is_reported_as_without_a_cache(
    corpus_copy: Path, cache_dir: Path
):
    # The unchanged file sorts after the changed one: it is the duplicate, and must be
    # read from its TOML to say on which line.
    load_corpus(corpus_copy)
    edit(corpus_copy / CHANGED, 'id = "lm-chip-id-cards"', 'id = "lb-chip-id-cards"')
    cached = [str(p) for p in load_corpus(corpus_copy).problems]
    fresh = [str(p) for p in load_corpus(corpus_copy, trust_cache=False).problems]
    assert cached == fresh
    assert any("duplicate finding id 'lb-chip-id-cards'" in p and str(OTHER) in p for p in cached)


def test_a_topic_removed_from_the_vocabulary_is_a_problem_of_the_unchanged_files(
    corpus_copy: Path, cache_dir: Path
):
    load_corpus(corpus_copy)
    edit(corpus_copy / "data/topics.toml", 'chip-id-cards = "Chip ID cards"\n', "")
    cached = [str(p) for p in load_corpus(corpus_copy).problems]
    assert cached == [str(p) for p in load_corpus(corpus_copy, trust_cache=False).problems]
    assert any(str(OTHER) in p and "unknown topic 'chip-id-cards'" in p for p in cached)


def test_a_change_with_a_problem_is_never_cached(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]]
):
    load_corpus(corpus_copy)
    compiled = cache.cache_file(corpus_copy).read_bytes()
    edit(corpus_copy / CHANGED, 'kind = "achievement"', 'kind = "triumph"')
    first = [str(p) for p in load_corpus(corpus_copy).problems]
    assert first and "'lm-chip-id-cards': kind:" in " ".join(first)
    assert cache.cache_file(corpus_copy).read_bytes() == compiled  # not written
    parsed()
    assert [str(p) for p in load_corpus(corpus_copy).problems] == first
    assert parsed() == [str(CHANGED)]  # still read, still reported
    # Put back as it was cached: the cache holds it (its digest is the cached one).
    edit(corpus_copy / CHANGED, 'kind = "triumph"', 'kind = "achievement"')
    restored = load_corpus(corpus_copy)
    assert restored.ok and restored.compiled is not None
    assert parsed() == []


def test_a_spoiled_part_of_one_file_rebuilds_the_whole_cache(
    corpus_copy: Path,
    cache_dir: Path,
    parsed: Callable[[], list[str]],
    caplog: pytest.LogCaptureFixture,
):
    good = seen(load_corpus(corpus_copy))
    edit(corpus_copy / CHANGED, "1.25 million chip ID cards issued", "1.25 million cards out")
    load_corpus(corpus_copy)
    path = cache.cache_file(corpus_copy)
    blob = bytearray(path.read_bytes())
    # The last bytes are the last findings file's findings: spoil one of them.
    blob[-10] ^= 0xFF
    path.write_bytes(bytes(blob))
    edit(corpus_copy / CHANGED, "1.25 million cards out", "1.25 million chip ID cards issued")
    parsed()
    with caplog.at_level("WARNING", logger="briefing.cache"):
        assert seen(load_corpus(corpus_copy)) == good
    assert len(parsed()) == 5  # nothing of it trusted: every file read again
    assert any(str(path) in r.getMessage() for r in caplog.records)


def test_an_edited_source_is_validated_again_and_the_others_are_not(
    corpus_copy: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    from briefing.storage import plain_records, validate

    load_corpus(corpus_copy)
    validated: list[str] = []
    real, real_plain = validate.source, plain_records.source

    def counting(body: dict[str, object]) -> object:
        validated.append(str(body["id"]))
        return real(body)

    def counting_plain(body: dict[str, object]) -> object:
        made = real_plain(body)
        if made is not None:  # else pydantic's, counted there
            validated.append(str(body["id"]))
        return made

    monkeypatch.setattr(validate, "source", counting)
    monkeypatch.setattr(plain_records, "source", counting_plain)
    sources = corpus_copy / "data/sources.toml"
    edit(sources, 'title = "Lanmore', 'title = "Edited: Lanmore')
    edited = load_corpus(corpus_copy)
    assert len(validated) == 1
    assert edited.sources[validated[0]].title.startswith("Edited: Lanmore")
    assert seen(edited) == seen(load_corpus(corpus_copy, trust_cache=False))
    # A value of another type is not taken for the cached one: validated again, and
    # judged as a full read judges it.
    validated.clear()
    edit(sources, "published_stated = true", "published_stated = 1")
    cached = seen(load_corpus(corpus_copy))
    assert validated == ["lanmore-2024-07-15"]
    assert cached == seen(load_corpus(corpus_copy, trust_cache=False))


SOURCE_TABLE = """
[[source]]
id = "ha-nam-2025-01-14"
file = "ha-nam.txt"
title = "Ha Nam reviews digital transformation in 2024"
outlet = "Ha Nam"
published = "2025-01-14"
sha256 = "{sha}"
"""


DUPLICATE = SOURCE_TABLE.format(sha="1" * 64).replace("ha-nam-2025-01-14", "lanmore-2024-07-15")


def _append_source(root: Path, sha: str | None = None, extra: str = "") -> None:
    import hashlib

    (root / "seeds" / "ha-nam.txt").write_text(ARTICLE, encoding="utf-8")
    digest = sha or hashlib.sha256(ARTICLE.encode()).hexdigest()
    with (root / "data" / "sources.toml").open("a", encoding="utf-8") as handle:
        handle.write(SOURCE_TABLE.format(sha=digest) + extra)


def test_a_source_appended_to_sources_toml_is_read_alone_and_the_corpus_is_the_full_reads(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]]
):
    load_corpus(corpus_copy)
    _append_source(corpus_copy)
    parsed()
    after = load_corpus(corpus_copy)
    assert parsed() == [] and after.ok and after.compiled is not None
    assert list(after.sources)[-1] == "ha-nam-2025-01-14"
    assert seen(after) == seen(load_corpus(corpus_copy, trust_cache=False))
    parsed()
    assert seen(load_corpus(corpus_copy)) == seen(after) and parsed() == []


@pytest.mark.parametrize(
    ("sha", "extra", "problem"),
    [
        ("0" * 64, "", "has changed since it was curated"),
        (None, 'id = "twice"\n', "malformed TOML"),  # a key given twice
        (None, "[other]\nx = 1\n", None),  # not a source: the full read judges it
        (None, DUPLICATE, "duplicate source id"),
    ],
)  # fmt: skip
def test_appended_tables_with_a_problem_are_judged_by_a_full_read(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]],
    sha: str | None, extra: str, problem: str | None,
):  # fmt: skip
    load_corpus(corpus_copy)
    _append_source(corpus_copy, sha, extra)
    parsed()
    after = load_corpus(corpus_copy)
    assert "data/sources.toml" in parsed()
    full = load_corpus(corpus_copy, trust_cache=False)
    assert seen(after) == seen(full)
    if problem is not None:
        assert any(problem in str(p) and "sources.toml:" in str(p) for p in after.problems)


def test_an_edit_above_the_end_of_sources_toml_has_it_read_whole(
    corpus_copy: Path, cache_dir: Path, parsed: Callable[[], list[str]]
):
    load_corpus(corpus_copy)
    edit(corpus_copy / "data/sources.toml", 'outlet = "', 'outlet = "The ')
    _append_source(corpus_copy)
    parsed()
    after = load_corpus(corpus_copy)
    assert parsed() == ["data/sources.toml"]
    assert seen(after) == seen(load_corpus(corpus_copy, trust_cache=False))
    assert any(s.outlet.startswith("The ") for s in after.sources.values())
