"""Rules of the genre found on opinion pieces, features and interviews: a place's size,
a comparison, a survey's sample, a family in a feature and the work called hard are
context; fraud counted, data traded, what people cannot do, a system that breaks and
cash still in use are shortfalls; a dated "we have to" is a task. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The province has about 1.6 million residents and covers some 9,500 square kilometres.",
        "That is an impressive feat for a nation of roughly 98 million people.",
        "Comparisons are often drawn with Korea, whose mobile ID reached 30 million users.",
        "By comparison, Malaysia's MyDigital ID, launched in 2023, now has 4 million users"
        " and is the main login in the country.",
        "The job is far from easy.",
        "His daughter, a grade 9 pupil, says she plans to show her parents the app.",
    ],
)
def test_context_and_colour_are_not_claims(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_surveys_sample_is_not_a_claim_but_what_it_found_is() -> None:
    got = found(
        "In a survey of 900 shop owners that we ran in May, only 18% said they accept QR codes.\n"
    )
    assert [(f.kind.value, f.quote.startswith("only 18%")) for f in got] == [("limitation", True)]


def test_people_who_did_something_are_still_a_figure() -> None:
    text = "The commune has 4,200 residents with chip-based ID cards, all issued this year.\n"
    assert [k for k, _ in kinds(text)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In May the central bank warned customers about 22 fake apps posing as lenders.",
        "Police arrested a ring accused of selling customers' personal data to debt collectors.",
        "Many older farmers cannot read the instructions printed on the card.",
        "A year on, no insurer has yet been connected to the platform.",
        "In the mornings the payment portal frequently crashes under the load.",
        "Despite the campaign, cash still makes up about 70% of payments at rural markets.",
        "Applicants at the ward office often have to wait two hours for their turn.",
    ],
)
def test_a_shortfall_in_other_words(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_catching_fraud_is_still_a_result() -> None:
    text = "The ministry blocked more than 300 fake websites posing as banks in the first half.\n"
    assert [k for k, _ in kinds(text)] == ["achievement"]


def test_a_dated_we_have_to_is_a_task_and_an_undated_one_a_speech() -> None:
    dated = "Before the end of June, we have to finish connecting the last 12 wards to fibre.\n"
    assert kinds(dated) == [("deadline", "2025-06")]
    assert kinds("We have to keep working hard for the people.\n") == []


def test_the_first_locality_in_a_long_named_region_is_a_result() -> None:
    text = (
        "The city became the first locality in the northern mountain region to issue"
        " birth certificates on VNeID.\n"
    )
    assert [k for k, _ in kinds(text)] == ["achievement"]
