"""Lookalikes of the rules for steps, settings, lists and counts told apart: each sentence
here looks like one those rules read as no claim, an aside or one claim, and is not."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import EXTRACTOR, REF, found, kinds_only


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "previously" as a report's word, not a baseline's time
        (
            "As previously reported, the rate of card payments has risen but reached only 18%.",
            "limitation",
        ),
        # the shortfall told after the "despite" phrase
        (
            "The province, despite heavy investment, has only 35% of its records digitized.",
            "limitation",
        ),
        # a burden borne by those who lag, not an order to them
        (
            "Many units that are not yet linked must still submit paper reports, causing delays.",
            "limitation",
        ),
        (
            "Localities that are not yet using the shared software have to re-enter data manually,"
            " wasting 3,000 working hours a year.",
            "limitation",
        ),
        # priority given to things, with a result or a shortfall told
        (
            "Priority has been given to 45 key projects, of which 30 have been completed.",
            "achievement",
        ),
        # a team counted is a result; a council's seats are not
        (
            "The city has set up the community digital team with 12,000 members in 300 wards.",
            "achievement",
        ),
        # a step launched with what it drew, where or what came of it
        (
            "The city has launched the 'Digital Skills' movement, drawing 1.2 million people.",
            "achievement",
        ),
        (
            "The 'Cashless Market' campaign has been launched in 120 markets of the province.",
            "achievement",
        ),
        (
            "The province has issued its 2025 plan with 120 tasks, and has completed 45 of them.",
            "achievement",
        ),
        # handed out, then told late
        (
            "The minister assigned 35 tasks to the department, 20 of which are overdue.",
            "limitation",
        ),
        # a practice still common that is no bad one
        (
            "QR payments are still common at markets, accounting for 65% of transactions.",
            "achievement",
        ),
        # harder for wrongdoers is a result
        (
            "VNeID has made it harder for impostors to file, and 1.5 million files were sent.",
            "achievement",
        ),
    ],
)
def test_a_lookalike_keeps_its_own_kind(sentence: str, expected: str) -> None:
    assert kinds_only(sentence + "\n")[:1] == [expected]


def test_priority_given_to_places_with_a_shortfall_beside_it_is_the_shortfall() -> None:
    assert kinds_only(
        "Priority is given to urban wards, while 40% of hill communes still lack 4G coverage.\n"
    ) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not all communes are using the shared software yet.",
        "The province requires that by June 30, 2026, all hospitals are using e-records.",
        "Once the ward portal is connected with the national portal, people will pay online.",
        "If the ward system is connected to the national data centre, files can be settled fast.",
    ],
)
def test_a_state_denied_required_or_supposed_is_no_result(sentence: str) -> None:
    assert "achievement" not in kinds_only(sentence + "\n")


def test_a_rank_once_held_is_no_rank_to_reach() -> None:
    assert "target" not in kinds_only(
        "The minister said the city, which ranked first in the index last year, will keep"
        " promoting digital work.\n"
    )


def test_a_share_after_an_including_breakdown_is_a_claim_of_its_own() -> None:
    items = found(
        "The office received 20,000 files, including 15,000 sent online, and 98% were settled.\n"
    )
    assert [f.quote for f in items] == [
        "The office received 20,000 files, including 15,000 sent online",
        "98% were settled.",
    ]


def test_something_else_being_hit_is_not_the_rest_of_a_count() -> None:
    assert kinds_only(
        "The city has digitized 80% of land records, while 20 districts are still being hit by"
        " slow internet.\n"
    ) == ["achievement", "limitation"]


def test_a_change_told_on_with_a_new_claim_after_it_keeps_the_new_claim() -> None:
    items = found(
        "The city has 1.2 million wallet users. This is an increase of 40% over 2023, and 85% of"
        " adults now have VNeID accounts.\n"
    )
    assert items[-1].quote == "85% of adults now have VNeID accounts."


def test_targets_of_a_year_judged_do_not_open_a_list_of_goals() -> None:
    body = (
        "The targets for 2024 are basically achieved.\n"
        "On digital government, 92% of files were processed online.\n"
    )
    items = EXTRACTOR.extract("The plan\n" + body, REF)
    assert [(f.kind.value, f.due) for f in items][-1] == ("achievement", None)


def test_a_day_opening_the_lead_is_the_article_s_even_before_a_year_ahead() -> None:
    text = (
        "Lao Cai funds its digital plan\n"
        "On December 20, 2024, the council approved VND 120 billion for digital work in 2025.\n"
        "The province has digitized 85% of land records.\n"
    )
    assert extract_metadata(text).published == "2024-12-20"


def test_a_shortfall_list_after_a_colon_is_read_item_by_item() -> None:
    items = found("Difficulties include: high costs; lack of equipment; poor connection.\n")
    assert [f.kind.value for f in items] == ["limitation"] * 3
    assert items[0].quote == "Difficulties include: high costs"


def test_the_levels_after_a_dated_goal_s_semicolon_are_its_levels() -> None:
    items = EXTRACTOR.extract(
        "The plan\nThe goal is that by 2027, 90% of files are settled online; 95% of documents"
        " are signed digitally.\n",
        date(2024, 5, 1),
    )
    assert [(f.kind.value, f.due) for f in items] == [("target", "2027"), ("target", "2027")]
