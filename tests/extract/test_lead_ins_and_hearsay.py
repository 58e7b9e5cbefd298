"""What announces or retells a claim without making one: a reason called simple before it
is given, "This means ..." after a shortfall, hearsay ("there have been reports of"), an
outlet's readers, work under way, a rule that applies from a day however long its
subject, and the period a meeting reviewed, which is no due date. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        '"The explanation is simple: nobody trusts a payment they cannot see," a banker said.',
        "The reason is quite practical.",
        "Tan Lap is the exception, and the reasons are not hard to find.",
        "The causes are many.",
    ],
)
def test_a_reason_announced_is_not_a_shortfall(sentence: str) -> None:
    assert "limitation" not in [k for k, _ in kinds(sentence)]


def test_a_reason_given_is_still_a_shortfall() -> None:
    sentence = "The reason is that many commune officials still lack training in the software."
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_what_a_shortfall_means_is_not_another_shortfall() -> None:
    body = (
        "Only 12 of the 40 agencies share their data with the portal. "
        "This means applicants are still asked for papers the state already has."
    )
    assert [f.kind.value for f in found(body)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "There have been reports of cyberattacks on ward computers.",
        "There were reports that some kiosks charged a fee.",
    ],
)
def test_hearsay_with_no_figure_is_not_a_finding(sentence: str) -> None:
    assert kinds(sentence) == []


def test_an_attack_reported_with_its_count_is_still_a_shortfall() -> None:
    sentence = "There have been 14 cyberattacks on ward computers since January."
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers told the paper that the app crashed twice on Monday.",
        "But villagers told reporters that the kiosk froze whenever it rained.",
    ],
)
def test_what_readers_told_the_paper_is_colour(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry is to add 15 new services to the app, work currently under way.",
        "Efforts to clean the remaining 2 million records are under way.",
    ],
)
def test_work_under_way_is_not_a_result(sentence: str) -> None:
    assert "achievement" not in [k for k, _ in kinds(sentence)]


def test_a_rule_from_a_day_with_a_long_subject_is_context() -> None:
    sentence = (
        "From September 1, online purchases of more than VND5 million (about US$200) or"
        " daily card payments above VND15 million must be confirmed with a face scan."
    )
    assert kinds(sentence) == []


def test_the_period_a_meeting_reviewed_is_no_due_date() -> None:
    sentence = (
        "The minister asked provinces to treat the quality of online services as a test of"
        " leadership, at a meeting reviewing the work in the first nine months of this year."
    )
    # an order with no figure and no date of its own: not a target (LABELLING.md)
    assert [k for k, _ in kinds(sentence)] in ([], ["directive"])


def test_a_task_due_in_the_rest_of_the_year_keeps_its_date() -> None:
    sentence = (
        "The province must finish connecting the ward offices in the remaining months of this year."
    )
    assert kinds(sentence) == [("deadline", "2025")]
