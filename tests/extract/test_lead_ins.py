"""A statement leaves out who said it and how a report leads in, only where the claim means
the same without them: never so that a denial, a rumour, an estimate, an opinion, a scope
or a period is lost, nor so that a figure is given to another subject."""

from __future__ import annotations

import pytest

from briefing.extract.statements import statement_of_quote


@pytest.mark.parametrize(
    "quote",
    [
        # a denial or what was never said
        "The tax department has not yet announced that the fee for e-invoices will be dropped.",
        "No official has confirmed that records of 3,000 patients were exposed in the breach.",
        "The ministry never stated that old identity cards would stop being valid in July.",
        # a rumour, a scam, an unconfirmed report
        "A fake text message said that residents must re-register their accounts by Sunday.",
        "According to rumours on forums, the new cards record where their holders travel.",
        "According to unverified posts, about 50,000 accounts were opened with stolen photos.",
        # an estimate, a forecast
        "It is estimated that about 9 million farmers still have no smartphone to use the app.",
        "The bank estimates that 40% of rural households will pay their bills by QR code.",
        "The economy grew to US$45 billion last year, according to a consultancy's estimate.",
        # a group's opinion or a survey's answers
        "Some economists said that the goal of 30% of GDP from the digital economy was too high.",
        "Most respondents said that the portal was easier to use than the old paper forms.",
        # a claim left with a pronoun for its subject
        "The city police said that they will finish collecting the remaining records next month.",
        "According to her, this is the most urgent task of the commune this year.",
        # a scope or a viewpoint the claim depends on
        "In the northern border provinces, 62% of households now pay for electricity online.",
        "For residents over 70, the rate of account activation is only 28%.",
        "In the minister's view, the new rules will cut processing time for most permits.",
        "Under the low-growth scenario, online retail would reach US$20 billion by 2030.",
        # a period in the opener
        "In the past decade, the number of internet users in the province doubled to 1.4 million.",
        "Reporting on the first quarter, the director said that 3,100 records were handled online.",
    ],
)
def test_what_the_claim_depends_on_stays(quote: str) -> None:
    assert statement_of_quote(quote) == quote.rstrip(".")


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        (
            "Lieutenant Colonel Dao Van F told the provincial People's Council that 1.3 million "
            "cards had been issued.",
            "1.3 million cards had been issued",
        ),
        (
            "Mr. Vo Van G, Director of the Department of Science, Technology and Innovation, said "
            "that 87% of schools had fibre connections.",
            "87% of schools had fibre connections",
        ),
        (
            "Police officers in several districts said many elderly residents had no smartphone.",
            "Many elderly residents had no smartphone",
        ),
        (
            "The district, the provincial police said, has issued 210,000 cards this year.",
            "The district has issued 210,000 cards this year",
        ),
        (
            "Under the provincial digital transformation plan, 90% of records are to be filed "
            "online by 2026.",
            "90% of records are to be filed online by 2026",
        ),
    ],
)
def test_who_said_it_and_a_plans_frame_are_left_out(quote: str, line: str) -> None:
    assert statement_of_quote(quote) == line


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        # the comma after a word that also begins other phrases is what makes it a connective
        (
            "Besides the tax app, 14 other services now accept a VNeID login.",
            "Besides the tax app, 14 other services now accept a VNeID login",
        ),
        (
            "Thus far, 2.2 million accounts have been activated in the province.",
            "Thus far, 2.2 million accounts have been activated in the province",
        ),
        (
            "In addition to the card itself, residents can show a VNeID account at hospitals.",
            "Residents can show a VNeID account at hospitals",
        ),
        (  # "As a result of the drive,": the frame is left out whole, not "Of the drive,"
            "As a result of the drive, 400,000 more people pay their school fees online.",
            "400,000 more people pay their school fees online",
        ),
        # a capitalised subject before a dash is no dateline when the dash comes back
        (
            "VNeID — the national identity app — now has 71 million users.",
            "VNeID — the national identity app — now has 71 million users",
        ),
        (
            "HẢI PHÒNG — The city has connected all 217 wards to the population database.",
            "The city has connected all 217 wards to the population database",
        ),
    ],
)
def test_a_lead_in_is_told_from_the_words_that_begin_a_claim(quote: str, line: str) -> None:
    assert statement_of_quote(quote) == line


@pytest.mark.parametrize(
    "quote",
    [
        # "said" followed by a capitalised word is no trailing speaker without a comma or quote
        "The province added MoMo as a way to pay land fees.",
        "Over 60% of traders said QR payments were faster than cash.",
    ],
)
def test_a_verb_of_saying_inside_the_claim_is_kept(quote: str) -> None:
    assert statement_of_quote(quote) == quote.rstrip(".")


def test_a_bracket_that_holds_a_figures_size_scope_or_status_stays() -> None:
    for bracket in ("(billion dong)", "(excluding the two largest cities)", "(estimated)"):
        quote = (
            f"Card payments at state hospitals across the southern provinces rose to 6,400 "
            f"{bracket} in the first half of the year, up sharply on the year before."
        )
        assert bracket in statement_of_quote(quote)


def test_a_kept_clause_of_another_subject_is_not_joined_to_the_head() -> None:
    quote = (
        "Da Nang leads with 96% of residents holding chip-based cards, followed by Hue and "
        "Quang Nam, while Can Tho, the largest city of the Mekong Delta region, has reached 88%."
    )
    line = statement_of_quote(quote)
    assert "… has reached 88%" not in line  # the 88% is Can Tho's, not Da Nang's
    assert line.startswith("Da Nang leads with 96%")


def test_a_condition_or_an_exclusion_is_not_dropped_as_an_aside() -> None:
    line = statement_of_quote(
        "All land procedures in the province will be free of charge from next month, if the "
        "People's Council approves the proposal of the provincial committee at its coming session."
    )
    assert "if the People's Council" in line or line.endswith("…")
    line = statement_of_quote(
        "Online payments made up 52% of all public service fees collected in the province, "
        "excluding those paid at commune level, which are still mostly paid in cash."
    )
    assert "excluding those paid at commune level" in line


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        (
            "The average mobile download speed measured in the remote communes of the province has "
            "now risen to 64.7 Mbps according to the latest tests",
            "64.7 Mbps",
        ),
        (
            "The share of the digital economy in the gross regional domestic product of the "
            "province has gone up by 2.4 percentage points over the whole period",
            "2.4 percentage points",
        ),
        (
            "The share of permits filed online in the remote mountain districts of the province "
            "has gone up over the period from 21 to 34% according to the department",
            "21 to 34%",
        ),
    ],
)
def test_a_cut_never_parts_a_figure_from_its_unit_or_range(quote: str, kept: str) -> None:
    line = statement_of_quote(quote)
    number = kept.split()[0]
    assert kept in line or number not in line


@pytest.mark.parametrize(
    ("quote", "torn"),
    [
        (
            "The provincial police have sped up the issuance of chip-based identity cards in the "
            "remote communes compared with the same period last year when only a few were issued",
            "the same…",
        ),
        (
            "The city will complete the issuance of identity cards to all residents of the remote "
            "communes in its districts by the end of 2025 as required by the ministry",
            "the end…",
        ),
        (
            "The city has launched a platform called “Hue Smart City, a Digital Home for Every "
            "Resident and Visitor” that serves more than 900,000 users each month from the "
            "wards, the communes and the mountain villages along the border with its neighbours.",
            "“Hue Smart City…",
        ),
    ],
)
def test_a_cut_never_ends_inside_a_time_or_a_quotation(quote: str, torn: str) -> None:
    line = statement_of_quote(quote)
    assert line.endswith("…") and not line.endswith(torn)
    assert line.count("“") == line.count("”")


def test_the_digits_of_a_code_are_not_a_figure_to_keep_whole() -> None:
    line = statement_of_quote(
        "Mobile internet in the province improved markedly over the past year thanks to the "
        "rollout of the 5G network, with the average download speed reaching 71.3 Mbps."
    )
    assert "71.3 Mbps" in line


def test_a_deadline_joined_by_and_inside_its_task_keeps_its_date_after_an_ellipsis() -> None:
    line = statement_of_quote(
        "The provincial IT centre must complete the link between the land registration system "
        "and the National Population Database of the ministry before November 30, 2026."
    )
    assert line.endswith("… before November 30, 2026")


def test_a_time_that_belongs_to_the_source_is_not_elided_onto_the_claim() -> None:
    line = statement_of_quote(
        "Online retail in the province is still growing faster than in most of its neighbours, "
        "but margins have thinned, according to a market report released in Can Tho on May 12."
    )
    assert "May 12" not in line
