"""``one_scan`` finds exactly what the patterns joined as they are find, in the same order."""

from __future__ import annotations

import re

from briefing.extract import classify
from briefing.extract.alternation import one_scan
from briefing.extract.textcase import lower
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
    ("agenda", classify._AGENDA_ANY),
    ("background", classify._BACKGROUND),
    ("praise", classify._PRAISE),
    ("limitation", classify.LIMITATION),
    ("modal", classify._MODAL_ANY_RE),
    ("goal", classify.GOAL),
    ("request", classify.REQUEST),
    ("first_person", classify._FIRST_PERSON),
    ("achievement", classify.ACHIEVEMENT),
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
