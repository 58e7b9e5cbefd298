"""What is to come is no result, a forecaster's figure is no plan, a second measure with its
own subject is a claim of its own (and no metric of the first), and a few lookalikes of
the rules for shortfalls, events and targets compared with. Sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.statements import statement_of_quote
from tests.extract.genre import found, kinds, kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        # a forecaster outside government, named in the clause or after it
        "Digital payments in Vietnam are set to grow 25% next year, according to a report by "
        "a regional consultancy.",
        "Mobile banking users will grow by 30% this year, according to a new study by an "
        "investment bank.",
        "Nearly 40% of small firms will face ransomware this year, a security company warned.",
        # an undated figure told as what will be: no result, no plan's level
        "The new portal will cut waiting times at the ward office by 40%.",
        "About a quarter of street vendors will be affected by the new e-invoice rules.",
        "Each market stall is to pay VND 15,000 a day through the app.",
        # a place as it was before a reorganisation
        "Before the reorganisation, the province had 18 districts and 2 towns.",
        # a burden lifted is no shortfall
        "Since the kiosks opened, very few residents have to travel to the district centre.",
    ],
)
def test_what_is_to_come_or_was_before_is_no_finding(sentence: str) -> None:
    assert kinds_only(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan's level, a government's own, stays a target
        (
            "The digital economy will reach 25% of GRDP by 2030, according to the province's plan.",
            [("target", "2030")],
        ),
        # a result told with what it will bring is still a result
        ("The city has connected 140 communes, which will help farmers sell online.", None),
        # a burden still borne is a shortfall
        ("Many residents still have to travel to the district centre.", None),
    ],
)
def test_lookalikes_keep_their_kind(
    sentence: str, expected: list[tuple[str, str | None]] | None
) -> None:
    got = kinds(sentence)
    if expected is not None:
        assert got == expected
    elif "connected" in sentence:
        assert [k for k, _ in got] == ["achievement"]
    else:
        assert [k for k, _ in got] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Online tax returns rose by 12% and the share of e-invoices reached 86.5%.",
        "Card payments grew by 14.1% in 2024, while the value of QR transfers rose by 35%.",
        # the second measure's verb left out
        "Cashless payments grew by 21.4% in 2024, and the number of e-wallet users by 9.8%.",
    ],
)
def test_a_second_measure_with_its_own_subject_is_a_second_claim(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement", "achievement"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the complement of the result, told after a semicolon
        "In all, 186 schools (93%) have joined the network; the remaining 14 are yet to join.",
        # ... or after ", but"
        "The district has fitted 45 ward offices with kiosks, but the remaining 12 offices have "
        "not been fitted.",
        # "and the remaining" is the first measure's complement, not a second measure
        "The on-time rate rose to 97.2% and the remaining 2.8% were late.",
    ],
)
def test_a_result_and_what_it_leaves_are_one_claim(sentence: str) -> None:
    assert kinds_only(sentence) == ["achievement"]


def test_what_is_left_with_its_cause_is_a_shortfall_of_its_own() -> None:
    sentence = (
        "The district has fitted 45 ward offices with kiosks; the remaining 12 offices have "
        "not been fitted because of a lack of funds."
    )
    assert kinds_only(sentence) == ["achievement", "limitation"]


def test_a_second_measure_takes_no_metric_of_the_first() -> None:
    # (the bundled corpus names "rate of online records" a metric; "records reused" none)
    got = found(
        "In 2024, the rate of online records reached 52% of all dossiers, while the rate of "
        "records reused reached 31%."
    )
    assert [[(m.name, m.value) for m in f.metrics] for f in got] == [
        [("online_records_rate", 52.0)],
        [],
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("E-invoices rose 22%, compared with a target for the year of 18%.", "achievement"),
        ("E-invoices reached 11%, compared with a target for the year of 18%.", "limitation"),
        # an event told with what it brought, its sum with a decimal point
        (
            "The book fair was held in Vinh and online, earning VND 2.7 billion in sales.",
            "achievement",
        ),
        # numbers given out, counted
        ("Commune police assigned ID numbers to all 2,950 babies born in 2024.", "achievement"),
    ],
)
def test_results_the_lookalike_rules_leave_alone(sentence: str, kind: str) -> None:
    assert kinds_only(sentence) == [kind]


def test_a_result_then_a_plan_after_while_are_two_claims() -> None:
    got = kinds(
        "Parcel deliveries in the first and second quarters rose 11.2%, while the city plans to "
        "finish the drone trial by the third quarter."
    )
    assert got == [("achievement", None), ("deadline", "2025-Q3")]
    first = found(
        "Parcel deliveries in the first and second quarters rose 11.2%, while the city plans to "
        "finish the drone trial by the third quarter."
    )[0]
    assert statement_of_quote(first.quote) == (
        "Parcel deliveries in the first and second quarters rose 11.2%"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a law's provision is a rule stated, no order given
        ("The 2024 Law on Archives stipulates that agencies must keep digital copies.", []),
        # a service changed from a day is context
        ("The ward's library is to open on Sunday afternoons from April 6.", []),
        # an order to look over all procedures brings none to a level
        ("On May 2, the chairwoman tasked the wards with checking all land files.", ["directive"]),
        # ... an order to bring all to a state does
        ("On May 2, the chairwoman tasked the wards with connecting all land offices.", ["target"]),
    ],
)
def test_rules_changes_and_orders_to_look_over(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected
