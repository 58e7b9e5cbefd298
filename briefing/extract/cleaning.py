"""Which parts of an article are prose worth reading, without changing a character of it.

News pages carry site furniture (``Comment (0)``, ``Same tag``, menus), photo captions
and captions repeated down the page. Nothing is removed from the text: ``prose_lines``
gives the ``[start, end)`` offsets of the lines to read, so every span found later
still points into the stored original.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from briefing.extract.fact_lists import FACT_LINE, LIST_ITEM

# A line that ends the article: what follows is the site's, not the writer's.
_TAIL_START = re.compile(
    r"^(comments?\s*\(\d+\)|same tag|same category|related (news|articles?|stories|posts)\s*:?|"
    r"related\s*:|(more|other) (news|stories)\s*:)$",
    re.I,
)
_FURNITURE = re.compile(
    r"^(comments?\s*\(\d+\)|same (tag|category|author)|no data|no videos? available|"
    r"simple empty|source|share|print|tags?:?.*|read more.*|see also.*|related.*)$",
    re.I,
)
_CAPTION = re.compile(
    r"(\((photo|photos|image|ảnh)\s*:[^)]*\)\s*$)|([-–—.]?\s*(photo|photos|image|ảnh)\s*:\s*[^.]{1,60}\.?\s*$)",
    re.I,
)
_SOURCE_LINE = re.compile(r"^(source|nguồn)\s*:", re.I)
# A link to another article, with the day it went up: "Province opens data centre (09/08/2023)".
_LINKED_HEADLINE = re.compile(r"^[^.!?]{10,200}\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$")
_BYLINE_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the article: its offsets and why it is skipped (``None``: it is prose)."""

    start: int
    end: int
    skip: str | None


def lines_of(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every line, newline excluded."""
    spans = []
    pos = 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


_TAIL_LINE = re.compile(
    r"^[ \t]*(?:comments?\s*\(\d+\)|same tag|same category|"
    r"related (?:news|articles?|stories|posts)[ \t]*:?|related[ \t]*:|(?:more|other) (?:news|stories)[ \t]*:)"
    r"[ \t]*$",
    re.I | re.M,
)


def article_end(text: str) -> int:
    """Where the site's own tail starts ("Related news", "Same tag"): the end of the article."""
    m = _TAIL_LINE.search(text)
    return m.start() if m else len(text)


# A short list item with a figure and a verb's worth of words ("- 95% of wards run their
# records on the shared platform") is a claim, however it ends; not a menu's "- 2024".
_FIGURE_ITEM = re.compile(r"[-•*–]\s+(?=[^\n]*\d)(?:\S+\s+){4,}\S+\s*$")

ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
"""A line that ends as a sentence does."""
_FULL_STOP_END = re.compile(r"(?<!\.)\.[\"”’]?\s*$")
"""A line that ends with one full stop (not an ellipsis "...")."""


def opens_the_lead(line: str) -> bool:
    """Is a first line the lead's first sentence rather than a headline? Headlines are
    short and have no full stop; a line of more than 14 words that ends as a sentence
    does, or of more than 8 that ends with a full stop, is the lead's."""
    words = len(line.split())
    return (words > 14 and ENDS_SENTENCE.search(line) is not None) or (
        words > 8 and _FULL_STOP_END.search(line) is not None
    )


_WRAP_END = re.compile(r"[.!?…:;\"”’)]\s*$")
"""How a line that ends its paragraph, or at least its sentence, ends."""
_WRAPPED_SHARE = 0.3
"""A text is hard-wrapped when this share of its lines run on into the next."""


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a hard-wrapped text (a page or a copy broken at a fixed width, even
    mid-sentence: "... Binh Thuan province completed" / "100% of the target ...") joined
    into its paragraphs; other texts' lines as they are. A line runs on when it does not
    end as a sentence does and either fills the width or the next line opens in lower case."""
    lengths = sorted(e - s for s, e in spans if e > s)
    if len(lengths) < 8:
        return spans
    width = lengths[int(len(lengths) * 0.9)]
    runs_on = [
        e > s
        and nxt_e > nxt_s
        and not _WRAP_END.search(text, s, e)
        and (0.7 * width <= e - s <= width or text[nxt_s].islower())
        and not _SOURCE_LINE.match(text[nxt_s:nxt_e])
        for (s, e), (nxt_s, nxt_e) in itertools.pairwise(spans)
    ]
    if sum(runs_on) < _WRAPPED_SHARE * len(lengths):
        return spans
    joined: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        if i and runs_on[i - 1]:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every paragraph as a reader sees it: a line of the text, or
    the lines of a hard-wrapped text that run on into each other (the newlines between
    them inside the span)."""
    return _unwrapped(text, lines_of(text))


def classify_lines(text: str) -> list[Line]:
    """Every line with the reason it is not prose, or ``None`` when it is (a hard-wrapped
    text's lines are its paragraphs, each spanning several lines of the text)."""
    spans = paragraph_spans(text)
    stripped = [text[s:e].strip() for s, e in spans]
    counts = Counter(line for line in stripped if line)
    out: list[Line] = []
    in_tail = False
    seen_text = False
    for (start, end), line in zip(spans, stripped, strict=True):
        reason: str | None = None
        first = bool(line) and not seen_text
        seen_text = seen_text or bool(line)
        if not line:
            reason = "blank"
        elif first and len(line.split()) <= 25 and len(counts) > 1 and not opens_the_lead(line):
            reason = "title"
        elif in_tail or _TAIL_START.match(line):
            in_tail = True
            reason = FURNITURE
        elif _FURNITURE.match(line) or _SOURCE_LINE.match(line) or _LINKED_HEADLINE.match(line):
            reason = FURNITURE
        elif any(w in line.lower() for w in ("photo", "image", "ảnh")) and _CAPTION.search(line):
            reason = "photo caption"
        elif counts[line] > 1:
            reason = "repeated line"
        elif "," in line and _tag_line(line):
            reason = FURNITURE
        elif "/" in line and _BYLINE_DATE.search(line) and len(line.split()) <= 12:
            reason = "byline"
        elif (
            len(line.split()) < 12
            and not _SENTENCE_END.search(line)
            and not FACT_LINE.match(line)
            and not _FIGURE_ITEM.match(line)
        ):
            reason = HEADING
        out.append(Line(start, end, reason))
    return out


def _tag_line(line: str) -> bool:
    """Is ``line`` a page's tags ("Bac Giang province, digital ranking, DTI, good news"):
    four or more short phrases between commas, none led by a figure ("95% for wards"),
    not ended as a sentence is?"""
    parts = line.split(",")
    return (
        len(parts) >= 4
        and "%" not in line
        and not _SENTENCE_END.search(line)
        and all(len(part.split()) <= 5 and not part.strip()[:1].isdigit() for part in parts)
    )


HEADING = "heading or menu"
"""The reason given for a short line that does not end as a sentence does."""
FURNITURE = "site furniture"
"""The reason given for a line of the site's own (``Comment (0)``, ``Same tag``, ``Share``)."""


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every line that is the site's, not the writer's: what a
    reader of the article is spared, as the extractor is."""
    return [(line.start, line.end) for line in classify_lines(text) if line.skip == FURNITURE]


# How a line ends when a plan prints its items as sentences of their own, without bullets:
# "The proportion of the digital economy will reach 20% of GDP;", "... over 70%,...".
_ITEM_END = re.compile(r"(?:[;,]\s*(?:\.{2,}|…)?|…|\.{3})\s*$")


def prose_lines(text: str) -> list[tuple[int, int, str | None]]:
    """The ``[start, end)`` offsets of the lines to extract from (leading/trailing space
    trimmed), each with the heading of its list: the last heading before it, when only
    list items and blank lines lie between ("Targets for 2026" over "- ... : 60%"). Lines
    ending in ";" under a heading are its items too, and so is the line after the last
    of them (the list's last item ends as a sentence does)."""
    result: list[tuple[int, int, str | None]] = []
    heading: str | None = None
    semicolons = False  # the line before was an item ending in ";"
    for line in classify_lines(text):
        raw = text[line.start : line.end].strip()
        bulleted = LIST_ITEM.match(raw) is not None
        if line.skip == HEADING:
            if not bulleted:  # a short item of the list keeps its heading
                heading, semicolons = raw, False
            continue
        if line.skip is not None:
            continue
        item_end = heading is not None and _ITEM_END.search(raw) is not None
        listed = bulleted or item_end or semicolons
        start, end = line.start, line.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        result.append((start, end, heading if listed else None))
        semicolons = item_end
        if not listed:
            # "Key tasks for 2025:" heads the items after it, and is read as prose too
            short = raw.endswith(":") and len(raw.split()) < 12
            heading = raw if short else None
    return result


_STUB_WORDS = 5
_OPEN_END = re.compile(r"[\w%]\s*$")


def cut_stub(text: str, line_start: int, start: int, end: int) -> bool:
    """A few words after a sentence of the same line where an excerpt stops mid-phrase
    ("... a similar situation. More than 60% o"): nothing is left of the claim they
    began, and only a ``Source:`` line comes after them (an excerpt's end). A list's last
    item ("2. Communes connected: 100%") stands on a line of its own."""
    words = text[start:end].split()
    if len(words) >= _STUB_WORDS or not _OPEN_END.search(text, start, end):
        return False
    if len(text[line_start:start].split()) < _STUB_WORDS:
        return False
    rest = [line.strip() for line in text[end:].splitlines() if line.strip()]
    return bool(rest) and all(_SOURCE_LINE.match(line) for line in rest)
