"""Counts as a person reads them: singular for one, thousands grouped."""

from __future__ import annotations

import pytest

from briefing.core.model import Kind
from briefing.core.text import one_paragraph, plural


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 sources"), (1, "1 source"), (5, "5 sources"), (19_917, "19,917 sources")],
)
def test_plural_says_one_once_and_groups_thousands(count, expected):
    assert plural(count, "source") == expected


def test_a_kind_counted_groups_thousands_too():
    assert Kind.TARGET.counted(1) == "1 target"
    assert Kind.ACHIEVEMENT.counted(11_757) == "11,757 achievements"


def test_ellipsize_cuts_to_the_width_with_an_ellipsis_only_when_it_cuts():
    from briefing.core.text import ellipsize

    assert ellipsize("Chip ID cards issued", 40) == "Chip ID cards issued"
    assert ellipsize("Chip ID cards issued", 10) == "Chip ID c…"
    assert len(ellipsize("Chip ID cards issued", 10)) == 10
    assert ellipsize("Chip ID cards", 0) == ""


def test_a_quote_of_a_hard_wrapped_page_reads_as_one_run_of_text():
    quote = "However,\nthe activation rate remains low, at only 31.4% of the  \n  applications."
    assert one_paragraph(quote) == (
        "However, the activation rate remains low, at only 31.4% of the applications."
    )
    assert one_paragraph("Already one line,  spaced  as typed.") == (
        "Already one line,  spaced  as typed."
    )
