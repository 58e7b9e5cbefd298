"""Rules of the genre found on provincial reviews and ministry counts: a count of targets
met is a result, a bottleneck named first and a duty left unclear are shortfalls, a
breakdown told on in the next sentence or with "respectively" is one claim, a lede's day
past its deadline's month fell the year before, and "in November or December" is due by
the later. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.metadata import extract_metadata
from tests.extract.genre import found, kinds, kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 2023-2024 period, the district has achieved 3/12 targets for 2026.",
        "The city has completed 5 of the 14 targets set for 2026.",
        "So far the ward has met 7 out of 10 goals for 2027.",
    ],
)
def test_a_count_of_targets_met_is_a_result(sentence: str) -> None:
    assert kinds(sentence + "\n") == [("achievement", None)]


def test_only_a_few_targets_met_is_a_shortfall_and_an_order_to_meet_them_a_task() -> None:
    assert kinds_only("The district has only achieved 2/12 targets for 2026.") == ["limitation"]
    # targets counted as the things to do, by a date: a dated task (LABELLING.md)
    assert kinds("The district must complete 5 of the 12 targets by 2026.\n") == [
        ("deadline", "2026")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The director said the biggest bottleneck holding back the programme is the shortage "
        "of trained staff in the communes.",
        "The main obstacle to wider use of the app remains the weak signal in mountain areas.",
        "The division of duties between the two offices is not clear.",
    ],
)
def test_a_bottleneck_named_first_and_a_duty_left_unclear_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_doubt_is_no_unclear_duty() -> None:
    assert "limitation" not in kinds_only("It is not clear whether the kiosk opens in spring.")


def test_a_breakdown_told_on_in_the_next_sentence_is_one_claim() -> None:
    body = (
        "Cloud services made up the largest part of the sector, at about 41% of its revenue. "
        "It was followed by software (22.5%) and data centres (9.7%).\n"
    )
    items = found(body)
    assert [i.kind.value for i in items] == ["achievement"]
    assert items[0].quote.endswith("data centres (9.7%).")


def test_a_totals_parts_are_one_claim_with_it() -> None:
    body = (
        "The office received 8,400 applications in May. Of these, 6,100 came online and "
        "2,300 at the counter.\n"
    )
    items = found(body)
    assert [i.kind.value for i in items] == ["achievement"]
    assert "2,300 at the counter" in items[0].quote


def test_a_shortfall_told_among_the_parts_stays_its_own_claim() -> None:
    body = (
        "The ward was given 120 tasks for the year. Of these, 80 were done on time, "
        "and 15 are behind schedule.\n"
    )
    assert "limitation" in kinds_only(body)


def test_values_given_respectively_are_one_claim() -> None:
    body = "Sign-ups at the first and second levels were 4,200 and 51,000, respectively.\n"
    items = found(body)
    assert len(items) == 1
    assert items[0].quote.rstrip(".").endswith("respectively")


def test_a_later_year_after_a_horizon_keeps_it_a_horizon() -> None:
    text = (
        "The market is set to grow from $4 billion in 2023 to $9 billion in 2027, according "
        "to the Digital Outlook 2023 study.\n"
    )
    assert reported_year(text) != 2027


def test_a_ledes_day_past_its_deadlines_month_fell_the_year_before() -> None:
    text = (
        "Every village will have a mobile signal by May 2027, the minister told lawmakers "
        "at a hearing on October 20.\nThe ministry will also revise the licensing rules.\n"
    )
    meta = extract_metadata(text, today=date(2031, 1, 1))
    assert (meta.published, meta.published_stated) == ("2026-10-20", False)
    # a day before the deadline's month may be in the deadline's year
    text = (
        "Every village will have a mobile signal by May 2027, the minister told lawmakers "
        "at a hearing on February 20.\n"
    )
    assert extract_metadata(text, today=date(2031, 1, 1)).published.startswith("2027")


def test_a_day_something_starts_dates_nothing() -> None:
    text = (
        "Every village will have a mobile signal by May 2027, and the new fees apply "
        "on October 1.\n"
    )
    assert extract_metadata(text, today=date(2031, 1, 1)).published == "2027"


def test_one_month_or_another_is_due_by_the_later() -> None:
    assert kinds("The draft rules will be submitted to the cabinet in August or September.\n") == [
        ("deadline", "2025-09")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is difficult for older residents in the hills to reach the service portal.",
        "It is still hard to pay the fee online from the island communes.",
        "The auditors also noted inadequacies in the links between the two registries.",
    ],
)
def test_a_hardship_with_a_dummy_it_and_inadequacies_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_shortfall_told_again_with_it_stays_no_claim() -> None:
    assert kinds_only("Only 9% of the clinics share their records. It is a very low rate.") == [
        "limitation"
    ]


def test_a_plans_item_under_its_own_heading_is_an_order() -> None:
    assert kinds_only("In terms of quantity, maintain 40 integrated online services.") == ["target"]
    # a heading before a result leaves it a result
    assert kinds_only("In terms of revenue, the sector grew 12% in 2024.") == ["achievement"]
