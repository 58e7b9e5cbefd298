"""Threats counted, a caption's credit at a line's end, a thing said not to work, results
praised in general, a feature's own people, and a stub where an excerpt stops. Sentences
written here, each beside a lookalike that must not change."""

from __future__ import annotations

from briefing.extract.metadata import extract_metadata
from tests.extract.genre import kinds_only


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
