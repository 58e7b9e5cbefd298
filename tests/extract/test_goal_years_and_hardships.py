"""A year's goals announced and told in the lines after, a goal's levels after its
semicolons, hardships told as brought about or still going on, an order to those who lag,
who is served first, a body and its seats, one change by volume and value, links and
systems told as they stand, and a plan's day inside a later review. Sentences written
here, each beside a lookalike that must not change."""

from __future__ import annotations

from datetime import date

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import dated_kinds, found, kinds_only


def test_the_levels_told_after_a_year_s_goals_are_announced_are_targets() -> None:
    body = (
        "The city's digital goals for 2026 are in terms of government, economy and society.\n"
        "On government, 95% of records are shared on the data platform; 100% of permits are"
        " issued online.\n"
    )
    assert dated_kinds(body, date(2026, 2, 3)) == [("target", "2026"), ("target", "2026")]


def test_levels_with_no_goal_announced_are_results() -> None:
    body = (
        "The city reviewed its digital work in 2025.\n"
        "On government, 95% of records are shared on the data platform.\n"
    )
    assert dated_kinds(body, date(2026, 2, 3)) == [("achievement", None)]


def test_a_goal_s_levels_after_its_semicolons_are_due_when_it_is() -> None:
    assert dated_kinds(
        "The goal is that by 2027, 70% of services will be online; 100% of reports will be"
        " regularly aggregated on the shared database; 40% of inspections will be carried out"
        " online.",
        date(2024, 6, 1),
    ) == [("target", "2027"), ("target", "2027"), ("target", "2027")]


def test_a_share_to_come_that_may_merely_happen_is_no_goal() -> None:
    assert kinds_only("About 20% of stalls will be affected by the works.\n") == []


def test_hardships_told_as_brought_about_or_still_going_on_are_shortfalls() -> None:
    assert kinds_only(
        "The rise of online sales has made it difficult for inspectors to track fakes.\n"
    ) == ["limitation"]
    assert kinds_only("Slow tendering is also one of the reasons for the delay.\n") == [
        "limitation"
    ]
    assert kinds_only(
        "Post offices cannot verify residents' data, leading to difficulties in the pilot.\n"
    ) == ["limitation"]
    assert kinds_only("Asking residents for paper copies is still happening in some wards.\n") == [
        "limitation"
    ]


def test_a_hardship_told_as_the_consequence_of_the_one_before_is_not_another() -> None:
    assert kinds_only(
        "Mobile coverage in the hills is weak. This makes it hard for people to apply online.\n"
    ) == ["limitation"]


def test_an_order_to_those_who_lag_is_the_order() -> None:
    assert kinds_only(
        "Units that have not met the target must settle files on time, striving for 95% of"
        " files to be settled on time.\n"
    ) == ["target"]
    # the lag told of named units is a shortfall
    assert kinds_only("Three districts have not met the target of 95% of files on time.\n") == [
        "limitation"
    ]


def test_who_is_served_first_and_a_body_s_seats_are_no_claim() -> None:
    assert kinds_only("Priority is given to residents who have never been issued a card.\n") == []
    assert kinds_only("The province set up an advisory council with 12 leading experts.\n") == []
    assert kinds_only("The province has issued 12,000 cards to residents.\n") == ["achievement"]


def test_one_change_told_by_volume_and_by_value_is_one_claim() -> None:
    items = found(
        "Card payments grew by 41% in volume and 22% in value, while wallet payments saw a"
        " sharp 63% rise in volume and 48% in value.\n"
    )
    assert [f.quote for f in items] == [
        "Card payments grew by 41% in volume and 22% in value",
        "wallet payments saw a sharp 63% rise in volume and 48% in value.",
    ]


def test_links_and_systems_told_as_they_stand_are_results() -> None:
    assert kinds_only(
        "The district portal is connected with the national population database.\n"
    ) == ["achievement"]
    assert kinds_only("All offices from the district to the commune are using e-signatures.\n") == [
        "achievement"
    ]
    assert dated_kinds(
        "By May, the city had finished merging its two service portals.", date(2024, 6, 1)
    ) == [("achievement", None)]
    # a link to a system of the city's own, told as it stands, is a description
    assert kinds_only("The kiosk is connected to the ward's printer.\n") == []


def test_a_plan_s_day_inside_a_review_of_a_later_year_is_not_the_article_s_date() -> None:
    text = (
        "Digital steps of the province\n\n"
        "The year 2023 marked a turn for the province. So far, 4 of its 6 goals have been met.\n\n"
        "On March 4, 2021, the committee issued the plan for the period to 2025.\n"
    )
    meta = extract_metadata(text)
    assert meta.published == "2023"
    # with no later year reported, the day the article opens with is its own
    text = "Digital steps of the province\n\nOn March 4, 2023, the committee issued the plan.\n"
    assert extract_metadata(text).published == "2023-03-04"


def test_an_order_to_those_who_lag_after_a_connective_is_the_order() -> None:
    assert kinds_only(
        "Accordingly, units that have not met the target must settle files on time, striving"
        " for 95% of files to be settled on time.\n"
    ) == ["target"]


def test_few_in_the_past_and_many_now_is_a_result() -> None:
    assert kinds_only(
        "In the past, only a few village products were sold online, but now most of the 2,400"
        " products are on e-commerce platforms.\n"
    ) == ["achievement"]
    assert kinds_only("Only a few of the 2,400 village products are sold online.\n") == [
        "limitation"
    ]


def test_a_level_anticipated_is_a_goal() -> None:
    assert kinds_only("E-commerce is also anticipated to make up at least 12% of retail.\n") == [
        "target"
    ]


def test_a_plan_or_a_campaign_launched_by_one_body_is_a_step_not_a_result() -> None:
    assert kinds_only("The city has launched Plan No. 42 on smart city growth in 2024.\n") == []
    assert kinds_only('The "Digital Skills Movement" has been launched by the wards.\n') == []
    # counted across bodies it is a result; with a level, a goal
    assert kinds_only("To date, 40 provinces have issued their 2024 digital plans.\n") == [
        "achievement"
    ]
    assert kinds_only("The city has launched a plan to bring 80% of services online.\n") == [
        "target"
    ]


def test_a_horizon_named_twice_in_a_sentence_to_come_is_not_a_year_reported() -> None:
    text = (
        "The capital's digital plan\n\n"
        "Under the plan for a smart city in 2030, the digital economy is expected to reach 30%"
        " of output in 2025 and 40% in 2030.\n"
    )
    assert extract_metadata(text).published != "2030"


def test_a_result_set_against_hardships_told_first_is_a_result() -> None:
    assert kinds_only(
        "Facing many difficulties and a low starting point, the district has connected 45"
        " communes to fibre.\n"
    ) == ["achievement"]
    assert kinds_only(
        "Although it has not been long, the ward has issued 3,000 accounts to residents.\n"
    ) == ["achievement"]
    # the shortfall told after the setting is still one
    assert kinds_only("Despite many obstacles, only 12% of households use the app.\n") == [
        "limitation"
    ]


def test_a_link_that_is_not_smooth_is_a_shortfall() -> None:
    assert kinds_only(
        "The link between the records system and the tax software is not smooth.\n"
    ) == ["limitation"]


def test_a_place_won_in_words_and_among_the_few_to_act_are_results() -> None:
    assert kinds_only("The city secured third position in the national innovation index.\n") == [
        "achievement"
    ]
    assert kinds_only("The province was one of five localities to issue a data resolution.\n") == [
        "achievement"
    ]
    assert kinds_only("The province aims to be one of five localities with a data centre.\n") != [
        "achievement"
    ]


def test_a_total_told_as_approximated_is_a_result() -> None:
    assert kinds_only("In the first half, online sales approximated $2.4 billion.\n") == [
        "achievement"
    ]


def test_completing_a_referred_target_by_a_day_is_a_task() -> None:
    assert dated_kinds(
        "This target must be completed before August 15, 2025.", date(2025, 7, 1)
    ) == [("deadline", "2025-08-15")]
    # a level with its day stays a goal
    assert dated_kinds(
        "The target is to bring 70% of filings online before August 15, 2025.", date(2025, 7, 1)
    ) == [("target", "2025-08-15")]


def test_a_deed_required_on_a_day_is_due_then() -> None:
    assert dated_kinds(
        "It is necessary to coordinate with the bank to complete the account opening on"
        " July 28, 2025.",
        date(2025, 7, 21),
    ) == [("deadline", "2025-07-28")]
    # the day of a meeting a speaker spoke at is not a due
    assert dated_kinds(
        "The units must report, the minister said at a meeting on July 28, 2025.",
        date(2025, 7, 21),
    ) == [("directive", None)]
