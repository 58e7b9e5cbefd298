"""The title is the headline: never a caption, a dateline opening or a lead sentence."""

from __future__ import annotations

from briefing.extract.metadata import extract_metadata


def test_a_caption_is_not_the_headline_the_slug_is() -> None:
    text = (
        "River town opens one-stop portal (Photo: Minh Anh)\n\n"
        "The town opened its portal on a Monday and 300 residents used it in a week.\n"
        "Source: https://news.example.vn/society/river-town-opens-one-stop-portal/88231.html\n"
    )
    assert extract_metadata(text).title == "River town opens one stop portal"


def test_a_lead_sentence_is_not_the_headline() -> None:
    text = (
        "Currently the hill district has too few technicians to run its new data systems, "
        "leading to delays in every commune office.\n\n"
        "The district plans to train 50 technicians.\n"
        "Source: https://example.com/en/hill-district-short-of-technicians-post1234.html\n"
    )
    assert extract_metadata(text).title == "Hill district short of technicians"


def test_a_dateline_opening_is_not_the_headline() -> None:
    text = (
        "On March 3, the city office sent a notice on records.\n\n"
        "Every ward must scan its records before May 30, 2026.\n"
        "Source: https://city.example.gov/notices/notice-on-ward-records.html\n"
    )
    assert extract_metadata(text).title == "Notice on ward records"


def test_a_headline_stays_the_title() -> None:
    text = (
        "Coastal province links 120 clinics to the national health database\n\n"
        "The province linked 120 clinics in 2026.\n"
        "Source: https://example.vn/other-words-entirely-77.html\n"
    )
    assert extract_metadata(text).title.startswith("Coastal province links 120 clinics")


def test_a_weather_box_above_the_headline_is_not_it() -> None:
    text = (
        "Monday, 3/3/2025 7:15 [GMT+7]\n"
        "Hue 19 - 27 ºC\n"
        "Hue opens its first digital library for students\n"
        "The city opened the library on Monday; 2,000 students signed up in a week.\n"
    )
    assert extract_metadata(text).title == "Hue opens its first digital library for students"


def test_an_interviewers_question_is_not_the_headline() -> None:
    from briefing.extract.metadata import extract_metadata

    text = (
        "What sets the province's online services apart?\n"
        "Nguyen Van An |\n"
        "We put every procedure online first, and 70% of filings now arrive that way.\n"
        "Where do you go next?\n"
        "Paperless hospitals, from next year.\n"
        "Source: https://news.example.org/province-puts-services-online-first-4411.html\n"
    )
    assert extract_metadata(text).title == "Province puts services online first"


def test_a_headline_asking_a_question_stays_the_headline() -> None:
    from briefing.extract.metadata import extract_metadata

    text = (
        "Is the province ready for paperless hospitals?\n\n"
        "The health department said 40 hospitals have moved their records online.\n"
    )
    assert extract_metadata(text).title == "Is the province ready for paperless hospitals?"


def test_a_headline_in_capitals_over_the_lead_is_the_title() -> None:
    text = (
        "WARD OFFICES GO PAPERLESS IN TWO MONTHS\n"
        "The ward offices of the city have stopped taking paper forms for 30 procedures.\n"
        "Source: https://news.example.vn/a-12.html\n"
    )
    assert extract_metadata(text).title == "WARD OFFICES GO PAPERLESS IN TWO MONTHS"


def test_a_lead_sentence_on_the_first_line_gives_way_to_the_slug() -> None:
    text = (
        "The ward offices of the city have stopped taking paper forms, officials said.\n"
        "Some 30 procedures are now handled online.\n"
        "Source: https://news.example.vn/society/ward-offices-go-paperless-post4411.html\n"
    )
    assert extract_metadata(text).title == "Ward offices go paperless"


def test_a_title_from_the_slug_writes_names_as_the_article_does() -> None:
    text = (
        "On March 3, PM Phạm Minh Chính told the Mekong provinces to finish linking their "
        "land records to the population database within the year, and the ministries to help.\n"
        "Source: https://example.vn/news/pm-pham-minh-chinh-urges-mekong-provinces-to-link-land-records-4521.html\n"
    )
    title = extract_metadata(text).title
    assert title == "PM Phạm Minh Chính urges Mekong provinces to link land records"


def test_a_slug_cut_short_by_the_site_is_completed_from_the_text() -> None:
    text = (
        "The 12th session of the provincial committee on digital transformation reviewed how "
        "communes use the new records system and what remains to be done this year.\n"
        "Source: https://example.vn/news/the-12th-session-of-the-committee-on-digital-transfo.html\n"
    )
    title = extract_metadata(text).title
    assert title == "The 12th session of the committee on digital transformation"


def test_a_cut_slug_completed_with_a_name_writes_it_as_the_article_does() -> None:
    text = (
        "Delegates from Đồng Tháp met in Hà Nội to compare how their communes issue "
        "chip-based ID cards and what is still to do this year.\n"
        "Source: https://example.vn/news/delegates-from-dong-thap-meet-in-ha-no.html\n"
    )
    title = extract_metadata(text).title
    assert title == "Delegates from Đồng Tháp meet in Hà Nội"


def test_a_slug_with_plus_signs_is_read_and_a_section_name_is_not_a_title() -> None:
    from briefing.extract.slug_title import slug_words

    url = (
        "https://city.gov.vn/portal/en/detail/news-and-events/ward+opens+data+centre+for+residents"
    )
    assert slug_words(url) == ["ward", "opens", "data", "centre", "for", "residents"]
    assert slug_words("https://city.gov.vn/en/news-and-events/") is None
