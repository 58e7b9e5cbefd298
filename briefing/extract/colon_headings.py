"""The clause before a colon read as the heading of the items after it, to the end of its
sentence: a goal's ("Hai Duong strives to: 100% of ...; 100% of ...") makes them targets,
due when it is; a shortfall's ("The gap is wide: micro-firms scored 31") makes them
limitations; a result's ("Integration has saved money: ... VND 1.5 trillion") frames them.
The heading itself is no finding: what it says is told by its items."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from briefing.core.model import Kind
from briefing.extract.classify import Verdict
from briefing.extract.clause_checks import GOAL_HEADING
from briefing.extract.result_lists import RESULTS_NAMED
from briefing.extract.shortfall_cues import SHORTFALL_HEADING, TURN_OR_PLAN
from briefing.extract.textcase import lower, lowercase_pattern

_DONE_OR_TURN = lowercase_pattern(
    r"^\W*(?:meanwhile|however|but|by\s+contrast|in\s+addition|besides|so\s+far)\b"
    # (a goal's own item may be in the perfect: "100% of records have been digitised")
    r"|\b(?:has|have|had)\s+(?:already|since|so\s+far)\s+[a-z]+(?:ed|en|wn|ught)\b"
)
"""An item after a goal's colon that tells a result instead: a turn, a deed done."""


class Heading(NamedTuple):
    """A clause read as the heading of the items after its colon: the kind it lends them,
    whether it names a shortfall outright ("The gap ... is wide:"), a goal's due date."""

    kind: Kind
    named: bool
    due: str | None
    confidence: float


def opens_goals(clause: str, verdict: Verdict, hits: set[str], figures: int) -> bool:
    """Is ``clause`` (its colon next, figures after it) a goal's heading? "strives to:",
    "aims for the following:", "the targets for 2026 are:"."""
    return (
        not figures
        and verdict.kind in (None, Kind.TARGET)
        and ("goal" in hits or GOAL_HEADING.search(lower(clause)) is not None)
    )


def as_goal_item(heading: Heading | None, clause: str, verdict: Verdict, figures: int) -> Verdict:
    """The verdict on an item after a goal's colon: a level to reach ("95% of records are
    shared as electronic data"), unless it is ruled out or already another kind."""
    if (
        heading is not None
        and heading.kind is Kind.TARGET
        and figures
        and verdict.kind in (None, Kind.ACHIEVEMENT)
        and not verdict.ruled_out
        # "...; meanwhile, the province has already connected 20 databases": a result
        and not _DONE_OR_TURN.search(lower(clause))
    ):
        return replace(verdict, kind=Kind.TARGET, confidence=heading.confidence)
    return verdict


def goal_due(heading: Heading | None) -> str | None:
    """The due date a goal's heading gives its items ("By 2026, the city aims for: ...")."""
    return heading.due if heading is not None and heading.kind is Kind.TARGET else None


def headed_kind(
    heading: Heading | None,
    clause: str,
    kind: Kind | None,
    verdict: Verdict,
    figures: int,
    hits: set[str],
) -> Kind | None:
    """The kind a heading gives this item, if it gives one: a shortfall's makes it a
    limitation, unless it tells a result of its own ("... another challenge: since then, 4G
    has reached all 312 villages"); a heading that names results ("achieved four major
    results:") makes a deed listed with no kind of its own a result."""
    if (
        heading is not None
        and heading.kind is Kind.ACHIEVEMENT
        and heading.named
        and kind is None
        and not verdict.ruled_out
    ):
        return Kind.ACHIEVEMENT
    shortfall = (
        heading is not None
        and heading.kind is Kind.LIMITATION
        and bool(figures or heading.named)  # with no figure, only a named shortfall
        and (kind is None or (kind is Kind.ACHIEVEMENT and "achievement" not in hits))
        and not verdict.ruled_out
        and not TURN_OR_PLAN.search(lower(clause))
    )
    return Kind.LIMITATION if shortfall else None


def result_heading(
    clause: str, kind: Kind, confidence: float, figures_after: bool
) -> Heading | None:
    """``clause`` (a result or a shortfall with no figure, its colon next) as the heading of
    what follows it, when it names a shortfall outright or figures follow."""
    heading = lower(clause + ":")
    named = (kind is Kind.LIMITATION and bool(SHORTFALL_HEADING.search(heading))) or (
        kind is Kind.ACHIEVEMENT and bool(RESULTS_NAMED.search(heading))
    )
    return Heading(kind, named, None, confidence) if named or figures_after else None
