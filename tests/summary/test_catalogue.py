"""`briefing topics` / `briefing sources` list the ids the other commands take; `mark
--clear` removes a mark; an empty summary says why; help says where --corpus is required."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.summary.conftest import AS_OF, ESC, Run


def rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def test_topics_lists_every_id_with_its_label_and_count(cli: Run, fixture_corpus: Path):
    status, out, err = cli("topics", "--corpus", str(fixture_corpus))
    assert (status, err) == (0, "")
    table = rows(out)
    assert table[0] == ["id", "label", "findings"]
    by_id = {row[0]: row for row in table[1:]}
    assert by_id["chip-id-cards"][1] == "Chip ID cards"
    assert by_id["chip-id-cards"][2] == "2"
    # Each id works as --topic.
    for topic in by_id:
        status, _, err = cli("summary", "--corpus", str(fixture_corpus), "--topic", topic)
        assert (status, err) == (0, "")


def test_sources_lists_ids_outlets_dates_and_counts(cli: Run, fixture_corpus: Path):
    status, out, err = cli("sources", "--corpus", str(fixture_corpus))
    assert (status, err) == (0, "")
    table = rows(out)
    assert table[0] == ["id", "outlet", "published", "findings", "title"]
    assert [row[0] for row in table[1:]] == ["lanmore-2024-07-15", "lanmore-bulletin-2025-01"]
    assert table[1][1] == "Lanmore Daily" and table[1][2] == "2024-07-15"
    assert all(len(row) == 5 for row in table)


def test_sources_prints_hostile_text_on_one_literal_line(cli: Run, hostile_corpus: Path):
    status, out, err = cli("sources", "--corpus", str(hostile_corpus))
    assert (status, err) == (0, "")
    assert ESC not in out
    assert len(out.splitlines()) == 3
    assert all(len(row) == 5 for row in rows(out))


def test_mark_clear_removes_a_mark_and_keeps_the_others(cli: Run, corpus_copy: Path):
    root = str(corpus_copy)
    assert cli("mark", "lm-land-registry-deadline", "--done", "--corpus", root)[0] == 0
    assert cli("mark", "lm-online-dossiers-target", "--missed", "--corpus", root)[0] == 0
    status, out, err = cli("mark", "lm-land-registry-deadline", "--clear", "--corpus", root)
    assert (status, out, err) == (0, "lm-land-registry-deadline: mark removed\n", "")
    marks = tomllib.loads((corpus_copy / "data/state.toml").read_text())["marks"]
    assert set(marks) == {"lm-online-dossiers-target"}
    _, out, _ = cli("summary", "--corpus", root, "--as-of", AS_OF, "--format", "text")
    line = next(x for x in out.splitlines() if "Connect the land registry" in x)
    assert "marked" not in line
    status, out, _ = cli("mark", "lm-land-registry-deadline", "--clear", "--corpus", root)
    assert (status, out) == (0, "lm-land-registry-deadline: had no mark\n")


def test_mark_clear_takes_no_note(cli: Run, corpus_copy: Path):
    status, out, err = cli(
        "mark", "lm-land-registry-deadline", "--clear", "--note", "x", "--corpus", str(corpus_copy)
    )
    assert status == 2 and out == "" and err.count("\n") == 1 and "--note" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ("--kind", "target", "--topic", "cybersecurity"),
            "No targets match --topic cybersecurity.",
        ),
        (
            ("--kind", "target", "--kind", "deadline", "--topic", "cybersecurity"),
            "No deadlines or targets match --topic cybersecurity.",
        ),
        (("--since", "2030-01-01"), "No findings match --since 2030-01-01."),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "rich"])
def test_an_empty_summary_says_why(
    cli: Run, fixture_corpus: Path, args: tuple[str, ...], said: str, fmt: str
):
    status, out, err = cli(
        "summary", "--corpus", str(fixture_corpus), "--as-of", AS_OF, "--format", fmt, *args
    )
    assert (status, err) == (0, "")
    assert said in out


def test_a_kind_with_nothing_is_named_beside_the_others(cli: Run, fixture_corpus: Path):
    args = ("--kind", "target", "--kind", "limitation", "--topic", "human-resources")
    status, out, _ = cli("summary", "--corpus", str(fixture_corpus), "--format", "text", *args)
    assert status == 0
    assert "Limitations (1)" in out and "No targets match --topic human-resources." in out


@pytest.mark.parametrize("command", ["mark", "review", "ingest"])
def test_help_shows_corpus_as_required_where_it_is(cli: Run, command: str):
    status, out, _ = cli(command, "--help")
    assert status == 0
    usage = out.split("\n\n")[0]
    assert "--corpus DIR" in usage and "[--corpus DIR]" not in usage
    assert "default: the bundled corpus" not in out
