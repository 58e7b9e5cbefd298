"""A person's word on suggested evidence: a link from a promise to a finding, confirmed or
dismissed. Kept with the corpus beside its marks, ``data/links.toml``::

    [links.a05-card-deadline]
    confirmed = ["b12-card-done"]
    dismissed = ["c07-card-survey#card_share#2024-06"]

A link is named by the promise's id and the evidence's key (a finding id, or
``finding#metric#as-of`` for one reported value). Ingesting articles writes only the
findings files, so a dismissed link stays dismissed. Writing re-reads the file under
the marks' lock (``data/.state.lock``) and replaces it atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from briefing.storage.files import Problem
from briefing.storage.marks import BUNDLED_REFUSAL, MarksError, read_table, update_table
from briefing.storage.paths import bundled_corpus, is_same_folder

LINKS_FILE = "links.toml"
_DATA = "data"


class LinkState(StrEnum):
    """What a person said about a suggested link."""

    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass
class Links:
    """Every confirmed and dismissed link of a corpus, and what is wrong with its file."""

    states: dict[tuple[str, str], LinkState] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def state(self, promise: str, key: str) -> LinkState | None:
        """The person's word on the link from ``promise`` to ``key``, if any."""
        return self.states.get((promise, key))


def links_path(root: Path) -> Path:
    """Where a corpus keeps its links."""
    return root / _DATA / LINKS_FILE


def read_links(root: Path) -> Links:
    """The links of the corpus in ``root``; never raises (a problem is kept with its line)."""
    path = links_path(root)
    result = Links()
    found = read_table(path, "links")
    if found is None:
        return result
    if isinstance(found, Problem):
        result.problems.append(found)
        return result
    doc, table = found
    for promise, body in table.items():
        if not isinstance(body, dict):
            line = doc.line_of("links", promise)
            result.problems.append(Problem(path, line, f"links '{promise}': a table expected"))
            continue
        for name, keys in body.items():
            line = doc.line_of("links", promise, name)
            try:
                state = LinkState(name)
            except ValueError:
                result.problems.append(
                    Problem(path, line, f"links '{promise}': unknown field '{name}'")
                )
                continue
            if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
                result.problems.append(
                    Problem(path, line, f"links '{promise}': {name} must be a list of ids")
                )
                continue
            for key in keys:
                result.states[(promise, key)] = state
    return result


def save_link(root: Path, promise: str, key: str, state: LinkState | None) -> None:
    """Confirm or dismiss one link (``None`` forgets the person's word on it): lock,
    re-read, change one entry, write atomically; ``MarksError`` when it cannot be written."""
    if is_same_folder(root, bundled_corpus()):
        raise MarksError(BUNDLED_REFUSAL)
    path = links_path(root)

    def change(table: dict[str, Any]) -> bool:
        entry = table.setdefault(promise, {})
        if not isinstance(entry, dict):
            raise MarksError(f"{path}: links '{promise}': a table expected")
        for other in LinkState:
            listed = entry.get(other.value, [])
            if not isinstance(listed, list):
                raise MarksError(f"{path}: links '{promise}': {other.value} must be a list")
            kept = [k for k in listed if k != key]
            if other is state:
                kept.append(key)
            if kept:
                entry[other.value] = kept
            else:
                entry.pop(other.value, None)
        if not entry:
            del table[promise]
        return True

    update_table(root, path, "links", change)
