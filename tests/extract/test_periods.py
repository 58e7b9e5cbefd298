"""The period each figure describes (as_of), on paragraphs written for these tests."""

from __future__ import annotations

from datetime import date

from briefing.core.model import MetricDef
from briefing.extract.pipeline import Extractor

REF = date(2025, 7, 10)


def _def(name: str, unit: str, *aliases: str) -> MetricDef:
    return MetricDef(name=name, label=name, unit=unit, aliases=aliases)


EXTRACTOR = Extractor(
    {
        "revenue": _def("revenue", "VND", "software revenue"),
        "revenue_growth": _def("revenue_growth", "%"),
        "fibre_share": _def("fibre_share", "%", "households using fibre"),
        "records_rate": _def("records_rate", "%", "rate of online records"),
        "cards": _def("cards", "cards", "chip ID cards"),
        "communes": _def("communes", "communes", "communes"),
        "growth": _def("growth", "%", "e-commerce growth"),
    },
    {"governance": "Governance"},
)


def as_of(text: str) -> dict[tuple[str, float], str]:
    """(metric, value) → as_of for every metric the extractor names in ``text``."""
    found = EXTRACTOR.extract(text + "\n", REF)
    return {(m.name, m.value): m.as_of for f in found for m in f.metrics}


def test_the_period_after_a_figure_dates_it_and_a_baseline_does_not() -> None:
    got = as_of(
        "In the first 6 months of 2025, software revenue reached 120 billion VND, "
        "up 26% over the same period in 2024."
    )
    assert got == {("revenue", 120e9): "2025-H1", ("revenue_growth", 26.0): "2025-H1"}


def test_a_baseline_right_before_a_figure_dates_it() -> None:
    got = as_of(
        "The share of households using fibre rose to 82% "
        "(an increase of 2% compared to the end of 2024 at 80%)."
    )
    assert got[("fibre_share", 82.0)] == "2025-07-10"
    assert got[("fibre_share", 80.0)] == "2024-12"


def test_so_far_and_at_present_are_the_article_date() -> None:
    got = as_of(
        "The rate of online records in 2019 was only about 5%, at present, "
        "the rate of online records has reached 43%."
    )
    assert got == {("records_rate", 5.0): "2019", ("records_rate", 43.0): "2025-07-10"}


def test_a_range_is_dated_by_its_last_year() -> None:
    got = as_of("The e-commerce growth was about 25% per year in the period from 2019 to 2023.")
    assert got == {("growth", 25.0): "2023"}


def test_a_sentence_framing_one_period_dates_the_next_ones_of_its_paragraph() -> None:
    got = as_of(
        "By December 2024, the province has issued 900,000 chip ID cards. "
        "Then 34 communes have completed the connection to the data platform."
    )
    assert got == {("cards", 900000.0): "2024-12", ("communes", 34.0): "2024-12"}


def test_a_sentence_with_several_periods_frames_nothing_after_it() -> None:
    got = as_of(
        "The growth was 28% in 2022 and 19% in 2023. "
        "The province has issued 900,000 chip ID cards to its residents."
    )
    assert got[("cards", 900000.0)] == "2025-07-10"


def test_a_short_lead_paragraph_dates_the_paragraphs_after_it() -> None:
    text = (
        "Results of the first half\n\n"
        "Digital transformation in the first 6 months of the year has achieved many results.\n\n"
        "Accordingly, the province has issued 900,000 chip ID cards to its residents.\n\n"
        "The rate of online records has reached 61% (38% by the end of 2024).\n"
    )
    got = as_of(text)
    assert got == {
        ("cards", 900000.0): "2025-H1",
        ("records_rate", 61.0): "2025-H1",
        ("records_rate", 38.0): "2024-12",
    }


def test_without_any_period_a_figure_is_as_of_the_article_date() -> None:
    got = as_of("Accordingly, the province has issued 900,000 chip ID cards to its residents.")
    assert got == {("cards", 900000.0): "2025-07-10"}


def test_a_goal_figure_is_as_of_its_due_date() -> None:
    found = EXTRACTOR.extract(
        "The province strives to raise the rate of online records to 80% by the end of 2026.\n",
        REF,
    )
    assert [(f.kind.value, f.due, [m.as_of for m in f.metrics]) for f in found] == [
        ("target", "2026", ["2026"])
    ]


def test_a_level_compared_with_a_year_long_over_is_of_the_year_after_it() -> None:
    # REF is July 2025: a comparison with 2023 speaks of 2024, which is over
    got = as_of("The rate of online records reached 61%, up 9% compared to 2023.")
    assert got[("records_rate", 61.0)] == "2024"
    # ... while one with 2024 is of the year still running: as of the article's day
    got = as_of("The rate of online records reached 61%, up 9% compared to 2024.")
    assert got[("records_rate", 61.0)] == "2025-07-10"


def test_a_figure_with_no_period_of_an_article_dated_to_a_year_is_of_that_year() -> None:
    found = EXTRACTOR.extract(
        "The province has issued 2 million chip ID cards.\n", date(2024, 1, 1), period="2024"
    )
    assert [m.as_of for f in found for m in f.metrics] == ["2024"]


def test_since_then_is_the_article_date_not_the_year_before() -> None:
    got = as_of(
        "The ministry began issuing the new cards in 2021. It has issued more than 70 million "
        "chip ID cards since then."
    )
    assert got[("cards", 70e6)] == "2025-07-10"


def test_a_figure_told_with_another_takes_its_period() -> None:
    got = as_of("Software revenue reached 80 billion VND in 2024, with e-commerce growth of 18%.")
    assert got == {("revenue", 80e9): "2024", ("growth", 18.0): "2024"}
