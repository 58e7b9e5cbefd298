"""Sentences and clauses of report prose: full stops that end nothing, list items, quotes."""

from __future__ import annotations

from briefing.extract.sentences import split_clauses, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_decimals_and_thousands_do_not_end_sentences() -> None:
    text = (
        "The province's digital economy reached 18.3% of GRDP. Revenue was 1,928,311 billion "
        "VND, and 4,427/6,283 services are online. Next year it aims higher."
    )
    assert sentences(text) == [
        "The province's digital economy reached 18.3% of GRDP.",
        "Revenue was 1,928,311 billion VND, and 4,427/6,283 services are online.",
        "Next year it aims higher.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Under Decree No. 163 the board met U.S. investors. Mr. Lam of Co. Ltd. attended. "
        "It closed at 5 p.m. on Friday."
    )
    got = sentences(text)
    assert got[0] == "Under Decree No. 163 the board met U.S. investors."
    assert got[1] == "Mr. Lam of Co. Ltd. attended."
    assert len(got) == 3


def test_list_items_start_sentences() -> None:
    text = "The plan has three parts: a) build the data centre; b) train 500 officials; c) review."
    got = sentences(text)
    assert got[1].startswith("a) build")
    assert got[2].startswith("b) train")
    assert got[3].startswith("c) review")


def test_quotation_marks_stay_with_their_sentence() -> None:
    text = 'He called it "a turning point." The province then moved on.'
    assert sentences(text) == ['He called it "a turning point."', "The province then moved on."]


def test_spans_point_into_the_text() -> None:
    text = "  Lao Cai issued 12,000 signatures.  Dak Nong lags behind.  "
    for a, b in split_sentences(text):
        assert text[a:b].strip() == text[a:b]


def test_clauses_cut_at_semicolons_and_list_colons() -> None:
    text = "Results include: 90% of records online; 12 communes connected; fees cut."
    a, b = 0, len(text)
    got = [text[x:y] for x, y in split_clauses(text, a, b)]
    assert got == ["Results include", "90% of records online", "12 communes connected", "fees cut."]


def test_a_colon_before_a_quote_or_between_digits_is_kept() -> None:
    text = 'The slogan is: "data first" at 10:30 today.'
    assert [text[x:y] for x, y in split_clauses(text, 0, len(text))] == [text]


def test_a_pages_date_stamp_before_the_first_sentence_is_not_part_of_it() -> None:
    text = "Date 2025-04-02 HUẾ — The city opened a data centre. It serves 40 agencies."
    spans = split_sentences(text)
    assert text[spans[0][0] : spans[0][1]].startswith("HUẾ — The city")
    text = "2025-06-30 is the deadline for the land records."
    assert text[slice(*split_sentences(text)[0])] == text


def test_paragraphs_glued_with_no_space_are_two_sentences() -> None:
    text = (
        "The city issued over 2.4 million chip-based cards.According to the police, "
        "most were collected in March.The rest follow in May."
    )
    assert sentences(text) == [
        "The city issued over 2.4 million chip-based cards.",
        "According to the police, most were collected in March.",
        "The rest follow in May.",
    ]


def test_a_glued_abbreviation_or_domain_is_no_sentence_end() -> None:
    for text in (
        "The portal of Baochinhphu.vn ran the notice on Monday.",
        "Mr.Long of the U.S.Army office attended the signing.",
    ):
        assert sentences(text) == [text]


def test_a_semicolon_inside_a_bracket_cuts_no_clause() -> None:
    text = (
        "12.1 million records were processed online (about 3 million at the provincial "
        "level; about 9.1 million at the commune level); the rest were on paper."
    )
    got = [text[a:b] for a, b in split_clauses(text, 0, len(text))]
    assert got == [
        "12.1 million records were processed online (about 3 million at the provincial "
        "level; about 9.1 million at the commune level)",
        "the rest were on paper.",
    ]
