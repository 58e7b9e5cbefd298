"""Threats counted, a caption's credit at a line's end, a thing said not to work, results
praised in general, a feature's own people, a stub where an excerpt stops, fewer incidents
than before, a rank's change, and a roadmap's phases. Sentences written here, each beside a
lookalike that must not change."""

from __future__ import annotations

from datetime import date

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import dated_kinds, kinds_only


def test_threats_counted_are_shortfalls() -> None:
    assert kinds_only("Over the year there were 1,830 phishing domains aimed at bank users.\n") == [
        "limitation"
    ]
    assert kinds_only(
        "Monitors logged 210,000 distributed denial-of-service (DDoS) attacks.\n"
    ) == ["limitation"]
    assert kinds_only("The firm recorded 31 cases of data exposure in the first quarter.\n") == [
        "limitation"
    ]
    assert kinds_only("About 9,400 new vulnerabilities were found in state systems.\n") == [
        "limitation"
    ]
    # a threat caught is a result
    assert kinds_only("The police took down 1,200 phishing websites last year.\n") == [
        "achievement"
    ]
    assert kinds_only("The team patched 300 vulnerabilities in 2024.\n") == []


def test_a_caption_credited_at_its_end_is_no_headline() -> None:
    text = (
        "A server hall at the new industrial park in Binh Duong. Photo: VNA\n"
        "Three firms are building data centres in the province.\n\n"
        "Source: https://example.vn/news/data-centres-rise-in-binh-duong.html\n"
    )
    assert extract_metadata(text).title == "Data centres rise in Binh Duong"
    headline = "Binh Duong opens a photo archive for its museum\n\nIt holds 1,200 photos.\n"
    assert extract_metadata(headline).title == "Binh Duong opens a photo archive for its museum"


def test_a_thing_said_not_to_work_is_a_shortfall() -> None:
    assert kinds_only("Reuse of the collected data is ineffective.\n") == ["limitation"]
    assert kinds_only("The new filing process is efficient and effective.\n") == []


def test_results_praised_in_general_are_no_claim() -> None:
    assert kinds_only("The ward has achieved some positive results in serving residents.\n") == []
    assert kinds_only(
        "The ward has achieved some positive results, with 92% of files online.\n"
    ) == ["achievement"]


def test_a_feature_s_own_people_are_no_claim() -> None:
    assert (
        kinds_only("Ms. Hoa, a resident of Na Lang village, did not own a smartphone until May.\n")
        == []
    )
    assert kinds_only("With the commune's help, she was given a SIM card and a phone.\n") == []
    assert kinds_only(
        "Mr. Tuan, director of the department, said 98% of files were handled online.\n"
    ) == ["achievement"]


def test_a_stub_where_the_excerpt_stops_is_no_claim() -> None:
    body = (
        "The commune has connected 95% of households to fibre. More than 60% o\n\n"
        "Source: https://example.vn/a.html\n"
    )
    assert kinds_only(body) == ["achievement"]
    # a longer cut sentence is still read
    longer = (
        "The commune has connected 95% of households to fibre. More than 60% of "
        "residents have activated their e-ID acco\n"
    )
    assert kinds_only(longer) == ["achievement", "achievement"]


def test_fewer_incidents_than_before_is_a_result() -> None:
    assert kinds_only(
        "So far this year the country saw 3,912 cyberattack incidents, a decrease of 41% "
        "on the same period last year.\n"
    ) == ["achievement"]
    assert kinds_only("The agency recorded 2,240 cyberattacks in 2024, down 30% on 2023.\n") == [
        "achievement"
    ]
    assert kinds_only("The agency recorded 13,900 incidents in 2024, up 9%.\n") == ["limitation"]


def test_an_illustration_s_credit_makes_a_caption() -> None:
    text = (
        "Land records go online in June 2025. Illustration photo: VNA |\n"
        "The ministry asked its departments to connect the land database in June 2025.\n\n"
        "Source: https://example.vn/news/land-database-connection-in-june.html\n"
    )
    assert extract_metadata(text).title == "Land database connection in June"


def test_results_praised_in_the_passive_are_no_claim() -> None:
    assert kinds_only("Significant positive outcomes have been achieved in reform work.\n") == []
    assert kinds_only("Positive results have been achieved, with 95% of files online.\n") == [
        "achievement"
    ]


def test_a_rank_s_change_told_after_it_stays_with_it() -> None:
    got = dated_kinds(
        "In 2023, the province ranked 9th out of 63 localities, 21 places higher than in 2022.",
        date(2024, 4, 2),
    )
    assert got == [("achievement", None)]


def test_bodies_counted_at_work_not_done_and_a_step_s_purpose_are_no_claims() -> None:
    assert kinds_only("41 banks and 12 wallets are deploying the e-ID login.\n") == []
    assert kinds_only("41 banks have deployed the e-ID login.\n") == ["achievement"]
    assert (
        kinds_only(
            "The link-up is part of the agency's efforts to implement the national data plan.\n"
        )
        == []
    )


def test_threats_dealt_with_in_either_voice_are_results() -> None:
    for sentence in (
        "Since January, 2,364 phishing domains have been blocked by the authority.",
        "More than 1,250 counterfeit websites were taken down in the first quarter.",
        "The system has repelled 1.2 million DDoS attacks since its launch.",
        "Over 2,100 vulnerabilities were discovered and patched on state systems.",
    ):
        assert kinds_only(sentence + "\n") == ["achievement"], sentence
    # an incident still reads as one when nothing was done to it, or only a warning given
    assert kinds_only("The bank warned of 15 fake websites impersonating lenders.\n") == [
        "limitation"
    ]
    assert kinds_only("In the first half there were 2,364 phishing domains aimed at users.\n") == [
        "limitation"
    ]


def test_a_short_last_sentence_with_no_excerpt_end_is_read() -> None:
    body = (
        "The province has issued 1.5 million digital signatures to residents. Online use hit 98%\n"
    )
    assert kinds_only(body) == ["achievement", "achievement"]


def test_bodies_deploying_with_a_share_told_are_a_result() -> None:
    assert kinds_only(
        "At present, 1,250 schools are deploying cashless fees, accounting for 92%.\n"
    ) == ["achievement"]


def test_a_roadmap_s_phases_are_tasks_due_at_their_span_s_end() -> None:
    body = (
        "Phase 1 (Now - 2026): The building of the provincial data centre and its links.\n"
        "Phase 2 (2027-2028): Expansion of the centre's storage for the districts.\n"
    )
    assert dated_kinds(body, date(2025, 4, 1)) == [("deadline", "2026"), ("deadline", "2028")]
    # a phase's result told under its heading stays a result
    done = "Phase 1 (2021-2023): The province completed 100% of the planned tasks."
    assert dated_kinds(done, date(2024, 4, 1)) == [("achievement", None)]
    # a span in brackets with no phase is no heading
    assert dated_kinds("The plan (2026-2030): a summary of its aims.", date(2025, 4, 1)) == []
