"""Who is to do a task: the subject of an obligation, the one asked, or a list's heading.

Task lists name the owner once and list its tasks after it, in one of three shapes:
the subject of each sentence ("The Ministry of Public Security shall preside over ..."),
an earlier sentence of the same paragraph, or a heading ending with a colon ("2. The
Ministry of Information and Communications:") whose list items follow, on its own line
or run into one paragraph. ``LineOwners`` finds them only when a finding asks (most
sentences report results and need no owner).
"""

from __future__ import annotations

import re

_LIST_MARK = r"(?:(?:[a-hđ]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-•*+])\s*)?"
_OWNER_SUBJECT = re.compile(
    rf"^{_LIST_MARK}(?:In addition,\s+|At the same time,\s+|Also,\s+)?(?:the\s+)?(?P<o>[A-Z][^,;:]{{2,140}}?)\s+"
    r"(?:shall|must|should|is responsible|are responsible|is assigned|are assigned|will preside|"
    r"presides|directs and|researches|coordinates|is tasked|are tasked|needs to|need to)\b"
)
_OWNER_REQUEST = re.compile(
    r"\b(?:requested|requests|asked|asks|assigned|assigns|directed|urged|tasked|instructed|called on)\s+"
    r"(?:that\s+)?(?P<o>(?:the\s+)?[A-Za-z][^;:.]{2,160}?)\s+to\s+(?:\w+ly\s+)?[a-z]+\b"
)
# "2. The Ministry of Information and Communications:" / "For the provincial police:"
_OWNER_HEADING = re.compile(
    rf"^{_LIST_MARK}(?:(?:For|To)\s+)?(?:the\s+)?(?P<o>[A-Za-z][^,;:.!?]{{2,120}}?)\s*"
    r"(?:shall|must|is\s+to|are\s+to|will)?\s*:\s*$"
)
_OWNER_WORDS = re.compile(
    r"\b(ministr\w*|minister\w*|committee\w*|chairm[ae]n|government|agenc\w+|localit\w+|province\w*|"
    r"department\w*|office|bank|leaders?|officials?|sectors?|branch\w*|units?|people's|council\w*|"
    r"police|enterprises?|heads?|authorit\w+|city|cities|directors?)\b",
    re.I,
)
_LIST_ITEM_START = re.compile(r"^\s*(?:[a-hđ]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-•*+])\s")
_HEADING_WORDS = 16
"""A heading is short: a longer line ending in a colon introduces, it does not name."""


def _clean(name: str) -> str:
    owner = " ".join(name.split())
    owner = re.sub(r"^(?:the|The)\s+", "", owner)
    owner = re.sub(r"^(?:Prime Minister|PM)\s+\S+\s+\S+\s+\S+\s+(?:requested|asked)\s+", "", owner)
    if len(owner) > 120:
        owner = owner[:119].rsplit(" ", 1)[0] + "…"
    return owner[0].upper() + owner[1:]


def owner_of(text: str, start: int, end: int) -> str | None:
    """The owner the sentence ``text[start:end]`` names: its obliged subject, the one it
    asks, or (a heading that ends with a colon) the one whose tasks follow."""
    sentence = text[start:end]
    for pattern in (_OWNER_SUBJECT, _OWNER_REQUEST):
        m = pattern.search(sentence)
        if m and _OWNER_WORDS.search(m.group("o")):
            return _clean(m.group("o"))
    return heading_owner(text, start, end)


def heading_owner(text: str, start: int, end: int) -> str | None:
    """The owner named by a heading like "1. The Ministry of Public Security:" at
    ``text[start:end]`` (the colon may be just after ``end``), else None."""
    stripped = text[start:end].strip()
    if not stripped.endswith(":"):
        if text[end : end + 1] != ":":
            return None
        stripped += ":"
    if len(stripped.split()) > _HEADING_WORDS:
        return None
    m = _OWNER_HEADING.match(stripped)
    if m and _OWNER_WORDS.search(m.group("o")):
        return _clean(m.group("o"))
    return None


def is_list_item(line: str) -> bool:
    """True for a line that is an item of a list ("a) ...", "- ...", "2. ...")."""
    return _LIST_ITEM_START.match(line) is not None


class LineOwners:
    """The owners of one paragraph's sentences, found on demand.

    A sentence's owner is the one it names, else the nearest earlier sentence's in the
    paragraph, else ``inherited`` (a heading's, for a list item under it).
    """

    def __init__(self, text: str, sentences: list[tuple[int, int]], inherited: str | None) -> None:
        self._text = text
        self._sentences = sentences
        self._inherited = inherited
        self._own: dict[int, str | None] = {}
        self._at: list[str | None] = []

    def own(self, index: int) -> str | None:
        """The owner sentence ``index`` names itself."""
        if index not in self._own:
            self._own[index] = owner_of(self._text, *self._sentences[index])
        return self._own[index]

    def at(self, index: int) -> str | None:
        """The owner of sentence ``index``."""
        # Filled in order and remembered: a long list asks for every item.
        for k in range(len(self._at), index + 1):
            previous = self._at[k - 1] if k > 0 else self._inherited
            self._at.append(self.own(k) or previous)
        return self._at[index]

    def heading(self) -> str | None:
        """The owner this paragraph hands to the list items after it, when it is a heading."""
        if not self._sentences:
            return None
        return heading_owner(self._text, *self._sentences[-1])


class SentenceOwner:
    """The owner of one sentence, looked for only when a task needs one."""

    __slots__ = ("_index", "_owners")

    def __init__(self, owners: LineOwners, index: int) -> None:
        self._owners, self._index = owners, index

    def get(self) -> str | None:
        return self._owners.at(self._index)
