"""A finding's statement is a briefing line: short, every figure of its claim kept,
attributions, datelines and leading connectives dropped, nothing added."""

from __future__ import annotations

import re

import pytest

from briefing.extract.statements import LIMIT, SLACK, statement_of_quote


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        (
            "According to the provincial Department of Science, 82% of communes have fibre.",
            "82% of communes have fibre",
        ),
        (
            "However, only 12% of farmers sell their produce online.",
            "Only 12% of farmers sell their produce online",
        ),
        (
            "Meanwhile, the city issued 40,000 digital signatures, the director said.",
            "The city issued 40,000 digital signatures",
        ),
        (
            "The deputy minister said that 3.2 million accounts were activated in May.",
            "3.2 million accounts were activated in May",
        ),
        (
            "DA NANG — The city cut processing times by 30% for land records.",
            "The city cut processing times by 30% for land records",
        ),
        (
            "Of these, 1,200 applications were handled fully online.",
            "1,200 applications were handled fully online",
        ),
        (
            "In a bold step towards a modern state, the province moved 500 services online.",
            "The province moved 500 services online",
        ),
        (
            "A new report from the ministry has indicated that exports of software rose 14%.",
            "Exports of software rose 14%",
        ),
        (
            "Typically, the ward settles 95% of birth registrations within one day.",
            "The ward settles 95% of birth registrations within one day",
        ),
        (
            "For example, Hoa Binh has connected 1,150 village halls to fibre.",
            "Hoa Binh has connected 1,150 village halls to fibre",
        ),
    ],
)
def test_attributions_and_connectives_are_dropped(quote: str, line: str) -> None:
    assert statement_of_quote(quote) == line


def test_a_time_phrase_is_kept() -> None:
    quote = "In the first half of the year, the district connected 45 schools to the network."
    assert statement_of_quote(quote) == quote.rstrip(".")


def test_a_long_line_ends_at_the_clause_after_its_last_figure_not_mid_phrase() -> None:
    quote = (
        "The provincial public service portal processed 1.4 million applications, 96% of them "
        "on time, which the chairman described as a sign that the reforms of the past years "
        "are bearing fruit in every district"
    )
    line = statement_of_quote(quote)
    assert (
        line == "The provincial public service portal processed 1.4 million applications, "
        "96% of them on time"
    )
    assert len(line) <= LIMIT + SLACK and not line.endswith("…")


def test_a_line_that_cannot_be_cut_at_a_clause_is_cut_with_an_ellipsis() -> None:
    quote = (
        "The committee " + "reviewed the long list of pending digital transformation projects " * 3
    )
    line = statement_of_quote(quote)
    assert line.endswith("…") and len(line) <= LIMIT + SLACK


@pytest.mark.parametrize(
    "quote",
    [
        "According to the report, the share of cashless payments reached 64% in 2024, up from 51%.",
        "Notably, 7 of 10 provinces met the target of 90% online filing, the report said.",
    ],
)
def test_a_statement_adds_nothing_and_keeps_every_figure(quote: str) -> None:
    line = statement_of_quote(quote)
    assert words_of(line) <= words_of(quote)
    assert re.findall(r"\d[\d.,]*", line) == re.findall(r"\d[\d.,]*", quote.rstrip("."))


def test_a_line_ends_at_the_clause_of_its_last_figure_even_when_a_comma_follows_it() -> None:
    quote = (
        "The city aims to move every permit application online by 2030, as set out in "
        "the newly approved data strategy signed by the chairman of the provincial committee."
    )
    expected = "The city aims to move every permit application online by 2030"
    assert statement_of_quote(quote) == expected


def test_a_figure_a_plain_cut_would_lose_is_kept_after_an_ellipsis() -> None:
    quote = (
        "More residents of the northern provinces are now using home-grown digital platforms "
        "rather than foreign ones, with a 31.5 per cent access rate."
    )
    line = statement_of_quote(quote)
    assert line.endswith("with a 31.5% access rate")
    assert " … " in line and len(line) <= LIMIT + SLACK
    head = line.split(" … ")[0]
    assert quote.startswith(head)  # nothing added: the opening, then the figure's clause


def test_a_year_or_a_day_beyond_the_cut_is_not_worth_an_ellipsis() -> None:
    quote = (
        "The country moved up fifteen places to a high rank among the member countries in the "
        "edition of the survey, which was launched by the United Nations on September 17, 2024."
    )
    line = statement_of_quote(quote)
    assert line.endswith("…") and " … " not in line


def test_per_cent_is_written_as_a_sign_and_the_occasion_of_a_speech_is_dropped() -> None:
    line = statement_of_quote(
        "Speaking at the review meeting, Director Tran Van E said that the share of permits"
        " issued online rose to 54 per cent from 38 percent."
    )
    assert line == "The share of permits issued online rose to 54% from 38%"


def test_the_pages_date_and_a_dateline_run_into_the_first_sentence_are_dropped() -> None:
    line = statement_of_quote(
        "Date 2025-04-02 HUẾ — The city on Wednesday opened a data centre for 40 agencies."
    )
    assert line == "The city on Wednesday opened a data centre for 40 agencies"


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        (
            "The provincial health department shall coordinate with the district hospitals to "
            "complete the digital records of the remaining elderly patients "
            "before October 31, 2025.",
            "The provincial health department shall coordinate with the district hospitals to "
            "complete … before October 31, 2025",
        ),
        (
            "The Ministry of Finance shall sum up the proposals of the provinces on electronic "
            "invoices and report to the Government within May.",
            "The Ministry of Finance shall sum up the proposals of the provinces on electronic "
            "invoices and report … within May",
        ),
        (
            "The tax office has told the traders to finish registering their online shops, "
            "including those on social networks and marketplaces, by the end of 2025.",
            "The tax office has told the traders to finish registering their online shops … by the "
            "end of 2025",
        ),
    ],
)
def test_a_long_task_keeps_its_time_after_an_ellipsis(quote: str, line: str) -> None:
    assert statement_of_quote(quote) == line
    assert len(line) <= LIMIT + SLACK
    assert words_of(line) <= words_of(quote)


def test_the_phrase_kept_after_the_ellipsis_ends_before_a_second_task() -> None:
    line = statement_of_quote(
        "The Department of Information was asked to put the new unified records portal of the "
        "city into operation before June 30 and to set up a hotline for login problems."
    )
    assert line.endswith("… before June 30")


def test_a_line_whose_verb_would_be_left_out_is_cut_plainly() -> None:
    line = statement_of_quote(
        "The connection between the provincial procedure system and the national identity "
        "application of the ministry was interrupted repeatedly during the second week of March."
    )
    assert " … " not in line and line.endswith("…")


def test_the_digits_of_a_code_are_no_figure_to_keep() -> None:
    quote = (
        "On May 3, the land records app was down for nearly six hours due to what the "
        "provincial land registration office of the department (L06) called a planned upgrade."
    )
    line = statement_of_quote(quote)
    assert " … " not in line


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        (
            "VGP - The portal has handled 2.1 million dossiers online.",
            "The portal has handled 2.1 million dossiers online",
        ),
        ("Da Nang (VNA) - The city has 420 5G stations.", "The city has 420 5G stations"),
    ],
)
def test_an_outlet_tag_with_a_hyphen_is_a_dateline(quote: str, line: str) -> None:
    assert statement_of_quote(quote) == line
