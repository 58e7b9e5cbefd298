"""Pilot tests see a steady cursor: a blinking one repaints twice a second, so a test
could catch the search bar or a review field in either state."""

from __future__ import annotations

import pytest
from textual.widgets import Input


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    blink = next(c.__dict__["cursor_blink"] for c in Input.__mro__ if "cursor_blink" in c.__dict__)
    monkeypatch.setattr(blink, "_default", False)
