"""What may be compared and how a change reads: definitions, kinds of period, direction,
misdating, conflicts within a source, one "latest" and the headline order
(briefing.analysis.timeline), each on a small corpus of its own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from briefing.analysis.series_build import build_series
from briefing.analysis.timeline import MISDATED, NOT_COMPARED, Series, headline
from briefing.core.model import Better, Finding, Kind, Metric, MetricDef, MetricKind, Source
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.loader import load_corpus

TOPIC = "permits"


def _source(sid: str, published: str) -> Source:
    return Source(sid, f"{sid}.txt", sid, f"Outlet {sid}", published, "0" * 64)


SOURCES = [
    _source("a", "2024-01-10"),
    _source("b", "2024-08-20"),
    _source("c", "2025-02-01"),
]


def _report(fid: str, source: str, name: str, value: float, as_of: str, unit: str) -> Finding:
    text = f"{name} was {value:g} {unit} in {as_of}"
    metric = Metric(name, value, unit, as_of)
    return Finding(fid, Kind.ACHIEVEMENT, text, text, source, (0, len(text)), (TOPIC,), (metric,))


def _corpus(defs: list[MetricDef], findings: list[Finding]) -> Corpus:
    corpus = Corpus(root=Path())
    corpus.sources = {s.id: s for s in SOURCES}
    corpus.findings = findings
    corpus.metric_defs = {d.name: d for d in defs}
    corpus.topics = {TOPIC: "Permits"}
    index_findings(corpus)
    return corpus


def _series(
    kind: MetricKind | None,
    values: list[tuple[str, float, str]],
    *,
    unit: str = "%",
    better: Better | None = Better.UP,
) -> Series:
    """The one series of metric ``m`` from (source, value, as-of) reports."""
    definition = MetricDef("m", "Permits online", unit, kind=kind, better=better)
    findings = [_report(f"f{i}", s, "m", v, p, unit) for i, (s, v, p) in enumerate(values)]
    (series,) = build_series(_corpus([definition], findings))
    return series


def _said(series: Series) -> str:
    """The latest value's line, as every view words it."""
    if series.previous is not None:
        return series.change_words
    return series.not_compared if series.earlier is not None else ""


# --- kinds of period ----------------------------------------------------------------


def test_a_flow_compares_only_periods_of_one_length():
    # 533 million in H1 2024 against 11.5 million in all of 2020: never "+521.5 million"
    series = _series(MetricKind.FLOW, [("a", 11.5e6, "2020"), ("b", 533e6, "2024-H1")], unit="tx")
    assert series.change is None and series.previous is None
    assert series.earlier is not None and series.earlier.value == 11.5e6
    assert _said(series) == NOT_COMPARED
    # a year and a year compare
    yearly = _series(MetricKind.FLOW, [("a", 10e6, "2022"), ("b", 12e6, "2023")], unit="tx")
    assert yearly.change_words == "+2 million tx (computed, improved)"


def test_a_stock_is_a_level_at_the_end_of_any_period():
    # cards issued by December 2023 (a month) and by 10 July 2024 (a day) compare
    series = _series(
        MetricKind.STOCK, [("a", 84.7e6, "2023-12"), ("b", 86.3e6, "2024-07-10")], unit="cards"
    )
    assert series.change == pytest.approx(1.6e6)
    assert series.change_words == "+1.6 million cards (computed, improved)"


def test_a_rate_over_a_half_is_not_a_year_and_unsaid_kinds_keep_to_one_precision():
    rate = _series(MetricKind.RATE, [("a", 19, "2023"), ("b", 22.4, "2024-H1")])
    assert rate.change is None and _said(rate) == NOT_COMPARED
    unsaid = _series(None, [("a", 17, "2023-12"), ("b", 43, "2024-07-19")])
    assert unsaid.change is None  # a month and a day: not said to be levels
    unsaid = _series(None, [("a", 40, "2024-07-01"), ("b", 43, "2024-07-19")])
    assert unsaid.change_words == "+3 points (computed, improved)"


def test_an_average_over_years_is_another_definition_than_one_year():
    defs = [
        MetricDef("growth", "E-commerce growth", "%", kind=MetricKind.RATE, better=Better.UP),
        MetricDef("growth_avg", "E-commerce growth, yearly average", "%", kind=MetricKind.RATE),
    ]
    findings = [
        _report("avg", "a", "growth_avg", 25, "2023", "%"),
        _report("year", "c", "growth", 20, "2024", "%"),
    ]
    made = {s.metric: s for s in build_series(_corpus(defs, findings))}
    assert made["growth"].change is None and made["growth"].earlier is None
    assert made["growth_avg"].change is None  # never "−5 points since about 25%"


# --- direction ----------------------------------------------------------------------


def test_a_rank_improves_downwards_and_its_bars_rise():
    series = _series(
        MetricKind.RANK,
        [("a", 6, "2020"), ("a", 3, "2021"), ("b", 1, "2022")],
        unit="rank",
        better=None,  # unsaid: a rank is better when smaller
    )
    assert series.direction is Better.DOWN
    assert series.change_words == "improved by 2 places (computed)"
    assert series.change_short == "2 places better"
    assert series.spark() == "▁▅█"
    worse = _series(
        MetricKind.RANK, [("a", 5, "2022"), ("b", 6, "2024")], unit="rank", better=Better.DOWN
    )
    assert worse.change_words == "worsened by 1 place (computed)"
    assert worse.spark() == "█▁"


def test_a_change_reads_improved_or_worsened_as_the_metric_says():
    down = _series(MetricKind.STOCK, [("a", 12, "2023"), ("b", 9, "2024")], better=Better.DOWN)
    assert down.change_words == "−3 points (computed, improved)"
    assert down.change_short == "−3 points better"
    up = _series(MetricKind.STOCK, [("a", 12, "2023"), ("b", 9, "2024")], better=Better.UP)
    assert up.change_words == "−3 points (computed, worsened)"
    neither = _series(MetricKind.STOCK, [("a", 2, "2023"), ("b", 5, "2024")], better=None)
    assert neither.change_words == "+3 points (computed)"


# --- misdating ----------------------------------------------------------------------


def test_the_same_value_for_two_periods_from_two_sources_is_a_possible_misdating():
    # 87.08% "in 2023" in one article, 87.08% for H1 2024 in another
    series = _series(
        MetricKind.STOCK, [("a", 67, "2020"), ("a", 87.08, "2023"), ("b", 87.08, "2024-H1")]
    )
    assert series.previous is None and series.change is None  # never "unchanged"
    assert series.earlier is not None and series.earlier.value == 87.08
    assert series.not_compared == MISDATED
    assert [(a.first.period.text, b.first.period.text) for a, b in series.misdated] == [
        ("2023", "2024-H1")
    ]
    assert series.misdated_apart == []  # the latest line says it already


def test_one_source_repeating_a_value_and_ranks_are_not_misdated():
    same_source = _series(MetricKind.STOCK, [("a", 100, "2023"), ("a", 100, "2024")])
    assert same_source.misdated == [] and same_source.change_words == "unchanged"
    rank = _series(MetricKind.RANK, [("a", 1, "2023"), ("c", 1, "2024")], unit="rank")
    assert rank.misdated == [] and rank.change_words == "unchanged"


def test_a_misdating_apart_from_the_latest_is_listed_on_its_own():
    series = _series(
        MetricKind.FLOW, [("a", 18.3, "2024-H1"), ("c", 18.3, "2024"), ("c", 19, "2025")]
    )
    assert series.change_words == "+0.7 points (computed, improved)"
    assert len(series.misdated_apart) == 1


# --- conflicts and the latest value ---------------------------------------------------


def test_one_source_giving_two_values_for_one_period_is_a_conflict_within_it():
    series = _series(MetricKind.STOCK, [("b", 42, "2024-H1"), ("b", 43, "2024-H1")])
    (conflict,) = series.conflicts
    assert conflict.within_source
    assert conflict.heading == "One source disagrees with itself"
    across = _series(MetricKind.STOCK, [("a", 42, "2024-H1"), ("b", 43, "2024-H1")])
    assert across.conflicts[0].heading == "Sources disagree"
    both = _series(
        MetricKind.STOCK, [("a", 42, "2024-H1"), ("b", 42, "2024-H1"), ("b", 43, "2024-H1")]
    )
    assert both.conflicts[0].heading == "Sources disagree, one also with itself"


def test_the_overview_and_the_figures_agree_on_the_latest_value():
    definition = MetricDef("m", "Permits online", "%", kind=MetricKind.STOCK)
    findings = [
        _report("z-first", "b", "m", 42, "2024-H1", "%"),
        _report("a-second", "b", "m", 43, "2024-H1", "%"),
        _report("old", "a", "m", 30, "2023", "%"),
    ]
    made = build_series(_corpus([definition], findings))
    (series,) = made
    latest = series.latest_point
    assert latest is not None and series.latest is not None
    assert latest.metric.value == series.latest.value
    (row,) = headline(made)
    assert (row[0].id, row[1].value) == (latest.finding.id, latest.metric.value)


def test_headline_figures_by_rank_then_the_most_recent():
    defs = [
        MetricDef("cards", "Cards", "cards", kind=MetricKind.STOCK, headline=1),
        MetricDef("accounts", "Accounts", "accounts", kind=MetricKind.STOCK, headline=2),
        MetricDef("zeta", "Zeta", "%", kind=MetricKind.STOCK),
        MetricDef("alpha", "Alpha", "%", kind=MetricKind.STOCK),
    ]
    findings = [
        _report("f1", "c", "alpha", 1, "2025-01", "%"),
        _report("f2", "a", "cards", 2, "2023-12", "cards"),
        _report("f3", "b", "accounts", 3, "2024-07", "accounts"),
        _report("f4", "c", "zeta", 4, "2025-02", "%"),
    ]
    rows = headline(build_series(_corpus(defs, findings)))
    assert [m.name for _, m in rows] == ["cards", "accounts", "zeta", "alpha"]


# --- metrics.toml ---------------------------------------------------------------------


def _with_metrics(fixture_corpus: Path, tmp_path: Path, extra: str) -> Corpus:
    root = tmp_path / "corpus"
    shutil.copytree(fixture_corpus, root)
    metrics = root / "data" / "metrics.toml"
    metrics.write_text(metrics.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return load_corpus(root)


def test_metrics_toml_takes_kind_better_and_headline(fixture_corpus: Path, tmp_path: Path):
    extra = '\n[metric.x_rank]\nlabel = "X rank"\nunit = "rank"\nkind = "rank"\nheadline = 2\n'
    corpus = _with_metrics(fixture_corpus, tmp_path, extra)
    assert corpus.ok, corpus.problems
    definition = corpus.metric_defs["x_rank"]
    assert (definition.kind, definition.better, definition.headline) == (MetricKind.RANK, None, 2)
    assert definition.direction is Better.DOWN
    assert not definition.national  # unsaid: a locality's figure may name it


def test_metrics_toml_takes_national(fixture_corpus: Path, tmp_path: Path):
    extra = '\n[metric.x_cards]\nlabel = "X cards"\nunit = "cards"\nnational = true\n'
    corpus = _with_metrics(fixture_corpus, tmp_path, extra)
    assert corpus.ok, corpus.problems
    assert corpus.metric_defs["x_cards"].national


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('kind = "level"', "kind: input should be 'stock', 'flow', 'rate', 'rank' or 'index'"),
        ('kind = "rank"\nbetter = "up"', 'better "up" is wrong for a rank'),
        ('better = "sideways"', "better: input should be 'up' or 'down'"),
        ("headline = 0", "headline: input should be greater than or equal to 1"),
        ("headline = true", "headline: input should be a valid integer"),
        ('national = "yes"', "national: input should be a valid boolean"),
    ],
)
def test_metrics_toml_names_the_line_of_a_bad_kind_better_or_headline(
    fixture_corpus: Path, tmp_path: Path, body: str, problem: str
):
    extra = f'\n[metric.x_bad]\nlabel = "X"\nunit = "rank"\n{body}\n'
    corpus = _with_metrics(fixture_corpus, tmp_path, extra)
    lines = [str(p) for p in corpus.problems]
    assert len(lines) == 1 and problem in lines[0], lines
    path, line = lines[0].split(":")[:2]
    assert path.endswith("metrics.toml")
    text = (tmp_path / "corpus" / "data" / "metrics.toml").read_text(encoding="utf-8")
    named = problem.split(":")[0].split()[0]  # the field the problem is about
    assert text.splitlines()[int(line) - 1].startswith(f"{named} = ")


# --- the bundled corpus's figures against their quotes ---------------------------------

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOTE_KINDS = ("Outside knowledge, not in the article: ", "From the article", "From the quote")


def _dated_by_quote(metric: Metric, quote: str) -> bool:
    return metric.as_of[:4] in quote or bool(re.search(r"first 6 months|first half", quote))


def test_bundled_figures_dated_beyond_their_quote_say_how(bundled: Path):
    corpus = load_corpus(bundled)
    unexplained = []
    for finding in corpus.findings:
        published = corpus.sources[finding.source].published
        for metric in finding.metrics:
            if metric.note is not None:
                assert metric.note.startswith(_NOTE_KINDS), (finding.id, metric.note)
            # dated by its quote, by the article's day ("to date"), or by a note
            dated = _dated_by_quote(metric, finding.quote) or metric.as_of == published
            if not dated and metric.note is None:
                unexplained.append((finding.id, metric.name, metric.as_of))
    assert unexplained == []


def test_bundled_figure_statements_add_no_year_their_quote_or_notes_lack(bundled: Path):
    corpus = load_corpus(bundled)
    added = []
    for finding in corpus.findings:
        if not finding.metrics:
            continue
        known = " ".join([finding.quote, finding.due or ""])
        known += " ".join(f"{m.as_of} {m.note}" for m in finding.metrics if m.note)
        added += [(finding.id, y) for y in _YEAR.findall(finding.statement) if y not in known]
    assert added == []
    # the statements the audit corrected say no more than their quotes
    statements = {f.id: f.statement for f in corpus.findings}
    assert "(2022)" not in statements["vn-un-egov-rank"]
    assert "(2022)" not in statements["vn-un-online-services-rank"]
    assert "largest" not in statements["kt-online-retail-sales"]
    assert "bank" not in statements["qt-biometric-bank-records"]
    growth = corpus.by_id["vn-ecommerce-growth-h1-2024"].metrics[0]
    assert (growth.name, growth.as_of) == ("ecommerce_growth", "2024-H1")
    assert "largest" not in corpus.metric_label("online_retail_platform_sales_growth")


def test_a_metric_definition_made_from_raw_toml_words_holds_their_meaning():
    # the extractor reads metrics.toml as it is, unvalidated
    definition = MetricDef("x", "X", "rank", kind="rank", better="down")  # type: ignore[arg-type]
    assert definition.kind is MetricKind.RANK and definition.better is Better.DOWN
