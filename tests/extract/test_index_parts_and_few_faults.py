"""Rules of the genre found on monthly service reports and index stories: few of a bad
thing is a result, a thing not sufficient or in trouble is a shortfall, a move up an
index's groups is a result, other countries counted and an index's parts defined are
context. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Of these, 2,410 files were settled, 2,407 of them on time, and only 3 returned late.",
        "The portal handled 5,200 payments in May, and only 6 were delayed.",
    ],
)
def test_only_a_few_of_a_bad_thing_is_a_result(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_only_a_few_of_a_good_thing_stays_a_shortfall() -> None:
    assert [k for k, _ in kinds("Only 12 residents paid the fee online in May.\n")] == [
        "limitation"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hardware of most district offices is not sufficient to run the new portal.",
        "Cleaning the records of insured workers to issue the e-cards is in trouble.",
        "By June 30, 2 million health checks had been done with no results entered.",
    ],
)
def test_a_shortfall_told_in_these_words(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam made the leap from the middle group to the high group of the index this year.",
        "The city moved from the medium group to the very high group in the 2024 ranking.",
    ],
)
def test_a_move_up_an_index_s_groups_is_a_result(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_other_countries_counted_are_context() -> None:
    text = "Four other countries (Chile, Kenya, Peru and Oman) fell to the middle group in 2024.\n"
    assert kinds(text) == []


def test_an_index_s_parts_defined_are_no_claims() -> None:
    text = (
        "In the human capital index there are three indicators: adult literacy per 100 "
        "adults, school enrolment per 100 children, and years of schooling per person.\n"
    )
    assert kinds(text) == []


def test_a_plan_s_indicators_listed_are_still_its_targets() -> None:
    text = (
        "The plan sets three indicators: 80% of services online, 90% of adults with "
        "accounts, and 100% of communes with fibre by 2026.\n"
    )
    assert [k for k, _ in kinds(text)] == ["target", "target", "target"]
    assert len(found(text)) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "There are still 1,204 late dossiers on the provincial service portal.",
        "The district logged 15 more overdue applications during the week.",
        "Vietnam remains a prime target for hackers, with 9,100 attacks in 2024.",
    ],
)
def test_things_counted_late_or_attacked_are_a_shortfall(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, the programme went well, with 12/15 targets reaching and exceeding the plan.",
        "Decision 8 assigned 210 tasks to the departments, of which 64 have been completed.",
    ],
)
def test_targets_met_and_tasks_done_are_results(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A place among the top 40 in the innovation index is also a target of the country.",
        "The city is also looking to cut its paper records by half over the next five years.",
    ],
)
def test_a_goal_in_these_words_is_a_target(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["target"]


def test_a_goal_said_of_this_names_none() -> None:
    assert kinds("This is a goal of the provincial plan adopted in May.\n") == []


def test_the_cause_of_a_delay_named_is_a_shortfall() -> None:
    text = "The cause of the delay was a fault in the link between the two portals.\n"
    assert [k for k, _ in kinds(text)] == ["limitation"]


def test_a_meeting_that_discussed_shortcomings_names_none() -> None:
    text = (
        "Delegates then focused on discussing and analysing the existing causes and "
        "shortcomings in carrying out the plan.\n"
    )
    assert kinds(text) == []


def test_a_shortfall_counted_before_its_list_is_a_claim() -> None:
    text = (
        "There are 6 overdue and unfinished tasks, including: drafting the data decree; "
        "linking the land records; upgrading the district servers.\n"
    )
    assert [k for k, _ in kinds(text)] == ["limitation"]


def test_a_list_announced_is_still_no_claim() -> None:
    assert kinds("The meeting discussed 3 difficulties such as:\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile, ATM withdrawals declined by 11.2 percent in volume and 4.1 percent in value.",
        "Cash payments at the city's hospitals fell by 30% in 2024.",
    ],
)
def test_the_old_way_falling_off_is_a_result(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_one_change_told_of_two_measures_against_a_base_is_one_claim() -> None:
    text = (
        "Card payments saw increases of 31.5 percent in the number of transactions and "
        "18.2 percent in total value compared to the same period last year.\n"
    )
    assert [k for k, _ in kinds(text)] == ["achievement"]


def test_a_fall_of_something_good_stays_a_shortfall() -> None:
    assert [k for k, _ in kinds("Online payments declined by 5% in May.\n")] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "So far only one cloud centre with a capacity of 20 MW has been put into operation.",
        "Only two of the 14 wards have linked their records to the database.",
    ],
)
def test_a_scant_count_in_words_is_a_shortfall(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_one_of_only_two_is_still_a_result() -> None:
    text = "Hue is one of only two cities that have met the target for online services.\n"
    assert "limitation" not in [k for k, _ in kinds(text)]


def test_a_milestone_told_in_the_plain_past_is_a_result() -> None:
    text = "MobiFone officially launched its 5G network at the end of 2024.\n"
    assert [k for k, _ in kinds(text)] == ["achievement"]


def test_a_milestone_to_come_is_not_a_result() -> None:
    text = "The portal will be tested and officially launched on October 10.\n"
    assert "achievement" not in [k for k, _ in kinds(text)]
