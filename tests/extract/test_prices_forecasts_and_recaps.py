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


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a report told is a claim; only "As X reported ..., " recalls an earlier one
        (
            "The ministry reported on Monday that 82 million chip ID cards had been issued.",
            "achievement",
        ),
        (
            "The State Bank reported last week that cashless payments rose 52% in 2024.",
            "achievement",
        ),
        # a fund's or a firm's own deeds and goals
        ("The digital fund has financed 45 projects in mountainous communes.", "achievement"),
        ("Telecom firm Viettel expects to cover all villages with 4G by 2025.", "target"),
        # a comparison between places at home is a finding
        (
            "Da Nang, by comparison, has connected all 56 wards to the population database.",
            "achievement",
        ),
        ("By comparison, only 12% of rural communes have fibre broadband.", "limitation"),
        # an official's plan with "could", a survey that says what it rated
        (
            "The province has digitised 90% of land records and could reach 100% by June.",
            "achievement",
        ),
        ("A survey of 8,000 users rated satisfaction with online services at 86%.", "achievement"),
        # a crowd that is a result, an allowance paid through banks
        ("The portal attracted 2 million people in its first week of operation.", "achievement"),
        (
            "Over 98% of the 12,000 beneficiaries now get their monthly allowance through banks.",
            "achievement",
        ),
        # fraud cases that rose, a fault suspended, a glitch that locked accounts
        ("The number of fraud cases doubled in the first half of 2024.", "limitation"),
        ("The national portal was suspended 3 times in January due to overload.", "limitation"),
        (
            "The bank mistakenly locked 12,000 accounts after a glitch in its face check.",
            "limitation",
        ),
    ],
)
def test_claims_the_context_rules_leave_alone(sentence: str, kind: str) -> None:
    assert kind in [found_kind for found_kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 500,000 users have quit using cash for daily purchases.",
        "The province has connected 1,500 households that previously lacked internet access.",
        "Residents who cannot open the app can still use their chip ID card at the counter.",
        "Two years ago, most seniors did not know how to use the app, but today 80% use it.",
        "Attacks blocked by the monitoring system numbered more than 2 million last year.",
    ],
)
def test_a_trouble_word_in_a_result_or_a_past_baseline_is_no_shortfall(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]
