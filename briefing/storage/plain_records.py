"""``[[finding]]`` and ``[[source]]`` tables of the plain, valid shape made into their
records without pydantic.

Nearly every finding a corpus holds is written the one way the tools write it: strings
as strings, a span of two integers, topics as a list of ids. For those, pydantic's work
(``validate.finding``: a model, its validators, then the record copied out of it) was a
third of a large corpus's cold load (bench/run.py), and importing pydantic alone was a
tenth of a start after an ``ingest`` or a ``review``. ``finding`` and ``source`` check such a table
against the same rules directly and makes the record; anything it is not sure of (a
type pydantic would convert, a field it does not know, any rule broken) it leaves to
pydantic, by returning None, so that what is wrong is reported in pydantic's words,
and whatever pydantic would convert is converted as pydantic converts it.
``tests/storage/test_plain_records.py`` holds both to the same records.
"""

from __future__ import annotations

import math
import re
from typing import Any

from briefing.core.dates import Precision
from briefing.core.model import (
    Finding,
    Kind,
    Metric,
    Origin,
    Qualifier,
    Source,
    make_finding,
    make_metric,
    parsed_period,
)
from briefing.core.safe_text import has_unsafe

ID = re.compile(r"[a-z0-9][a-z0-9-]*")
"""What an id (of a source, a finding, a topic) must be, whole (``validate`` too)."""
METRIC_NAME = re.compile(r"[a-z0-9][a-z0-9_]*")
"""What a metric's name must be, whole (``validate`` too)."""
SHA256 = re.compile(r"[0-9a-f]{64}")
"""What an article's sha256 must be, whole (``validate`` too)."""

_KINDS = {kind.value: kind for kind in Kind}
_ORIGINS = {origin.value: origin for origin in Origin}
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}
_FIELDS = frozenset(
    {
        "id",
        "kind",
        "statement",
        "quote",
        "span",
        "topics",
        "metrics",
        "due",
        "owner",
        "origin",
        "confidence",
        "reviewed",
    }
)
_METRIC_FIELDS = frozenset({"name", "value", "unit", "as_of", "qualifier", "note"})
_SOURCE_FIELDS = frozenset(
    {"id", "file", "title", "outlet", "published", "published_stated", "note", "url"}
    | {"language", "sha256"}
)
_PUBLISHED = (Precision.DAY, Precision.MONTH, Precision.YEAR)
_id = ID.fullmatch
_metric_name = METRIC_NAME.fullmatch


def finding(body: dict[str, Any], source: str) -> Finding | None:
    """The record of a finding table citing ``source``, when the table is plainly valid
    (the same record ``validate.finding`` makes); None to have pydantic judge it."""
    if not body.keys() <= _FIELDS:
        return None  # an unknown field, or a "source" of its own (the file's wins)
    try:
        ident = body["id"]
        kind = _KINDS[body["kind"]]
        statement = body["statement"]
        quote = body["quote"]
        span = body["span"]
        start, end = span
        topics = body["topics"]
    except (KeyError, TypeError, ValueError):
        return None
    if not (
        type(span) is list
        and type(ident) is str
        and _id(ident)
        and _id(source)
        and _one_line(statement)
        and type(quote) is str
        and quote
        and type(start) is int
        and type(end) is int
        and 0 <= start < end
        and end - start == len(quote)
        and type(topics) is list
        and topics
        and all(type(t) is str and _id(t) for t in topics)
    ):
        return None
    due = body.get("due")
    if due is not None:
        precision = _precision(due)
        if precision is None or precision is Precision.HALF:
            return None
    elif kind is Kind.DEADLINE:
        return None
    owner = body.get("owner")
    origin_text = body.get("origin", "curated")
    origin = _ORIGINS.get(origin_text) if type(origin_text) is str else None
    confidence = body.get("confidence")
    reviewed = body.get("reviewed", True)
    metrics = _metrics(body.get("metrics", []))
    if (
        (owner is not None and not _one_line(owner))
        or origin is None
        or (confidence is not None and not _fraction(confidence))
        or type(reviewed) is not bool
        or metrics is None
    ):
        return None
    return make_finding(
        ident,
        kind,
        statement,
        quote,
        source,
        (start, end),
        tuple(topics),
        metrics,
        due,
        owner,
        origin,
        None if confidence is None else float(confidence),
        reviewed,
    )


def _metrics(entries: Any) -> tuple[Metric, ...] | None:
    if type(entries) is not list:
        return None
    metrics = []
    for entry in entries:
        if type(entry) is not dict or not entry.keys() <= _METRIC_FIELDS:
            return None
        try:
            name, value, unit, as_of = entry["name"], entry["value"], entry["unit"], entry["as_of"]
        except KeyError:
            return None
        qualifier = entry.get("qualifier")
        note = entry.get("note")
        if not (
            type(name) is str
            and _metric_name(name)
            and _finite(value)
            and _one_line(unit)
            and _precision(as_of) is not None
            and (qualifier is None or (type(qualifier) is str and qualifier in _QUALIFIERS))
            and (note is None or _one_line(note))
        ):
            return None
        metrics.append(
            make_metric(
                name,
                float(value),
                unit,
                as_of,
                None if qualifier is None else _QUALIFIERS[qualifier],
                note,
            )
        )
    return tuple(metrics)


def _one_line(value: Any) -> bool:
    return type(value) is str and bool(value.strip()) and "\n" not in value and "\r" not in value


def _finite(value: Any) -> bool:
    """A number pydantic takes as a float as it is (a bool it converts: not here)."""
    if type(value) is float:
        return math.isfinite(value)
    return type(value) is int and -(2**53) <= value <= 2**53  # beyond: pydantic decides


def _fraction(value: Any) -> bool:
    return _finite(value) and 0 <= value <= 1


def _precision(text: Any) -> Precision | None:
    """The precision of a period text, or None when it is no period."""
    if type(text) is not str:
        return None
    try:
        return parsed_period(text).precision
    except ValueError:
        return None


def source(body: Any) -> Source | None:
    """The record of a source table, when the table is plainly valid (the same record
    ``validate.source`` makes); None to have pydantic judge it."""
    if type(body) is not dict or not body.keys() <= _SOURCE_FIELDS:
        return None
    try:
        ident, file, title, outlet = body["id"], body["file"], body["title"], body["outlet"]
        published, sha = body["published"], body["sha256"]
    except KeyError:
        return None
    stated = body.get("published_stated", True)
    note = body.get("note")
    url = body.get("url")
    language = body.get("language", "en")
    if not (
        type(ident) is str
        and _id(ident)
        and _one_line(file)
        and "/" not in file
        and "\\" not in file
        and not file.startswith(".")
        and not has_unsafe(file)
        and _one_line(title)
        and _one_line(outlet)
        and type(published) is str
        and (published == "" or _precision(published) in _PUBLISHED)
        and type(sha) is str
        and SHA256.fullmatch(sha)
        and type(stated) is bool
        and (note is None or type(note) is str)
        and (url is None or (type(url) is str and url.startswith(("https://", "http://"))))
        and type(language) is str
    ):
        return None
    return Source(ident, file, title, outlet, published, sha, stated, note, url, language)
