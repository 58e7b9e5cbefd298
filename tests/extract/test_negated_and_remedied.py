"""What the shortfall cues must not catch: a shortfall negated ("no longer fear", "without
interrupting", "none ... was rejected", "no difficulty"), one remedied ("replaced the
outdated computers"), a fall of something bad ("overdue files fell"), a result in the
present tense, a result told after an opening verb ("Set up in 2021, ..."), what the
chair of a meeting said with its figure, a shortfall beside work under way, and a plan's
dated goal; and what must still be one: an order to ministries, two measures listed
"respectively", a task in the first months of next year. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "With the app, parents in the district no longer fear losing their children's papers.",
        "The upgrade was completed without interrupting services at 46 centres.",
        "None of the 12,000 applications was rejected in the pilot.",
        "Firms reported no difficulty using the portal, with 92% satisfied.",
        "The province no longer keeps records on paper in 95% of communes.",
        "The province replaced 1,200 outdated computers at commune offices in 2024.",
        "The proportion of paper applications fell to 12% in the year.",
        "The rate of overdue files was down from 5% to 0.3%.",
        "Fraud cases were reduced by 40% in 2024.",
        "Chairman Nguyen Van A chaired the conference and said 95% of dossiers were processed"
        " online.",
    ],
)
def test_a_result_is_not_read_as_a_shortfall(sentence: str) -> None:
    assert "limitation" not in [k for k, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The State Bank connects 45 banks to the national payment switch.",
        "Set up in 2021, the centre has handled 1.2 million calls.",
    ],
)
def test_a_result_is_not_read_as_a_task(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_a_shortfall_beside_work_under_way_stays_a_shortfall() -> None:
    sentence = "Work on the land database is still under way, two years behind schedule."
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_a_plan_signed_with_a_dated_goal_is_a_target() -> None:
    sentence = "The ministry has signed a plan to connect all communes by 2026."
    assert kinds(sentence) in ([("target", "2026")], [("deadline", "2026")])


def test_an_order_to_ministries_is_a_task() -> None:
    sentence = "The Prime Minister orders relevant ministries to report before June 30."
    assert kinds(sentence) == [("deadline", "2025-06-30")]


def test_two_measures_listed_respectively_stay_one_line() -> None:
    # cut at "and", the second part ("35% respectively in 2024") would say nothing alone
    sentence = "Revenue and users rose 20% and 35% respectively in 2024."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_a_task_in_the_first_months_of_next_year_keeps_its_date() -> None:
    sentence = "The province must connect all communes in the first three months of next year."
    assert [due for _, due in kinds(sentence)] == ["2026"]
