"""Rules of the genre found on feature stories, press releases and city reviews: incidents
are shortfalls, an "about us" paragraph and a passer-by's word are not claims, a result
and its "but only" are two, a funnel after its source is one. Sentences written here."""

from __future__ import annotations

import pytest

from tests.extract.genre import found, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators found 4.2 million driver licence records offered for sale on a forum.",
        "A misconfigured test server exposed the personal data of 6,300 students in May.",
        "In June a ransomware attack crippled the billing system of a water utility for four days.",
        "Two weeks later a logistics firm's booking platform was hit in the same way.",
        "A ward clerk was disciplined for passing residents' phone numbers to a lender.",
    ],
)
def test_an_incident_is_a_limitation(sentence: str) -> None:
    assert kinds(sentence) == [("limitation", None)]


def test_what_the_checks_caught_and_stopped_is_a_result() -> None:
    text = "The checks identified and blocked more than 12,000 cards issued with forged papers.\n"
    assert kinds(text) == [("achievement", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum was chaired by the Deputy Minister and attended by officials of 20 provinces.",
        "Set up in 1994, the lender is one of the largest banks in the country, with 900 branches.",
        "Parents from schools such as Nam Tu Liem said paying by app spares them a trip.",
        '"The portal is the weak link," said an engineer who asked not to be named.',
        "Whether that will be enough to stop the fraud is another question.",
        "Meanwhile, from August 1, lenders must check a borrower's face against the card chip.",
    ],
)
def test_not_a_claim(sentence: str) -> None:
    assert kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"Patients no longer queue for paper forms," said Dr. Hoang, who runs a clinic in Hue.',
        "“Queues at the ward office have all but gone,” a clerk in Hoan Kiem told reporters.",
        '"Small shops still do not trust the QR codes," a trader at Dong Ba market added.',
    ],
)
def test_a_persons_quoted_words_without_a_figure_are_not_a_claim(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_quoted_figure_is_still_a_claim() -> None:
    text = '"We have connected all 63 provinces to the portal," the deputy minister said.\n'
    assert [k for k, _ in kinds(text)] == ["achievement"]


def test_a_survey_of_residents_with_a_figure_is_still_a_result() -> None:
    text = "A city survey found that 64% of residents said they had used the app.\n"
    assert [k for k, _ in kinds(text)] == ["achievement"]


def test_another_country_with_a_word_on_it_is_context() -> None:
    assert kinds("Denmark, long held up as a model, has kept digital records since 2003.") == []
    assert kinds("For comparison, Japan's card reaches about 80% of its people.") == []


@pytest.mark.parametrize("verb", ["accept", "take"])  # a result verb or none
def test_a_result_then_but_only_is_two_claims(verb: str) -> None:
    text = (
        f"All 28 district clinics {verb} payment by QR code, but only 31% of their fees "
        "were paid without cash in the first half.\n"
    )
    assert [f.kind.value for f in found(text)] == ["achievement", "limitation"]


def test_a_funnel_after_its_source_is_one_claim() -> None:
    text = (
        "According to the provincial health department, of the 214 clinics in the province, "
        "190 have signed up and 152 have issued electronic records.\n"
    )
    assert len(found(text)) == 1


def test_a_shortfalls_consequence_with_must_is_no_order() -> None:
    text = "Many wards also have not linked their systems, so staff must retype each file.\n"
    assert kinds(text) == [("limitation", None)]


def test_a_task_set_with_is_to_is_a_deadline_and_a_plan_is_to_is_not_an_order() -> None:
    assert kinds("The ministry is to send the draft decree to the government by 2026.") == [
        ("deadline", "2026")
    ]
    assert kinds("The plan is to link all 63 land offices to the portal by 2026.")[0][0] == "target"


@pytest.mark.parametrize(
    "sentence",
    [
        "The tax portal logged 8,400 cyberattacks last year, most of them from abroad.",
        "In 2024, 37% of hospitals experienced at least one ransomware attack.",
        "The number of attacks on provincial portals exceeded 210,000 in the first half.",
        "Over the year, 58% of the incidents reported involved the banking sector.",
    ],
)
def test_attacks_counted_as_they_happened_are_a_limitation(sentence: str) -> None:
    assert [k for k, _ in kinds(sentence)] == ["limitation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank's systems blocked 2,300 phishing sites in 2024.",
        "The number of attacks on state portals fell 30% in 2024 to 14,000.",
        "Police detected and handled 1,150 attacks on local government servers last year.",
    ],
)
def test_attacks_fought_off_or_fewer_are_not_a_shortfall(sentence: str) -> None:
    assert "limitation" not in [k for k, _ in kinds(sentence)]
