"""A plan's levels: "X will reach 20%" is a level to reach, and the lines printed under a
heading of targets ("Targets by 2026"), each ending in ";" or bulleted, are targets due
when the heading says, whatever their tense; a short bulleted line with a figure is read,
a share told as a clause's subject is a result, the headlines listed under "Related
news:" are the site's, not the article's, a funnel told "1,102 of which" stays one claim
and a rank near the bottom of its field is a shortfall. Sentences written here; articles of 10 March
2025."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The share of cashless payments will reach 60% of retail spending.", [("target", None)]),
        ("The rate of firms using e-invoices will exceed 90%.", [("target", None)]),
        # with a year, the year decides: gone, a result told in the future tense
        (
            "In 2024, the province will rise to 12th place in the index, up 9 places.",
            [("achievement", None)],
        ),
        ("By 2027, the share of online dossiers will reach 80%.", [("target", "2027")]),
        # a forecast is no one's goal
        ("Analysts say the app market will reach 5 million downloads.", []),
        # a share told as what will be done
        ("Of these, 100% of land dossiers will be handled online.", [("target", None)]),
        ("Analysts expect that 70% of fees will be paid by card.", []),
        # a plan's level told as what is set, poised or due to be
        ("Card payments are set to make up 45% of retail sales.", [("target", None)]),
        ("Labour productivity is due to increase by over 6.5% a year.", [("target", None)]),
        ("The delay of 3 months is due to a lack of staff.", [("limitation", None)]),
        (
            "The province has adopted its strategy, with a target for e-commerce to reach "
            "12% of retail sales.",
            [("target", None)],
        ),
        (  # a target compared with is a result's yardstick
            "The ward has activated 8,200 accounts, compared with a target of 9,000.",
            [("limitation", None)],
        ),
        # work done to reach a goal: the goal is the claim
        (
            "Many wards work through the weekend to achieve the goal of scanning 100% of "
            "land files.",
            [("target", None)],
        ),
        ("The ward has achieved the goal of scanning 100% of land files.", [("achievement", None)]),
        # what a province expects of its own plan is its goal
        (
            "The city expects that e-commerce will make up 15% of its retail sales.",
            [("target", None)],
        ),
    ],
)
def test_a_level_to_reach(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(sentence) == expected


PLAN = """The provincial committee has approved its plan for digital society.

Targets by 2026

The share of adults with a digital signature will reach 60%;

Households with fibre broadband account for over 85%;

The share of residents who use cashless payments is over 70%,...

Tasks

Provide training on digital skills for commune officials;

Review the data of every resident in the province.
"""


def test_the_items_under_a_targets_heading_are_targets_due_then() -> None:
    items = found(PLAN)
    targets = [(f.kind.value, f.due) for f in items if "%" in f.quote]
    assert targets == [("target", "2026")] * 3
    # the figures are what is to be reached, not what was measured
    assert all(m.as_of == "2026" for f in items if "%" in f.quote for m in f.metrics)
    # the list ends at the next heading: the tasks are no targets of 2026
    assert all(f.due != "2026" for f in items if "%" not in f.quote)


def test_bulleted_levels_under_a_goals_heading() -> None:
    text = (
        "Goals for 2027\n"
        "- 95% of wards run their records on the shared platform\n"
        "- All 120 communes have a digital service point\n"
    )
    assert kinds(text) == [("target", "2027"), ("target", "2027")]


def test_items_under_a_heading_of_results_stay_results() -> None:
    text = (
        "Results in 2024\n"
        "The share of online dossiers reached 64%;\n"
        "The province issued 210,000 digital signatures;\n"
        "All 120 communes joined the shared platform.\n"
    )
    assert [kind for kind, _ in kinds(text)] == ["achievement"] * 3


def test_a_paragraph_after_the_list_is_not_one_of_its_items() -> None:
    text = (
        "Targets by 2026\n"
        "The share of adults with a digital signature will reach 60%;\n"
        "Households with fibre broadband account for over 85%.\n"
        "\n"
        "Last year, the province connected 48 communes to the data centre.\n"
    )
    assert kinds(text) == [("target", "2026"), ("target", "2026"), ("achievement", None)]


def test_a_share_told_as_the_subject_is_a_result() -> None:
    assert kinds("Some 88% of communes file their civil records on the new platform.") == [
        ("achievement", None)
    ]


def test_related_headlines_after_the_article_are_not_its_claims() -> None:
    text = (
        "The ward connected 14 clinics to the health data platform in March.\n"
        "\n"
        "Related news:\n"
        "- Ward opens 24/7 service point for 30,000 residents\n"
        "- 95 percent of clinics to accept QR payments next year\n"
    )
    assert [f.quote for f in found(text)] == [
        "The ward connected 14 clinics to the health data platform in March."
    ]


def test_a_funnel_told_with_of_which_after_its_figure_stays_one_claim() -> None:
    assert kinds("Since May, the centre has received 1,240 files, 1,102 of which were online.") == [
        ("achievement", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Last year the district's reform index reached 79.2 points, ranking 61st out of 63.",
            "limitation",
        ),
        ("The province ranked 55th of 63 localities in the 2024 digital index.", "limitation"),
        # the middle of the field, or a rise told with it, is a result
        ("The province ranked 30th of 63 localities in the 2024 digital index.", "achievement"),
        (
            "The city scored 61.3 points, ranking 57th out of 63, up 4.2 points from May.",
            "achievement",
        ),
    ],
)
def test_a_rank_near_the_bottom_of_its_field_is_a_shortfall(sentence: str, kind: str) -> None:
    assert [k for k, _ in kinds(sentence)] == [kind]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a heading's year before its colon: the items after it are its goals
            "Main goals by 2028: online payments make up 70% of retail sales; 85% of "
            "adults hold a digital signature.",
            [("target", "2028"), ("target", "2028")],
        ),
        (
            "The district set two goals for 2026: 95% of dossiers are filed online; 75% "
            "of residents pay fees without cash.",
            [("target", "2026"), ("target", "2026")],
        ),
        (  # a year's results told the same way stay results
            "Results of 2024: the ward issued 41,000 chip ID cards; 88% of records were "
            "handled online.",
            [("achievement", None), ("achievement", None)],
        ),
    ],
)
def test_the_items_after_a_heading_with_its_year(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert kinds(sentence) == expected
