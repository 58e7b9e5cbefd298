"""What a compiled cache still holds true after some of a corpus's files changed.

``cache.read`` says which inputs are as they were cached (``Hit.unchanged``); this
hands the loader (``from_toml``) the records cached from those, so that after an
``ingest`` or a ``review`` only the files that changed are parsed and validated again.
The cached records were valid: a corpus with problems is never cached. What a record's
validity depends on beyond its own file (its source, the text of its article, the topic
and metric vocabularies, ids unique across files) is checked again before one is kept;
when that fails, the file is read from the TOML, so its problems are reported with
their lines as a full read reports them.
"""

from __future__ import annotations

import dataclasses
import marshal
from pathlib import Path
from typing import Any

from briefing.core.model import MetricDef, Source
from briefing.corpus import cache, codec
from briefing.corpus.indexed import Corpus
from briefing.corpus.layout import SEEDS
from briefing.corpus.vocabulary import vocabulary_problems

_REQUIRED = object()
_SOURCE_DEFAULTS: dict[str, Any] = {
    f.name: _REQUIRED if f.default is dataclasses.MISSING else f.default
    for f in dataclasses.fields(Source)
}
"""Each field of a source, and its value when its table leaves it out."""


class Reuse:
    """The records of a partly changed corpus's cache, by the file they came from."""

    def __init__(self, hit: cache.Hit) -> None:
        self.unchanged: dict[str, cache.Input] = hit.unchanged or {}
        self._changed: dict[str, cache.Input] = hit.changed or {}
        topics, defs, sources, files, _marks = hit.body
        self._topics: dict[str, str] = topics
        self._defs: list[tuple[Any, ...]] = defs
        self._sources: list[tuple[Any, ...]] = sources
        self._by_id: dict[str, Source] | None = None
        self._files: dict[str, tuple[str, str, memoryview]] = {
            relative: (source_id, article, part) for relative, source_id, article, part in files
        }

    def input(self, relative: str) -> cache.Input | None:
        """The cached entry of the input ``relative`` when it is unchanged."""
        return self.unchanged.get(relative)

    def changed(self, relative: str) -> cache.Input | None:
        """The cached entry of the input ``relative`` when it changed since."""
        return self._changed.get(relative)

    def cached_sources(self) -> list[Source]:
        """The cached sources, in their file's order."""
        return codec.SOURCES.decode(self._sources)

    def _keep(self, path: Path, inputs: cache.Inputs) -> bool:
        entry = self.unchanged.get(inputs.relative(path))
        if entry is None:
            return False
        inputs.keep(entry)
        return True

    def topics(self, path: Path, inputs: cache.Inputs) -> dict[str, str] | None:
        """The topics, when their file ``path`` is unchanged (noted in ``inputs``)."""
        return self._topics if self._keep(path, inputs) else None

    def metric_defs(self, path: Path, inputs: cache.Inputs) -> dict[str, MetricDef] | None:
        """The metric definitions, when their file ``path`` is unchanged."""
        if not self._keep(path, inputs):
            return None
        return {d.name: d for d in codec.METRIC_DEFS.decode(self._defs)}

    def keep_sources(self, root: Path, path: Path, corpus: Corpus, inputs: cache.Inputs) -> bool:
        """Put the cached sources in ``corpus`` when sources.toml (``path``) and every
        article it names are unchanged; False, nothing done, otherwise."""
        relative = inputs.relative(path)
        if relative not in self.unchanged:
            return False
        sources = codec.SOURCES.decode(self._sources)
        unchanged = self.unchanged
        articles = [unchanged.get(f"{SEEDS}/{s.file}") for s in sources]
        if not all(articles):
            return False  # read from the TOML: a changed article's problem names its line
        inputs.keep(self.unchanged[relative])
        inputs.kept_sources = self._sources
        for source, article in zip(sources, articles, strict=True):
            assert article is not None
            inputs.keep(article)
            inputs.articles[source.id] = article.digest
            corpus.sources[source.id] = source
        return True

    def source(self, body: Any) -> Source | None:
        """The cached source a ``[[source]]`` table of a changed sources.toml gives again,
        field for field and type for type (so validating it again would make the same
        record), or None: a new or edited source, validated as usual."""
        if self._by_id is None:
            self._by_id = {s.id: s for s in codec.SOURCES.decode(self._sources)}
        if not isinstance(body, dict):
            return None
        cached = self._by_id.get(body.get("id"))  # type: ignore[arg-type]
        if cached is None or not body.keys() <= _SOURCE_DEFAULTS.keys():
            return None
        for name, default in _SOURCE_DEFAULTS.items():
            value = getattr(cached, name)
            if name in body:
                given = body[name]
                if type(given) is not type(value) or given != value:
                    return None
            elif default is _REQUIRED or value != default:
                return None
        return cached

    def keep_findings(
        self,
        path: Path,
        relative: str,
        corpus: Corpus,
        inputs: cache.Inputs,
        same_vocabularies: bool,
        fresh_ids: set[str],
    ) -> bool:
        """Put the cached findings of the unchanged findings file ``path`` in ``corpus``
        when they are still sound beside the rest of it; False, nothing done, to have
        the file read from the TOML. ``fresh_ids``: the ids claimed so far by files read
        from their TOML (the cached files' ids are unique among themselves: they were
        one sound corpus)."""
        entry = self.unchanged.get(relative)
        cached = self._files.get(relative)
        if entry is None or cached is None:
            return False  # changed, or new
        source_id, article, part = cached
        if source_id not in corpus.sources or inputs.articles.get(source_id) != article:
            return False  # its source is gone, or its article is not the text checked
        claimed = corpus.claimed_ids
        rows = marshal.loads(part)
        ids = [row[0] for row in rows]  # a finding's id is its first field
        if fresh_ids and not fresh_ids.isdisjoint(ids):
            return False  # a file read before took one of its ids: say where
        findings = codec.FINDINGS.decode(rows)
        if not same_vocabularies and any(
            True for f in findings for _ in vocabulary_problems(f, corpus)
        ):
            return False
        claimed.update(dict.fromkeys(ids, path))
        corpus.findings += findings
        inputs.keep(entry)
        inputs.findings_files[relative] = source_id
        inputs.kept_rows[relative] = part
        return True
