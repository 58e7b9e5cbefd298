"""How plans and directives word their goals and tasks: the future perfect ("will have
accounted for 30%"), "endeavor for", a list item in the infinitive perfect, tasks named by
what is to be done, a task's date told as a clause after it ("...; complete in March
2026"), an order in the plain present to bodies named, and a sentence that opens with its
year ("By 2030, ...; ...") dating every goal in it. Sentences written here; articles of
10 March 2025."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The e-commerce share will have accounted for 15% of retail sales.", [("target", None)]),
        ("There will have been more than 400 digital firms in the district.", [("target", None)]),
        ("The city will endeavor for 70% of adults to use e-wallets.", [("target", None)]),
        ("Cashless payments to have accounted for 60% of transactions.", [("target", None)]),
        # a report's "is said to have reached" is a result
        ("The ward is said to have reached 85% of online dossiers.", [("achievement", None)]),
    ],
)
def test_a_plans_levels(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(sentence) == expected


def test_tasks_named_by_what_is_to_be_done_are_tasks_when_dated() -> None:
    assert kinds(
        "In the last two months of 2025, key tasks include removing mobile blind spots in "
        "upland communes."
    ) == [("deadline", "2025")]
    # tasks counted as under way are no task named
    counted = [k for k, _ in kinds("So far, 12 tasks are being implemented on schedule.")]
    assert "target" not in counted and "deadline" not in counted


def test_a_tasks_date_told_after_a_semicolon_dates_the_task() -> None:
    assert kinds(
        "Review the software of the land information system in every district; complete in "
        "April 2026."
    ) == [("deadline", "2026-04")]
    assert kinds(
        "Connect the land data of the province with the tax authorities; completing in "
        "September 2026."
    ) == [("deadline", "2026-09")]


def test_an_order_in_the_plain_present_to_bodies_named() -> None:
    assert kinds(
        "District People's Committees direct communes and wards to finish digitising civil "
        "records; completing in June 2026."
    ) == [("deadline", "2026-06")]
    # "direct" as an adjective orders no one
    access = [k for k, _ in kinds("The app gives residents direct access to 40 services.")]
    assert not {"target", "deadline", "directive"} & set(access)


def test_a_sentence_that_opens_with_its_year_dates_every_goal_in_it() -> None:
    got = kinds(
        "By 2030, 95% of dossiers will have been processed online; the digital economy will "
        "have accounted for 30% of GRDP; there will have been more than 1,500 digital firms."
    )
    assert got == [("target", "2030")] * 3


def test_a_result_measured_by_a_day_to_come_is_a_result() -> None:
    """ "By the end of 2025, 8.5 billion invoices had been processed", in an article of
    December 2025: the past perfect tells it was measured, not aimed at."""
    from datetime import date

    from tests.extract.genre import EXTRACTOR

    text = "Invoices in review\nBy the end of 2025, 4.1 billion e-invoices had been processed.\n"
    found = EXTRACTOR.extract(text, date(2025, 12, 18))
    assert [(f.kind.value, f.due) for f in found] == [("achievement", None)]
    text = "Invoices in review\nBy the end of 2025, 4.1 billion e-invoices will be processed.\n"
    found = EXTRACTOR.extract(text, date(2025, 12, 18))
    assert [f.kind.value for f in found] == ["target"]
