"""The stable machine-readable view of a corpus (``briefing summary --format json``).

The shape is documented in the README; scripts and later features rely on it, so
a change here is a change of contract.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from briefing.corpus import Corpus
from briefing.model import Finding, Kind, Source
from briefing.repeats import repeats_of
from briefing.timeline import Series, build_series

KIND_ORDER = {kind: index for index, kind in enumerate(Kind)}


def source_record(source: Source) -> dict[str, Any]:
    """One source as JSON."""
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "published": source.published,
        "published_stated": source.published_stated,
        "url": source.url,
        "file": source.file,
    }


def finding_record(corpus: Corpus, finding: Finding, as_of: date) -> dict[str, Any]:
    """One finding as JSON, with its status as of ``as_of``."""
    return _finding_record(corpus, finding, as_of, {})


def _finding_record(
    corpus: Corpus, finding: Finding, as_of: date, statuses: dict[str, str | None]
) -> dict[str, Any]:
    # ``statuses`` remembers the status of each due text: thousands of findings share one.
    due = finding.due
    if due is None:
        status = None
    elif due in statuses:
        status = statuses[due]
    else:
        found = corpus.status_of(finding, as_of)
        status = statuses[due] = found.value if found else None
    mark = corpus.marks.marks.get(finding.id) if corpus.marks.marks else None
    return {
        "id": finding.id,
        "kind": finding.kind.value,
        "statement": finding.statement,
        "quote": finding.quote,
        "source": finding.source,
        "span": list(finding.span),
        "topics": list(finding.topics),
        "due": due,
        "owner": finding.owner,
        "status": status,
        "mark": mark.record() if mark else None,
        "metrics": [
            {
                "name": m.name,
                "value": _number(m.value),
                "unit": m.unit,
                "as_of": m.as_of,
                "qualifier": m.qualifier.value if m.qualifier else None,
            }
            for m in finding.metrics
        ],
        "origin": finding.origin.value,
        "confidence": finding.confidence,
        "reviewed": finding.reviewed,
    }


def series_record(series: Series) -> dict[str, Any]:
    """One metric's values across sources, and where sources disagree."""
    return {
        "metric": series.metric,
        "unit": series.unit,
        "points": [
            {
                "value": _number(p.metric.value),
                "as_of": p.metric.as_of,
                "source": p.source.id,
                "finding": p.finding.id,
            }
            for p in series.points
        ],
        "conflicts": [
            {
                "as_of": c.end.isoformat(),
                "values": [_number(v) for v in c.values],
                "findings": [p.finding.id for p in c.points],
            }
            for c in series.conflicts
        ],
    }


def _number(value: float) -> int | float:
    """Whole numbers print as integers (87700000, not 87700000.0)."""
    return int(value) if value.is_integer() else value


def ordered(corpus: Corpus, findings: list[Finding]) -> list[Finding]:
    """Kind by kind, then oldest source first, then in article order."""
    published = {sid: s.published_date for sid, s in corpus.sources.items()}
    return sorted(
        findings,
        key=lambda f: (KIND_ORDER[f.kind], published[f.source], f.source, f.span),
    )


def repeat_records(corpus: Corpus, chosen: list[Finding]) -> list[dict[str, Any]]:
    """The claims several of ``chosen`` make: representative and members (itself first),
    earliest source first. Every member is also in ``findings``."""
    present = {f.id for f in chosen}
    records = []
    for group in repeats_of(corpus).groups:
        members = [f.id for f in group.members if f.id in present]
        if len(members) > 1:
            records.append({"representative": members[0], "members": members})
    position = {f.id: n for n, f in enumerate(chosen)}
    return sorted(records, key=lambda r: position[r["representative"]])


def to_json(
    corpus: Corpus,
    as_of: date,
    findings: list[Finding] | None = None,
    series: list[Series] | None = None,
) -> str:
    """The corpus (or the given findings of it) as an indented JSON document.

    ``series`` are those of the same findings when the caller has them already
    (a briefing does): building them again is seconds on a large corpus.
    """
    return b"".join(iter_json(corpus, as_of, findings, series)).decode("utf-8")


CHUNK = 2000
"""Findings turned into JSON at a time: a large corpus is never held as records all at once."""


def iter_json(
    corpus: Corpus,
    as_of: date,
    findings: list[Finding] | None = None,
    series: list[Series] | None = None,
) -> Iterator[bytes]:
    """``to_json`` as UTF-8 pieces, for writing as they come.

    The bytes are those of ``json.dumps(document, ensure_ascii=False, indent=2)``.
    That encoder is pure Python (seven seconds for 200,000 findings), so orjson
    writes them instead, a chunk of findings at a time, each re-indented to its
    place; a document with a number orjson would write otherwise (see ``_plain``)
    keeps the json module.
    """
    chosen = ordered(corpus, corpus.findings if findings is None else findings)
    sources = sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id))
    if series is None:
        series = build_series(corpus, chosen)
    statuses: dict[str, str | None] = {}
    source_records = [source_record(s) for s in sources]
    series_records = [series_record(s) for s in series]
    orjson = _orjson() if all(_plain(m.value) for f in chosen for m in f.metrics) else None
    if orjson is None:
        document = {
            "as_of": as_of.isoformat(),
            "sources": source_records,
            "findings": [_finding_record(corpus, f, as_of, statuses) for f in chosen],
            "series": series_records,
            "repeats": repeat_records(corpus, chosen),
        }
        yield (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        return

    def dumps(value: Any) -> bytes:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2)  # type: ignore[no-any-return]

    def array(chunks: Iterable[list[Any]]) -> Iterator[bytes]:
        # Each chunk as an indented array, its brackets dropped and its lines
        # moved one level in: together, the items of one array inside the document.
        started = False
        for chunk in chunks:
            if chunk:
                inner = dumps(chunk)[2:-2].replace(b"\n", b"\n  ")
                yield (b",\n  " if started else b"[\n  ") + inner
                started = True
        yield b"\n  ]" if started else b"[]"

    yield b'{\n  "as_of": ' + dumps(as_of.isoformat())
    yield b',\n  "sources": '
    yield from array([source_records])
    yield b',\n  "findings": '
    yield from array(
        [_finding_record(corpus, f, as_of, statuses) for f in chosen[start : start + CHUNK]]
        for start in range(0, len(chosen), CHUNK)
    )
    yield b',\n  "series": '
    yield from array([series_records])
    yield b',\n  "repeats": '
    yield from array([repeat_records(corpus, chosen)])
    yield b"\n}\n"


def _orjson() -> Any:
    try:
        import orjson
    except ImportError:  # pragma: no cover (a dependency; the json module still works)
        return None
    return orjson


def _plain(value: float) -> bool:
    """True when orjson prints ``value`` (after ``_number``) as the json module does:
    finite, whole numbers within 64 bits, and nothing so small that Python writes it
    with an exponent (1e-05) where orjson does not."""
    return math.isfinite(value) and (value == 0 or 1e-4 <= abs(value) < 2**63)
