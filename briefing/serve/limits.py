"""What one browser connection may ask of ``briefing serve``: the caps, in one place.

Every connection starts an app process (about 36 MB), and its terminal size sets
how much that app lays out: a page asking for 100,000,000 columns grew one app to
gigabytes in seconds. So the size is bounded, the number of apps is bounded, and a
connection that says nothing (or takes its time sending a request) is closed.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_WIDTH, MAX_WIDTH = 10, 500
MIN_HEIGHT, MAX_HEIGHT = 5, 200
MAX_APPS = 8
"""Apps (connections) running at once unless ``--max-apps`` says otherwise."""
REQUEST_TIMEOUT = 10.0
"""Seconds a connection has to send a whole request (headers dribbled in are cut off)."""
IDLE_TIMEOUT = 3600.0
"""Seconds an open page may send nothing (no key, no resize) before its app is ended."""
MAX_MESSAGE = 64 * 1024
"""Bytes of one message from the page (a key press or a paste is far less)."""


@dataclass(frozen=True)
class Limits:
    """The caps of one server."""

    max_apps: int = MAX_APPS
    request_timeout: float = REQUEST_TIMEOUT
    idle_timeout: float = IDLE_TIMEOUT
    max_message: int = MAX_MESSAGE


class SizeRefused(ValueError):
    """A terminal size out of range; the message says the range."""


def _number(text: str | None, default: int) -> int | None:
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return None


def requested_size(width: str | None, height: str | None) -> tuple[int, int]:
    """The terminal size a connection asks for; ``SizeRefused`` outside the caps."""
    columns, rows = _number(width, 80), _number(height, 24)
    if columns is None or not MIN_WIDTH <= columns <= MAX_WIDTH:
        raise SizeRefused(f"width must be {MIN_WIDTH} to {MAX_WIDTH} columns")
    if rows is None or not MIN_HEIGHT <= rows <= MAX_HEIGHT:
        raise SizeRefused(f"height must be {MIN_HEIGHT} to {MAX_HEIGHT} rows")
    return columns, rows


def resized(width: object, height: object) -> tuple[int, int]:
    """A size from a resize message, brought within the caps (a window is what it is)."""
    columns, rows = _number(str(width), 80) or 80, _number(str(height), 24) or 24
    return min(max(columns, MIN_WIDTH), MAX_WIDTH), min(max(rows, MIN_HEIGHT), MAX_HEIGHT)


def full_text(max_apps: int) -> str:
    """What a connection beyond ``max_apps`` is told."""
    return (
        f"briefing is already open in {max_apps} windows, as many as this server runs "
        "at once (--max-apps). Close one, or try again in a minute.\n"
    )


def full_page(max_apps: int) -> str:
    """The page shown instead of the app when every app is in use (plain, no script)."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" />'
        "<title>briefing: busy</title></head>"
        '<body style="background:#0c181f;color:#e0e0e0;font-family:sans-serif;padding:2em">'
        f"<h1>briefing is busy</h1><p>{full_text(max_apps)}</p></body></html>\n"
    )
