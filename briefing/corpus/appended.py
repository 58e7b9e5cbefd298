"""sources.toml read from where it grew: an ``ingest`` appends its sources at the end.

After five articles are ingested into a corpus of ten thousand, sources.toml is the
cached file with five ``[[source]]`` tables after it. Parsing and checking all ten
thousand again was a third of what that start paid beyond a warm one
(bench/cache_speed.py). When the file's first bytes are exactly those cached (their
sha256 is the cached file's) and what follows is only ``[[source]]`` tables, the
cached sources stand as they were and only the tables after them are parsed and
validated: a TOML file that goes on with new tables of an array means what it meant,
with those tables added. Anything else (an edit above the end, a table that is not a
source, any problem at all) has the whole file read as before, so that problems are
found, and reported at their lines, as a full read reports them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.core.model import Source
from briefing.corpus import cache
from briefing.corpus.indexed import Corpus
from briefing.corpus.layout import SEEDS
from briefing.corpus.reuse import Reuse
from briefing.storage import plain_records
from briefing.storage.files import Problem, parse_toml
from briefing.storage.reading import TOML_LIMIT, ReadRefused, read_regular

ReadArticle = Callable[
    [Path, Path, Callable[[], int | None], Path, list[Problem]],
    tuple[os.stat_result, bytes, str] | None,
]
_HEADER = "[[source]]"


def load_appended_sources(
    root: Path,
    path: Path,
    corpus: Corpus,
    inputs: cache.Inputs,
    reuse: Reuse,
    read_article: ReadArticle,
) -> bool:
    """Put in ``corpus`` the cached sources and those of the tables appended to
    sources.toml (``path``) since, when that is all that changed and the new ones are
    sound (``read_article`` reads an article as a full read does); False, nothing
    done, otherwise."""
    before = reuse.changed(inputs.relative(path))
    if before is None or before.size <= 0:
        return False
    try:
        stat, raw = read_regular(path, TOML_LIMIT)
    except (OSError, ReadRefused):
        return False
    tail = _tail(raw, before)
    if tail is None:
        return False
    cached = reuse.cached_sources()
    kept = [reuse.input(f"{SEEDS}/{s.file}") for s in cached]
    if not all(kept):
        return False  # an article changed: the full read says which, at its line
    added = _sound_sources(root, tail, {s.id for s in cached}, read_article)
    if added is None:
        return False
    inputs.record(path, stat, raw)
    for source, entry in zip(cached, kept, strict=True):
        assert entry is not None
        inputs.keep(entry)
        inputs.articles[source.id] = entry.digest
        corpus.sources[source.id] = source
    for source, (article_path, article_stat, article_raw, text), digest in added:
        inputs.record(article_path, article_stat, article_raw, digest)
        inputs.articles[source.id] = digest
        corpus.sources[source.id] = source
        corpus.texts[source.id] = text
    return True


def _tail(raw: bytes, before: cache.Input) -> str | None:
    """What was appended to the cached file, when ``raw`` is it and then only tables."""
    if len(raw) <= before.size or cache.sha256(raw[: before.size]) != before.digest:
        return None
    try:
        tail = raw[before.size :].decode("utf-8")
    except UnicodeDecodeError:
        return None
    # The new text starts on a line of its own, with a [[source]] header.
    if raw[before.size - 1 : before.size] != b"\n" and not tail.startswith(("\n", "\r\n")):
        return None
    if not tail.lstrip(" \t\r\n").startswith(_HEADER):
        return None
    return tail


def _sound_sources(
    root: Path, tail: str, taken: set[str], read_article: ReadArticle
) -> list[tuple[Source, tuple[Path, os.stat_result, bytes, str], str]] | None:
    """The sources of the appended tables with their articles read and checked, when
    every one is sound; None at the first problem."""
    try:
        data = parse_toml(tail)
    except (ValueError, RecursionError):  # tomllib's error is a ValueError
        return None
    entries: Any = data.get("source")
    if data.keys() != {"source"} or not isinstance(entries, list):
        return None
    found = []
    problems: list[Problem] = []
    for body in entries:
        source = plain_records.source(body)
        if source is None:
            return None  # pydantic's to judge: the full read has it say where
        if source.id in taken:
            return None
        taken.add(source.id)
        article_path = root / SEEDS / source.file
        article = read_article(root, article_path, lambda: None, article_path, problems)
        if article is None:
            return None
        stat, raw, text = article
        digest = cache.sha256(raw)
        if digest != source.sha256:
            return None
        found.append((source, (article_path, stat, raw, text), digest))
    return found
