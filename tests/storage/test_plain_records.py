"""Findings of the plain shape are made without pydantic, into the very records it makes."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.core.model import Finding, Source
from briefing.storage import plain_records, validate

# Values that are wrong for some field, or of a type pydantic converts (a bool or an
# integer for a float, a float or a bool for an integer, a text for a bool).
ODD_VALUES: list[Any] = [
    None, "", " ", "a\nb", "x\r", "Bad Id", "2025-H1", "2025-02-30", "2025-13", "soon",
    0, -1, 1, 2, 0.5, 1.5, float("inf"), float("nan"), 2**60, True, False, "true",
    [], [1], [0, 0], [3, 1], [0.0, 5], [True, 5], ["a"], ["a", "b"], [1, 2, 3], {}, {"a": 1},
    "achievement", "deadline", "extracted", "over", "curated",
]  # fmt: skip


def _corpus_bodies(root: Path) -> Iterator[tuple[dict[str, Any], str]]:
    for path in sorted((root / "data" / "findings").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for body in data.get("finding", []):
            yield body, data["source"]


def _by_pydantic(body: dict[str, Any], source: str) -> Finding | None:
    try:
        return validate.finding({**body, "source": source})
    except validate.ValidationError:
        return None


def _same_record(made: Finding, expected: Finding) -> None:
    assert made == expected
    for name in Finding.__slots__:
        # 5 and 5.0 are equal, but a figure read back is a float either way.
        assert type(getattr(made, name)) is type(getattr(expected, name)), name
    for mine, theirs in zip(made.metrics, expected.metrics, strict=True):
        assert type(mine.value) is type(theirs.value)


def _mutations(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The body with each field (and each field of its first figure) given each odd
    value, or left out; and with a field it does not know."""
    for key in [*body, "due", "owner", "confidence", "reviewed", "origin", "metrics"]:
        without = {k: v for k, v in body.items() if k != key}
        yield without
        for value in ODD_VALUES:
            yield {**without, key: value}
    yield {**body, "sources": "x"}
    yield {**body, "source": "elsewhere"}
    for m_key in ["name", "value", "unit", "as_of", "qualifier", "note"]:
        for value in [*ODD_VALUES, "missing"]:
            changed = copy.deepcopy(body)
            metric = {"name": "cards", "value": 5, "unit": "cards", "as_of": "2025"}
            if value == "missing":
                metric.pop(m_key, None)
            else:
                metric[m_key] = value
            changed["metrics"] = [metric]
            yield changed


def test_every_finding_of_the_test_corpora_is_made_as_pydantic_makes_it(
    fixture_corpus: Path, bundled: Path
) -> None:
    plain = 0
    for root in (fixture_corpus, bundled):
        for body, source in _corpus_bodies(root):
            made = plain_records.finding(body, source)
            expected = _by_pydantic(body, source)
            assert expected is not None
            if made is not None:
                plain += 1
                _same_record(made, expected)
    assert plain > 20  # the plain shape is the usual one


def test_a_table_of_any_other_shape_is_left_to_pydantic_or_made_the_same(
    fixture_corpus: Path,
) -> None:
    bodies = list(_corpus_bodies(fixture_corpus))
    assert any(b.get("metrics") for b, _ in bodies) and any(b.get("due") for b, _ in bodies)
    made_some = left_some = 0
    for body, source in bodies:
        for mutated in _mutations(body):
            made = plain_records.finding(mutated, source)
            expected = _by_pydantic(mutated, source)
            if made is None:
                left_some += 1
                continue
            made_some += 1
            assert expected is not None, mutated  # never accepts what pydantic rejects
            _same_record(made, expected)
    assert made_some and left_some


@pytest.mark.parametrize("source", ["Bad Source", ""])
def test_a_file_naming_a_source_that_is_no_id_is_left_to_pydantic(
    fixture_corpus: Path, source: str
) -> None:
    body, _ = next(_corpus_bodies(fixture_corpus))
    assert plain_records.finding(body, source) is None
    assert _by_pydantic(body, source) is None


def _source_tables(root: Path) -> list[dict[str, Any]]:
    data = tomllib.loads((root / "data" / "sources.toml").read_text(encoding="utf-8"))
    tables: list[dict[str, Any]] = data["source"]
    return tables


def _source_by_pydantic(body: Any) -> Source | None:
    try:
        return validate.source(body)
    except validate.ValidationError:
        return None


def test_every_source_of_the_test_corpora_is_made_as_pydantic_makes_it(
    fixture_corpus: Path, bundled: Path
) -> None:
    tables = [body for root in (fixture_corpus, bundled) for body in _source_tables(root)]
    for body in tables:
        expected = _source_by_pydantic(body)
        assert expected is not None
        assert plain_records.source(body) == expected  # every one is of the plain shape


def test_a_source_table_of_any_other_shape_is_left_to_pydantic_or_made_the_same(
    fixture_corpus: Path,
) -> None:
    odd = [*ODD_VALUES, "../etc/passwd", ".hidden", "a\\b", "x\x1b[31m", "ftp://x", "2024"]
    made_some = left_some = 0
    for body in _source_tables(fixture_corpus):
        keys = [*body, "published_stated", "note", "url", "language"]
        for key in keys:
            without = {k: v for k, v in body.items() if k != key}
            for mutated in [without, *({**without, key: value} for value in odd)]:
                made = plain_records.source(mutated)
                if made is None:
                    left_some += 1
                    continue
                made_some += 1
                assert made == _source_by_pydantic(mutated), mutated
        assert plain_records.source({**body, "extra": 1}) is None
    assert made_some and left_some
