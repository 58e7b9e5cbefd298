"""Lookalikes of the rankings, lists, year-end and plan-paragraph rules: sentences that
share their words and must still read as what they are. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.metadata import extract_metadata
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus
from tests.extract.genre import found, kinds, kinds_only

UNDATED = load_extractor(bundled_corpus() / "data")


def test_a_level_to_come_after_by_a_year_is_no_result_measured_then() -> None:
    for body in (
        "By 2031, the digital economy to exceed 35% of GRDP.",
        "By 2031, 80% of firms are also expected to sign contracts online.",
    ):
        items = UNDATED.extract(f"Plan for the city\n{body}\n", date(2031, 1, 1), dated=False)
        assert [i.kind.value for i in items] == ["target"], body


def test_targets_not_met_are_a_shortfall() -> None:
    assert kinds_only("Nine of the 25 wards have not met the planned targets.") == ["limitation"]


def test_a_heading_that_says_the_goals_were_exceeded_opens_results() -> None:
    assert kinds_only(
        "The goals of the plan have been exceeded: 97% of records digitised, 88% of services "
        "online."
    ) == ["achievement", "achievement"]


def test_a_years_targets_are_still_a_level() -> None:
    assert kinds("Each district must reach its 2027 targets for online payments by 2027.\n") == [
        ("target", "2027")
    ]


def test_a_question_asked_is_no_request() -> None:
    assert "target" not in kinds_only(
        "Reporters kept asking the director when to expect the new app, which opened in 2024 "
        "with 90 services."
    )


def test_what_followed_a_meeting_is_no_ranking() -> None:
    assert (
        kinds_only("The morning session ended at noon. It was followed by a panel on data.") == []
    )


def test_two_words_of_one_listed_shortfall_stay_together() -> None:
    items = found(
        "He said there are still difficulties, such as slow and patchy signal in the hills, "
        "and weak links between the district systems.\n"
    )
    assert [i.quote.split()[0] for i in items] == ["slow", "weak"]


def test_a_plans_own_leap_is_its_goal() -> None:
    assert kinds(
        "Under the resolution, card payments are expected to surge to 75% of transactions "
        "by 2030.\n"
    ) == [("target", "2030")]


def test_an_only_does_not_hold_for_another_year() -> None:
    assert kinds_only(
        "Only 9% of patients paid by card in 2022, and 61% paid by card in 2024."
    ) == [
        "limitation",
        "achievement",
    ]


def test_a_results_relative_with_a_dated_level_is_a_goal_of_its_own() -> None:
    items = found(
        "So far 35 communes have joined the network, which will be extended to 110 communes by "
        "2027.\n"
    )
    assert [(i.kind.value, i.due) for i in items] == [("achievement", None), ("target", "2027")]


def test_a_deed_decided_on_is_no_result() -> None:
    assert "achievement" not in kinds_only(
        "The ward has decided to link 30 databases and will complete the work by June 30."
    )


def test_a_ledes_day_keeps_the_year_its_results_report() -> None:
    text = (
        "District prepares for the new government\n\n"
        "On the morning of April 15, the district reviewed its readiness for the two-tier local "
        "government. In the first quarter of 2025, 96% of its dossiers were handled online.\n"
    )
    assert extract_metadata(text, today=date(2031, 1, 1)).published == "2025-04-15"


@pytest.mark.parametrize(
    "sentence",
    ["Last year was slow; 2024 was a record year with 5 million transactions."],
)
def test_a_year_after_a_semicolon_is_no_bare_count(sentence: str) -> None:
    items = found(sentence + "\n")
    assert any(i.quote.startswith("2024 was a record year") for i in items)


def test_money_sought_is_no_claim() -> None:
    assert (
        kinds_only("The district is looking to private investors to fund 4G masts in 25 villages.")
        == []
    )
