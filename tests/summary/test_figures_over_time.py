"""`briefing summary`: the "Figures over time" section (timelines, change, conflicts)."""

from __future__ import annotations

from tests.summary.conftest import Run, strip_ansi


def _section(out: str) -> str:
    return out.split("Figures over time", 1)[1].split("\nSources", 1)[0]


def test_bundled_timelines_and_conflict(run: Run):
    status, out, err = run("--format", "text", "--width", "300", "--as-of", "2025-03-15")
    assert (status, err) == (0, "")
    figures = _section(out)
    assert (
        "• Trend ▁▅█: over 84.7 million cards (Dec 2023) [3] → 86.3 million cards "
        "(10 Jul 2024) [2] → over 87.7 million cards (6 Feb 2025) [5]"
    ) in figures
    assert (
        "• Latest: over 87.7 million cards (6 Feb 2025) [5]; +1.4 million cards (computed, "
        "improved) since 86.3 million cards (10 Jul 2024) [2]"
    ) in figures
    assert "Electronic identification accounts activated" in figures
    assert (
        "• Sources disagree for H1 2024 / Jun 2024: estimated 18.3% "
        "(H1 2024, reported by 2 sources) [1] [2] vs estimated 18.5% (Jun 2024) [3]"
    ) in figures


def test_bundled_figures_read_as_a_careful_reader_would(run: Run):
    status, out, err = run("--format", "text", "--width", "300", "--as-of", "2025-03-15")
    assert (status, err) == (0, "")
    figures = _section(out)
    # the UN rank's period follows the note on its figure (the 2022 survey), so 86 → 71
    # is 15 places better, never "since rank 86 (19 Jul 2024)"
    assert (
        "• Latest: rank 71 (2024) [5]; improved by 15 places (computed) since rank 86 (2022) [3]"
    ) in figures
    # 87.08% for 2023 and for H1 2024 from two sources: flagged, never "unchanged"
    assert (
        "• Latest: 87.08% (H1 2024) [1]; possible misdating, the same value for another "
        "period (not compared): 87.08% (2023) [3]"
    ) in figures
    # a rank rising to 1st draws rising bars
    assert "• Trend ▁▅███: rank 6 (2020) [3] → rank 3 (2021) [3] → rank 1 (2022) [3]" in figures
    # a half-year's transactions are not compared with a year's
    assert "533 million transactions (H1 2024) [3]; earlier, of another kind of period" in figures
    # e-commerce's 2019–2023 yearly average is another definition than a year's growth
    assert "E-commerce growth, yearly average over several years" not in figures
    assert "−5 points" not in figures


def test_rich_flags_the_conflict_too(run: Run):
    status, out, _ = run("--format", "rich", "--width", "300", "--as-of", "2025-03-15")
    assert status == 0
    assert "Sources disagree for H1 2024 / Jun 2024" in strip_ansi(out)


def test_markdown_cites_both_sides_with_their_quotes(run: Run):
    status, out, _ = run("--format", "markdown", "--as-of", "2025-03-15")
    assert status == 0
    line = next(x for x in out.splitlines() if x.startswith("- **Sources disagree**"))
    assert line.count("[^") == 3  # two agreeing sources and the one that differs
    assert "18.5%" in line and "18.3%" in line


def test_targets_alone_have_no_figures_section(run: Run):
    status, out, _ = run("--format", "text", "--kind", "target", "--as-of", "2025-03-15")
    assert status == 0
    assert "Figures over time" not in out
