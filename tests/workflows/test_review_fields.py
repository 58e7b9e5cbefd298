"""Figures, topics and the article's fields as a reviewer types them, and a rejection
taken back: each checked, named when wrong, and written only when right."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from briefing.core.model import Metric, MetricDef, Qualifier
from briefing.corpus.loader import load_corpus
from briefing.storage.marks import MarkStatus, read_marks, save_mark
from briefing.workflows.article_date import check_source, set_source
from briefing.workflows.review import reject, restore
from briefing.workflows.review_fields import metrics_text, parse_metrics, parse_topics
from tests.extracted import IDS, SOURCE

DEFS = {
    "chip_id_cards_issued": MetricDef("chip_id_cards_issued", "Chip ID cards", "cards"),
    "online_rate": MetricDef("online_rate", "Online rate", "%"),
}


def test_metrics_read_back_as_they_are_shown():
    metrics = (
        Metric("chip_id_cards_issued", 87_700_000.0, "cards", "2024-06", Qualifier.OVER),
        Metric("online_rate", 43.5, "%", "2024-H1"),
    )
    text = metrics_text(metrics)
    assert (
        text
        == "chip_id_cards_issued: over 87,700,000 cards (2024-06); online_rate: 43.5 % (2024-H1)"
    )
    assert parse_metrics(text, DEFS) == (metrics, None)
    assert parse_metrics("  ", DEFS) == ((), None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("cards: 5 cards (2024)", "unknown metric 'cards' (not in metrics.toml)"),
        ("online_rate: many % (2024)", "metric 'online_rate': 'many' is not a number"),
        ("online_rate: 5 percent (2024)", "metric 'online_rate' is in '%', not 'percent'"),
        ("online_rate: 5 % (last year)", "metric 'online_rate': "),
        ("online_rate 5 %", "metric 1 'online_rate 5 %' is not name: value unit (period)"),
        ("online_rate: inf % (2024)", "metric 'online_rate': 'inf' is not a number"),
    ],
)
def test_a_wrong_metric_is_named(text: str, message: str):
    metrics, wrong = parse_metrics(text, DEFS)
    assert metrics is None and wrong is not None and wrong.startswith(message)


def test_topics_are_known_ids():
    known = {"chip-id-cards": "Chip ID cards", "electronic-id": "Electronic ID"}
    assert parse_topics("chip-id-cards, electronic-id, chip-id-cards", known) == (
        ("chip-id-cards", "electronic-id"),
        None,
    )
    assert parse_topics("roads, chip-id-cards, rail", known) == (
        None,
        "unknown topic 'roads', 'rail' (not in topics.toml)",
    )
    assert parse_topics(" , ", known)[1] == "one topic at least: topic-id, topic-id"


def test_the_articles_fields_are_checked_together():
    changes, errors = check_source("", "Báo Hà Nam", "ftp://x", "soon")
    assert changes is None
    assert set(errors) == {"title", "url", "published"}
    changes, errors = check_source(" A title ", "An outlet", "", "2025-01")
    assert errors == {} and changes is not None
    assert (changes.title, changes.url, changes.published) == ("A title", "", "2025-01")


def test_set_source_writes_only_what_changed(extracted: Path):
    path = extracted / "data" / "sources.toml"
    source = load_corpus(extracted).sources[SOURCE]
    first, _ = check_source(source.title, source.outlet, "https://a.example/x", "")
    assert first is not None
    assert set_source(extracted, source, first) == path
    saved = tomllib.loads(path.read_text())["source"][0]
    assert (saved["url"], saved["published"], saved["published_stated"]) == (
        "https://a.example/x",
        "",
        False,
    )
    assert saved["note"] == "URL set in review. No date: unknown."
    source = load_corpus(extracted).sources[SOURCE]
    again, _ = check_source(source.title, source.outlet, "", "")
    assert again is not None
    set_source(extracted, source, again)
    assert "url" not in tomllib.loads(path.read_text())["source"][0]
    unchanged, _ = check_source(source.title, source.outlet, "", "")
    assert unchanged is not None
    before = path.read_bytes()
    assert set_source(extracted, load_corpus(extracted).sources[SOURCE], unchanged) is None
    assert path.read_bytes() == before


def test_a_rejection_is_restored_with_its_mark(extracted: Path):
    findings = extracted / "data" / "findings" / f"{SOURCE}.toml"
    before = findings.read_bytes()
    corpus = load_corpus(extracted)
    deadline = corpus.by_id[IDS[3]]
    save_mark(extracted, deadline.id, MarkStatus.DONE, "handed over", date(2025, 7, 1))
    middle = corpus.by_id[IDS[1]]
    rejected = reject(extracted, middle)
    gone = reject(extracted, deadline)
    assert IDS[3] not in read_marks(extracted, load_corpus(extracted).dated()).marks
    restore(extracted, gone)
    restore(extracted, rejected)
    assert findings.read_bytes() == before  # each back at its place
    again = load_corpus(extracted)
    assert again.mark_of(again.by_id[IDS[3]]) is not None
    with pytest.raises(Exception, match="already; nothing restored"):
        restore(extracted, rejected)
