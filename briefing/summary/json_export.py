"""The stable machine-readable view of a corpus (``briefing summary --format json``).

The shape is documented in the README; scripts and later features rely on it, so
a change here is a change of contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from operator import attrgetter
from typing import Any

from briefing.analysis.promises import PROMISE_KINDS, promises_of
from briefing.analysis.repeats import repeats_of
from briefing.analysis.series_cache import series_of
from briefing.analysis.timeline import Series, judged
from briefing.core.model import Finding, Kind, Source
from briefing.core.safe_text import json_safe
from briefing.corpus.indexed import Corpus
from briefing.summary.promise_json import tracking_record

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
    return finding_records(corpus, [finding], as_of, {})[0]


def finding_records(
    corpus: Corpus, findings: list[Finding], as_of: date, statuses: dict[str, str | None]
) -> list[dict[str, Any]]:
    """The findings as JSON, each with its status as of ``as_of``.

    The values are those both orjson and the json module write as the documented
    JSON: kinds, origins and qualifiers are string enums (written as their values),
    spans and topics tuples (written as arrays): reading ``.value`` and copying into
    lists took a third of the time of these records on a large corpus. ``statuses``
    remembers the status of each due text: thousands of findings share one.
    """
    marks = corpus.marks.marks
    promises = promises_of(corpus, as_of)
    records: list[dict[str, Any]] = []
    append = records.append
    for f in findings:
        due = f.due
        if due is None:
            status = None
        elif due in statuses:
            status = statuses[due]
        else:
            found = corpus.status_of(f, as_of)
            status = statuses[due] = found.value if found else None
        mark = marks.get(f.id) if marks else None
        metrics = []
        for m in f.metrics:
            value = m.value
            metrics.append(
                {
                    "name": m.name,
                    "value": int(value) if value.is_integer() else value,
                    "unit": m.unit,
                    "as_of": m.as_of,
                    "qualifier": m.qualifier,
                    "note": m.note,
                }
            )
        append(
            {
                "id": f.id,
                "kind": f.kind,
                "statement": f.statement,
                "quote": f.quote,
                "source": f.source,
                "span": f.span,
                "topics": f.topics,
                "due": due,
                "owner": f.owner,
                "status": status,
                "mark": mark.record() if mark else None,
                "metrics": metrics,
                "origin": f.origin,
                "confidence": f.confidence,
                "reviewed": f.reviewed,
                "tracking": tracking_record(promises.of(f)) if f.kind in PROMISE_KINDS else None,
            }
        )
    return records


def series_record(series: Series) -> dict[str, Any]:
    """One metric's values across sources, and where sources disagree."""
    points: list[dict[str, Any]] = []
    append = points.append
    for p in series.points:  # 150,000 on a large corpus: a plain loop, no call per point
        metric = p.metric
        value = metric.value
        append(
            {
                "value": int(value) if value.is_integer() else value,
                "as_of": metric.as_of,
                "source": p.source.id,
                "finding": p.finding.id,
            }
        )
    previous, change, direction = series.previous, series.change, series.direction
    return {
        "metric": series.metric,
        "unit": series.unit,
        "kind": series.kind,
        "better": direction,
        "headline": series.headline,
        "points": points,
        "change": None
        if previous is None or change is None
        else {
            "since": previous.first.metric.as_of,
            "value": _number(round(change, 9)),
            "judged": judged(change, direction),
        },
        "conflicts": [
            {
                "as_of": c.end.isoformat(),
                "values": [_number(v) for v in c.values],
                "findings": [p.finding.id for p in c.points],
                "within_source": c.within_source,
            }
            for c in series.conflicts
        ],
        "misdated": [
            {
                "value": _number(a.value),
                "as_of": [a.first.metric.as_of, b.first.metric.as_of],
                "findings": [p.finding.id for p in (*a.points, *b.points)],
            }
            for a, b in series.misdated
        ],
    }


def _number(value: float) -> int | float:
    """Whole numbers print as integers (87700000, not 87700000.0)."""
    return int(value) if value.is_integer() else value


def ordered(corpus: Corpus, findings: list[Finding]) -> list[Finding]:
    """Kind by kind, then oldest source first, then in article order."""
    # Bucketed by kind and source, and each bucket sorted by span: on 200,000
    # findings, half the time of one sort with a key tuple per finding.
    by_kind: dict[Kind, dict[str, list[Finding]]] = {kind: {} for kind in KIND_ORDER}
    for finding in findings:
        of_kind = by_kind[finding.kind]
        bucket = of_kind.get(finding.source)
        if bucket is None:
            of_kind[finding.source] = [finding]
        else:
            bucket.append(finding)
    published = {sid: s.published_date for sid, s in corpus.sources.items()}
    by_span = attrgetter("span")
    result: list[Finding] = []
    for of_kind in by_kind.values():
        for source in sorted(of_kind, key=lambda sid: (published[sid], sid)):
            result += sorted(of_kind[source], key=by_span)
    return result


def repeat_records(corpus: Corpus, chosen: list[Finding]) -> list[dict[str, Any]]:
    """The claims several of ``chosen`` make: representative and members (itself first),
    earliest source first. Every member is also in ``findings``."""
    present = set(map(attrgetter("id"), chosen))
    of_representative: dict[str, dict[str, Any]] = {}
    for group in repeats_of(corpus).groups:
        members = [f.id for f in group.members if f.id in present]
        if len(members) > 1:
            of_representative[members[0]] = {"representative": members[0], "members": members}
    if not of_representative:
        return []
    # In the order of ``chosen``: read off it, rather than sorted by a position
    # looked up in a map of every chosen finding.
    pop = of_representative.pop
    return [record for f in chosen if (record := pop(f.id, None)) is not None]


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


def _terminal_safe(pieces: Iterator[bytes | memoryview]) -> Iterator[bytes | memoryview]:
    """``pieces`` with DEL, C1, bidi and zero-width characters written as ``\\uXXXX``:
    JSON allows them raw, but a terminal showing the document would act on them."""
    for piece in pieces:
        text = str(piece, "utf-8")  # decoded in place: no copy of a large chunk
        safe = json_safe(text)
        yield piece if safe is text else safe.encode("utf-8")


CHUNK = 2000
"""Findings turned into JSON at a time: a large corpus is never held as records all at once."""


def iter_json(
    corpus: Corpus,
    as_of: date,
    findings: list[Finding] | None = None,
    series: list[Series] | None = None,
) -> Iterator[bytes | memoryview]:
    """``to_json`` as UTF-8 pieces, for writing as they come (terminal-safe, see
    ``json_safe``)."""
    return _terminal_safe(_iter_json(corpus, as_of, findings, series))


def _iter_json(
    corpus: Corpus,
    as_of: date,
    findings: list[Finding] | None = None,
    series: list[Series] | None = None,
) -> Iterator[bytes | memoryview]:
    """``to_json`` as UTF-8 pieces, untouched.

    The bytes are those of ``json.dumps(document, ensure_ascii=False, indent=2)``.
    That encoder is pure Python (seven seconds for 200,000 findings), so orjson
    writes them instead, a chunk of findings at a time, each re-indented to its
    place; a document with a number orjson would write otherwise (see ``_plain``)
    keeps the json module.
    """
    everything = ordered(corpus, corpus.findings if findings is None else findings)
    # Directives (tasks with no figure and no date) come last in that order; they are
    # listed apart from the findings, as the briefing shows them.
    split = next((n for n, f in enumerate(everything) if f.kind is Kind.DIRECTIVE), None)
    chosen = everything[:split] if split is not None else everything
    directives = everything[split:] if split is not None else []
    sources = sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id))
    if series is None:
        series = series_of(corpus, chosen)
    statuses: dict[str, str | None] = {}
    source_records = [source_record(s) for s in sources]
    series_records = [series_record(s) for s in series]
    orjson = _orjson() if _plain(everything) else None
    if orjson is None:
        document = {
            "as_of": as_of.isoformat(),
            "sources": source_records,
            "findings": finding_records(corpus, chosen, as_of, statuses),
            "directives": finding_records(corpus, directives, as_of, statuses),
            "series": series_records,
            "repeats": repeat_records(corpus, chosen),
        }
        yield (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        return

    def dumps(value: Any) -> bytes:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2)  # type: ignore[no-any-return]

    def array(chunks: Iterable[list[Any]]) -> Iterator[bytes | memoryview]:
        # Each chunk written as the array of a one-key object, so that its items
        # are indented as deep as the document's arrays' items; cut out of that
        # object, the chunks together make one array of the document.
        started = False
        for chunk in chunks:
            if chunk:
                yield b",\n" if started else b"[\n"
                # A view, not a copy: a copy of every chunk cost a tenth of a second.
                yield memoryview(dumps({"": chunk}))[len(_HEAD) : -len(_TAIL)]
                started = True
        yield b"\n  ]" if started else b"[]"

    yield b'{\n  "as_of": ' + dumps(as_of.isoformat())
    yield b',\n  "sources": '
    yield from array([source_records])
    yield b',\n  "findings": '
    yield from array(
        finding_records(corpus, chosen[start : start + CHUNK], as_of, statuses)
        for start in range(0, len(chosen), CHUNK)
    )
    yield b',\n  "directives": '
    yield from array([finding_records(corpus, directives, as_of, statuses)])
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


def _plain(findings: list[Finding]) -> bool:
    """True when orjson prints every metric's value (after ``_number``) as the json
    module does: finite (NaN fails every comparison), whole numbers within 64 bits,
    and nothing so small that Python writes it with an exponent (1e-05) where orjson
    does not."""
    # Gathered in C (map, chain, set): a corpus has a few thousand distinct values
    # among 200,000 findings, and only those are looked at one by one.
    metrics = chain.from_iterable(map(attrgetter("metrics"), findings))
    sizes = set(map(abs, map(attrgetter("value"), metrics)))
    return all(size == 0 or 1e-4 <= size < 2**63 for size in sizes)


_HEAD = b'{\n  "": [\n'
_TAIL = b"\n  ]\n}"
"""What orjson writes around the items of ``{"": [items]}``."""
