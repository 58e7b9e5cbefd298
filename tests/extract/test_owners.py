"""Owners of tasks: the obliged subject, the one asked, or the heading of a list of tasks."""

from __future__ import annotations

from datetime import date

from briefing.extract.owners import heading_owner, owner_of
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus

EXTRACTOR = load_extractor(bundled_corpus() / "data")
REF = date(2025, 3, 10)


def tasks(text: str) -> list[tuple[str, str | None, str | None]]:
    found = EXTRACTOR.extract(text, REF)
    return [(f.quote[:12], f.due, f.owner) for f in found if f.kind.value in ("target", "deadline")]


def test_a_heading_names_the_owner_of_the_items_under_it() -> None:
    text = (
        "Tasks for the coming months\n\n"
        "2. The Ministry of Public Security:\n"
        "a) Preside over the completion of the population database before June 30, 2025;\n"
        "b) Coordinate with localities to activate identification accounts by December 2025.\n"
        "3. The Ministry of Finance:\n"
        "a) Submit the decree on fees for online public services in the third quarter of 2025.\n"
    )
    assert tasks(text) == [
        ("a) Preside o", "2025-06-30", "Ministry of Public Security"),
        ("b) Coordinat", "2025-12", "Ministry of Public Security"),
        ("a) Submit th", "2025-Q3", "Ministry of Finance"),
    ]


def test_a_heading_run_into_its_paragraph_names_the_owner_too() -> None:
    text = (
        "Tasks for the coming months\n\n"
        "The Department of Information and Communications: a) complete the provincial data "
        "warehouse before 30/6/2025; b) connect all commune offices to the data platform by "
        "the end of 2025.\n"
    )
    owners = {owner for _, _, owner in tasks(text)}
    assert owners == {"Department of Information and Communications"}


def test_a_paragraph_that_is_not_a_list_item_ends_the_heading() -> None:
    text = (
        "Tasks for the coming months\n\n"
        "The Ministry of Finance:\n"
        "- Submit the decree on fees for online public services by May 2025.\n"
        "The province will complete its data warehouse by the end of 2026.\n"
    )
    assert [owner for _, _, owner in tasks(text)] == ["Ministry of Finance", None]


def test_what_a_sentence_names() -> None:
    text = "The Ministry of Public Security shall preside over the task."
    assert owner_of(text, 0, len(text)) == "Ministry of Public Security"
    text = "The Prime Minister requested ministries and localities to complete it."
    assert owner_of(text, 0, len(text)) == "Ministries and localities"
    text = "1. For the provincial People's Committees:"
    assert heading_owner(text, 0, len(text)) == "Provincial People's Committees"
    text = "The results are as follows:"
    assert heading_owner(text, 0, len(text)) is None


def test_the_owner_carries_through_a_very_long_paragraph() -> None:
    text = (
        "Tasks\n\nThe Ministry of Finance shall lead the work. "
        + "The weather was fine that day. " * 3000
        + "Complete the fee database before June 30, 2025.\n"
    )
    assert tasks(text)[-1] == ("Complete the", "2025-06-30", "Ministry of Finance")
