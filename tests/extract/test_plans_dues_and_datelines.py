"""Goals, tasks and their dates: plans told with "would", a task and the level it is to
ensure, a goal then how short of it things stand, days targeted, signed or slated, a
goal's list and where it ends, and the datelines a page prints. Sentences written here,
each beside a lookalike that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.extracted import statement_of
from briefing.extract.stamped_days import update_line
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus
from tests.extract.genre import dated_kinds, kinds_only

EXTRACTOR = load_extractor(bundled_corpus() / "data")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By 2028, the city would become the region's leading data hub.", [("target", "2028")]),
        (
            "The plan says e-commerce would make up 25% of retail sales in 2027.",
            [("target", "2027")],
        ),
        (
            "By 2026, the province would finish building its shared data centre.",
            [("deadline", "2026")],
        ),
    ],
)
def test_a_plan_told_with_would_and_a_later_horizon_is_a_goal(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_kinds(sentence, date(2023, 4, 2)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The new kiosks would save residents VND 40 billion a year.",
        "Without the reform, the backlog would have reached 9,000 files.",
    ],
)
def test_a_would_with_no_horizon_is_no_goal(sentence: str) -> None:
    assert not {kind for kind, _ in dated_kinds(sentence, date(2023, 4, 2))} & {
        "target",
        "deadline",
    }


def test_a_time_stamp_with_seconds_before_the_day_is_a_printed_date() -> None:
    page = "Ward portal opens\n\n08:14:52 PM | 21/9/2023\n\nThe ward opened its portal.\n"
    assert update_line(page) == ("2023-09-21", "08:14:52 PM | 21/9/2023")


def test_a_first_line_with_a_full_stop_is_the_leads_sentence_not_a_headline() -> None:
    page = (
        "The Smart Ward app now has over 31,000 users and 9,000 daily visits.\n"
        "The figures were given at a training session in the ward.\n\n"
        "Source: https://example.vn/smart-ward-app-31000-users-1.html\n"
    )
    items = EXTRACTOR.extract(page, date(2024, 8, 1), dated=True)
    assert [i.quote for i in items] == [
        "The Smart Ward app now has over 31,000 users",
        "9,000 daily visits.",
    ]


def test_a_short_headline_without_a_full_stop_is_still_no_finding() -> None:
    page = "Smart Ward app reaches 31,000 users\n\nThe ward has trained 120 staff to use it.\n"
    items = EXTRACTOR.extract(page, date(2024, 8, 1), dated=True)
    assert [i.quote for i in items] == ["The ward has trained 120 staff to use it."]


def test_a_task_and_the_level_it_is_to_ensure_are_two_claims_with_their_own_dates() -> None:
    assert dated_kinds(
        "Wards must send their scanning schedules before May 15, ensuring that by the end of "
        "2026, 85% of dossiers are filed online.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-05-15"), ("target", "2026")]


def test_a_task_ensuring_an_undated_level_stays_one_task() -> None:
    assert dated_kinds(
        "Wards must send their scanning schedules before May 15, ensuring that 85% of dossiers "
        "are filed online.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-05-15")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Da Nang targets June 15 for the full handover of its land records to the wards.",
            [("deadline", "2026-06-15")],
        ),
        (
            "The ward targets June 30 for 90% of dossiers to be filed online.",
            [("target", "2026-06-30")],
        ),
        ("The city targets 80% of households by 2027.", [("target", "2027")]),
    ],
)
def test_a_day_targeted_for_a_deed_is_its_due(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_kinds(sentence, date(2026, 3, 2)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Build a dashboard to track the implementation of targets, goals and tasks before "
        "August 20, 2026.",
        "Complete the review of the plan's targets before August 20, 2026.",
    ],
)
def test_a_deed_about_goals_is_a_task_not_a_goal(sentence: str) -> None:
    assert dated_kinds(sentence, date(2026, 3, 2)) == [("deadline", "2026-08-20")]


def test_a_goal_named_as_such_is_still_a_goal() -> None:
    assert dated_kinds("The city's goal is 95% cashless fees by June 2026.", date(2026, 3, 2)) == [
        ("target", "2026-06")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Carriers must bring fibre to 95% of hamlets in 2027 (so far only 61%).",
            [("target", "2027"), ("limitation", None)],
        ),
        (
            "The share of cashless fees must reach 85% in 2027, while it is currently only 38%.",
            [("target", "2027"), ("limitation", None)],
        ),
        (
            "Carriers must bring fibre to 95% of hamlets in 2027 (up from 70% planned before).",
            [("target", "2027")],
        ),
    ],
)
def test_a_goal_then_how_short_of_it_things_stand_is_two_claims(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_kinds(sentence, date(2026, 3, 2)) == expected


def test_the_shortfall_after_a_goal_is_quoted_without_its_closing_bracket() -> None:
    items = EXTRACTOR.extract(
        "Plan\nCarriers must bring fibre to 95% of hamlets in 2027 (so far only 61%).\n",
        date(2026, 3, 2),
        dated=True,
    )
    assert [i.quote for i in items] == [
        "Carriers must bring fibre to 95% of hamlets in 2027",
        "so far only 61%",
    ]


def test_a_strategys_vision_for_a_year_is_a_horizon_not_a_year_reported() -> None:
    text = (
        "Under the Data Strategy to 2026, with a vision for 2035, the share of adults "
        "using e-signatures should exceed 60%.\n"
    )
    assert reported_year(text) is None
    assert reported_year("In 2023, the province issued 9,000 e-signatures. " + text) == 2023


def test_what_is_expected_by_a_date_is_a_promise() -> None:
    assert dated_kinds(
        "It is expected that every household in the ward receives a QR address plate by "
        "September 1.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-09-01")]
    assert dated_kinds("It is expected that online sales keep rising.", date(2026, 3, 2)) == []


def test_the_day_a_plan_was_signed_is_no_due_of_its_goals() -> None:
    found = dated_kinds(
        "In March 2026, the chairman signed a plan under which the ward strives to have 90% "
        "of fees paid online.",
        date(2026, 3, 20),
    )
    assert found == [("target", None)]
    assert dated_kinds(
        "In June 2026, the ward must issue its payment plan.", date(2026, 3, 20)
    ) == [("deadline", "2026-06")]


def test_anothers_task_after_while_is_still_a_task() -> None:
    assert dated_kinds(
        "The ward must scan its civil records before the end of May, while the police are "
        "to fix the 2,400 wrong addresses by July 31, 2026.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-05"), ("deadline", "2026-07-31")]


def test_a_wires_day_and_place_before_the_lead_is_the_printed_date() -> None:
    page = (
        "Cashless fees rise in the delta\n\n"
        "4-9-2024 (CAN THO) Some 90% of schools in the city now take fees online.\n"
    )
    assert update_line(page) == ("2024-09-04", "4-9-2024 (CAN THO)")
    (item,) = EXTRACTOR.extract(page, date(2024, 9, 4), dated=True)
    assert statement_of(item).startswith("Some 90% of schools")


def test_results_told_as_they_stand_now_end_a_goals_list() -> None:
    text = (
        "Ward e-payments\n\n"
        "The city has set a target to make cashless payments 60% of all fees by 2027.\n"
        "Over 45 percent of households now hold a payment account.\n"
        "Card payments rose by 12 percent in the first half of this year.\n"
    )
    items = EXTRACTOR.extract(text, date(2026, 8, 1), dated=True)
    assert [(i.kind.value, i.due) for i in items] == [
        ("target", "2027"),
        ("achievement", None),
        ("achievement", None),
    ]


def test_a_goal_told_as_also_due_then_takes_the_last_due() -> None:
    text = (
        "Ward e-payments\n\n"
        "The city wants 70 percent of residents to pay fees online by 2027. That is also "
        "when it wants 40% of market stalls to take QR codes.\n"
    )
    items = EXTRACTOR.extract(text, date(2026, 8, 1), dated=True)
    assert [(i.kind.value, i.due) for i in items] == [("target", "2027"), ("target", "2027")]


def test_the_rests_effort_after_a_result_makes_it_no_goal() -> None:
    assert kinds_only(
        "All 24 district clinics have moved to e-records, with the remaining clinics striving "
        "to finish by the deadline."
    ) == ["achievement"]
    assert dated_kinds(
        "The ward strives to have 95% of fees paid online, with the remaining stalls working "
        "to switch by June.",
        date(2026, 3, 2),
    ) == [("target", "2026-06")]


def test_the_levels_a_plan_sets_after_its_semicolons_are_its_goals() -> None:
    text = (
        "Ward plan\n\n"
        "The ward's digital plan in 2026, issued in early March, sets the target of 100% of "
        "offices sending papers online; 60% of fees paid without cash; over 40% of shops "
        "selling online.\n"
    )
    items = EXTRACTOR.extract(text, date(2026, 3, 20), dated=True)
    assert [(i.kind.value, i.due) for i in items] == [("target", "2026")] * 3


def test_a_goal_set_with_no_level_is_no_target() -> None:
    assert "target" not in kinds_only(
        "The resolution sets the goal of creating new growth across the city's economic pillars."
    )


def test_a_deed_slated_for_completion_on_a_date_is_a_task() -> None:
    assert dated_kinds(
        "The shared data centre is slated for completion in October 2026.", date(2026, 3, 2)
    ) == [("deadline", "2026-10")]
    assert kinds_only(
        "The data centre was slated for completion in 2024 but is still unfinished."
    ) == ["limitation"]


def test_a_vietnamese_portals_weekday_dateline_is_the_printed_date() -> None:
    page = "Thứ 3, Ngày 08/07/2025, 14:30\nWard portal opens\n\nThe ward opened its portal.\n"
    assert update_line(page) == ("2025-07-08", "Thứ 3, Ngày 08/07/2025")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By 2027, the ward will digitize the land files of all its hamlets.",
            [("deadline", "2027")],
        ),
        ("By 2027, the ward will digitize 90% of its land files.", [("target", "2027")]),
        ("By 2030, the ward will become a model of paperless service.", [("target", "2030")]),
    ],
)
def test_a_dated_deed_to_come_is_a_task_and_a_level_or_a_state_a_goal(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_kinds(sentence, date(2026, 3, 2)) == expected


def test_what_is_crucial_to_do_by_a_date_is_a_task() -> None:
    assert dated_kinds(
        "It is crucial to finish scanning the land files of the 14 wards in 2026.",
        date(2026, 3, 2),
    ) == [("deadline", "2026")]
    assert dated_kinds("It is essential to raise residents' digital skills.", date(2026, 3, 2)) == [
        ("directive", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a run's item told as things stand is a claim of its own kind
        (
            "The plan sets the target of 85% of adults holding e-IDs by 2027; 38% of adults "
            "still lack one.",
            [("target", "2027"), ("limitation", None)],
        ),
        # a passive "was completed during" opens no run
        (
            "The portal upgrade was completed during 2025; planning for the next phase goes on.",
            [("achievement", None)],
        ),
        # a future task that opens with its date keeps it
        (
            "By June 2026, all ward permits must be issued electronically.",
            [("deadline", "2026-06")],
        ),
        # a city to become is a goal, not a deed
        ("By 2030, the city will develop into a regional data hub.", [("target", "2030")]),
        # a possessive goal is a goal
        ("The ward's target is to bring all its services online by 2027.", [("target", "2027")]),
        # an exception inside a goal is no shortfall
        ("Permits must be issued within 5 days (only 2 days for firms).", [("directive", None)]),
        (
            "The share must reach 85% in 2027, while it is currently just 38%.",
            [("target", "2027"), ("limitation", None)],
        ),
        # a plan unveiled with its date is a goal to come, not a milestone
        ("The province unveiled a plan to build a data centre by 2028.", [("target", "2028")]),
    ],
)
def test_the_reviews_lookalikes_of_this_rounds_dated_rules(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_kinds(sentence, date(2026, 3, 2)) == expected


def test_a_baseline_told_aside_does_not_end_a_goals_list() -> None:
    text = (
        "Ward plan\n\n"
        "The plan sets the goal that by 2030 the digital economy reaches 30% of GRDP.\n"
        "The number of digital firms, currently about 900, reaches 1,500.\n"
    )
    items = EXTRACTOR.extract(text, date(2026, 3, 2), dated=True)
    assert [(i.kind.value, i.due) for i in items] == [("target", "2030"), ("target", "2030")]
