"""What the extractor finds, and how a found finding is written into a findings file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.core.model import Kind
from briefing.extract.naming import NamedMetric
from briefing.extract.statements import statement_of_quote


@dataclass(frozen=True, slots=True)
class Extracted:
    """One finding found by the extractor: where it is, what it is, what it says."""

    kind: Kind
    start: int
    end: int
    quote: str
    confidence: float
    metrics: tuple[NamedMetric, ...] = ()
    due: str | None = None
    owner: str | None = None
    topics: tuple[str, ...] = ()
    lead: str = ""
    """The sentence's subject, for a statement whose quote starts at its verb (a projection)."""
    telling: tuple[tuple[float, str], ...] | None = field(default=None, compare=False, repr=False)
    """The figures that identify the claim (``_telling``), to know a repeat by."""


def statement_of(item: Extracted) -> str:
    """A one-line statement: the quote as a briefing line (the reviewer rewrites it)."""
    return statement_of_quote(item.quote, lead=item.lead)


def to_toml(items: list[Extracted], source_id: str) -> dict[str, Any]:
    """The findings file of one source, as the corpus format wants it."""
    findings: list[dict[str, Any]] = []
    for number, item in enumerate(items, start=1):
        body: dict[str, Any] = {
            "id": f"{source_id}-x{number:03d}",
            "kind": item.kind.value,
            "statement": statement_of(item),
            "quote": item.quote,
            "span": [item.start, item.end],
            "topics": list(item.topics),
        }
        if item.owner:
            body["owner"] = item.owner
        if item.due:
            body["due"] = item.due
        body["origin"] = "extracted"
        body["confidence"] = item.confidence
        body["reviewed"] = False
        if item.metrics:
            body["metrics"] = [
                {
                    "name": m.name,
                    "value": int(m.value) if float(m.value).is_integer() else m.value,
                    "unit": m.unit,
                    "as_of": m.as_of,
                    **({"qualifier": m.qualifier} if m.qualifier else {}),
                }
                for m in item.metrics
            ]
        findings.append(body)
    return {"source": source_id, "finding": findings}
