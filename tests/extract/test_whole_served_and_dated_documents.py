"""A whole told served, a document dated a day, an image's file name over the text, counts
to reach said in words, late things counted with the word after them, "only" before a
deed's verb, fewer incidents told as "lower than", a plan's capacity to be expanded, and a
stand's booths that are no fair's.
Sentences written here, each beside a lookalike that must not change."""

from __future__ import annotations

from datetime import date

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import dated_kinds, kinds_only, statements


def test_a_whole_told_served_is_a_result() -> None:
    assert kinds_only("All communes in the district are connected to the fibre network.\n") == [
        "achievement"
    ]
    assert kinds_only(
        "Today, all procedures of the tax office are provided with online services on several"
        " portals.\n"
    ) == ["achievement"]
    # not a whole denied, nor a whole told what it must do
    assert kinds_only("Not all communes in the district are connected to fibre.\n") == []
    assert kinds_only("All agencies are required to update their lists of systems.\n") != [
        "achievement"
    ]


def test_a_whole_served_before_its_list_of_where_stays_a_claim() -> None:
    assert kinds_only(
        "Today, all procedures of the tax office are provided with online services on platforms"
        " such as: the tax portal, the national portal and the mobile app.\n"
    ) == ["achievement"]
    # a list announced is still no claim
    assert kinds_only("The workshop discussed issues such as: data sharing, security.\n") == []


def test_a_document_dated_a_day_dates_an_undated_report() -> None:
    text = (
        "Committee reviews the provincial data plan\n\n"
        "The meeting reviewed the implementation of “Plan 14-KH/UBND dated March 3, 2024” on"
        " shared data.\n"
        "Several departments have kept to the schedule.\n"
    )
    meta = extract_metadata(text)
    assert meta.published == "2024"
    assert "dated March 3, 2024" in meta.note
    numeric = "Province reviews its plan\n\nDirective 12 dated 14/8/2023 set the tasks.\n"
    assert extract_metadata(numeric).published == "2023"
    # a date that is not a document's does not
    plain = "Province reviews its plan\n\nThe records dated back many years.\n"
    assert extract_metadata(plain).published == ""


def test_an_image_file_name_over_the_text_is_no_headline() -> None:
    text = (
        "dx hoi nghi 02.JPG.jpg\n"
        "By May 20, the department must publish its list of shared databases.\n\n"
        "Source: https://example.vn/news/department-to-publish-shared-database-list.html\n"
    )
    assert extract_metadata(text).title == "Department to publish shared database list"
    kept = "Province opens a centre for photo.jpg archives\n\nIt holds 1,200 files.\n"
    assert extract_metadata(kept).title == "Province opens a centre for photo.jpg archives"


def test_a_count_to_reach_said_in_words_is_a_target() -> None:
    assert kinds_only(
        "The scheme seeks to attract at least two foreign cloud firms to build data centres.\n"
    ) == ["target"]
    # how long something is kept is no count to reach
    assert kinds_only("Providers must keep access logs for at least five years.\n") == ["directive"]


def test_a_rank_to_become_is_a_target() -> None:
    assert kinds_only("The city aims to become the leading fintech hub in the region.\n") == [
        "target"
    ]


def test_late_things_counted_with_the_word_after_are_shortfalls() -> None:
    assert kinds_only("The land office is a hot spot, with more than 1,300 files overdue.\n") == [
        "limitation"
    ]
    assert kinds_only("The district resolved 300 records overdue since May.\n") == ["achievement"]


def test_only_before_a_deed_s_verb_is_a_shortfall() -> None:
    assert kinds_only("By June, 12 wards had only digitised less than 30 records.\n") == [
        "limitation"
    ]
    # what a procedure asks, fewer than before, is a result
    assert kinds_only("The renewal now only needed 2 documents instead of 6.\n") == ["achievement"]


def test_incidents_lower_than_before_are_a_result() -> None:
    assert kinds_only(
        "Cyberattack incidents in the first half numbered 3,120, 11% lower than a year earlier.\n"
    ) == ["achievement"]
    assert kinds_only(
        "Incidents recorded by the centre were 3,120, lower than the 3,480 of a year earlier.\n"
    ) == ["achievement"]
    # more than before stays a shortfall
    assert kinds_only("There were 640 cyberattack incidents in April, up from 530 in March.\n") == [
        "limitation"
    ]


def test_a_plan_s_capacity_to_be_expanded_is_a_target() -> None:
    assert kinds_only("Its capacity will be expanded to 2,400 racks in the coming years.\n") == [
        "target"
    ]


def test_a_province_s_standing_booths_are_no_fair_s() -> None:
    assert kinds_only(
        "The province has set up OCOP booths online, promoting more than 600 local products.\n"
    ) == ["achievement"]
    assert kinds_only("The fair drew 150 booths from 20 provinces.\n") == []


def test_two_horizons_with_no_base_between_are_both_ahead() -> None:
    text = (
        "Firm builds a second data centre\n\n"
        "Phase 1 is scheduled to open in the third quarter of 2026, while Phase 2 is slated"
        " for the second quarter of 2029.\n"
    )
    assert extract_metadata(text).published == ""
    # a base and its horizon: the base is a year reported
    based = (
        "Market to double\n\n"
        "The market is expected to grow from $20 billion in 2023 to $40 billion in 2027.\n"
    )
    assert extract_metadata(based).published == "2023"
    reached = "Rate to rise\n\nIn 2023, the rate reached 30%, and it will reach 50% by 2025.\n"
    assert extract_metadata(reached).published == "2023"


def test_a_standard_s_edition_is_no_year_reported() -> None:
    text = "Data centre certified\n\nThe centre meets ISO 27001:2013 and ISO 9001:2015.\n"
    assert extract_metadata(text).published == ""


def test_a_ranking_announced_for_a_year_is_published_the_year_after() -> None:
    text = (
        "Province climbs in the rankings\n\n"
        "On March 3, the ministry announced the provincial innovation (PII) rankings in 2023,"
        " where the province ranked 9th.\n"
    )
    assert extract_metadata(text).published.startswith("2024")
    plan = (
        "Province sets out its plan\n\n"
        "The province issued a plan to improve its ranking in 2023 and the following years.\n"
    )
    assert not extract_metadata(plan).published.startswith("2024")


def test_attackers_deeds_are_incidents() -> None:
    assert kinds_only("Hackers inserted gambling ads into the websites of 40 schools.\n") == [
        "limitation"
    ]
    assert kinds_only("The ethical hackers breached 12 systems in the drill.\n") == []


def test_who_found_it_leaves_the_line_before_the_time_it_was_found() -> None:
    line = statements(
        "Tran Van B, head of security at the firm, discovered in the first quarter of 2024,"
        " attackers hijacked the servers of 15 district offices.\n"
    )
    assert line == [
        "In the first quarter of 2024, attackers hijacked the servers of 15 district offices"
    ]


def test_a_breakdown_of_the_figure_is_the_result_s() -> None:
    assert kinds_only(
        "The office has verified 12 million of 30 million tax records against the population"
        " database.\nOf the figure, 9.4 million records or 78% were confirmed.\n"
    ) == ["achievement"]


def test_a_document_s_number_is_no_figure() -> None:
    assert kinds_only(
        "Opening the data is the goal of the scheme, set out in document 4127.\n"
    ) == ["directive"]


def test_a_funnel_a_count_found_is_one_claim() -> None:
    assert kinds_only(
        "The review of the registry found that of the 4,100 databases, 2,050 are at level 1"
        " (50 percent), 1,230 at level 2 (30 percent) and 820 at level 3 (20 percent).\n"
    ) == ["achievement"]


def test_a_count_told_again_with_another_comparison_is_one_claim() -> None:
    assert kinds_only(
        "Incidents in the first half numbered 3,127, 12% lower than a year earlier.\n"
        "The total of incidents handled in the first half was 3,127, lower than the 3,553 of"
        " last year.\n"
    ) == ["achievement"]
    # a round count is shared by many claims: both stay
    assert kinds_only(
        "The city has connected 1,000 schools to fibre.\n"
        "The province has trained 1,000 officials in data skills.\n"
    ) == ["achievement", "achievement"]


def test_a_ranking_led_or_a_place_held_is_a_result() -> None:
    assert kinds_only("Hue leads the provincial innovation ranking for the third time.\n") == [
        "achievement"
    ]
    assert kinds_only("The port city has held the runner-up position for two years.\n") == [
        "achievement"
    ]
    assert kinds_only(
        "The top 5 best performing localities this year also include Lam Dong and Hue.\n"
    ) == ["achievement"]
    # not a delegation led
    assert kinds_only("The minister led the delegation to the forum in Tokyo.\n") == []


def test_work_that_progresses_slowly_is_a_shortfall() -> None:
    assert kinds_only("The reform of business licensing progresses slowly.\n") == ["limitation"]
    assert (
        kinds_only(
            "The survey found gaps such as: the sharing of data is still limited; the cleaning of"
            " land records is progressing slowly; some communes still lack fibre.\n"
        ).count("limitation")
        == 3
    )
    assert kinds_only("The project moves slowly but surely toward its launch.\n") == []


def test_a_dated_order_with_a_share_and_no_aim_is_a_task() -> None:
    assert kinds_only(
        "Agencies are required to ensure that 100% of their systems are certified no later"
        " than June 2025.\n"
    ) == ["deadline"]
    # phrased with "aims", it is a target with a due date
    assert kinds_only(
        "The province aims to have 100% of its systems certified by June 2025.\n"
    ) == ["target"]


def test_goals_met_said_in_general_are_no_claim() -> None:
    assert kinds_only("Many of the sector's digital goals have been achieved or exceeded.\n") == []
    assert kinds_only("Many goals have been achieved, with 12 of 20 completed by June.\n") == [
        "achievement"
    ]


def test_a_share_told_ahead_for_a_period_gone_is_a_result() -> None:
    on = date(2023, 7, 12)
    assert dated_kinds(
        "By 2022, 100% of district offices will use the shared e-office system.", on
    ) == [("achievement", None)]
    # a plan recalled, or a period still to come, stays a goal
    assert dated_kinds(
        "The 2021 plan set out that by 2022, 100% of district offices will use e-office.", on
    ) == [("target", "2022")]
    assert dated_kinds(
        "By 2024, 100% of district offices will use the shared e-office system.", on
    ) == [("target", "2024")]


def test_laggards_named_by_a_threshold_are_a_shortfall() -> None:
    assert kinds_only(
        "Districts with an online filing rate of less than 60% include: Ky Anh (41%), Duc Tho"
        " (52%).\n"
    ) == ["limitation"]
    # an order given to them is no shortfall of its own
    assert "limitation" not in kinds_only(
        "The chairman requested districts with an online filing rate of less than 60% to"
        " review their procedures.\n"
    )
