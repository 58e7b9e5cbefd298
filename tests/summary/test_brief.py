"""`briefing summary --brief`, the order of a full summary, `--no-quotes`, and changes
computed only between values of the same kind of period."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from briefing.analysis.timeline import NOT_COMPARED
from tests.summary.conftest import AS_OF, Run


def headings(text: str) -> list[str]:
    """The section rules' titles, in order."""
    return [m.group(1) for m in re.finditer(r"^(\S[^─\n]*?) ─{3,}$", text, flags=re.MULTILINE)]


def test_the_bundled_brief_fits_a_page_at_100_columns(run: Run):
    status, out, err = run("--brief", "--format", "text", "--width", "100", "--as-of", AS_OF)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) <= 60, len(lines)
    assert max(len(x) for x in lines if not x.startswith("    http")) <= 100
    titles = headings(out)
    assert [t.split(" (")[0] for t in titles] == [
        "Deadlines",
        "Headline figures",
        "Limitations",
        "Sources",
    ]
    # It says how it chose, and how much it left out.
    assert "Brief: open deadlines, overdue first" in out
    assert titles[0].startswith("Deadlines (6 of 9)")
    # Every overdue deadline comes before the first one not yet due.
    states = re.findall(r"^• [^,]+, (overdue|due-soon|upcoming),", out, flags=re.MULTILINE)
    assert states and states == sorted(states, key=lambda s: s != "overdue")


def test_the_brief_leaves_out_a_deadline_marked_done(cli: Run, corpus_copy: Path):
    def brief() -> str:
        status, out, err = cli(
            "summary", "--corpus", str(corpus_copy), "--as-of", AS_OF, "--brief", "--width", "200"
        )
        assert (status, err) == (0, "")
        return out

    before = brief()
    task = "Connect the land registry"
    line = next(x for x in before.splitlines() if task in x)
    assert ", due-soon," in line
    deadline = "lm-land-registry-deadline"
    status, _, err = cli("mark", deadline, "--done", "--corpus", str(corpus_copy))
    assert (status, err) == (0, "")
    assert task not in brief()


def test_brief_and_limit_together_are_one_usage_line(run: Run, fixture_corpus: Path):
    status, out, err = run("--corpus", str(fixture_corpus), "--brief", "--limit", "2")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "--limit" in err and "--brief" in err


def test_the_full_summary_puts_deadlines_and_figures_first(summary: Callable[..., str]):
    titles = [t.split(" (")[0] for t in headings(summary("--format", "text", "--width", "100"))]
    assert titles == [
        "Deadlines",
        "Figures over time",
        "Promises",
        "Targets",
        "Limitations",
        "Achievements",
        "Sources",
    ]


def test_compact_markdown_cites_sources_without_quotes(summary: Callable[..., str]):
    full = summary("--format", "markdown")
    compact = summary("--format", "markdown", "--no-quotes")
    assert "[^1]" in full and "[^" not in compact
    assert len(compact.splitlines()) < len(full.splitlines())
    # A citation links to its source's page.
    assert "[\\[1\\]](<https://" in compact


def test_no_quotes_is_refused_where_nothing_is_quoted(run: Run, fixture_corpus: Path):
    status, out, err = run("--corpus", str(fixture_corpus), "--format", "text", "--no-quotes")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "--no-quotes" in err


def test_values_of_different_kinds_of_period_are_listed_not_compared(cli: Run, corpus_copy: Path):
    """1.25 million in June 2024 (a month) and 1.41 million in the second half of 2024 (a
    half-year): counted as a flow, both are shown and no change is computed between them;
    as a stock (a level at a date, as metrics.toml says of cards issued) they compare."""
    path = corpus_copy / "data/findings/lanmore-bulletin-2025-01.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('as_of = "2025-01"', 'as_of = "2024-H2"', 1), encoding="utf-8")
    metrics = corpus_copy / "data/metrics.toml"
    stock = metrics.read_text(encoding="utf-8")
    assert stock.count('kind = "stock"') >= 1  # the first is chip_id_cards_issued's

    def latest_line() -> str:
        status, out, err = cli(
            "summary", "--corpus", str(corpus_copy), "--as-of", AS_OF, "--format", "text",
            "--width", "300",
        )  # fmt: skip
        assert (status, err) == (0, "")
        return next(x for x in out.splitlines() if x.startswith("• Latest: over 1.41 million"))

    metrics.write_text(stock.replace('kind = "stock"', 'kind = "flow"', 1), encoding="utf-8")
    line = latest_line()
    assert "+160,000" not in line and "since" not in line
    assert f"{NOT_COMPARED}: 1.25 million cards (Jun 2024)" in line
    metrics.write_text(stock, encoding="utf-8")
    line = latest_line()
    assert "+160,000 cards (computed, improved) since 1.25 million cards (Jun 2024)" in line


def test_the_summary_cli_does_not_import_textual_for_a_brief(fixture_corpus: Path):
    code = (
        "import sys; from briefing.cli import main; "
        f"main(['summary', '--corpus', {str(fixture_corpus)!r}, '--brief', '--format', 'html']); "
        "sys.exit(1 if 'textual' in sys.modules else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_brief_headline_figures_follow_the_headline_rank(run: Run):
    """The brief's figures are the Overview's: ranked ``headline`` in metrics.toml first
    (chip ID cards lead), not the most-reported in label order."""
    metrics = tomllib.loads(Path("data/metrics.toml").read_text(encoding="utf-8"))["metric"]
    rank = {m["label"]: m.get("headline", 1 << 30) for m in metrics.values()}
    status, out, err = run("--brief", "--format", "text", "--width", "200", "--as-of", AS_OF)
    assert (status, err) == (0, "")
    section = out.split("Headline figures", 1)[1].split("\n\n", 1)[0]
    labels = re.findall(r"^• ([^:]+):", section, flags=re.MULTILINE)
    assert len(labels) == 8
    assert labels[0] == "Chip-embedded citizen ID cards issued"
    ranks = [rank[label] for label in labels]
    assert ranks == sorted(ranks), list(zip(labels, ranks, strict=True))
    assert labels != sorted(labels)
