"""A title from the article's address when the text prints no headline.

A slug ("pm-pham-minh-chinh-chairs-the-meeting-123.html") keeps the words but loses
their case and their diacritics. The article itself says how it writes each of them: a
word it never writes in lowercase is a name or an acronym, and takes the form the
article gives it ("pm" → "PM", "pham" → "Phạm", "mekong" → "Mekong").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from urllib.parse import urlparse

_WORD = re.compile(r"\w+")
_ORDINAL_OR_SMALL = re.compile(r"\d{1,2}|\d{1,3}(?:st|nd|rd|th)", re.I)


def _folded(word: str) -> str:
    """The word as a slug writes it: lowercase, without diacritics."""
    stripped = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in stripped if not unicodedata.combining(c)).lower()


def _slug_form(word: str) -> str:
    # Most of an article's words are plain ASCII and need no decomposing.
    return word.lower() if word.isascii() else _folded(word)


def _forms(
    counts: Counter[str], slug_form: dict[str, str], wanted: set[str]
) -> dict[str, Counter[str]]:
    """Each of the slug's folded words, with the forms the text writes it in."""
    forms: dict[str, Counter[str]] = {}
    for word, count in counts.items():
        key = slug_form[word]
        if key in wanted:
            forms.setdefault(key, Counter())[word] += count
    return forms


def _without_addresses(text: str) -> str:
    """The text without its web addresses, which write every word in lowercase.

    Found from their "://" rather than by a pattern tried at every word of the text."""
    parts: list[str] = []
    done = 0
    at = text.find("://")
    while at >= 0:
        start = at
        while start > done and not text[start - 1].isspace():
            start -= 1
        end = at + 3
        while end < len(text) and not text[end].isspace():
            end += 1
        parts += (text[done:start], " ")
        done = end
        at = text.find("://", end)
    return "".join(parts) + text[done:] if parts else text


_SECTION_WORDS = frozenset(
    {
        "news", "and", "events", "latest", "home", "detail", "details", "article", "articles",
        "category", "portal", "page", "society", "politics", "economy", "business", "world",
        "press", "releases",
    }
)  # fmt: skip
"""The words of a site's section names ("news-and-events"): a path segment of no title."""


def slug_words(url: str | None) -> list[str] | None:
    """The words of the URL's last path segment that has three or more ("-", "_" or "+"
    between them), a site's section name aside."""
    if not url:
        return None
    for segment in reversed(urlparse(url).path.strip("/").split("/")):
        segment = re.sub(r"\.\w+$", "", segment.replace("%20", "+"))
        words = [w for w in re.split(r"[-_+]+", segment) if w]
        # Ids are not words: "267452", "post290251", "ct423"; "10th" and "06" are.
        words = [w for w in words if not re.search(r"\d", w) or _ORDINAL_OR_SMALL.fullmatch(w)]
        if len(words) >= 3 and not _SECTION_WORDS.issuperset(w.lower() for w in words):
            return words
    return None


def _completed(before: str, cut: str, words: list[str], slug_form: dict[str, str]) -> str:
    """A slug cut short by the site ("...-committee-on-digital-tra"): the word the text
    writes after the one before it that starts with what is left, else the word as it is."""
    before, cut = _folded(before), _folded(cut)
    for first, second in pairwise(words):
        if slug_form[first] == before and slug_form[second].startswith(cut):
            return slug_form[second]
    return cut


def title_from_slug(url: str | None, text: str = "") -> str | None:
    """The slug's words as a title, each written as the article writes it."""
    words = slug_words(url)
    if not words:
        return None
    written = _WORD.findall(_without_addresses(text))
    counts = Counter(written)
    # Each distinct word folded once, the ASCII ones by lowercasing alone: folding every
    # word of a 10 KB article as it came took about 5 ms, this about 0.3 ms.
    slug_form = {word: _slug_form(word) for word in counts}
    forms = _forms(counts, slug_form, {_folded(word) for word in words})
    if len(words) > 3 and _folded(words[-1]) not in forms:
        words[-1] = _completed(words[-2], words[-1], written, slug_form)
        forms = _forms(counts, slug_form, {_folded(word) for word in words})
    cased = []
    for word in words:
        seen = forms.get(_folded(word))
        if seen and not any(form.islower() for form in seen):
            word = seen.most_common(1)[0][0]  # never lowercase in the text: a name
        cased.append(word)
    line = " ".join(cased)
    return line[0].upper() + line[1:]
