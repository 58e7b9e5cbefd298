"""Shortfalls said as a sentence's heading, systems kept apart, harm suffered, small parts
in words, and steps due on a date (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Land files of the two merged districts are still held in two separate systems.",
        "Many of the hospital systems cannot exchange data with one another.",
        "Some birth registrations were received twice by the ward office.",
        "About 15% of the listed services did not receive a single application last year.",
        "Price remains the biggest hurdle for small shops.",
        "The cost of a tower in the hills is hard to justify for the carriers.",
        "Around 42% of the shops said they could not afford to hire an accountant.",
        "One in four clinics suffered at least one cyber incident last year.",
        "Of the shops hit, only a third managed to restore their records.",
        "Most commune offices have only two officers who can run the scanners.",
        "Some departments still regard data work as the job of the IT unit.",
        "The portal frequently asks users to type in again the details of their ID card.",
        "Old scanners at the district centre frequently break down.",
        "In June, a ransomware attack on a server of the district hospital interrupted its "
        "booking service for a day.",
    ],
)
def test_a_shortfall_in_other_words_is_a_limitation(sentence: str) -> None:
    assert kinds(sentence) == [("limitation", None)]


def test_a_shortfall_s_heading_lends_its_kind_to_what_its_colon_tells() -> None:
    found_here = found(
        "The gap between towns and villages is wide: villages scored an average of 22 out of "
        "100 on the index, against 64 for towns."
    )
    assert [f.kind.value for f in found_here] == ["limitation"]
    assert found_here[0].quote.startswith("villages scored an average of 22")


def test_a_heading_of_its_colon_is_one_claim_with_what_follows() -> None:
    found_here = found("Staffing is part of the problem: most wards have only one trained officer.")
    assert [(f.kind.value, f.quote[:10]) for f in found_here] == [("limitation", "most wards")]


def test_a_heading_alone_frames_the_sentences_after_it_and_claims_nothing() -> None:
    assert kinds("Equipment is another bottleneck.") == []
    assert kinds("The gap between towns and villages also remains wide.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first portal, when it offered only eight services.",
        "The card was delivered in just two days.",
    ],
)
def test_a_small_count_of_time_or_of_the_past_is_no_shortfall(sentence: str) -> None:
    assert ("limitation", None) not in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The draft circular is due to be submitted in the third quarter.",
            "2025-Q3",
        ),
        (
            "The Department of Health has been told to launch the booking app by September.",
            "2025-09",
        ),
    ],
)
def test_a_step_due_on_a_date_is_a_deadline(sentence: str, due: str) -> None:
    assert kinds(sentence) == [("deadline", due)]
