"""`briefing summary` on the bundled corpus: a claim two articles make is printed once,
citing both; JSON keeps every finding and lists the groups."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.json_schema import REPEAT_KEYS, TOP_KEYS
from tests.summary.conftest import AS_OF, Run

ICT = "ICT revenue estimated at VND 1,928,311 billion in H1 2024"
KT, TH = "Báo Kinh tế và Đô thị", "Báo Thanh Hóa"


def summary(cli: Run, bundled: Path, *args: str) -> str:
    status, out, err = cli("summary", "--corpus", str(bundled), "--as-of", AS_OF, *args)
    assert (status, err) == (0, "")
    return out


def findings_part(text: str) -> str:
    """The sections of findings: after the figures (which follow the deadlines), before
    the sources."""
    after_figures = re.split(r"\n(?:## )?(?=Targets \(|Targets\n)", text, maxsplit=1)[-1]
    return re.split(r"\n(?:## )?Sources", after_figures, maxsplit=1)[0]


def source_number(text: str, outlet: str) -> int:
    line = next(x for x in text.splitlines() if x.startswith("[") and outlet in x)
    return int(line[1 : line.index("]")])


def test_text_prints_the_claim_once_citing_both_articles(cli: Run, bundled: Path):
    out = summary(cli, bundled, "--format", "text", "--width", "200")
    body = findings_part(out)
    lines = [x for x in body.splitlines() if ICT in x]
    assert len(lines) == 1
    kt, th = source_number(out, KT), source_number(out, TH)
    assert lines[0].endswith(f"[{kt}] [{th}]")
    assert "103 achievements (95 distinct claims)" in out
    assert "Achievements (95)" in out
    # Different chip-card figures of three articles stay three lines.
    assert sum("chip ID cards" in x for x in body.splitlines()) == 3


def test_a_source_filter_shows_that_source_s_member_alone(cli: Run, bundled: Path):
    only = ("--source", "thanhhoa-2024-07-10")
    out = summary(cli, bundled, "--format", "text", "--width", "200", *only)
    line = next(x for x in findings_part(out).splitlines() if ICT in x)
    assert line.endswith("[1]") and "[2]" not in line
    assert "distinct claims" not in out


def test_markdown_footnotes_each_source_with_its_own_quote(cli: Run, bundled: Path):
    out = summary(cli, bundled, "--format", "markdown")
    lines = [x for x in findings_part(out).splitlines() if ICT in x]
    assert len(lines) == 1
    notes = re.findall(r"\[\^([0-9]+)\]", lines[0])
    assert len(notes) == 2
    footnotes = [next(x for x in out.splitlines() if x.startswith(f"[^{n}]: ")) for n in notes]
    assert KT in footnotes[0] and "up 26% over the same period" in footnotes[0]
    assert TH in footnotes[1] and "an increase of 26% over the same period" in footnotes[1]


def test_html_prints_the_claim_once(cli: Run, bundled: Path):
    out = summary(cli, bundled, "--format", "html")
    body = out.split('<section id="targets"')[1].split('<section id="sources"')[0]
    assert body.count("ICT revenue estimated at VND 1,928,311") == 1


def test_json_keeps_every_finding_and_lists_the_repeats(cli: Run, bundled: Path):
    doc = json.loads(summary(cli, bundled, "--format", "json"))
    assert set(doc) == TOP_KEYS
    ids = {f["id"] for f in doc["findings"]}
    assert len(ids) == 136  # and the 24 directives, listed apart
    assert len({f["id"] for f in doc["directives"]}) == 24
    assert {f["kind"] for f in doc["directives"]} == {"directive"}
    assert len(doc["repeats"]) == 8
    for repeat in doc["repeats"]:
        assert set(repeat) == REPEAT_KEYS
        assert repeat["representative"] == repeat["members"][0]
        assert set(repeat["members"]) <= ids
        assert [m.split("-")[0] for m in repeat["members"]] == ["kt", "th"]
    ict = {"representative": "kt-ict-revenue", "members": ["kt-ict-revenue", "th-ict-revenue"]}
    assert ict in doc["repeats"]
    narrowed = json.loads(
        summary(cli, bundled, "--format", "json", "--source", "thanhhoa-2024-07-10")
    )
    assert narrowed["repeats"] == []


def title_counts(text: str) -> tuple[int, dict[str, int], dict[str, int]]:
    """The title's findings count, each kind's findings and each kind's distinct claims."""
    info, counts = text.splitlines()[1], text.split("\n\n", 1)[0].splitlines()[2:]
    findings = int(re.search(r"([0-9,]+) findings?$", info).group(1).replace(",", ""))
    found: dict[str, int] = {}
    claims: dict[str, int] = {}
    pattern = r"([0-9,]+) ([a-z]+?)s?(?: \(([0-9]+) distinct claims\))?(?:  |$)"
    for number, kind, distinct in re.findall(pattern, " ".join(counts)):
        found[kind] = int(number.replace(",", ""))
        claims[kind] = int(distinct) if distinct else found[kind]
    return findings, found, claims


def section_totals(text: str) -> dict[str, int]:
    """Each section's claims as its heading counts them: ``Achievements (10 of 95)``."""
    return {
        kind.lower(): int(total)
        for kind, total in re.findall(r"^([A-Z][a-z]+)s \((?:[0-9]+ of )?([0-9]+)\) ─", text, re.M)
    }


def test_the_title_counts_what_the_sections_show(cli: Run, bundled: Path):
    """Worked out before the sections are laid out, the title's counts are still theirs:
    for every kind its distinct claims, with filters and a --limit as without."""
    for extra in (
        (),
        ("--limit", "2"),
        ("--topic", "e-commerce"),
        ("--kind", "achievement", "--kind", "deadline"),
        ("--source", "thanhhoa-2024-07-10", "--limit", "1"),
    ):
        out = summary(cli, bundled, "--format", "text", "--width", "200", *extra)
        findings, found, claims = title_counts(out)
        assert claims == section_totals(out), extra
        if "--limit" not in extra:
            assert findings == sum(found.values()), extra
    findings, found, claims = title_counts(summary(cli, bundled, "--format", "text"))
    assert (findings, found["achievement"], claims["achievement"]) == (160, 103, 95)
