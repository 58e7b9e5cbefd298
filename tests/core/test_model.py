"""The records' bulk constructors make records no reader can tell from the dataclasses'."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError

import pytest

from briefing.core.model import Finding, Kind, Metric, Origin, Qualifier, make_finding, make_metric


def _metric_values() -> tuple[str, float, str, str, Qualifier | None, str | None]:
    return ("internet_users", 78_440_000.0, "persons", "2024", Qualifier.OVER, "a note")


def _finding_values(metrics: tuple[Metric, ...]) -> tuple[object, ...]:
    return (
        "f-1",
        Kind.TARGET,
        "Statement",
        "a quote",
        "src",
        (3, 10),
        ("economy", "society"),
        metrics,
        "2025-12",
        "Ministry",
        Origin.EXTRACTED,
        0.5,
        False,
    )


def test_make_metric_is_metric():
    made = make_metric(*_metric_values())
    plain = Metric(*_metric_values())
    assert type(made) is Metric
    assert made == plain and hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    assert made.period == plain.period
    with pytest.raises(FrozenInstanceError):
        made.value = 1.0


def test_make_finding_is_finding_in_every_field():
    metrics = (make_metric(*_metric_values()),)
    made = make_finding(*_finding_values(metrics))  # type: ignore[arg-type]
    plain = Finding(*_finding_values(metrics))  # type: ignore[arg-type]
    assert type(made) is Finding
    assert made == plain and hash(made) == hash(plain)
    assert repr(made) == repr(plain)
    for field in dataclasses.fields(Finding):
        assert getattr(made, field.name) == getattr(plain, field.name), field.name
    assert dataclasses.replace(made, statement="Other") == dataclasses.replace(
        plain, statement="Other"
    )
    assert pickle.loads(pickle.dumps(made)) == plain
    assert made.due_period == plain.due_period
    for record in (made, plain):
        with pytest.raises(FrozenInstanceError):
            record.statement = "changed"
