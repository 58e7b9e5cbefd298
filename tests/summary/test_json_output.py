"""`--format json`: the README's documented shape, and filters narrowing its findings."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.json_schema import (
    CONFLICT_KEYS,
    FINDING_KEYS,
    KINDS,
    METRIC_KEYS,
    POINT_KEYS,
    SERIES_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
)

ALL_IDS = [
    "lm-chip-id-cards",
    "lm-online-services",
    "lb-chip-id-cards",
    "lm-online-dossiers-low",
    "lm-land-registry-gaps",
    "lb-phishing-messages",
    "lb-officials-skills",
    "lm-online-dossiers-target",
    "lm-land-registry-deadline",
    "lb-electronic-documents",
    "lb-data-centre-upgrade",
]


def document(summary: Callable[..., str], *args: str) -> dict[str, Any]:
    out = summary("--format", "json", *args)
    assert out.endswith("}\n")
    doc = json.loads(out)
    assert isinstance(doc, dict)
    return doc


def check_shape(doc: dict[str, Any]) -> None:
    assert set(doc) == TOP_KEYS
    assert doc["as_of"] == "2025-03-15"
    published = [s["published"] for s in doc["sources"]]
    assert published == sorted(published)  # oldest first
    for source in doc["sources"]:
        assert set(source) == SOURCE_KEYS
        assert source["url"] is None or source["url"].startswith("https://")
    kinds = [f["kind"] for f in doc["findings"]]
    assert kinds == sorted(kinds, key=KINDS.index)
    for finding in doc["findings"]:
        assert set(finding) == FINDING_KEYS
        start, end = finding["span"]
        assert end - start == len(finding["quote"])
        assert finding["origin"] in ("curated", "extracted")
        assert isinstance(finding["reviewed"], bool)
        if finding["origin"] == "curated":
            assert finding["reviewed"] is True and finding["confidence"] is None
        assert (finding["status"] is None) == (finding["due"] is None)
        assert finding["status"] in (None, "overdue", "due-soon", "upcoming")
        for metric in finding["metrics"]:
            assert set(metric) == METRIC_KEYS
            assert isinstance(metric["value"], int | float)
    finding_ids = {f["id"] for f in doc["findings"]}
    for series in doc["series"]:
        assert set(series) == SERIES_KEYS
        for point in series["points"]:
            assert set(point) == POINT_KEYS
            assert point["finding"] in finding_ids  # series follow the filters
        for conflict in series["conflicts"]:
            assert set(conflict) == CONFLICT_KEYS
            assert len(set(conflict["values"])) > 1


def test_documented_shape(summary: Callable[..., str]):
    doc = document(summary)
    check_shape(doc)
    assert [f["id"] for f in doc["findings"]] == ALL_IDS
    assert [s["id"] for s in doc["sources"]] == ["lanmore-2024-07-15", "lanmore-bulletin-2025-01"]


def test_json_ignores_width_and_colour(
    summary: Callable[..., str], monkeypatch: pytest.MonkeyPatch
):
    plain = summary("--format", "json")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert summary("--format", "json", "--width", "20", "--theme", "briefing-light") == plain
    assert "\x1b[" not in plain.replace("\\u001b[", "")


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (("--kind", "deadline"), ALL_IDS[8:]),
        (("--kind", "target", "--kind", "achievement"), [*ALL_IDS[:3], ALL_IDS[7]]),
        (("--topic", "online-public-services"), ["lm-online-services", "lm-online-dossiers-low"]),
        (("--source", "lanmore-bulletin-2025-01"), [i for i in ALL_IDS if i.startswith("lb-")]),
        (("--since", "2025-01-01"), [i for i in ALL_IDS if i.startswith("lb-")]),
        (("--since", "2024-07-15"), ALL_IDS),
        (
            ("--limit", "1"),
            [
                "lb-chip-id-cards",
                "lb-phishing-messages",
                "lm-online-dossiers-target",
                "lm-land-registry-deadline",
            ],
        ),
        (
            ("--kind", "limitation", "--source", "lanmore-2024-07-15", "--limit", "1"),
            ["lm-online-dossiers-low"],
        ),
        (("--since", "2025-02-01"), []),
    ],
)
def test_filters_narrow_the_findings(
    summary: Callable[..., str], args: tuple[str, ...], ids: list[str]
):
    doc = document(summary, *args)
    check_shape(doc)
    assert [f["id"] for f in doc["findings"]] == ids


def test_hostile_quote_survives_verbatim_and_is_valid_json(summary: Callable[..., str]):
    out = summary("--format", "json", "--kind", "limitation")
    assert "\x1b" not in out  # json.dumps escapes it as \u001b
    quote = next(
        f["quote"] for f in json.loads(out)["findings"] if f["id"] == "lb-phishing-messages"
    )
    assert quote.startswith("[bold red]ALERT[/bold red] Your VNeID account is locked, ")
    assert "\x1b[31mnow\x1b[0m" in quote


def test_extracted_findings_carry_confidence_and_review_state(extracted, capsys):
    from briefing.cli import main
    from briefing.corpus.loader import load_corpus
    from briefing.workflows.review import accept
    from tests.extracted import IDS

    def findings(*extra: str) -> dict[str, dict[str, Any]]:
        args = ["summary", "--corpus", str(extracted), "--format", "json", *extra]
        assert main([*args, "--as-of", "2025-03-15"]) == 0
        doc = json.loads(capsys.readouterr().out)
        for finding in doc["findings"]:
            assert set(finding) == FINDING_KEYS
        return {f["id"]: f for f in doc["findings"]}

    before = findings()
    assert [(before[i]["origin"], before[i]["reviewed"]) for i in IDS] == [("extracted", False)] * 4
    assert all(0 < before[i]["confidence"] <= 1 for i in IDS)
    accept(extracted, load_corpus(extracted).by_id[IDS[0]])
    after = findings()
    assert after[IDS[0]]["reviewed"] is True
    assert after[IDS[0]]["confidence"] == before[IDS[0]]["confidence"]
    assert list(findings("--reviewed-only")) == [IDS[0]]


@pytest.mark.parametrize(
    "value",
    [87_700_000.0, 18.3, 1e16, 1.5e-05, 0.0001, 2.0**70, float("inf"), float("nan")],
    ids=["whole", "fraction", "huge", "tiny", "small", "past-64-bits", "inf", "nan"],
)
def test_the_json_is_byte_for_byte_what_the_json_module_writes(fixture_corpus, value: float):
    # The export is written by orjson a chunk at a time; the contract is the json
    # module's indented output, whatever the numbers (some keep the json module).
    from dataclasses import replace
    from datetime import date

    from briefing.analysis.series_build import build_series
    from briefing.corpus.loader import load_corpus
    from briefing.summary import json_export

    corpus = load_corpus(fixture_corpus)
    first = next(f for f in corpus.findings if f.metrics)
    changed = replace(first, metrics=(replace(first.metrics[0], value=value),))
    corpus.findings = [changed if f is first else f for f in corpus.findings]
    corpus.compiled = None  # no longer the records of the compiled cache
    as_of = date(2025, 3, 15)
    chosen = json_export.ordered(corpus, corpus.findings)
    expected = {
        "as_of": "2025-03-15",
        "sources": [
            json_export.source_record(s)
            for s in sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id))
        ],
        "findings": [json_export.finding_record(corpus, f, as_of) for f in chosen],
        "directives": [],
        "series": [json_export.series_record(s) for s in build_series(corpus, chosen)],
        "repeats": json_export.repeat_records(corpus, chosen),
    }
    written = json_export.to_json(corpus, as_of)
    assert written == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("corpus_name", ["fixture", "bundled"])
def test_findings_are_ordered_by_kind_source_date_and_place_whatever_the_input_order(
    fixture_corpus, bundled, corpus_name: str
):
    import random

    from briefing.corpus.loader import load_corpus
    from briefing.summary import json_export

    corpus = load_corpus(fixture_corpus if corpus_name == "fixture" else bundled)
    kinds = list(json_export.KIND_ORDER)
    expected = sorted(
        corpus.findings,
        key=lambda f: (
            kinds.index(f.kind),
            corpus.sources[f.source].published_date,
            f.source,
            f.span,
        ),
    )
    shuffled = list(corpus.findings)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        assert json_export.ordered(corpus, shuffled) == expected
    subset = shuffled[::3]
    assert json_export.ordered(corpus, subset) == [f for f in expected if f in subset]


def test_repeats_follow_the_findings_order_and_the_filters(fixture_corpus, bundled):
    from datetime import date

    from briefing.analysis.repeats import repeats_of
    from briefing.corpus.loader import load_corpus
    from briefing.summary import json_export

    corpus = load_corpus(bundled)
    groups = [g for g in repeats_of(corpus).groups if len(g.members) > 1]
    assert groups
    chosen = json_export.ordered(corpus, corpus.findings)
    records = json_export.repeat_records(corpus, chosen)
    position = {f.id: n for n, f in enumerate(chosen)}
    assert [r["representative"] for r in records] == sorted(
        (r["representative"] for r in records), key=position.__getitem__
    )
    assert sorted(tuple(r["members"]) for r in records) == sorted(
        tuple(f.id for f in g.members) for g in groups
    )
    # Without a group's first member, its second one stands for it (if another remains).
    first = groups[0].members[0]
    rest = [f for f in chosen if f.id != first.id]
    narrowed = {r["representative"]: r["members"] for r in json_export.repeat_records(corpus, rest)}
    remaining = [f.id for f in groups[0].members[1:]]
    if len(remaining) > 1:
        assert narrowed[remaining[0]] == remaining
    else:
        assert remaining[0] not in narrowed
    assert json_export.to_json(corpus, date(2025, 3, 15), rest).count(first.id) == 0
