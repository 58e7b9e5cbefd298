"""Sentences that read like claims in a review and are not (a baseline long past, work
said in general words, how a meeting was held, a speed told with "just"), lists that are
one claim (a compound subject, a bracket's breakdown), shortfalls of coverage and levels
to come; each beside a lookalike that stays what it was. Sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.due_dates import find_dues
from tests.extract.genre import EXTRACTOR, kinds


def found_in(body: str, ref: date) -> list[tuple[str, str]]:
    return [(f.kind.value, f.quote) for f in EXTRACTOR.extract("A review\n" + body, ref)]


def test_a_sentence_of_a_year_long_past_is_a_baseline_not_a_finding() -> None:
    body = (
        "In 2010, there were only four online services at the highest level.\n"
        "In 2019, online dossiers accounted for just 5% of all procedures.\n"
        "In 2022, the city connected 40 communes to fibre.\n"
        "In 2020, the country ranked 6th, and in 2023 it ranked 1st.\n"
        "In 2020, 65.8% of records were processed online; now the rate is 89%.\n"
    )
    quotes = [quote for _, quote in found_in(body, date(2024, 7, 1))]
    assert not any(q.startswith(("In 2010", "In 2019")) for q in quotes)
    assert any(q.startswith("In 2022") for q in quotes)  # recent: the article's own time
    assert any(q.startswith("In 2020, the country") for q in quotes)  # a later year told
    assert any("now the rate is 89%" in q or q.startswith("In 2020, 65.8%") for q in quotes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The country has made significant progress in the first half of 2025.",
        "Ministries and branches have issued many guiding documents to promote the work.",
        "State agencies continue to exploit and effectively operate national databases.",
        "The two carriers have also gradually expanded their 5G networks.",
        "The meeting was connected online to provinces and cities nationwide.",
    ],
)
def test_work_said_in_general_words_or_a_meetings_setting_is_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The province continues to operate 12 data centres.",
        "The country has made significant progress in the rankings, rising 15 places.",
        "The portal was connected to 63 provinces.",
    ],
)
def test_work_with_a_figure_stays_a_result(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["achievement"]


def test_a_speed_told_with_just_is_no_shortfall() -> None:
    sentence = "Within just 12 months of its launch, 5G coverage has been expanded nationwide."
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


def test_a_compound_subject_with_two_counts_is_one_claim() -> None:
    got = kinds("To date, 21 ministries, branches and 62 localities have issued their plans.")
    assert got == [("achievement", None)]


def test_a_brackets_breakdown_is_not_cut_into_claims() -> None:
    assert len(kinds("The rate is 55% (61.2% for ministries, 55.38% for localities).")) == 1


def test_two_levels_of_one_result_are_still_two_claims() -> None:
    got = kinds(
        "The carrier deployed 30,000 stations, achieving 90% outdoor coverage and 70% "
        "indoor coverage."
    )
    assert len(got) == 2


def test_what_is_still_not_covered_is_a_limitation() -> None:
    got = kinds(
        "230 hamlets have power from the grid, but still are not covered by mobile broadband."
    )
    assert [kind for kind, _ in got] == ["limitation"]
    # "not connected" told of a past, beside what is done now, is no shortfall
    now = kinds("All 300 clinics, not connected before 2023, now share records.")
    assert [kind for kind, _ in now] == ["achievement"]


def test_a_level_to_come_is_a_target_dated_or_not() -> None:
    assert kinds("An additional 2.7 million households will access fibre services each year.") == [
        ("target", None)
    ]
    # what respondents say they will do is no one's goal
    assert kinds("Some 80% of users said they will use the app again.") == []


def test_end_of_a_year_written_short_is_a_due_date() -> None:
    text = "All households will access fibre by end-2025."
    assert [d.period for d in find_dues(text, 0, len(text), date(2024, 5, 27))] == ["2025"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey showed that one in every 300 users became victims.",
        "About 64% of users have received invitations to invest in fake exchanges.",
        "The total loss from online fraud last year was estimated at VND12,000 billion.",
        "Residents and firms still prioritise filing documents in person at the centre.",
    ],
)
def test_frauds_victims_and_losses_and_old_habits_are_limitations(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "These figures were recorded at 10 a.m. on August 2.",
        "Agencies that fail to meet the processing rates will be held accountable.",
        "The city warns of severe penalties for any office that causes delays.",
        "Two years ago, the country had only 184 operational 5G base stations.",
        "The ministry is drastically handling SIM cards with incorrect owner information.",
    ],
)
def test_a_note_a_rule_a_baseline_or_a_remedy_under_way_is_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


def test_paper_no_longer_collected_is_a_result_and_systems_not_connected_a_shortfall() -> None:
    lifted = "Since October 1, the centres have not collected paper documents for 25 services."
    assert [kind for kind, _ in kinds(lifted)] == ["achievement"]
    assert [kind for kind, _ in kinds("Many communes have not connected their systems.")] == [
        "limitation"
    ]


def test_a_call_on_agencies_with_a_date_is_a_deadline() -> None:
    sentence = (
        "The city is calling on its agencies to raise electronic processing rates by the "
        "fourth quarter of 2025."
    )
    assert kinds(sentence) == [("deadline", "2025-Q4")]


def test_fewer_attacks_after_however_is_a_result() -> None:
    sentence = (
        "However, the number of cyberattacks in the first nine months has decreased by 55% "
        "compared to the same period last year."
    )
    assert [kind for kind, _ in kinds(sentence)] == ["achievement"]
    assert [kind for kind, _ in kinds("However, only 12% of clinics have joined.")] == [
        "limitation"
    ]


def test_a_workforce_that_remains_small_is_a_limitation() -> None:
    got = kinds("The cybersecurity workforce remains small, with around 38,000 professionals.")
    assert [kind for kind, _ in got] == ["limitation"]


def test_a_trend_to_come_is_no_goal_but_a_plan_to_continue_is() -> None:
    assert kinds("Its applications will continue to surge in 2026.") == []
    assert kinds("The city will continue to expand its fibre network to 300 villages in 2025.") == [
        ("target", "2025")
    ]


def test_targets_completing_by_a_year_is_a_dated_target() -> None:
    got = kinds("The country targets completing the set-up of its digital government by 2027.")
    assert got == [("target", "2027")]


def test_a_date_told_after_a_task_dates_it_and_alone_is_no_claim() -> None:
    got = found_in(
        "Reduce the documents required for 40 procedures and replace them with app data. "
        "Complete in August 2025.\n",
        date(2025, 3, 10),
    )
    assert [kind for kind, _ in got] == ["deadline"]
    assert got[0][1].rstrip(".").endswith("Complete in August 2025")
    alone = found_in(
        "Stop issuing paper copies and cut the related fees. Complete in August 2025.\n",
        date(2025, 3, 10),
    )
    assert alone == []


def test_one_change_against_two_bases_is_one_claim() -> None:
    got = kinds(
        "As of July, the city scored 58.86 out of 100, an increase of 0.61 points from June "
        "and 8.1 points from May."
    )
    assert len(got) == 1


def test_preventing_fraud_is_no_shortfall() -> None:
    sentence = (
        "According to the association's experts, reporting to the police plays an important "
        "role in preventing fraudulent behaviour."
    )
    assert kinds(sentence) == []
    assert [kind for kind, _ in kinds("Fraudulent accounts rose 20% in 2024.")] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, the country recorded more than 500,000 cybersecurity incidents.",
        "That year, similar attacks targeted a securities firm, resulting in system-wide "
        "encryption.",
        "Hackers stole data from three large retailers.",
        "The sector's post-tax profit for 2024 remained flat.",
        "Coordination among ministries and localities also requires improvement.",
    ],
)
def test_incidents_suffered_and_levels_that_did_not_move_are_limitations(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence)] == ["limitation"]


def test_efforts_made_in_general_words_are_no_finding() -> None:
    assert kinds("The province has made concerted efforts to implement its tasks.") == []


def test_the_end_of_this_month_is_a_due_date() -> None:
    text = "By the end of this June, all records should be linked to ID numbers."
    assert [d.period for d in find_dues(text, 0, len(text), date(2025, 3, 10))] == ["2025-06"]
