"""Results told in the plain past, breakdowns that name who took part, and plans told
with "would": sentences written here, each beside a lookalike that must not change."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        "The carrier launched its third and fastest submarine cable last spring.",
        "In March the city launched the Smart Ward app for residents.",
        "The ministry symbolically launched the national land data system.",
        "Early this year, the province launched four platforms to help farmers sell online.",
        "All districts completed connecting their dossier systems in May 2023.",
    ],
)
def test_a_system_launched_or_a_task_completed_in_the_plain_past_is_a_result(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The province launched a campaign to promote cashless payments.",
        "The union launched an emulation movement among its members.",
        "The district has not yet launched the payment app.",
        "The district has not completed connecting its dossier systems.",
    ],
)
def test_a_campaign_launched_or_a_task_not_completed_is_no_result(sentence: str) -> None:
    assert "achievement" not in kinds_only(sentence)


def test_delegates_counted_in_a_results_breakdown_are_part_of_the_result() -> None:
    assert kinds_only(
        "Some 41,500 residents have received the new cards so far, including 2,210 delegates "
        "to the provincial congress."
    ) == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The expo drew 3,400 delegates and 120 exhibitors from nine countries.",
        "The summit, with 1,250 delegates, heard 30 speeches on data.",
    ],
)
def test_an_events_size_is_still_no_claim(sentence: str) -> None:
    assert kinds_only(sentence) == []
