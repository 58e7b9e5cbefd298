"""Bytes in, article text out: UTF-8 (with or without BOM), other encodings, HTML pages.

A document that cannot be read is refused with a ``ReadError`` whose message is one
line a person understands ("binary file", "empty file", ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_BYTES = 5 * 1024 * 1024
"""Larger inputs are refused: no news article is this long."""

_BOM = b"\xef\xbb\xbf"
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class ReadError(Exception):
    """The input is not an article this tool can read; the message says why."""


@dataclass(frozen=True, slots=True)
class Document:
    """An article as text, with what the page itself said about it (HTML only)."""

    text: str
    fmt: str  # "text" or "html"
    encoding: str
    hints: dict[str, str] = field(default_factory=dict)


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    return b"\x00" in sample


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte order mark, told apart from binary by where its
    NUL bytes fall: in Latin (and Vietnamese) text most characters below U+0100 leave
    one byte of each pair NUL, always the same one of the two."""
    sample = raw[:8192]
    if len(raw) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= pairs * 0.2 and others <= zeros * 0.02:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            # Text has no control characters but its line breaks and tabs; noise that
            # happens to fall into the pattern decodes to some (b"\x00\x01..." is U+0001).
            if _CONTROL.search(text) is not None:
                return None
            return text, encoding
    return None


def decode(raw: bytes) -> tuple[str, str]:
    """Decode ``raw``: UTF-8 first, then a detected encoding; ``ReadError`` when unsure."""
    if raw.startswith(_BOM):
        try:
            return raw[len(_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise ReadError("starts with a UTF-8 BOM but is not valid UTF-8") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(raw)
    best = results.best()
    if best is not None:
        # Near-ties are common on short Latin text (cp1252, cp1257, cp1250 all read it);
        # Windows-1252 is by far the most used of them, so it wins a near-tie.
        for candidate in results:
            if candidate.encoding == "cp1252" and candidate.chaos <= best.chaos + 0.1:
                best = candidate
                break
    if best is None or best.encoding is None:
        raise ReadError("unknown text encoding (not UTF-8, and none could be detected)")
    if best.chaos > 0.2:  # mostly noise in every encoding tried
        raise ReadError(f"unknown text encoding (best guess {best.encoding} reads as noise)")
    return str(best), str(best.encoding)


def read_bytes(raw: bytes, name: str = "") -> Document:
    """Read an article from its bytes (``name`` only helps to tell HTML from text)."""
    if not raw.strip():
        raise ReadError("empty file")
    if len(raw) > MAX_BYTES:
        raise ReadError(f"too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("starts with a UTF-16 mark but is not valid UTF-16") from None
        return _from_text(text, "utf-16", name)
    if _looks_binary(raw):
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise ReadError("binary file, not text")
        return _from_text(*utf16, name)
    text, encoding = decode(raw)
    return _from_text(text, encoding, name)


def _from_text(text: str, encoding: str, name: str) -> Document:
    lowered = name.lower()
    is_html = lowered.endswith((".html", ".htm", ".xhtml")) or (
        not lowered.endswith(".txt") and _HTML_SNIFF.search(text[:4096].encode()) is not None
    )
    if is_html:
        return _from_html(text, encoding)
    sample = text[:8192]
    controls = len(_CONTROL.findall(sample))
    # A few stray control characters are tolerated in a long article and dropped here,
    # so that neither the stored copy nor a quote holds one; in a short file even one in
    # a hundred characters means it is not text.
    if controls > 8 or controls * 100 > len(sample):
        raise ReadError("binary file, not text (control characters)")
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ReadError("empty file")
    return Document(text=text, fmt="text", encoding=encoding)


def _from_html(page: str, encoding: str) -> Document:
    """The main text and metadata of an HTML page, with trafilatura (offline: it gets a string)."""
    import trafilatura

    text = trafilatura.extract(
        page,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=False,
    )
    if not text or len(text.split()) < 30:
        raise ReadError("HTML page with no article text")
    hints: dict[str, str] = {}
    meta = trafilatura.extract_metadata(page)
    if meta is not None:
        for key in ("title", "url", "date", "sitename", "hostname", "author"):
            value = getattr(meta, key, None)
            if isinstance(value, str) and value.strip():
                hints[key] = " ".join(_CONTROL.sub("", value).split())
    text = _CONTROL.sub("", text)
    return Document(text=text.strip() + "\n", fmt="html", encoding=encoding, hints=hints)
