"""Results told in the plain past, breakdowns that name who took part, and plans told
with "would": sentences written here, each beside a lookalike that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.extracted import statement_of
from briefing.extract.stamped_days import update_line
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus
from tests.extract.genre import found, kinds_only

EXTRACTOR = load_extractor(bundled_corpus() / "data")


def _dated(body: str, on: date) -> list[tuple[str, str | None]]:
    items = EXTRACTOR.extract(f"The city's plan\n{body}\n", on, dated=True)
    return [(i.kind.value, i.due) for i in items]


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier launched its third and fastest submarine cable last spring.",
        "In March the city launched the Smart Ward app for residents.",
        "The ministry symbolically launched the national land data system.",
        "Early this year, the province launched four platforms to help farmers sell online.",
        "All districts completed connecting their dossier systems in May 2023.",
    ],
)
def test_a_system_launched_or_a_task_completed_in_the_plain_past_is_a_result(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province launched a campaign to promote cashless payments.",
        "The union launched an emulation movement among its members.",
        "The district has not yet launched the payment app.",
        "The district has not completed connecting its dossier systems.",
    ],
)
def test_a_campaign_launched_or_a_task_not_completed_is_no_result(sentence: str) -> None:
    assert "achievement" not in kinds_only(sentence)


def test_delegates_counted_in_a_results_breakdown_are_part_of_the_result() -> None:
    assert kinds_only(
        "Some 41,500 residents have received the new cards so far, including 2,210 delegates "
        "to the provincial congress."
    ) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The expo drew 3,400 delegates and 120 exhibitors from nine countries.",
        "The summit, with 1,250 delegates, heard 30 speeches on data.",
    ],
)
def test_an_events_size_is_still_no_claim(sentence: str) -> None:
    assert kinds_only(sentence) == []


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
    assert _dated(sentence, date(2023, 4, 2)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The new kiosks would save residents VND 40 billion a year.",
        "Without the reform, the backlog would have reached 9,000 files.",
    ],
)
def test_a_would_with_no_horizon_is_no_goal(sentence: str) -> None:
    assert not {kind for kind, _ in _dated(sentence, date(2023, 4, 2))} & {"target", "deadline"}


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
    assert _dated(
        "Wards must send their scanning schedules before May 15, ensuring that by the end of "
        "2026, 85% of dossiers are filed online.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-05-15"), ("target", "2026")]


def test_a_task_ensuring_an_undated_level_stays_one_task() -> None:
    assert _dated(
        "Wards must send their scanning schedules before May 15, ensuring that 85% of dossiers "
        "are filed online.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-05-15")]


def test_each_deed_of_a_run_told_completed_is_a_result() -> None:
    text = (
        "Last year the district completed moving 96% of its dossiers online; installing "
        "kiosks at 14 ward offices; putting into operation the shared records system; 100% "
        "of staff meetings were held without paper."
    )
    assert _dated(text, date(2024, 2, 1)) == [("achievement", None)] * 4


def test_a_run_told_not_completed_gives_no_result() -> None:
    text = (
        "The district has not completed moving its dossiers online; installing kiosks at the "
        "ward offices; putting the shared records system into operation."
    )
    assert "achievement" not in {kind for kind, _ in _dated(text, date(2024, 2, 1))}


@pytest.mark.parametrize(
    "sentence",
    [
        "In many communes, the switch to digital records remains superficial.",
        "There are still 4 groups of slow-progress tasks, including: land data and kiosks.",
        "Many traders have encountered issues when their shop codes failed to match.",
    ],
)
def test_a_shortfall_told_as_superficial_slow_progress_or_issues_met(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The review covered superficial details of 30 portals and found all 30 working.",
        "There are 4 groups of tasks, including: land data and kiosks.",
    ],
)
def test_their_lookalikes_are_no_shortfall(sentence: str) -> None:
    assert "limitation" not in kinds_only(sentence)


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
    assert _dated(sentence, date(2026, 3, 2)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Build a dashboard to track the implementation of targets, goals and tasks before "
        "August 20, 2026.",
        "Complete the review of the plan's targets before August 20, 2026.",
    ],
)
def test_a_deed_about_goals_is_a_task_not_a_goal(sentence: str) -> None:
    assert _dated(sentence, date(2026, 3, 2)) == [("deadline", "2026-08-20")]


def test_a_goal_named_as_such_is_still_a_goal() -> None:
    assert _dated("The city's goal is 95% cashless fees by June 2026.", date(2026, 3, 2)) == [
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
    assert _dated(sentence, date(2026, 3, 2)) == expected


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


def test_a_reckoning_led_by_according_to_estimates_is_no_result() -> None:
    assert kinds_only("According to estimates, a paper permit costs 8,000 VND per case.") == []
    assert kinds_only("According to the report, the ward issued 6,000 permits online.") == [
        "achievement"
    ]


def test_praise_received_with_no_measure_is_no_result() -> None:
    assert (
        kinds_only("Three wards have received high marks from the city, the director said.") == []
    )
    assert kinds_only("The portal has received high marks from 92% of users surveyed.") == [
        "achievement"
    ]


def test_the_4_0_of_a_revolutions_name_is_no_figure() -> None:
    assert kinds_only("Paperless wards suit the current 4.0 technology revolution.") == []
    assert kinds_only("The ward has issued 4,000 e-signatures this year.") == ["achievement"]


def test_what_is_expected_by_a_date_is_a_promise() -> None:
    assert _dated(
        "It is expected that every household in the ward receives a QR address plate by "
        "September 1.",
        date(2026, 3, 2),
    ) == [("deadline", "2026-09-01")]
    assert _dated("It is expected that online sales keep rising.", date(2026, 3, 2)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Use of e-invoices by households is currently limited to a few trades.",
        "Compared with the plan, the progress of land digitisation is still below the target.",
    ],
)
def test_a_state_currently_limited_or_below_target_is_a_shortfall(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_attempts_made_are_no_result_but_a_result_reached_is() -> None:
    assert kinds_only("The wards have made attempts to move their services online.") == []
    assert kinds_only("The ward has made great efforts and digitised 90% of records.") == [
        "achievement"
    ]


def test_a_state_assessed_as_modest_is_a_shortfall_and_assessed_as_good_is_not() -> None:
    assert kinds_only(
        "The director assessed online sales in the upland districts as very modest."
    ) == ["limitation"]
    assert "limitation" not in kinds_only(
        "The director assessed online sales in the upland districts as strong, up 40% on 2023."
    )


def test_the_day_a_plan_was_signed_is_no_due_of_its_goals() -> None:
    found = _dated(
        "In March 2026, the chairman signed a plan under which the ward strives to have 90% "
        "of fees paid online.",
        date(2026, 3, 20),
    )
    assert found == [("target", None)]
    assert _dated("In June 2026, the ward must issue its payment plan.", date(2026, 3, 20)) == [
        ("deadline", "2026-06")
    ]


def test_non_cash_payments_going_on_are_no_cash_still_in_use() -> None:
    assert "limitation" not in kinds_only(
        "Non-cash payments at the market continue to grow, up 35% on last year."
    )
    assert kinds_only("Cash payments still dominate at the district's markets.") == ["limitation"]


def test_anothers_task_after_while_is_still_a_task() -> None:
    assert _dated(
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
    assert _dated(
        "The ward strives to have 95% of fees paid online, with the remaining stalls working "
        "to switch by June.",
        date(2026, 3, 2),
    ) == [("target", "2026-06")]


def test_a_turn_to_the_best_is_no_shortfall_and_a_bare_turn_still_is() -> None:
    assert kinds_only(
        "But the wards that notched the highest growth were Hong Gai (up 240%) and Bai Chay "
        "(up 130%)."
    ) == ["achievement"]
    assert kinds_only("However, the share of fees paid online was 18% last year.") == ["limitation"]


def test_an_index_score_is_a_result() -> None:
    assert kinds_only("The province scored 0.5120 points to secure 9th place in the index.") == [
        "achievement"
    ]
    assert kinds_only("The city kept its lead in the e-business index, scoring 81.4 points.") == [
        "achievement"
    ]


def test_places_told_respectively_are_one_claim() -> None:
    items = found("Its data and security pillars ranked as high as 2 and 5, respectively.")
    assert [i.quote for i in items] == [
        "Its data and security pillars ranked as high as 2 and 5, respectively."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fines for misusing residents' data are considered too light.",
        "The records illegally sold on the forum came to 800GB.",
        "Police found 40 groups carrying out customer data trading in 2024.",
    ],
)
def test_light_sanctions_and_data_sold_outside_the_law_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_fee_not_too_costly_is_no_shortfall() -> None:
    assert "limitation" not in kinds_only("The new card fee is not too costly for 90% of users.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A review found that all 40 ward portals have inconvenient aspects for older users.",
        "Most applicants must rely on help from staff at the one-stop desk.",
    ],
)
def test_portals_with_inconvenient_aspects_and_help_relied_on_are_shortfalls(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_system_to_be_relied_on_is_no_shortfall() -> None:
    assert "limitation" not in kinds_only("Firms must rely on the new tax portal from July 1.")


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
    assert _dated(
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
    assert _dated(sentence, date(2026, 3, 2)) == expected


def test_staff_shortages_and_an_unbalanced_structure_are_shortfalls() -> None:
    assert kinds_only(
        "Staffing in the communes remains unbalanced, with shortages of IT officers in 12 of them."
    ) == ["limitation"]


def test_a_lead_in_that_points_back_to_challenges_is_no_new_shortfall() -> None:
    assert kinds_only(
        "Faced with these challenges, the chairman said the province would train 300 staff "
        "by June 2026."
    ) == ["deadline"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storms have affected the progress of card production in the upland wards.",
        "Some addresses collected from residents are not correct, so 300 cards were affected.",
    ],
)
def test_work_affected_and_data_not_correct_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_centre_in_operation_since_a_date_is_a_milestone() -> None:
    assert kinds_only("The city's operations centre has been in operation since early 2024.") == [
        "achievement"
    ]


def test_devices_with_low_configurations_are_a_shortfall() -> None:
    assert kinds_only("Most of the ward's 60 computers have low configurations.") == ["limitation"]


def test_what_is_crucial_to_do_by_a_date_is_a_task() -> None:
    assert _dated(
        "It is crucial to finish scanning the land files of the 14 wards in 2026.",
        date(2026, 3, 2),
    ) == [("deadline", "2026")]
    assert _dated("It is essential to raise residents' digital skills.", date(2026, 3, 2)) == [
        ("directive", None)
    ]
