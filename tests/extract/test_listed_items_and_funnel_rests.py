"""Lists and the rest of a count: a shortfall list's items told between semicolons, the
part of a count still being done, a breakdown after "including" or "with", targets given
out, a result that stands "despite" a worry, its change told in the next sentence, a
speed told with "only", and a rank to reach. Sentences written here, each beside a
lookalike that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.genre import dated_kinds, found, kinds_only


def test_each_item_of_an_announced_shortfall_list_is_a_claim() -> None:
    items = found(
        "The survey named six barriers, including weak signal in hill villages; fear of"
        " online fraud; lack of equipment; the high cost of data plans.\n"
    )
    assert [f.kind.value for f in items] == ["limitation"] * 4
    assert [f.quote for f in items[1:]] == [
        "fear of online fraud",
        "lack of equipment",
        "the high cost of data plans.",
    ]


def test_clauses_after_a_list_that_are_not_items_keep_their_own_reading() -> None:
    # a clause with a verb of its own ends the list: it is read for itself
    assert kinds_only(
        "The survey named two barriers, including poor mobile coverage; 300 staff have been"
        " trained.\n"
    ) == ["limitation", "achievement"]
    # no list announced: a bare phrase after a semicolon is no claim
    assert kinds_only("Residents cited weak signal; lack of equipment.\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ward was given 140 tasks, of which 85 tasks have been completed and 55 tasks are"
        " being carried out.",
        "The city runs 60 databases, of which 38 are in use, 22 databases are under construction.",
        "Of 300 projects, 180 were finished and 120 are still in progress.",
    ],
)
def test_the_part_of_a_count_still_being_done_stays_with_the_count(sentence: str) -> None:
    items = found(sentence + "\n")
    assert [f.kind.value for f in items] == ["achievement"]
    assert items[0].quote == sentence


def test_a_second_count_done_is_still_a_claim_of_its_own() -> None:
    two = "The city issued 8,000 licences and 5,000 permits were renewed online.\n"
    assert kinds_only(two) == ["achievement", "achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The department issued 20 decisions, including 41 new procedures, 96 amended"
        " procedures and 18 procedures were abolished.",
        "Rules were tightened, with two laws, 15 decrees, and 21 circulars already issued.",
    ],
)
def test_a_breakdown_listed_after_including_or_with_is_one_claim(sentence: str) -> None:
    items = found(sentence + "\n")
    assert len(items) == 1 and items[0].quote == sentence


def test_targets_and_tasks_counted_as_given_out_are_no_claim() -> None:
    assert kinds_only(
        "The committee assigned 30 targets and 90 tasks to departments; of which 12 targets"
        " and 40 tasks have been completed.\n"
    ) == ["achievement"]
    # a count given out, then told done, is the count's result
    assert kinds_only("The ward was assigned 70 tasks, of which 50 have been completed.\n") == [
        "achievement"
    ]


def test_a_result_that_stands_despite_a_worry_is_a_result() -> None:
    assert kinds_only("Mobile payments grew by 38% in 2024 despite rising fears of scams.\n") == [
        "achievement"
    ]
    # the shortfall told before "despite" is still one
    assert kinds_only("Only 14% of fees were paid online despite the campaign.\n") == ["limitation"]
    assert kinds_only("Despite the campaign, only 14% of fees were paid online.\n") == [
        "limitation"
    ]


def test_a_change_told_in_the_next_sentence_is_the_result_s() -> None:
    items = found(
        "Card payments reached 3.2 million in May. This is an increase of 25% over April.\n"
    )
    assert [f.kind.value for f in items] == ["achievement"]
    assert items[0].quote.endswith("This is an increase of 25% over April.")


def test_a_task_finished_in_the_plain_past_is_a_result() -> None:
    assert dated_kinds(
        "In March 2024, the department finished connecting the one-stop shop to the records"
        " software.",
        date(2024, 5, 2),
    ) == [("achievement", None)]


def test_only_with_a_time_in_business_hours_is_a_speed() -> None:
    assert kinds_only("The office issued 12 permits in only 9 business hours.\n") == ["achievement"]
    assert kinds_only("The office has only 9 staff for 40,000 residents.\n") == ["limitation"]


def test_an_amount_in_dollars_is_not_a_speaker_s_us() -> None:
    assert kinds_only("The province approved 3 projects worth US$120 million in 2024.\n") == [
        "achievement"
    ]


def test_a_rank_to_reach_is_a_target_and_an_exhortation_to_lead_is_not() -> None:
    rank = "The province strives to become one of the best localities in data security.\n"
    assert kinds_only(rank) == ["target"]
    exhortation = "The minister asked the city to try harder to take the lead in e-services.\n"
    assert "target" not in kinds_only(exhortation)


def test_a_total_opened_with_to_date_and_its_part_done_are_one_claim() -> None:
    items = found(
        "To date, out of a total of 52 tasks set by the city, 20 tasks have been completed;"
        " 9 tasks are behind schedule.\n"
    )
    assert [f.kind.value for f in items] == ["achievement", "limitation"]
    assert items[0].quote.startswith("To date, out of a total of 52 tasks")


def test_a_council_set_up_with_its_seats_is_no_claim_even_told_in_the_perfect() -> None:
    assert kinds_only("The city has established an advisory council with 15 experts.\n") == []
    assert kinds_only("The city has established 15 service points in the wards.\n") == [
        "achievement"
    ]
