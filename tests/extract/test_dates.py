"""Due dates and as-of periods as reports write them; years from the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import year_from_context
from briefing.extract.dates import find_periods
from briefing.extract.due_dates import find_dues

REF = date(2025, 2, 10)


def due(text: str, ref: date = REF) -> str | None:
    found = find_dues(text, 0, len(text), ref)
    return found[-1].period if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district must finish the land survey before March 31, 2025.", "2025-03-31"),
        ("Communes report their data by June 30.", "2025-06-30"),
        ("Digitise civil status records by the end of 2025.", "2025"),
        ("Issue the provincial plan in February 2025.", "2025-02"),
        ("Connect all hospitals by the second quarter of 2025.", "2025-Q2"),
        ("Submit the draft law at the 9th Session in May 2025.", "2025-05"),
        ("Apply the fee waiver no later than July 1, 2025.", "2025-07-01"),
        ("Upgrade the portal, to be completed before July 2024.", "2024-06"),
        ("Finish the rollout by 30 September 2025.", "2025-09-30"),
        ("The city plans to open 40 new service points next year.", "2026"),
        ("The register is slated to go live in early 2026.", "2026-06"),
        ("The cloud is due to open in late 2026.", "2026"),
        ("The deadline for linking the tax records is December 31, 2025.", "2025-12-31"),
        ("The deadline is June 30, 2025.", "2025-06-30"),
        ("Report before 15/4/2025.", "2025-04-15"),
        ("Speed up the work in the last months of the year.", "2025"),
        # "May" without a year is a month only where the clause ends at it
        ("The team may report in May.", "2025-05"),
        ("Changes in may be slow.", None),
        ("The rise in May was strong.", None),
        ("The pilot starts from the third quarter of 2025.", None),
        ("Report the results before the 15th of April.", "2025-04-15"),
        ("Finish the work in the third quarter of this year.", "2025-Q3"),
        ("Finish the work in the first quarter of next year.", "2026-Q1"),
        ("The work is to be completed within 2025.", "2025"),
        ("Under Resolution 57 dated December 22, 2024 the task stands.", None),
    ],
)
def test_due_dates(text: str, expected: str | None) -> None:
    assert due(text) == expected


def test_a_day_without_a_year_long_past_is_next_year() -> None:
    assert due("Finish by March 31.", date(2025, 11, 20)) == "2026-03-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first 6 months of 2024, revenue rose 12%.", "2024-H1"),
        ("In the first six months of the year, 40 communes joined.", "2025-H1"),
        ("By June 2024, 80% of records were online.", "2024-06"),
        ("In 2024, exports grew 9%.", "2024"),
        ("Up from 17% by the end of 2023.", "2023-12"),
        ("In the first quarter of 2025, 3 data centres opened.", "2025-Q1"),
    ],
)
def test_periods(text: str, expected: str) -> None:
    found = find_periods(text, 0, len(text), REF)
    assert found and found[0].period == expected


def test_year_from_context_is_the_latest_named() -> None:
    assert year_from_context("Results of 2024 and tasks for 2025; compared to 2022.") == 2025
    assert year_from_context("No years here.") is None


def test_last_year_and_this_year() -> None:
    for text, expected in (
        ("Exports rose 9% last year.", "2024"),
        ("It grew 5% this year.", "2025"),
    ):
        found = find_periods(text, 0, len(text), REF)
        assert found and found[0].period == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The system must be finished by mid-2025.", "2025-06"),
        ("Finish the platform by end-June 2025.", "2025-06"),
        ("Submit the report before the end of June.", "2025-06"),
        ("Submit the report before July 2025.", "2025-06"),
        ("Complete the database before 2025-06-30.", "2025-06-30"),
        ("Complete the database by 30.6.2025.", "2025-06-30"),
    ],
)
def test_due_dates_of_other_styles(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first quarter, revenue rose 5%.", "2025-Q1"),
        ("In the first 9 months, exports rose 7%.", "2025-09"),
        ("Last month, 5,000 accounts were activated.", "2025-01"),
        ("In H1 2024, revenue rose 5%.", "2024-H1"),
    ],
)
def test_periods_without_a_year_or_in_short_forms(text: str, expected: str) -> None:
    found = find_periods(text, 0, len(text), REF)
    assert found and found[0].period == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this year" after a day gives the article's year even where the day has passed
        ("Complete the upgrade before January 5 this year.", "2025-01-05"),
        ("Complete the upgrade before June 30 this year.", "2025-06-30"),
        ("Connect the hospitals by year-end.", "2025"),
        ("Connect the hospitals before the year-end.", "2025"),
        ("Open the new service points in early April.", "2025-04"),
        ("Open the new service points by mid-April.", "2025-04"),
        ("Send the list of procedures to the ministry next month.", "2025-03"),
        ("Finish the upgrade in the last six months of 2025.", "2025"),
        ("Finish the upgrade in the remaining months of 2026.", "2026"),
        # before a year is done by the end of the one before; before its end, in it
        ("Cut the paperwork before 2026.", "2025"),
        ("Cut the paperwork before the end of 2026.", "2026"),
    ],
)
def test_due_dates_said_relative_to_the_year_or_its_parts(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "From next month the ward office will take applications online.",
        "Starting next year, the clinic will keep every record on the health app.",
        "Beginning next month, the portal will accept card payments.",
    ],
)
def test_when_a_change_starts_is_not_a_due_date(text: str) -> None:
    assert due(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 3 million cards were issued as of January 31.", "2025-01-31"),
        ("Some 3 million cards were issued as of January 31, 2024.", "2024-01-31"),
        ("Some 3 million cards had been issued by the 31st of January.", None),
    ],
)
def test_a_figure_as_of_a_day(text: str, expected: str | None) -> None:
    found = find_periods(text, 0, len(text), REF)
    assert (found[0].period if found else None) == expected
