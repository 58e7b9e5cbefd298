"""Every printed claim cites a numbered source; the filters keep exactly the right findings."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

from tests.extracted import HARD_WRAPPED, ingest_article
from tests.summary.conftest import ESC, Run

WIDE = ("--format", "text", "--width", "250")  # one line per finding, one per source

DAILY = ("lanmore-2024-07-15", "Lanmore Daily", "2024-07-15")
DAILY_URL = "https://news.example/lanmore/digital-transformation-2024-h1"
BULLETIN = ("lanmore-bulletin-2025-01", "Lanmore Provincial Bulletin", "2025-01 (inferred)")

# The fixture corpus: finding id -> (kind, statement, source id, topics)
FINDINGS = {
    "lm-chip-id-cards": (
        "achievement",
        "1.25 million chip ID cards issued by June 2024",
        DAILY[0],
        {"chip-id-cards"},
    ),
    "lm-online-services": (
        "achievement",
        "412 online public services on the provincial portal",
        DAILY[0],
        {"online-public-services"},
    ),
    "lb-chip-id-cards": (
        "achievement",
        "Over 1.41 million chip ID cards issued by January 2025",
        BULLETIN[0],
        {"chip-id-cards"},
    ),
    "lm-online-dossiers-low": (
        "limitation",
        "Only 31% of dossiers submitted online in the first half of 2024",
        DAILY[0],
        {"administrative-procedures", "online-public-services"},
    ),
    "lm-land-registry-gaps": (
        "limitation",
        "Land registry not yet connected to population data in 3 districts",
        DAILY[0],
        {"data-sharing"},
    ),
    "lb-phishing-messages": (
        "limitation",
        "Fraudulent messages imitating VNeID alerts reach residents",
        BULLETIN[0],
        {"cybersecurity", "electronic-id"},
    ),
    "lb-officials-skills": (
        "limitation",
        "Only 40% of commune officials trained in digital skills",
        BULLETIN[0],
        {"human-resources"},
    ),
    "lm-online-dossiers-target": (
        "target",
        "80% of dossiers to be submitted online by 2025",
        DAILY[0],
        {"administrative-procedures"},
    ),
    "lm-land-registry-deadline": (
        "deadline",
        "Connect the land registry to the population database",
        DAILY[0],
        {"data-sharing"},
    ),
    "lb-electronic-documents": (
        "deadline",
        "District offices to switch to electronic document handling",
        BULLETIN[0],
        {"governance"},
    ),
    "lb-data-centre-upgrade": (
        "deadline",
        "Upgrade the provincial data centre",
        BULLETIN[0],
        {"digital-infrastructure"},
    ),
}
SECTION = re.compile(r"^(Achievements|Limitations|Targets|Deadlines|Sources)\b(.*?)\s*─")
SOURCE_LINE = re.compile(r"^\[(\d+)\] (.+?), (\d{4}-\d{2}(?:-\d{2})?(?: \(inferred\))?)\. (.+)$")


def sections(out: str) -> dict[str, str]:
    """Section name → what follows it in its heading, e.g. {"Deadlines": "(1 of 3)"}."""
    found = {}
    for line in out.splitlines():
        match = SECTION.match(line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def cited_lines(out: str) -> dict[str, int]:
    """Finding statement → the [n] its line ends with (bullets and deadline rows)."""
    found: dict[str, int] = {}
    for line in out.splitlines():
        match = re.search(r"\[(\d+)\]$", line.rstrip())
        if not match or SOURCE_LINE.match(line):
            continue
        for _, statement, _, _ in FINDINGS.values():
            if statement in line:
                found[statement] = int(match.group(1))
    return found


def source_list(out: str) -> dict[int, tuple[str, str, str, str | None]]:
    """n → (outlet, date, title, url) from the closing Sources list."""
    lines = out.split("\nSources ", 1)[1].splitlines()[1:]
    found: dict[int, tuple[str, str, str, str | None]] = {}
    for index, line in enumerate(lines):
        match = SOURCE_LINE.match(line)
        if not match:
            assert line.startswith("    https://"), line
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        url = following if following.startswith("https://") else None
        found[int(match.group(1))] = (match.group(2), match.group(3), match.group(4), url)
    return found


def expected_statements(*ids: str) -> set[str]:
    return {FINDINGS[i][1] for i in ids}


def check_citations(out: str, numbering: dict[str, int]) -> None:
    """Every finding line ends with [n], n is its source's number, and the list matches."""
    cited = cited_lines(out)
    bullets = [line for line in out.splitlines() if line.startswith("• ")]
    for line in bullets:
        assert re.search(r" \[\d+\]$", line.rstrip()), line
    by_statement = {statement: source for _, statement, source, _ in FINDINGS.values()}
    for statement, n in cited.items():
        assert numbering[by_statement[statement]] == n, statement
    listed = source_list(out)
    assert sorted(listed) == list(range(1, len(numbering) + 1))
    assert set(cited.values()) == set(listed)
    details = {DAILY[0]: (DAILY[1], DAILY[2], DAILY_URL), BULLETIN[0]: (*BULLETIN[1:], None)}
    for source, n in numbering.items():
        outlet, day, url = details[source]
        assert (listed[n][0], listed[n][1], listed[n][3]) == (outlet, day, url)


def test_every_finding_cites_its_numbered_source(summary: Callable[..., str]):
    out = summary(*WIDE)
    cited = cited_lines(out)
    assert set(cited) == expected_statements(*FINDINGS)  # all 11, each on a cited line
    check_citations(out, {DAILY[0]: 1, BULLETIN[0]: 2})  # numbered oldest first
    listed = source_list(out)
    assert listed[1][2] == "Lanmore Province reviews six months of digital transformation"
    assert listed[2][2] == "Lanmore Provincial Bulletin: digital transformation update"


def test_markers_at_width_80_end_each_wrapped_finding(summary: Callable[..., str]):
    """Wrapped bullets: the bullet, joined back, ends with its source's marker."""
    out = summary("--format", "text", "--width", "80")
    topic_labels = {
        "Chip ID cards",
        "Online public services",
        "Administrative procedures",
        "Cybersecurity & data protection",
        "Data connection & sharing",
        "Human resources",
    }
    bullets: list[str] = []
    current: list[str] | None = None
    # The deadlines' table, then the figures, come first; achievements, limitations and
    # targets follow, then the sources.
    findings = out.split("\nTargets (")[1].split("\nSources ")[0]
    for line in ("Targets (" + findings).splitlines():
        if line.startswith("• "):
            current = [line.strip()]
            bullets.append("")
        elif current is None or not line.strip() or line in topic_labels or "──" in line:
            current = None
            continue
        else:
            current.append(line.strip())
        bullets[-1] = " ".join(current)
    assert len(bullets) == 8  # achievements, limitations, targets
    numbering = {DAILY[0]: 1, BULLETIN[0]: 2}
    for _, statement, source, _ in FINDINGS.values():
        matching = [b for b in bullets if b.startswith(f"• {statement}")]
        if matching:
            assert matching[0].endswith(f" [{numbering[source]}]"), matching[0]


def test_limit_keeps_one_per_section_and_says_how_many(summary: Callable[..., str]):
    out = summary(*WIDE, "--limit", "1")
    assert sections(out) == {
        "Achievements": "(1 of 3)",
        "Limitations": "(1 of 4)",
        "Targets": "(1)",
        "Deadlines": "(1 of 3)",
        "Sources": "",
    }
    # newest source first for achievements/limitations, soonest first for deadlines
    assert set(cited_lines(out)) == expected_statements(
        "lb-chip-id-cards",
        "lb-phishing-messages",
        "lm-online-dossiers-target",
        "lm-land-registry-deadline",
    )
    check_citations(out, {DAILY[0]: 1, BULLETIN[0]: 2})


def test_limit_in_markdown_says_how_many(summary: Callable[..., str]):
    out = summary("--format", "markdown", "--limit", "1")
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Deadlines (1 of 3)",
        "## Promises",
        "## Targets",
        "## Limitations (1 of 4)",
        "## Achievements (1 of 3)",
        "## Sources",
    ]
    assert out.count("[^") == 2 * 4  # four citations, four footnotes


def test_kind_deadline_prints_only_deadlines(summary: Callable[..., str]):
    out = summary(*WIDE, "--kind", "deadline")
    assert sections(out) == {"Deadlines": "(3)", "Sources": ""}
    assert set(cited_lines(out)) == expected_statements(
        "lm-land-registry-deadline", "lb-electronic-documents", "lb-data-centre-upgrade"
    )
    assert "•" not in out  # no bullet list: only the table
    check_citations(out, {DAILY[0]: 1, BULLETIN[0]: 2})


def test_deadlines_soonest_first(summary: Callable[..., str]):
    out = summary(*WIDE, "--kind", "deadline")
    rows = [line for line in out.splitlines() if re.search(r"\[\d\]$", line.rstrip())]
    rows = [row for row in rows if not SOURCE_LINE.match(row)]
    assert [row.split("  ")[0] for row in rows] == ["31 Mar 2025", "May 2025", "Q2 2025"]
    assert "due-soon" in rows[0] and "16 days left" in out


def test_several_kinds_combine(summary: Callable[..., str]):
    out = summary(*WIDE, "--kind", "target", "--kind", "achievement")
    assert sections(out) == {"Achievements": "(3)", "Targets": "(1)", "Sources": ""}
    assert set(cited_lines(out)) == expected_statements(
        "lm-chip-id-cards", "lm-online-services", "lb-chip-id-cards", "lm-online-dossiers-target"
    )


def test_topic_filter(summary: Callable[..., str]):
    out = summary(*WIDE, "--topic", "online-public-services")
    # any of a finding's topics counts, not only the first
    assert set(cited_lines(out)) == expected_statements(
        "lm-online-services", "lm-online-dossiers-low"
    )
    assert sections(out) == {"Achievements": "(1)", "Limitations": "(1)", "Sources": ""}
    check_citations(out, {DAILY[0]: 1})
    assert "Lanmore Provincial Bulletin" not in out


def test_several_topics_combine(summary: Callable[..., str]):
    out = summary(*WIDE, "--topic", "governance", "--topic", "chip-id-cards")
    assert set(cited_lines(out)) == expected_statements(
        "lm-chip-id-cards", "lb-chip-id-cards", "lb-electronic-documents"
    )


def test_source_filter_renumbers_the_sources(summary: Callable[..., str]):
    out = summary(*WIDE, "--source", BULLETIN[0])
    assert set(cited_lines(out)) == expected_statements(
        *(i for i, f in FINDINGS.items() if f[2] == BULLETIN[0])
    )
    check_citations(out, {BULLETIN[0]: 1})
    assert "Lanmore Daily" not in out
    assert "1 of 2 sources" in out


@pytest.mark.parametrize(
    ("since", "sources"),
    [
        ("2024-07-15", (DAILY[0], BULLETIN[0])),  # on the day counts
        ("2024-07-16", (BULLETIN[0],)),
        ("2025-01-01", (BULLETIN[0],)),  # a month-only date starts on the 1st
    ],
)
def test_since_filter(summary: Callable[..., str], since: str, sources: tuple[str, ...]):
    out = summary(*WIDE, "--since", since)
    assert set(cited_lines(out)) == expected_statements(
        *(i for i, f in FINDINGS.items() if f[2] in sources)
    )
    check_citations(out, {source: n for n, source in enumerate(sources, 1)})


def test_filters_combine(summary: Callable[..., str]):
    out = summary(*WIDE, "--kind", "limitation", "--source", DAILY[0], "--topic", "data-sharing")
    assert set(cited_lines(out)) == expected_statements("lm-land-registry-gaps")
    assert sections(out) == {"Limitations": "(1)", "Sources": ""}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "rich"])
def test_nothing_selected_is_not_an_error(summary: Callable[..., str], fmt: str):
    out = summary("--format", fmt, "--width", "80", "--since", "2025-02-01")
    assert "0 findings" in out
    for _, statement, _, _ in FINDINGS.values():
        assert statement not in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_nothing_selected_header_reads_well(summary: Callable[..., str], fmt: str):
    out = summary("--format", fmt, "--width", "80", "--since", "2025-02-01")
    assert "sources no sources" not in out


def test_json_lists_only_the_filtered_findings(summary: Callable[..., str]):
    ids = [
        f["id"]
        for f in json.loads(summary("--format", "json", "--kind", "deadline", "--limit", "2"))[
            "findings"
        ]
    ]
    assert ids == ["lm-land-registry-deadline", "lb-electronic-documents"]


def test_bundled_corpus_every_marker_is_listed(run: Run):
    status, out, err = run("--format", "text", "--width", "250", "--as-of", "2025-03-15")
    assert (status, err) == (0, "")
    assert ESC not in out
    head, tail = out.split("\nSources ", 1)
    markers = {int(n) for n in re.findall(r"\[(\d+)\]\s*$", head, flags=re.MULTILINE)}
    listed = {int(m.group(1)) for m in map(SOURCE_LINE.match, tail.splitlines()) if m}
    assert markers and markers == listed == set(range(1, len(listed) + 1))
    for line in head.splitlines():
        if line.startswith("• "):
            assert re.search(r" \[\d+\]$", line.rstrip()), line


def test_fixture_json_agrees_with_the_table_above(summary: Callable[..., str]):
    """Guard: FINDINGS above is the fixture corpus as it is."""
    doc = json.loads(summary("--format", "json"))
    assert {
        f["id"]: (f["kind"], f["statement"], f["source"], set(f["topics"])) for f in doc["findings"]
    } == FINDINGS


def test_markdown_footnotes_a_hard_wrapped_quote_on_one_line(cli: Run, tmp_path):
    root = ingest_article(tmp_path / "wrapped", tmp_path, HARD_WRAPPED)
    status, out, _ = cli("summary", "--corpus", str(root), "--format", "markdown")
    assert status == 0
    note = next(line for line in out.splitlines() if "31.4%" in line and line.startswith("[^"))
    assert "“However, the activation rate of level-2 accounts remains low, at only 31.4%" in note
    assert note.rstrip().endswith("https://province.gov.vn/news/e-id-activation>")
