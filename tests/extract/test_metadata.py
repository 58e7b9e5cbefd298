"""Title, outlet, URL and date, each date marked stated or inferred."""

from __future__ import annotations

from datetime import date

from briefing.extract.metadata import extract_metadata


def test_byline_date_is_stated() -> None:
    text = "Hue opens data centre\n\nBáo HuếBáo Huế12/09/2024\n\nThe city opened a centre.\n"
    meta = extract_metadata(text)
    assert meta.title == "Hue opens data centre"
    assert meta.outlet == "Báo Huế"
    assert (meta.published, meta.published_stated) == ("2024-09-12", True)


def test_date_line_is_stated() -> None:
    meta = extract_metadata("Can Tho report\ndate 2025-03-15\nThe city reported progress.\n")
    assert (meta.published, meta.published_stated) == ("2025-03-15", True)


def test_opening_day_takes_the_year_from_the_text() -> None:
    text = (
        "This afternoon, February 6, the province reviewed 2024 and deployed tasks for 2025. "
        "More text follows here about the conference and its results.\n"
        "Source: https://baoexample.vn/article-1.htm\n"
    )
    meta = extract_metadata(text)
    assert (meta.published, meta.published_stated) == ("2025-02-06", False)
    assert "February 6" in meta.note
    assert meta.url == "https://baoexample.vn/article-1.htm"
    assert meta.outlet == "baoexample.vn"


def test_on_the_morning_of() -> None:
    text = "On the morning of July 19, the committee met to review the first 6 months of 2024.\n"
    assert extract_metadata(text).published == "2024-07-19"


def test_according_to_line_names_the_outlet() -> None:
    text = (
        "Tasks for 2025\nThe ministry must finish the law in May 2025 and report in March 2025.\n"
        "According to baochinhphu.vn\nSource: https://other.vn/x.html\n"
    )
    meta = extract_metadata(text)
    assert meta.outlet == "baochinhphu.vn (via other.vn)"
    assert (meta.published, meta.published_stated) == ("2025-03", False)


def test_no_date_at_all_is_unknown_never_the_day_of_ingest() -> None:
    meta = extract_metadata("A short note without dates.\n", today=date(2026, 1, 2))
    assert (meta.published, meta.published_stated, meta.known) == ("", False, False)
    assert "unknown" in meta.note


def test_a_worded_date_line_is_stated() -> None:
    text = (
        "Dong Nai sets tasks\n\nThursday, March 13, 2025 09:15\n\nOn March 12, the province met.\n"
    )
    meta = extract_metadata(text)
    assert (meta.published, meta.published_stated) == ("2025-03-13", True)
    text = "Hue sets tasks\nUpdated: 4 April 2025\nThe city met on April 3.\n"
    assert extract_metadata(text).published == "2025-04-04"


def test_the_pages_own_dated_line_beats_the_sites_day_at_the_top() -> None:
    """A bare day at the very top is often the site's today; the line the page labels as
    its own ("Updated at ...") dates the article."""
    text = (
        "Monday, 14 Jul 2025\n\nCity tops the e-government ranking\n\n"
        "Updated at Friday, 07 Mar 2025, 09:30\nThe city came first in the ranking.\n"
    )
    assert extract_metadata(text).published == "2025-03-07"


def test_a_dated_update_line_is_not_an_outlet() -> None:
    meta = extract_metadata("Hue sets tasks\nUpdated 04/04/2025\nThe city met in 2025.\n")
    assert meta.published == "2025-04-04" and meta.outlet == "unknown outlet"


def test_a_date_inside_a_byline() -> None:
    meta = extract_metadata(
        "HCMC to digitize records\n\nBy Le Minh   March 2, 2025 | 06:00 pm PT\n\nThe city met.\n"
    )
    assert (meta.published, meta.published_stated) == ("2025-03-02", True)


def test_the_title_is_the_headline_under_site_furniture() -> None:
    body = "\n\nOn the morning of January 14, the province reviewed its digital transformation.\n"
    for top in (
        "Politics\n",
        "Home » News » Digital transformation\n",
        "Thursday, 14/01/2025 - 09:30\n",
        "By Le Minh\n",
        "https://baohanam.vn/chuyen-doi-so\n",
        "Society | Ha Nam\n",
    ):
        text = top + "\nHa Nam reviews digital transformation in 2024" + body
        assert extract_metadata(text).title == "Ha Nam reviews digital transformation in 2024", top


def test_credits_and_lead_sites_name_the_outlet() -> None:
    body = (
        "Quang Binh opens data centre\n\n{lead}The province opened a data centre on May 2, 2025.\n"
    )
    assert extract_metadata(body.format(lead="(quangbinh.gov.vn) - ")).outlet == "quangbinh.gov.vn"
    credited = body.format(lead="") + "Source: Quang Binh Newspaper\n"
    assert extract_metadata(credited).outlet == "Quang Binh Newspaper"
    letterhead = "UỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n" + body.format(lead="")
    assert extract_metadata(letterhead).title == "Quang Binh opens data centre"


def test_printed_dates_in_more_styles_are_stated() -> None:
    for top, printed in (
        ("Last updated: 2025-04-02", "2025-04-02"),
        ("Posted on 2 Apr 2025", "2025-04-02"),
        ("Published: 2 Sept 2025 | 08:30", "2025-09-02"),
        ("09:40 | 02/04/2025", "2025-04-02"),
    ):
        text = f"Coastal city opens its data hub\n{top}\nThe city opened a hub for 40 agencies.\n"
        meta = extract_metadata(text)
        assert (meta.published, meta.published_stated) == (printed, True), top


def test_a_date_below_the_article_in_the_sites_related_news_is_not_its_date() -> None:
    text = (
        "Coastal city opens its data hub\n"
        "The city opened a hub for 40 agencies.\n"
        "Related news\n"
        "Ward offices go paperless 14/01/2024\n"
    )
    meta = extract_metadata(text)
    assert meta.published == ""
    assert "unknown" in meta.note
