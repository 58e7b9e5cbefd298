"""Score the extractor against the curated findings of the bundled corpus.

    .venv/bin/python bench/extract_eval.py [--corpus DIR] [--verbose]

What counts (printed under the table too):

- a finding matches when it is in the same article, of the same kind, and its span
  overlaps the curated one's. Precision: the share of extracted findings that match a
  curated one; recall: the share of curated findings that some extracted one matches.
- due dates: of curated dated findings overlapped by an extracted target/deadline, the
  share given exactly the same ``due``.
- metric value: of the curated metrics of matched findings, the share that an
  overlapping extracted finding reports with the same ``name`` and the same absolute
  ``value`` (relative difference under 1e-6; the unit is the name's).
- metric as_of: of the same curated metrics that the article itself dates, the share
  reported with the same name and value *and* exactly the same ``as_of`` period string. A
  figure dated by outside knowledge (its note says so: "86/193" is the UN survey of 2022)
  is left out: no reading of the text can give its period.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.core.model import Kind
from briefing.corpus.loader import load_corpus
from briefing.extract.pipeline import Extracted
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(root: Path, verbose: bool = False) -> dict[str, object]:
    corpus = load_corpus(root)
    extractor = load_extractor(root / "data")
    tp_p = dict.fromkeys(Kind, 0)
    n_ext = dict.fromkeys(Kind, 0)
    tp_r = dict.fromkeys(Kind, 0)
    n_gold = dict.fromkeys(Kind, 0)
    due_total = due_exact = 0
    m_total = m_value = m_asof = m_dated = 0
    for source_id, _source in corpus.sources.items():
        text = corpus.text_of(source_id)
        meta = extractor.metadata(text)
        extracted = extractor.extract(text, meta.ref_date)
        gold = corpus.by_source.get(source_id, [])
        for item in extracted:
            n_ext[item.kind] += 1
            hit = any(
                g.kind is item.kind and overlaps(g.span, (item.start, item.end)) for g in gold
            )
            tp_p[item.kind] += hit
            if verbose and not hit:
                print(
                    f"  FP {item.kind.value:11} {source_id} [{item.start},{item.end}] {item.quote[:110]!r}"
                )
        for g in gold:
            n_gold[g.kind] += 1
            same = [e for e in extracted if e.kind is g.kind and overlaps(g.span, (e.start, e.end))]
            tp_r[g.kind] += bool(same)
            if verbose and not same:
                near = [e.kind.value for e in extracted if overlaps(g.span, (e.start, e.end))]
                print(
                    f"  FN {g.kind.value:11} {source_id} {g.span} as {near or 'none'} {g.quote[:100]!r}"
                )
            if g.due:
                dated: list[Extracted] = [
                    e
                    for e in extracted
                    if e.kind in (Kind.TARGET, Kind.DEADLINE) and overlaps(g.span, (e.start, e.end))
                ]
                if dated:
                    due_total += 1
                    ok = any(e.due == g.due for e in dated)
                    due_exact += ok
                    if verbose and not ok:
                        print(
                            f"  DUE {source_id} {g.id}: gold {g.due}, got {[e.due for e in dated]}"
                        )
            if same and g.metrics:
                got = [
                    m for e in extracted if overlaps(g.span, (e.start, e.end)) for m in e.metrics
                ]
                for metric in g.metrics:
                    m_total += 1
                    values = [
                        m
                        for m in got
                        if m.name == metric.name
                        and abs(m.value - metric.value) < 1e-6 * max(1, abs(metric.value))
                    ]
                    m_value += bool(values)
                    if _dated_outside(metric.note):
                        continue
                    m_dated += 1
                    same_period = any(m.as_of == metric.as_of for m in values)
                    m_asof += same_period
                    if verbose and values and not same_period:
                        print(
                            f"  ASOF {source_id} {g.id}: {metric.name}={metric.value:g} gold {metric.as_of}, got {[m.as_of for m in values]}"
                        )
                    if verbose and not values:
                        print(
                            f"  MET {source_id} {g.id}: gold {metric.name}={metric.value:g}; got {[(m.name, m.value) for m in got]}"
                        )
    rows = {}
    for kind in Kind:
        p = tp_p[kind] / n_ext[kind] if n_ext[kind] else 0.0
        r = tp_r[kind] / n_gold[kind] if n_gold[kind] else 0.0
        rows[kind.value] = (p, r, n_ext[kind], n_gold[kind])
    return {
        "rows": rows,
        "due": (due_exact, due_total),
        "metric_value": (m_value, m_total),
        "metric_as_of": (m_asof, m_dated),
    }


def _dated_outside(note: str | None) -> bool:
    """True for a curated figure whose period comes from outside knowledge, not the text."""
    return note is not None and note.startswith("Outside knowledge")


def print_table(result: dict[str, object]) -> None:
    rows = result["rows"]
    assert isinstance(rows, dict)
    print(f"{'kind':<12} {'precision':>9} {'recall':>7} {'extracted':>9} {'curated':>8}")
    for kind, (p, r, n_ext, n_gold) in rows.items():
        print(f"{kind:<12} {p:>9.2f} {r:>7.2f} {n_ext:>9} {n_gold:>8}")
    for label, key in (
        ("due dates exact", "due"),
        ("metric name+value", "metric_value"),
        ("metric as_of", "metric_as_of"),
    ):
        pair = result[key]
        assert isinstance(pair, tuple)
        good: int = pair[0]
        total: int = pair[1]
        share = good / total if total else 0.0
        print(f"{label:<18} {share:.2f} ({good}/{total})")


RULES = (
    "match: same article, same kind, overlapping spans",
    "metric value: same name and value (rel. diff < 1e-6) in an overlapping extracted finding",
    "metric as_of: same name, value and as_of period string (figures the article dates)",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=bundled_corpus())
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    print_table(evaluate(args.corpus, args.verbose))
    for rule in RULES:
        print(f"  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
