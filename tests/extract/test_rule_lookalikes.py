"""Lookalikes of the rules for goal headings, unfinished work, proposals, plans after a
result, fraud, incidents, flat levels, paper, baselines, notes, rules for whoever fails,
foreign investors, consequences and dates: each reads as what it is, not as the rule's
kind. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.article_date import reported_year
from tests.extract.genre import kinds


def kinds_only(sentence: str) -> list[str]:
    return [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # results told against a plan's targets stay results
        (
            "Results against the targets: 92% of dossiers were processed online; 75% of "
            "adults used e-wallets.",
            ["achievement", "achievement"],
        ),
        # a result after a goal's items is not one of them
        (
            "The targets are: 70% of firms use e-invoices by 2026; meanwhile, the province "
            "has already connected 20 databases.",
            ["target", "achievement"],
        ),
        # unfinished work since completed is a result
        ("All 15 tasks left unfinished last year have now been completed.", ["achievement"]),
        ("The district finished the 4 uncompleted tasks carried over from 2024.", ["achievement"]),
        # an adviser's proposal sets no one a task
        (
            "Experts proposed solutions such as taxing cross-border platforms by 2026, and "
            "raising fees by 2027.",
            [],
        ),
        # a result, then a plan of the same subject
        (
            "VNPT has connected 3,000 schools and is planning to connect 2,000 more in 2026.",
            ["achievement", "target"],
        ),
        # training to spot fraud, and fraud losses cut, are results
        (
            "Over 90% of civil servants have received training on how to spot fake websites.",
            ["achievement"],
        ),
        ("The loss from fraud has been reduced by 40% this year.", ["achievement"]),
        (
            "One in every 150 smartphone users fell victim to online fraud last year.",
            ["limitation"],
        ),
        # a drill's attacks are no incident
        ("The drill recorded 250 simulated attacks, all of which were repelled.", ["achievement"]),
        # a price that did not move is no shortfall; a use that did not is one
        ("Online payment use in rural communes remained flat at 18%.", ["limitation"]),
        # a backlog of paper records is a shortfall, not paper no longer collected
        (
            "The district has not collected paper records from 40% of its communes for "
            "digitisation.",
            ["limitation"],
        ),
        # a year long past with a result up to now is the article's finding
        (
            "In 2021, the province launched its operations centre, which has since handled 2 "
            "million requests.",
            ["achievement"],
        ),
        (
            "Three years ago, the province began digitising land records, and 85% of them "
            "have been completed.",
            ["achievement"],
        ),
        # data collected, with what they show, is a finding
        (
            "The data were collected from 2.1 million households and show that 78% use e-wallets.",
            ["achievement"],
        ),
        # departments that failed are a shortfall told, not a rule for whoever fails
        (
            "Three departments that failed to meet the 2024 target of 90% were named at the "
            "meeting.",
            ["limitation"],
        ),
        # investors from abroad in the province are the province's finding
        (
            "Investors from Singapore, Japan and Korea lead the province's data centre "
            "projects, with 12 projects worth $1.5 billion.",
            ["achievement"],
        ),
        # a new fault named with "this" is a shortfall of its own
        ("This old software is hindering data sharing between offices.", ["limitation"]),
        # a place's people in words are no result
        ("The province has about three million people and covers 6,000 square kilometres.", []),
    ],
)
def test_a_rules_lookalike_reads_as_what_it_is(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By June 30, 2024, the province had connected 40 databases.\n",
        "By Q4 2024, the city had connected 300 clinics.\n",
        "By the second half of 2024, 70% of adults had used the app.\n",
    ],
)
def test_a_day_a_result_was_measured_by_is_a_reported_year(text: str) -> None:
    assert reported_year(text) == 2024


def test_a_thing_assigned_to_people_is_no_order() -> None:
    """ "assigned X to Y" is an order only when Y is what to do ("assigned the department to
    finish ..."), not who got it ("assigned ID numbers to all newborns")."""
    assert kinds("The police have assigned ID numbers to all newborns since 2023.") == []
    assert kinds("The chairman assigned the ward to finish the review by April 2025.") == [
        ("deadline", "2025-04")
    ]


def test_an_event_told_with_what_it_brought_is_a_result() -> None:
    assert kinds("The tech fair was held online, generating VND 2 trillion in sales.") == [
        ("achievement", None)
    ]
    assert kinds("The tech fair was held online on May 5.") == []
