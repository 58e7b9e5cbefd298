"""Rules of the genre found on provincial conference reports, a Prime Minister's dispatch,
an index's results, a market outlook, a citizen survey and a ministry criticised: task
lists in the present tense, a quantified order, "is to fix", "will issue ... before";
shortfalls a survey finds (the share that "still had to visit", a figure that "falls
to", a fear, a payment that "did not appear"), scores that fell, data sent late, a
missed deadline, an error that suspended a service; and what is not a claim: the
chair of a meeting, a document signed, a duty "every week", "respectively".
Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "- The Department of Construction completes the survey of the remaining 40 wards"
            " before September 30.",
            "2025-09-30",
        ),
        (
            "- District-level People's Committees equip and train the commune digital teams in"
            " the second quarter.",
            "2025-Q2",
        ),
        (
            "- The Department of Science and Technology works with the carriers to cover the"
            " upland hamlets before November 15.",
            "2025-11-15",
        ),
        (
            "In particular, the Ministry of Finance is to fix the errors in the tax link before"
            " April 20.",
            "2025-04-20",
        ),
        (
            "The ministry will issue new guidance on the data fees before June 30, adding rules"
            " for the commune centres.",
            "2025-06-30",
        ),
    ],
)
def test_a_dated_task_in_a_report_is_a_deadline(sentence: str, due: str) -> None:
    assert kinds(sentence) == [("deadline", due)]


def test_a_quantified_order_is_a_target() -> None:
    sentence = (
        "- Ensure that 100% of ward offices use the population data for residence procedures."
    )
    assert [k for k, _ in kinds(sentence)] == ["target"]


def test_a_duty_every_week_is_no_level_to_reach() -> None:
    sentence = "The agency must report its progress to the committee every week."
    assert [k for k, _ in kinds(sentence)] in ([], ["directive"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the respondents who applied online, 37% said they still had to go to the office"
        " with paper copies.",
        "Among respondents over 65, the figure falls to 4.1%.",
        "The reason most often given for not using the portal, cited by 52% of non-users,"
        " was not knowing where to start.",
        "Another 31% said they feared losing money in an online payment.",
        "One in six said the fee was taken from their account but the payment did not appear"
        " in the system.",
        "Scores for the digital society pillar fell in 9 provinces, mainly because the share of"
        " residents using e-health records did not rise.",
        "Eleven provinces sent their indicator data late or incompletely.",
        "The ministry has missed three deadlines for finishing the link.",
        "In May, a software error suspended birth registration for two days in three districts.",
        "The 12% growth, however, is down from 19% a year earlier.",
        "Some 27% of buyers said they had received a fraudulent delivery message in May.",
        "Cash still accounts for 58% of market purchases in the province.",
        "Delivery to upland districts costs 2 times as much, which limits the reach of online"
        " shops.",
        "Delegates from two districts said residents often complain that renewals on the app"
        " fail at the last step.",
    ],
)
def test_a_shortfall_a_report_or_survey_finds_is_a_limitation(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_tasks_assigned_and_completed_are_a_result() -> None:
    sentence = (
        "Of the 31 tasks assigned to the city under the project this year, 24 have been"
        " completed and the rest are on schedule."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


def test_a_result_after_a_reform_came_into_force_is_a_result() -> None:
    sentence = (
        "According to the report, after the merger of communes came into force on July 1, the"
        " 1,200 new wards handled more than 900,000 records in August alone."
    )
    assert [k for k, _ in kinds(sentence)] == ["achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Chairwoman of the provincial People's Committee Tran Thi Mai chaired the"
        " conference, which was connected online to 9 districts.",
        "The Prime Minister has signed Official Dispatch No. 205/CD-TTg asking ministries to"
        " remove the obstacles to online services.",
    ],
)
def test_a_meetings_chair_and_a_document_signed_are_not_findings(sentence: str) -> None:
    assert kinds(sentence) == []


def test_respectively_keeps_a_list_of_scores_one_claim() -> None:
    body = (
        "Hanoi and Hai Phong came second and third, with scores of 0.7112 and 0.6981 respectively."
    )
    assert len(found(body)) == 1


def test_a_document_signed_after_a_dateline_is_not_a_finding() -> None:
    sentence = (
        "HANOI (Chinhphu.vn) - The Prime Minister has signed Official Dispatch No. 77/CD-TTg"
        " asking provinces to speed up online payments."
    )
    assert kinds(sentence) == []


def test_a_dated_plan_beside_work_in_progress_is_a_deadline() -> None:
    sentence = (
        "The ministry is drafting a circular on e-invoices, and plans to submit it to the"
        " Government in the third quarter of 2025."
    )
    assert kinds(sentence) == [("deadline", "2025-Q3")]


def test_work_in_progress_alone_is_not_a_finding() -> None:
    assert kinds("The ministry is drafting a circular on e-invoices for 40,000 firms.") == []


def test_orders_as_a_noun_is_no_order() -> None:
    sentence = (
        "Cash on delivery still accounts for 55% of online orders, because buyers want to check."
    )
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_records_kept_on_paper_are_a_shortfall() -> None:
    sentence = "He said the northern districts still had old land records on paper."
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


def test_cash_on_delivery_still_used_is_a_shortfall() -> None:
    sentence = "Cash-on-delivery still accounts for 70% of orders in the province."
    assert [k for k, _ in kinds(sentence)] == ["limitation"]
