"""Rules of the genre from a review that wrote sentences to break the rules: few faults, or
none, are a result; fewer of a bad thing (or less time) is a result, and a fall of what
should grow a shortfall; work counted behind is a shortfall and a backlog cleared a result;
targets told as met, the only one to have done a thing, a climb between an index's groups
and a launch told with another deed are results; a day something is scheduled for is its
due date; hackers' attacks counted and "not enough to" are shortfalls. Sentences written
here."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds, kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 7 complaints were lodged about the tax portal in 2024.",
        "Just 3 outages were logged on the network during the year.",
        "Only 1.5% of the applications were returned late.",
        "The kiosk took 9,500 requests, and only 8 complaints.",
        "Only one incident was reported on the payment gateway last year.",
        "The ward had zero overdue files for the fifth month in a row.",
        "The hospital's system recorded no outages in 2024.",
    ],
)
def test_few_faults_or_none_are_a_result(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 55% of the complaints were resolved within a week.",
        "The audit found only 12 wards without delays in issuing permits.",
        "A survey found that 38% of clinics have no incident response plan.",
        "Only 9 residents paid the fee online in June.",
    ],
)
def test_a_scant_share_of_faults_put_right_or_of_good_things_stays_a_shortfall(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of late permit files declined by 1.8 percentage points to 0.4%.",
        "Average waiting time at the counters declined by 25% from 2023.",
        "However, the number of scams reported fell by 40%.",
    ],
)
def test_fewer_of_a_bad_thing_or_less_time_is_a_result(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Card payments in the city fell 6% last year.",
        "The number of app users declined by 4% in 2024.",
    ],
)
def test_a_fall_of_what_should_grow_is_a_shortfall(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 2,200 land files are still overdue.",
        "As many as 450 permits were issued past the deadline.",
        "The department was given 30 tasks, of which 11 are overdue.",
    ],
)
def test_work_counted_behind_is_a_shortfall(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_shares_complement_overdue_stays_with_the_result() -> None:
    sentence = "Of the files due, 98.6 percent were settled on time and 1.4 percent were overdue."
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The district resolved 1,480 late files in February.",
        "The city cleared all 260 delayed applications left from 2024.",
    ],
)
def test_a_backlog_cleared_is_a_result(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "All 18 targets set for 2024 were met and exceeded.",
        "9 of the 15 goals for 2025 have been achieved.",
        "Hue is the only one of the 63 localities to have linked all its registries.",
        "The county climbed from the average group to the good group in the PAPI index.",
        "The city moved up from the medium group to the high group in the DTI.",
        "The province built and officially launched its cloud centre in 2024.",
    ],
)
def test_targets_met_the_only_one_to_have_done_it_climbs_and_launches_are_results(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["achievement"]


def test_targets_met_only_in_part_is_a_shortfall() -> None:
    assert kinds_only("14/20 targets for 2025 were only completed in part.") == ["limitation"]


def test_a_plans_item_in_the_perfect_stays_a_goal() -> None:
    assert kinds("E-commerce to have accounted for 15% of retail sales by 2025.\n") == [
        ("target", "2025")
    ]


def test_the_day_a_launch_is_scheduled_for_is_its_due_date() -> None:
    assert kinds("The tax app is scheduled to be officially launched on May 2.\n") == [
        ("deadline", "2025-05-02")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hackers attacked 140 provincial websites in the first quarter.",
        "The server capacity is not enough to handle the tax season.",
    ],
)
def test_attacks_by_hackers_and_not_enough_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_speech_saying_one_thing_alone_is_not_sufficient_claims_nothing() -> None:
    sentence = "Issuing chip cards alone is not sufficient to build a digital society, he said."
    assert kinds_only(sentence) == []
