"""Many patterns as one scan, assembled so that ``re`` can skip most of them quickly.

The extractor looks for nine kinds of cue at every word start. ``re`` skips one branch
of an alternation cheaply only when the branch opens with a plain letter; the cue
patterns open each branch with ``\\b`` and wrap them in named groups, so every branch of
every group was tried at every word (a word opening with a letter or a digit, as in
"14,000 respondents"). ``one_scan`` drops the branches' leading ``\\b`` (the scan
already stands at a word's start) and puts in front of each group the set of
letters its matches can open with, read from the pattern's own parse tree. The matches
are the same (``tests/extract/test_alternation.py``). Measured on the bench's 10 KB
articles: the cue scan 0.89 → 0.60 ms an article, extraction 72 → 69 million
instructions an article (callgrind; ``bench/RESULTS.md``).
"""

from __future__ import annotations

import re
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


def _openings(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a match of the items can open with; None when any may."""
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item says
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.SUBPATTERN:
            return _openings(list(av[-1].data))  # a group is not empty in these patterns
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                one = _openings(list(branch.data))
                if one is None:
                    return None
                found |= one
            return found
        if op is c.IN:
            chars: set[str] = set()
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    chars.add(chr(sub_av))
                elif sub_op is c.RANGE:
                    chars.update(chr(x) for x in range(sub_av[0], sub_av[1] + 1))
                else:
                    return None
            return chars
        return None  # a repeat, \w, a category: anything
    return None


def one_scan(groups: list[tuple[str, re.Pattern[str]]], flags: int = 0) -> re.Pattern[str]:
    """One pattern trying each ``(name, pattern)`` in order at each word start, its
    match's ``lastgroup`` the name; the patterns must open every branch at a word start."""
    parts = []
    for name, pattern in groups:
        branches = [b[2:] if b.startswith(r"\b") else b for b in _top_branches(pattern.pattern)]
        body = "|".join(branches)
        first = _openings(list(p.parse(body, pattern.flags).data))
        gate = (
            "" if first is None else "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"
        )
        parts.append(f"(?P<{name}>{gate}(?:{body}))")
    return re.compile(r"\b(?=[a-z0-9])(?:" + "|".join(parts) + ")", flags)
