"""One claim per finding (LABELLING.md): figures that go on with a claim stay in it,
figures that make a claim of their own are cut out; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # a share and its complement
        "Of the applications due this month, 98.6% were settled on time and 1.4% were late.",
        # the figure before told again as a share
        "Banks have checked 41.2 million accounts, about 62% of the 66 million in use.",
        # one more item of the list the verb reaches
        "The health records system is linked with 27 hospitals, 140 clinics and all pharmacies.",
    ],
)
def test_figures_that_go_on_with_the_claim_stay_one_finding(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of tax returns filed online was 81%, and 12.5% were filed by an agent.",
        "The city issued 9,000 digital signatures, 2,100 new accounts were opened.",
    ],
)
def test_two_measures_in_one_sentence_are_two_findings(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement", "achievement"]


def test_requests_a_system_handles_are_not_an_order() -> None:
    sentence = (
        "Since it opened, the portal has answered 2.3 billion lookup requests, helping "
        "to cut the paperwork of the land offices."
    )
    assert kinds(sentence) == [("achievement", None)]


def test_a_request_to_an_agency_is_still_an_order() -> None:
    assert kinds("The chairman requests the departments to finish the review.") == [
        ("directive", None)
    ]
    assert kinds("The minister made a request to all provinces to speed up the audit by May.") == [
        ("deadline", "2025-05")
    ]


def test_a_result_then_someones_goal_are_two_claims() -> None:
    sentence = (
        "Fibre now reaches 87% of households in the province, and the department aims to "
        "connect every hamlet by 2026."
    )
    assert kinds(sentence) == [("achievement", None), ("target", "2026")]


def test_a_goal_phrased_with_aims_is_a_target_even_when_it_launches_something() -> None:
    assert kinds("The ministry aims to launch the new tax portal in 2026.") == [("target", "2026")]


def test_two_agencies_tasks_joined_by_while_are_two_deadlines() -> None:
    sentence = (
        "The tax department must publish the new e-invoice rules before the end of the second "
        "quarter, while the city police are to finish checking 4,000 shop licences by August 31."
    )
    assert kinds(sentence) == [("deadline", "2025-Q2"), ("deadline", "2025-08-31")]


def test_a_reach_told_through_what_it_reaches_is_one_claim() -> None:
    sentence = "The exchange now links to the records of 41 hospitals and 17 insurers."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]
