"""A small SVG writer: elements as escaped text, numbers as short decimals.

Enough for the HTML briefing's charts, and no more: no dependency, nothing a browser
would run (no script, no event attribute, no external reference). Every attribute
value and text node is escaped here, so untrusted text (an outlet's name) can never
open a tag or an attribute.
"""

from __future__ import annotations

import html
import re

from briefing.core.text import printable

_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9:-]*$")
"""A tag or attribute name: only ever a constant of this package, checked all the same."""


def text(value: str) -> str:
    """Untrusted text as XML character data or attribute value: visible, never markup."""
    return html.escape(printable(value), quote=True)


def num(value: float) -> str:
    """A coordinate: at most two decimals, no trailing zeros (``12``, ``3.5``)."""
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if shown in ("-0", "") else shown


def element(tag: str, attrs: dict[str, str | float] | None = None, *children: str) -> str:
    """``<tag a="v">children</tag>``; children are already written SVG (or ``text()``)."""
    if not _NAME.match(tag):
        raise ValueError(f"not a tag name: {tag!r}")
    parts = [tag]
    for name, value in (attrs or {}).items():
        if not _NAME.match(name) or name.lower().startswith("on"):
            raise ValueError(f"not an attribute to write: {name!r}")
        shown = num(value) if isinstance(value, float | int) else text(value)
        parts.append(f'{name}="{shown}"')
    head = " ".join(parts)
    if not children:
        return f"<{head}/>"
    return f"<{head}>{''.join(children)}</{tag}>"
