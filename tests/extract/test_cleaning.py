"""Boilerplate and captions are skipped for extraction; offsets stay those of the original."""

from __future__ import annotations

from briefing.extract.cleaning import classify_lines, prose_lines

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
