"""A corpus folder's TOML read and verified into records, every problem collected.

Reading never stops at the first mistake: a person fixing a data file wants every
problem in one run, so each one is collected as a ``Problem`` (``file:line: what``)
and the findings that are sound are still kept. Records are validated by pydantic
(``storage/validate.py``), imported only here, when TOML is read and a table is not of
the plain shape ``storage/plain_records.py`` makes into its record directly.

Given what a compiled cache still holds (``Reuse``, after some files changed), a file
unchanged since it was cached is not parsed: its records are taken from the cache when
what they depend on outside it holds too (their source, the text of its article, the
vocabularies, ids unique across files), and read from the TOML otherwise, so that its
problems are found and reported as a full read would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.model import Finding, MetricDef
from briefing.corpus import cache, parallel
from briefing.corpus.appended import load_appended_sources
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.layout import (
    DATA,
    FINDINGS_DIR,
    METRICS_FILE,
    SEEDS,
    SOURCES_FILE,
    TOPICS_FILE,
)
from briefing.corpus.reuse import Reuse
from briefing.corpus.vocabulary import vocabulary_problems
from briefing.storage import plain_records
from briefing.storage.files import Problem, StoreError, TomlDoc, read_toml
from briefing.storage.marks import read_marks, state_path
from briefing.storage.reading import SEED_LIMIT, TOML_LIMIT, ReadRefused, read_regular

if TYPE_CHECKING:
    from pydantic import ValidationError


def read_corpus_toml(
    root: Path,
    inputs: cache.Inputs,
    progress: Callable[[int, int], None] | None,
    reuse: Reuse | None = None,
) -> Corpus:
    """The corpus in ``root`` read from its TOML, each input file recorded in ``inputs``;
    ``progress(done, total)`` counts the findings files read. With ``reuse``, the
    records of files unchanged since they were cached are taken from there."""
    corpus = Corpus(root=root)
    data = root / DATA
    corpus.topics = _load_topics(data / TOPICS_FILE, corpus.problems, inputs, reuse)
    corpus.metric_defs = _load_metric_defs(data / METRICS_FILE, corpus.problems, inputs, reuse)
    _load_sources(root, corpus, inputs, reuse)
    # The vocabularies the cached findings were checked against, unless they changed.
    same_vocabularies = reuse is not None and all(
        reuse.input(f"{DATA}/{name}") for name in (TOPICS_FILE, METRICS_FILE)
    )
    findings_dir = data / FINDINGS_DIR
    paths = _findings_paths(findings_dir, corpus.problems)
    if progress:
        progress(0, len(paths))
    prefix = f"{DATA}/{FINDINGS_DIR}/"
    claimed = corpus.claimed_ids
    fresh_ids: set[str] = set()  # the ids claimed by the files read from their TOML
    if reuse is None and parallel.read_findings_files(
        paths, corpus, inputs, _load_findings_file, progress
    ):
        paths = []  # read, on every core
    for done, path in enumerate(paths, 1):
        relative = prefix + path.name
        if reuse is None or not reuse.keep_findings(
            path, relative, corpus, inputs, same_vocabularies, fresh_ids
        ):
            before, first = len(claimed), len(corpus.findings)
            _load_findings_file(path, corpus, inputs)
            if reuse is not None:
                fresh_ids.update(islice(reversed(claimed), len(claimed) - before))
            inputs.fresh[relative] = (first, len(corpus.findings))
        if progress:
            progress(done, len(paths))
    corpus.texts.clear()  # verified; read again on demand (see text_of)
    index_findings(corpus)
    inputs.state = _state_input(root)
    corpus.marks = read_marks(root, corpus.markable())
    return corpus


def unreadable(folder: Path) -> Problem | None:
    """The problem of a folder that exists but cannot be listed (a missing one is
    reported where its files are looked for)."""
    try:
        with os.scandir(folder):
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        return Problem(folder, None, f"cannot read the folder: {exc.strerror or exc}")


def _findings_paths(folder: Path, problems: list[Problem]) -> list[Path]:
    """``data/findings/*.toml``, sorted; a folder missing or unreadable is a problem
    (``glob`` would find nothing in it, and zero findings pass as sound)."""
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if e.name.endswith(".toml") and e.name[0] != "."]
    except (FileNotFoundError, NotADirectoryError):
        problems.append(Problem(folder, None, "folder not found"))
        return []
    except OSError as exc:
        problems.append(Problem(folder, None, f"cannot read the folder: {exc.strerror or exc}"))
        return []
    return [folder / name for name in sorted(names)]  # names: Paths sort ten times slower


def _state_input(root: Path) -> cache.Input:
    path = state_path(root)
    relative = f"{DATA}/{path.name}"
    try:
        stat, raw = read_regular(path, TOML_LIMIT)
    except (OSError, ReadRefused):
        return cache.Input(relative, cache.ABSENT, 0, "")
    return cache.Input(relative, stat.st_size, stat.st_mtime_ns, cache.sha256(raw))


def _read(path: Path, problems: list[Problem], inputs: cache.Inputs) -> TomlDoc | None:
    def seen(stat: os.stat_result, raw: bytes) -> None:
        inputs.record(path, stat, raw)

    try:
        return read_toml(path, seen)
    except StoreError as exc:
        problems.append(exc.problem)
        return None


def _describe(error: Any) -> tuple[tuple[str | int, ...], str]:
    """A pydantic error as (location, a sentence a person understands)."""
    loc = tuple(error["loc"])
    kind = error["type"]
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "value")
    if kind == "missing":
        return loc, f"'{name}' is missing"
    if kind == "extra_forbidden":
        return loc, f"unknown field '{name}'"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("value_error", "assertion_error"):
        return loc, message
    return loc, f"{name}: {message[0].lower()}{message[1:]}"


def _validation_problems(
    doc: TomlDoc, table: str, index: int | str, label: str, exc: ValidationError
) -> Iterable[Problem]:
    for error in exc.errors():
        loc, message = _describe(error)
        if not loc:
            # A whole-model check names its field first ("span [..] is ..", "due '..' is ..").
            loc = (message.split(" ", 1)[0],)
        yield Problem(doc.path, doc.line_of(table, index, *loc), f"{label}: {message}")


def _load_topics(
    path: Path, problems: list[Problem], inputs: cache.Inputs, reuse: Reuse | None
) -> dict[str, str]:
    cached = reuse.topics(path, inputs) if reuse is not None else None
    if cached is not None:
        return cached
    doc = _read(path, problems, inputs)
    if doc is None:
        return {}
    topics = doc.data.get("topics")
    if not isinstance(topics, dict) or not all(isinstance(v, str) for v in topics.values()):
        problems.append(Problem(path, doc.line_of("topics"), "[topics] must map ids to labels"))
        return {}
    return {str(k): str(v) for k, v in topics.items()}


def _load_metric_defs(
    path: Path, problems: list[Problem], inputs: cache.Inputs, reuse: Reuse | None
) -> dict[str, MetricDef]:
    cached = reuse.metric_defs(path, inputs) if reuse is not None else None
    if cached is not None:
        return cached
    from briefing.storage import validate  # pydantic: only when TOML is read

    doc = _read(path, problems, inputs)
    if doc is None:
        return {}
    defs: dict[str, MetricDef] = {}
    table = doc.data.get("metric", {})
    if not isinstance(table, dict):
        problems.append(Problem(path, doc.line_of("metric"), "[metric.NAME] tables expected"))
        return {}
    for name, body in table.items():
        if not isinstance(body, dict):
            problems.append(
                Problem(path, doc.line_of("metric", name), f"metric '{name}': a table expected")
            )
            continue
        try:
            defs[name] = validate.metric_def({**body, "name": name})
        except validate.ValidationError as exc:
            problems.extend(_validation_problems(doc, "metric", name, f"metric '{name}'", exc))
    return defs


def _read_article(
    root: Path,
    path: Path,
    line: Callable[[], int | None],
    sources_path: Path,
    problems: list[Problem],
) -> tuple[os.stat_result, bytes, str] | None:
    # Only a regular file inside the corpus: a seed symlinked to /etc/passwd, a FIFO
    # or /dev/zero is a problem, whatever its sha256. (``line`` is asked only for a
    # problem: finding lines indexes the whole sources file.)
    try:
        stat, raw = read_regular(path, SEED_LIMIT, within=root)
    except FileNotFoundError:
        problems.append(Problem(sources_path, line(), f"article file {path} not found"))
        return None
    except ReadRefused as exc:
        problems.append(Problem(sources_path, line(), f"cannot read {path}: {exc}"))
        return None
    except OSError as exc:
        problems.append(Problem(sources_path, line(), f"cannot read {path}: {exc.strerror}"))
        return None
    try:
        return stat, raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, bad_line, f"not valid UTF-8 (byte {exc.start})"))
        return None


def _load_sources(root: Path, corpus: Corpus, inputs: cache.Inputs, reuse: Reuse | None) -> None:
    path = root / DATA / SOURCES_FILE
    if reuse is not None and (
        reuse.keep_sources(root, path, corpus, inputs)
        or load_appended_sources(root, path, corpus, inputs, reuse, _read_article)
    ):
        return
    doc = _read(path, corpus.problems, inputs)
    if doc is None:
        corpus.sources_unreadable = True
        return
    entries = doc.data.get("source", [])
    if not isinstance(entries, list):
        corpus.problems.append(Problem(path, doc.line_of("source"), "[[source]] tables expected"))
        return
    for index, body in enumerate(entries):
        label = f"source '{body.get('id', index + 1)}'" if isinstance(body, dict) else "source"
        source = reuse.source(body) if reuse is not None else None
        if source is None:
            source = plain_records.source(body)
        if source is None:
            from briefing.storage import validate  # pydantic: only for what is not plain

            try:
                source = validate.source(body)
            except validate.ValidationError as exc:
                corpus.problems.extend(_validation_problems(doc, "source", index, label, exc))
                continue
        if source.id in corpus.sources:
            corpus.problems.append(
                Problem(
                    path, doc.line_of("source", index, "id"), f"duplicate source id '{source.id}'"
                )
            )
            continue
        corpus.sources[source.id] = source
        kept = reuse.input(f"{SEEDS}/{source.file}") if reuse is not None else None
        if kept is not None:
            # Unchanged since cached: its digest is known, its text read when needed.
            inputs.keep(kept)
            digest = kept.digest
        else:
            article_path = root / SEEDS / source.file
            article = _read_article(
                root,
                article_path,
                lambda index=index: doc.line_of("source", index, "file"),  # type: ignore[misc]
                path,
                corpus.problems,
            )
            if article is None:
                continue
            stat, raw, text = article
            digest = cache.sha256(raw)
            inputs.record(article_path, stat, raw, digest)
            corpus.texts[source.id] = text
        inputs.articles[source.id] = digest
        if digest != source.sha256:
            corpus.problems.append(
                Problem(
                    path,
                    doc.line_of("source", index, "sha256"),
                    f"{label}: {SEEDS}/{source.file} has changed since it was curated "
                    f"(sha256 {digest[:12]}…, expected {source.sha256[:12]}…)",
                )
            )


_FINDINGS_KEYS = {"source", "finding"}


def _load_findings_file(path: Path, corpus: Corpus, inputs: cache.Inputs) -> None:
    doc = _read(path, corpus.problems, inputs)
    if doc is None:
        return
    for key in doc.data.keys() - _FINDINGS_KEYS:
        # As an unknown key inside a finding is: a typo ("findings") loses nothing silently.
        corpus.problems.append(
            Problem(
                path, doc.line_of(key), f"unknown key '{key}' (expected 'source' and [[finding]])"
            )
        )
    source_id = doc.data.get("source")
    if not isinstance(source_id, str):
        corpus.problems.append(
            Problem(path, 1, "'source' is missing: name the source these findings cite")
        )
        return
    if source_id not in corpus.sources:
        if corpus.sources_unreadable:
            return  # sources.toml itself is broken and already reported
        corpus.problems.append(
            Problem(
                path,
                doc.line_of("source"),
                f"unknown source id '{source_id}' (not in {SOURCES_FILE})",
            )
        )
        return
    inputs.findings_files[inputs.relative(path)] = source_id
    entries = doc.data.get("finding", [])
    if not isinstance(entries, list):
        corpus.problems.append(Problem(path, doc.line_of("finding"), "[[finding]] tables expected"))
        return
    for index, body in enumerate(entries):
        if not isinstance(body, dict):
            continue
        label = f"finding '{body.get('id', index + 1)}'"
        # Claim the id before validating, so a duplicate is caught even when the
        # first copy has problems of its own.
        raw_id = body.get("id")
        duplicate = isinstance(raw_id, str) and raw_id in corpus.claimed_ids
        if isinstance(raw_id, str) and not duplicate:
            corpus.claimed_ids[raw_id] = path
        if duplicate:
            corpus.problems.append(
                Problem(
                    path,
                    doc.line_of("finding", index, "id"),
                    f"duplicate finding id '{raw_id}' (first in {corpus.claimed_ids[str(raw_id)]})",
                )
            )
        # Pydantic judges only what is not plainly valid (a third of a cold load).
        finding = plain_records.finding(body, source_id)
        if finding is None:
            from briefing.storage import validate  # pydantic: only for what is not plain

            try:
                finding = validate.finding({**body, "source": source_id})
            except validate.ValidationError as exc:
                corpus.problems.extend(_validation_problems(doc, "finding", index, label, exc))
                continue
        before = len(corpus.problems)
        _verify_finding(finding, doc, index, label, corpus, inputs)
        if len(corpus.problems) == before and not duplicate:
            corpus.findings.append(finding)


def _verify_finding(
    finding: Finding, doc: TomlDoc, index: int, label: str, corpus: Corpus, inputs: cache.Inputs
) -> None:
    """The checks that need the article text and the vocabularies."""
    problems = corpus.problems

    def add(message: str, loc: tuple[str | int, ...]) -> None:
        problems.append(
            Problem(doc.path, doc.line_of("finding", index, *loc), f"{label}: {message}")
        )

    text = _article_text(corpus, inputs, finding.source)
    if text is not None:
        start, end = finding.span
        if text[start:end] != finding.quote:
            found = text.find(finding.quote)
            if found >= 0:
                add(
                    f"quote is not at span [{start}, {end}]; it is at "
                    f"[{found}, {found + len(finding.quote)}]",
                    ("span",),
                )
            else:
                add(f"quote is not in {SEEDS}/{corpus.sources[finding.source].file}", ("quote",))
    for message, loc in vocabulary_problems(finding, corpus):
        add(message, loc)


def _article_text(corpus: Corpus, inputs: cache.Inputs, source_id: str) -> str | None:
    """The text of a source's article when it was read sound (or is unchanged since it
    was cached, and read now), else None: its problem is reported already."""
    if source_id not in inputs.articles:
        return None
    try:
        return corpus.texts[source_id]
    except KeyError:
        return None
