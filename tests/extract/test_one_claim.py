"""One claim per finding (LABELLING.md): figures that go on with a claim stay in it,
figures that make a claim of their own are cut out; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # a share and its complement
        "Of the applications due this month, 98.6% were settled on time and 1.4% were late.",
        # the figure before told again as a share
        "Banks have checked 41.2 million accounts, about 62% of the 66 million in use.",
        # one more item of the list the verb reaches
        "The health records system is linked with 27 hospitals, 140 clinics and all pharmacies.",
        # one change told of two measures, no verb of its own
        "Card payments reached 4.1 billion, marking increases of 31.5% in volume and 18.2% in "
        "value year-on-year.",
    ],
)
def test_figures_that_go_on_with_the_claim_stay_one_finding(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The share of tax returns filed online was 81%, and 12.5% were filed by an agent.",
        "The city issued 9,000 digital signatures, 2,100 new accounts were opened.",
        # a change, then a claim with its own verb
        "Card payments rose by 18% this year, and 9 of the banks launched new apps.",
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


@pytest.mark.parametrize(
    ("sentence", "dues"),
    [
        # the second order given by the same official, in the past tense
        (
            "The chairwoman assigned the finance department to close the old tax accounts "
            "before April 20, and asked the wards to report their progress before May 15.",
            ["2025-04-20", "2025-05-15"],
        ),
        # a second agency with a long name, told what it must do
        (
            "The transport department must finish the licence audit before June 1, and "
            "districts that still issue paper permits must switch to the portal in the "
            "third quarter.",
            ["2025-06-01", "2025-Q3"],
        ),
        # a second agency, asked in the passive
        (
            "The water company plans to fit 900 smart meters by the end of April, and the "
            "post office has been asked to open 12 payment points before the end of July.",
            ["2025-04", "2025-07"],
        ),
        # a second agency, told what it will do
        (
            "Schools must upload their enrolment lists before August 10, and the department "
            "will open the new admissions portal in the fourth quarter.",
            ["2025-08-10", "2025-Q4"],
        ),
        # the second task a verb of its own, due throughout a month
        (
            "The bank has asked its branches to fix the card errors by May 12 and to extend "
            "their Saturday hours throughout June.",
            ["2025-05-12", "2025-06"],
        ),
    ],
)
def test_two_dated_tasks_in_one_sentence_are_two_deadlines(sentence: str, dues: list[str]) -> None:
    assert kinds(sentence) == [("deadline", due) for due in dues]


def test_a_part_that_takes_its_kind_takes_its_confidence() -> None:
    first, second = found(
        "The bank has asked its branches to fix the card errors by May 12 and to extend "
        "their Saturday hours throughout June."
    )
    assert second.confidence == first.confidence > 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a share done, then what it leaves: one claim, the result
            "Since 2021 the district has scanned 48,300 land files (reaching 88%), the "
            "remaining 6,100 files have not been scanned.",
            [("achievement", None)],
        ),
        (
            "The ward has moved 93% of its records to the cloud, while the remaining 7% are "
            "not yet moved.",
            [("achievement", None)],
        ),
        (  # the share itself told as a shortfall stays one
            "Only 38% of the files have been scanned, the remaining 62% have not been.",
            [("limitation", None)],
        ),
    ],
)
def test_a_result_told_with_what_it_leaves_is_one_claim(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(sentence) == expected


def test_things_left_overdue_by_so_long_are_a_shortfall() -> None:
    assert kinds("Some 2,400 land dossiers were three months overdue.") == [("limitation", None)]
    # the complement of a share on time is one claim with it, the result
    assert kinds("Of the dossiers due, 99.5% were settled on time and 0.5% were overdue.") == [
        ("achievement", None)
    ]


def test_a_count_is_known_by_what_it_counts() -> None:
    """A claim told again is one finding, but two counts of the same size are two claims
    when they count different things."""
    text = (
        "Four departments were rated good and 7 departments fair.\n"
        "Among districts, the remaining 7 districts were rated fair.\n"
        "As noted, 7 departments were rated fair.\n"
    )
    quotes = [f.quote for f in found(text)]
    assert any("remaining 7 districts" in q for q in quotes)
    assert not any(q.startswith("As noted") for q in quotes)  # the same count, told again
