"""Text helpers shared by the views: safe display of untrusted text, and folding for search."""

from __future__ import annotations

import re
import unicodedata

# Article text is untrusted. Control characters (an ESC starting a terminal escape
# sequence, a bell, a carriage return that rewrites the line) are swapped for their
# visible Unicode "control pictures", one character for one, so that character
# offsets into the article (quote spans) still line up with the displayed text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def printable(text: str) -> str:
    """``text`` with every control character (but newline and tab) made visible."""
    return _CONTROL.sub(_picture, text)


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: ``Việt Nam`` → ``viet nam``."""
    if text.isascii():  # nothing to decompose: skip the per-character pass
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def plural(count: int, noun: str) -> str:
    """``1 finding``, ``3 findings``, ``19,917 findings``."""
    return f"{count:,} {noun if count == 1 else noun + 's'}"
