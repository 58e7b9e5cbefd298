"""A promise's tracking as JSON (each target's and deadline's ``tracking``, see the README)."""

from __future__ import annotations

from typing import Any

from briefing.analysis.promises import Tracking


def _number(value: float) -> int | float:
    """Whole numbers print as integers; a computed pace is rounded to 4 places."""
    value = round(value, 4)
    return int(value) if value.is_integer() else value


def tracking_record(tracking: Tracking) -> dict[str, Any]:
    """``{"verdict", "basis", "note", "evidence", "revisions", "trajectory"}``."""
    path = tracking.trajectory
    trajectory = None
    if path is not None:
        needed = path.needed_per_month
        trajectory = {
            "latest": {"value": _number(path.latest.value), "as_of": path.latest.period.text},
            "target": {"value": _number(path.target), "due": path.due.text},
            "needed_per_month": _number(needed) if needed is not None else None,
            "observed_per_month": _number(path.observed_per_month),
            "projected": _number(path.projected),
            "capped": path.capped,
            "on_track": path.on_track,
        }
    return {
        "verdict": tracking.verdict.value,
        "basis": tracking.basis.value,
        "note": tracking.note,
        "evidence": [
            {
                "finding": e.finding.id,
                "source": e.source.id,
                "relation": e.relation.value,
                "how": e.how,
                "confirmed": e.confirmed,
                "value": _number(e.metric.value) if e.metric else None,
                "as_of": e.metric.as_of if e.metric else None,
                "compared": e.compared if e.metric else None,
            }
            for e in tracking.evidence
        ],
        "revisions": [
            {
                "finding": r.finding.id,
                "source": r.source.id,
                "published": r.source.published,
                "change": r.change,
            }
            for r in tracking.revisions
        ],
        "trajectory": trajectory,
    }
