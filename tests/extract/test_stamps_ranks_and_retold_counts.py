"""A headline's own time stamp, a byline's time, ranks told in other words, a year's goals
listed, a noun that looks like an order, hardships met at a high level, a study's making,
an update announced, work that goes on, and a count told again without its noun.
Sentences written here, each beside a lookalike that must not change."""

from __future__ import annotations

from datetime import date

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import dated_kinds, kinds, kinds_only, statements


def test_a_headline_s_own_time_stamp_dates_the_article_and_leaves_the_title() -> None:
    text = (
        "Da Nang reviews its smart city plan (08:40 12/06/2024)\n\n"
        "DNO - The city held a meeting on June 11 to review the plan.\n\n"
        "The city has connected 1,200 cameras to its operations centre.\n"
    )
    meta = extract_metadata(text)
    assert meta.title == "Da Nang reviews its smart city plan"
    assert meta.published == "2024-06-12"
    assert meta.published_stated
    # the time may follow the day
    after = "Da Nang reviews its smart city plan (12/06/2024 08:40)\n\nThe city has 90 kiosks.\n"
    assert extract_metadata(after).published == "2024-06-12"
    assert extract_metadata(after).outlet == "unknown outlet"  # no byline read into it


def test_a_document_s_date_in_brackets_is_no_stamp() -> None:
    text = (
        "Da Nang reviews its smart city plan\n\n"
        "The city has 90 kiosks under Decision 06/QD-TTg (06/01/2022)\n"
    )
    assert extract_metadata(text).published != "2022-01-06"


def test_a_byline_with_its_time_before_the_day_dates_the_article() -> None:
    text = (
        "Clinics move to electronic records\n\n"
        "Health Weekly 14:25 03/10/2025\n\n"
        "So far, 412 clinics have adopted electronic records.\n"
    )
    assert extract_metadata(text).published == "2025-10-03"


def test_ranks_told_in_other_words_are_results() -> None:
    assert kinds_only("This places the province 9th out of 63 localities.\n") == ["achievement"]
    assert kinds_only("Lai Chau is one of the top ten provinces for online payments.\n") == [
        "achievement"
    ]
    assert kinds_only(
        "The city scored well and ranked among the national top performers in digital awareness.\n"
    ) == ["achievement"]
    assert kinds_only(
        "The two ministries had the greatest shares of files handled online, at 98% and 96%.\n"
    ) == ["achievement"]
    # a press release's "about us" stays no claim
    assert kinds_only("The group is one of the largest telecom providers in the region.\n") == []


def test_a_score_done_well_needs_its_figures() -> None:
    assert kinds_only(
        "The district performed well in processing time (93.2 per cent) and satisfaction.\n"
    ) == ["achievement"]
    assert kinds_only("The choir performed well at the festival.\n") == []


def test_a_year_s_goals_listed_are_targets() -> None:
    goals = "The other goals set for 2025 include having 310 more villages online.\n"
    assert kinds_only(goals) == ["target"]
    assert kinds_only("Targets for 2026 are 95% of files processed online.\n") == ["target"]


def test_a_state_to_reach_by_a_year_is_a_target() -> None:
    assert kinds("All schools will be able to take fees online by 2026.\n") == [("target", "2026")]
    # a start day is no goal
    assert kinds_only("Residents will be able to use the app from July 1, 2025.\n") == []


def test_requests_before_a_figure_and_public_orders_are_nouns() -> None:
    assert kinds_only(
        "Some offices faced high overdue rates, such as birth record requests (38.1 per cent).\n"
    ) == ["limitation"]
    assert kinds_only(
        "The Department for Management of Public Orders has issued 2.1 million cards.\n"
    ) == ["achievement"]


def test_hardships_met_at_a_high_level_are_shortfalls() -> None:
    assert kinds_only("The land office faced heavy backlogs, with 2,300 files overdue.\n") == [
        "limitation"
    ]
    assert kinds_only("Several wards experienced high rates of late dossiers.\n") == ["limitation"]
    # risks foreseen are background
    assert kinds_only("The country faces growing risks of cyberattacks as it digitises.\n") == []
    # a result set against hardships told first stays a result
    against = "Facing many difficulties, the district has connected 97% of households.\n"
    assert kinds_only(against) == ["achievement"]


def test_still_inconsistent_and_a_result_that_is_low_are_shortfalls() -> None:
    assert kinds_only("Patient record templates are still inconsistent across hospitals.\n") == [
        "limitation"
    ]
    assert kinds_only(
        "Many clerks handle IT work without training, resulting in limited digital skills.\n"
    ) == ["limitation"]


def test_how_a_study_was_made_and_an_update_announced_are_no_claims() -> None:
    assert (
        kinds_only(
            "The study was carried out in March 2025, using a survey involving 2,140 firms.\n"
        )
        == []
    )
    assert kinds_only(
        "The survey was conducted in May and found that 88% of residents were satisfied.\n"
    ) == ["achievement"]
    assert (
        kinds_only(
            "The deputy director provided an update on the plan, particularly its 25 services.\n"
        )
        == []
    )
    assert kinds_only(
        "The director provided an update on the portal, saying 98% of files were handled online.\n"
    ) == ["achievement"]


def test_work_that_goes_on_is_no_result() -> None:
    assert kinds_only("The city continues to expand activities to build its data platform.\n") == []
    done = "The city continued to implement solutions, lifting the online rate to 85%.\n"
    assert kinds_only(done) == ["achievement"]


def test_a_count_told_again_without_its_noun_is_one_claim() -> None:
    body = (
        "Cyberattacks rose sharply in 2024, with more than 712,000 incidents recorded.\n"
        "The total number of cyberattacks for the year exceeded 712,000.\n"
    )
    assert kinds_only(body) == ["limitation"]
    # two counts of the same size that count different things stay two
    two = (
        "The province has issued 120,300 chip-based ID cards.\n"
        "The province has activated 120,300 electronic ID accounts.\n"
    )
    assert len(statements(two)) == 2
    # a round threshold named by two claims is no repeat
    threshold = (
        "The tax office has moved 9,800 household businesses online.\n"
        "Some households split their revenue to stay under the VND500 million threshold.\n"
        "About 320 households reported revenue over the VND500 million threshold in 2024.\n"
    )
    assert len(statements(threshold)) >= 2


def test_project_06_s_age_told_dates_an_undated_report() -> None:
    # Project 06 was approved in January 2022: its age told dates the report
    text = (
        "Ministry reviews its Project 06 work\n\n"
        "After the first six months of implementing Project 06, the ministry has provided "
        "210 public services online.\n"
    )
    assert extract_metadata(text).published == "2022"
    later = text.replace("the first six months", "two years")
    assert extract_metadata(later).published == "2024"
    # "Project 06" alone dates nothing
    plain = "Ministry reviews its Project 06 work\n\nThe ministry has provided 210 services.\n"
    assert extract_metadata(plain).published == ""


def test_the_mended_lookalikes_of_this_round_stay_as_they_were() -> None:
    # a rank among places, not a priority
    assert kinds_only("Data security is one of the top five priorities of the ministry.\n") == []
    # a noun "requests" before the next item of its list is no order
    assert (
        kinds_only(
            "The records let clinics share results, avoiding duplicate test requests, and cutting "
            "waiting times.\n"
        )
        == []
    )
    # a verb "requests" with a comma after it still orders
    assert kinds(
        "The chairman requests, in the coming time, wards to finish the cleaning before "
        "June 30, 2025.\n"
    ) == [("deadline", "2025-06-30")]
    # a survey's making with what it found, an update told after "with"
    assert kinds_only(
        "The survey was conducted in 2024, and 71% of residents said they paid online.\n"
    ) == ["achievement"]
    assert kinds_only(
        "The director provided an update on the plan, with 80 million accounts now activated.\n"
    ) == ["achievement"]
    # work that goes on, and a step's purpose, beside a result with a figure
    assert kinds_only(
        "The ward continues to implement tasks, having activated 11,200 level-2 accounts.\n"
    ) == ["achievement"]
    assert kinds_only(
        "The app, downloaded 2 million times, is part of the city's efforts to go digital.\n"
    ) == ["achievement"]
    # a gap foreseen is no goal
    assert kinds_only(
        "At this pace, only 40% of homes will be able to use fibre by 2025, far below the target.\n"
    ) == ["limitation"]
    # said of now: not a condition, nor a past put right
    assert kinds_only("The reform will be ineffective if people are left out.\n") == []
    assert kinds_only("The commune teams operate ineffectively.\n") == ["limitation"]
    assert kinds_only("Paying online is convenient, resulting in low costs for firms.\n") == []
    assert kinds_only("Data sits in silos, leading to limited interoperability.\n") == [
        "limitation"
    ]
    # an official's task is no anecdote
    assert kinds_only(
        "As chairman, he was given the task of cleaning the data, and 12,000 records were fixed.\n"
    ) == ["achievement"]


def test_a_rank_lost_is_a_shortfall_and_a_place_told_is_a_rank() -> None:
    assert kinds_only("The result puts the city in 2nd place nationwide.\n") == ["achievement"]
    assert dated_kinds(
        "In 2024 the province ranked 45th, 7 places lower than in 2023.", date(2025, 3, 1)
    ) == [("limitation", None)]


def test_stamps_in_other_forms_and_the_headline_s_alone() -> None:
    for stamp in (
        "(21:23, 01/03/2023)",
        "(21h23 01/03/2023)",
        "(01/03/2023 - 21:23)",
        "(21:23 01-03-2023)",
    ):
        meta = extract_metadata(f"Hanoi reviews its plan {stamp}\n\nThe city has 90 kiosks.\n")
        assert (meta.title, meta.published) == ("Hanoi reviews its plan", "2023-03-01")
    related = (
        "Hanoi speeds up its e-ID rollout\n\n"
        "In the first quarter of 2025, the city activated 4 million e-IDs.\n"
        "Related: Province opens a smart city centre (08:00 15/02/2021)\n"
    )
    assert extract_metadata(related).published != "2021-02-15"
    byline = (
        "Clinics go digital\n\nHealth Weekly 09:08 AM 16/09/2025\n\n"
        "So far 339 clinics use e-records.\n"
    )
    assert extract_metadata(byline).published == "2025-09-16"


def test_project_06_s_age_in_other_words() -> None:
    for told, year in (
        ("After more than two years of implementing Project 06", "2024"),
        ("Three years of implementing Project 06 have brought", "2025"),
    ):
        text = f"Ministry reviews its Project 06 work\n\n{told} 90 kiosks to the city.\n"
        assert extract_metadata(text).published == year


def test_round_counts_of_different_things_are_two_claims() -> None:
    body = (
        "The province built 500 smart classrooms in 2023.\n"
        "In 2024, another 500 smart kiosks were installed at commune offices.\n"
    )
    assert len(statements(body)) == 2
