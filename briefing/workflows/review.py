"""Reviewing extracted findings: accept (with edits) or reject, in the findings files.

An extracted finding arrives with ``reviewed = false``. A person accepts it, perhaps
after fixing its statement, kind, due date, figures, topics or owner (``reviewed = true``),
or rejects it, and may take a rejection back (``restore``).
A rejected finding is removed from its file; the file itself stays, even with no
finding left, because ``briefing ingest`` treats an article whose findings file
exists as done: re-ingesting it never brings a rejected finding back.

Every change re-reads the file under the corpus's ingest lock (``data/.ingest.lock``)
and rewrites it atomically, so a concurrent ingest or review is never lost and a
reader sees the old file or the new one, never half. Plain data: no Textual here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.core.dates import Precision, parse_period
from briefing.core.model import Finding, Kind, Metric, Origin
from briefing.corpus.indexed import Corpus
from briefing.corpus.layout import DATA, FINDINGS_DIR
from briefing.storage.files import StoreError, locked, read_toml, write_toml
from briefing.storage.marks import BUNDLED_REFUSAL, state_path
from briefing.storage.marks import LOCK_FILE as STATE_LOCK_FILE
from briefing.storage.paths import bundled_corpus, is_same_folder
from briefing.workflows.review_fields import check_line, parse_metrics, parse_topics

LOCK_FILE = ".ingest.lock"
"""``briefing.workflows.ingest.LOCK_FILE`` (not imported: ingest pulls in the extractor), so a
review and an ingest into the same corpus never interleave."""


DUE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"
"""How a due date is written (a half year, ``2025-H1``, is for figures only)."""


class ReviewError(Exception):
    """A review could not be saved; the message says why in one line. Nothing was written."""


@dataclass(frozen=True, slots=True)
class Changes:
    """What a reviewer may change in an extracted finding, already checked."""

    statement: str
    kind: Kind
    due: str | None
    metrics: tuple[Metric, ...] | None = None
    """None: as they are."""
    topics: tuple[str, ...] | None = None
    """None: as they are."""
    owner: str | None = None
    """None: as it is; ``""``: no owner."""

    def differs_from(self, finding: Finding) -> bool:
        """Whether saving these changes would change ``finding``."""
        return (self.statement, self.kind, self.due) != (
            finding.statement,
            finding.kind,
            finding.due,
        ) or any(
            new is not None and new != old
            for new, old in (
                (self.metrics, finding.metrics),
                (self.topics, finding.topics),
                (self.owner, finding.owner or ""),
            )
        )


@dataclass(frozen=True, slots=True)
class Rejected:
    """A rejected finding's entry as it was in its file, to put back (``restore``)."""

    finding: Finding
    path: Path
    entry: dict[str, Any]
    index: int
    mark: Any = None
    """Its deadline mark's table in the state file, if it had one."""


def review_refusal(root: Path) -> str | None:
    """Why findings cannot be reviewed in this corpus, or None when they can."""
    if is_same_folder(root, bundled_corpus()):
        return BUNDLED_REFUSAL
    return None


def reviewable(finding: Finding) -> bool:
    """Only an extracted finding is reviewed; a curated one was written by a person."""
    return finding.origin is Origin.EXTRACTED


def unreviewed(corpus: Corpus) -> list[Finding]:
    """The findings still to review, in reading order: oldest source first, then by span."""
    waiting = [f for f in corpus.findings if reviewable(f) and not f.reviewed]
    return sorted(
        waiting, key=lambda f: (corpus.sources[f.source].published_date, f.source, f.span)
    )


def check_changes(
    statement: str,
    kind: str,
    due: str,
    *,
    metrics: str | None = None,
    topics: str | None = None,
    owner: str | None = None,
    corpus: Corpus | None = None,
) -> tuple[Changes | None, dict[str, str]]:
    """The changes typed in a review, or per field (statement, kind, due, metrics, topics,
    owner) what is wrong. ``metrics``, ``topics`` and ``owner`` are None when not edited;
    metric names and topic ids are checked against ``corpus``'s vocabularies."""
    errors: dict[str, str] = {}
    metric_values = topic_ids = owner_text = None
    if metrics is not None:
        metric_values, wrong = parse_metrics(metrics, corpus.metric_defs if corpus else {})
        if wrong:
            errors["metrics"] = wrong
    if topics is not None:
        topic_ids, wrong = parse_topics(topics, corpus.topics if corpus else {})
        if wrong:
            errors["topics"] = wrong
    if owner is not None:
        owner_text, wrong = check_line(owner, "owner", needed=False)
        if wrong:
            errors["owner"] = wrong
    text = " ".join(statement.split())
    if not text:
        errors["statement"] = "a statement is needed: one short line"
    try:
        chosen = Kind(kind)
    except ValueError:
        errors["kind"] = f"kind '{kind}' is not one of {', '.join(k.value for k in Kind)}"
        chosen = Kind.ACHIEVEMENT
    period_text = due.strip() or None
    if period_text is not None:
        try:
            period = parse_period(period_text)
        except ValueError as exc:
            reason = str(exc)
            errors["due"] = (
                reason
                if "real date" in reason
                else f"'{period_text}' is not a due date: use {DUE_FORMS}"
            )
        else:
            if period.precision is Precision.HALF:
                errors["due"] = (
                    f"'{period_text}' is a half year: give a day, month, quarter or year"
                )
    elif chosen is Kind.DEADLINE and "kind" not in errors:
        errors["due"] = f"a deadline needs a due date: {DUE_FORMS}"
    if errors:
        return None, _in_order(errors)
    return Changes(text, chosen, period_text, metric_values, topic_ids, owner_text), {}


FIELD_ORDER = ("statement", "kind", "due", "metrics", "topics", "owner")


def _in_order(errors: dict[str, str]) -> dict[str, str]:
    """``errors`` in the order the fields are shown, so the first is the first to fix."""
    return {key: errors[key] for key in sorted(errors, key=FIELD_ORDER.index)}


def accept(root: Path, finding: Finding, changes: Changes | None = None) -> Path:
    """Mark ``finding`` reviewed, with ``changes`` if given; returns the file written."""

    def change(entries: list[Any], index: int) -> None:
        entry = dict(entries[index])
        if changes is not None:
            entry["statement"] = changes.statement
            entry["kind"] = changes.kind.value
            for key, value in (("due", changes.due), ("owner", changes.owner)):
                if value == "" or (value is None and key == "due"):
                    entry.pop(key, None)
                elif value is not None:
                    entry[key] = value
            if changes.topics is not None:
                entry["topics"] = list(changes.topics)
            if changes.metrics is not None:
                entry.pop("metrics", None)
                if changes.metrics:
                    entry["metrics"] = [_metric_table(m) for m in changes.metrics]
        entry["reviewed"] = True
        entries[index] = entry

    path = _rewrite(root, finding, change)
    if changes is not None and changes.due is None:
        _drop_mark(root, finding.id)  # an undated finding cannot carry a deadline mark
    return path


def _metric_table(metric: Metric) -> dict[str, Any]:
    """A metric as a findings file writes it (a whole number without its ``.0``)."""
    value: float | int = int(metric.value) if metric.value.is_integer() else metric.value
    table: dict[str, Any] = {
        "name": metric.name,
        "value": value,
        "unit": metric.unit,
        "as_of": metric.as_of,
    }
    if metric.qualifier is not None:
        table["qualifier"] = metric.qualifier.value
    return table


def reject(root: Path, finding: Finding) -> Rejected:
    """Remove ``finding`` from its file (the file stays); what was removed, to restore."""
    removed: dict[str, Any] = {}

    def change(entries: list[Any], index: int) -> None:
        removed.update(entry=entries[index], index=index)
        del entries[index]

    path = _rewrite(root, finding, change)
    mark = _drop_mark(root, finding.id)
    return Rejected(finding, path, dict(removed["entry"]), int(removed["index"]), mark)


def restore(root: Path, rejected: Rejected) -> Path:
    """Put a rejected finding back where it was in its file, with its mark; the file."""
    reason = review_refusal(root)
    if reason:
        raise ReviewError(reason)
    path = rejected.path
    finding_id = rejected.finding.id
    try:
        with locked(root / DATA / LOCK_FILE):
            try:
                data = read_toml(path).data
            except StoreError as exc:
                raise ReviewError(f"{exc.problem}; nothing restored") from None
            entries = data.setdefault("finding", [])
            if any(isinstance(e, dict) and e.get("id") == finding_id for e in entries):
                raise ReviewError(f"'{finding_id}' is in {path} already; nothing restored")
            entries.insert(min(rejected.index, len(entries)), rejected.entry)
            _validate(path, {**rejected.entry, "source": data.get("source")}, finding_id)
            write_toml(path, data)
    except OSError as exc:
        raise ReviewError(f"cannot write {path}: {exc.strerror or exc}; nothing restored") from None
    if rejected.mark is not None:
        _put_mark(root, finding_id, rejected.mark)
    return path


def _rewrite(root: Path, finding: Finding, change: Callable[[list[Any], int], None]) -> Path:
    """Lock, re-read the finding's file, apply ``change`` to its entries, check, write."""
    reason = review_refusal(root)
    if reason:
        raise ReviewError(reason)
    if not reviewable(finding):
        raise ReviewError(f"'{finding.id}' is curated: only extracted findings are reviewed")
    folder = root / DATA / FINDINGS_DIR
    if not folder.is_dir():
        raise ReviewError(f"'{root}' has no {DATA}/{FINDINGS_DIR}/ folder: it is not a corpus")
    path = folder / f"{finding.source}.toml"
    try:
        with locked(root / DATA / LOCK_FILE):
            path, data, index = _locate(folder, finding)
            entries: list[Any] = data["finding"]
            change(entries, index)
            if index < len(entries) and entries[index].get("id") == finding.id:
                _validate(path, {**entries[index], "source": data.get("source")}, finding.id)
            write_toml(path, data)
    except OSError as exc:
        raise ReviewError(f"cannot write {path}: {exc.strerror or exc}; nothing saved") from None
    return path


def _locate(folder: Path, finding: Finding) -> tuple[Path, dict[str, Any], int]:
    """The file holding ``finding`` (as it is now on disk), its data, and the entry's index."""
    usual = folder / f"{finding.source}.toml"
    candidates = [usual, *(p for p in sorted(folder.glob("*.toml")) if p != usual)]
    for path in candidates:
        if not path.exists():
            continue
        try:
            data = read_toml(path).data
        except StoreError as exc:
            if path == usual:
                raise ReviewError(f"{exc.problem}; nothing saved") from None
            continue
        entries = data.get("finding")
        if not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and entry.get("id") == finding.id:
                return path, data, index
    raise ReviewError(f"'{finding.id}' is no longer in {usual} (changed elsewhere?); nothing saved")


def _validate(path: Path, body: dict[str, Any], finding_id: str) -> None:
    """Refuse to write an entry the corpus would not load."""
    # pydantic is imported here, on a save, not when the app starts (~70 ms).
    from pydantic import ValidationError

    from briefing.storage import validate

    try:
        validate.finding(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        message = str(first["msg"]).removeprefix("Value error, ")
        detail = f"{where}: {message}" if where else message
        raise ReviewError(f"{path}: finding '{finding_id}': {detail}; nothing saved") from None


def _drop_mark(root: Path, finding_id: str) -> Any:
    """Forget the deadline mark of a finding that is gone or no longer dated; the mark's
    table as it was (None when it had none).

    Best effort: a state file that cannot be read or written is left as it is
    (``briefing check`` then names the stale mark).
    """
    path = state_path(root)
    if not path.exists():
        return None
    try:
        with locked(path.parent / STATE_LOCK_FILE):
            data = read_toml(path).data
            marks = data.get("marks")
            if isinstance(marks, dict) and finding_id in marks:
                mark = marks.pop(finding_id)
                write_toml(path, data)
                return mark
    except (OSError, StoreError):
        return None
    return None


def _put_mark(root: Path, finding_id: str, mark: Any) -> None:
    """Give a restored finding its mark back, unless it was marked again meanwhile
    (best effort, as ``_drop_mark``)."""
    path = state_path(root)
    try:
        with locked(path.parent / STATE_LOCK_FILE):
            data = read_toml(path).data if path.exists() else {}
            marks = data.setdefault("marks", {})
            if isinstance(marks, dict) and finding_id not in marks:
                marks[finding_id] = mark
                write_toml(path, data)
    except (OSError, StoreError):
        return


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A stretch of article text around a quote, and where the quote is inside it."""

    text: str
    start: int
    end: int


def excerpt(text: str, span: tuple[int, int], reach: int = 300) -> Excerpt:
    """The quote's paragraph, and the paragraphs either side, cut to ``reach`` characters.

    A reviewer judges a quote by what surrounds it ("However, …", the owner named in
    the sentence before); a cut is marked with ``…`` so nothing looks like the start
    or end of the article when it is not.
    """
    start, end = span
    line_start = text.rfind("\n", 0, start)  # -1 when the quote is in the first line
    previous_start = text.rfind("\n", 0, max(line_start, 0)) + 1 if line_start > 0 else 0
    line_end = text.find("\n", end)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    next_end = len(text) if next_end < 0 else next_end
    cut_from = max(previous_start, start - reach)
    cut_to = min(next_end, end + reach)
    head = "…" if cut_from > previous_start else ""
    tail = "…" if cut_to < next_end else ""
    lead = len(text[cut_from:start]) - len(text[cut_from:start].lstrip("\n"))
    body = text[cut_from + lead : cut_to].rstrip("\n")
    offset = len(head) - cut_from - lead
    return Excerpt(head + body + tail, start + offset, end + offset)
