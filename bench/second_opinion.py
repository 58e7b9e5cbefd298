"""Would a classifier help where the rules plateau? A naive Bayes second opinion on the
findings the rules are least sure of, scored on a written set.

    .venv/bin/python bench/second_opinion.py SET [--leave-out SET ...]

A multinomial naive Bayes over words and word pairs (figures folded to one token) is
trained on sentences labelled by the seeds' curated findings and by the written tuning
sets' keys (``--leave-out`` keeps sets out of training: the set scored, to be fair). It
then re-reads the findings of the set's extraction in the two weakest confidence bins
(achievements with a figure and a generic verb, 0.65; limitations without a figure,
0.70): "relabel" gives a finding the classifier's kind when it is sure (never dropping
it), "drop" also removes the findings it calls no claim. Printed: recall / precision of
the rules alone and with each, at three thresholds.

To see what it would do on unseen text, run it from the tree of the commit before a set's
round of rules (``PYTHONPATH``), leaving that set out: README.md gives the figures. Pure
Python: nothing to install.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import devset_eval as de  # noqa: E402

TUNING = ("tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8")
BINS = {("achievement", 0.65), ("limitation", 0.7)}
THRESHOLDS = (0.7, 0.9, 0.99)
Posterior = Callable[[str], dict[str, float]]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def features(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9%]+", re.sub(r"\d[\d,.]*", " 0 ", text.casefold()))
    return words + [a + "_" + b for a, b in itertools.pairwise(words)]


def examples(leave_out: set[str]) -> list[tuple[str, str]]:
    """(sentence, kind or "none"): the seeds' sentences by their curated findings' spans,
    the tuning sets' by the keys they contain."""
    from briefing.corpus.loader import load_corpus
    from briefing.extract.sentences import split_sentences
    from briefing.storage.paths import bundled_corpus

    out: list[tuple[str, str]] = []
    corpus = load_corpus(bundled_corpus())
    for sid in corpus.texts:
        text = corpus.text_of(sid)
        spans = [(f.kind.value, f.span) for f in corpus.findings if f.source == sid and f.span]
        for a, b in split_sentences(text):
            kinds = sorted({k for k, (x, y) in spans if x < b and y > a} - {"directive"})
            out.append((text[a:b], kinds[0] if kinds else "none"))
    for name in TUNING:
        if name in leave_out:
            continue
        folder = de.WRITTEN / name
        labels = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
        for article in labels["article"]:
            text = (folder / article["file"]).read_text(encoding="utf-8")
            for a, b in split_sentences(text):
                sentence = fold(text[a:b])
                kinds = [
                    g["kind"] for g in article.get("finding", []) if fold(g["key"]) in sentence
                ]
                out.append((text[a:b], Counter(kinds).most_common(1)[0][0] if kinds else "none"))
    return out


def train(data: list[tuple[str, str]]) -> Posterior:
    prior = Counter(kind for _, kind in data)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text, kind in data:
        counts[kind].update(features(text))
    vocabulary = set().union(*counts.values())
    totals = {kind: sum(c.values()) for kind, c in counts.items()}

    def posterior(text: str) -> dict[str, float]:
        seen = [x for x in features(text) if x in vocabulary]
        logs = {
            kind: math.log(prior[kind] / len(data))
            + sum(math.log((counts[kind][x] + 1) / (totals[kind] + len(vocabulary))) for x in seen)
            for kind in prior
        }
        top = max(logs.values())
        z = sum(math.exp(v - top) for v in logs.values())
        return {kind: math.exp(v - top) / z for kind, v in logs.items()}

    return posterior


def second_opinion(
    summary: dict[str, Any], posterior: Posterior, threshold: float, drop: bool
) -> dict[str, Any]:
    kept = []
    for finding in summary["findings"]:
        if (finding["kind"], round(finding["confidence"], 2)) in BINS:
            p = posterior(finding["quote"])
            if not drop:
                p.pop("none", None)
            best = max(p, key=lambda k: p[k])
            if best != finding["kind"] and p[best] > threshold:
                if best == "none":
                    continue
                finding = dict(finding, kind=best)
        kept.append(finding)
    return dict(summary, findings=kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("set", choices=de.WRITTEN_SETS)
    parser.add_argument("--leave-out", nargs="*", default=[], choices=TUNING)
    args = parser.parse_args()
    posterior = train(examples({args.set, *args.leave_out}))
    folder = de.WRITTEN / args.set
    labels = folder / "labels.toml"
    with tempfile.TemporaryDirectory(prefix="second-opinion-") as tmp:
        work = Path(tmp)
        summary_path = de.build_corpus(folder, work)
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        base = de.score(de.DEFAULT_SCORER, labels, summary_path, folder, work / "corpus")
        print(f"{args.set}: rules alone {base['recall']} / {base['precision']}")
        for drop in (False, True):
            row = []
            for threshold in THRESHOLDS:
                path = work / "second.json"
                path.write_text(json.dumps(second_opinion(summary, posterior, threshold, drop)))
                got = de.score(de.DEFAULT_SCORER, labels, path, folder, work / "corpus")
                row.append(f"p>{threshold}: {got['recall']} / {got['precision']}")
            print(f"  {'relabel or drop' if drop else 'relabel':16} " + "   ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
