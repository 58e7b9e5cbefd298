"""What reads like a claim and is context: a baseline announced, a price list, an event's
crowd, a survey's sample, an earlier report recalled, a speculation or another's forecast,
another country introduced with "In"; and what catching a fraud and seniors' troubles
are (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "For comparison, the portal handled about 40 million files in 2021.",
        "Before the change, about 2 million shops paid a fixed tax.",
        "Renting a server rack at the centre is listed at 25 million VND a month.",
        "Providers charge from 250,000 VND to 1.5 million VND a year for a signing certificate.",
        "Residents over 80 with no pension receive a monthly allowance of 500,000 VND.",
        "A training session at the cultural house last week drew 120 seniors.",
        "A survey of 2,000 adults published last year estimated that scams cost USD 1 billion.",
        "As the paper reported in March, the ministry had then asked provinces to hurry.",
        "The province's data market could be worth 2 billion USD by 2030.",
        "Research firm DataNext forecasts the market to grow by 18% a year until 2030.",
        "The Population Fund projects that the share will reach 20% by 2040.",
        "In Japan, where nearly 30% of people are over 65, offices run help desks.",
    ],
)
def test_context_that_reads_like_a_claim_is_no_finding(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence) if kind != "directive"] == []


def test_a_survey_that_says_what_it_found_is_a_claim() -> None:
    sentence = "A survey of 900 households found that only 35% had paid by QR code."
    assert kinds(sentence) == [("limitation", None)]


def test_shops_that_still_charge_a_fee_are_a_shortfall() -> None:
    assert kinds("Many clinics still charge a fee of 20,000 VND a page for copies.") == [
        ("limitation", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police blocked or took down 3,100 fraudulent websites this year.",
        "Carriers have locked 12 million SIM cards whose details did not match the database.",
    ],
)
def test_frauds_caught_are_a_result(sentence: str) -> None:
    assert kinds(sentence) == [("achievement", None)]


def test_a_goal_to_cut_fraud_cases_is_a_target() -> None:
    assert kinds("The ministry also aims to cut the number of online fraud cases by 30%.") == [
        ("target", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "More than half, 55%, said they needed a relative to open the app each time.",
        "Many older users have locked themselves out of the app.",
        "Of the 240 volunteers, 21 have already dropped out.",
        "About 20% of residents over 70 use basic phones that cannot run the app.",
        "Cyberattacks on the province's systems numbered 412 over the same period.",
        "Half of the commune offices lacked up-to-date network maps.",
        "About 46% of shop owners did not know how to issue an e-invoice.",
        "The tax portal slowed to a crawl for about six hours.",
        "Forgotten passcodes remain the most common problem.",
    ],
)
def test_troubles_told_in_other_words_are_limitations(sentence: str) -> None:
    assert kinds(sentence) == [("limitation", None)]
