"""Lookalikes of the rules for goal headings, unfinished work, proposals, plans after a
result, fraud, incidents, flat levels, paper, baselines, notes, rules for whoever fails,
foreign investors, consequences and dates: each reads as what it is, not as the rule's
kind. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.article_date import reported_year
from tests.extract.genre import kinds, kinds_only


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


# The second review's cases: lookalikes of the rules from real sets K to N.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a target met is a result, a list of work done is no list of tasks
        (
            "The ward managed to meet the target of 100% of dossiers processed on time.",
            ["achievement"],
        ),
        # the day an order was given is not its due date
        (
            "The People's Committee asked the Department of Health on March 5 to speed up "
            "the rollout of e-prescriptions.",
            ["directive"],
        ),
        # an order given with "assigned tasks to all departments to ..." is still one
        (
            "The city assigned tasks to all departments to complete data cleaning by the end "
            "of May.",
            ["deadline"],
        ),
        # a forum's day is the forum's
        (
            "Experts will propose solutions to speed up cashless payments at the forum on "
            "March 20.",
            [],
        ),
        # the common way of tasking: "tasked X with doing ... before a day"
        (
            "The chairman tasked the Department of Construction with completing the land "
            "portal before October 10.",
            ["deadline"],
        ),
        # a plan's level named with its period
        (
            "Labour productivity is due to increase by over 7.5% a year in the 2026-2030 period.",
            ["target"],
        ),
        # a programme's span is no due date; a safeguard and a rule are no shortfalls
        ("The programme will be implemented from 2025 until 2030.", []),
        ("Electronic medical records can only be accessed by authorised doctors.", []),
        ("Late fees will be waived for tax declarations that are 30 days overdue.", []),
        (
            "Nearly 300 dossiers at the district land registration office are two weeks overdue.",
            ["limitation"],
        ),
        # a cause named beside the announcement stands
        (
            "These limitations stem from various causes, mainly the lack of funding for "
            "commune-level IT systems.",
            ["limitation"],
        ),
        # a rule beside a gap told: the gap stands
        (
            "Decree 13 stipulates that data controllers must report breaches within 72 hours, "
            "but 40% of firms surveyed have not done so.",
            ["limitation"],
        ),
        # two items sharing one date are one task
        (
            "The plan set out solutions including reviewing procedures and cutting fees by "
            "June and upgrading the portal by September.",
            ["deadline", "deadline"],
        ),
    ],
)
def test_the_second_reviews_lookalikes(sentence: str, expected: list[str]) -> None:
    assert [kind for kind, _ in kinds(sentence)] == expected


def test_a_share_affected_is_no_plans_level() -> None:
    kinds_of = [k for k, _ in kinds("About 35% of small shops will be affected by the new rules.")]
    assert "target" not in kinds_of


def test_a_claim_told_after_an_occasion_keeps_its_line() -> None:
    from briefing.extract.statements import statement_of_quote

    line = statement_of_quote(
        "At the ceremony on March 5, 2025, 45 new smart kiosks were handed over to communes, "
        "Chairman Tran Van A said."
    )
    assert "45 new smart kiosks" in line


def test_a_plan_of_the_past_is_no_horizon() -> None:
    assert (
        reported_year("The bridge was to be completed in 2023 but was only finished in May 2024.\n")
        == 2024
    )
