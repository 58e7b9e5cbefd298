"""Articles written for these tests in the styles of other outlets (a VnExpress-style news
item, a Nhân Dân English-style report, a provincial portal's plan with a task list): other
date formats, bylines, letterheads and list styles than the bundled corpus. They are test
data, not corpus; the extractor has no rule for their wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract.pipeline import Extracted
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus

ARTICLES = Path(__file__).parent / "articles"
EXTRACTOR = load_extractor(bundled_corpus() / "data")
DEPT_IC = "Department of Information and Communications"


def read(name: str) -> tuple[str, list[Extracted], str]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    meta = EXTRACTOR.metadata(text)
    found = EXTRACTOR.extract(text, meta.ref_date)
    assert all(text[f.start : f.end] == f.quote for f in found)  # every quote is grounded
    return meta.title, found, meta.published


def kinds(found: list[Extracted]) -> list[tuple[str, str | None, str | None]]:
    return [(f.kind.value, f.due, f.owner) for f in found]


def metrics(found: list[Extracted]) -> set[tuple[str, float, str, str | None]]:
    return {(m.name, m.value, m.as_of, m.qualifier) for f in found for m in f.metrics}


def test_a_news_site_item_with_a_section_breadcrumb_and_a_numeric_dateline() -> None:
    title, found, published = read("vnexpress-da-nang.txt")
    assert (title, published) == (
        "Da Nang targets fully online public services by 2026",
        "2025-03-06",
    )
    assert kinds(found) == [
        ("achievement", None, None),
        ("achievement", None, None),
        ("limitation", None, None),
        ("target", "2026", None),
        ("deadline", "2025-09-30", DEPT_IC),
    ]
    # "The city has issued over 1.1 million chip-based ID cards": Da Nang's count, which
    # in the national series of cards issued would read as a fall of 80 million
    assert not [m for m in metrics(found) if m[0] == "chip_id_cards_issued"]


def test_a_national_daily_report_with_a_worded_dateline() -> None:
    title, found, published = read("nhandan-hai-phong.txt")
    assert (title, published) == ("Hai Phong speeds up digital government", "2025-03-10")
    assert [k for k in kinds(found) if k[0] != "achievement"] == [
        ("limitation", None, None),
        ("deadline", "2025-Q2", "Departments and districts"),
        ("target", "2030", None),
    ]
    got = metrics(found)
    # the city's digital economy is a share of its GRDP, not the country's GDP share:
    # in one series with the national figures it would read as a fall
    assert not [m for m in got if m[0] == "digital_economy_gdp_share"]
    # the city's 1,654 services are its own, not the national portal's count
    assert not [m for m in got if m[0] == "online_public_services_on_portal"]


@pytest.mark.parametrize("field", ["title", "outlet", "published"])
def test_a_provincial_portal_page_under_a_letterhead(field: str) -> None:
    text = (ARTICLES / "laocai-portal-plan.txt").read_text(encoding="utf-8")
    meta = EXTRACTOR.metadata(text)
    assert (
        getattr(meta, field)
        == {
            "title": "Lao Cai sets digital transformation tasks for 2025",
            "outlet": "Lao Cai Provincial Portal",
            "published": "2025-01-20",
        }[field]
    )


def test_a_plan_whose_numbered_headings_own_the_tasks_under_them() -> None:
    _, found, _ = read("laocai-portal-plan.txt")
    assert kinds(found) == [
        ("achievement", None, None),
        ("limitation", None, None),
        ("deadline", "2025-06-30", DEPT_IC),
        ("deadline", "2025-Q3", DEPT_IC),
        ("deadline", "2025", "Department of Home Affairs"),
    ]
