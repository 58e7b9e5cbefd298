"""Plain text (``--format text``): wrapped by terminal cells, deadlines in columns, literal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len as rich_cell_len

from briefing.summary.plain import cell_len, wrap
from tests.summary.conftest import AS_OF, ESC, VISIBLE_ESC, Run

LONG_URLISH = "https://example.org/" + "x" * 70
CJK = "数字化转型" * 6  # 30 wide characters, 60 cells


def test_wrap_breaks_between_words_and_drops_trailing_blanks():
    lines = wrap("one two three four five six", 9)
    assert lines == ["one two", "three", "four five", "six"]


def test_wrap_folds_a_word_longer_than_the_line_and_keeps_every_character():
    lines = wrap(f"see {LONG_URLISH} now", 30)
    assert all(len(line) <= 30 for line in lines)
    assert lines[0] == "see"
    assert "".join(lines[1:-1]) + lines[-1].removesuffix(" now") == LONG_URLISH


def test_wide_characters_count_two_cells_and_are_never_split():
    assert cell_len(CJK) == rich_cell_len(CJK) == 60
    assert cell_len("Việt Nam") == 8  # precomposed accents: one cell each
    assert cell_len("Vie\u0302\u0323t") == 4  # combining marks take no cell
    lines = wrap(f"Tiêu đề {CJK}", 21)
    assert all(cell_len(line) <= 21 for line in lines)
    assert "".join(lines[1:]) == CJK
    assert [cell_len(line) for line in lines[1:]] == [20, 20, 20]  # 10 characters, not 10.5


def test_newlines_and_tabs_in_text_are_kept_as_lines_and_blanks():
    assert wrap("first\n\tsecond", 40) == ["first", "        second"]


def test_bullets_hang_under_their_text(summary: Callable[..., str]):
    out = summary("--format", "text", "--width", "60")
    lines = out.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("• 1.25 million"))
    assert lines[first + 1].startswith("  ") and not lines[first + 1].startswith("   ")
    # the wrapped statement reads on, bullet and indent aside
    text = lines[first][2:] + " " + lines[first + 1][2:]
    assert text.startswith("1.25 million chip ID cards issued by June 2024 — 1.25 million")
    assert max(cell_len(line) for line in lines if not line.startswith("    http")) <= 60


def _section(out: str, title: str) -> list[str]:
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(title))
    end = lines.index("", start)
    return lines[start + 1 : end]


def test_deadlines_at_80_columns_are_a_table(summary: Callable[..., str]):
    table = _section(summary("--format", "text", "--width", "80"), "Deadlines (3)")
    header = table[0]
    assert header.split() == ["Due", "Status", "Task", "Owner"]
    assert table[1] == "─" * 80
    columns = {name: header.index(name) for name in ("Status", "Task", "Owner")}
    first = table[2]
    assert first.startswith("31 Mar 2025 ")
    assert first[columns["Status"] :].startswith("due-soon ")
    assert first[columns["Task"] :].startswith("Connect the land registry ")
    assert first[columns["Owner"] :].startswith("Department of ")
    assert first.endswith("[1]")
    # the days left under the status, the rest of the task under the task
    assert table[3][columns["Status"] :].startswith("16 days left")
    assert table[3][columns["Task"] :].startswith("to the population")
    assert table[4][: columns["Task"]].strip() == ""
    assert all(cell_len(line) <= 80 for line in table)


@pytest.mark.parametrize("width", [100, 120])
def test_a_wider_table_uses_the_width(summary: Callable[..., str], width: int):
    table = _section(summary("--format", "text", "--width", str(width)), "Deadlines (3)")
    at_80 = _section(summary("--format", "text", "--width", "80"), "Deadlines (3)")
    assert table[1] == "─" * width
    rows = [line for line in table[2:] if line[:1].strip()]
    assert [row.split("  ")[0] for row in rows] == ["31 Mar 2025", "May 2025", "Q2 2025"]
    assert "Connect the land registry to the" in rows[0]
    assert len(table) < len(at_80)  # wider cells, fewer wrapped lines
    assert all(cell_len(line) <= width for line in table)


def test_deadlines_at_60_columns_are_a_line_each(summary: Callable[..., str]):
    lines = _section(summary("--format", "text", "--width", "60"), "Deadlines (3)")
    bullets = [line for line in lines if line.startswith("• ")]
    assert [line.split(",")[0] for line in bullets] == ["• 31 Mar 2025", "• May 2025", "• Q2 2025"]
    assert bullets[0].startswith("• 31 Mar 2025, due-soon, 16 days left: Connect the land")
    assert all(line.startswith(("• ", "  ")) and cell_len(line) <= 60 for line in lines)


@pytest.fixture
def with_payload(tmp_path: Path, fixture_corpus: Path) -> Path:
    """The fixture corpus with markup, an escape sequence and wide text in a statement."""
    import shutil

    root = Path(shutil.copytree(fixture_corpus, tmp_path / "payload"))
    path = root / "data/findings/lanmore-bulletin-2025-01.toml"
    text = path.read_text(encoding="utf-8")
    old = 'statement = "Fraudulent messages imitating VNeID alerts reach residents"'
    assert old in text
    new = (
        r'statement = "[bold]Alert[/bold] \u001b[2J\u001b]8;;https://evil.example\u001b\\ '
        + CJK
        + '"'
    )
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def test_hostile_text_prints_literally(run: Run, with_payload: Path):
    status, out, err = run(
        "--corpus", str(with_payload), "--as-of", AS_OF, "--format", "text", "--width", "70"
    )
    assert (status, err) == (0, "")
    assert ESC not in out
    flowing = "".join(line.strip() for line in out.splitlines())
    assert "[bold]Alert[/bold]" in flowing
    assert f"{VISIBLE_ESC}[2J{VISIBLE_ESC}]8;;https://evil.example{VISIBLE_ESC}\\" in flowing
    assert CJK in flowing
    assert all(cell_len(line) <= 70 for line in out.splitlines() if "http" not in line)


def test_the_one_cell_fast_path_agrees_with_the_slow_one_and_with_rich():
    """Text of one-cell characters is measured by its length: every character the fast
    path accepts must be one cell by ``char_width`` and by Rich."""
    from briefing.summary.plain import char_width, one_cell_each

    # DEL is ASCII, but never reaches a summary: printable() shows it as a symbol.
    accepted = [chr(c) for c in range(0x20, 0x3000) if c != 0x7F and one_cell_each(chr(c))]
    assert len(accepted) > 1000  # Latin, Vietnamese, punctuation, rules...
    assert all(char_width(c) == 1 and rich_cell_len(c) == 1 for c in accepted)
    for tricky in ("\u0301", "\u200b", "\u202e", "\u2060", "中", "\u1100"):
        assert not one_cell_each(f"Việt{tricky}Nam")
    assert cell_len("Việt Nam — “số hoá” … ▁▅█ ␛") == 27
