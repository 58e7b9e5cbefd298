"""The same claim in several sources: which findings group, which never do."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from briefing.analysis.repeats import claims_per_kind, find_repeats, repeats_of
from briefing.core.model import Finding, Kind, Source
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from briefing.storage import validate


def source(source_id: str, published: str) -> Source:
    return Source(
        id=source_id,
        file=f"{source_id}.txt",
        title=f"Article {source_id}",
        outlet=f"Outlet {source_id}",
        published=published,
        sha256="0" * 64,
    )


def finding(
    finding_id: str,
    source_id: str,
    statement: str,
    quote: str | None = None,
    *,
    kind: str = "achievement",
    metrics: tuple[tuple[str, float, str], ...] | list[tuple[str, float, str]] = (),
    **extra: Any,
) -> Finding:
    quote = quote or statement
    return validate.finding(
        {
            "id": finding_id,
            "kind": kind,
            "statement": statement,
            "quote": quote,
            "source": source_id,
            "span": [0, len(quote)],
            "topics": ["t"],
            "metrics": [
                {"name": name, "value": value, "unit": "u", "as_of": as_of}
                for name, value, as_of in metrics
            ],
            **extra,
        }
    )


def corpus(*findings: Finding) -> Corpus:
    sources = {
        "a": source("a", "2024-07-10"),
        "b": source("b", "2024-07-19"),
        "c": source("c", "2025-02-06"),
        "early": source("early", "2024-01-02"),
    }
    return Corpus(root=Path(), sources=sources, findings=list(findings))


def groups(c: Corpus) -> list[list[str]]:
    return [[f.id for f in g.members] for g in find_repeats(c).groups]


def test_same_figures_in_other_words_are_one_claim_earliest_source_first():
    share = [("gdp", 18.3, "2024-H1")]
    c = corpus(
        finding("b-1", "b", "Digital economy 18.3% of GDP", metrics=share),
        finding("a-1", "a", "The digital economy reached 18.3% of GDP in H1", metrics=share),
        finding("c-1", "c", "Something else entirely", metrics=[("gdp", 18.3, "2024")]),
    )
    assert groups(c) == [["a-1", "b-1"]]
    group = find_repeats(c).group_of(c.findings[0])
    assert group is not None and group.representative.id == "a-1"
    assert group.sources == ["a", "b"]


def test_different_numbers_never_group_even_in_the_same_words():
    c = corpus(
        finding("a-1", "a", "86.3 million citizens issued chip ID cards"),
        finding("b-1", "b", "87.7 million citizens issued chip ID cards"),
        finding("a-2", "a", "Cards issued", metrics=[("cards", 86.3e6, "2024-07")]),
        finding("c-2", "c", "Cards issued", metrics=[("cards", 87.7e6, "2024-07")]),
    )
    assert groups(c) == []


def test_the_same_value_for_another_period_is_another_claim():
    c = corpus(
        finding("a-1", "a", "Rate 42%", metrics=[("rate", 42, "2024-H1")]),
        finding("b-1", "b", "Rate 42%", metrics=[("rate", 42, "2024-06")]),
        finding("c-1", "c", "Rate 42%", metrics=[("rate", 42, "2024-H1"), ("x", 1, "2024")]),
    )
    assert groups(c) == []


def test_different_kinds_never_group():
    text = "Data sharing between departments is still limited in many provinces"
    c = corpus(finding("a-1", "a", text), finding("b-1", "b", text, kind="limitation"))
    assert groups(c) == []


def test_nearly_the_same_words_group_but_a_different_claim_does_not():
    start = "the connection and sharing of data between"
    c = corpus(
        finding("a-1", "a", "x", f"{start} departments is still limited in the province"),
        finding("b-1", "b", "y", f"{start} the departments is still limited in the province"),
        finding("c-1", "c", "z", f"{start} hospitals has improved a great deal this year"),
    )
    assert groups(c) == [["a-1", "b-1"]]


def test_one_source_repeating_itself_is_not_two_reports():
    text = "Many tasks of the provincial plan have not been completed on schedule"
    c = corpus(
        finding("a-1", "a", text, kind="limitation"),
        finding("a-2", "a", text, kind="limitation"),
        finding("b-1", "b", text, kind="limitation"),
    )
    result = groups(c)
    assert result == [["a-1", "b-1"]]
    assert all(len({i.split("-")[0] for i in g}) == len(g) for g in result)


def test_other_due_dates_or_owners_are_other_tasks():
    task = "Digitize civil status data and synchronize it with the population database"
    c = corpus(
        finding("a-1", "a", task, kind="deadline", due="2025-03-31"),
        finding("b-1", "b", task, kind="deadline", due="2025-06-30"),
        finding("c-1", "c", task, kind="deadline", due="2025-03-31", owner="Police"),
        finding("early-1", "early", task, kind="deadline", due="2025-03-31"),
    )
    assert groups(c) == [["early-1", "a-1"]]


def test_representative_and_members_do_not_depend_on_input_order():
    fs = [
        finding(f"{s}-{n}", s, f"Rate {n}%", metrics=[("rate", n, "2024")])
        for s in ("a", "b", "c")
        for n in (10, 20)
    ]
    expected = groups(corpus(*fs))
    assert expected == [["a-10", "b-10", "c-10"], ["a-20", "b-20", "c-20"]]
    for seed in range(5):
        shuffled = fs[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(groups(corpus(*shuffled))) == expected
    # Same day: the smaller finding id comes first.
    c = corpus(
        finding("z-1", "a", "Rate 5%", metrics=[("rate", 5, "2024")]),
        finding("m-1", "a", "Other", metrics=[("other", 1, "2024")]),
    )
    c.sources["a2"] = source("a2", "2024-07-10")
    c.findings.append(finding("b-1", "a2", "Rate 5%", metrics=[("rate", 5, "2024")]))
    assert groups(c) == [["b-1", "z-1"]]


def test_collapse_shows_each_claim_once_by_the_first_member_kept():
    c = corpus(
        finding("a-1", "a", "Rate 42%", metrics=[("rate", 42, "2024")]),
        finding("b-1", "b", "Rate 42%", metrics=[("rate", 42, "2024")]),
        finding("b-2", "b", "Alone"),
    )
    repeats = find_repeats(c)
    a1, b1, b2 = c.findings
    assert repeats.collapse([b2, b1, a1]) == [b2, a1]
    assert repeats.collapse([b1, b2]) == [b1, b2]  # filtered to source b: b's member
    assert repeats.present(b1, {a1.id, b1.id, b2.id}) == [a1, b1]
    assert repeats.others(a1) == [b1]


def test_bundled_corpus_groups_the_copied_ministry_figures_only(bundled: Path):
    c = load_corpus(bundled)
    repeats = repeats_of(c)
    assert repeats_of(c) is repeats  # computed once
    assert len(repeats.groups) == 8
    for group in repeats.groups:
        assert group.sources == ["kinhtedothi-2024-07-10", "thanhhoa-2024-07-10"]
        assert len({f.kind for f in group.members}) == 1
    chip = [f for f in c.findings if any(m.name == "chip_id_cards_issued" for m in f.metrics)]
    assert len(chip) == 3 and all(repeats.group_of(f) is None for f in chip)
    assert repeats.groups[0].representative.kind == Kind.ACHIEVEMENT


def test_claims_per_kind_counts_what_collapsing_each_kind_keeps(bundled: Path, cache_dir: Path):
    """Counted from the groups' ids kept beside the cache, from groups already made, or
    from none kept yet: the same counts as collapsing each kind's findings."""

    def collapsed(corpus: Corpus) -> dict[Kind, int]:
        repeats = repeats_of(corpus)
        return {kind: len(repeats.collapse(corpus.by_kind[kind])) for kind in Kind}

    first = load_corpus(bundled)  # nothing kept beside its cache yet
    counted = claims_per_kind(first)
    assert counted == collapsed(first) and counted[Kind.ACHIEVEMENT] == 95
    assert claims_per_kind(first) == counted  # the groups made now
    second = load_corpus(bundled)  # the groups' ids read from beside the cache
    assert claims_per_kind(second) == counted == collapsed(second)
