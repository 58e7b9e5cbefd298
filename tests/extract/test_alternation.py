"""``one_scan`` finds exactly what the patterns joined as they are find, in the same order."""

from __future__ import annotations

import re

from briefing.extract import context_cues, cues, dates, due_dates, shortfall_cues
from briefing.extract.alternation import one_scan
from briefing.extract.textcase import lower, lowercase_pattern, phrase_pattern
from briefing.storage.paths import bundled_corpus

SENTENCES = (
    "The province has completed 98% of its tasks, but many communes still lack staff.\n"
    "Ministries must finish connecting their databases; we aim to reach 80% by 2027.\n"
    "The city ranked second, topped the index for the first time and was praised.\n"
    "There is still no shared register, and the rate remains low at only 12%.\n"
    "The panel asked 14,000 respondents; 2,000 delegates came.\n"
)


def _plain(groups: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    body = "|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in groups)
    return re.compile(r"\b(?=[a-z0-9])(?:" + body + ")")  # every word start, letter or digit


GROUPS = [
    ("agenda", context_cues.AGENDA_ANY),
    ("background", context_cues.BACKGROUND),
    ("in_progress", context_cues.IN_PROGRESS),
    ("praise", context_cues.PRAISE),
    ("limitation", shortfall_cues.LIMITATION),
    ("modal", cues.MODAL_ANY_RE),
    ("goal", cues.GOAL),
    ("request", cues.REQUEST),
    ("first_person", cues.FIRST_PERSON),
    ("achievement", cues.ACHIEVEMENT),
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_cue_scan_matches_the_patterns_joined_as_they_are() -> None:
    plain, fast = _plain(GROUPS), one_scan(GROUPS)
    seeds = sorted((bundled_corpus() / "seeds").glob("*.txt"))
    texts = [lower(SENTENCES)] + [lower(p.read_text(encoding="utf-8")) for p in seeds]
    for text in texts:
        assert _found(fast, text) == _found(plain, text)
    assert _found(fast, lower(SENTENCES))  # the sentences do hold cues
    assert "background" in {
        name for _, name in _found(fast, lower(SENTENCES))
    }  # "14,000 respondents"


def test_a_leading_word_boundary_is_dropped_only_where_the_scan_asserts_it() -> None:
    groups = [("a", re.compile(r"\bcat\b|dog")), ("b", re.compile(r"\b(?:bird|owl)s?"))]
    text = "a cat, hotdog, birds and an owl; concat"
    assert _found(one_scan(groups), text) == _found(_plain(groups), text)


def test_an_opening_gate_never_turns_away_a_place_the_pattern_matches() -> None:
    # Optional words, repeats, classes, lookarounds and digits before letters: the gate
    # reads a few letters ahead and must never be narrower than the pattern.
    groups = [
        ("a", re.compile(r"\b(?:main\s+|root\s+)?(?:cause|reason)s?\s+(?:is|are)\b")),
        ("b", re.compile(r"\b(?:\w+\s+){0,2}?fail(?:ed|s)?\s+to\b|(?<!the\s)need(?:s)?\s+to")),
        ("c", re.compile(r"\b[a-c]x\w*|\b\d+\s+units|\bnot\s+(?:yet|met)\b|\bi\b")),
        ("d", re.compile(r"\bco(?:-op|op)\w*|\bre[- ]?use\b")),
        # spaces and digits inside the opening: "a\tmere", "in 2024", "q2/2025"
        ("e", re.compile(r"\ba\s+mere\b|\bin\s+\d{4}\b|\bq[1-4][\s/-]*20\d\d")),
    ]
    text = (
        "The root causes are clear; the reason is known. Banks failed to act and need to;"
        " the need to wait. bx cxy ax 12 units; not yet, not met. I think co-op and coop"
        " members re-use and re use, reuse; main reasons are. A\tmere a  mere amere in 2024,"
        " in\n1999, in 20, q2/2025 q3 2025 q5 2025 q1-2024."
    )
    fast = one_scan(groups)
    assert _found(fast, text) == _found(_plain(groups), text)
    assert len(_found(fast, text)) >= 18  # the text does open every kind of branch
    assert "(?=" in fast.pattern  # and the scan is gated


DATES = (
    "No later than July 1, 2025, by 30 June 2026 and before 31/3/2025; by mid-2025, in early"
    " 2027, by the second quarter of 2025, in Q2 2025, the first half of 2024; the deadline"
    " for the report is May 5. In the first 6 months of 2024, up 26% compared to 2022, from"
    " 2019 to 2023, so far this year, last month, H1 2024 and by the end of this decade.\n"
)


def _ungated(patterns: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    parts = []
    for index, (_, pattern) in enumerate(patterns):
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{index}>", pattern.pattern)
        parts.append(f"(?P<alt_{index}>{body})")
    return lowercase_pattern(r"\b(?=[a-z])(?:" + "|".join(parts) + ")")


def test_the_date_scans_match_their_patterns_joined_as_they_are() -> None:
    seeds = sorted((bundled_corpus() / "seeds").glob("*.txt"))
    texts = [lower(DATES)] + [lower(p.read_text(encoding="utf-8")) for p in seeds]
    for fast, patterns in (
        (due_dates._DUES.pattern, due_dates._DUE_PATTERNS),
        (dates._PERIODS.pattern, dates._ASOF_PATTERNS),
    ):
        plain = _ungated(patterns)
        for text in texts:
            groups = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
            assert groups == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert len(list(fast.finditer(lower(DATES)))) >= 8  # the text holds dates of each


def test_a_phrase_scan_finds_what_its_phrases_joined_as_they_are_find() -> None:
    text = lower(
        "5G and 4G coverage; e-government, the e-Government Development Index (EGDI) and"
        " digital economy; a digital-economy share, Đà Nẵng's data centre; +84 numbers, 5Gs."
    )
    for phrases in (
        ["5g", "e-government", "e-government development index", "digital economy", "egdi"],
        ["đà nẵng", "data centre", "data", "+84", "digital"],  # one opens with no word character
    ):
        words = sorted({lower(p) for p in phrases}, key=len, reverse=True)
        plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
        fast = phrase_pattern(phrases)
        assert fast is not None
        found = [m.span() for m in fast.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert len(found) >= 4


def test_a_word_scan_of_lowered_text_matches_as_the_pattern_does() -> None:
    from briefing.extract.alternation import word_scan
    from briefing.extract.textcase import lower

    pattern = r"\brest\s+of\s+(?P<year>20\d\d)\b|\bthis\s+year\s*\((?P<other>20\d\d)\)"
    text = "For the Rest of 2025, and this year (2026), the interest of 2024 and rest of2025."
    expected = [m.groupdict() for m in re.finditer(pattern, text, re.I)]
    assert [m.groupdict() for m in word_scan(pattern).finditer(lower(text))] == expected
    assert [d["year"] or d["other"] for d in expected] == ["2025", "2026"]
