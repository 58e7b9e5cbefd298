"""A small fictional corpus (Harrow District) for promise tracking: a plan with a target and
two deadlines, and two later reports saying how they went.

- the permits target (60% online by end-2024) is reported at 20% (Mar 2024) and 40%
  (Jul 2024): on track, computed;
- the land registry deadline (Jun 2024) is reported completed in the summer report: kept;
- the data centre deadline (Sep 2024) is reported behind schedule in spring: off track.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests.fixtures.make_corpus import (
    _finding_record,
    _findings_toml,
    _metrics_toml,
    _sources_toml,
    _topics_toml,
    _write,
)

PLAN = """\
Harrow District sets its digital plan for 2024

HARROW, 10 January 2024 — The district council adopted its digital plan on Tuesday.

The district will raise the share of building permits issued online to 60% by the end \
of 2024. The land office must connect the land registry to the population database by \
June 2024. The council will open the district data centre for the public services by \
September 2024.
"""

SPRING = """\
Harrow District: first quarter review

HARROW, 15 April 2024 — By the end of March 2024, 20% of building permits were issued \
online. Work on the district data centre for the public services is behind schedule, \
the council said.
"""

SUMMER = """\
Harrow District: summer review

HARROW, 20 August 2024 — By the end of July 2024, 40% of building permits were issued \
online. The connection of the land registry to the population database was completed in \
June, the land office said.
"""

LATE = """\
Harrow District: autumn note

HARROW, 30 October 2024 — The connection of the land registry to the population \
database is not yet finished in two wards, residents said.
"""

PERMITS = "permit_share"


def _source(sid: str, published: str, text: str) -> dict[str, Any]:
    return {
        "id": sid,
        "file": f"{sid}.txt",
        "title": text.splitlines()[0],
        "outlet": "Harrow Gazette",
        "published": published,
        "published_stated": True,
        "language": "en",
        "text": text,
    }


SOURCES = [
    _source("harrow-plan", "2024-01-10", PLAN),
    _source("harrow-spring", "2024-04-15", SPRING),
    _source("harrow-summer", "2024-08-20", SUMMER),
]
LATE_SOURCE = _source("harrow-autumn", "2024-10-30", LATE)


def _share(value: int, as_of: str) -> list[dict[str, Any]]:
    return [{"name": PERMITS, "value": value, "unit": "%", "as_of": as_of}]


FINDINGS: dict[str, list[dict[str, Any]]] = {
    "harrow-plan": [
        {
            "id": "hp-permits-target",
            "kind": "target",
            "statement": "60% of building permits issued online by end-2024",
            "quote": "raise the share of building permits issued online to 60% by the end of 2024",
            "topics": ["permits"],
            "due": "2024-12",
            "metrics": _share(60, "2024-12"),
        },
        {
            "id": "hp-registry-deadline",
            "kind": "deadline",
            "statement": "Connect the land registry to the population database by June 2024",
            "quote": "connect the land registry to the population database by June 2024",
            "topics": ["permits"],
            "due": "2024-06",
            "owner": "Land office",
        },
        {
            "id": "hp-data-centre-deadline",
            "kind": "deadline",
            "statement": "Open the district data centre for public services by September 2024",
            "quote": "open the district data centre for the public services by September 2024",
            "topics": ["permits"],
            "due": "2024-09",
        },
    ],
    "harrow-spring": [
        {
            "id": "hs-permits",
            "kind": "achievement",
            "statement": "20% of building permits issued online by March 2024",
            "quote": "By the end of March 2024, 20% of building permits were issued online",
            "topics": ["permits"],
            "metrics": _share(20, "2024-03"),
        },
        {
            "id": "hs-data-centre-late",
            "kind": "limitation",
            "statement": "District data centre for public services behind schedule",
            "quote": "Work on the district data centre for the public services is behind schedule",
            "topics": ["permits"],
        },
    ],
    "harrow-summer": [
        {
            "id": "hm-permits",
            "kind": "achievement",
            "statement": "40% of building permits issued online by July 2024",
            "quote": "By the end of July 2024, 40% of building permits were issued online",
            "topics": ["permits"],
            "metrics": _share(40, "2024-07"),
        },
        {
            "id": "hm-registry-done",
            "kind": "achievement",
            "statement": "Land registry connected to the population database in June",
            "quote": "The connection of the land registry to the population database was "
            "completed in June",
            "topics": ["permits"],
        },
    ],
    "harrow-autumn": [
        {
            "id": "ha-registry-unfinished",
            "kind": "limitation",
            "statement": "Land registry link to the population database not finished in two wards",
            "quote": "The connection of the land registry to the population database is not "
            "yet finished in two wards",
            "topics": ["permits"],
        },
    ],
}
METRICS = {PERMITS: {"label": "Building permits issued online", "unit": "%", "aliases": []}}
TOPICS = {"permits": "Permits and land"}


HOSTILE = " [bold red]ALERT[/bold red] \x1b[31mnow\x1b[0m"
"""Rich markup and a terminal escape, put in the summer report's registry quote by
``write_corpus(hostile=True)``: the views must show them literally."""


def write_corpus(root: Path, *, with_late: bool = False, hostile: bool = False) -> Path:
    """Write the Harrow corpus into ``root`` (with the autumn note when ``with_late``;
    with markup and an escape in the registry's evidence when ``hostile``)."""
    seeds, findings_dir = root / "seeds", root / "data" / "findings"
    seeds.mkdir(parents=True, exist_ok=True)
    findings_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for source in SOURCES + ([LATE_SOURCE] if with_late else []):
        text, found = source["text"], FINDINGS[source["id"]]
        if hostile and source["id"] == "harrow-summer":
            text = text.replace("completed in June", "completed in June" + HOSTILE)
            found = [
                {
                    **f,
                    "quote": f["quote"].replace("completed in June", "completed in June" + HOSTILE),
                }
                for f in found
            ]
        raw = text.encode("utf-8")
        (seeds / source["file"]).write_bytes(raw)
        record = {key: value for key, value in source.items() if key != "text"}
        record["sha256"] = hashlib.sha256(raw).hexdigest()
        records.append(record)
        findings = [_finding_record(text, f) for f in found]
        _write(findings_dir / f"{source['id']}.toml", _findings_toml(source["id"], findings))
    _write(root / "data" / "sources.toml", _sources_toml(records))
    _write(root / "data" / "metrics.toml", _metrics_toml(METRICS))
    _write(root / "data" / "topics.toml", _topics_toml(TOPICS))
    return root
