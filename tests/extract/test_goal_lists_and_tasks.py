"""A plan's goals listed after a colon, its tasks counted or left unfinished, a task told
with what it is for, an order given in the active voice, and a due day that is a horizon
for the article's year; each beside a lookalike that stays what it was. Sentences
written here."""

from __future__ import annotations

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.statements import statement_of_quote
from tests.extract.genre import found, kinds


def test_each_item_after_a_goals_colon_is_a_target() -> None:
    sentence = (
        "The district strives to: 100% of residents are identified electronically at the "
        "one-stop desk; 95% of records are created and shared as electronic data; 100% of "
        "procedures are simplified."
    )
    assert kinds(sentence) == [("target", None)] * 3


def test_a_goal_headings_date_dates_its_items() -> None:
    sentence = (
        "By 2026, the city aims for the following: 90% of households use cashless payments; "
        "80% of adults have a digital signature."
    )
    assert kinds(sentence) == [("target", "2026"), ("target", "2026")]


def test_results_after_a_colon_stay_results() -> None:
    sentence = (
        "Results in 2024 were as follows: 100% of communes have fibre; 70% of adults use e-wallets."
    )
    assert "target" not in [kind for kind, _ in kinds(sentence)]


def test_a_shortfalls_heading_holds_for_every_item_after_its_colon() -> None:
    sentence = (
        "The province missed two targets: only 40% of communes have fibre; 25% of clinics "
        "keep electronic records."
    )
    assert [kind for kind, _ in kinds(sentence)] == ["limitation", "limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "5 tasks remain unfinished.",
        "The province still has 5 unfinished tasks.",
        "4 of the plan's 30 tasks are still uncompleted.",
    ],
)
def test_work_left_unfinished_is_a_limitation(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


def test_unfinished_work_completed_is_a_result() -> None:
    assert kinds("The district completed 12 unfinished tasks from last year.") == [
        ("achievement", None)
    ]


def test_a_plans_tasks_counted_in_a_list_are_no_findings() -> None:
    sentence = (
        "Of which, there are 4 unfinished tasks carried over from 2023, 8 general "
        "implementation tasks and 30 key tasks."
    )
    got = found(sentence)
    assert [f.kind.value for f in got] == ["limitation"]
    assert "unfinished" in got[0].quote


def test_praise_for_a_count_of_tasks_is_no_finding() -> None:
    assert (
        kinds(
            "The deputy minister praised the province for its achievements in the 12 key "
            "tasks set for the year."
        )
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # what the task is for, told after it, makes it no level to reach
        "He set out a roadmap to complete data integration by December 31, 2025, aiming to "
        "speed up the issuance of civil status papers.",
        # an order given in the active voice
        "Among the key tasks for implementation in 2025, the Prime Minister has assigned the "
        "Ministry of Health to finalise the electronic health record database.",
        # a part in a task shared, dated
        "The ministry is to coordinate with the provinces to complete the accounts of all "
        "cooperatives by July 1.",
        # an agreement with its completion targeted
        "The two agencies have reached an agreement to install biometric gates at all border "
        "posts, targeting completion by September.",
    ],
)
def test_a_dated_task_is_a_deadline(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["deadline"]


def test_an_aim_to_complete_by_a_date_is_still_a_target() -> None:
    assert kinds("The city aims to complete data integration by December 31, 2025.") == [
        ("target", "2025-12-31")
    ]


def test_a_due_day_is_a_horizon_not_a_reported_year() -> None:
    text = (
        "The city reviewed the 19 key tasks set for 2024.\n"
        "The minister set out a roadmap to complete data integration by December 31, 2025, "
        "aiming to speed up the issuance of papers.\n"
    )
    assert reported_year(text) == 2024


def test_a_line_is_not_cut_to_a_head_with_no_verb() -> None:
    quote = (
        "Circular 15 on electronic health records, in force since March 1, is a first step, "
        "but most district hospitals still have no way to share files with the clinics they "
        "refer patients to"
    )
    assert statement_of_quote(quote) == (
        "Circular 15 on electronic health records, in force since March 1, is a first step"
    )


def test_a_plan_issued_with_its_tasks_counted_is_no_finding() -> None:
    assert kinds("The working group has just issued a plan to implement 36 tasks in 2024.") == []


def test_tasks_carried_over_from_a_year_date_the_article_after_it() -> None:
    text = (
        "Of which, there are 4 unfinished tasks carried over from 2023 and 30 key tasks.\n"
        "By 2024, the province strives to have 100% of procedures online.\n"
    )
    assert reported_year(text) == 2024


def test_a_programme_start_is_still_a_horizon() -> None:
    assert reported_year("The programme runs from 2027 to 2030.\n") is None


@pytest.mark.parametrize(
    "quote",
    [
        'The Steering Committee for the "Project on developing applications of population '
        "data, identification and electronic authentication for national digital "
        'transformation in 2022 - 2025, with a vision to 2030" (referred to as Project 06) of '
        "Nam Dinh province has issued a plan with 36 tasks for 2024",
        "The Steering Committee of Project 06 (the Project on developing applications of "
        "population data, identification and electronic authentication for national digital "
        "transformation in 2022 - 2025, with a vision to 2030) of Nam Dinh province has "
        "issued a plan with 36 tasks for 2024",
    ],
)
def test_a_programme_is_named_by_the_name_it_goes_by(quote: str) -> None:
    line = statement_of_quote(quote)
    assert "Project 06 of Nam Dinh province has issued a plan with 36 tasks for 2024" in line
    assert "vision" not in line and not line.endswith("…")


def test_a_result_then_the_same_subjects_plan_are_two_claims() -> None:
    got = kinds(
        "The operator has reported more than 2.5 million active users and plans to add a "
        "further 8,000 base stations."
    )
    assert [kind for kind, _ in got] == ["achievement", "target"]


def test_a_result_told_in_a_participle_then_a_goal_are_two_claims() -> None:
    got = found(
        "Having already surpassed four million subscribers, the carrier has set its sights "
        "on reaching seven million this year."
    )
    assert [(f.kind.value, f.due) for f in got] == [("achievement", None), ("target", "2025")]
    assert got[0].quote.startswith("Having already surpassed four million subscribers")


def test_a_participle_with_no_goal_after_it_stays_one_claim() -> None:
    assert len(kinds("Having connected 40 communes, the district connected 12 schools.")) == 1


def test_proposed_tasks_listed_with_their_dates_are_deadlines_each() -> None:
    got = kinds(
        "The city has proposed several urgent solutions such as moving all ward service "
        "points to the city centre in November 2025, allocating funds to upgrade offices "
        "before November 30, 2025, turning the city app into a super app by Q4 2026, and "
        "opening the city data centre from December 2025."
    )
    # the last is told from a start, so it has no due date of its own: no deadline
    assert got == [
        ("deadline", "2025-11"),
        ("deadline", "2025-11-30"),
        ("deadline", "2026-Q4"),
        ("directive", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # two items, one comma
            "The department listed measures including finishing the land register in June "
            "2025, and opening the tax kiosk by the end of the third quarter.",
            [("deadline", "2025-06"), ("deadline", "2025-Q3")],
        ),
        (  # two items joined by "and" alone
            "The ward proposed solutions such as scanning all paper files in August 2025 and "
            "training its staff before September 15, 2025.",
            [("deadline", "2025-08"), ("deadline", "2025-09-15")],
        ),
        (  # two tasks sharing one date are one
            "The ward proposed solutions such as scanning all paper files and training its "
            "staff before September 15, 2025.",
            [("deadline", "2025-09-15")],
        ),
    ],
)
def test_two_dated_tasks_listed_are_two_deadlines(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(sentence) == expected


def test_a_dated_deed_the_subject_will_do_is_a_deadline() -> None:
    got = kinds(
        "The province will transfer all ward service points to the provincial centre in "
        "November 2025."
    )
    assert got == [("deadline", "2025-11")]


def test_a_span_with_its_end_is_due_at_its_end() -> None:
    """A deed to come over a span ("from March 1 to before March 31") is due at its end;
    a start alone ("from July 1, the police will issue ...") is no due date."""
    assert kinds(
        "The 20-day drive to scan the ward's paper records will be carried out from April 1 "
        "to before April 20, 2025."
    ) == [("deadline", "2025-04-20")]
    assert kinds("The drive will be carried out from April 1 to May 15, 2025.") == [
        ("deadline", "2025-05-15")
    ]
    assert kinds("From April 1, 2025, the ward will issue records online.") == []
    # a programme's span of years is its period, and work in general over a year no task
    assert kinds("The plan will run from 2021 to 2026 across the province.") == []
    assert [k for k, _ in kinds("The digital plan will be implemented in 2026.")] != ["deadline"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed to come on a day: due that day (the article's year when none is told)
        (
            "The district will switch on its cashless payment system for school fees on "
            "September 5.",
            [("deadline", "2025-09-05")],
        ),
        (
            "The ward will launch its online dossier kiosk on 12 June 2026.",
            [("deadline", "2026-06-12")],
        ),
        # a day that is another's: the speech's, the meeting's, a result's
        (
            "The city will take the lead in cashless payments, the chairman said at a "
            "review on April 2.",
            [("directive", None)],
        ),
        (
            "At the session on March 3, the chairman asked wards to finish scanning "
            "records by June 30.",
            [("deadline", "2025-06-30")],
        ),
        ("On March 3, the ward launched its online dossier kiosk.", [("achievement", None)]),
    ],
)
def test_a_deed_to_come_on_a_day(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference will open on November 20, 2025 in Hanoi.",
        "The trade fair will take place in Da Nang in October 2025.",
        "The summit is scheduled to open on May 21 in Hanoi.",
        "In my view, the law matters more than the next ten million accounts.",
    ],
)
def test_an_event_to_come_or_an_opinion_is_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The inauguration of the provincial data centre was held on May 18 in Da Nang.",
        "The centre covers 12 hectares, and the first in the region to be certified at "
        "the top tier for security.",
    ],
)
def test_an_opening_held_or_a_first_told_beside_its_subject_is_a_result(sentence: str) -> None:
    assert "achievement" in [kind for kind, _ in kinds(sentence)]


def test_a_groundbreaking_is_no_result() -> None:
    assert (
        kinds("The groundbreaking ceremony of the provincial data centre was held on May 5.") == []
    )


def test_a_count_to_reach_said_in_words_is_a_target() -> None:
    assert kinds("The ministry is planning to build two more data centres.") == [("target", None)]
    # with no count, a plan is a directive
    assert kinds("The ministry is planning to build more data centres.") == [("directive", None)]


def test_a_quarter_ahead_is_a_horizon_and_a_quarter_past_is_reported() -> None:
    ahead = (
        "Hanoi has completed 98 of 187 tasks assigned in 2025.\n"
        "The city will turn its app into a super app by Q4 2026.\n"
    )
    assert reported_year(ahead) == 2025
    assert reported_year("In the first quarter of 2024, 300 clinics were connected.\n") == 2024


def test_a_start_is_not_a_year_the_article_reports() -> None:
    text = (
        "Since its launch in October 2020, the platform has handled more than 1.3 billion "
        "transactions.\n"
    )
    assert reported_year(text) is None
    assert reported_year(text + "In 2023 alone, it handled 400 million.\n") == 2023


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "is to" a deed, with its date
        (
            "The post office is to install card readers at all 26 ward offices before October 31.",
            [("deadline", "2025-10-31")],
        ),
        (
            "The city will relocate its records archive to the new centre in May 2025.",
            [("deadline", "2025-05")],
        ),
        # the subject moving itself is no deed of the briefing's
        ("The department will relocate to a new building in May 2025.", []),
    ],
)
def test_a_deed_told_as_what_is_to_be_done(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an order's day
        (
            "The chairman has tasked the department with taking all steps to put the land "
            "portal into operation on October 10.",
            [("deadline", "2025-10-10")],
        ),
        # a deed after a study, and a passive deed told with two verbs
        (
            "The department will also study and set up a data unit within the centre by June.",
            [("deadline", "2025-06")],
        ),
        (
            "The portal will be tested and officially launched on October 10.",
            [("deadline", "2025-10-10")],
        ),
    ],
)
def test_deeds_ordered_or_to_come_with_their_day(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(sentence) == expected


def test_prior_to_a_day_is_a_due_date() -> None:
    assert kinds("Wards must finish scanning their records prior to October 1, 2025.") == [
        ("deadline", "2025-10-01")
    ]


def test_a_deed_due_in_the_later_of_two_quarters() -> None:
    """ "In the first and second quarter of this year, the ministry will propose ...": due
    at the end of the second."""
    assert kinds(
        "In the first and second quarter of this year, the ministry will propose the funds "
        "for the data centre."
    ) == [("deadline", "2025-Q2")]
