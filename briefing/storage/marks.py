"""The deadline tracker: a person's marks (done, missed, open) on dated findings.

Marks live in the corpus folder, ``data/state.toml``::

    [marks.a05-card-deadline]
    status = "done"            # done | missed | open
    note = "confirmed at the June meeting"   # optional, one line
    marked = "2025-06-03"      # the day it was marked

Reading never raises: a broken file makes the marks read-only, and every mistake is
a ``Problem`` with its line. Writing re-reads the file under an exclusive lock on
``data/.state.lock`` and changes only the one entry, so two writers (two app windows,
the app and ``briefing mark``) never lose each other's marks; the file is replaced
atomically, so a reader sees the old marks or the new, never half.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from briefing.core.model import Finding
from briefing.storage.files import Problem, StoreError, TomlDoc, locked, read_toml, write_toml
from briefing.storage.paths import bundled_corpus, is_same_folder

STATE_FILE = "state.toml"
LOCK_FILE = ".state.lock"
_DATA = "data"  # corpus.DATA; corpus imports this module
_KEYS = {"status", "note", "marked"}


class MarkStatus(StrEnum):
    """What a person says about a deadline, beside what the calendar says."""

    DONE = "done"
    MISSED = "missed"
    OPEN = "open"


@dataclass(frozen=True, slots=True)
class Mark:
    """One finding's mark."""

    status: MarkStatus
    note: str | None
    marked: date

    def label(self) -> str:
        """``marked done``."""
        return f"marked {self.status.value}"

    def record(self) -> dict[str, Any]:
        """As JSON (``briefing summary --format json``)."""
        return {"status": self.status.value, "note": self.note, "marked": self.marked.isoformat()}


class MarksError(Exception):
    """Marks cannot be written here; the message says why, in one line."""


@dataclass
class Marks:
    """The marks of one corpus, what is wrong with its state file, and whether it is writable."""

    marks: dict[str, Mark] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: bool = False
    """True when the file cannot be read at all: marking is then refused."""


def state_path(root: Path) -> Path:
    """Where a corpus keeps its marks."""
    return root / _DATA / STATE_FILE


def read_marks(root: Path, known: Iterable[Finding] | None = None) -> Marks:
    """The marks of the corpus in ``root`` (none when there is no state file).

    ``known`` are the findings that can be marked; a mark on any other id is reported.
    """
    path = state_path(root)
    result = Marks()
    found = read_table(path, "marks")
    if found is None:
        return result
    if isinstance(found, Problem):
        result.problems.append(found)
        result.broken = True
        return result
    doc, table = found
    dated = {f.id: f for f in known} if known is not None else None
    for finding_id, body in table.items():
        mark, message, key = _parse(body)
        line = doc.line_of("marks", finding_id, *([key] if key else []))
        if mark is None:
            result.problems.append(Problem(path, line, f"mark '{finding_id}': {message}"))
            continue
        if dated is not None and finding_id not in dated:
            result.problems.append(
                Problem(path, line, f"mark '{finding_id}': no dated finding has this id")
            )
            continue
        result.marks[finding_id] = mark
    return result


def _parse(body: object) -> tuple[Mark | None, str, str | None]:
    """A mark, or why not and at which key."""
    if not isinstance(body, dict):
        return None, "a table expected", None
    extra = sorted(set(body) - _KEYS)
    if extra:
        return None, f"unknown field '{extra[0]}'", extra[0]
    raw_status = body.get("status")
    try:
        status = MarkStatus(str(raw_status))
    except ValueError:
        known = " | ".join(s.value for s in MarkStatus)
        return None, f"status {raw_status!r} is not one of {known}", "status"
    note = body.get("note")
    if note is not None and (not isinstance(note, str) or "\n" in note):
        return None, "note must be one line of text", "note"
    marked = body.get("marked")
    if isinstance(marked, str):
        try:
            marked = date.fromisoformat(marked)
        except ValueError:
            marked = None
    if not isinstance(marked, date):
        return None, "marked must be a day, YYYY-MM-DD", "marked"
    return Mark(status, note or None, marked), "", None


BUNDLED_REFUSAL = (
    "the bundled corpus is never written to: copy it to a folder of your own and pass --corpus DIR"
)


def refusal(root: Path, marks: Marks) -> str | None:
    """Why marks cannot be written in this corpus, or None when they can."""
    if is_same_folder(root, bundled_corpus()):
        return BUNDLED_REFUSAL
    if marks.broken:
        first = marks.problems[0] if marks.problems else state_path(root)
        return f"marks are read-only until {STATE_FILE} is fixed ({first})"
    return None


def markable(finding: Finding) -> bool:
    """Only a dated finding (a deadline, a dated target) can be marked."""
    return finding.due_period is not None


def save_mark(
    root: Path, finding_id: str, status: MarkStatus, note: str | None, today: date
) -> Mark:
    """Record a mark: lock, re-read, change one entry, write atomically; ``MarksError`` if not."""
    if note is not None:
        note = " ".join(note.split()) or None
    entry: dict[str, Any] = {"status": status.value}
    if note:
        entry["note"] = note
    entry["marked"] = today
    _change(root, finding_id, entry)
    return Mark(status, note, today)


def clear_mark(root: Path, finding_id: str) -> bool:
    """Remove a finding's mark (the calendar alone judges it again); False when it had
    none. Locked and atomic as ``save_mark``; ``MarksError`` if it cannot be written."""
    return _change(root, finding_id, None)


def _change(root: Path, finding_id: str, entry: dict[str, Any] | None) -> bool:
    """Set (or, with None, remove) one mark. True when the file changed."""

    def change(table: dict[str, Any]) -> bool:
        if entry is None:
            return table.pop(finding_id, None) is not None
        table[finding_id] = entry
        return True

    return update_table(root, state_path(root), "marks", change)


def read_table(path: Path, name: str) -> tuple[TomlDoc, dict[str, Any]] | Problem | None:
    """The ``[name]`` table of a corpus state file (marks, links) with its document, the
    problem that keeps it from being read, or None when there is no such file."""
    if not path.exists():
        return None
    try:
        doc = read_toml(path)
    except StoreError as exc:
        return exc.problem
    table = doc.data.get(name, {})
    if not isinstance(table, dict):
        return Problem(path, doc.line_of(name), f"[{name}.ID] tables expected")
    return doc, table


def update_table(
    root: Path, path: Path, name: str, change: Callable[[dict[str, Any]], bool]
) -> bool:
    """Lock the corpus's state, re-read ``path``, let ``change`` edit its ``[name]``
    table, and write the file atomically when it says it changed something. A file that
    cannot be read whole is never written over; ``MarksError`` says why, in one line."""
    if not path.parent.is_dir():
        raise MarksError(f"'{root}' has no {_DATA}/ folder: it is not a corpus")
    try:
        with locked(path.parent / LOCK_FILE):
            data: dict[str, Any] = {}
            if path.exists():
                try:
                    data = read_toml(path).data
                except StoreError as exc:
                    raise MarksError(
                        f"{name} are read-only until {path.name} is fixed ({exc.problem})"
                    ) from None
            table = data.setdefault(name, {})
            if not isinstance(table, dict):
                raise MarksError(f"{path}: [{name}.ID] tables expected")
            if not change(table):
                return False
            write_toml(path, data)
    except OSError as exc:
        raise MarksError(f"cannot write {path}: {exc.strerror or exc}") from None
    return True
