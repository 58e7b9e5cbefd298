"""`briefing mark`, and the marks in `briefing check` and `briefing summary`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.storage.marks import state_path
from tests.json_schema import MARK_KEYS

DEADLINE = "lm-land-registry-deadline"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_mark_then_summary_shows_it_beside_the_status(
    capsys: pytest.CaptureFixture[str], corpus_copy: Path
) -> None:
    corpus = str(corpus_copy)
    status, out, _ = run(
        capsys, "mark", DEADLINE, "--done", "--note", "signed off", "--corpus", corpus
    )
    assert status == 0 and out == f"{DEADLINE}: marked done (signed off)\n"
    assert run(capsys, "check", "--corpus", corpus)[0] == 0
    base = ("summary", "--corpus", corpus, "--as-of", "2025-03-15", "--width", "120")
    _, text, _ = run(capsys, *base, "--format", "text")
    assert "due-soon · marked done" in text and "note: signed off" in text
    _, markdown, _ = run(capsys, *base, "--format", "markdown")
    assert "due-soon, 16 days left · marked done (signed off)" in markdown
    _, raw, _ = run(capsys, *base, "--format", "json")
    findings = {f["id"]: f for f in json.loads(raw)["findings"]}
    mark = findings[DEADLINE]["mark"]
    assert set(mark) == MARK_KEYS
    assert mark == {"status": "done", "note": "signed off", "marked": date.today().isoformat()}
    assert all(f["mark"] is None for i, f in findings.items() if i != DEADLINE)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--done"], "unknown id 'nope'"),
        (["lm-chip-id-cards", "--missed"], "is not dated"),
        ([DEADLINE], "one of the arguments --done --missed --open --clear is required"),
        ([DEADLINE, "--done", "--open"], "not allowed with argument"),
    ],
)
def test_mark_mistakes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], corpus_copy: Path, args: list[str], message: str
) -> None:
    status, out, err = run(capsys, "mark", *args, "--corpus", str(corpus_copy))
    assert status == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert not state_path(corpus_copy).exists()


def test_mark_refuses_the_bundled_corpus(capsys: pytest.CaptureFixture[str], bundled: Path) -> None:
    before = state_path(bundled).exists()
    for extra in ([], ["--corpus", str(bundled)]):
        status, _, err = run(capsys, "mark", "x", "--done", *extra)
        assert status == 2 and "bundled corpus" in err and "--corpus" in err
        assert len(err.strip().splitlines()) == 1
    assert state_path(bundled).exists() == before


def test_a_broken_state_file_fails_check_but_not_summary(
    capsys: pytest.CaptureFixture[str], corpus_copy: Path
) -> None:
    path = state_path(corpus_copy)
    path.write_text(f'[marks.{DEADLINE}]\nstatus = "done"\nnote = "oops\nmarked = 2025-03-01\n')
    status, out, _ = run(capsys, "check", "--corpus", str(corpus_copy))
    assert status == 1 and out.startswith(f"{path}:3: malformed TOML")
    status, out, err = run(
        capsys, "summary", "--corpus", str(corpus_copy), "--format", "text", "--as-of", "2025-03-15"
    )
    assert status == 0 and "Deadlines" in out and "marked" not in out
    assert len(err.strip().splitlines()) == 1 and err.startswith("briefing: warning:")
    assert f"{path}:3:" in err
    status, _, err = run(capsys, "mark", DEADLINE, "--open", "--corpus", str(corpus_copy))
    assert status == 2 and "read-only" in err
