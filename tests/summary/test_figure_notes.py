"""A figure's note (outside knowledge, marked) follows its finding's line in every format
but JSON (which has it as ``note``), as its own short ``note:`` line, never as markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.summary.conftest import AS_OF, Run, strip_ansi

NOTE = "Outside the quote: <b>the survey</b> [bold]edition[/bold] *2022*"


@pytest.fixture
def noted(corpus_copy: Path) -> Path:
    path = corpus_copy / "data" / "findings" / "lanmore-2024-07-15.toml"
    text = path.read_text(encoding="utf-8")
    period = 'as_of = "2024-06"\n'
    planted = text.replace(period, period + f'note = "{NOTE}"\n', 1)
    assert planted != text
    path.write_text(planted, encoding="utf-8")
    return corpus_copy


def _summary(run: Run, corpus: Path, fmt: str) -> str:
    status, out, err = run("--corpus", str(corpus), "--as-of", AS_OF, "--format", fmt)
    assert (status, err) == (0, "")
    return out


def test_text_puts_the_note_under_the_finding(run: Run, noted: Path) -> None:
    lines = _summary(run, noted, "text").splitlines()
    at = next(n for n, x in enumerate(lines) if x.startswith("• 1.25 million chip ID cards"))
    assert lines[at + 1] == f"  note: {NOTE}"


def test_markdown_puts_the_note_on_its_own_line_escaped(run: Run, noted: Path) -> None:
    out = _summary(run, noted, "markdown")
    line = next(x for x in out.splitlines() if x.startswith("- 1.25 million chip ID cards"))
    assert line.endswith("\\")  # a hard line break: the note reads on a line of its own
    after = out.split(line + "\n", 1)[1].splitlines()[0]
    assert after.startswith("  note: Outside the quote: ")
    assert "*2022*" not in after and "<b>" not in after


def test_html_puts_the_note_in_small_print_escaped(run: Run, noted: Path) -> None:
    out = _summary(run, noted, "html")
    assert (
        '<small class="note">note: Outside the quote: &lt;b&gt;the survey&lt;/b&gt; '
        "[bold]edition[/bold] *2022*</small>"
    ) in out
    assert "<b>the survey</b>" not in out


def test_without_a_note_no_note_line(run: Run, fixture_corpus: Path) -> None:
    assert "note:" not in _summary(run, fixture_corpus, "text")


def test_rich_puts_the_note_under_the_finding_literally(run: Run, noted: Path) -> None:
    lines = strip_ansi(_summary(run, noted, "rich")).splitlines()
    at = next(n for n, x in enumerate(lines) if x.startswith("• 1.25 million chip ID cards"))
    assert lines[at + 1].rstrip() == f"  note: {NOTE}"  # the [bold] stays text
