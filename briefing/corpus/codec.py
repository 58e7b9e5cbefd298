"""The records as marshal-able plain values, and back: one codec, derived from the
record definitions (``core.model``, ``storage.marks``), for the compiled cache.

Each record becomes a tuple of its fields in definition order. A field's type says how
it travels: an enum as its value, a day as its ordinal, a tuple of records as a tuple
of their tuples, anything else as it is (marshal takes str, numbers, bools, None and
tuples of them). Adding a field to a record needs nothing here; a type the codec cannot
carry is a ``TypeError`` when the codec is made, not a corrupt cache.

The short texts that repeat across a corpus (``SHARED_TEXTS``: topics, metric names,
units, periods, owners) are interned, so marshal writes each once and a load shares one
string among all the records naming it: a tenth less memory on a large corpus. Lists of
them (a finding's topics) are shared too: a corpus has a few dozen, for 200,000 findings.

Decoding is most of a large corpus's load, so each record's decoder is generated from
its fields as plain Python (as ``dataclasses`` makes ``__init__``): a loop unpacking the
tuples, with no call per field.
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from briefing.core.model import Finding, Metric, MetricDef, Source, make_finding, make_metric
from briefing.storage.marks import Mark

R = TypeVar("R")

SHARED_TEXTS = frozenset({"source", "topics", "name", "unit", "as_of", "due", "owner"})
"""Fields whose texts repeat across a corpus: interned when encoded."""


class _Field:
    """How one field travels. (A plain class: a dataclass costs a warm start 1 ms.)"""

    __slots__ = ("enum_type", "kind", "name", "optional", "records")

    def __init__(
        self,
        name: str,
        kind: str,  # "plain" | "enum" | "day" | "records"
        enum_type: type[enum.Enum] | None = None,
        optional: bool = False,
        records: Codec[Any] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.enum_type = enum_type
        self.optional = optional
        self.records = records


class Codec(Generic[R]):
    """Encode and decode one record type, as its fields say."""

    def __init__(self, record: type[R], make: Callable[..., R] | None = None) -> None:
        self.record = record
        self._make = make or record
        self.fields = tuple(
            _field(f.name, _resolved(record, f.type))
            for f in dataclasses.fields(record)  # type: ignore[arg-type]
        )
        self._decode_rows = self._generate()
        self._encode_one = self._generate_encoder()

    def encode(self, record: R, shared: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[Any, ...]:
        """``record`` as a tuple of plain values (``shared``: one per corpus, for the
        lists of texts many records repeat)."""
        return self._encode_one(record, shared)

    def _generate_encoder(
        self,
    ) -> Callable[[R, dict[tuple[str, ...], tuple[str, ...]]], tuple[Any, ...]]:
        # As the decoder is, for a cold load's encoding of every record: a call per
        # field cost a large corpus's cold load about a second (bench/run.py).
        scope: dict[str, Any] = {"_intern": sys.intern, "_texts": _shared_texts}
        parts = []
        for f in self.fields:
            value = f"r.{f.name}"
            if f.kind == "enum":
                part = f"{value}.value"
            elif f.kind == "day":
                part = f"{value}.toordinal()"
            elif f.kind == "records":
                assert f.records is not None
                scope[f"_enc_{f.name}"] = f.records.encode
                part = f"tuple([_enc_{f.name}(item, shared) for item in {value}])"
            elif f.name in SHARED_TEXTS:
                part = f"_texts({value}, shared)"
            else:
                part = value
            if f.optional and f.kind != "plain":
                part = f"(None if {value} is None else {part})"
            parts.append(part)
        source = f"def encode(r, shared):\n    return ({', '.join(parts)},)"
        exec(source, scope)  # the generated source is our own, from the field types
        encode: Callable[[R, dict[tuple[str, ...], tuple[str, ...]]], tuple[Any, ...]] = scope[
            "encode"
        ]
        return encode

    def decode(self, rows: list[tuple[Any, ...]]) -> list[R]:
        """Records back from ``encode``'s tuples."""
        return self._decode_rows(rows)

    def _generate(self) -> Callable[[list[tuple[Any, ...]]], list[R]]:
        scope: dict[str, Any] = {"_make": self._make}
        names = [f"v{n}" for n in range(len(self.fields))]
        lines = [
            "def decode(rows):",
            "    found = []",
            "    append = found.append",
            f"    for ({', '.join(names)},) in rows:",
        ]
        args = [_decoded(f, name, scope, lines) for f, name in zip(self.fields, names, strict=True)]
        lines.append(f"        append(_make({', '.join(args)}))")
        lines.append("    return found")
        exec("\n".join(lines), scope)  # the generated source is our own, from the field types
        decode: Callable[[list[tuple[Any, ...]]], list[R]] = scope["decode"]
        return decode


_RESOLVED: dict[tuple[str, str], Any] = {}


def _resolved(record: type[Any], annotation: Any) -> Any:
    """A field's annotation as a type (``typing.get_type_hints`` for one field, with each
    distinct text evaluated once: the records share most of theirs)."""
    if not isinstance(annotation, str):
        return annotation
    key = (record.__module__, annotation)
    if key not in _RESOLVED:
        # The annotations of our own record modules, evaluated in their own namespace.
        _RESOLVED[key] = eval(annotation, vars(sys.modules[record.__module__]))
    return _RESOLVED[key]


def _field(name: str, hint: Any) -> _Field:
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            raise TypeError(f"{name}: a union the cache cannot carry: {hint}")
        hint = args[0]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _Field(name, "enum", enum_type=hint, optional=optional)
    if hint is date:
        return _Field(name, "day", optional=optional)
    if typing.get_origin(hint) is tuple:
        items = typing.get_args(hint)
        if len(items) == 2 and items[1] is Ellipsis and dataclasses.is_dataclass(items[0]):
            if optional or not isinstance(items[0], type):
                raise TypeError(f"{name}: a tuple the cache cannot carry: {hint}")
            return _Field(name, "records", records=_nested(items[0]))
        if all(a in (str, int, float, bool, Ellipsis) for a in items):
            return _Field(name, "plain", optional=optional)
    if hint in (str, int, float, bool):
        return _Field(name, "plain", optional=optional)
    raise TypeError(f"{name}: a type the cache cannot carry: {hint}")


def _nested(record: type[Any]) -> Codec[Any]:
    return Codec(record, make_metric if record is Metric else None)


def _shared_texts(value: Any, shared: dict[tuple[str, ...], tuple[str, ...]]) -> Any:
    """A text or a tuple of texts many records repeat, interned (None as it is)."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, tuple):
        texts = tuple(sys.intern(t) for t in value)
        return shared.setdefault(texts, texts)
    return value


def _decoded(f: _Field, name: str, scope: dict[str, Any], lines: list[str]) -> str:
    """The expression decoding field ``f`` held in variable ``name`` (adding to the
    generated ``lines`` where it needs statements)."""
    if f.kind == "enum":
        assert f.enum_type is not None
        table: dict[Any, Any] = {member.value: member for member in f.enum_type}
        if f.optional:
            table[None] = None
        scope[f"_{name}"] = table
        return f"_{name}[{name}]"
    if f.kind == "day":
        scope["_day"] = date.fromordinal
        return f"(None if {name} is None else _day({name}))" if f.optional else f"_day({name})"
    if f.kind == "records":
        assert f.records is not None
        scope[f"_{name}"] = f.records.decode
        # Most findings carry no figure or one: those are made without a call.
        inner = [f"{name}_{n}" for n in range(len(f.records.fields))]
        one = _inline(f.records, inner, scope, name)
        lines += [
            f"        if not {name}:",
            f"            {name} = ()",
            f"        elif len({name}) == 1:",
            f"            (({', '.join(inner)},),) = {name}",
            f"            {name} = ({one},)",
            "        else:",
            f"            {name} = tuple(_{name}({name}))",
        ]
    return name


def _inline(codec: Codec[Any], inner: list[str], scope: dict[str, Any], name: str) -> str:
    """One nested record made from the variables ``inner`` (plain and enum fields only)."""
    scope[f"_make_{name}"] = codec._make
    args = []
    for f, var in zip(codec.fields, inner, strict=True):
        if f.kind == "records":
            raise TypeError(f"{f.name}: records nested two deep")
        args.append(_decoded(f, var, scope, []))
    return f"_make_{name}({', '.join(args)})"


FINDINGS = Codec(Finding, make_finding)
SOURCES = Codec(Source)
METRIC_DEFS = Codec(MetricDef)
MARKS = Codec(Mark)
