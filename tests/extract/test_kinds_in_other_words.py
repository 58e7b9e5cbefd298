"""The kinds of claims as other outlets word them, each shown on sentences written for
these tests: shortfalls without the usual cue words, orders and goals said another way,
and sentences that carry figures but no claim."""

from __future__ import annotations

import pytest

from briefing.extract.pipeline import statement_of
from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Many older farmers in upland communes are still unfamiliar with paying by phone.",
        "Attacks on the websites of public hospitals increased by a third last year.",
        "Scams using fake police calls rose sharply in the first quarter.",
        "Four districts have failed to meet the deadline for linking their land records.",
        "Most applicants still prefer to hand in paper forms at the ward office.",
        "The accuracy of the health records is not yet guaranteed.",
        "Phishing caused losses of about 2 trillion VND to local firms.",
        "Online filings make up a small share of the business registrations.",
        "The tax app is hard to navigate for small traders.",
        "There are still many overlaps between the land and tax registers.",
        "Uptake of the digital health book has been slower than expected.",
    ],
)
def test_shortfalls_without_the_usual_cue_words_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_a_restated_shortfall_is_not_a_second_finding() -> None:
    text = (
        "The share of households with fibre internet remains low in the highlands.\n"
        "This is a very serious weakness for remote learning.\n"
    )
    assert [k for k, _ in kinds(text)] == ["limitation"]


def test_a_speed_said_with_only_is_not_a_shortfall() -> None:
    assert kinds("Renewing a driving licence online now takes only 20 minutes.") != [
        ("limitation", None)
    ]
    assert kinds("Only 12% of the licences were renewed online.") == [("limitation", None)]


@pytest.mark.parametrize(
    ("sentence", "kind", "due"),
    [
        # an order to an agency, with the date it must be done by
        (
            "The council requires departments to finish the archive scan in the first half of 2026",
            "deadline",
            "2026-06",
        ),
        (
            "Districts must link their clinics to the provincial data hub by the end of 2026.",
            "deadline",
            "2026",
        ),
        (
            "The bridge registry upgrade will be finished in the third quarter.",
            "deadline",
            "2025-Q3",
        ),
        # an order that names the level to reach is a dated target
        (
            "The governor ordered departments to put 60% of permits online before the end of 2025.",
            "target",
            "2025",
        ),
        (
            "She requested that the city put 90% of eligible permits online in 2026.",
            "target",
            "2026",
        ),
        # a goal said with "the goal for", or a level said as a fraction
        (
            "The goal for this year is to have 5 million digital health books in use.",
            "target",
            "2025",
        ),
        ("The province aims to cut the time to register a firm by half.", "target", None),
    ],
)
def test_orders_and_goals_said_another_way(sentence: str, kind: str, due: str | None) -> None:
    assert kinds(sentence) == [(kind, due)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tran Thi C, a resident of Hai Chau Ward, said the new kiosk took her 10 minutes.",
        "Le Van D, a 70-year-old retiree in Hue, said the app had 3 menus too many for him.",
        "Drivers are required to carry the digital licence or the card at all times.",
        "The ranking is based on 40 indicators grouped in 6 areas.",
        "The new start-up fund has a charter capital of 500 billion VND.",
    ],
)
def test_a_passers_by_word_a_rule_on_citizens_and_a_makeup_are_not_findings(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_status_said_with_now_and_its_figure_is_an_achievement() -> None:
    assert kinds("About 8,000 shops in the old quarter now take QR payments.") == [
        ("achievement", None)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The border commune lies in a valley and is located about 80 km from the city.",
        "Residents aged 75 and over can ask the ward police to update their records at home.",
        "Call the hotline 1800 1234 for help with the account.",
        "The chatbot was built by a team of 12 engineers in six months.",
        "The report covers 120 cities in 40 countries.",
        "The survey asked 3,200 traders about their use of the tax portal.",
        "The delta province is home to 1.7 million people.",
    ],
)
def test_a_place_an_age_a_phone_line_a_team_and_a_reports_reach_are_not_findings(
    sentence: str,
) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Registering a birth now takes only 1 day instead of 5.",
        "Registering a birth now needs 3 documents instead of 7.",
        "Processing a land transfer takes 4 days, down from 30 days.",
    ],
)
def test_a_change_told_against_the_old_level_is_an_achievement(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_two_tasks_each_with_its_date_are_two_deadlines() -> None:
    got = found(
        "The department asked districts to send their lists before April 20 and finish"
        " the training of ward officials by the end of the second quarter."
    )
    assert [(f.kind.value, f.due) for f in got] == [
        ("deadline", "2025-04-20"),
        ("deadline", "2025-Q2"),
    ]


def test_two_goals_each_with_its_year_are_two_targets_sharing_their_subject() -> None:
    got = found(
        "The city aims to have 70% of clinics on the shared record system by 2026"
        " and to bring cashless payments to 90% of retail by 2030."
    )
    assert [(f.kind.value, f.due) for f in got] == [("target", "2026"), ("target", "2030")]
    assert statement_of(got[1]).startswith("The city aims to bring cashless payments")


def test_a_meetings_review_of_one_year_and_plans_for_the_next_are_not_two_tasks() -> None:
    text = "The governor chaired a meeting to review the work in 2024 and set out tasks for 2025."
    assert len(found(text)) <= 1


def test_targets_met_are_an_achievement() -> None:
    assert [
        k for k, _ in kinds("Last year, 37 districts met their targets for online filing.")
    ] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 120 hamlets in the border district have no fixed internet line.",
        "Many fishermen do not own a bank account.",
        "Still, the coverage of the ward network is patchy.",
    ],
)
def test_having_none_and_a_patchy_network_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_a_result_introduced_before_a_colon_is_one_finding_with_its_figure() -> None:
    got = found("The new portal has also saved time: applicants made 40,000 fewer trips in 2024.")
    assert len(got) == 1 and "40,000" in got[0].quote


def test_a_claim_before_a_colon_listing_what_it_covers_is_kept() -> None:
    got = found("In 2024 the city topped all three pillars: government, economy, society.")
    assert [f.kind.value for f in got] == ["achievement"]


def test_a_goal_and_an_order_given_with_it_are_two_findings_with_their_subject() -> None:
    got = found(
        "The ministry has set a goal of 95% of clinics sharing records by the end of 2026,"
        " and has ordered the provinces to train their staff by June 30."
    )
    assert [(f.kind.value, f.due) for f in got] == [("target", "2026"), ("deadline", "2025-06-30")]
    assert (
        statement_of(got[1])
        == "The ministry has ordered the provinces to train their staff by June 30"
    )


def test_a_speakers_name_after_a_quote_is_dropped_from_the_statement() -> None:
    got = found('"Only 40% of older traders own a smartphone," said Le Thi F, a market manager.')
    assert statement_of(got[0]) == "Only 40% of older traders own a smartphone"


def test_a_breakdown_told_with_of_which_is_one_finding() -> None:
    got = found(
        "The ward received 12,400 applications for health insurance cards in 2024,"
        " of which 11,900 were approved."
    )
    assert len(got) == 1 and "11,900" in got[0].quote


@pytest.mark.parametrize(
    "sentence",
    [
        "Long queues formed at the tax office when the portal went down for a morning.",
        "Many traders complained that the e-invoice app keeps freezing.",
        "Concerns over the safety of health records remain among older patients.",
        "Many parents are worried that the school app shares their children's photos.",
        "The forms keyed in by the ward staff often contain mistakes.",
        "The city dropped 6 places in the public administration index.",
        "The number of online tax filings fell by 12% in the first quarter.",
        "Some clinics still ask patients to bring paper copies of their insurance cards.",
        "The division of tasks between the two departments is unclear.",
    ],
)
def test_complaints_worries_outages_mistakes_and_falls_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_a_burden_lifted_is_an_achievement_and_an_order_with_are_to_a_target() -> None:
    assert [
        k for k, _ in kinds("Drivers no longer need to carry a paper licence for 5 checks.")
    ] == ["achievement"]
    assert [k for k, _ in kinds("All district clinics are to use the shared booking system.")] == [
        "target"
    ]


def test_a_villagers_word_is_not_a_finding() -> None:
    text = (
        "Mr Lo Van G from Na Sang village, Muong Cha commune shared: “I was worried about"
        " missing the deadline, but the police came to my house.”"
    )
    assert kinds(text) == []


def test_a_deadline_label_after_a_semicolon_dates_the_task_before_it() -> None:
    got = kinds("The ward police shall update the residence data; deadline: before 15/5/2025.")
    assert got == [("deadline", "2025-05-15")]


@pytest.mark.parametrize(
    "sentence",
    [
        "From January 1, the fee for renewing a driving licence online will be cut by 50%.",
        "The new procedure will apply from July 1, with processing cut to three days.",
        "Starting next month, shop owners will no longer need to file paper invoices.",
    ],
)
def test_a_change_yet_to_take_effect_is_not_a_result(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_result_told_before_the_future_words_is_still_a_result() -> None:
    sentence = "The portal has served 40,000 residents, and from next year it will open to firms."
    assert [k for k, _ in kinds(sentence)][:1] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The land registry app was down for nearly two days after the update.",
        "Payments on the tax portal were interrupted several times in the last week of May.",
        "About 2 million SIM cards carry owner details that do not match the register.",
        "Many ward officials are still confused about the steps of the new software.",
    ],
)
def test_a_service_that_stops_or_data_that_do_not_match_are_limitations(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_fewer_frauds_is_a_result_not_a_shortfall() -> None:
    sentence = "Since then, the number of phishing cases reported to the police fell 40%."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Even so, the work in the district still has some limitations.",
        "The implementation of the plan in rural areas still faces many difficulties:",
        "Despite the gains of the year, shortcomings remain.",
        "Yet several challenges still persist in the digital transformation.",
        "The task still has a number of weaknesses and problems that need to be overcome.",
    ],
)
def test_a_shortfall_announced_but_not_told_is_not_a_finding(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Difficulties remain in matching farm land records with the resident database.",
        "Weaknesses persist in the cybersecurity of commune offices.",
        "Problems remain with the tax portal, which went down twice in the spring.",
    ],
)
def test_a_shortfall_that_says_where_it_is_stays_a_limitation(sentence: str) -> None:
    assert kinds(sentence) == [("limitation", None)]


def test_the_shortfall_told_after_its_announcement_is_the_one_finding() -> None:
    text = (
        "Even so, some shortcomings remain.\n"
        "Only 14 of 40 clinics accept the chip-based card at their front desks.\n"
    )
    assert [(f.kind.value, f.quote[:8]) for f in found(text)] == [("limitation", "Only 14 ")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The provinces had made great efforts and obtained many positive results.",
        "The city's e-services have come a long way since the portal first opened.",
    ],
)
def test_results_in_general_words_are_not_findings(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Globally, some 400 million people still have no bank account.",
        "Regionally, Malaysia has issued digital IDs to 5 million residents.",
    ],
)
def test_the_world_or_a_neighbour_is_not_the_country(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_rule_to_come_is_not_a_shortfall_either() -> None:
    sentence = "From 1 March, cards whose details are still incorrect will be locked for 30 days."
    assert kinds(sentence) == []


def test_a_task_with_a_date_whose_object_is_a_shortfall_is_a_deadline() -> None:
    sentence = "The land office must correct the remaining 8,000 erroneous records by June 30."
    assert kinds(sentence) == [("deadline", "2025-06-30")]


def test_a_promise_told_in_reported_speech_with_a_date_is_a_deadline() -> None:
    sentence = "The agency said it would publish a fix for the login errors within this month."
    assert kinds(sentence) == [("deadline", "2025-03")]


def test_the_first_of_its_kind_named_at_length_is_a_result() -> None:
    sentence = "Binh Duong was the first province in the whole region to issue titles on the app."
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_an_agency_told_to_act_by_a_date_is_a_deadline() -> None:
    sentence = "The ministry has told insurers to link their records with the database by May."
    assert kinds(sentence) == [("deadline", "2025-05")]


def test_a_rule_to_come_whose_subject_has_not_done_something_is_still_a_rule() -> None:
    sentence = (
        "From 1 July, shops that have not registered their e-invoices will be unable to "
        "claim refunds."
    )
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pupils under 14 can be issued health cards at the request of their school.",
        "Since March 1, 2025, residents have been able to renew licences at any post office.",
        "Foreigners are now allowed to open an account with a passport and a phone number.",
    ],
)
def test_what_a_rule_lets_people_do_is_not_a_result(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_projection_is_never_a_result() -> None:
    sentence = "The shared land database is projected to save about 900 billion VND a year."
    assert kinds(sentence) == [("target", None)]
