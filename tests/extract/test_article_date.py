"""The article's own date read from its content when it is not printed."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from briefing.extract.article_date import as_of_day, nearest_deadline, reported_year
from briefing.extract.metadata import extract_metadata
from briefing.extract.stamped_days import update_line
from briefing.storage.paths import bundled_corpus
from briefing.workflows.ingest import UNCERTAIN, Ingester, ensure_corpus


def test_horizons_are_not_reported_years() -> None:
    text = (
        "The river province adopted its plan for the 2021 - 2025 period with a vision to 2045.\n"
        "In 2023 the province connected 40 communes. It aims to connect every commune by 2030.\n"
    )
    assert reported_year(text) == 2023


def test_the_last_year_of_a_forecast_is_its_horizon() -> None:
    text = (
        "Online sales are expected to grow from 10 billion USD in 2022 to 20 billion USD in 2026.\n"
    )
    assert reported_year(text) == 2022


def test_a_year_of_what_will_be_done_is_ahead_whatever_follows() -> None:
    text = (
        "Under the first plan, the clinics will switch to digital records in 2028, but the "
        "province wants them to finish before June 30, 2026. By the end of 2025, only 4 "
        "clinics had done so.\n"
    )
    assert reported_year(text) == 2025


def test_a_tasks_own_date_is_ahead() -> None:
    text = (
        "On December 12, the minister reviewed the year. E-invoices grew to 9 billion in 2025.\n"
        "He assigned the ministry of finance to draft a decree, to be completed in March 2026.\n"
        "Review the fees and complete in the second quarter of 2026.\n"
    )
    assert reported_year(text) == 2025
    # a task's date alone still bounds the article's year
    assert nearest_deadline("The ward is to scan its records, to be completed in May 2026.\n") == (
        2026,
        5,
    )


def test_a_year_done_beside_a_will_or_asked_for_is_reported() -> None:
    # what is done, told in a clause of its own after "will", is a year gone
    text = "The ward said the kiosks will be replaced after they failed 300 times in 2025.\n"
    assert reported_year(text) == 2025
    # a year's results asked for are that year's, not a horizon
    text = "The province asked the districts to send their results for 2025.\n"
    assert reported_year(text) == 2025
    # a year of what will be done stays ahead
    assert reported_year("The ward said the kiosks will be replaced in 2027.\n") is None


def test_by_a_year_a_result_measured_is_reported() -> None:
    # a result "by the end of 2024" is told once that year is done; a level "will have
    # been" reached by a year is still ahead
    assert reported_year("By the end of 2024, the ward had scanned 9,000 records.\n") == 2024
    assert reported_year("By 2027, every record will have been scanned.\n") is None


def test_a_law_taking_effect_is_ahead() -> None:
    text = "The new code takes effect on March 1, 2027.\nIn 2025 the assembly debated it.\n"
    assert reported_year(text) == 2025


def test_only_horizons_leave_no_reported_year() -> None:
    assert reported_year("Every school will be online by 2030.\n") is None


def test_the_nearest_deadline_bounds_an_article_of_tasks() -> None:
    text = "Report before December 15, 2024. Finish the portal before March 31, 2025.\n"
    assert nearest_deadline(text) == (2024, 12)


def test_an_opening_day_takes_the_deadlines_year() -> None:
    text = (
        "Ministries told to finish the registry\n\n"
        "On August 14, the cabinet office sent a notice on the registry.\n"
        "The ministry shall report its results before October 15, 2026.\n"
    )
    meta = extract_metadata(text, today=date(2030, 1, 1))
    assert (meta.published, meta.published_stated) == ("2026-08-14", False)


def test_as_of_a_day_dates_the_report() -> None:
    text = "As of April 3, 2026, the town had issued 5,000 digital signatures.\n"
    assert as_of_day(text) == ("2026-04-03", "As of April 3, 2026")
    meta = extract_metadata("Signatures in the town\n\n" + text)
    assert (meta.published, meta.published_stated) == ("2026-04-03", False)


def test_an_update_line_is_a_printed_date() -> None:
    text = "Harbour city opens data hub\nUpdate: 07-05-2026 | 08:12:00\n\nThe hub opened.\n"
    assert update_line(text) == ("2026-05-07", "Update: 07-05-2026")
    meta = extract_metadata(text)
    assert (meta.published, meta.published_stated) == ("2026-05-07", True)


def test_a_reported_year_alone_dates_to_the_year() -> None:
    text = "Farm co-operatives go online\n\nIn 2026, 300 co-operatives sold produce online.\n"
    meta = extract_metadata(text)
    assert (meta.published, meta.published_stated) == ("2026", False)


def test_no_clue_is_unknown_and_relative_dates_use_a_guess() -> None:
    text = "Clinics to share records\n\nClinics must link their records before July 5.\n"
    meta = extract_metadata(text, today=date(2031, 6, 1))
    assert meta.published == "" and not meta.known
    assert meta.ref_date == date(2031, 6, 1)


def test_ingest_marks_a_guessed_year_uncertain(tmp_path: Path) -> None:
    article = tmp_path / "clinics.txt"
    article.write_text(
        "Clinics to share records\n\n"
        "The health department must link every clinic's records before July 5.\n"
        "The department must also train 200 nurses by 2027.\n",
        encoding="utf-8",
    )
    root = tmp_path / "corpus"
    ensure_corpus(root, bundled_corpus())
    outcome = Ingester(root).ingest(str(article), article)
    assert not outcome.failed, outcome
    sources = tomllib.loads((root / "data" / "sources.toml").read_text(encoding="utf-8"))
    assert sources["source"][0]["published"] == ""
    findings = next((root / "data" / "findings").glob("*.toml"))
    guessed = {
        "July" in f["quote"]: f["confidence"]
        for f in tomllib.loads(findings.read_text(encoding="utf-8"))["finding"]
        if f.get("due")
    }
    assert guessed[True] <= UNCERTAIN < guessed[False]


def test_an_index_named_for_its_year_is_published_the_year_after() -> None:
    text = "The ABCI 2021 survey asked citizens about online services; 8% had used them.\n"
    assert reported_year(text) == 2022
    assert reported_year("The survey of 2021 asked citizens about online services.\n") == 2021


def test_an_address_filed_by_month_dates_an_unprinted_article() -> None:
    from briefing.extract.stamped_days import url_month

    assert url_month("https://news.example.com/202611/harbour-opens-data-hub") == (
        "2026-11",
        "202611",
    )
    assert url_month("https://example.org/2027/03/09/clinics-link-records") == (
        "2027-03-09",
        "2027/03/09",
    )
    # ids and query strings are not dates
    assert url_month("https://example.org/society/1716339/clinics.html") is None
    assert url_month("https://example.org/read?date=2026/04/") is None
    text = (
        "Harbour city opens data hub\n\nThe hub opened with 40 servers.\n"
        "Source: https://news.example.com/202611/harbour-opens-data-hub\n"
    )
    meta = extract_metadata(text)
    assert (meta.published, meta.published_stated) == ("2026-11", False)
    assert "202611" in meta.note


def test_a_printed_date_wins_over_the_address() -> None:
    text = (
        "Harbour city opens data hub\nUpdate: 07-05-2026 | 08:12:00\n\nThe hub opened.\n"
        "Source: https://news.example.com/202611/harbour-opens-data-hub\n"
    )
    assert extract_metadata(text).published == "2026-05-07"


def test_more_printed_dates_of_the_genre() -> None:
    for header, day, stated in (
        ("Updated: 10:30, 17/05/2026", "2026-05-17", True),
        ("Published on 17.05.2026", "2026-05-17", True),
        ("2026-05-17T08:15:00+07:00", "2026-05-17", True),
        ("Hanoi, May 17 (VNA) – The province opened its data hub in 2026.", "2026-05-17", False),
    ):
        meta = extract_metadata(f"Province opens data hub\n{header}\nThe hub opened in 2026.\n")
        assert (meta.published, meta.published_stated) == (day, stated), header


def test_a_years_results_told_whole_are_told_after_it() -> None:
    whole = (
        "Harbour city's digital economy grew fastest\n\n"
        "In 2026, the city's digital economy grew 21 per cent year-on-year, "
        "according to an annual report.\n"
    )
    assert reported_year(whole) == 2027
    part = (
        "Harbour city's digital economy grew fastest\n\n"
        "In the first half of 2026, the city's digital economy grew 21 per cent "
        "year-on-year.\n"
    )
    assert reported_year(part) == 2026
    plain = "Farm co-operatives go online\n\nIn 2026, 300 co-operatives sold produce online.\n"
    assert reported_year(plain) == 2026  # nothing says the year is over


def test_words_that_place_the_article_inside_a_year() -> None:
    text = (
        "City reviews its data plan\n\n"
        "In 2026, the city's digital economy grew 21 per cent year-on-year. "
        "In the remaining months of 2027, it will link 40 more databases.\n"
    )
    assert reported_year(text) == 2027
    since = "Clinics go online\n\nSince the beginning of 2026, 300 clinics joined the network.\n"
    assert reported_year(since) == 2026


def test_a_year_is_not_read_inside_a_number_a_date_or_a_range() -> None:
    from briefing.extract.article_date import _YEAR

    text = "In 2023, 12/2024, v1.2025, 3,2019, 2019-2021, 20245, 2030% and (1999) and 20 2020."
    assert [m.group() for m in _YEAR.finditer(text)] == ["2023", "2019", "1999", "2020"]
    assert [m.group() for m in _YEAR.finditer(text, 18)] == ["2019", "1999", "2020"]


def test_this_year_beside_a_year_places_the_article_in_that_year() -> None:
    for body in (
        "In 2023, the ward issued 9,000 cards. This year (2024), it plans 5,000 more.",
        "In 2023, the ward issued 9,000 cards. This year, it will add 5,000 by May 31, 2024.",
    ):
        meta = extract_metadata("Ward reports its card work\n" + body + "\n")
        assert meta.published.startswith("2024"), body


def test_a_reform_the_article_speaks_of_dates_it_at_the_earliest_to_that_reform() -> None:
    text = (
        "Digital services for the new communes\n\n"
        "Since the two-tier local government took over, the commune centre has handled "
        "2,300 applications online.\n"
    )
    meta = extract_metadata(text, today=date(2030, 1, 1))
    assert meta.published == "2025"
    assert not meta.published_stated
    assert "two-tier local government" in meta.note


def test_a_numbered_decree_of_a_later_year_outranks_an_older_reported_year() -> None:
    text = (
        "Accounts for residents\n\n"
        "In 2023 the ward issued 5,000 accounts. Under Decree 15/2025/ND-CP, the ward now "
        "issues accounts to foreign residents too.\n"
    )
    assert extract_metadata(text).published == "2025"


def test_a_milestone_never_moves_a_later_report_earlier() -> None:
    text = (
        "Data strategy, two years on\n\n"
        "The National Data Strategy set the frame. In 2026 the ministry connected 40 databases.\n"
    )
    assert extract_metadata(text).published == "2026"


def test_a_long_running_programme_alone_dates_nothing() -> None:
    text = (
        "Project 06 in the uplands\n\nThe district connected 12 commune offices under Project 06.\n"
    )
    meta = extract_metadata(text, today=date(2030, 1, 1))
    assert meta.published == ""


def test_a_rule_from_a_day_to_come_is_ahead_and_a_task_date_is_not() -> None:
    text = (
        "The circular was signed in 2026.\n"
        "- From March 1, 2027: paper forms will no longer be accepted.\n"
        "Firms should register well before the March 2027 switch.\n"
    )
    assert reported_year(text) == 2026
    tasks = "The office: report on the results before October 15, 2024.\n"
    assert reported_year(tasks) == 2024
    # a programme's period, not a rule's day: its start is often the article's own year
    period = "The model will be carried out from May 2026 until the end of 2027.\n"
    assert reported_year(period) == 2026


def test_the_year_of_a_task_given_is_ahead_of_the_report() -> None:
    text = (
        "In 2025 the province opened 410 service points for chip-based cards.\n"
        "The provincial police have been tasked with linking every commune office in 2027.\n"
        "Each district was assigned to finish its land records in 2026.\n"
    )
    assert reported_year(text) == 2025
    # A task given in a year, and reported then, still dates the report.
    given = "In March 2026, the department was tasked with a review of 120 procedures.\n"
    assert reported_year(given) == 2026


def test_a_year_whose_targets_were_met_is_reported() -> None:
    text = (
        "In 2024, the district's digital work went well, with 11 of 14 targets reaching "
        "and exceeding the plan.\n"
        "In 2024, all the goals set for e-payments were achieved.\n"
    )
    assert reported_year(text) == 2024
    assert reported_year("The plan targets 14 indicators in 2027.\n") is None
