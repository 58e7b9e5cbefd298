"""``Narrowing``: the same answers as ``Query.apply``, from the previous answer when it can."""

from __future__ import annotations

import pytest

from briefing.analysis.narrowing import Narrowing, extends
from briefing.analysis.query import Query, SearchIndex
from briefing.core.model import Kind
from briefing.corpus.loader import load_corpus


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        ("digit", "digi", True),
        ("digi", "digit", False),
        ("digital tra", "digital", True),
        ("tra digital", "digital", True),
        ("digital", "digital tra", False),
        ("digital", "", True),
        ("dig", "ig", True),
        ("card", "cards", False),
    ],
)
def test_extends_when_every_old_word_is_inside_a_new_one(new, old, expected):
    assert extends(new.split(), old.split()) is expected


def test_narrowing_answers_as_query_apply_through_typing_deleting_and_filtering(bundled):
    corpus = load_corpus(bundled)
    index = SearchIndex(corpus)
    findings = corpus.by_kind[Kind.TARGET] + corpus.by_kind[Kind.ACHIEVEMENT]
    narrowing = Narrowing(corpus, findings, index)
    topic = sorted(corpus.topics)[0]
    steps = [
        Query(),
        *(Query(text="digital"[:n]) for n in range(1, 8)),
        Query(text="digital tr"),
        Query(text="dig"),  # deleting widens again
        Query(text="dig", topics=frozenset({topic})),  # a filter on top
        Query(text="digi", topics=frozenset({topic})),
        Query(text="digi"),  # the filter cleared
        Query(text="VIỆT"),  # folded like the index
        Query(text="no such words anywhere"),
        Query(),
    ]
    seen = set()
    for query in steps:
        expected = query.apply(corpus, findings, index)
        assert list(narrowing.apply(query)) == expected, query
        seen.add(len(expected))
    assert len(seen) > 5  # the steps really narrow and widen


def test_a_longer_query_scans_only_the_previous_answer(bundled):
    corpus = load_corpus(bundled)
    findings = list(corpus.findings)
    narrowing = Narrowing(corpus, findings, SearchIndex(corpus))
    first = narrowing.positions(Query(text="card"))
    assert first and len(first) < len(findings)
    # Spoil the texts outside the answer: an extended query must never look at them.
    texts = narrowing.texts
    for i in set(range(len(findings))) - set(first):
        texts[i] = "cards cards cards"
    assert set(narrowing.positions(Query(text="cards"))) <= set(first)


def test_distinct_shows_each_claim_once_as_collapse_does(bundled):
    # The app's lists narrow by positions; the summary collapses findings: same rows.
    from briefing.analysis.repeats import repeats_of

    corpus = load_corpus(bundled)
    repeats = repeats_of(corpus)
    findings = corpus.by_kind[Kind.ACHIEVEMENT]
    narrowing = Narrowing(corpus, findings, SearchIndex(corpus))
    source = sorted(corpus.sources)[1]
    grouped = 0
    for query in (Query(), Query(text="digital"), Query(sources=frozenset({source}))):
        expected = repeats.collapse(narrowing.apply(query))
        assert list(narrowing.distinct(query, repeats)) == expected
        grouped += len(narrowing.apply(query)) - len(expected)
    assert grouped > 0, "the bundled corpus has claims several sources make"


def test_words_from_the_source_or_topic_find_findings_as_one_folded_text_would(bundled):
    """A finding's outlet, title and topics are searched as if part of its own text."""
    corpus = load_corpus(bundled)
    findings = list(corpus.findings)
    narrowing = Narrowing(corpus, findings, SearchIndex(corpus))
    source = corpus.sources[findings[0].source]
    topic = findings[0].topics[0]
    queries = [
        source.outlet,  # only in the source
        source.title.split()[-1],
        corpus.topic_label(topic),  # only in a topic
        f"{source.outlet.split()[0]} {findings[0].statement.split()[0]}",  # both sides
        f"{topic} digital",
        "thanh",
    ]
    seen = set()
    for text in queries:
        query = Query(text=text)
        expected = [f for f in findings if query.matches(corpus, f)]  # one folded text each
        assert list(narrowing.apply(query)) == expected, text
        assert query.apply(corpus, findings) == expected, text
        seen.add(len(expected))
    assert len(seen) > 3 and 0 not in seen


def test_words_every_finding_holds_leave_the_answer_as_it_was(bundled):
    from briefing.analysis.repeats import repeats_of

    corpus = load_corpus(bundled)
    index = SearchIndex(corpus)
    findings = corpus.by_kind[Kind.ACHIEVEMENT]
    narrowing = Narrowing(corpus, findings, index)
    repeats = repeats_of(corpus)
    everyone = narrowing.distinct(Query(), repeats)
    letter = next(
        c for c in "eaiont" if len(Query(text=c).apply(corpus, findings, index)) == len(findings)
    )
    # The same rows, and the very same object: a list can tell it has nothing to redraw.
    assert narrowing.distinct(Query(text=letter), repeats) is everyone
    steps = [letter, f"{letter} ", f"{letter} z", f"{letter} ", letter, "", f"{letter}{letter}"]
    steps += [f"{letter} vietnam", f"{letter} viet", "viet", letter]
    for text in steps:
        query = Query(text=text)
        assert list(narrowing.apply(query)) == query.apply(corpus, findings, index), text
