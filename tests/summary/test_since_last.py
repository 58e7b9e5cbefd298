"""`briefing summary --since last`: the findings from sources new since the last briefing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.storage.settings import remember_briefed

OLD, NEW = "lanmore-2024-07-15", "lanmore-bulletin-2025-01"


def summary(capsys: pytest.CaptureFixture[str], corpus: Path) -> tuple[int, str, str]:
    args = ["summary", "--corpus", str(corpus), "--since", "last", "--format", "json"]
    status = main([*args, "--as-of", "2025-03-15"])
    out, err = capsys.readouterr()
    return status, out, err


def test_since_last_needs_an_earlier_briefing(
    capsys: pytest.CaptureFixture[str], fixture_corpus: Path
) -> None:
    status, out, err = summary(capsys, fixture_corpus)
    assert status == 2 and out == "" and "--since last" in err


def test_since_last_keeps_only_new_sources(
    capsys: pytest.CaptureFixture[str], fixture_corpus: Path
) -> None:
    remember_briefed(fixture_corpus, [OLD], date(2025, 3, 1))
    status, out, _ = summary(capsys, fixture_corpus)
    findings = json.loads(out)["findings"]
    assert status == 0 and findings and {f["source"] for f in findings} == {NEW}
    remember_briefed(fixture_corpus, [OLD, NEW], date(2025, 3, 1))
    status, out, _ = summary(capsys, fixture_corpus)
    assert status == 0 and json.loads(out)["findings"] == []
