"""`briefing summary --format json`: the documented machine-readable shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from tests.json_schema import FINDING_KEYS, KINDS, METRIC_KEYS, SOURCE_KEYS, TOP_KEYS


@pytest.fixture
def summary(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str, str]:
        status = main(["summary", "--format", "json", *args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.out + captured.err
        return status, captured.out, captured.err

    return run


@pytest.fixture
def document(summary, fixture_corpus: Path) -> dict:
    status, out, err = summary(
        "--format", "json", "--as-of", "2025-03-15", "--corpus", str(fixture_corpus)
    )
    assert (status, err) == (0, "")
    return json.loads(out)


def statuses(doc: dict) -> dict[str, str | None]:
    return {f["id"]: f["status"] for f in doc["findings"]}


def test_exactly_the_documented_keys(document: dict):
    assert set(document) == TOP_KEYS
    assert document["as_of"] == "2025-03-15"
    assert document["sources"] and document["findings"]
    for source in document["sources"]:
        assert set(source) == SOURCE_KEYS
    for finding in document["findings"]:
        assert set(finding) == FINDING_KEYS
        for metric in finding["metrics"]:
            assert set(metric) == METRIC_KEYS


def test_sources(document: dict):
    assert document["sources"] == [
        {
            "id": "lanmore-2024-07-15",
            "title": "Lanmore Province reviews six months of digital transformation",
            "outlet": "Lanmore Daily",
            "published": "2024-07-15",
            "published_stated": True,
            "url": "https://news.example/lanmore/digital-transformation-2024-h1",
            "file": "lanmore-2024-07-15.txt",
        },
        {
            "id": "lanmore-bulletin-2025-01",
            "title": "Lanmore Provincial Bulletin: digital transformation update",
            "outlet": "Lanmore Provincial Bulletin",
            "published": "2025-01",
            "published_stated": False,
            "url": None,
            "file": "lanmore-bulletin-2025-01.txt",
        },
    ]


def test_every_quote_is_the_article_text_at_its_span(document: dict, fixture_corpus: Path):
    files = {s["id"]: s["file"] for s in document["sources"]}
    assert len(document["findings"]) == 11
    for finding in document["findings"]:
        raw = (fixture_corpus / "seeds" / files[finding["source"]]).read_bytes()
        start, end = finding["span"]
        assert raw.decode("utf-8")[start:end] == finding["quote"], finding["id"]


def test_hostile_text_is_exported_verbatim(document: dict):
    quote = next(f["quote"] for f in document["findings"] if f["id"] == "lb-phishing-messages")
    assert "[bold red]ALERT[/bold red]" in quote
    assert "[link=https://evil.example]click here[/link]" in quote
    assert "\x1b[31m" in quote


def test_findings_fields(document: dict):
    by_id = {f["id"]: f for f in document["findings"]}
    assert by_id["lb-chip-id-cards"] == {
        "id": "lb-chip-id-cards",
        "kind": "achievement",
        "statement": "Over 1.41 million chip ID cards issued by January 2025",
        "quote": "the province had issued more than 1,410,000 chip-embedded citizen "
        "identification cards",
        "source": "lanmore-bulletin-2025-01",
        "span": by_id["lb-chip-id-cards"]["span"],
        "topics": ["chip-id-cards"],
        "due": None,
        "owner": None,
        "status": None,
        "mark": None,
        "metrics": [
            {
                "name": "chip_id_cards_issued",
                "value": 1410000,
                "unit": "cards",
                "as_of": "2025-01",
                "qualifier": "over",
                "note": None,
            },
        ],
        "origin": "curated",
        "confidence": None,
        "reviewed": True,
        "tracking": None,
    }
    # whole numbers are integers in the JSON, not 1410000.0
    assert isinstance(by_id["lb-chip-id-cards"]["metrics"][0]["value"], int)
    deadline = by_id["lm-land-registry-deadline"]
    assert (deadline["due"], deadline["owner"]) == (
        "2025-03-31",
        "Department of Information and Communications",
    )


def test_findings_by_kind_then_oldest_source_then_article_order(document: dict):
    assert [f["id"] for f in document["findings"]] == [
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
    kinds = [f["kind"] for f in document["findings"]]
    assert kinds == sorted(kinds, key=KINDS.index)


def test_status_as_of_2025_03_15(document: dict):
    assert statuses(document) == {
        "lm-chip-id-cards": None,
        "lm-online-services": None,
        "lb-chip-id-cards": None,
        "lm-online-dossiers-low": None,
        "lm-land-registry-gaps": None,
        "lb-phishing-messages": None,
        "lb-officials-skills": None,
        "lm-online-dossiers-target": "upcoming",
        "lm-land-registry-deadline": "due-soon",
        "lb-electronic-documents": "upcoming",
        "lb-data-centre-upgrade": "upcoming",
    }


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (
            "2025-04-02",
            {
                "lm-online-dossiers-target": "upcoming",
                "lm-land-registry-deadline": "overdue",
                "lb-electronic-documents": "upcoming",
                "lb-data-centre-upgrade": "upcoming",
            },
        ),
        (
            "2025-05-15",
            {
                "lm-online-dossiers-target": "upcoming",
                "lm-land-registry-deadline": "overdue",
                "lb-electronic-documents": "due-soon",
                "lb-data-centre-upgrade": "upcoming",
            },
        ),
        (
            "2025-06-01",
            {
                "lm-online-dossiers-target": "upcoming",
                "lm-land-registry-deadline": "overdue",
                "lb-electronic-documents": "overdue",
                "lb-data-centre-upgrade": "due-soon",
            },
        ),
        (
            "2026-01-01",
            {
                "lm-online-dossiers-target": "overdue",
                "lm-land-registry-deadline": "overdue",
                "lb-electronic-documents": "overdue",
                "lb-data-centre-upgrade": "overdue",
            },
        ),
    ],
)
def test_status_changes_with_as_of(summary, fixture_corpus: Path, as_of: str, expected: dict):
    status, out, _ = summary("--as-of", as_of, "--corpus", str(fixture_corpus))
    assert status == 0
    doc = json.loads(out)
    assert doc["as_of"] == as_of
    dated = {k: v for k, v in statuses(doc).items() if v is not None}
    assert dated == expected


def test_options_before_the_command(capsys: pytest.CaptureFixture[str], fixture_corpus: Path):
    assert (
        main(
            [
                "--corpus",
                str(fixture_corpus),
                "--as-of",
                "2025-04-02",
                "summary",
                "--format",
                "json",
            ]
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["as_of"] == "2025-04-02"
    assert statuses(doc)["lm-land-registry-deadline"] == "overdue"


def test_bad_as_of_is_a_one_line_usage_error(
    capsys: pytest.CaptureFixture[str], fixture_corpus: Path
):
    status = main(
        ["summary", "--format", "json", "--as-of", "2025-13-01", "--corpus", str(fixture_corpus)]
    )
    assert status == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert "--as-of" in lines[0]
    assert "2025-13-01" in lines[0]
    assert "Traceback" not in captured.err


def test_missing_corpus_folder(summary):
    status, out, err = summary("--format", "json", "--corpus", "/no/such/dir")
    assert status == 2
    assert out == ""
    assert err.splitlines() == ["briefing: error: --corpus: '/no/such/dir' is not a folder"]


def test_broken_corpus_makes_summary_fail(summary, corpus_copy: Path):
    path = corpus_copy / "data" / "findings" / "lanmore-bulletin-2025-01.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('due = "2025-Q2"', 'due = "2025-Q5"'),
        encoding="utf-8",
    )
    status, out, err = summary("--as-of", "2025-03-15", "--corpus", str(corpus_copy))
    assert status == 1
    assert out == ""  # no half briefing on stdout
    assert f"{path}:" in err
    assert "briefing check" in err


def test_bundled_summary_is_valid_json(summary):
    status, out, _ = summary("--as-of", "2025-03-15")
    assert status == 0
    doc = json.loads(out)
    assert len(doc["findings"]) >= 100
    assert {f["kind"] for f in doc["findings"]} == set(KINDS)


def test_series_follow_each_metric_across_sources(document: dict):
    series = {s["metric"]: s for s in document["series"]}
    assert series["chip_id_cards_issued"] == {
        "metric": "chip_id_cards_issued",
        "unit": "cards",
        "kind": "stock",  # as the fixture's metrics.toml says
        "better": "up",
        "headline": 1,
        "points": [
            {
                "value": 1250000,
                "as_of": "2024-06",
                "source": "lanmore-2024-07-15",
                "finding": "lm-chip-id-cards",
            },
            {
                "value": 1410000,
                "as_of": "2025-01",
                "source": "lanmore-bulletin-2025-01",
                "finding": "lb-chip-id-cards",
            },
        ],
        "change": {"since": "2024-06", "value": 160000, "judged": "improved"},
        "conflicts": [],
        "misdated": [],
    }
    # a target's figure is a goal, not a report
    assert [p["finding"] for p in series["online_dossier_share"]["points"]] == [
        "lm-online-dossiers-low"
    ]


def test_series_conflicts_in_the_bundled_corpus(summary):
    status, out, _ = summary("--as-of", "2025-03-15")
    assert status == 0
    series = {s["metric"]: s for s in json.loads(out)["series"]}
    assert [p["value"] for p in series["chip_id_cards_issued"]["points"]] == [
        84700000,
        86300000,
        87700000,
    ]
    assert series["digital_economy_gdp_share"]["conflicts"] == [
        {
            "as_of": "2024-06-30",
            "values": [18.3, 18.5],
            "findings": [
                "kt-digital-economy-gdp-share",
                "th-digital-economy-gdp-share",
                "vn-digital-economy-gdp-share",
            ],
            "within_source": False,
        }
    ]
    shares = series["digital_economy_gdp_share"]
    assert (shares["kind"], shares["better"]) == ("flow", "up")
    # 18.3% for H1 2024 and for all of 2024, from two sources
    assert shares["misdated"] == [
        {
            "value": 18.3,
            "as_of": ["2024-H1", "2024"],
            "findings": [
                "kt-digital-economy-gdp-share",
                "th-digital-economy-gdp-share",
                "qt-digital-economy-gdp-share",
            ],
        }
    ]
    rank = series["un_egov_rank"]
    assert (rank["kind"], rank["better"], rank["headline"]) == ("rank", "down", 4)
    assert rank["change"] == {"since": "2022", "value": -15, "judged": "improved"}
    payments = series["adults_with_payment_account_share"]
    assert payments["change"] is None  # a possible misdating, never "unchanged"
