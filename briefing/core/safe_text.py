"""Untrusted text made safe to show: every character that could steer a terminal,
reorder a line or hide itself is swapped for a visible one.

Corpus data, article text, file names and URLs are written by someone else. On a
terminal an ESC starts an escape sequence (OSC 52 sets the clipboard, CSI 2J clears
the screen), a C1 control (U+009B) does the same on some terminals, a bidi override
(U+202E) shows a line in another order than it is stored, and a zero-width
character hides inside an id. Each is replaced by one visible character, one for
one, so character offsets into an article (quote spans) still line up:

- C0 controls become their Unicode "control pictures" (ESC shows as ␛),
- DEL shows as ␡,
- C1 controls, bidi controls, zero-width and other invisible format characters,
  and the line and paragraph separators, show as � (U+FFFD).
"""

from __future__ import annotations

import re

_INVISIBLE = (
    "\u0080-\u009f"  # C1 controls (U+0085 NEL, U+009B CSI…)
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u2028\u2029"  # line and paragraph separators
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2060-\u2064"  # word joiner, invisible operators
    "\u2066-\u2069"  # bidi isolates
    "\ufeff"  # zero-width no-break space (a BOM inside text)
    "\ufff9-\ufffb"  # interlinear annotation
    "\U000e0000-\U000e007f"  # tag characters (invisible ASCII)
)
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f{_INVISIBLE}]")
_UNSAFE_LINE = re.compile(f"[\x00-\x1f\x7f{_INVISIBLE}]")
_UNSAFE_IN_JSON = re.compile(f"[\x7f{_INVISIBLE}]")
REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return REPLACEMENT


def printable(text: str) -> str:
    """``text`` with every unsafe character (but newline and tab) made visible, one for one."""
    return _UNSAFE.sub(_picture, text)


def one_line(text: str) -> str:
    """``text`` made visible and kept on one line: newline and tab are shown too (␊, ␉).

    For what a command prints about an input (a problem, a file name): one line each.
    """
    return _UNSAFE_LINE.sub(_picture, text)


def has_unsafe(text: str) -> bool:
    """True when ``text`` holds a character ``one_line`` would replace."""
    return _UNSAFE_LINE.search(text) is not None


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # a surrogate pair, as JSON spells characters beyond the BMP
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_safe(document: str) -> str:
    """A JSON document with the characters JSON allows raw but a terminal acts on
    (DEL, C1, bidi and zero-width) written as ``\\uXXXX`` escapes: same data, safe to print.

    Such characters only ever occur inside JSON strings, where the escape is valid.
    """
    if _UNSAFE_IN_JSON.search(document) is None:
        return document
    return _UNSAFE_IN_JSON.sub(_json_escape, document)


def safe_url(url: str) -> bool:
    """True for an ``http(s)://`` URL with nothing a terminal or a reader could be
    fooled by: no control, bidi, zero-width or space character."""
    return (
        url.startswith(("https://", "http://"))
        and not any(ch.isspace() for ch in url)
        and not has_unsafe(url)
    )
