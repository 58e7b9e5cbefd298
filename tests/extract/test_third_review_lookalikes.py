"""Lookalikes of the rules for figures told as what will be, the old way falling off,
scant counts, things in trouble or without updates, attacks, few faults, index groups,
funnels and backlogs: each reads as what it is. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import kinds_only


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a result told before what will be is still a result
        (
            "The portal has handled 3 million files and will be extended to 20 cities.",
            ["achievement"],
        ),
        ("Waiting times fell by 35% after the upgrade and will fall further.", ["achievement"]),
        # "non-cash" is not cash, and a fall denied is no fall
        ("Non-cash payments declined by 6% last quarter.", ["limitation"]),
        ("Income from cash-free services declined by 2% in March.", ["limitation"]),
        # "not only one", and one fault only, are no scant count
        ("Not only one but four data centres have been built in the city.", ["achievement"]),
        ("Only one error was found in the 3 million records moved to the system.", ["achievement"]),
        # people or firms in trouble are helped, not a shortfall
        ("The fund has helped 250 firms that were in trouble to go digital.", ["achievement"]),
        ("Users who are in trouble with the app can call the hotline.", []),
        ("The app updates itself, with no updates needed from users.", []),
        # no incidents is a result
        ("In 2024 the portal recorded 40 million visits and no cyber incidents.", ["achievement"]),
        # error-free things are not errors
        ("Only 25 error-free dossiers were filed through the portal last month.", ["limitation"]),
        # a move up supposed, not told
        ("If the city rose from the average group to the high group, it would gain.", []),
        # a funnel told with "the number approved"
        (
            "The city got 9,000 applications, and the number approved reached 8,700.",
            ["achievement"],
        ),
    ],
)
def test_the_third_reviews_lookalikes(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The district resolved 1,940 late dossiers in February.",
        "The city cleared all 280 delayed dossiers left from 2024.",
    ],
)
def test_a_backlog_dealt_with_is_no_shortfall(sentence: str) -> None:
    assert "limitation" not in kinds_only(sentence)
