"""What the extractor finds in sentences written for the genre-rule tests: each body is
read under a headline, as an article of 10 March 2025."""

from __future__ import annotations

from datetime import date

from briefing.extract.extracted import statement_of
from briefing.extract.pipeline import Extracted
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus

EXTRACTOR = load_extractor(bundled_corpus() / "data")
REF = date(2025, 3, 10)


def found(body: str) -> list[Extracted]:
    return EXTRACTOR.extract("Province sets out its digital plan\n" + body, REF)


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.due) for f in found(text)]


def kinds_only(text: str) -> list[str]:
    """The kinds found in ``text`` (one line or more), in order."""
    return [kind for kind, _ in kinds(text if text.endswith("\n") else text + "\n")]


def dated_kinds(body: str, on: date) -> list[tuple[str, str | None]]:
    """The kinds and dues found in ``body``, read as an article dated to the day ``on``."""
    items = EXTRACTOR.extract(f"The city's plan\n{body}\n", on, dated=True)
    return [(i.kind.value, i.due) for i in items]


def statements(body: str) -> list[str]:
    """The statements of the findings in ``body``, in order."""
    return [statement_of(f) for f in found(body if body.endswith("\n") else body + "\n")]
