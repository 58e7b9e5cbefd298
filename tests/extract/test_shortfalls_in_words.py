"""Shortfalls a report tells in a word rather than a figure (links "loose", staff "thin",
a guide "issued late"), losses to fraud, staff lost, counts too small, and what is not a
shortfall though it names one: an order to overcome it, an interview's introduction, a
goal that spares people a chore. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.statements import statement_of_quote
from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Cooperation between the tax office and the banks in sharing records is still loose.",
        "Technical staff for cybersecurity at district level are thin.",
        "The scanners at the ward office were so old that each page took a minute to read.",
        "Many farmers could not open the app because their handsets do not support 4G.",
        "In upland villages the mobile signal often drops after dark, so payments fail.",
        "Applicants file online but must still bring a printed copy to the counter.",
        "Some clinics still charge a card fee of 2% on every payment.",
        "A retired teacher lost VND800 million after clicking a fake tax refund link.",
        "Last month 41 pensioners were tricked into sharing their one-time passwords.",
        "A misconfigured server led to the exposure of records of about 8,000 students.",
        "Pay cannot compete with the banks, so the agency lost 15% of its data engineers.",
        "The circulars guiding the new e-transactions law were issued late.",
        "The whole district had fewer than 40 trained digital guides at the end of June.",
    ],
)
def test_a_shortfall_told_in_words_is_a_limitation(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_few_bad_things_is_a_result_not_a_shortfall() -> None:
    sentence = "The portal received fewer than 20 complaints in the first quarter."
    assert "limitation" not in [k for k, _ in kinds(sentence)]


def test_a_goal_that_spares_people_a_chore_is_a_target() -> None:
    sentence = (
        "A further goal is that at least 80% of forms are prefilled, so people do not have"
        " to type them."
    )
    assert kinds(sentence) == [("target", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Closing the session, the minister asked the provinces to face the limitations squarely"
        " and overcome them.",
        "Officials at all levels have been asked again to remedy the shortcomings of the portal.",
    ],
)
def test_an_order_to_overcome_shortfalls_is_not_a_shortfall(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] in ([], ["directive"])


def test_an_interviews_introduction_is_not_a_claim() -> None:
    sentence = (
        "Our reporter talks to the head of the provincial data office about what has gone"
        " well and what has not."
    )
    assert kinds(sentence) == []


def test_a_result_granted_before_a_shortfall_is_a_claim_of_its_own() -> None:
    got = found(
        "Frankly speaking, although the number of linked registries has doubled, the share"
        " of records actually reused is only about 30%.\n"
    )
    assert [(f.kind.value, f.quote) for f in got] == [
        ("achievement", "Frankly speaking, although the number of linked registries has doubled"),
        ("limitation", "the share of records actually reused is only about 30%."),
    ]


def test_the_granted_results_line_drops_its_although() -> None:
    assert (
        statement_of_quote("Frankly speaking, although the number of linked registries has doubled")
        == "The number of linked registries has doubled"
    )
    # a quote that goes on past its comma keeps the concession it makes
    assert statement_of_quote("Although the portal was upgraded, queues remain long").startswith(
        "Although"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "He warned that this slow and patchy rollout is hindering the province's progress.",
        "This situation is hindering the growth of e-commerce in the uplands.",
    ],
)
def test_a_told_shortfalls_consequence_is_no_finding_of_its_own(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a shortfall named with its consequence is one
        "Slow data sharing is hindering the growth of e-commerce.",
        # a new fact after "this leads to"
        "This leads to a system that is certified but still leaks data.",
    ],
)
def test_a_shortfall_told_with_its_consequence_stays_one(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many communes still work without any internet connection.",
        "About 40% of households still live without fixed broadband.",
    ],
)
def test_what_people_still_do_without_is_a_limitation(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since July 1, the province has moved all 1,900 services online, without any "
        "interruptions, overlaps or omissions in tasks.",
        "The portal ran for 300 days without any outage.",
    ],
)
def test_faults_named_only_to_say_there_were_none_are_no_limitation(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the old way kept
        "Most shoppers at the ward market still pay in cash.",
        "Only tourists use the QR codes, while local buyers still pay in cash.",
        # uptake told in words
        "The clinic's director said very few patients book their visits online.",
        "Many elderly residents are not used to online applications.",
        "Card payments can be accepted only at the main counter of the hospital.",
        "The scheme is making no headway in the mountain communes.",
    ],
)
def test_the_old_way_kept_and_uptake_told_in_words_are_shortfalls(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents can now pay their fees online instead of paying in cash.",
        "The ward made great progress in digitising land records.",
    ],
)
def test_the_old_way_left_behind_is_no_shortfall(sentence: str) -> None:
    assert "limitation" not in [k for k, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "During the year, several shortcomings and limitations still need to be addressed.",
        "The aforementioned limitations stem from various causes, both objective and subjective.",
        "The working group has cited many reasons behind the slow rollout of the land records.",
    ],
)
def test_shortfalls_or_their_causes_announced_none_named_are_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_shortfall_announced_with_one_named_stands() -> None:
    got = kinds("Several shortcomings still need to be addressed, as 12 wards have not connected.")
    assert [k for k, _ in got] == ["limitation"]
