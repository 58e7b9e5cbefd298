"""Kinds from genre cues, on sentences written for these tests (provincial report style)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.core.model import Kind
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus

EXTRACTOR = load_extractor(bundled_corpus() / "data")
REF = date(2025, 3, 10)


def kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.kind.value, f.due, f.owner) for f in EXTRACTOR.extract(text + "\n", REF)]


@pytest.mark.parametrize(
    "text",
    [
        "Binh Phuoc province has issued 950,000 chip-embedded citizen identification cards.",
        "The rate of online records in Ha Giang reached 61.5% in 2024.",
        "For the first time, all 111 communes of Nghe An have connected to the data platform.",
        "Quang Ninh ranked 1st in the provincial digital transformation index for the sixth year.",
    ],
)
def test_achievements(text: str) -> None:
    assert [k for k, _, _ in kinds(text)] == ["achievement"]


@pytest.mark.parametrize(
    "text",
    [
        "The rate of full-process online public services in Dien Bien is low, only reaching 23%.",
        "Digital skills of commune officials remain limited.",
        "Many communes have not yet connected their records to the population database.",
        "The land database project is behind schedule.",
    ],
)
def test_limitations(text: str) -> None:
    assert [k for k, _, _ in kinds(text)] == ["limitation"]


def test_targets_with_and_without_dates() -> None:
    got = kinds(
        "Strive to have 90% of administrative procedure records processed online by the end of "
        "2025."
    )
    assert got == [("target", "2025", None)]
    # With no level to reach and no date, a directive, not a target.
    got = kinds("Districts must strengthen inspection of public duties.")
    assert [k for k, _, _ in got] == ["directive"]
    got = kinds("All communes must connect to the provincial data hub.")
    assert [k for k, _, _ in got] == ["target"]


def test_deadlines_with_owner() -> None:
    got = kinds(
        "The Department of Information and Communications shall preside over and coordinate with "
        "relevant agencies to complete the provincial data warehouse before June 30, 2025."
    )
    assert got == [("deadline", "2025-06-30", "Department of Information and Communications")]
    got = kinds("The Provincial Police must finish cleaning population data in April 2025.")
    assert got == [("deadline", "2025-04", "Provincial Police")]


def test_several_figures_give_clause_level_findings() -> None:
    found = EXTRACTOR.extract(
        "The province has issued over 1.2 million chip ID cards, nearly 800,000 electronic "
        "identification accounts have been activated and 300 communes have connected.\n",
        REF,
    )
    assert len(found) >= 2
    assert all(f.kind is Kind.ACHIEVEMENT for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Delegates attending the conference at the provincial bridge point.",
        "What lessons can be drawn for the coming years?",
        "The Chairman requested delegates to discuss frankly and assess the causes.",
        "We must renew our thinking.",
    ],
)
def test_no_finding(text: str) -> None:
    assert kinds(text) == []


def test_confidence_is_a_probability() -> None:
    for item in EXTRACTOR.extract("Hanoi has issued 8 million chip ID cards.\n", REF):
        assert 0 < item.confidence <= 1


def test_yet_to_and_lags_behind_are_limitations() -> None:
    assert [k for k, _, _ in kinds("Many wards have yet to connect their records systems.")] == [
        "limitation"
    ]
    assert [k for k, _, _ in kinds("The city still lags behind Hanoi in digital payments.")] == [
        "limitation"
    ]
