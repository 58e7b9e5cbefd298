"""Shortfalls said as a sentence's heading, systems kept apart, harm suffered, small parts
in words, and steps due on a date (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Land files of the two merged districts are still held in two separate systems.",
        "Many of the hospital systems cannot exchange data with one another.",
        "Some birth registrations were received twice by the ward office.",
        "About 15% of the listed services did not receive a single application last year.",
        "Price remains the biggest hurdle for small shops.",
        "The cost of a tower in the hills is hard to justify for the carriers.",
        "Around 42% of the shops said they could not afford to hire an accountant.",
        "One in four clinics suffered at least one cyber incident last year.",
        "Of the shops hit, only a third managed to restore their records.",
        "Most commune offices have only two officers who can run the scanners.",
        "Some departments still regard data work as the job of the IT unit.",
        "The portal frequently asks users to type in again the details of their ID card.",
        "Old scanners at the district centre frequently break down.",
        "In June, a ransomware attack on a server of the district hospital interrupted its "
        "booking service for a day.",
    ],
)
def test_a_shortfall_in_other_words_is_a_limitation(sentence: str) -> None:
    assert kinds(sentence) == [("limitation", None)]


def test_a_shortfall_s_heading_lends_its_kind_to_what_its_colon_tells() -> None:
    found_here = found(
        "The gap between towns and villages is wide: villages scored an average of 22 out of "
        "100 on the index, against 64 for towns."
    )
    assert [f.kind.value for f in found_here] == ["limitation"]
    assert found_here[0].quote.startswith("villages scored an average of 22")


def test_a_heading_of_its_colon_is_one_claim_with_what_follows() -> None:
    found_here = found("Staffing is part of the problem: most wards have only one trained officer.")
    assert [(f.kind.value, f.quote[:10]) for f in found_here] == [("limitation", "most wards")]


def test_a_heading_alone_frames_the_sentences_after_it_and_claims_nothing() -> None:
    assert kinds("Equipment is another bottleneck.") == []
    assert kinds("The gap between towns and villages also remains wide.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first portal, when it offered only eight services.",
        "The card was delivered in just two days.",
    ],
)
def test_a_small_count_of_time_or_of_the_past_is_no_shortfall(sentence: str) -> None:
    assert ("limitation", None) not in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The draft circular is due to be submitted in the third quarter.",
            "2025-Q3",
        ),
        (
            "The Department of Health has been told to launch the booking app by September.",
            "2025-09",
        ),
    ],
)
def test_a_step_due_on_a_date_is_a_deadline(sentence: str, due: str) -> None:
    assert kinds(sentence) == [("deadline", due)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a shortfall denied, fixed or turned into a rule
        "Thanks to the link, residents' data no longer has to be entered twice.",
        "The software checks each record so that no resident is counted twice.",
        "The portal rejects any application submitted twice.",
        "Users no longer have to type in again the details printed on their card.",
        "The department did not miss a single deadline last year.",
        "Clinic records, which were still held in separate systems in 2022, were merged in 2024.",
        "Under the decree, officials cannot share residents' data without their consent.",
        "Residents without a level-2 account cannot share their card data with banks.",
        "The data centre suffered no security incidents in 2024.",
        "Inspectors checked 8,000 records and could not find any errors.",
        "Hackers could not get into the core database during the drill.",
        # a small part that is good news, or a span of time
        "A birth certificate online now takes only a third of the time it took in 2022.",
        "In just one quarter, the city issued more than 210,000 chip-based ID cards.",
        "Fraud losses this year were just a tenth of the 2023 figure.",
        "Residents now have only two forms to fill in, down from seven.",
        "With just one chip-based card, residents can carry out 24 procedures.",
        # a priority, not a habit
        "Provincial leaders still regard digital transformation as the top priority of 2025.",
        # a hurdle that is past
        "Paperwork was the biggest hurdle for shops until the city moved registration online.",
    ],
)
def test_a_shortfall_denied_fixed_or_past_is_no_limitation(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Signal was another challenge: since then, carriers have brought 4G to all 312 villages.",
        "Staffing is part of the problem: the province has recruited 300 IT officers this year.",
        "Uptake was slow at first: by December, 8.5 million accounts had been activated.",
        "Data security is another concern: in 2024 the data centre passed a level-4 assessment.",
        "Digital skills are another barrier: the province will open free classes in every commune.",
    ],
)
def test_a_heading_lends_nothing_to_a_result_or_a_plan_after_its_colon(sentence: str) -> None:
    assert "limitation" not in [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Staffing remains part of the problem: most wards have one officer for the whole database.",
        "Another problem is equipment: 40% of commune offices use computers bought before 2015.",
        "There is a wide gap between towns and villages: villages scored 22 on the index.",
        "Cost remains the biggest hurdle: a card reader costs about VND 3 million.",
        "The provincial and ministerial systems cannot yet exchange data with each other.",
        "Land records are kept in separate databases that do not talk to each other.",
        "Some births were registered twice because the two systems were not linked.",
        "Only one in five commune offices has a dedicated IT officer.",
        "A tower may serve only a few dozen households.",
        "The portal stopped responding for about six hours on the last day for tax returns.",
        "Islanders wait an average of 25 days to receive their cards.",
        "The portal still runs on servers that cannot cope with peak loads.",
        "Online payment as a whole lags, at around 21% of the fees.",
        "Data is still exchanged by official letters and spreadsheets.",
        "About 40,000 land records cannot yet be matched with the population database.",
    ],
)
def test_more_shortfalls_in_other_words(sentence: str) -> None:
    assert "limitation" in [kind for kind, _ in kinds(sentence)]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The city's data centre is due to open in the fourth quarter.", "2025-Q4"),
        ("The health record app is due to go live in July.", "2025-07"),
        ("The scheme is due to be rolled out in all 1,200 communes by September.", "2025-09"),
    ],
)
def test_a_thing_due_to_open_on_a_date_is_a_deadline(sentence: str, due: str) -> None:
    assert kinds(sentence) == [("deadline", due)]
