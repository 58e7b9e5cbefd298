"""The due / status / days cells every deadline table shows, wide or compact."""

from __future__ import annotations

from datetime import date

from rich.text import Text

from briefing.core.dates import days_left, describe_days, describe_days_short
from briefing.core.model import Finding
from briefing.corpus.indexed import Corpus
from briefing.storage.marks import MarkStatus
from briefing.tui.widgets.finding_table import cell

COMPACT_WIDTH = 90
"""Below this width, status and days share one column and optional columns go."""

DUE_COLUMNS: list[tuple[str, int | None]] = [
    ("Due", 11),
    ("Status", 13),
    ("Days", 13),
    ("Mark", 6),
]
DUE_COLUMNS_COMPACT: list[tuple[str, int | None]] = [("Due", 11), ("Status", 18), ("Mark", 6)]


def due_cells(
    corpus: Corpus, finding: Finding, as_of: date, colours: dict[str, str], *, compact: bool
) -> list[Text]:
    """Due date, status (coloured), days late or left, and the person's mark, if any."""
    period = finding.due_period
    status = corpus.status_of(finding, as_of)
    if period is None or status is None:
        return [cell("")] * (3 if compact else 4)
    colour = colours.get(f"status-{status.value}", "")
    days = days_left(period, as_of)
    mark = corpus.mark_of(finding)
    marked = cell(mark.status.value if mark else "", "bold")
    if mark is not None and mark.status is MarkStatus.DONE:
        # Done is done: the calendar's "overdue" would mislead (the Overview counts it apart).
        done = cell("done (marked)", "bold")
        if compact:
            return [cell(period.label()), done, marked]
        return [cell(period.label()), done, cell("—", "dim"), marked]
    if compact:
        state = f"{status.value} {describe_days_short(days)}"
        return [cell(period.label()), cell(state, f"bold {colour}"), marked]
    return [
        cell(period.label()),
        cell(status.value, f"bold {colour}"),
        cell(describe_days(days), colour),
        marked,
    ]
