"""`briefing review ID --accept|--reject`: the review dialog's counterpart on the command line."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.storage.marks import BUNDLED_REFUSAL
from tests.extracted import IDS, SOURCE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def on_disk(root: Path) -> dict[str, dict[str, object]]:
    data = tomllib.loads((root / "data" / "findings" / f"{SOURCE}.toml").read_text())
    return {e["id"]: e for e in data["finding"]}


def test_accept_with_changes_and_reject(extracted: Path, capsys) -> None:
    corpus = ["--corpus", str(extracted)]
    status, out, _ = run(capsys, "review", IDS[0], "--accept", *corpus)
    assert (status, out) == (0, f"{IDS[0]}: accepted\n")
    status, out, _ = run(
        capsys, "review", IDS[3], "--accept", "--kind", "target", "--due", "", *corpus
    )
    assert (status, out) == (0, f"{IDS[3]}: accepted with changes\n")
    status, out, _ = run(capsys, "review", IDS[1], "--reject", *corpus)
    assert (status, out) == (0, f"{IDS[1]}: rejected\n")
    entries = on_disk(extracted)
    assert list(entries) == [IDS[0], IDS[2], IDS[3]]
    assert entries[IDS[0]]["reviewed"] is True and entries[IDS[2]]["reviewed"] is False
    assert entries[IDS[3]]["kind"] == "target" and "due" not in entries[IDS[3]]
    assert run(capsys, "check", *corpus)[0] == 0
    status, out, _ = run(capsys, "summary", "--format", "json", "--reviewed-only", *corpus)
    assert [f["id"] for f in json.loads(out)["findings"]] == [IDS[0], IDS[3]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--accept", "--due", "30/06/2025"], "--due: '30/06/2025' is not a due date"),
        (["--accept", "--kind", "rumour"], "--kind: kind 'rumour' is not one of"),
        (["--accept", "--statement", " "], "--statement: a statement is needed"),
        (["--reject", "--kind", "target"], "--statement, --kind, --due, --metrics, --topics"),
        (["--accept", "--topics", "roads"], "--topics: unknown topic 'roads' (not in topics.toml)"),
        (["--accept", "--metrics", "x: 1 cards (2024)"], "--metrics: unknown metric 'x'"),
    ],
)
def test_mistakes_are_one_line_exit_2_and_nothing_changes(
    extracted: Path, capsys, args: list[str], message: str
) -> None:
    before = on_disk(extracted)
    status, out, err = run(capsys, "review", IDS[3], *args, "--corpus", str(extracted))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err
    assert on_disk(extracted) == before


def test_figures_topics_and_owner_are_fixed_on_the_command_line(extracted: Path, capsys) -> None:
    status, out, err = run(
        capsys,
        "review",
        IDS[0],
        "--accept",
        "--metrics",
        "chip_id_cards_issued: about 800,000 cards (2024-12)",
        "--topics",
        "chip-id-cards, electronic-id",
        "--owner",
        "Provincial Police",
        "--corpus",
        str(extracted),
    )
    assert (status, out, err) == (0, f"{IDS[0]}: accepted with changes\n", "")
    entry = on_disk(extracted)[IDS[0]]
    assert entry["metrics"] == [
        {
            "name": "chip_id_cards_issued",
            "value": 800000,
            "unit": "cards",
            "as_of": "2024-12",
            "qualifier": "about",
        }
    ]
    assert (entry["topics"], entry["owner"]) == (
        ["chip-id-cards", "electronic-id"],
        "Provincial Police",
    )
    run(
        capsys,
        "review",
        IDS[0],
        "--accept",
        "--metrics",
        "",
        "--owner",
        "",
        "--corpus",
        str(extracted),
    )
    entry = on_disk(extracted)[IDS[0]]
    assert "metrics" not in entry and "owner" not in entry
    assert run(capsys, "check", "--corpus", str(extracted))[0] == 0


def test_unknown_id_and_the_bundled_corpus(extracted: Path, bundled: Path, capsys) -> None:
    status, _, err = run(capsys, "review", "nope", "--accept", "--corpus", str(extracted))
    assert status == 2 and "review: unknown id 'nope'" in err
    for corpus in ([], ["--corpus", str(bundled)]):
        status, _, err = run(capsys, "review", IDS[0], "--accept", *corpus)
        assert (status, err) == (2, f"briefing: error: review: {BUNDLED_REFUSAL}\n")
