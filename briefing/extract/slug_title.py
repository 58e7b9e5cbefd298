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
from urllib.parse import urlparse

_WORD = re.compile(r"\w+")
_ORDINAL_OR_SMALL = re.compile(r"\d{1,2}|\d{1,3}(?:st|nd|rd|th)", re.I)
_URL = re.compile(r"\S+://\S+")  # the address itself writes every word in lowercase


def _folded(word: str) -> str:
    """The word as a slug writes it: lowercase, without diacritics."""
    stripped = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in stripped if not unicodedata.combining(c)).lower()


def _forms(text: str) -> dict[str, Counter[str]]:
    """Each folded word of the text, with the forms the text writes it in."""
    forms: dict[str, Counter[str]] = {}
    for word in _WORD.findall(text):
        forms.setdefault(_folded(word), Counter())[word] += 1
    return forms


def slug_words(url: str | None) -> list[str] | None:
    """The words of the URL's last path segment that has three or more."""
    if not url:
        return None
    for segment in reversed(urlparse(url).path.strip("/").split("/")):
        words = [w for w in re.split(r"[-_]+", re.sub(r"\.\w+$", "", segment)) if w]
        # Ids are not words: "267452", "post290251", "ct423"; "10th" and "06" are.
        words = [w for w in words if not re.search(r"\d", w) or _ORDINAL_OR_SMALL.fullmatch(w)]
        if len(words) >= 3:
            return words
    return None


def _completed(before: str, cut: str, text: str) -> str:
    """A slug cut short by the site ("...-committee-on-digital-tra"): the word the text
    writes after the one before it that starts with what is left, else the word as it is."""
    folded = " ".join(_folded(w) for w in _WORD.findall(text))
    found = re.search(rf"\b{re.escape(_folded(before))} ({re.escape(_folded(cut))}\w*)", folded)
    return found.group(1) if found else cut


def title_from_slug(url: str | None, text: str = "") -> str | None:
    """The slug's words as a title, each written as the article writes it."""
    words = slug_words(url)
    if not words:
        return None
    text = _URL.sub(" ", text)
    forms = _forms(text) if text else {}
    if len(words) > 3 and _folded(words[-1]) not in forms:
        words[-1] = _completed(words[-2], words[-1], text)
    cased = []
    for word in words:
        seen = forms.get(_folded(word))
        if seen and not any(form.islower() for form in seen):
            word = seen.most_common(1)[0][0]  # never lowercase in the text: a name
        cased.append(word)
    line = " ".join(cased)
    return line[0].upper() + line[1:]
