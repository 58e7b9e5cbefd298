"""Boilerplate and captions are skipped for extraction; offsets stay those of the original."""

from __future__ import annotations

from datetime import date

from briefing.extract.cleaning import classify_lines, prose_lines
from tests.extract.genre import EXTRACTOR

ARTICLE = """Lang Son speeds up digital transformation

Lang SonLang Son05/03/2025

On the morning of March 5, the Provincial People's Committee reviewed the results of 2024 and set out tasks for the coming year.
Delegates at the conference. (Photo: Minh Anh)
The province has issued 640,000 chip-embedded citizen identification cards to residents.
Lang Son speeds up digital transformation
The Department of Home Affairs shall preside over the review of procedures.
Lang Son speeds up digital transformation
Chairman Ho Tien Thieu speaks - Photo: VGP
Source: https://example.vn/lang-son.html
Comment (0)
No data
Same tag
Vietnam wins football title
"""


def reasons() -> dict[str, str | None]:
    return {ARTICLE[line.start : line.end]: line.skip for line in classify_lines(ARTICLE)}


def test_boilerplate_captions_and_repeats_are_skipped() -> None:
    got = reasons()
    assert got["Delegates at the conference. (Photo: Minh Anh)"] == "photo caption"
    assert got["Chairman Ho Tien Thieu speaks - Photo: VGP"] == "photo caption"
    assert got["Lang Son speeds up digital transformation"] in ("title", "repeated line")
    assert got["Comment (0)"] == "site furniture"
    assert got["Vietnam wins football title"] == "site furniture"  # after the comments
    assert got["Lang SonLang Son05/03/2025"] == "byline"
    assert got["Source: https://example.vn/lang-son.html"] == "site furniture"


def test_prose_lines_keep_original_offsets() -> None:
    kept = [ARTICLE[a:b] for a, b, _ in prose_lines(ARTICLE)]
    assert kept == [
        "On the morning of March 5, the Provincial People's Committee reviewed the results of "
        "2024 and set out tasks for the coming year.",
        "The province has issued 640,000 chip-embedded citizen identification cards to residents.",
        "The Department of Home Affairs shall preside over the review of procedures.",
    ]


def test_an_excerpt_that_opens_with_a_long_sentence_has_that_sentence_read() -> None:
    text = (
        "There is still a shortage of trained staff in many commune offices to run the new "
        "land records system, so applications wait for weeks.\n"
        "The province has connected 120 commune offices to the system.\n"
    )
    reasons = [line.skip for line in classify_lines(text) if text[line.start : line.end].strip()]
    assert reasons == [None, None]


def test_a_short_headline_with_a_full_stop_is_still_a_headline() -> None:
    text = "Data sharing has made good progress.\nThe province has connected 120 offices.\n"
    reasons = [line.skip for line in classify_lines(text) if text[line.start : line.end].strip()]
    assert reasons == ["title", None]


def test_a_link_to_another_article_with_its_day_is_not_prose() -> None:
    text = (
        "Province reviews its digital plan\n\n"
        "The province has connected 120 commune offices to the system.\n"
        "Province opens cashless payments at its hospitals (12/05/2024)\n"
    )
    reasons = [line.skip for line in classify_lines(text) if text[line.start : line.end].strip()]
    assert reasons == ["title", None, "site furniture"]


WRAPPED = """Province speeds up e-ID activation
(province.gov.vn)
The Chairman of the Provincial People's Committee has asked departments and the
People's Committees of districts to speed up the activation of electronic identity
accounts across the province.
Over
the past months, agencies at all levels have worked with the police to grant
citizen identification cards. By the end of May, the province had granted
98% of the cards it planned; by June 20, it had received 512,300 applications for
electronic identification accounts.
However,
the activation rate of level-2 accounts remains low, at only 31.4% of the
applications approved by the Ministry of Public Security.
Source: https://province.gov.vn/news/e-id-activation
"""


def test_a_hard_wrapped_text_is_read_by_its_paragraphs() -> None:
    """A page or a copy broken at a fixed width, even mid-sentence, reads as the
    paragraphs it is: a claim cut by a line break is one claim, whole."""
    found = EXTRACTOR.extract(WRAPPED, date(2025, 7, 1))
    quotes = [" ".join(f.quote.split()) for f in found]
    assert any("had granted 98% of the cards it planned" in q for q in quotes)
    assert any("received 512,300 applications" in q for q in quotes)
    assert any(
        q.endswith("at only 31.4% of the applications approved by the Ministry of Public Security.")
        for q in quotes
    )
    # every quote is still the article's own text, line breaks and all
    assert all(f.quote == WRAPPED[f.start : f.end] for f in found)
    # the source line is not read as part of the last paragraph
    assert all("Source:" not in f.quote for f in found)


def test_an_article_of_paragraphs_is_read_line_by_line() -> None:
    text = "Headline of the day\n\n" + "\n".join(
        f"The ward opened {n} new service points for residents this month." for n in range(3, 12)
    )
    lines = prose_lines(text)
    assert len(lines) == 9
