"""Lists of key figures under headings that give their kind, a dateline of the day alone,
and tasks and goals said in an interview's, a forum's or a council's words (sentences
and lists written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.genre import EXTRACTOR, found, kinds

FACTSHEET = """The figures below come from the ministries' year-end reports.

Population data
- Chip-based ID cards issued: more than 7.2 million
- Share of records settled online: 41.5%

At a glance
- Communes in the province: 102 after the merger

Where the province falls short
- Communes without a trained IT officer: 38
- Records still on paper: about 1.4 million

Targets for 2026
- Online payment of fees: at least 50% of all fees

Tasks set by the Committee
- Connect the land database to the population database: third quarter of 2026
- Train one digital officer per commune: by June 30, 2026

For comparison
- The neighbouring province settled 55% online

Notes
- Hotline for residents: 1900 1234
"""


def test_a_key_figures_list_takes_its_kinds_from_its_headings() -> None:
    got = [(f.kind.value, f.due, f.quote.split(":")[0]) for f in found(FACTSHEET)]
    assert got == [
        ("achievement", None, "Chip-based ID cards issued"),
        ("achievement", None, "Share of records settled online"),
        ("limitation", None, "Communes without a trained IT officer"),
        ("limitation", None, "Records still on paper"),
        ("target", "2026", "Online payment of fees"),
        ("deadline", "2026-Q3", "Connect the land database to the population database"),
        ("deadline", "2026-06-30", "Train one digital officer per commune"),
    ]


def test_a_figure_line_is_read_whole_label_and_value() -> None:
    quotes = [f.quote for f in found(FACTSHEET)]
    assert "Share of records settled online: 41.5%" in quotes  # without its bullet


def test_a_short_line_of_a_list_keeps_the_list_s_heading() -> None:
    body = "Notes\n- Figures are as of the end of the year\n- Hotline for residents: 1900 1234\n"
    assert found("The figures follow.\n\n" + body) == []


def test_a_colon_before_the_clause_s_own_date_keeps_them_together() -> None:
    body = "Tasks\n- Link the remaining databases to the data centre: by June 30\n"
    assert kinds("The tasks follow.\n\n" + body) == [("deadline", "2025-06-30")]


@pytest.mark.parametrize("dateline", ["15/01/2026 10:20", "15/01/2026 10:20    482"])
def test_a_dateline_of_the_day_and_time_alone_dates_the_article(dateline: str) -> None:
    # a portal may print its count of views after the time
    text = f"Province reviews its data work\n\n{dateline}\n\nThe province reviewed 2025.\n"
    meta = EXTRACTOR.metadata(text)
    assert (meta.published, meta.published_stated) == ("2026-01-15", True)


@pytest.mark.parametrize(
    ("sentence", "kind", "due"),
    [
        (
            "Every faulty kiosk will be repaired or replaced by the end of September.",
            "deadline",
            "2025-09",
        ),
        (
            "He pledged that the portal would be moved to the cloud before January 31, 2026.",
            "deadline",
            "2026-01-31",
        ),
        (
            "The bank will also retire its old card system by the end of September.",
            "deadline",
            "2025-09",
        ),
        (
            "Each commune is supposed to reach a 50% rate of online records by December 31.",
            "target",
            "2025-12-31",
        ),
        ("The strategy fixes the goal that 100% of services be usable on a phone.", "target", None),
        (
            "Its longer-term goal is for half of its users to pay online at least once a month.",
            "target",
            None,
        ),
    ],
)
def test_a_task_or_a_goal_in_other_words(sentence: str, kind: str, due: str | None) -> None:
    assert kinds(sentence) == [(kind, due)]


def test_fewer_than_ten_uses_is_a_shortfall() -> None:
    assert kinds(
        "In one district, 40 of the 120 services received fewer than ten applications."
    ) == [("limitation", None)]


@pytest.mark.parametrize(
    "body",
    [
        "Contact\n- Hotline: 1900 0368\n- Address: 18 Tran Phu street\n- Hours: 7:30 to 17:00\n",
        "How to apply\n- Step 3: pay the fee of 200,000 VND online\n",
        "Documents required\n- Application form: form CC01, 1 copy\n",
        "Fees\n- Re-issue after a loss: 70,000 VND\n",
        "Outlook for 2026 and beyond\n- Digital economy share of GDP: 20% in 2026\n",
    ],
)
def test_a_list_of_contacts_steps_fees_or_outlook_claims_nothing(body: str) -> None:
    assert found("The details follow.\n\n" + body) == []


@pytest.mark.parametrize(
    ("heading", "line", "kind"),
    [
        ("Behind the numbers", "- Officials trained in digital skills: 1,200", "achievement"),
        ("Problems resolved in 2024", "- Duplicate ID numbers corrected: 45,000", "achievement"),
        ("Goals achieved in 2024", "- Online records: 62%", "achievement"),
    ],
)
def test_a_heading_of_troubles_overcome_or_goals_met_lets_each_line_speak(
    heading: str, line: str, kind: str
) -> None:
    assert [f.kind.value for f in found(f"The figures follow.\n\n{heading}\n{line}\n")] == [kind]


def test_a_range_of_years_in_a_heading_dues_its_targets_at_its_end() -> None:
    body = "Targets for 2026-2030\n- Digital economy: 30% of GDP\n"
    assert kinds("The goals follow.\n\n" + body) == [("target", "2030")]


def test_a_numbered_list_is_a_list_and_its_items_are_read_whole() -> None:
    body = (
        "Targets for 2026\n1. Online payment: at least 80% of fees\n2. Communes connected: 100%\n"
    )
    got = [(f.kind.value, f.due, f.quote) for f in found("The goals follow.\n\n" + body)]
    assert got == [
        ("target", "2026", "Online payment: at least 80% of fees"),
        ("target", "2026", "Communes connected: 100%"),
    ]


def test_a_task_list_s_bare_date_is_its_due() -> None:
    body = "Deadlines\n- Connect the land database to the population database: June 30, 2026\n"
    assert kinds("The tasks follow.\n\n" + body) == [("deadline", "2026-06-30")]


def test_an_item_that_is_a_sentence_is_cut_at_its_colon_as_prose_is() -> None:
    body = "Lessons\n- Leaders must take charge: provinces where they did reached 80% online.\n"
    quotes = [f.quote for f in found("The lessons follow.\n\n" + body)]
    assert "provinces where they did reached 80% online." in quotes


def test_a_date_line_of_the_article_outranks_a_date_alone_in_its_body() -> None:
    text = (
        "Portal reviews its work\n\nPublished: 2026-01-20\n\nThe province looked back.\n\n"
        "The decision took effect on\n\n06/01/2022\n\nMore of the review.\n"
    )
    assert EXTRACTOR.metadata(text).published == "2026-01-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "From January 1, 2026, paper birth certificates will be replaced by electronic ones.",
        "Residents who switched on the location feature reported faster checks.",
        "The ministry will also move to a new office in May.",
        "Applicants now fill in fewer than five fields on the form.",
    ],
)
def test_a_reform_an_office_move_a_relative_clause_or_a_short_form_is_no_finding(
    sentence: str,
) -> None:
    assert [kind for kind, _ in kinds(sentence) if kind != "directive"] == []


def test_what_is_supposed_to_work_but_does_not_is_a_shortfall() -> None:
    sentence = "The payment system is supposed to work around the clock, but it often goes down."
    assert kinds(sentence) == [("limitation", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The online records rate at commune level was only 29.5%.",
        "The online records rate in rural areas was only 31%.",
    ],
)
def test_a_level_or_an_area_of_the_country_names_no_national_indicator(sentence: str) -> None:
    assert [[m.name for m in f.metrics] for f in found(sentence)] == [[]]
    assert [
        [m.name for m in f.metrics] for f in found("The online records rate was only 29.5%.")
    ] == [["online_records_rate"]]


def test_a_line_its_heading_gives_a_kind_has_a_confidence_to_review_by() -> None:
    assert all(f.confidence >= 0.6 for f in found(FACTSHEET))
