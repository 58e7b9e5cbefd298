"""`briefing summary`: the "Promises" section in every format, and each promise's `tracking`
in JSON (the Harrow corpus of tests/promise_corpus.py)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.json_schema import (
    EVIDENCE_KEYS,
    REVISION_KEYS,
    TRACKING_KEYS,
    TRAJECTORY_KEYS,
    VERDICTS,
)
from tests.promise_corpus import write_corpus
from tests.summary.conftest import Run, strip_ansi


@pytest.fixture
def harrow(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "harrow")


def _summary(run: Run, corpus: Path, *args: str) -> str:
    status, out, err = run("--corpus", str(corpus), *args)
    assert status == 0, err
    return out


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "html"])
def test_every_format_has_the_promises_section(run: Run, harrow: Path, fmt: str) -> None:
    out = strip_ansi(_summary(run, harrow, "--format", fmt, "--as-of", "2024-09-01"))
    if fmt == "html":
        out = html.unescape(re.sub(r"<[^>]+>", "", out))
    out = " ".join(out.replace("\\", "").split())  # unwrapped, Markdown escapes dropped
    assert "Promises" in out
    assert "1 kept · 1 on-track · 1 off-track" in out
    assert "on-track (computed)" in out and "projected 65.1%" in out
    assert "reported done by harrow-summer (2024-08-20)" in out
    assert "off-track (reported)" in out
    assert "needs +4 points a month to reach 60%" in out


def test_json_tracking(run: Run, harrow: Path) -> None:
    document = json.loads(_summary(run, harrow, "--format", "json", "--as-of", "2024-09-01"))
    by_id = {f["id"]: f for f in document["findings"]}
    for finding in document["findings"]:
        tracking = finding["tracking"]
        if finding["kind"] in ("target", "deadline"):
            assert set(tracking) == TRACKING_KEYS
            assert tracking["verdict"] in VERDICTS
            assert all(set(e) == EVIDENCE_KEYS for e in tracking["evidence"])
            assert all(set(r) == REVISION_KEYS for r in tracking["revisions"])
        else:
            assert tracking is None
    target = by_id["hp-permits-target"]["tracking"]
    assert (target["verdict"], target["basis"]) == ("on-track", "computed")
    assert set(target["trajectory"]) == TRAJECTORY_KEYS
    assert target["trajectory"]["latest"] == {"value": 40, "as_of": "2024-07"}
    assert target["trajectory"]["target"] == {"value": 60, "due": "2024-12"}
    assert [(e["finding"], e["value"], e["relation"]) for e in target["evidence"]] == [
        ("hs-permits", 20, "reports"),
        ("hm-permits", 40, "reports"),
    ]
    registry = by_id["hp-registry-deadline"]["tracking"]
    assert registry["verdict"] == "kept" and registry["trajectory"] is None
    [link] = registry["evidence"]
    assert (link["finding"], link["relation"], link["value"]) == ("hm-registry-done", "done", None)
    assert "completed" in link["how"]


def test_as_of_before_the_reports(run: Run, harrow: Path) -> None:
    document = json.loads(_summary(run, harrow, "--format", "json", "--as-of", "2024-03-01"))
    for finding in document["findings"]:
        if finding["tracking"] is not None:
            assert finding["tracking"]["evidence"] == []
            assert finding["tracking"]["verdict"] == "no-evidence"
    text = _summary(run, harrow, "--format", "text", "--as-of", "2024-03-01")
    assert "No evidence yet for 3" in text


def test_past_due_without_evidence_is_not_missed(run: Run, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "plan-only")
    for name in ("harrow-spring", "harrow-summer"):
        (corpus / "data" / "findings" / f"{name}.toml").write_text(
            f'source = "{name}"\n', encoding="utf-8"
        )
    text = " ".join(_summary(run, corpus, "--format", "text", "--as-of", "2025-02-01").split())
    assert "3 no-evidence" in text
    assert "3 of them overdue, no evidence since 2024-08-20" in text
    assert "missed" not in text


def test_bundled_online_records_has_no_pace_across_kinds_of_period(run: Run, bundled: Path) -> None:
    """A flow (metrics.toml): the latest value is for a day, the others for a month, a
    half-year and a year, so no pace is computed, as the Figures panel computes no change."""
    out = _summary(run, bundled, "--format", "json", "--as-of", "2025-03-01")
    by_id = {f["id"]: f for f in json.loads(out)["findings"]}
    tracking = by_id["cp-online-records-target"]["tracking"]
    assert (tracking["verdict"], tracking["basis"]) == ("in-progress", "reported")
    assert tracking["trajectory"] is None
    assert tracking["note"] == (
        "latest 43% (19 Jul 2024); no pace computed: 5 values are of another kind of period, "
        "not compared"
    )
    compared = {(e["as_of"], e["compared"]) for e in tracking["evidence"]}
    assert compared == {
        ("2019", False),
        ("2023-12", False),
        ("2024-H1", False),
        ("2024-07-19", True),
    }
    series = {s["metric"]: s for s in json.loads(out)["series"]}["online_records_rate"]
    assert series["change"] is None
    text = " ".join(_summary(run, bundled, "--format", "text", "--as-of", "2025-03-01").split())
    assert (
        "80% of administrative procedure records processed online by end-2025 — in-progress" in text
    )
    assert "no pace computed: 5 values are of another kind of period" in text
    assert "points a month" not in text.split("processed online by end-2025", 1)[1][:600]
