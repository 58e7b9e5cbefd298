"""The HTML briefing's charts: inline SVG from our own writer (briefing.summary.chart_svg)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.chart import Chart, ChartPoint, SourceLine, TargetLevel, chart_of
from briefing.analysis.series_build import build_series
from briefing.analysis.timeline import series_by_metric
from briefing.corpus.loader import load_corpus
from briefing.summary.chart_svg import chart_svg, chart_table
from briefing.summary.svg import element, num

SVG = "{http://www.w3.org/2000/svg}"
ESC = "\x1b"
HOSTILE = f'<script>alert("x")</script> & {ESC}[31m'


def _point(day: date, value: float, *, conflict: bool = False) -> ChartPoint:
    return ChartPoint(day, value, str(day.year), f"{value:g}%", conflict)


def _chart(outlet: str = "Daily", unit: str = "%") -> Chart:
    lines = (
        SourceLine(outlet, (_point(date(2023, 7, 2), 20), _point(date(2024, 7, 2), 40))),
        SourceLine("Bulletin", (_point(date(2024, 7, 2), 45, conflict=True),)),
    )
    target = TargetLevel(80, "80%", date(2025, 12, 31), "2025", "Gazette")
    return Chart("share", "Online share", unit, lines, (target,), ("2024",))


def _svg(chart: Chart) -> ET.Element:
    return ET.fromstring(chart_svg(chart, "chart-1"))


def test_the_svg_is_well_formed_titled_and_described():
    root = _svg(_chart())
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-1-title chart-1-desc"
    assert root.findtext(f"{SVG}title") == "Online share: reported values over time, by source"
    desc = root.findtext(f"{SVG}desc") or ""
    assert "Daily: 20% (2023), 40% (2024)" in desc
    assert "Target: 80% by 2025 (Gazette)" in desc
    assert not root.findall(f".//{SVG}script") and not root.findall(".//script")


def _markers(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter() if "point" in (e.get("class") or "").split()]


def _y(marker: ET.Element) -> float:
    if marker.get("cy") is not None:
        return float(marker.get("cy") or 0)
    ys = [float(pair.split(",")[1]) for pair in (marker.get("points") or "").split()]
    return (min(ys) + max(ys)) / 2


def test_every_value_is_one_marker_a_higher_value_higher_up():
    root = _svg(_chart())
    markers = _markers(root)
    assert len(markers) == 3
    first, second, third = (_y(m) for m in markers)
    assert first > second > third  # 20%, 40%, 45%: SVG's y grows downwards
    # one shape per line: a circle for the first outlet, a diamond for the second
    assert [m.tag for m in markers] == [f"{SVG}circle", f"{SVG}circle", f"{SVG}polygon"]
    assert len(root.findall(f".//{SVG}polyline[@class='path line-0']")) == 1


def test_disputed_values_are_ringed_and_the_target_dashed_to_its_due_date():
    root = _svg(_chart())
    rings = [e for e in root.iter(f"{SVG}circle") if e.get("class") == "disputed"]
    assert len(rings) == 1
    (level,) = [e for e in root.iter(f"{SVG}line") if e.get("class") == "target"]
    assert level.get("y1") == level.get("y2")
    (due,) = [e for e in root.iter(f"{SVG}circle") if e.get("class") == "target-due"]
    assert due.get("cx") == level.get("x2")  # the line ends at the due date
    label = [e.text for e in root.iter(f"{SVG}text") if e.get("class") == "target-label"]
    assert label == ["target 80% by 2025"]
    ticks = [e.text for e in root.iter(f"{SVG}text") if e.get("class") == "tick"]
    assert "2024" in ticks and "2025" in ticks and "40%" in ticks


def test_a_rank_is_drawn_best_at_the_top():
    root = _svg(_chart(unit="rank"))
    first, second, _ = (_y(m) for m in _markers(root))
    assert first < second  # rank 20 above rank 40


def test_hostile_outlet_names_are_escaped_and_read_back_literally():
    out = chart_svg(_chart(HOSTILE), "chart-1")
    assert "<script>" not in out and ESC not in out
    root = ET.fromstring(out)  # still well-formed
    desc = root.findtext(f"{SVG}desc") or ""
    assert '<script>alert("x")</script> & ␛[31m' in desc
    table = chart_table(_chart(HOSTILE))
    assert "<script>" not in table and "&lt;script&gt;" in table and ESC not in table
    ET.fromstring(table)  # the table is well-formed too


def test_the_writer_refuses_what_a_browser_would_run():
    with pytest.raises(ValueError):
        element("circle", {"onload": "alert(1)"})
    with pytest.raises(ValueError):
        element("a b", None)
    assert element("text", {"x": 1.005}, "a&b") == '<text x="1">a&b</text>'  # children as given
    assert num(-0.001) == "0" and num(12.0) == "12" and num(3.456) == "3.46"


def test_the_fixture_chart_matches_the_series(fixture_corpus: Path):
    corpus = load_corpus(fixture_corpus)
    series = series_by_metric(build_series(corpus))["online_dossier_share"]
    root = ET.fromstring(chart_svg(chart_of(corpus, series), "c"))
    assert len(_markers(root)) == 1
    assert [e.get("class") for e in root.iter(f"{SVG}line") if e.get("class") == "target"]
    broken = replace(chart_of(corpus, series), lines=())
    ET.fromstring(chart_svg(broken, "empty"))  # nothing to draw is still a picture


def test_the_html_export_embeds_one_chart_per_indicator_with_its_table(
    summary: Callable[..., str],
):
    out = summary("--format", "html", "--width", "80")
    figures = out.split('<section id="figures">', 1)[1].split("</section>", 1)[0]
    headings = figures.count("<h3>")
    assert headings and figures.count('<figure class="indicator-chart">') == headings
    assert figures.count('<table class="chart-values">') == headings
    assert "Lanmore Provincial Bulletin" in figures
    assert "<script" not in out


def test_the_brief_has_no_charts(summary: Callable[..., str]):
    assert "<svg" not in summary("--format", "html", "--brief")
