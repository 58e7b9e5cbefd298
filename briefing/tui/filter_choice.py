"""``FilterChoice``: the topics and sources a person chose to keep.

Apart from the filter dialog, so that the briefing holds one without importing the
dialog's widgets before it is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FilterChoice:
    """The topics and sources kept; empty keeps everything."""

    topics: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
