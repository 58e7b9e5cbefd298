"""Forecasts of a trend, opinions, meeting logistics, notes on where figures come from and
warnings of penalties claim nothing; faults named only to deny them, paper no longer asked
for, what still cannot be done, victims of fraud, a level that stayed unchanged, work that
needs improvement, a dated deed, a magnitude in words up to ninety-nine and a baseline
long past read as what they are. Sentences written here; articles of 10 March 2025."""

from __future__ import annotations

import pytest

from briefing.extract.figures import find_figures
from tests.extract.genre import kinds, kinds_only


@pytest.mark.parametrize(
    "sentence",
    [
        # a trend told to go on: a forecast of the market, no one's goal
        "Ransomware attacks will continue to rise this year, security firms warned.",
        "Mobile payments are expected to keep growing at 25% a year, according to a bank survey.",
        "The region's data-centre market is set to continue expanding rapidly in the coming years.",
        "Online scams are likely to continue surging as fraudsters adopt deepfakes.",
        # a writer's or a speaker's opinion
        "In our view, the city still needs at least 300 more data engineers.",
        "Personally, I think the 90% target for next year can be met.",
        "We believe the portal will serve 2 million users by December.",
        # the logistics of a meeting
        "The conference was held online with the participation of 210 wards and communes.",
        "The workshop took place in Hue and was attended by 150 delegates.",
        # where figures come from
        "The figures were compiled from 45 district reports.",
        "Data is drawn from the ministry's quarterly statistics.",
        # penalties a rule would bring
        "The new decree warns of fines of up to VND 80 million for trading personal data.",
        "The inspectorate threatened strict disciplinary action against offices that lose records.",
        # the consequence of a shortfall already told
        "She said such bottlenecks are delaying the rollout of e-invoices.",
        # a service from a day: context, not a task
        "From August 1, 2025, the ward will accept birth registrations only online.",
        # a baseline long past, opening the sentence
        "In late 2018, only 9% of dossiers were filed online.",
        "As of March 2019, the province had granted just 2,500 digital signatures.",
        # work described in general words
        "Departments have proactively implemented many solutions to promote e-invoices.",
        "The police have constantly enhanced the quality of identification services.",
    ],
)
def test_no_claim(sentence: str) -> None:
    assert [k for k in kinds_only(sentence) if k != "directive"] == []


def test_a_trend_with_a_level_to_reach_is_still_a_goal() -> None:
    assert kinds("The city will continue to expand online services to all 95 wards by 2026.") == [
        ("target", "2026")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # faults named only to say there were none
        (
            "The upgrade of 3 million health records was finished with no errors or delays.",
            ["achievement"],
        ),
        (
            "There were no outages during the switch of 4 million accounts to the new server.",
            ["achievement"],
        ),
        # a fault beside a denied one is still a shortfall
        (
            "The switch went ahead with no outages, but 9,000 accounts still lack verified "
            "phone numbers.",
            ["limitation"],
        ),
        # what still cannot be done
        ("Some 7,000 accounts still cannot log in after the switch.", ["limitation"]),
        ("Many older residents still cannot use the app without help.", ["limitation"]),
        # a burden lifted
        ("The commune no longer asks families for paper birth certificates.", ["achievement"]),
        ("Clinics no longer require patients to show printed insurance cards.", ["achievement"]),
        # fraud told by its victims and its cost
        ("Over 3,400 residents were victims of phishing scams last quarter.", ["limitation"]),
        ("Investment scams cost local people VND 120 billion last year.", ["limitation"]),
        # a level that did not move
        ("The share of cashless payments stayed unchanged at 38% from last year.", ["limitation"]),
        # work said to need improvement
        ("Data sharing between hospitals still needs further improvement.", ["limitation"]),
        # a dated deed
        (
            "The district will put its new one-stop software into operation in September 2025.",
            ["deadline"],
        ),
        ("The ward will abolish paper queue numbers at its desk in June 2025.", ["deadline"]),
        # a recent status is no baseline
        ("As of January 2025, the province had granted 42,000 e-signatures.", ["achievement"]),
    ],
)
def test_read_as_what_they_are(sentence: str, expected: list[str]) -> None:
    assert kinds_only(sentence) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The app now has more than sixty million users.", 60_000_000),
        ("some twenty-five million accounts", 25_000_000),
        ("about ninety nine million transactions", 99_000_000),
        ("nineteen million cards were issued", 19_000_000),
    ],
)
def test_magnitudes_in_words(text: str, value: float) -> None:
    assert [f.value for f in find_figures(text, 0, len(text))] == [value]


def test_what_a_measure_is_reckoned_to_bring_is_no_result() -> None:
    assert (
        kinds("It is estimated that paying allowances online will save VND 90 billion a year.")
        == []
    )
    # a count estimated is still a count told
    assert kinds_only("It is estimated that 2 million residents have used the portal.") == [
        "achievement"
    ]


@pytest.mark.parametrize("rank", ["sixteenth", "forty-first", "sixty-second", "twelfth"])
def test_a_rank_in_words(rank: str) -> None:
    assert kinds_only(f"The province's digital infrastructure index ranked {rank}.") == [
        "achievement"
    ]


def test_a_warning_with_its_reason_tells_the_shortfall() -> None:
    assert kinds_only(
        "The director warned of strict sanctions, as 9 wards are still behind schedule on "
        "their records."
    ) == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the past year, the district has carried out synchronous measures to speed up "
        "its digital government.",
        "The ward has invested in its network so that residents can file papers online.",
    ],
)
def test_measures_of_no_count_and_money_of_no_sum_are_no_result(sentence: str) -> None:
    assert kinds(sentence) == []


def test_money_invested_with_its_sum_is_a_result() -> None:
    assert kinds("The ward has invested VND 4 billion in its network.") == [("achievement", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a speech's premise
        "The chairman stressed that if we want a modern province, there is no other way than "
        "to master digital skills.",
        # a law's provision: a rule people follow, not a result
        "The 2024 Law on Data stipulates that the old paper forms will lapse after 12 months.",
    ],
)
def test_a_speechs_premise_or_a_laws_provision_is_no_finding(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_task_after_a_premise_stands() -> None:
    got = kinds("If we want to reach 90%, the city must connect 40 more communes by June.")
    assert [due for _, due in got] == ["2025-06"]
