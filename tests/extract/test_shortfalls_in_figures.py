"""Shortfalls a report tells with a figure whose words alone say it is bad: a small share,
a fallen rank, files sent back, services no one used, debts and waiting times that grew,
a service absent, a time over what the rules allow, a figure below the target told
beside it; and their lookalikes, which stay results. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Card payments at rural markets account for less than 8% of all transactions.",
        "The province ranked 51st of 63 in the index, down seven places from a year earlier.",
        "About 2,600 dossiers were returned to applicants because the scans were unreadable.",
        "More than 90 online public services received no applications during the whole year.",
        "Unpaid fees on the provincial payment portal rose to VND 31 billion in June.",
        "Waiting times at the ward one-stop shop averaged 52 minutes, up from 35 minutes.",
        "Mobile coverage is still absent in 27 hamlets of the border district.",
        "A land certificate took 21 days online, longer than the 15 days required by law.",
        # a gap to the target told beside the figure, the same unit on both sides
        "Online filing in the first half of 2025 stood at 41% against the target of 60%.",
        "The province has activated 410,000 accounts, compared with a target of 600,000.",
        "The province has activated 900,000 accounts, against a target of 1.2 million.",
    ],
)
def test_a_figure_told_as_bad_is_a_limitation(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Card payments at city hospitals account for more than 60% of all transactions.",
        "The province moved up seven places to 14th of 63 in the index.",
        "Processing times for land certificates fell to 3 days, down from 7 days last year.",
        "Some 4,000 dossiers were returned to applicants online instead of by post.",
        # the target met, or a year that is no figure to compare
        "The district has 214 community digital teams, against a target of 200.",
        "In 2025, 82% of records were filed online, against a target of 80%.",
        "The province has activated 1.3 million accounts, against a target of 900,000.",
    ],
)
def test_its_lookalike_is_a_result(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The city received no complaints about the new parking app in its first month.",
        "The ward went through the whole year without a single complaint about delays.",
    ],
)
def test_no_complaint_at_all_is_no_shortfall(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


def test_complaints_counted_are_a_shortfall() -> None:
    sentence = "The hotline received 1,200 complaints about failed payments in May."
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]
