"""Rules of the genre found on strategies to 2030, draft laws, a city's conclusion
notice, a UN ranking, a provincial resolution and party members' data: goals with an
aside ("A standing goal, with no end date, is ..."), two dated goals joined by "and
aims", "in the same year", "in the 2028 edition"; shortfalls in rankings (slipped five
places, the weakest component), laws scattered and overlapping, attacks that rose,
confidence reduced; results said as status ("All communes now have ...", "took in",
"put into operation a dashboard"); and what is not a claim: a document issued after a
long name, a draft's chapters, a law's rule on platforms, a relief ("did not have to
come back"), progress "uneven" with nothing named, a task whose object is a shortfall.
Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


def test_a_goal_with_an_aside_is_a_target() -> None:
    sentence = (
        "A further goal, set without a deadline, is for 100 per cent of the records the State"
        " holds on a firm to be collected only once."
    )
    assert [k for k, _ in kinds(sentence)] == ["target"]


def test_two_dated_goals_joined_by_and_aims_are_two_targets() -> None:
    sentence = (
        "The plan sets the goal of linking 100% of land records by 2027, and aims for 70% of"
        " permits to be issued online by 2029."
    )
    assert kinds(sentence) == [("target", "2027"), ("target", "2029")]


def test_in_the_same_year_takes_the_year_before() -> None:
    body = (
        "By 2030, the province aims to have 95% of records handled online. In the same year,"
        " at least 80% of adults are to pay fees without cash."
    )
    assert [(f.kind.value, f.due) for f in found(body)] == [("target", "2030"), ("target", "2030")]


def test_a_ranking_edition_dates_the_goal() -> None:
    sentence = "The ministry aims to lift the index score to at least 0.8 in the 2029 edition."
    assert kinds(sentence) == [("target", "2029")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The country also slipped four places in the infrastructure sub-index, to 71st.",
        "The report showed that digital skills were still the weakest component, at 0.61.",
        "Rules on e-signatures are scattered across 12 decrees, some of which contradict each"
        " other.",
        "Cyberattacks on provincial portals rose by 22% in the first half, and 9 of them led"
        " to data being leaked.",
        "The repeated outages have reduced public confidence in the portal.",
        "Fewer than one in four communes has a full-time IT officer.",
    ],
)
def test_a_shortfall_of_a_ranking_or_a_law_is_a_limitation(sentence: str) -> None:
    got = [k for k, _ in kinds(sentence)]
    assert got and set(got) == {"limitation"}  # the attacks and the leaks: two claims


@pytest.mark.parametrize(
    "sentence",
    [
        "All villages in the district now have 4G coverage.",
        "The ward police took in 12,400 applications for ID cards in the quarter.",
        "In March, the centre put into operation a dashboard showing data from 30 departments.",
    ],
)
def test_a_result_told_as_status_is_an_achievement(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_is_to_put_into_operation_with_a_date_is_a_deadline() -> None:
    sentence = "The department is to put the new data centre into operation in the third quarter."
    assert kinds(sentence) == [("deadline", "2025-Q3")]


@pytest.mark.parametrize(
    "sentence",
    [
        "HUE - The Standing Board of the Thua Thien Hue provincial Party Committee has issued"
        " Resolution No. 11-NQ/TU on digital transformation to 2030.",
        "The Office of the Da Nang City People's Committee has issued a notice conveying the"
        " Chairman's conclusions.",
        "The minister said the draft, comprising eight chapters and 72 articles, had been revised"
        " twice.",
        "Online platforms with more than 2 million users will have to store their data in Vietnam.",
        "The officer said staff checked each form at once so that people did not have to come"
        " back.",
        "Progress has been uneven, however.",
        "The police will also work with the ward to correct the mismatched records.",
    ],
)
def test_what_is_not_a_claim(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] in ([], ["directive"])


def test_what_a_shortfall_did_to_confidence_is_told_again_not_a_result() -> None:
    body = (
        "The login page was down for 3 days in May. This has reduced people's confidence in the"
        " portal, the chairman said."
    )
    assert [f.kind.value for f in found(body)] == ["limitation"]


def test_a_list_of_places_data_comes_from_is_one_claim() -> None:
    sentence = "The dashboard shows data from 27 departments and 114 wards in real time since May."
    assert len(found(sentence)) <= 1
