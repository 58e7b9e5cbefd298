"""Another country's news, told beside home's: "Singapore topped the index", "Thailand and
Malaysia lead the region" (context for a comparison, not a finding of this subject)."""

from __future__ import annotations

import re

from briefing.extract.context_cues import FOREIGN_LIST, FOREIGN_SUBJECT, HOME, HOME_NAMED
from briefing.extract.textcase import lower

_RANKED = re.compile(r"lead|top|rank|front|best")
"""The words ``FOREIGN_LIST`` ends with, looked for before it (the words first)."""
_LOCAL_HOME = re.compile(
    r"\b(?:the\s+)?(?:province|city|provincial|municipal|district|commune|ward)(?:'s|’s)?\b"
)
"""Home named by a place of its own: "the province's data centre projects"."""


def foreign_news(clause: str, sentence: str) -> bool:
    """Is the clause (lowercased) another country's news? Its own subject, or, for a clause
    cut from its subject ("... is forecast to pass $100 billion"), the sentence's, with no
    word of home."""
    if FOREIGN_SUBJECT.match(clause):
        return not HOME_NAMED.search(clause)
    if " and " in clause and _RANKED.search(clause) and FOREIGN_LIST.search(clause):
        return not HOME.search(clause) and not _LOCAL_HOME.search(clause)
    if not sentence:
        return False
    sentence = lower(sentence)
    if sentence.startswith(clause[:20]):
        return False  # the clause opens the sentence: its subject is the sentence's
    return bool(FOREIGN_SUBJECT.match(sentence)) and not HOME.search(sentence)
