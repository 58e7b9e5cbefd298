"""Rules of the genre found on plan stories, e-commerce reports and provincial counts: a
rate "will" or "would be" a level is a target, and so is a place in the leading group; a
count that did something is a result; a change against a base and a range's second end
are no claims of their own; cash still first and a fall's cause are shortfalls; a page's
tag line and a speech's "from awareness to action" claim nothing; a breakdown in the next
paragraph is the result's. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.cleaning import FURNITURE, classify_lines
from briefing.extract.stamped_days import update_line
from tests.extract.genre import found, kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of e-commerce in retail sales will be about 12%.",
        "The annual growth rate of labour productivity will be 6 - 6.5%.",
        "Card payments in retail would account for 60% and spending per shopper would be "
        "about US$450 a year.",
        "The district will modernise its economy with its digital economy share in GRDP at "
        "about 25 percent.",
        "The city will be in the leading group of the region in smart urban services.",
    ],
)
def test_a_level_to_come_in_a_plan_is_a_target(sentence: str) -> None:
    assert kinds_only(sentence) == ["target"]


def test_a_supposition_with_would_sets_no_target() -> None:
    assert "target" not in kinds_only(
        "If the ward rose to 10th place, it would reach the top group."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "About 12.4 million people, or nearly a third of the workforce, paid taxes online "
        "last year.",
        "Some 3,200 households switched to the new water billing app in 2024.",
    ],
)
def test_a_count_that_did_something_is_a_result(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "14 provincial conferences focused on the data law.",
        "About 60 reporters attended.",
    ],
)
def test_things_counted_by_a_participle_or_attendance_are_no_result(sentence: str) -> None:
    assert kinds_only(sentence) == []


def test_work_left_unresolved_is_a_shortfall() -> None:
    sentence = "About 410 land files handed over by the old district remain unresolved."
    assert kinds_only(sentence) == ["limitation"]


def test_a_change_against_a_base_and_a_ranges_end_are_one_claim() -> None:
    items = found("Spending per shopper was US$190, 31.2% higher than 2016 and 9.5% than 2019.\n")
    assert len(items) == 1 and "9.5% than 2019" in items[0].quote
    items = found(
        "The poll found that 64% of app users, mostly between 20 and 34 years old, "
        "paid by phone in 2023.\n"
    )
    assert len(items) == 1 and "paid by phone" in items[0].quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Cash remained the most preferred way to pay for 79% of shoppers.",
        "The report attributes the decline in card payments to worries over fraud.",
    ],
)
def test_cash_still_first_and_a_falls_cause_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_white_paper_is_no_paper_falling_off() -> None:
    # "paper ... decline" reads as the old way falling off; a white paper is a report
    sentence = "The white paper attributes the decline in app use to poor signal."
    assert kinds_only(sentence) == ["limitation"]


def test_a_speechs_change_from_awareness_to_action_claims_nothing() -> None:
    assert (
        kinds_only("Since then, the city has made strong changes from awareness to action.") == []
    )


def test_a_pages_tag_line_is_furniture() -> None:
    text = (
        "Ward opens data hub\n\nThe ward opened its data hub in May.\n\n"
        "Tan Binh ward, data hub, digital government, smart city, the top 5 wards\n"
    )
    lines = [
        text[line.start : line.end].strip()
        for line in classify_lines(text)
        if line.skip == FURNITURE
    ]
    assert lines == ["Tan Binh ward, data hub, digital government, smart city, the top 5 wards"]
    # a list of figures stays prose
    text = "Hub results\n\nThe hub served users.\n\nHanoi 95%, Hue 90%, Hai Phong 85%, Vinh 80%\n"
    assert all(line.skip != FURNITURE for line in classify_lines(text))


def test_an_update_line_with_a_bar_is_a_printed_date() -> None:
    assert update_line("Title\n\nUpdate: 09:10 | 14/06/2023\n\nBody.\n") == (
        "2023-06-14",
        "Update: 09:10 | 14/06/2023",
    )


def test_a_breakdown_in_the_next_paragraph_is_the_results() -> None:
    body = (
        "As of May 20, the police had received 52,300 applications.\n"
        "Of these, 20,100 were for children under 6 and 18,400 for children aged 6 to 14.\n"
    )
    items = found(body)
    assert [i.kind.value for i in items] == ["achievement"]
    assert "18,400" in items[0].quote
