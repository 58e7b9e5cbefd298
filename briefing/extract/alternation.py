"""Many patterns as one scan, assembled so that ``re`` can skip most of them quickly.

The extractor looks for nine kinds of cue at every word start. ``re`` skips one branch
of an alternation cheaply only when the branch opens with a plain letter; the cue
patterns open each branch with ``\\b`` and wrap them in named groups, so every branch of
every group was tried at every word (a word opening with a letter or a digit, as in
"14,000 respondents"). ``one_scan`` drops the branches' leading ``\\b``
(the scan already stands at a word's start) and puts in front of each group, and of the
whole scan, a lookahead for the first few letters its matches can open with
(``opening_gate``, read from the pattern's own parse tree, a branch per letter so that
``re`` skips the others cheaply; a space or a digit read as ``\\s``, ``\\d``): most
words are passed over after a comparison or two ("and" no longer passes as the "a" of
"a mere"), and a group is entered only where its own cues could open. The matches are
the same (``tests/extract/test_alternation.py``). Measured on the bench's 10 KB
articles: the cue scan 0.89 → 0.60 ms an article with one-letter gates; with
five-character ones a whole article's scan 1.6 → 0.5 ms (CPU time, best of 7), a fifth
of the words let through instead of all; extraction 72 → 62 million instructions an
article, 51 → 48 with spaces and digits read (callgrind; ``bench/RESULTS.md``). The
price: 13 ms more to compile the scan (28 ms), once per process. The date scans
(``dates.DatePatterns``) and the phrase scans (``textcase.phrase_pattern``) are gated too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any


def _top_branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|``."""
    parts: list[str] = []
    depth, current, escaped, in_class = 0, "", False, False
    for ch in pattern:
        if escaped:
            current, escaped = current + ch, False
            continue
        if ch == "\\":
            current, escaped = current + ch, True
            continue
        if in_class:
            current += ch
            in_class = ch != "]"
            continue
        if ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    return parts


_DIGITS = frozenset("0123456789")
_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyz") | _DIGITS
"""What a scan's match can open with (``one_scan`` opens at a letter or a digit)."""
_CLASSES = {"\ue000": r"\s", "\ue001": r"\d"}
"""Stand-ins (private-use characters) for a space or a digit in an opening."""
_STAND_INS = {c.CATEGORY_SPACE: "\ue000", c.CATEGORY_DIGIT: "\ue001"}
_PREFIX = 5
"""How many characters an opening gate reads (bench: 4-6 alike, 3 and fewer slower)."""
_MAX_OPENINGS = 3000
"""More openings than this and the gate reads one character fewer."""
_DEPTH = 40
"""Repeats unrolled at most this deep (a repeat that may match nothing would loop)."""


def _chars(op: Any, av: Any, first: bool) -> set[str] | None:
    """The characters one item can match; None when not told. At a match's first
    character only ``_OPENERS`` count (the scan opens at a letter or a digit)."""
    if op is c.LITERAL:
        if chr(av) in _CLASSES:
            return None  # a stand-in written out: read as anything
        return {chr(av)} if not first or chr(av) in _OPENERS else set()
    if not first:  # past the first character, classes of characters, spaces, digits
        return _class(av) if op is c.IN else None
    if op is c.ANY:
        return set(_OPENERS)
    if op is c.NOT_LITERAL:
        return set(_OPENERS - {chr(av)})
    if op is c.IN:
        negate = bool(av) and av[0][0] is c.NEGATE
        chars: set[str] = set()
        for sub_op, sub_av in av[1:] if negate else av:
            if sub_op is c.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is c.RANGE:
                chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
            elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                chars |= _DIGITS
            elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_SPACE:
                pass  # opens with nothing a scan opens at
            elif sub_op is c.CATEGORY and not negate:
                chars |= _OPENERS  # \w or another class that may hold letters
            else:
                return set(_OPENERS)
        return set(_OPENERS - chars) if negate else chars & _OPENERS
    return None


def _class(av: Any) -> set[str] | None:
    """The characters of a class of characters, ranges, spaces and digits (these two as
    ``_CLASSES`` stand-ins); None for any other class."""
    chars: set[str] = set()
    for sub_op, sub_av in av:
        if sub_op is c.LITERAL:
            chars.add(chr(sub_av))
        elif sub_op is c.RANGE:
            chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
        elif sub_op is c.CATEGORY and sub_av in _STAND_INS:
            chars.add(_STAND_INS[sub_av])
        else:
            return None
    return chars


def _prefixes(items: list[tuple[Any, Any]], k: int, first: bool, depth: int = 0) -> set[str]:
    """Every string of up to ``k`` characters a match of ``items`` can open with; a
    shorter string stands for itself followed by anything. Never too few: where an item
    is not understood, anything may follow."""
    if k == 0 or not items or depth > _DEPTH:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _prefixes(rest, k, first, depth)  # zero-width: the next item says
    if op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
        sub = av[-1] if op is c.SUBPATTERN else av
        if op is c.SUBPATTERN and av[1] & re.IGNORECASE:
            return {""}
        return _prefixes([*sub.data, *rest], k, first, depth)
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            found |= _prefixes([*branch.data, *rest], k, first, depth)
        return found
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        found = _prefixes(rest, k, first, depth + 1) if low == 0 else set()
        if high != 0:
            again = (max(low - 1, 0), high if high == c.MAXREPEAT else high - 1, sub)
            more = [(op, again)] if again[1] != 0 else []
            found |= _prefixes([*sub.data, *more, *rest], k, first, depth + 1)
        return found
    chars = _chars(op, av, first)
    if chars is None:
        return {""}
    tails = _prefixes(rest, k - 1, False, depth)
    return {ch + tail for ch in chars for tail in tails}


def _shortest(openings: set[str]) -> list[str]:
    """The openings without those a shorter one already covers."""
    kept: set[str] = set()
    for one in sorted(openings, key=len):
        if not any(one[:cut] in kept for cut in range(len(one))):
            kept.add(one)
    return sorted(kept)


def _escape(ch: str) -> str:
    return _CLASSES.get(ch) or re.escape(ch)


def _trie(openings: list[str]) -> str:
    """The openings as one pattern, a branch per first character."""
    by_first: dict[str, list[str]] = {}
    for one in openings:
        by_first.setdefault(one[0], []).append(one[1:])
    branches = []
    for ch, rests in sorted(by_first.items()):
        if "" in rests:
            branches.append(_escape(ch))
        elif all(len(r) == 1 for r in rests):
            branches.append(_escape(ch) + "[" + "".join(_escape(r) for r in rests) + "]")
        else:
            branches.append(_escape(ch) + "(?:" + _trie(rests) + ")")
    return "|".join(branches)


def opening_gate(body: str, flags: int = 0) -> str:
    """A lookahead for the first few characters a match of ``body`` (a pattern opening
    at a letter) can open with, to put before it; "" when any letter may open one."""
    return prefix_gate(openings(body, flags))


def openings(body: str, flags: int = 0) -> set[str]:
    """The first few characters a match of ``body`` (a pattern opening at a letter) can
    open with (``prefix_gate``'s input; "" for anything)."""
    if flags & re.IGNORECASE:
        return {""}
    tree = list(p.parse(body, flags).data)
    for k in range(_PREFIX, 0, -1):
        found = _prefixes(tree, k, True)
        if len(found) <= _MAX_OPENINGS:
            break
    return found


def prefix_gate(openings: Iterable[str]) -> str:
    """A lookahead for any of ``openings`` (the first characters of every match; "" for
    "any"), a branch per first character; "" when it would pass everything."""
    kept = _shortest(set(openings))
    if not kept:
        return "(?!)"
    if kept == [""]:
        return ""
    return "(?=" + _trie(kept) + ")"


def one_scan(groups: list[tuple[str, re.Pattern[str]]], flags: int = 0) -> re.Pattern[str]:
    """One pattern trying each ``(name, pattern)`` in order at each word start, its
    match's ``lastgroup`` the name; the patterns must open every branch at a word start."""
    parts, anyone = [], set()
    for name, pattern in groups:
        branches = [b[2:] if b.startswith(r"\b") else b for b in _top_branches(pattern.pattern)]
        body = "|".join(branches)
        opening = openings(body, pattern.flags)
        anyone |= opening
        parts.append(f"(?P<{name}>{prefix_gate(opening)}(?:{body}))")
    # The words no cue opens with are passed over by one gate before any group is tried.
    gate = prefix_gate(anyone) if not flags & re.IGNORECASE else ""
    return re.compile(r"\b(?=[a-z0-9])" + gate + "(?:" + "|".join(parts) + ")", flags)


def word_scan(pattern: str) -> re.Pattern[str]:
    """``pattern`` (every top-level branch opening at ``\\b``, written for ``re.I``) as a
    scan of lowercased text (``textcase.lower``) that passes over the words no branch
    opens with: ``re`` tries a pattern opening with ``\\b`` at every character."""
    from briefing.extract.textcase import lowercase_source

    branches = [
        b[2:] if b.startswith(r"\b") else b for b in _top_branches(lowercase_source(pattern))
    ]
    body = "|".join(branches)
    return re.compile(r"\b" + opening_gate(body) + "(?:" + body + ")")
