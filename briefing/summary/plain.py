"""The briefing as plain text (``--format text``), written without Rich.

Plain text is what a pipe, a file or a mail gets, so it should cost no more than the
briefing itself: importing and running Rich's layout took over half of a summary's
time (about 25 ms to import, 30 ms to lay out the bundled corpus). The words come
from ``briefing.summary.lines``, as for the Rich view; here they are only wrapped to
the width, in terminal cells, and joined. Every text part has been through
``printable()`` there, so article text prints literally: markup stays markup, an
escape character shows as ``␛``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator

from briefing.core.model import Kind
from briefing.core.text import printable
from briefing.summary.document import FIGURES, PROMISES, TITLE, Briefing, Section, figure_notes
from briefing.summary.lines import (
    TABLE_MIN_WIDTH,
    DeadlineRow,
    Part,
    counts_parts,
    deadline_rows,
    figure_parts,
    figures_heading,
    finding_parts,
    info_text,
    section_heading,
    source_parts,
)
from briefing.summary.promise_lines import promise_block
from briefing.summary.title import Title, title_of

BULLET = "• "
INDENT = "  "
RULE = "─"
TAB_SIZE = 8
# A word with the blanks around it, as Rich splits a line to wrap it.
_WORD = re.compile(r"\s*\S+\s*")
# Characters a terminal draws in no cell of their own.
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def char_width(char: str) -> int:
    """How many terminal cells ``char`` takes: 2 for wide East Asian characters,
    0 for combining marks, else 1.

    ``rich.cells`` would say the same, but importing it costs about 12 ms (it pulls in
    the ``rich`` package), a fifth of the whole plain summary.
    """
    if unicodedata.combining(char) or char in _ZERO_WIDTH:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# Characters that take exactly one cell each (``char_width`` says 1 for every one of them,
# a test checks): ASCII, Latin-1, Latin Extended A and B with IPA and spacing modifiers
# (Vietnamese precomposed letters included), Cyrillic letters, Latin Extended Additional,
# general punctuation but its zero-width and bidi controls (— “ ” …), arrows,
# box drawing and block elements (rules and sparklines), control pictures (␛).
# A summary's text is nearly all of these, so its widths are its lengths: measuring
# them one character at a time with ``unicodedata`` was most of a plain summary's time.
_ONE_CELL = re.compile(
    "[\u0020-\u007e\u00a0-\u02ff\u0400-\u0482\u048a-\u052f\u1e00-\u1eff"
    "\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f\u2400-\u2426]*"
)


def one_cell_each(text: str) -> bool:
    """True when every character of ``text`` takes one cell (so its width is its length)."""
    return text.isascii() or _ONE_CELL.fullmatch(text) is not None


def cell_len(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    if one_cell_each(text):
        return len(text)
    return sum(char_width(char) for char in text)


def _chop(text: str, width: int) -> list[str]:
    """``text`` cut into pieces of at most ``width`` cells (a wide character is never
    split; it moves whole to the next piece)."""
    pieces, piece, used = [], "", 0
    for char in text:
        size = char_width(char)
        if used + size > width and piece:
            pieces.append(piece)
            piece, used = "", 0
        piece += char
        used += size
    pieces.append(piece)
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells, broken between words; a word
    longer than a line is folded. Newlines in ``text`` are kept; no line ends in blanks."""
    width = max(width, 1)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.expandtabs(TAB_SIZE)
        simple = one_cell_each(paragraph)
        if (len(paragraph) if simple else cell_len(paragraph)) <= width:
            lines.append(paragraph.rstrip())
            continue
        measure = len if simple else cell_len
        line, used = "", 0
        for match in _WORD.finditer(paragraph):
            word = match.group()
            size = measure(word.rstrip())
            if used + size > width and line:
                lines.append(line.rstrip())
                line, used = "", 0
            if size > width:
                *full, word = _chop(word, width)
                lines += [piece.rstrip() for piece in full]
            line += word
            used += measure(word)
        lines.append(line.rstrip())
    return lines


def _join(parts: list[Part]) -> str:
    return "".join(text for text, _ in parts)


def _bullet(text: str, width: int) -> list[str]:
    """``• text``, wrapped lines indented under the text, not under the bullet."""
    lines = wrap(text, width - len(BULLET))
    return [(INDENT if n else BULLET) + line for n, line in enumerate(lines)]


def _rule(title: str, width: int) -> str:
    """``Title ─────`` to the width."""
    return f"{title} " + RULE * max(width - cell_len(title) - 1, 0)


# Cell padding as in the Rich view's table: a blank each side, none at the outer edges.
_GAP = 3
_COLUMNS = ("Due", "Status", "Task", "Owner", "")
_MIN_FLEX = 8


def _deadline_table(rows: list[DeadlineRow], width: int) -> list[str] | None:
    """The deadlines as columns, Task and Owner wrapped in theirs; ``None`` when the
    fixed columns leave them too little room."""
    cells = [
        (
            [row.due],
            [row.status + row.mark, row.days],
            row.task.split("\n"),
            [row.owner],
            [row.cites],
        )
        for row in rows
    ]

    def widest(column: int) -> int:
        texts = [line for row in cells for line in row[column]]
        return max([cell_len(_COLUMNS[column]), *map(cell_len, texts)])

    due, status, cites = widest(0), widest(1), widest(4)
    flexible = width - due - status - cites - 4 * _GAP
    # Task gets 3/5 of the room (padding included), rounded up, as in the Rich view's
    # table (ratios 3:2), so that both views break the same lines.
    task = math.ceil(3 * (flexible + 4) / 5) - 2
    owner = flexible - task
    if owner < _MIN_FLEX:
        return None
    widths = (due, status, task, owner, cites)

    def line(columns: list[str]) -> str:
        padded = [
            text + " " * (size - cell_len(text)) for text, size in zip(columns, widths, strict=True)
        ]
        return (" " * _GAP).join(padded).rstrip()

    out = [line(list(_COLUMNS)), RULE * width]
    for row in cells:
        wrapped = [
            [piece for text in column for piece in wrap(text, size)]
            for column, size in zip(row, widths, strict=True)
        ]
        for n in range(max(map(len, wrapped))):
            out.append(line([column[n] if n < len(column) else "" for column in wrapped]))
    return out


def _promises(briefing: Briefing, width: int) -> list[str]:
    """The "Promises" section: each promise's line, its chain indented under it."""
    block = promise_block(briefing)
    if block is None:
        return []
    out = ["", _rule("Promises", width), *wrap(block.counts, width)]
    for item in block.items:
        out += _bullet(_join(item.head), width)
        for detail in item.details:
            out += [INDENT + line for line in _bullet(detail, width - len(INDENT))]
    if block.quiet:
        out += wrap(block.quiet, width)
    return out


def title_text(title: Title, width: int) -> str:
    """The title's lines, the first piece ``iter_text`` writes."""
    out = [*wrap(TITLE, width), *wrap(info_text(title), width)]
    if title.note:
        out += wrap(printable(title.note), width)
    out += wrap(_join(counts_parts(title)), width)
    return "\n".join(out) + "\n"


def iter_text(briefing: Briefing, width: int) -> Iterator[str]:
    """The briefing as plain text ``width`` cells wide (a URL may run past it), a section
    at a time, so a large briefing's first lines are written while the rest is laid out."""
    yield title_text(title_of(briefing), width)
    # Each section written once it is laid out, before the next is asked for: the
    # figures' series are worked out only when their turn comes.
    for section in briefing.layout():
        yield "\n".join(_section(briefing, section, width)) + "\n"
    out = ["", _rule("Sources", width)]
    for n, source in enumerate(briefing.sources, 1):
        out += wrap(_join(source_parts(n, source, titled=not briefing.brief)), width)
        if source.url:
            # On a line of its own and never wrapped, so it stays one piece to copy.
            out.append(printable(f"    {source.url}"))
    yield "\n".join(out) + "\n"


def _section(briefing: Briefing, section: Section | str, width: int) -> list[str]:
    """The lines of one part of ``layout()``."""
    if section == FIGURES:
        return _figures(briefing, width)
    if section == PROMISES:
        return _promises(briefing, width)
    assert isinstance(section, Section)
    out = ["", _rule(section_heading(section), width)]
    if section.kind is Kind.DEADLINE:
        deadlines = [f for _, group in section.groups for f in group]
        table = None
        if width >= TABLE_MIN_WIDTH and not briefing.brief:
            table = _deadline_table(deadline_rows(briefing, deadlines), width)
        if table is not None:
            out += table
        else:  # too narrow for columns: a line each, so no word is cut
            for finding in deadlines:
                out += _bullet(_join(finding_parts(briefing, finding, with_status=True)), width)
        return out
    for topic, findings in section.groups:
        if topic is not None:
            out += wrap(printable(briefing.corpus.topic_label(topic)), width)
        for finding in findings:
            out += _bullet(_join(finding_parts(briefing, finding)), width)
            for note in figure_notes(finding):
                out += [INDENT + line for line in wrap(printable(note), width - len(INDENT))]
    return out


def _figures(briefing: Briefing, width: int) -> list[str]:
    """The "Figures over time" section: each series named, then its lines (a brief's
    lines name their series themselves)."""
    out = ["", _rule(figures_heading(briefing), width)]
    for series in briefing.timelines:
        if not briefing.brief:
            out += wrap(printable(series.label), width)
        for text, _ in figure_parts(briefing, series):
            out += _bullet(text, width)
    return out
