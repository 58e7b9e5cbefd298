"""Rules of the genre found on plans printed as paragraphs, directives and wire reports: a
goal's colon holds for the levels of its paragraph, "striving to" makes a dated clause a
level, a count of targets completed is a result even without its total, a year told
"by" then in the past is when a result was measured, a source's "has reported" is no
deed done, a trend to come is no result and a strict order no shortfall. Sentences
written here."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.article_date import reported_year
from briefing.extract.extracted import statement_of
from briefing.extract.metadata import extract_metadata
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus
from tests.extract.genre import found, kinds, kinds_only

UNDATED = load_extractor(bundled_corpus() / "data")


def test_a_goals_colon_holds_for_the_levels_of_its_paragraph() -> None:
    items = found(
        "With the specific goal of building digital government: 100% of district offices "
        "connect to the provincial data network. More than 85% of online services are "
        "provided on mobile phones. At least 70% of dossiers are handled fully online.\n"
    )
    assert [i.kind.value for i in items] == ["target"] * 3


def test_results_against_targets_stay_results() -> None:
    assert kinds_only(
        "Results against the targets: 92% of dossiers were processed online; 75% of adults "
        "used e-wallets."
    ) == ["achievement", "achievement"]


def test_a_dated_clause_striving_for_a_count_is_a_target() -> None:
    assert kinds(
        "The ministry keeps upgrading the app, striving to grant 25 million accounts by "
        "September 2025.\n"
    ) == [("target", "2025-09")]


def test_a_share_wanted_is_a_goal() -> None:
    assert kinds_only("The city wants half of its shops to take QR payments.") == ["target"]


def test_money_funnelled_in_is_a_result() -> None:
    assert kinds_only("Investors funnelled $2.3 billion into local fintech firms last year.") == [
        "achievement"
    ]


def test_a_count_of_targets_completed_without_its_total_is_a_result() -> None:
    assert kinds_only("The ward has completed 21 digital transformation targets this year.") == [
        "achievement"
    ]


def test_a_year_told_by_then_in_the_past_is_a_result_measured_then() -> None:
    text = "Shoppers move online\n“By 2021, 48% of residents shopped online,” the director said.\n"
    items = UNDATED.extract(text, date(2031, 1, 1), dated=False)
    assert "target" not in [i.kind.value for i in items]
    future = "Shoppers move online\nBy 2027, 90% of dossiers are processed online.\n"
    assert [i.kind.value for i in UNDATED.extract(future, date(2031, 1, 1), dated=False)] == [
        "target"
    ]


def test_a_sources_telling_is_no_deed_done() -> None:
    text = (
        "Digital economy plan\n\n"
        "It wants the digital economy to reach 25% of GDP by 2027, the government portal has "
        "reported. Between 2019 and 2022, investors funnelled $2 billion into start-ups.\n"
    )
    assert reported_year(text) == 2022


@pytest.mark.parametrize(
    "sentence",
    [
        "Online retail will continue to grow strongly in 2026 and bring new jobs.",
        "He required a strict handling of online dossiers and not to let any delay occur.",
    ],
)
def test_a_trend_to_come_and_a_strict_order_are_no_results_or_shortfalls(sentence: str) -> None:
    assert not {"achievement", "limitation"} & set(kinds_only(sentence))


def test_a_source_named_after_its_teller_leaves_the_line_too() -> None:
    items = found(
        "It wants online payments to reach 60 percent of retail sales by 2027, the ministry's "
        "portal has reported, citing a draft plan by the government.\n"
    )
    assert [statement_of(i) for i in items] == [
        "It wants online payments to reach 60% of retail sales by 2027"
    ]


def test_a_bare_count_told_on_after_a_semicolon_is_the_same_breakdown() -> None:
    items = found(
        "Of the 20 tasks assigned by the ministries, 7 have been completed; 10 are in "
        "progress; and 3 are ongoing.\n"
    )
    assert [i.kind.value for i in items] == ["achievement"]
    assert items[0].quote.endswith("3 are ongoing.")


def test_targets_completed_and_exceeded_are_a_result() -> None:
    assert kinds_only("So far the city has completed and exceeded 41/60 targets.") == [
        "achievement"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In all, 30 targets and 75 tasks need to be completed by 2026.", "deadline"),
        ("The city has strived to complete its data platforms by 2026.", "target"),
    ],
)
def test_targets_counted_as_work_are_a_task_and_striving_a_goal(
    sentence: str, expected: str
) -> None:
    assert [kind for kind, _ in kinds(sentence + "\n")][-1] == expected


def test_a_ledes_day_before_the_milestone_it_speaks_of_is_the_year_after() -> None:
    text = (
        "Province reviews its science plans\n\n"
        "On the morning of April 9, the steering committee reviewed how Resolution 57 is "
        "being carried out; 6 of its 20 tasks are done.\n"
    )
    assert extract_metadata(text, today=date(2031, 1, 1)).published == "2025-04-09"


def test_the_plans_targets_told_met_are_a_result() -> None:
    assert kinds_only(
        "As a result, the district completed and exceeded the planned targets for issuing "
        "accounts (by May 20, the district had received 12,400/10,000 applications, reaching "
        "124%)."
    ) == ["achievement"]


def test_a_title_in_charge_of_a_region_sets_no_task() -> None:
    assert kinds_only(
        "Mr. Long, Vice President of a search firm in charge of the region, said Vietnam "
        "topped the rankings this year."
    ) == ["achievement"]
    assert kinds("The provincial police are in charge of cleaning the records by May 2026.\n") == [
        ("deadline", "2026-05")
    ]


def test_a_growth_forecast_with_no_level_is_no_goal() -> None:
    assert kinds_only("Online retail is forecast to grow strongly in 2026.") == []


def test_systems_not_effectively_connected_are_a_shortfall() -> None:
    assert kinds_only("The district's systems are not effectively connected and shared.") == [
        "limitation"
    ]


def test_a_weekday_due_is_read_from_the_articles_day() -> None:
    text = (
        "Portal switch-over\n"
        "He directed that by Friday, all district offices must publish their lists of services.\n"
        "The department must report before next Monday.\n"
    )
    dated = UNDATED.extract(text, date(2026, 3, 4), dated=True, period="2026-03-04")
    assert [(i.kind.value, i.due) for i in dated] == [
        ("deadline", "2026-03-06"),
        ("deadline", "2026-03-16"),
    ]
    # dated only to the year, a weekday says no day
    by_year = UNDATED.extract(text, date(2026, 1, 1), dated=True, period="2026")
    assert all(i.due is None for i in by_year)


def test_the_weekday_a_change_begins_is_no_due() -> None:
    text = "Portal switch-over\nThe portal becomes the only gateway, starting 6pm on Friday.\n"
    items = UNDATED.extract(text, date(2026, 3, 4), dated=True, period="2026-03-04")
    assert all(i.due is None for i in items)


def test_results_listed_after_their_heading_are_one_claim_each() -> None:
    items = found(
        "The two systems have achieved three major results: basically completing the "
        "provincial data centre, completing the issue of ID numbers to all residents, and "
        "successfully linking the database with the districts.\n"
    )
    assert [i.kind.value for i in items] == ["achievement"] * 3
    assert [i.quote.split()[0] for i in items] == ["basically", "completing", "successfully"]


def test_a_range_in_per_cent_stays_one_claim() -> None:
    assert kinds_only("Online sales grew by between 18 per cent and 22 per cent a year.") == [
        "achievement"
    ]


def test_a_level_expected_by_the_year_is_a_dated_goal() -> None:
    assert kinds("The city is expecting to have 500 digital firms by the year 2027.\n") == [
        ("target", "2027")
    ]


def test_a_status_then_a_hope_are_two_claims() -> None:
    assert kinds_only("The city has built 40 stations and plans to build 60 more.") == [
        "achievement",
        "target",
    ]


def test_a_system_to_come_into_operation_on_a_day_is_a_dated_task() -> None:
    assert kinds("The two databases will officially come into operation on July 1.\n") == [
        ("deadline", "2025-07-01")
    ]
    assert kinds_only("The new decree will come into effect on July 1.") == []


def test_a_service_set_up_to_answer_complaints_is_no_shortfall() -> None:
    assert kinds_only(
        "A hotline was set up by May 2 to answer residents' questions and complaints."
    ) == ["achievement"]
    assert kinds_only("There is no independent body to handle complaints about data misuse.") == [
        "limitation"
    ]


def test_people_still_to_be_reached_are_a_shortfall() -> None:
    assert kinds_only(
        "There are still 2,150,300 residents who need to be shown how to use the app."
    ) == ["limitation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port city ranked the first in the provincial index.", ["achievement"]),
        (
            "The gaps show that there is still a digital divide between the districts.",
            ["limitation"],
        ),
        (
            "The provincial index comprises three pillars with a total of 98 component indexes "
            "and 250 criteria.",
            [],
        ),
    ],
)
def test_rankings_divides_and_an_index_described(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected
