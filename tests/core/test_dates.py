"""Periods as written in the data, and deadline status as of a day."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.core.dates import (
    DUE_SOON_DAYS,
    Precision,
    Status,
    days_left,
    describe_days,
    parse_day,
    parse_period,
    status,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "label"),
    [
        ("2025-03-31", date(2025, 3, 31), date(2025, 3, 31), Precision.DAY, "31 Mar 2025"),
        ("2025-05", date(2025, 5, 1), date(2025, 5, 31), Precision.MONTH, "May 2025"),
        ("2025-04", date(2025, 4, 1), date(2025, 4, 30), Precision.MONTH, "Apr 2025"),
        ("2025-12", date(2025, 12, 1), date(2025, 12, 31), Precision.MONTH, "Dec 2025"),
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), Precision.QUARTER, "Q1 2025"),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30), Precision.QUARTER, "Q2 2025"),
        ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30), Precision.QUARTER, "Q3 2025"),
        ("2025-Q4", date(2025, 10, 1), date(2025, 12, 31), Precision.QUARTER, "Q4 2025"),
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30), Precision.HALF, "H1 2025"),
        ("2025-H2", date(2025, 7, 1), date(2025, 12, 31), Precision.HALF, "H2 2025"),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), Precision.YEAR, "2025"),
    ],
)
def test_parse_period_every_form(text, start, end, precision, label):
    period = parse_period(text)
    assert (period.start, period.end, period.precision) == (start, end, precision)
    assert period.text == text
    assert str(period) == text
    assert period.label() == label


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2024-02", date(2024, 2, 29)),
        ("2025-02", date(2025, 2, 28)),
        ("2000-02", date(2000, 2, 29)),
        ("1900-02", date(1900, 2, 28)),
        ("2024-Q1", date(2024, 3, 31)),
    ],
)
def test_february_ends_on_the_right_day(text, end):
    assert parse_period(text).end == end


def test_leap_day_is_a_day_only_in_leap_years():
    assert parse_period("2024-02-29").end == date(2024, 2, 29)
    assert parse_period("2000-02-29").start == date(2000, 2, 29)
    for text in ("2025-02-29", "1900-02-29"):
        with pytest.raises(ValueError, match="not a real date"):
            parse_period(text)


@pytest.mark.parametrize("text", ["2025-13", "2025-00", "2025-02-30", "2025-04-31", "2025-01-32"])
def test_rejects_impossible_dates(text):
    with pytest.raises(ValueError, match="not a real date") as caught:
        parse_period(text)
    assert f"'{text}'" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    ["25-01-01", "2025-Q5", "2025-Q0", "2025-H3", "2025-1", "2025/01", "2025-1-01", "", "May 2025"],
)
def test_rejects_what_is_not_a_period(text):
    with pytest.raises(ValueError, match="not a date or period") as caught:
        parse_period(text)
    message = str(caught.value)
    assert f"'{text}'" in message
    assert "YYYY-MM-DD" in message  # tells the person what to write instead


@pytest.mark.parametrize("text", ["２０２５-０３", "٢٠٢٥"], ids=["fullwidth", "arabic-indic"])
def test_rejects_non_ascii_digits(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_parse_day():
    assert parse_day("2025-03-15") == date(2025, 3, 15)
    for bad in ("2025-13-01", "2025-02-30", "tomorrow", "2025-03"):
        with pytest.raises(ValueError, match="is not a date"):
            parse_day(bad)


def test_due_soon_window_is_30_days():
    assert DUE_SOON_DAYS == 30


@pytest.mark.parametrize(
    ("due", "as_of", "expected"),
    [
        # a day: due at the end of that day
        ("2025-03-31", date(2025, 2, 28), Status.UPCOMING),  # 31 days left
        ("2025-03-31", date(2025, 3, 1), Status.DUE_SOON),  # 30 days left
        ("2025-03-31", date(2025, 3, 31), Status.DUE_SOON),  # the day itself
        ("2025-03-31", date(2025, 4, 1), Status.OVERDUE),
        # a month: due at the end of the month, not on the 1st
        ("2025-05", date(2025, 4, 30), Status.UPCOMING),  # 31 days before 31 May
        ("2025-05", date(2025, 5, 1), Status.DUE_SOON),
        ("2025-05", date(2025, 5, 31), Status.DUE_SOON),
        ("2025-05", date(2025, 6, 1), Status.OVERDUE),
        # a quarter: due on its last day
        ("2025-Q2", date(2025, 5, 30), Status.UPCOMING),
        ("2025-Q2", date(2025, 5, 31), Status.DUE_SOON),
        ("2025-Q2", date(2025, 6, 30), Status.DUE_SOON),
        ("2025-Q2", date(2025, 7, 1), Status.OVERDUE),
        # a year: not late while the year lasts
        ("2025", date(2025, 6, 15), Status.UPCOMING),
        ("2025", date(2025, 11, 30), Status.UPCOMING),
        ("2025", date(2025, 12, 1), Status.DUE_SOON),
        ("2025", date(2025, 12, 31), Status.DUE_SOON),
        ("2025", date(2026, 1, 1), Status.OVERDUE),
        # a half year
        ("2025-H1", date(2025, 7, 1), Status.OVERDUE),
        ("2025-H1", date(2025, 6, 1), Status.DUE_SOON),
    ],
)
def test_status_at_the_end_of_the_period(due, as_of, expected):
    assert status(parse_period(due), as_of) is expected


def test_status_values_are_what_the_json_prints():
    assert [s.value for s in Status] == ["overdue", "due-soon", "upcoming"]


def test_days_left():
    assert days_left(parse_period("2025-03-31"), date(2025, 3, 15)) == 16
    assert days_left(parse_period("2025-05"), date(2025, 5, 1)) == 30
    assert days_left(parse_period("2025-Q1"), date(2025, 4, 2)) == -2
    assert days_left(parse_period("2025"), date(2025, 12, 31)) == 0


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (0, "due today"),
        (1, "1 day left"),
        (5, "5 days left"),
        (-1, "1 day late"),
        (-12, "12 days late"),
    ],
)
def test_describe_days(days, text):
    assert describe_days(days) == text
