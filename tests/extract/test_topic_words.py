"""Where an extracted finding is filed: the topics its clause names, else its sentence's,
else the topic its article's other findings are filed under most, else its headline's;
the fallback only for an article that names none. Sentences written here."""

from __future__ import annotations

from datetime import date

from tests.extract.genre import EXTRACTOR

CASHLESS = """Ward schools go cashless

Cashless payment has spread fast in the ward this year, with e-wallets and QR codes at
every school gate. Parents say the payments take seconds.

By the end of May, the share of school fees collected this way had risen to 71%.
"""


def topics_of(text: str, words: str) -> tuple[str, ...]:
    found = EXTRACTOR.extract(text, date(2025, 6, 10))
    return next(f.topics for f in found if words in f.quote)


def test_a_clause_files_itself_by_its_own_words() -> None:
    text = "Province reviews its plan\nThe province has issued 41,000 chip-based ID cards.\n"
    assert topics_of(text, "41,000") == ("chip-id-cards",)


def test_a_clause_that_names_no_topic_takes_its_articles() -> None:
    """ "The share of school fees ... had risen to 71%" names no topic; its article is about
    cashless payments, not the fallback's "Leadership, direction & operation"."""
    assert topics_of(CASHLESS, "71%") == ("e-commerce",)


def test_the_article_is_known_by_its_other_findings_first() -> None:
    text = CASHLESS.replace("Ward schools go cashless", "Ward reviews its year") + (
        "\nThe ward's fibre broadband reaches 96% of homes and 4G covers 99% of the ward.\n"
        "The ward's 5G covers 40% of homes, and fibre reaches every school.\n"
    )
    # its findings are filed under digital infrastructure more than under payments
    assert topics_of(text, "71%") == ("digital-infrastructure",)


def test_an_article_that_names_no_topic_takes_the_fallback() -> None:
    text = "A good year\nBy the end of May, the share of fees paid this way had risen to 71%.\n"
    assert topics_of(text, "71%") == ("governance",)
