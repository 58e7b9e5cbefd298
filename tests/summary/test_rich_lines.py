"""The rich summary's quick layouts (bullets, the deadline table a row at a time) print
byte for byte what Rich's own layout of them prints."""

from __future__ import annotations

import importlib.util
import io
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefing.analysis.query import Query
from briefing.corpus.loader import load_corpus
from briefing.summary import rich_render
from briefing.summary.document import build_briefing
from briefing.summary.output import render
from briefing.summary.rich_lines import bullet_lines
from briefing.summary.rich_table import StreamedTable

GENERATOR = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
_LINK_ID = re.compile(r"\x1b\]8;id=[0-9]+;")
WIDTHS = (24, 61, 80, 123)


def _generated(root: Path) -> Path:
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    module.generate(40, root, seed=5)
    return root


def _whole_table(self: StreamedTable) -> Iterator[Table]:
    yield self._whole()


def _both_ways(root: Path, width: int, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, int]:
    """The rich briefing of ``root`` with the quick layout and with Rich's alone, and how
    many bullets took the quick one."""
    corpus = load_corpus(root)
    briefing = build_briefing(corpus, Query(), date(2025, 3, 15))
    colours = {"kind-deadline": "#c792ea", "status-overdue": "#ff5370", "kind-target": "#5aa9e6"}
    taken = 0

    def counted(*args: object) -> object:
        nonlocal taken
        lines = bullet_lines(*args)  # type: ignore[arg-type]
        taken += lines is not None
        return lines

    with monkeypatch.context() as patch:
        patch.setattr(rich_render, "bullet_lines", counted)
        quick = render("rich", briefing, corpus, briefing.as_of, colours, width)
    with monkeypatch.context() as patch:
        patch.setattr(rich_render, "bullet_lines", lambda *args: None)
        patch.setattr(StreamedTable, "parts", _whole_table)
        slow = render("rich", briefing, corpus, briefing.as_of, colours, width)
    return _LINK_ID.sub("", quick), _LINK_ID.sub("", slow), taken


@pytest.mark.parametrize("width", WIDTHS)
def test_generated_corpus_prints_the_same(tmp_path: Path, monkeypatch, width: int):
    quick, slow, taken = _both_ways(_generated(tmp_path / "syn"), width, monkeypatch)
    assert taken > 500
    assert quick.splitlines() == slow.splitlines()
    assert quick == slow


@pytest.mark.parametrize("width", WIDTHS)
def test_fixture_and_hostile_corpora_print_the_same(
    hostile_corpus: Path, fixture_corpus: Path, bundled: Path, monkeypatch, width: int
):
    for root in (fixture_corpus, hostile_corpus, bundled):
        quick, slow, taken = _both_ways(root, width, monkeypatch)
        assert taken > 0
        assert quick == slow, root


def _rich(text: Text, width: int) -> str:
    console = Console(
        file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor"
    )
    console.print(rich_render._Bullet(text), crop=False)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


@pytest.mark.parametrize(
    "parts",
    [
        [("plain words that wrap over the line and then some more of them", "")],
        [("lead ", "bold red"), ("dim tail that wraps around   ", "dim"), ("   end", "")],
        [("x" * 30, "bold"), (" then short words", "")],  # wider than the line: Rich's own path
        [("spaces     between          words    to  wrap ", "italic"), ("[1]", "bold")],
        [("Việt Nam — “chip” cards …", "bold"), (" at 95%", "")],
    ],
)
@pytest.mark.parametrize("width", (8, 13, 20, 41))
def test_bullets_print_as_rich_prints_them(monkeypatch, parts: list[tuple[str, str]], width: int):
    text = Text(style="dim" if width == 13 else "")
    for part, style in parts:
        text.append(part, style=style)
    quick = _rich(text, width)
    monkeypatch.setattr(rich_render, "bullet_lines", lambda *args: None)
    assert quick == _rich(text, width)
