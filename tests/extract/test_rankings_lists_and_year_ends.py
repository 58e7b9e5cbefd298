"""Rules of the genre found on index rankings, year-end meetings and ministers' lists of
difficulties: a score's change stays with the score, a ranking's members and who came
next are results of their own, shortfalls listed after "such as" are one claim each, a
market's leap foreseen is no goal, a dated order in a participle is a task of its own, a
December meeting is of the year it reviews, and an undated article's guess is its nearest
horizon. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.metadata import extract_metadata
from tests.extract.genre import found, kinds, kinds_only


def test_a_scores_change_stays_with_the_score() -> None:
    items = found(
        "The port city topped the provincial index, scoring 0.7124 points, 0.0831 higher "
        "than the 2022 ranking.\n"
    )
    assert [i.kind.value for i in items] == ["achievement"]
    assert "0.0831 higher" in items[0].quote


@pytest.mark.parametrize(
    "sentence",
    [
        "The top five also included Lam Dong, Tra Vinh and Yen Bai.",
        "Also in the top ten were the State Treasury and the ministries of Justice and Health.",
        "The news agency led in three indicators on open data and cloud use.",
    ],
)
def test_a_rankings_members_and_leaders_are_results(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


def test_a_place_outside_the_top_is_no_result() -> None:
    assert "achievement" not in kinds_only("The district is not in the top ten this year.")


def test_who_came_next_in_a_ranking_is_a_result_of_its_own() -> None:
    items = found(
        "The tax office led the agencies' ranking with 0.6611 points. It was followed by the "
        "customs office and the state treasury.\n"
    )
    assert [i.kind.value for i in items] == ["achievement", "achievement"]
    assert items[1].quote.startswith("It was followed by the customs office")


def test_shortfalls_listed_after_such_as_are_one_claim_each() -> None:
    items = found(
        "The director said there are still many difficulties, such as the low rate of clinics "
        "taking card payments, weak links with bank software and slow approval of new "
        "terminals.\n"
    )
    assert [i.kind.value for i in items] == ["limitation"] * 3
    assert [i.quote.split()[:2] for i in items] == [
        ["the", "low"],
        ["weak", "links"],
        ["slow", "approval"],
    ]


def test_a_list_of_neutral_nouns_stays_one_claim() -> None:
    assert kinds_only("Lenders face obstacles such as cost, habit and trust.") == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Online retail reached US$9 billion in 2024 and is expected to soar to US$30 billion "
        "in 2030.",
        "The ride-hailing market will skyrocket to US$4 billion in 2028.",
    ],
)
def test_a_markets_leap_foreseen_is_no_goal(sentence: str) -> None:
    assert "target" not in kinds_only(sentence)


def test_a_plans_level_to_come_is_still_a_goal() -> None:
    assert kinds("The share of cashless payments will reach 80% by 2030.\n") == [("target", "2030")]


def test_a_dated_order_in_a_participle_is_a_task_of_its_own() -> None:
    items = found(
        "He noted that 140 villages still have no mobile signal, asking the carriers to "
        "bring coverage to every village within 2026.\n"
    )
    assert [(i.kind.value, i.due) for i in items] == [("limitation", None), ("deadline", "2026")]


def test_targets_counted_by_how_far_they_are_is_one_result() -> None:
    items = found(
        "The strategy set 40 targets. Of these, 12 targets have been met (30%), 20 targets are "
        "likely to be met (50%), and 8 targets need more effort to be met on time (20%).\n"
    )
    assert [i.kind.value for i in items] == ["achievement"]
    assert items[0].quote.startswith("Of these, 12 targets")


def test_a_shortfall_set_against_the_rest_of_a_breakdown_is_its_own_claim() -> None:
    assert kinds_only(
        "Of these, over 60% were filed with ministries, while only 12% were filed with the "
        "communes."
    ) == ["achievement", "limitation"]


def test_a_level_a_task_ensures_leaves_it_a_task() -> None:
    assert kinds(
        "By June 20, the linking of district portals to the national portal must be "
        "completed, ensuring 100% of online services keep running.\n"
    ) == [("deadline", "2025-06-20")]


def test_a_december_meeting_is_of_the_year_it_reviews() -> None:
    text = (
        "Committee reviews the year\n\n"
        "On the afternoon of December 27, the committee met to review its work in 2026 and "
        "set out the key tasks for 2027.\n"
        "In 2026, 41 of the 50 services were provided fully online.\n"
    )
    meta = extract_metadata(text, today=date(2031, 1, 1))
    assert meta.published == "2026-12-27"


def test_a_new_years_meeting_is_of_the_year_it_sets_tasks_for() -> None:
    text = (
        "Committee reviews the year\n\n"
        "On the afternoon of February 4, the committee met to review its work in 2026 and "
        "set out the key tasks for 2027.\n"
        "In 2026, 41 of the 50 services were provided fully online.\n"
    )
    assert reported_year(text) == 2027
    assert extract_metadata(text, today=date(2031, 1, 1)).published == "2027-02-04"


def test_an_undated_articles_guess_is_its_nearest_horizon() -> None:
    text = (
        "Plan for the river districts\n\n"
        "The plan works towards the programme to 2027 with a vision to 2035.\n"
        "This year, the province will finish the supply of 40 online services.\n"
    )
    meta = extract_metadata(text, today=date(2031, 1, 1))
    assert meta.published == "" and meta.ref_date == date(2027, 1, 1)


def test_an_uncredited_caption_is_not_the_headline() -> None:
    text = (
        "A screenshot of the provincial public service portal\n\n"
        "The province moved every service onto one portal on a Monday.\n"
        "Source: https://news.example.vn/society/province-moves-services-onto-one-portal-4411.html\n"
    )
    assert extract_metadata(text).title == "Province moves services onto one portal"


def test_a_move_up_told_in_places_is_a_result() -> None:
    assert kinds_only("The academy rose three spots to rank first among the nine agencies.") == [
        "achievement"
    ]


def test_an_officials_own_words_on_a_shortfall_are_a_claim_a_passers_by_are_not() -> None:
    assert kinds_only(
        "“Villagers are still used to paying their fees in cash,” said the minister."
    ) == ["limitation"]
    assert (
        kinds_only("“Villagers are still used to paying their fees in cash,” said a trader.") == []
    )


def test_a_contrasts_second_metric_needs_no_article() -> None:
    assert kinds_only(
        "QR payments rose from 12% to 30%, while payments by credit card fell to 9%."
    ) == ["achievement", "limitation"]


def test_a_dated_request_with_no_level_is_a_task() -> None:
    assert kinds(
        "The minister asked the carriers to bring signal to every village within 2026.\n"
    ) == [("deadline", "2026")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year 3 million farmers used the market app, which will be upgraded to take card "
        "payments.",
        "The province now has 2.1 million smartphone users, who will be able to sign in with "
        "their chip cards.",
    ],
)
def test_a_results_relative_future_sets_no_level(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


def test_a_result_then_the_dated_task_it_leaves_are_two_claims() -> None:
    items = found(
        "The ward has scanned 92% of its civil records and will finish the rest by May.\n"
    )
    assert [(i.kind.value, i.due) for i in items] == [
        ("achievement", None),
        ("deadline", "2025-05"),
    ]
    assert items[1].quote.startswith("will finish the rest")


def test_firms_said_to_be_in_difficulty_are_a_shortfall() -> None:
    assert kinds_only("Many small shops in the district are still in difficulty.") == ["limitation"]


def test_a_share_that_will_have_a_thing_is_a_level_to_come() -> None:
    assert kinds_only("100% of hamlets will have mobile broadband.") == ["target"]


def test_an_only_holds_for_a_bare_second_figure_of_its_clause() -> None:
    assert kinds_only("Only 14% of households paid online and 6% used the kiosks.") == [
        "limitation",
        "limitation",
    ]


def test_an_only_told_of_another_time_does_not_hold() -> None:
    assert kinds_only("Only 5 communes had fibre in 2020, and 40 communes have it now.") == [
        "limitation",
        "achievement",
    ]


@pytest.mark.parametrize(
    ("sentence", "result"),
    [
        (
            "The country's app economy reached 14 billion USD in 2024 and will keep growing, "
            "according to a report by two consultancies.",
            "The country's app economy reached 14 billion USD in 2024",
        ),
        (
            "Online food sales grew 18% last year and could reach 9 billion USD by 2027, "
            "analysts said.",
            "Online food sales grew 18% last year",
        ),
    ],
)
def test_a_result_stays_a_result_beside_what_is_foreseen_after_it(
    sentence: str, result: str
) -> None:
    items = found(sentence + "\n")
    assert [(i.kind.value, i.quote) for i in items] == [("achievement", result)]


def test_a_launch_reported_to_come_is_a_dated_task() -> None:
    assert kinds(
        "The department said the portal would be tested and officially launched in November.\n"
    ) == [("deadline", "2025-11")]
