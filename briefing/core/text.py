"""Text helpers shared by the views: safe display of untrusted text, and folding for search."""

from __future__ import annotations

import re
import unicodedata

from briefing.core.safe_text import printable

__all__ = ["ellipsize", "fold", "one_paragraph", "plural", "printable"]

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching: ``Việt Nam`` → ``viet nam``."""
    if text.isascii():  # nothing to decompose: skip the per-character pass
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def one_paragraph(quote: str) -> str:
    """``quote`` as one run of text: the line breaks of a page hard-wrapped at a fixed
    width (kept in the stored quote, which is the page's own text) shown as spaces."""
    return _LINE_BREAK.sub(" ", quote) if "\n" in quote else quote


def plural(count: int, noun: str) -> str:
    """``1 finding``, ``3 findings``, ``19,917 findings``."""
    return f"{count:,} {noun if count == 1 else noun + 's'}"


def ellipsize(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, ending with an ellipsis when cut."""
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
