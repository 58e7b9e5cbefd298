"""Results told in the plain past, runs of deeds, breakdowns that name who took part, and
shortfalls told in the words of reviews and reports: sentences written here, each beside
a lookalike that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.genre import dated_kinds, found, kinds_only


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


def test_each_deed_of_a_run_told_completed_is_a_result() -> None:
    text = (
        "Last year the district completed moving 96% of its dossiers online; installing "
        "kiosks at 14 ward offices; putting into operation the shared records system; 100% "
        "of staff meetings were held without paper."
    )
    assert dated_kinds(text, date(2024, 2, 1)) == [("achievement", None)] * 4


def test_a_run_told_not_completed_gives_no_result() -> None:
    text = (
        "The district has not completed moving its dossiers online; installing kiosks at the "
        "ward offices; putting the shared records system into operation."
    )
    assert "achievement" not in {kind for kind, _ in dated_kinds(text, date(2024, 2, 1))}


@pytest.mark.parametrize(
    "sentence",
    [
        "In many communes, the switch to digital records remains superficial.",
        "There are still 4 groups of slow-progress tasks, including: land data and kiosks.",
        "Many traders have encountered issues when their shop codes failed to match.",
    ],
)
def test_a_shortfall_told_as_superficial_slow_progress_or_issues_met(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The review covered superficial details of 30 portals and found all 30 working.",
        "There are 4 groups of tasks, including: land data and kiosks.",
    ],
)
def test_their_lookalikes_are_no_shortfall(sentence: str) -> None:
    assert "limitation" not in kinds_only(sentence)


def test_a_reckoning_led_by_according_to_estimates_is_no_result() -> None:
    assert kinds_only("According to estimates, a paper permit costs 8,000 VND per case.") == []
    assert kinds_only("According to the report, the ward issued 6,000 permits online.") == [
        "achievement"
    ]


def test_praise_received_with_no_measure_is_no_result() -> None:
    assert (
        kinds_only("Three wards have received high marks from the city, the director said.") == []
    )
    assert kinds_only("The portal has received high marks from 92% of users surveyed.") == [
        "achievement"
    ]


def test_the_4_0_of_a_revolutions_name_is_no_figure() -> None:
    assert kinds_only("Paperless wards suit the current 4.0 technology revolution.") == []
    assert kinds_only("The ward has issued 4,000 e-signatures this year.") == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Use of e-invoices by households is currently limited to a few trades.",
        "Compared with the plan, the progress of land digitisation is still below the target.",
    ],
)
def test_a_state_currently_limited_or_below_target_is_a_shortfall(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_attempts_made_are_no_result_but_a_result_reached_is() -> None:
    assert kinds_only("The wards have made attempts to move their services online.") == []
    assert kinds_only("The ward has made great efforts and digitised 90% of records.") == [
        "achievement"
    ]


def test_a_state_assessed_as_modest_is_a_shortfall_and_assessed_as_good_is_not() -> None:
    assert kinds_only(
        "The director assessed online sales in the upland districts as very modest."
    ) == ["limitation"]
    assert "limitation" not in kinds_only(
        "The director assessed online sales in the upland districts as strong, up 40% on 2023."
    )


def test_non_cash_payments_going_on_are_no_cash_still_in_use() -> None:
    assert "limitation" not in kinds_only(
        "Non-cash payments at the market continue to grow, up 35% on last year."
    )
    assert kinds_only("Cash payments still dominate at the district's markets.") == ["limitation"]


def test_a_turn_to_the_best_is_no_shortfall_and_a_bare_turn_still_is() -> None:
    assert kinds_only(
        "But the wards that notched the highest growth were Hong Gai (up 240%) and Bai Chay "
        "(up 130%)."
    ) == ["achievement"]
    assert kinds_only("However, the share of fees paid online was 18% last year.") == ["limitation"]


def test_an_index_score_is_a_result() -> None:
    assert kinds_only("The province scored 0.5120 points to secure 9th place in the index.") == [
        "achievement"
    ]
    assert kinds_only("The city kept its lead in the e-business index, scoring 81.4 points.") == [
        "achievement"
    ]


def test_places_told_respectively_are_one_claim() -> None:
    items = found("Its data and security pillars ranked as high as 2 and 5, respectively.")
    assert [i.quote for i in items] == [
        "Its data and security pillars ranked as high as 2 and 5, respectively."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fines for misusing residents' data are considered too light.",
        "The records illegally sold on the forum came to 800GB.",
        "Police found 40 groups carrying out customer data stealing in 2024.",
    ],
)
def test_light_sanctions_and_data_sold_outside_the_law_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_fee_not_too_costly_is_no_shortfall() -> None:
    assert "limitation" not in kinds_only("The new card fee is not too costly for 90% of users.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A review found that all 40 ward portals have inconvenient aspects for older users.",
        "Most applicants must rely on help from staff at the one-stop desk.",
    ],
)
def test_portals_with_inconvenient_aspects_and_help_relied_on_are_shortfalls(
    sentence: str,
) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_system_to_be_relied_on_is_no_shortfall() -> None:
    assert "limitation" not in kinds_only("Firms must rely on the new tax portal from July 1.")


def test_staff_shortages_and_an_unbalanced_structure_are_shortfalls() -> None:
    assert kinds_only(
        "Staffing in the communes remains unbalanced, with shortages of IT officers in 12 of them."
    ) == ["limitation"]


def test_a_lead_in_that_points_back_to_challenges_is_no_new_shortfall() -> None:
    assert kinds_only(
        "Faced with these challenges, the chairman said the province would train 300 staff "
        "by June 2026."
    ) == ["deadline"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storms have affected the progress of card production in the upland wards.",
        "Some addresses collected from residents are not correct, so 300 cards were affected.",
    ],
)
def test_work_affected_and_data_not_correct_are_shortfalls(sentence: str) -> None:
    assert kinds_only(sentence) == ["limitation"]


def test_a_centre_in_operation_since_a_date_is_a_milestone() -> None:
    assert kinds_only("The city's operations centre has been in operation since early 2024.") == [
        "achievement"
    ]


def test_devices_with_low_configurations_are_a_shortfall() -> None:
    assert kinds_only("Most of the ward's 60 computers have low configurations.") == ["limitation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a turn to more of a bad thing is still a shortfall
        ("However, the number of late dossiers surged to 2,300 in May.", ["limitation"]),
        # those affected are no shortfall of the work; nothing affected is none
        ("Households who were affected by the storm got cash support via the app.", []),
        ("No customer records were affected, the bank said.", []),
        ("The tax portal faced no issues during the busy season.", []),
        # a burden lifted is a result, not a shortfall
        ("Residents no longer have to rely on paper copies of their records.", ["achievement"]),
        ("The new card is affordable and never too expensive for small shops.", []),
        ("The kiosk is regarded as low-cost by most wards.", []),
        ("The ward never completed installing its kiosks.", []),
        # a launch of a campaign or an inquiry is no milestone
        ("The ministry launched a campaign to promote the new payment app.", []),
        ("The city launched a study on residents' use of the new app.", []),
        # lawful data trading is a result, not an incident
        (
            "The data exchange began piloting data trading services with 9 firms in 2024.",
            ["achievement"],
        ),
        # an estimate of a past result is still a result
        (
            "According to estimates, the portal saved firms VND 900 billion in 2024.",
            ["achievement"],
        ),
        ("Clinics in the city now use 4.0 technologies for 70% of their visits.", ["achievement"]),
    ],
)
def test_the_reviews_lookalikes_of_this_rounds_rules(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected
