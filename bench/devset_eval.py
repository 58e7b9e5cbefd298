"""Score ``briefing ingest`` on the development set: real articles from outlets the
bundled corpus does not use.

    .venv/bin/python bench/devset_eval.py [--devset DIR] [--split train|test|all]
    .venv/bin/python bench/devset_eval.py --written SET   (tune, tune2 ... tune11, holdout ... holdout5)

The articles (``DEVSET/*.txt``; ``manifest.toml`` says what they are) are ingested into
a scratch corpus in a temp folder, exactly as a user would (``briefing ingest``), then
``briefing summary --format json`` of that corpus is scored by the maintainers'
``eval/score.py`` (``--origin=extracted``) against each split's labels
(``bench/devset/labels-<split>.toml``). Per split it prints recall, precision, per-kind
found/gold (due dates right/dated), findings produced per kind, the share of due dates
exact, articles dated to the right year, the share of statements cut with "…", the
share that lose every figure their quote has (score.py's) and the share that leave out any
number of it (a year aside), and the statements that part a figure from its size.

``--split train`` also prints the training articles one by one (their misses and what
was extracted); the test split is only ever printed as aggregates, so that rules are
never tuned against it. The bundled corpus's curated findings (the seeds) are scored
too, by ``bench/extract_eval.py``.

``--written SET`` scores one of the sets in ``bench/written/`` instead: articles written
in the style of other outlets, labelled the same way (``bench/written/SET/labels.toml``).
The ``tune`` sets are printed article by article, like the training split; the
``holdout`` sets only as aggregates, for the same reason as the test split.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import tomli_w

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LABELS = HERE / "devset"
WRITTEN = HERE / "written"
TOTALS_ONLY = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5")
WRITTEN_SETS = (
    "tune",
    "tune2",
    "tune3",
    "tune4",
    "tune5",
    "tune6",
    "tune7",
    "tune8",
    "tune9",
    "tune10",
    "tune11",
    *TOTALS_ONLY,
)
SPLITS = ("train", "test")
DEFAULT_DEVSET = REPO.parent / "shared" / "devset"
DEFAULT_SCORER = REPO.parent / "shared" / "eval" / "score.py"
KINDS = ("achievement", "limitation", "target", "deadline")

sys.path.insert(0, str(HERE))
from extract_eval import evaluate, print_table  # noqa: E402

from briefing.storage.paths import bundled_corpus  # noqa: E402


def briefing(*args: str) -> str:
    """Run the installed command line, as a user would; its stdout."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(f"briefing {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def build_corpus(devset: Path, root: Path) -> Path:
    """Ingest every dev-set article into ``root``; the summary JSON's path."""
    articles = sorted(str(p) for p in devset.glob("*.txt"))
    if not articles:
        sys.exit(f"{devset}: no articles (*.txt)")
    briefing("ingest", "--corpus", str(root / "corpus"), *articles)
    summary = root / "summary.json"
    summary.write_text(
        briefing("summary", "--corpus", str(root / "corpus"), "--format", "json"),
        encoding="utf-8",
    )
    return summary


def score(scorer: Path, labels: Path, summary: Path, devset: Path, corpus: Path) -> dict[str, Any]:
    done = subprocess.run(
        [
            sys.executable,
            str(scorer),
            str(labels),
            str(summary),
            str(devset),
            "--origin=extracted",
            f"--root={corpus}",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"{scorer} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def source_ids(summary: dict[str, Any], corpus: Path, devset: Path, files: list[str]) -> set[str]:
    """The corpus sources holding the given dev-set articles (same text, as score.py pairs them)."""
    wanted = {(devset / f).read_text(encoding="utf-8", errors="replace").strip() for f in files}
    found = set()
    for source in summary["sources"]:
        path = corpus / "seeds" / Path(source.get("file", "")).name
        if path.is_file() and path.read_text(encoding="utf-8").strip() in wanted:
            found.add(source["id"])
    return found


def split_files(devset: Path, split: str) -> list[str]:
    """The articles of a split. The test split is every article the training labels do
    not name, so that the test labels are read by the scorer alone."""
    train = [
        a["file"] for a in tomllib.loads((LABELS / "labels-train.toml").read_text())["article"]
    ]
    if split == "train":
        return train
    return sorted(p.name for p in devset.glob("*.txt") if p.name not in set(train))


def produced(summary: dict[str, Any], ids: set[str]) -> Counter[str]:
    """Findings per kind from those sources, and the directives listed apart."""
    listed = [*summary["findings"], *summary.get("directives", [])]
    return Counter(
        f["kind"] for f in listed if f["source"] in ids and f.get("origin") == "extracted"
    )


# A number as a reader repeats it; a year is the period's, not the claim's figure.
_NUMBER = re.compile(r"(?<![\w.])\d(?:[\d.,]*\d)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "8.8…" / "8.8 … in June": a figure, then the cut, where its size would be.
_PARTED = re.compile(r"(\d(?:[\d.,]*\d)?)\s?…")
_SIZE = r"\s(?:million|billion|trillion|thousand|times|per\s?cent|percent)\b"


def statement_numbers(summary: dict[str, Any], ids: set[str]) -> tuple[float | None, int]:
    """Of the findings extracted from ``ids``: the share whose statement leaves out a
    number its quote has (a year aside; stricter than score.py's "losing figure", which
    counts a statement with no digit at all), and how many part a figure from its size
    ("more than 8.8…" for "more than 8.8 million")."""
    rows = [f for f in summary["findings"] if f["source"] in ids and f.get("origin") == "extracted"]
    missing = parted = 0
    for f in rows:
        quote = " ".join(f["quote"].split())
        quote = re.sub(r"(?<=\d)\s?(?:per\s?cent|percent)\b", "%", quote)
        statement = f["statement"]
        numbers = [n.rstrip(".,") for n in _NUMBER.findall(quote)]
        if any(n not in statement for n in numbers if not _YEAR.fullmatch(n)):
            missing += 1
        for m in _PARTED.finditer(statement):
            if re.search(re.escape(m.group(1)) + _SIZE, quote, re.I):
                parted += 1
                break
    return (round(missing / len(rows), 3) if rows else None), parted


def print_split(name: str, result: dict[str, Any], summary: dict[str, Any], ids: set[str]) -> None:
    made = produced(summary, ids)
    missing, parted = statement_numbers(summary, ids)
    print(f"== {name} split ({result['articles_matched']} articles)")
    print(f"  recall {result['recall']}   precision {result['precision']}")
    for kind in KINDS:
        print(f"  {kind:<12} found/gold {result['per_kind'][kind]:<16} produced {made[kind]}")
    print(f"  directives (apart)       produced {made['directive']}, not scored as findings")
    print(f"  due dates exact          {result['due_exact']}")
    print(f"  article year right       {result['published_year']}")
    print(f"  statements cut with '…'  {result['statements_cut']}")
    print(f"  statements losing figure {result['statements_without_figure']}")
    print(f"  statements missing a number of their quote (years aside) {missing}")
    print(f"  statements parting a figure from its size ('8.8…' for 8.8 million) {parted}")


def print_articles(
    scorer: Path,
    labels: dict[str, Any],
    summary_path: Path,
    summary: dict[str, Any],
    devset: Path,
    corpus: Path,
    work: Path,
) -> None:
    """Each training article: its figures, the labelled findings missed, what was extracted."""
    sources = {s["id"]: s for s in summary["sources"]}
    for article in labels["article"]:
        one = work / "one.toml"
        one.write_text(tomli_w.dumps({"article": [article]}), encoding="utf-8")
        result = score(scorer, one, summary_path, devset, corpus)
        ids = source_ids(summary, corpus, devset, [article["file"]])
        dates = ", ".join(str(sources[i].get("published") or "unknown") for i in sorted(ids))
        print(
            f"\n-- {article['file']}: recall {result['recall']} precision {result['precision']}"
            f" year {result['published_year']} (dated {dates}; labelled {article.get('year')})"
        )
        for i in sorted(ids):
            print(f"   title: {sources[i].get('title')!r}")
        done = subprocess.run(
            [
                sys.executable,
                str(scorer),
                str(one),
                str(summary_path),
                str(devset),
                "--origin=extracted",
                f"--root={corpus}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        for line in done.stdout.splitlines():
            if line.startswith("miss:"):
                print("   " + line.split(": ", 2)[-1])
        keys = [
            (g["kind"], " ".join(g["key"].split()).casefold()) for g in article.get("finding", [])
        ]
        for f in summary["findings"]:
            if f["source"] not in ids or f.get("origin") != "extracted":
                continue
            quote = " ".join(f["quote"].split()).casefold()
            ok = any(k == f["kind"] and key in quote for k, key in keys)
            due = f" due {f['due']}" if f.get("due") else ""
            print(f"   {'ok' if ok else 'FP'} {f['kind']:<11}{due} | {f.get('statement')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument(
        "--split",
        choices=("train", "test", "all"),
        default="all",
        help="train: also each training article in detail; test: the test split alone",
    )
    parser.add_argument(
        "--written",
        choices=WRITTEN_SETS,
        help="score a set of bench/written/ instead (the tune sets by article, the holdout sets as totals)",
    )
    args = parser.parse_args()
    if args.written:
        return score_written(args.scorer, args.written)
    with tempfile.TemporaryDirectory(prefix="devset-") as tmp:
        work = Path(tmp)
        summary_path = build_corpus(args.devset, work)
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        corpus = work / "corpus"
        for split in SPLITS if args.split == "all" else (args.split,):
            labels_path = LABELS / f"labels-{split}.toml"
            result = score(args.scorer, labels_path, summary_path, args.devset, corpus)
            files = split_files(args.devset, split)
            print_split(split, result, summary, source_ids(summary, corpus, args.devset, files))
            if split == "train" and args.split == "train":
                labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
                print_articles(
                    args.scorer, labels, summary_path, summary, args.devset, corpus, work
                )
    print("\n== seeds (bundled corpus, curated findings; bench/extract_eval.py)")
    print_table(evaluate(bundled_corpus()))
    return 0


def score_written(scorer: Path, name: str) -> int:
    """One written set: its totals, and (for the tuning set) each article in detail."""
    folder = WRITTEN / name
    labels_path = folder / "labels.toml"
    labels = tomllib.loads(labels_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="written-") as tmp:
        work = Path(tmp)
        summary_path = build_corpus(folder, work)
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        corpus = work / "corpus"
        result = score(scorer, labels_path, summary_path, folder, corpus)
        files = [a["file"] for a in labels["article"]]
        print_split(f"written {name}", result, summary, source_ids(summary, corpus, folder, files))
        if name not in TOTALS_ONLY:
            print_articles(scorer, labels, summary_path, summary, folder, corpus, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
