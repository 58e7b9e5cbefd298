"""What the commands print about a hostile corpus or input is literal: one line per
problem or input, no escape sequence, C1, bidi or zero-width character raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.corpus import (
    ESC,
    HOSTILE_TEXTS,
    HostileCorpus,
    assert_no_raw_controls,
    run_cli,
)

PROBLEM_LINE = r"^\S.*:\d+: \S.*$"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_check_names_a_hostile_id_on_one_literal_line(tmp_path: Path, text: str) -> None:
    bad = {
        "id": f"evil{text}",
        "kind": "achievement",
        "statement": "A claim",
        "quote": "The council",
        "span": [0, 11],
        "topics": [f"topic{text}"],
    }
    corpus = HostileCorpus(extra_findings=[bad]).write(tmp_path / "corpus")
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 1
    assert_no_raw_controls(ran.both)
    lines = ran.out.splitlines()
    assert lines, ran.err
    assert all(line.startswith(str(corpus)) for line in lines), lines
    assert any("evil" in line for line in lines)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
@pytest.mark.parametrize("fmt", ["text", "markdown", "rich", "html"])
def test_summary_shows_hostile_text_literally(tmp_path: Path, text: str, fmt: str) -> None:
    corpus = HostileCorpus(
        statement=f"57 services {text}",
        title=f"Title {text}",
        outlet=f"Outlet {text}",
        url=f"https://news.example/{text}",
        topic_label=f"Topic {text}",
    ).write(tmp_path / "corpus")
    ran = run_cli("summary", "--corpus", str(corpus), "--format", fmt, "--as-of", "2025-03-01")
    assert ran.status == 0, ran.err
    assert_no_raw_controls(ran.both)
    assert "57 services" in ran.out


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_json_escapes_every_control_and_keeps_the_data(tmp_path: Path, text: str) -> None:
    statement = f"57 services {text}"
    corpus = HostileCorpus(statement=statement, title=f"Title {text}").write(tmp_path / "corpus")
    ran = run_cli("summary", "--corpus", str(corpus), "--format", "json")
    assert ran.status == 0, ran.err
    assert_no_raw_controls(ran.out)
    document = json.loads(ran.out)  # still valid JSON
    assert document["findings"][0]["statement"] == statement
    assert document["sources"][0]["title"] == f"Title {text}"


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_json_written_to_a_file_is_escaped_too(tmp_path: Path, text: str) -> None:
    corpus = HostileCorpus(statement=f"57 {text}").write(tmp_path / "corpus")
    out = tmp_path / "out.json"
    ran = run_cli("summary", "--corpus", str(corpus), "--format", "json", "--output", str(out))
    assert ran.status == 0, ran.err
    written = out.read_text(encoding="utf-8")
    assert_no_raw_controls(written)
    assert json.loads(written)["findings"][0]["statement"] == f"57 {text}"


NAMES = [
    f"evil{ESC}]52;c;aGk={ESC}\\.txt",
    f"clear{ESC}[2J.txt",
    "two\nlines.txt",
    "tab\there.txt",
    "bidi\u202etxt.exe",
    "c1\x9bname.txt",
]


def test_ingest_prints_one_literal_line_per_input(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in NAMES:
        (inbox / name).write_text("The council opened 57 online services.\n", encoding="utf-8")
    ran = run_cli("ingest", "--corpus", str(tmp_path / "new"), str(inbox), timeout=300)
    assert_no_raw_controls(ran.both)
    lines = ran.out.splitlines()
    assert len(lines) == len(NAMES), lines
    assert all(line.split(":", 1)[0] in {"ingested", "skipped", "unchanged"} for line in lines)


def test_a_usage_error_quoting_a_file_name_is_literal(tmp_path: Path) -> None:
    ran = run_cli("check", "--corpus", str(tmp_path / f"no{ESC}[2Jsuch\nfolder"))
    assert ran.status != 0
    assert_no_raw_controls(ran.both)
    assert len(ran.both.strip().splitlines()) == 1, ran.both
