"""Wordings of provincial and ministry reports translated into English: a shortfall said
with "only reaches about", a theft said as money "appropriated" or a person "swindled",
supervision "still formal", a population told by its parts, a plan's tasks counted,
results listed in an order's words, and a span "to present" that dates the article; each
beside a lookalike that stays what it was. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.article_date import reported_year
from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of level 2 accounts only reaches about 23.5% of the target of 520,000.",
        "Online filing only achieved around 30% of the plan in the first half.",
        "A retired teacher was swindled out of VND600 million after installing a fake app.",
        "As a result, VND850 million in her bank account was appropriated by the scammer.",
        "Fraudsters appropriated more than VND3 billion from 40 victims in the first quarter.",
        "He was cheated out of VND200 million by a caller posing as a police officer.",
        "The work of inspection and supervision is still formal, mainly based on paper reports.",
    ],
)
def test_a_report_shortfall_is_a_limitation(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The district council appropriated VND50 billion for the new data centre in 2024.",
        "Over 300 officials still attend formal training on data security every year.",
        "Land certificates are now issued in only about 3 days instead of 15.",
    ],
)
def test_their_lookalikes_are_no_limitation(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The district has a total population of 412,500 people, of which 398,120 are "
        "permanent residents and 14,380 are temporary residents.",
        "Residents aged 14 and over number about 310,000 people.",
        "Citizens aged 14 and over are over 1.2 million people.",
        "In 2026, there are 84 tasks under the plan, of which 12 are key tasks.",
        "The plan sets out 40 tasks for the departments and districts.",
    ],
)
def test_a_population_or_a_plans_tasks_counted_is_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "The province has issued 640,000 chip-based ID cards to residents aged 14 and over.",
            "achievement",
        ),
        (
            "Some 21,000 temporary residents have registered their stay online this year.",
            "achievement",
        ),
        ("The province has completed 54 of its 60 tasks for the year.", "achievement"),
        ("There are still 38 tasks behind schedule.", "limitation"),
    ],
)
def test_people_served_and_tasks_done_or_late_stay_findings(sentence: str, kind: str) -> None:
    assert [k for k, _ in kinds(sentence)] == [kind]


def test_results_listed_in_an_orders_words_are_results() -> None:
    sentence = (
        "Activate over 12 million VNeID level 2 accounts; "
        "issue over 300 thousand identification records for organisations."
    )
    assert [kind for kind, _ in kinds(sentence)] == ["achievement", "achievement"]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a level ordered after a result is a target still
        (
            "Activate over 12 million accounts; ensure over 90% of dossiers are processed online.",
            "target",
        ),
        # a count with no "over" or "nearly" is what an order asks for
        ("Activate over 12 million accounts; issue 300,000 records for organisations.", "target"),
        # dated, it is a task
        ("Activate over 12 million accounts; issue over 300,000 records by June 30.", "deadline"),
    ],
)
def test_an_order_after_a_result_stays_an_order(sentence: str, second: str) -> None:
    assert [kind for kind, _ in kinds(sentence)][1:] == [second]


def test_a_span_to_the_present_dates_the_article_after_its_start() -> None:
    text = (
        "The project was approved in January 2022 for the 2022 - 2025 period.\n"
        "From July 1, 2024 to present, the ministry has issued more than 3 million ID cards.\n"
    )
    assert reported_year(text) == 2024


def test_a_programmes_period_is_no_reported_year() -> None:
    assert (
        reported_year("Under the 2021 - 2025 plan, the province connected 40 communes.\n") is None
    )
