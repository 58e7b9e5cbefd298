"""Which later findings report on a task (a target or deadline without a figure), and what
they say of it: done, started or delayed.

A finding is suggested as evidence when it comes from another source published no
earlier than the promise's, shares a topic with it, shares enough of its words
(statement and quote, without common words), and states a cue: a delay cue ("behind
schedule", "not yet") is read first, since "not yet completed" also holds "completed";
then a completion cue ("completed", "put into operation", "has finished"); then a
start cue ("started", "being deployed"). Each link says which words and cue found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from briefing.analysis.repeats import words
from briefing.core.model import Finding

MIN_SHARED = 3
"""Fewest content words a finding must share with the promise."""
MAX_POSTINGS = 300
"""A word more cued findings share than this is not used to match: evidence shares the
task's distinctive words, and a common one would make every cued finding a candidate."""
MIN_OVERLAP = 0.4
"""Least share of the shorter side's content words the two must have in common."""


class Relation(StrEnum):
    """What a piece of evidence says of its promise."""

    REPORTS = "reports"
    """A value of the target's metric."""
    DONE = "done"
    STARTED = "started"
    DELAYED = "delayed"


_CUES: tuple[tuple[Relation, re.Pattern[str]], ...] = (
    (
        Relation.DELAYED,
        re.compile(
            r"\b(behind schedule|not yet|yet to|delayed|postponed|slow progress|"
            r"(?:has|have) not been|fell short|missed the deadline)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Relation.DONE,
        re.compile(
            r"\b(completed|put into (?:operation|use|service)|(?:has|have) finished|"
            r"finished|went live|came into operation|fully (?:deployed|implemented))\b",
            re.IGNORECASE,
        ),
    ),
    (
        Relation.STARTED,
        re.compile(
            r"\b(started|began|begun|under way|underway|being (?:deployed|implemented|built)|"
            r"piloted|piloting|launched)\b",
            re.IGNORECASE,
        ),
    ),
)

_COMMON = frozenset(
    """a an the and or of to in on for by with from at as is are was were be been has have
    had will shall would should must can could this that these those it its their there
    than then into over under about all each every per not no yet also more most other
    such which who whom whose what when where while up out so do does did done""".split()  # noqa: SIM905
)


def cue(text: str) -> tuple[Relation, str] | None:
    """The first cue ``text`` states, as (relation, the words), or None."""
    for relation, pattern in _CUES:
        found = pattern.search(text)
        if found:
            return relation, found.group(0)
    return None


def content_words(finding: Finding) -> frozenset[str]:
    """The words of a finding's statement and quote, without common words and numbers."""
    return frozenset(
        w
        for w in words(f"{finding.statement} {finding.quote}")
        if w not in _COMMON and not w[0].isdigit() and len(w) > 1
    )


@dataclass(frozen=True, slots=True)
class TaskLink:
    """A finding suggested as evidence for a task, and how it was found."""

    finding: Finding
    relation: Relation
    how: str


class TaskIndex:
    """The findings stating a cue, indexed by their content words."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.cued: dict[str, tuple[Finding, Relation, str, frozenset[str]]] = {}
        self.by_word: dict[str, list[str]] = {}
        for finding in findings:
            found = cue(f"{finding.statement} {finding.quote}")
            if found is None:
                continue
            bag = content_words(finding)
            self.cued[finding.id] = (finding, found[0], found[1], bag)
            for word in bag:
                self.by_word.setdefault(word, []).append(finding.id)

    def links(self, promise: Finding, allowed: set[str] | None = None) -> list[TaskLink]:
        """The cued findings similar to ``promise`` (of ``allowed`` ids, when given)."""
        mine = content_words(promise)
        counts: dict[str, int] = {}
        for word in mine:
            listed = self.by_word.get(word, [])
            if len(listed) > MAX_POSTINGS:  # says nothing of which task is meant
                continue
            for fid in listed:
                counts[fid] = counts.get(fid, 0) + 1
        result = []
        for fid, shared in counts.items():
            if shared < MIN_SHARED or fid == promise.id:
                continue
            if allowed is not None and fid not in allowed:
                continue
            finding, relation, said, bag = self.cued[fid]
            if finding.source == promise.source or not set(finding.topics) & set(promise.topics):
                continue
            if shared / min(len(mine), len(bag)) < MIN_OVERLAP:
                continue
            common = sorted(mine & bag)
            how = f"shares {shared} words ({', '.join(common[:4])}) and says “{said}”"
            result.append(TaskLink(finding, relation, how))
        return result
