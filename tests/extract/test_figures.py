"""Figures with units and scale, and the canonical metric their alias names."""

from __future__ import annotations

from datetime import date

from briefing.core.model import MetricDef
from briefing.extract.figures import find_figures
from briefing.extract.naming import MetricMatcher, name_metrics
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus


def figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(text, 0, len(text))]


def test_scales_currencies_and_percentages() -> None:
    assert figures("Revenue reached 1,928,311 billion VND, up 26%.") == [
        (1928311e9, "VND", None),
        (26.0, "%", None),
    ]
    assert figures("Exports hit over 7.5 billion USD.") == [(7.5e9, "USD", "over")]
    assert figures("Sales reached VND 97,000 billion.") == [(97000e9, "VND", None)]
    assert figures("nearly 81 million records") == [(81e6, "count", "nearly")]


def test_a_magnitude_told_in_words_is_a_figure() -> None:
    assert figures("It has surpassed six million users") == [(6e6, "count", None)]
    assert figures("nearly two million accounts and half a million cards") == [
        (2e6, "count", "nearly"),
        (5e5, "count", None),
    ]
    # a small count in words, and "a million" as a manner of speaking, are not
    assert figures("seven directives were issued, a million thanks") == []


def test_ranks_and_places() -> None:
    got = figures("The city rose to 71st place out of 193, up 15 places.")
    assert (15.0, "places", None) in got
    assert (71.0, "rank", None) in got
    assert (4427.0, "count", None) in figures("It offers 4,427/6,283 online services.")


def test_years_document_numbers_and_days_are_not_figures() -> None:
    assert figures("In 2024, under Decree No. 13 and Resolution 57-NQ/TW, dated March 5.") == []
    assert figures("Project 06 continues at the 9th Session.") == []


def test_estimated_qualifier() -> None:
    assert figures("GRDP is estimated to reach 7.2%") == [(7.2, "%", "estimated")]


DEFS = {
    "households_fiber_share": MetricDef(
        name="households_fiber_share", label="x", unit="%", aliases=("households using fibre",)
    ),
    "ict_revenue": MetricDef(name="ict_revenue", label="x", unit="VND", aliases=("ICT revenue",)),
    "ict_revenue_growth": MetricDef(name="ict_revenue_growth", label="x", unit="%", aliases=()),
}


def test_metrics_named_from_aliases_with_periods() -> None:
    text = "In the first 6 months of 2025, ICT revenue was 120 billion VND, up 9%."
    found = find_figures(text, 0, len(text))
    named = name_metrics(text, 0, len(text), found, MetricMatcher(DEFS), date(2025, 7, 10))
    got = {(m.name, m.value, m.as_of) for m in named}
    assert got == {("ict_revenue", 120e9, "2025-H1"), ("ict_revenue_growth", 9.0, "2025-H1")}


def test_figure_period_after_it_wins_and_article_date_is_the_fallback() -> None:
    text = "Households using fibre reached 82% (79% by the end of 2023)."
    found = find_figures(text, 0, len(text))
    named = name_metrics(text, 0, len(text), found, MetricMatcher(DEFS), date(2024, 7, 10))
    assert {(m.value, m.as_of) for m in named} == {(82.0, "2024-07-10"), (79.0, "2023-12")}


def test_a_unit_that_does_not_fit_is_not_named() -> None:
    text = "Households using fibre: 2 million."
    found = find_figures(text, 0, len(text))
    assert name_metrics(text, 0, len(text), found, MetricMatcher(DEFS), date(2024, 1, 1)) == []


def test_a_capitalised_first_word_is_not_a_label() -> None:
    assert figures("Over 80 communes joined.") == [(80.0, "count", "over")]
    assert figures("Then 34 localities completed it.") == [(34.0, "count", None)]
    assert figures("Group 7 met again, as did Project 06.") == []


GROWTH = {
    "economy_share": MetricDef(
        name="economy_share", label="x", unit="%", aliases=("share of the digital economy",)
    ),
    "economy_growth": MetricDef(
        name="economy_growth", label="x", unit="%", aliases=("digital economy growth rate",)
    ),
    "sales": MetricDef(name="sales", label="x", unit="VND", aliases=("online sales",)),
    "sales_growth": MetricDef(name="sales_growth", label="x", unit="%", aliases=()),
}


def named(text: str) -> set[tuple[str, float]]:
    found = find_figures(text, 0, len(text))
    return {
        (m.name, m.value)
        for m in name_metrics(text, 0, len(text), found, MetricMatcher(GROWTH), date(2024, 7, 1))
    }


def test_a_growth_rate_takes_changes_and_a_share_takes_levels() -> None:
    assert named("The share of the digital economy is 18.3%, its growth rate exceeds 20%.") == {
        ("economy_share", 18.3)
    }
    assert named("The digital economy growth rate was 19% in 2023.") == {("economy_growth", 19.0)}
    assert named("Online sales reached VND 97,000 billion, an increase of 80%.") == {
        ("sales", 97000e9),
        ("sales_growth", 80.0),
    }


def test_an_alias_in_an_aside_names_no_figure_outside_it() -> None:
    defs = {
        "sales": MetricDef(name="sales", label="x", unit="VND", aliases=("online sales",)),
        "sales_growth": MetricDef(name="sales_growth", label="x", unit="%", aliases=()),
        "economy": MetricDef(name="economy", label="x", unit="VND", aliases=("digital economy",)),
        "economy_growth": MetricDef(name="economy_growth", label="x", unit="%", aliases=()),
    }
    text = "Online sales (part of the digital economy) reached VND 97,000 billion, up 80%."
    found = find_figures(text, 0, len(text))
    got = name_metrics(text, 0, len(text), found, MetricMatcher(defs), date(2024, 7, 1))
    assert {(m.name, m.value) for m in got} == {("sales", 97000e9), ("sales_growth", 80.0)}


def test_places_change_the_rank_and_a_compound_counts_its_last_noun() -> None:
    defs = {
        "egov_rank": MetricDef(name="egov_rank", label="x", unit="rank", aliases=("e-Government",)),
        "egov_rank_change": MetricDef(name="egov_rank_change", label="x", unit="places"),
        "checked": MetricDef(name="checked", label="x", unit="records", aliases=("checked",)),
        "clients": MetricDef(name="clients", label="x", unit="customers", aliases=("bank",)),
    }
    text = "In e-Government, the country ranked 71st out of 193, up 15 places."
    found = find_figures(text, 0, len(text))
    got = name_metrics(text, 0, len(text), found, MetricMatcher(defs), date(2024, 7, 1))
    assert {(m.name, m.value) for m in got} == {("egov_rank", 71.0), ("egov_rank_change", 15.0)}
    text = "The bank has checked 5.6 million customer records."
    found = find_figures(text, 0, len(text))
    got = name_metrics(text, 0, len(text), found, MetricMatcher(defs), date(2024, 7, 1))
    assert {(m.name, m.value) for m in got} == {("checked", 5.6e6)}


def test_making_up_a_share_is_a_level_not_a_change() -> None:
    text = "The digital economy makes up 14.2% of the city's GRDP, up 1.5% on last year."
    made_up, risen = find_figures(text, 0, len(text))
    assert (made_up.value, made_up.change) == (14.2, False)
    assert (risen.value, risen.change) == (1.5, True)


def test_a_target_named_beside_a_result_never_enters_the_reported_values() -> None:
    extractor = load_extractor(bundled_corpus() / "data")
    text = (
        "Province reports on electronic ID\n"
        "The number of activated VNeID accounts nationwide exceeded 1.2 million, "
        "surpassing the target of 900,000 accounts.\n"
    )
    (result,) = extractor.extract(text, date(2026, 3, 1))
    assert result.kind.value == "achievement"
    assert [m.value for m in result.metrics] == [1_200_000]


def test_a_provinces_share_of_its_grdp_is_not_the_countrys_gdp_share() -> None:
    extractor = load_extractor(bundled_corpus() / "data")
    text = (
        "Province reports its digital economy\n"
        "The digital economy made up 11.2% of the province's GRDP last year.\n"
        "The digital economy accounted for 18.3% of GDP in 2024.\n"
    )
    named = [m.name for f in extractor.extract(text, date(2025, 3, 1)) for m in f.metrics]
    assert named == ["digital_economy_gdp_share"]  # the national share only


def test_a_count_of_something_else_beside_a_metrics_words_is_not_that_metric() -> None:
    extractor = load_extractor(bundled_corpus() / "data")
    text = (
        "Province reports its identity work\n"
        "The police issued 640,000 chip-based ID cards and received 510,000 applications"
        " for electronic identification in 2024.\n"
    )
    named = [
        (m.name, m.value) for f in extractor.extract(text, date(2025, 3, 1)) for m in f.metrics
    ]
    assert named == [("chip_id_cards_issued", 640000.0)]


def test_a_localitys_figure_never_names_a_national_indicator() -> None:
    extractor = load_extractor(bundled_corpus() / "data")
    text = (
        "Province reports on electronic ID\n"
        "The province has issued 640,000 chip-based ID cards to its residents.\n"
        "Nationwide, 84 million chip-based ID cards have been issued.\n"
        "The city's police issued 90,000 chip-based ID cards and entered them in the"
        " national population database.\n"
    )
    named = [
        [(m.name, m.value) for m in f.metrics] for f in extractor.extract(text, date(2025, 3, 1))
    ]
    assert named == [[], [("chip_id_cards_issued", 84e6)], []]


def _named(text: str) -> list[tuple[str, float]]:
    extractor = load_extractor(bundled_corpus() / "data")
    return [
        (m.name, m.value)
        for f in extractor.extract("Ministry reviews the year\n" + text + "\n", date(2025, 2, 1))
        for m in f.metrics
    ]


def test_a_figure_after_another_measure_is_not_the_first_measures() -> None:
    got = _named(
        "In 2024, the rate of online records reached 41% of all dossiers, while the rate of "
        "records reused reached 37%."
    )
    assert got == [("online_records_rate", 41.0)]


def test_a_share_of_what_the_alias_counts_is_not_its_rate() -> None:
    assert _named("About 31% of the online records were filed by citizens themselves.") == []


def test_dossiers_handled_online_are_not_online_services() -> None:
    got = _named(
        "Nationwide, the portal provided 4,300 online public services and handled 12 million "
        "dossiers online in 2024."
    )
    assert [name for name, value in got if value == 12e6] == []


def test_the_whole_province_is_a_locality() -> None:
    assert _named("The rate of online records of the whole province reached 47.5%.") == []


def test_a_fall_told_by_its_size_is_a_change_not_a_level() -> None:
    for text, value in (("Filings declined by 12.5% in 2024.", 12.5), ("Queues fell 30%.", 30.0)):
        figures = find_figures(text, 0, len(text))
        assert [(f.value, f.change) for f in figures if f.unit == "%"] == [(value, True)]
    text = "The share of paper filings fell to 12.5% in 2024."
    assert [f.change for f in find_figures(text, 0, len(text)) if f.unit == "%"] == [False]
