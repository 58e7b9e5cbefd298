"""A place's inventory, a campaign launched, attacks on the rise, a saving supposed, a
page's share button, and hardships told of a place or of its data. Sentences written
here, each beside a lookalike that must not change."""

from __future__ import annotations

import pytest

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import kinds_only


def test_a_place_s_own_inventory_is_no_result() -> None:
    assert kinds_only("The ward currently has 64 officials and civil servants.\n") == []
    assert kinds_only("The city has 120 hospitals, 30 health centres and 400 clinics.\n") == []
    # digital work told of them, or a count reached, is a result
    assert kinds_only("The province has 45 communes connected to fibre.\n") == ["achievement"]
    assert kinds_only("The city has 90 schools using cashless payments.\n") == ["achievement"]
    assert kinds_only(
        "The firms trained community teams with more than 4,000 people in 2024.\n"
    ) == ["achievement"]


def test_a_campaign_launched_in_the_plain_past_is_a_step() -> None:
    assert kinds_only("A 60-day campaign was launched to clean the land records.\n") == []
    assert kinds_only("The campaign was launched in 85 markets of the province.\n") == [
        "achievement"
    ]


def test_attacks_on_the_rise_are_a_shortfall() -> None:
    assert kinds_only(
        "The centre reported an uptick in cyber-attacks in 2024, with 11,200 incidents recorded.\n"
    ) == ["limitation"]
    assert kinds_only("The uptick in online payments reached 20% in 2024.\n") == ["achievement"]


def test_a_saving_supposed_is_no_claim() -> None:
    assert kinds_only("If each filing saves VND5,000, society can save billions of dong.\n") == []


def test_a_page_s_share_button_is_no_headline() -> None:
    text = (
        "March 3, 2025 | 09:10 GMT +7\n\n  • Click to copy\n\n"
        "Clean land data: the district clears its backlog\n\n"
        "The district has cleaned 8,000 land records this month.\n"
    )
    assert extract_metadata(text).title == "Clean land data: the district clears its backlog"


def test_hardships_of_a_place_and_of_its_data_are_shortfalls() -> None:
    assert kinds_only(
        "The challenges of a hill district remain striking, especially its infrastructure.\n"
    ) == ["limitation"]
    assert kinds_only("Records from past decades are stored in inconsistent formats.\n") == [
        "limitation"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By 2025, the province strives to have 500 communes meeting smart-village criteria.",
            "target",
        ),
        ("The province still has 120 villages where mobile signals are weak.", "limitation"),
        (
            "The province has 1,200 villages and hamlets, of which 95% have been covered by 4G.",
            "achievement",
        ),
        ("After the campaign was launched, cashless payments at hospitals doubled.", "achievement"),
        ("The Phu My farm has applied sensors to 100% of its 50 hectares.", "achievement"),
        (
            "If in 2022 the province ranked 30th, this year it rose to 5th, ahead of Can Tho.",
            "achievement",
        ),
        (
            "There was an increase in incident response teams, with 63 teams set up in 2024.",
            "achievement",
        ),
        (
            "Solutions to the challenges of digital work include training 5,000 officials by 2025.",
            "target",
        ),
    ],
)
def test_lookalikes_of_inventories_anecdotes_and_hardships_keep_their_kind(
    sentence: str, expected: str
) -> None:
    assert kinds_only(sentence + "\n")[:1] == [expected]


def test_a_campaign_launched_and_then_a_task_keeps_the_task() -> None:
    kinds = kinds_only(
        "The campaign was launched in February and the province must complete it by the end of"
        " 2025.\n"
    )
    assert "deadline" in kinds
