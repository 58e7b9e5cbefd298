"""A realistic synthetic corpus for scale tests.

Usage: ``python bench/generate.py --articles N --out DIR``.

Articles recombine the sentence shapes of real provincial and ministerial reports on
digital transformation with varied figures, dates, agencies and provinces; each carries
about twenty curated-style findings whose quotes sit exactly at their spans, so
``briefing check --corpus DIR`` passes and every feature can be exercised at scale.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import tomli_w

BUNDLED = Path(__file__).resolve().parent.parent
PROVINCES = [
    "Quang Tri",
    "Thanh Hoa",
    "Nghe An",
    "Ha Tinh",
    "Quang Binh",
    "Thua Thien Hue",
    "Da Nang",
    "Quang Nam",
    "Binh Dinh",
    "Khanh Hoa",
    "Lam Dong",
    "Dak Lak",
    "Gia Lai",
    "Kon Tum",
    "Can Tho",
    "An Giang",
    "Kien Giang",
    "Ca Mau",
    "Bac Ninh",
    "Hai Phong",
    "Quang Ninh",
    "Lao Cai",
    "Yen Bai",
    "Son La",
    "Dien Bien",
    "Lai Chau",
    "Ha Giang",
    "Cao Bang",
    "Lang Son",
    "Thai Nguyen",
    "Phu Tho",
    "Vinh Phuc",
    "Hung Yen",
    "Nam Dinh",
    "Ninh Binh",
]
OUTLETS = [
    "Báo {p}",
    "{p} Online",
    "{p} Newspaper",
    "Cổng thông tin {p}",
    "{p} Radio and Television",
]
AGENCIES = [
    "The Department of Information and Communications",
    "The Provincial Police",
    "The Department of Justice",
    "The Department of Natural Resources and Environment",
    "The Department of Home Affairs",
    "The Provincial People's Committee Office",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "Delegates attended the conference at the provincial bridge point.",
    "The conference was broadcast live to districts, towns and cities.",
    "Digital transformation is an inevitable trend and an objective requirement.",
    "Leaders emphasised the spirit of acting together and sharing experience.",
    "(Photo: Provincial portal)",
]
BOILERPLATE = "\nComment (0)\n\nSame tag\n\nSame category\n\nNo data\n"


@dataclass
class Shape:
    """One sentence shape: its kind, how to write it, and the finding it yields."""

    kind: str
    topic: str
    write: Callable[
        [random.Random, dict[str, Any]], tuple[str, str, list[dict[str, Any]], dict[str, Any]]
    ]


def _pct(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 1)


def _chip(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    n = rng.randrange(300_000, 3_000_000, 1000)
    text = (
        f"By {MONTHS[ctx['month'] - 1]} {ctx['year']}, {ctx['province']} had issued "
        f"{n:,} chip-embedded citizen identification cards to residents"
    )
    metric = {
        "name": "chip_id_cards_issued",
        "value": n,
        "unit": "cards",
        "as_of": f"{ctx['year']}-{ctx['month']:02d}",
    }
    return text, f"{n:,} chip ID cards issued in {ctx['province']}", [metric], {}


def _records(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    p = _pct(rng, 20, 90)
    text = (
        f"the rate of online records in {ctx['province']} reached {p}% in the first "
        f"6 months of {ctx['year']}"
    )
    metric = {"name": "online_records_rate", "value": p, "unit": "%", "as_of": f"{ctx['year']}-H1"}
    return text, f"Online records rate reached {p}%", [metric], {}


def _eid(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    n = rng.randrange(100_000, 2_000_000, 500)
    text = f"{n:,} electronic identification accounts have been activated in the province"
    metric = {
        "name": "eid_accounts_activated",
        "value": n,
        "unit": "accounts",
        "as_of": ctx["published"],
    }
    return text, f"{n:,} VNeID accounts activated", [metric], {}


def _services(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    total = rng.randrange(1500, 2500)
    n = rng.randrange(800, total)
    text = (
        f"the provincial portal has provided {n:,}/{total:,} online public services "
        f"to people and businesses"
    )
    metric = {
        "name": "online_public_services_on_portal",
        "value": n,
        "unit": "services",
        "as_of": ctx["published"],
    }
    return text, f"{n:,} of {total:,} online public services on the portal", [metric], {}


def _payments(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    p = _pct(rng, 60, 95)
    text = f"the rate of adults with payment accounts reached {p}% in {ctx['year']}"
    metric = {
        "name": "adults_with_payment_account_share",
        "value": p,
        "unit": "%",
        "as_of": str(ctx["year"]),
    }
    return text, f"{p}% of adults hold a payment account", [metric], {}


def _full_online_low(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    p = _pct(rng, 15, 55)
    text = (
        "the rate of administrative procedures provided as full-service online public "
        f"services is low, only reaching {p}%"
    )
    metric = {
        "name": "full_online_public_services_share",
        "value": p,
        "unit": "%",
        "as_of": ctx["published"],
    }
    return text, f"Only {p}% of procedures fully online", [metric], {}


def _qualitative_limit(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    item = rng.choice(
        [
            (
                "the connection and sharing of data between departments is still limited",
                "Data sharing between departments still limited",
            ),
            (
                "human resources for digital transformation have not met the requirements",
                "Digital transformation staff fall short of requirements",
            ),
            (
                "cybersecurity in many agencies has not received due attention",
                "Cybersecurity neglected in many agencies",
            ),
            (
                "many tasks of the provincial plan have not been completed on schedule",
                "Many provincial plan tasks behind schedule",
            ),
        ]
    )
    return item[0], item[1], [], {}


def _target(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    p = rng.choice([60, 70, 80, 90, 100])
    year = ctx["year"] + 1
    text = (
        f"strive to have {p}% of administrative procedure records processed online by "
        f"the end of {year}"
    )
    metric = {"name": "online_records_rate", "value": p, "unit": "%", "as_of": str(year)}
    return text, f"{p}% of records processed online by end-{year}", [metric], {"due": str(year)}


def _deadline(
    rng: random.Random, ctx: dict[str, Any]
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    agency = rng.choice(AGENCIES)
    due = date(ctx["year"], ctx["month"], 1) + timedelta(days=rng.randrange(20, 300))
    task = rng.choice(
        [
            "digitize civil status data and synchronize it with the National Population Database",
            "connect the land database with the national population database",
            "complete the provincial data integration and sharing platform",
            "issue the plan to implement the national digital transformation program",
        ]
    )
    text = (
        f"{agency} shall preside over and coordinate with relevant agencies to {task}, "
        f"to be completed before {MONTHS[due.month - 1]} {due.day}, {due.year}"
    )
    owner = agency.removeprefix("The ")
    statement = f"{task[0].upper()}{task[1:]} by {due.isoformat()}"
    return text, statement[:90], [], {"due": due.isoformat(), "owner": owner}


SHAPES = [
    Shape("achievement", "chip-id-cards", _chip),
    Shape("achievement", "online-public-services", _records),
    Shape("achievement", "electronic-id", _eid),
    Shape("achievement", "online-public-services", _services),
    Shape("achievement", "e-commerce", _payments),
    Shape("limitation", "online-public-services", _full_online_low),
    Shape("limitation", "governance", _qualitative_limit),
    Shape("target", "online-public-services", _target),
    Shape("deadline", "population-data", _deadline),
]
WEIGHTS = [3, 3, 3, 2, 2, 2, 2, 2, 3]


def make_article(
    index: int, rng: random.Random
) -> tuple[dict[str, Any], str, list[dict[str, Any]]]:
    """One article: its source record, its text, and its findings."""
    province = rng.choice(PROVINCES)
    year = rng.choice([2023, 2024, 2025])
    month = rng.randrange(1, 13)
    published = date(year, month, rng.randrange(1, 28))
    ctx = {"province": province, "year": year, "month": month, "published": published.isoformat()}
    title = f"{province} reviews digital transformation and Project 06, {MONTHS[month - 1]} {year}"
    parts = [title, "", f"{published:%d/%m/%Y}", ""]
    offset = sum(len(p) + 1 for p in parts)
    findings: list[dict[str, Any]] = []
    slug = f"syn-{index:05d}"
    for n in range(rng.randrange(17, 24)):
        if rng.random() < 0.25:
            filler = rng.choice(FILLER)
            parts.append(filler)
            offset += len(filler) + 1
        shape = rng.choices(SHAPES, WEIGHTS)[0]
        quote, statement, metrics, extra = shape.write(rng, ctx)
        sentence = f"According to the report, {quote}."
        start = offset + len("According to the report, ")
        parts.append(sentence)
        offset += len(sentence) + 1
        finding: dict[str, Any] = {
            "id": f"{slug}-{n:02d}",
            "kind": shape.kind,
            "statement": statement,
            "quote": quote,
            "span": [start, start + len(quote)],
            "topics": [shape.topic],
            **extra,
        }
        if metrics:
            finding["metrics"] = metrics
        findings.append(finding)
    text = "\n".join(parts) + "\n" + BOILERPLATE
    outlet = rng.choice(OUTLETS).format(p=province)
    source = {
        "id": slug,
        "file": f"{slug}.txt",
        "title": title,
        "outlet": outlet,
        "published": published.isoformat(),
        "url": f"https://news.example/{province.lower().replace(' ', '-')}/{slug}",
        "language": "en",
    }
    return source, text, findings


def generate(articles: int, out: Path, seed: int = 6) -> None:
    """Write ``articles`` articles and their data into ``out`` (replacing what was there)."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "seeds").mkdir(parents=True)
    (out / "data" / "findings").mkdir(parents=True)
    for name in ("metrics.toml", "topics.toml"):
        shutil.copy(BUNDLED / "data" / name, out / "data" / name)
    sources = []
    for index in range(articles):
        source, text, findings = make_article(index, rng)
        raw = text.encode("utf-8")
        (out / "seeds" / source["file"]).write_bytes(raw)
        # Spans are str offsets: check each one before writing.
        for finding in findings:
            start, end = finding["span"]
            assert text[start:end] == finding["quote"], finding["id"]
        source["sha256"] = hashlib.sha256(raw).hexdigest()
        sources.append(source)
        data = {"source": source["id"], "finding": findings}
        (out / "data" / "findings" / f"{source['id']}.toml").write_text(
            tomli_w.dumps(data), encoding="utf-8"
        )
    (out / "data" / "sources.toml").write_text(tomli_w.dumps({"source": sources}), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    generate(args.articles, args.out, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
