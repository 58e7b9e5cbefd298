"""Rules of the genre found on other outlets' articles, each shown on sentences written
for these tests: what is not a finding, the levels listed under a goal."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.pipeline import statement_of
from tests.extract.genre import EXTRACTOR, found, kinds


def test_the_levels_listed_under_a_goal_are_targets_due_when_it_is() -> None:
    text = (
        "The provincial council set a goal that by 2030, the province will reach the first group.\n"
        "Cashless payments make up at least 70% of retail payments; 90% of homes have broadband.\n"
        "The share of online applications reaches over 85%.\n"
    )
    got = kinds(text)
    assert got[0] == ("target", "2030")
    assert got[1:] == [("target", "2030")] * 3


def test_a_goal_list_ends_at_a_line_reporting_a_year_of_its_own() -> None:
    text = (
        "The provincial council set a goal that by 2030, the province will reach the first group.\n"
        "The share of online applications reaches over 85%.\n"
        "In 2024, the province issued 120,000 electronic health records.\n"
    )
    assert [k for k, _ in kinds(text)] == ["target", "target", "achievement"]


def test_a_years_task_is_not_the_head_of_a_goal_list() -> None:
    text = (
        "This year, the city set the goal of linking every district database.\n"
        "The city has issued 4,000 digital signatures to its officials.\n"
    )
    assert "achievement" in [k for k, _ in kinds(text)]


def test_background_is_not_a_finding() -> None:
    for sentence in (
        "The 2024 panel used a face-to-face survey method in 40 provinces, with 9,800 respondents.",
        "We define active users as the top 20 per cent of people by monthly logins.",
        "In 2025, the district has outlined 14 tasks to build its digital government.",
        "The minister commended the provinces for their efforts and strong consensus on reform.",
        "The city's Resolution No 12 of 2024 underscores the role of data in administration.",
        "To ensure the smooth operation of the portal, the agencies have implemented new rules.",
        "To that end, the province has established a working group on digital transformation.",
    ):
        assert found(sentence + "\n") == [], sentence


def test_results_beside_the_background_words_are_still_found() -> None:
    text = (
        "Over 75% of respondents used the internet at home in 2024.\n"
        "To ensure coverage, the province has connected 1,200 villages to fibre broadband.\n"
        "The minister praised the city, which has issued 300,000 digital signatures.\n"
    )
    assert [f.kind.value for f in found(text)] == ["achievement"] * 3


def test_a_result_and_its_projection_are_two_findings() -> None:
    text = (
        "Online retail made up 9.1 per cent of all retail sales in 2024, with projections "
        "for 2025 rising to 11 per cent.\n"
        "The province has the largest fibre network in the region for the third year running "
        "and is forecast to keep this lead in 2026.\n"
    )
    got = kinds(text)
    assert got == [
        ("achievement", None),
        ("target", "2025"),
        ("achievement", None),
        ("target", "2026"),
    ]


def test_a_goal_named_with_its_year_is_due_that_year() -> None:
    assert kinds(
        "Projections for 2026 put the share of households paying online at 75 per cent.\n"
    ) == [("target", "2026")]


def test_a_projection_split_from_its_result_keeps_the_subject_in_its_statement() -> None:
    text = (
        "The province has the largest fibre network in the region for the third year running "
        "and is forecast to keep this lead in 2026.\n"
    )
    lines = [statement_of(f) for f in found(text)]
    assert lines == [
        "The province has the largest fibre network in the region for the third year running",
        "The province is forecast to keep this lead in 2026",
    ]


def test_a_subject_before_its_projection_is_not_split_from_it() -> None:
    text = "Sharing the land records between agencies is projected to save 40 billion VND a year.\n"
    assert [f.quote for f in found(text)] == [text.strip()]


def test_one_metrics_yearly_series_is_one_finding_two_metrics_are_two() -> None:
    series = (
        "The growth rate of online retail reached 31 per cent in 2023 and 24 per cent in 2024.\n"
    )
    assert len(found(series)) == 1
    two = "The district issued 12,000 digital signatures, and 8,500 residents activated accounts.\n"
    assert len(found(two)) == 2


def test_a_task_joined_after_a_semicolon_keeps_its_subject_and_its_date() -> None:
    text = (
        "The Ministry of Health shall lead the study of a shared patient register, "
        "ensuring no overlap; and report to the Prime Minister on the results "
        "before May 20, 2025.\n"
    )
    got = found(text)
    assert [(f.kind.value, f.due) for f in got] == [("directive", None), ("deadline", "2025-05-20")]
    assert "before May 20, 2025" in got[1].quote


def test_a_date_cannot_be_past_in_an_undated_article() -> None:
    body = (
        "Clinics to share records\n"
        "The shared register will hold 5 million patient records by the end of 2024.\n"
    )
    dated = EXTRACTOR.extract(body, date(2026, 6, 1))
    undated = EXTRACTOR.extract(body, date(2026, 6, 1), dated=False)
    assert dated == []  # in an article known to be of 2026, that end of 2024 is past
    assert [(f.kind.value, f.due) for f in undated] == [("target", "2024")]


def test_working_towards_a_dated_launch_is_a_deadline() -> None:
    text = (
        "The health ministry is working towards the launch of the shared register "
        "by the end of 2026.\n"
    )
    assert kinds(text) == [("deadline", "2026")]


def test_hardship_said_in_so_many_words_is_a_limitation() -> None:
    for sentence in (
        "Many elderly people in upland communes still struggle to use the portal.",
        "Several districts have been slow to digitise their land records.",
        "Challenges include thin budgets and old computers in many communes.",
        "The records kept by the agencies are fragmented and overlapping.",
        "Cyber risks are rising as more services move online.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["limitation"], sentence


def test_a_claim_told_in_the_lede_and_again_in_the_body_is_one_finding() -> None:
    text = (
        "The city's digital economy reached 14.7 per cent of its GRDP last year.\n"
        "Officials met on Monday to review the plan.\n"
        "As noted, the digital economy reached 14.7 per cent of GRDP, the city said.\n"
        "The city strives to have 100% of communes on fibre by 2027.\n"
        "The city strives to have 100% of schools on Wi-Fi by 2028.\n"
    )
    got = [f.kind.value for f in found(text)]
    assert got.count("achievement") == 1
    # round levels ("100%") are shared by different goals: both kept
    assert got.count("target") == 2


def test_an_events_logistics_and_work_in_progress_are_not_findings() -> None:
    for sentence in (
        "The forum was attended by more than 400 delegates from 30 provinces.",
        "The session was held both in person and online, linking 600 commune points.",
        "The report was compiled by the institute from interviews with 2,000 households.",
        "The district has a population of 180,000 people in 14 communes.",
        "The ministry is drafting a framework for sharing school data across 20 agencies.",
    ):
        assert found(sentence + "\n") == [], sentence


def test_a_stated_cause_and_a_bottom_place_are_limitations() -> None:
    for sentence in (
        "The main reason is that the upland communes have no full-time IT staff.",
        "The digital skills pillar scored the lowest, at 0.38 points.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["limitation"], sentence


def test_results_counted_or_placed_are_achievements() -> None:
    for sentence in (
        "The provincial hotline handled 41,200 calls in the first half of the year.",
        "The town ranked third in the provincial digital index, up two places.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["achievement"], sentence


def test_a_task_lists_completion_time_line_dates_the_task_above_it() -> None:
    text = (
        "The Department of Science shall build a live dashboard of the city's indicators.\n"
        "Completion time: before June 30, 2026.\n"
        "The Department of Finance shall review every software licence, "
        "completion time: in the fourth quarter of 2026.\n"
    )
    got = found(text)
    assert [(f.kind.value, f.due) for f in got] == [
        ("deadline", "2026-06-30"),
        ("deadline", "2026-Q4"),
    ]
    assert got[0].quote.endswith("Completion time: before June 30, 2026.")


def test_a_completion_time_line_with_no_task_above_is_not_a_finding() -> None:
    text = "The city has 40 data centres.\nCompletion time: before June 30, 2026.\n"
    assert [f.kind.value for f in found(text)] == ["achievement"]


def test_plans_said_with_expect_slated_or_a_deadline_are_dated_tasks() -> None:
    for sentence, due in (
        ("The authorities expect to finish linking all 22 registers within this year.", "2025"),
        ("The new portal is slated to go live in early 2026.", "2026-06"),
        ("The deadline for linking the school records is December 31, 2025.", "2025-12-31"),
    ):
        assert kinds(sentence + "\n") == [("deadline", due)], sentence


def test_results_said_only_in_general_words_are_rhetoric() -> None:
    for sentence in (
        "In recent years, the programme has achieved important initial results for the city.",
        "Departments and districts have actively implemented the tasks, achieving many "
        "positive results.",
        "The scheme has made an important contribution to administrative reform.",
    ):
        assert found(sentence + "\n") == [], sentence
    # a concrete milestone keeps its place beside the general words
    kept = "The city has launched its health data platform, which brings practical results.\n"
    assert [f.kind.value for f in found(kept)] == ["achievement"]


def test_other_countries_news_and_outside_advice_are_not_findings() -> None:
    for sentence in (
        "Singapore topped the regional index, followed by Malaysia and Thailand.",
        "Thailand and Indonesia have also launched similar national digital ID apps.",
        "Experts say the province should build more data centres to keep pace.",
        "The new platform is expected to help cut costs for small firms.",
    ):
        assert found(sentence + "\n") == [], sentence
    # a comparison that names Vietnam is Vietnam's finding
    compared = "Singapore and Vietnam have cut business registration to 3 days.\n"
    assert [f.kind.value for f in found(compared)] == ["achievement"]


def test_other_countries_named_at_the_top_of_a_ranking_are_not_findings() -> None:
    ranked = (
        "The latest edition of the index presents Finland, Sweden and Singapore as leading the "
        "ranking of 193 countries, scoring highest on online services.\n"
    )
    assert found(ranked) == []
    # investors from abroad at home, and home ranked beside them, are home's findings
    for sentence in (
        "Firms from Japan and Korea have opened 12 data centres in Hanoi since 2023.",
        "Viet Nam ranked 71st, behind Singapore and Malaysia.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["achievement"], sentence


def test_a_status_in_the_present_tense_with_its_figure_is_an_achievement() -> None:
    for sentence in (
        "The operation centre receives about 500 reports from residents every day.",
        "The portal now offers 1,200 online services to citizens and firms.",
        "The city's 4G network covers 99.5% of its residential areas.",
        "Some 70,000 residents downloaded the app in its first week.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["achievement"], sentence


def test_just_merely_and_a_mere_figure_are_shortfalls_unless_a_baseline() -> None:
    assert [f.kind.value for f in found("A mere 4% of residents had used the portal.\n")] == [
        "limitation"
    ]
    low = "The share of fully online records was just 12%, far from the plan.\n"
    assert [f.kind.value for f in found(low)] == ["limitation"]
    grown = "Online payments rose from just over 30% in 2019 to nearly 70% in 2024.\n"
    assert [f.kind.value for f in found(grown)] == ["achievement"]


def test_more_ways_a_task_is_given_its_date() -> None:
    for sentence, due in (
        ("The province will finish digitising its land records this year.", "2025"),
        ("The deadline was extended to the end of 2026.", "2026"),
        ("Communes have until June 30 to clean up their population data.", "2025-06-30"),
        (
            "The department was told to submit the draft plan before the end of this month.",
            "2025-03",
        ),
    ):
        assert kinds(sentence + "\n") == [("deadline", due)], sentence


def test_what_does_not_work_and_scores_below_the_mark_are_limitations() -> None:
    for sentence in (
        "Many of the chatbots on the portals were not working when tested.",
        "Some 14 of the 40 kiosks do not work.",
        "The communes scored poorly on digital skills, at 0.31 points.",
        "The commune average of 634 points was below the city average.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["limitation"], sentence
    fix = "Overcome the situation where records are registered but not updated.\n"
    assert "limitation" not in [f.kind.value for f in found(fix)]


def test_more_words_of_a_goal_with_its_level() -> None:
    for sentence in (
        "The plan calls for 50,000 digital signatures to be issued to residents.",
        "The province is targeting 25% growth in its digital economy.",
        "The strategy envisions 100% of communes with fibre broadband.",
        "The ministry seeks to cut processing time by 30% next year.",
        "The district has committed to digitising all land records by 2026.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["target"], sentence
    # a citizen's choice is no goal
    choice = "Residents have control over whether they want to link their health records.\n"
    assert found(choice) == []


def test_a_date_a_document_took_effect_is_context_not_a_due_date() -> None:
    text = "The decree, which took effect in December 2024, requires agencies to share data.\n"
    assert all(f.due is None for f in found(text))


def test_a_gap_to_a_target_and_a_data_leak_are_limitations() -> None:
    for sentence in (
        "The province is still far from its goal of 80% online records.",
        "At 45%, the share fell short of the 2025 target.",
        "The city missed its target of 1,000 digital firms.",
        "Personal data of 2 million customers leaked from a retailer last year.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["limitation"], sentence


def test_a_milestone_reached_is_an_achievement_and_one_to_come_a_dated_task() -> None:
    for sentence in (
        "The provincial data centre was officially put into operation in March.",
        "The new permit portal went live last week.",
        "The city was the first locality to issue electronic birth certificates.",
        "The hospital pioneered paperless medical records in the region.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["achievement"], sentence
    coming = "The data centre will be put into operation in the second quarter of 2026.\n"
    assert kinds(coming) == [("deadline", "2026-Q2")]


def test_a_share_too_small_a_named_problem_and_a_low_level_are_limitations() -> None:
    for sentence in (
        "Fewer than half of the communes have a full-time IT officer.",
        "Data quality remains a major challenge for the ministry.",
        "Low awareness among older residents slows the uptake of the app.",
    ):
        assert [f.kind.value for f in found(sentence + "\n")] == ["limitation"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Many localities still lack the staff to run the new systems.",
        "Many officials lack the digital skills needed to operate the new systems.",
        "The portal suffered frequent outages, frustrating users.",
        "Progress in connecting the land databases has been slow.",
        "Nearly 1,000 cases of fraud involving fake identity apps were reported.",
        "The province ranked last among the 63 localities in the index.",
        "Many online services are still cumbersome and hard to use.",
        "Elderly people have difficulty using the app.",
        "The records of 2 million people are still inaccurate and need to be corrected.",
        "Many people are still reluctant to use online services for fear of losing their data.",
        "The district still has 12,000 records with errors that need to be cleaned.",
        "Some 30% of the services listed online have never received a single application.",
        "However, the use of information technology in some agencies is still a formality.",
        "Dozens of websites of state agencies were attacked by hackers last year.",
        "Limited funding remains the biggest obstacle to digital work in rural districts.",
    ],
)
def test_shortfalls_said_in_many_ways_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_supply_chain_troubles_of_a_speech_are_not_a_digital_limitation() -> None:
    sentence = (
        "Since then we have had to face the pandemic, conflicts and supply chain disruptions, "
        "causing difficulties for exporters."
    )
    assert "limitation" not in [k for k, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The electronic health record system went into operation in January.",
        "The new tax portal began operating last month.",
        "The province saved 120 billion VND thanks to online public services last year.",
        "The city cut the time for business registration from 15 days to 3 days.",
        "The number of cashless transactions surged 56% in the first half of the year.",
        "Thanks to the app, residents no longer need to show paper documents at 1,200 clinics.",
    ],
)
def test_results_told_as_a_change_or_an_opening_are_achievements(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    ("sentence", "kind", "due"),
    [
        ("The target is to issue 50 million electronic identification accounts.", "target", None),
        (
            "The Ministry of Finance is to submit the draft decree in the second quarter of 2025.",
            "deadline",
            "2025-Q2",
        ),
        (
            "Provinces were given until the end of June to clean their land data.",
            "deadline",
            "2025-06",
        ),
        (
            "Departments must finish moving their systems to the shared data centre in May.",
            "deadline",
            "2025-05",
        ),
    ],
)
def test_goals_and_tasks_said_plainly(sentence: str, kind: str, due: str | None) -> None:
    assert kinds(sentence) == [(kind, due)]


def test_a_rollout_from_a_quarter_is_not_due_then() -> None:
    assert [
        d
        for _, d in kinds("The pilot will be rolled out nationwide from the third quarter of 2025.")
    ] == [None]


def test_a_year_that_targets_a_level_is_a_dated_target() -> None:
    assert kinds("In 2025, the province targets 80% of dossiers submitted online.") == [
        ("target", "2025")
    ]


def test_an_order_to_finish_by_a_date_is_a_deadline() -> None:
    assert kinds("Finish cleaning the land data by mid-2025.") == [("deadline", "2025-06")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The project has a total investment of 500 billion VND.",
        "The seminar attracted more than 300 participants.",
        "The app has 10 main features, including electronic health books.",
        "The survey was conducted among 14,000 respondents in 63 provinces.",
        "Ho Chi Minh City, with 9 million residents, is the country's largest city.",
        "Under the plan, the budget for the programme is 2,000 billion VND.",
        "The national data centre covers an area of 6 hectares.",
        "The district has a population of 120,000 spread over 18 communes.",
    ],
)
def test_what_a_thing_is_made_of_or_costs_is_not_a_result(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_portal_that_drew_visitors_still_reports_a_result() -> None:
    assert [k for k, _ in kinds("The portal attracted 2 million users in 2024.")] == ["achievement"]


def test_a_funnel_opened_with_of_the_total_is_one_finding() -> None:
    sentence = "Of the 12.4 million requests, 10.2 million were approved and 3.1 million were paid."
    got = found(sentence)
    assert [f.kind.value for f in got] == ["achievement"]
    assert "3.1 million" in statement_of(got[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Fraudsters have used fake apps to steal money from at least 3,000 people.",
        "The district has 25% of its dossiers still processed on paper.",
        "Most services take forms online but still require people to collect results in person.",
    ],
)
def test_incidents_and_paper_left_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The event aims to connect start-ups with provincial agencies.",
        "The three-day forum aims at promoting cooperation between the two countries.",
    ],
)
def test_an_events_purpose_is_not_a_goal(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_programme_that_aims_at_a_level_is_still_a_target() -> None:
    sentence = "The programme aims to have 1 million small firms on digital platforms by 2025."
    assert kinds(sentence) == [("target", "2025")]
