"""Rules of the genre found on readers' letters, press releases, explainers and policy
briefs: shortfalls told as a reader lives them (asked for a paper copy, rejected, a
hotline unanswered, a machine out of order), faults told in the active voice (a cable
cut interrupted services), counts of fraud; a company's "about us", a brief's survey and
launch, and a rule from a day are context; a result after "Since the decree took effect"
is still a result. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "At the ward office the clerk asked me for a certified copy of my marriage certificate.",
        "His request was rejected twice because the form only takes photos under 1 MB.",
        "The helpline on the app's home page went unanswered for three days.",
        "The payment kiosk at the district hospital was out of order for a month.",
        "Addresses in the app are often out of date after a family moves.",
        "The link between the clinic's software and the insurance database is interrupted"
        " every few days.",
        "On May 3, a cable cut in Ha Giang interrupted services at 20 ward offices for six hours.",
        "About 900 mountain communes still rely on a single microwave link.",
        "Provincial police recorded 2,300 online fraud cases last year, up 9%.",
        "Six in ten small firms reported difficulty finding staff who can run the software.",
        "Of the retirees polled, 31% said they had been targeted by a phishing scam.",
        "Transaction fees of 1-2% eat into the thin margins of market traders.",
        "Some 2 million applications were still pending because people never came back to"
        " collect them.",
    ],
)
def test_a_shortfall_as_people_meet_it_is_a_limitation(sentence: str) -> None:
    assert "limitation" in [k for k, _ in kinds(sentence)]
    assert "achievement" not in [k for k, _ in kinds(sentence)]


def test_a_result_granted_before_although_and_its_shortfall_are_two_claims() -> None:
    sentence = (
        "The city has activated 5.2 million e-ID accounts, although about 600,000"
        " applications are still pending."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement", "limitation"]


def test_a_shortfall_caused_and_its_consequence_is_one_limitation() -> None:
    # what people are asked to do after ", so" is the fault's consequence, not an order
    sentence = (
        "Some pharmacies still use scanners that cannot read the chip, so customers are asked"
        " to show the paper card."
    )
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lotus Telecom is a private telecommunications group with more than 12 million"
        " subscribers in 40 provinces.",
        "The figures draw on a survey of 1,800 firms and 2,500 households in nine provinces,"
        " conducted last autumn.",
        "The report was presented at a seminar attended by some 200 officials and researchers.",
        "The announcement was made at a ceremony in Da Nang.",
        "I am 71 and happy to say I set up my level-2 VNeID account by myself.",
    ],
)
def test_context_and_a_letter_writers_pride_are_not_findings(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "From March 1, 2025, payments above VND50 million, or monthly totals above VND200"
        " million, require a face scan.",
        "From January 1, 2025, cards that have not been updated can no longer be used at"
        " the counter.",
    ],
)
def test_a_rule_from_a_day_is_context(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_result_after_since_the_rule_took_effect_is_a_result() -> None:
    sentence = (
        "Since the new decree took effect on July 1, 2024, the operator has connected all 512"
        " commune offices to the network."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_what_a_decree_does_from_the_day_it_takes_effect_is_still_context() -> None:
    assert kinds("The decree takes effect from July 1, 2025.") == []


def test_a_milestone_put_into_operation_in_the_active_voice() -> None:
    sentence = "In March, the city officially put its data control centre into operation."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_a_plan_that_targets_a_rate_is_a_target() -> None:
    sentence = "The central bank's plan targets cashless payment volume growth of 25-30% a year."
    assert [k for k, _ in kinds(sentence)] == ["target"]


def test_a_report_due_in_a_quarter_is_a_deadline() -> None:
    sentence = (
        "The bank is working with the ministry on the assessment, and the full report will be"
        " published in the third quarter of 2025."
    )
    assert kinds(sentence) == [("deadline", "2025-Q3")]


def test_found_keeps_the_letter_writers_complaint() -> None:
    body = (
        "When I went to renew my licence, the officer asked me for a printed copy of my ID card,"
        " although the card's data is already in the app."
    )
    assert [f.kind.value for f in found(body)] == ["limitation"]


def test_such_cases_after_a_fraud_are_the_frauds_counted() -> None:
    sentence = (
        "Scammers have been texting pensioners a fake VNeID link; the city police recorded 52"
        " such cases in October."
    )
    counted = [f for f in found(sentence) if "52 such cases" in f.quote]
    assert [f.kind.value for f in counted] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The chairman said the district had made steady progress in building e-government.",
        "Several indicators are still behind schedule.",
        "Some targets have not yet been met.",
    ],
)
def test_progress_and_lagging_said_in_general_are_not_findings(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_fault_and_what_staff_then_asked_is_a_limitation() -> None:
    sentence = (
        "The card reader at the commune office was out of order for ten days, and staff asked"
        " everyone to pay in cash."
    )
    assert [k for k, _ in kinds(sentence)] == ["limitation"]
