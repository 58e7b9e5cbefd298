"""Kinds of the claims a report makes in passing: faults counted, causes named, what the
work caught, what others said; sentences written for these tests (LABELLING.md)."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # "requests" after a determiner is a noun, not an order
        "Identity checks made up 58% of all requests, and 31 insurers now use it to vet claims.",
        "About 97% of data update requests on the app are handled within a working day.",
    ],
)
def test_requests_counted_are_results_not_orders(sentence: str) -> None:
    assert {k for k, _ in kinds(sentence)} == {"achievement"}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the work caught names a fault; the work is the result
        "The checks helped insurers spot more than 2,300 claims filed with forged papers.",
        "Police blocked more than 14,000 fake accounts in the third quarter.",
    ],
)
def test_what_the_work_caught_is_a_result(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "About a third of the land records still fail the clean-data standard, mostly in towns.",
        "In the first half the district received 87 reports of scams using fake tax portals.",
        "The delays come mostly from records the ministries have not yet digitised.",
        "On May 4 the tax portal was unavailable for nearly six hours during the filing rush.",
        "The ministry said the province is unlikely to reach the goal it set for next year.",
    ],
)
def test_faults_counted_causes_and_outages_are_shortfalls(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_a_count_over_places_is_not_a_goal() -> None:
    # "at least" here says where it happened, not a level to reach
    sentence = "The ministry has recorded 1,200 such claims in at least 30 provinces."
    assert "target" not in [k for k, _ in kinds(sentence)]


def test_one_persons_story_is_not_a_finding() -> None:
    assert kinds('"Within a day, 40 million dong in my bank account was gone," he said.') == []


def test_a_condition_of_a_rule_is_not_a_shortfall() -> None:
    assert "limitation" not in [
        k for k, _ in kinds("If owners still fail to register, their plates will be revoked.")
    ]


def test_a_task_given_to_an_agency_with_a_year_is_a_deadline() -> None:
    sentence = "The ministry has also been tasked with opening the second data hall in 2027."
    assert kinds(sentence) == [("deadline", "2027")]


def test_two_things_reported_are_two_claims() -> None:
    sentence = (
        "An official said that 96% of the records are checked within a day, and that "
        "the errors come mainly from files kept by other agencies."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement", "limitation"]


def test_a_result_and_what_its_source_conceded_are_two_claims() -> None:
    sentence = (
        "Cashless payments reached 61% of retail sales in the first half, according to the "
        "central bank, which conceded at its review that the goal is unlikely to be met."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement", "limitation"]


def test_another_countrys_figures_are_not_findings_even_cut_from_their_subject() -> None:
    sentence = (
        "Malaysia's cloud market is put at about 11% of its ICT spending, and Thailand's "
        "is forecast to pass US$5 billion this year."
    )
    assert kinds(sentence) == []


def test_a_dated_expectation_with_its_gap_said_in_passing_is_a_target() -> None:
    sentence = (
        "The ministry expects the share to reach 41% by the end of 2026, still short of the "
        "plan's goal."
    )
    assert kinds(sentence) == [("target", "2026")]


def test_a_rule_taking_effect_is_its_context_not_a_result() -> None:
    sentence = "The circular, signed on May 2, takes effect from June 15, 2026 and covers banks."
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The provincial People's Committee has issued a plan on digital government in 2027, "
        "setting out its targets for online services.",
        "The ministry has issued Circular 14/2026/TT-BCA on identity checks at bank counters.",
    ],
)
def test_a_document_issued_is_the_news_not_a_finding(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_document_issued_with_a_figure_is_still_a_result() -> None:
    sentence = "All 12 districts have issued a plan on cashless payments this year."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_a_rate_that_should_be_high_under_a_mark_is_a_shortfall() -> None:
    assert [k for k, _ in kinds("The uptake rate is still below 15% of eligible firms.")] == [
        "limitation"
    ]
    # the same words of a rate that should be low are a result
    assert [k for k, _ in kinds("The overdue rate is below 1% of all records.")] != ["limitation"]
