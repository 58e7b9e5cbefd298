"""Fixing an article's title, outlet, URL and date in review (the date, when nothing in
the article gave it, or gave it wrong).

The fields are written into the source's ``[[source]]`` table of ``data/sources.toml``
(its other lines, comments and the other sources left as they are), under the corpus's
ingest lock and atomically, as a review of its findings is. Plain data: no Textual here.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefing.core.dates import Precision, parse_period
from briefing.core.model import Source
from briefing.corpus.layout import DATA, SOURCES_FILE
from briefing.storage.files import locked, write_atomic
from briefing.workflows.review import LOCK_FILE, ReviewError, review_refusal
from briefing.workflows.review_fields import check_line

DATE_FORMS = "YYYY-MM-DD, YYYY-MM or YYYY; empty for unknown"
NOTE = "Date set in review."
_LABELS = {"title": "title", "outlet": "outlet", "url": "URL"}


def check_published(text: str) -> tuple[str | None, str | None]:
    """The date as typed (``""``: unknown), or None and what is wrong with it."""
    value = text.strip()
    if not value:
        return "", None
    try:
        period = parse_period(value)
    except ValueError:
        return None, f"'{value}' is not an article date: use {DATE_FORMS}"
    if period.precision not in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        return None, f"'{value}' is not a day, month or year: use {DATE_FORMS}"
    return value, None


@dataclass(frozen=True, slots=True)
class SourceChanges:
    """An article's fields as a reviewer left them, already checked."""

    title: str
    outlet: str
    url: str
    """``""``: no URL."""
    published: str
    """``""``: unknown."""

    def changed(self, source: Source) -> list[str]:
        """The fields that differ from ``source``'s, in the order they are shown."""
        old = (source.title, source.outlet, source.url or "", source.published)
        new = (self.title, self.outlet, self.url, self.published)
        names = ("title", "outlet", "url", "published")
        return [name for name, a, b in zip(names, old, new, strict=True) if a != b]


def check_source(
    title: str, outlet: str, url: str, published: str
) -> tuple[SourceChanges | None, dict[str, str]]:
    """The article's fields as typed, or per field (title, outlet, url, published) what is wrong."""
    errors: dict[str, str] = {}
    title_text, wrong = check_line(title, "title", needed=True)
    if wrong:
        errors["title"] = wrong
    outlet_text, wrong = check_line(outlet, "outlet", needed=True)
    if wrong:
        errors["outlet"] = wrong
    address = url.strip()
    if address and (
        not address.lower().startswith(("https://", "http://")) or len(address.split()) > 1
    ):
        errors["url"] = f"'{address}' is not a web address: https://… or http://…, or empty"
    date_text, wrong = check_published(published)
    if wrong:
        errors["published"] = wrong
    if errors or title_text is None or outlet_text is None or date_text is None:
        return None, errors
    return SourceChanges(title_text, outlet_text, address, date_text), {}


def set_published(root: Path, source_id: str, published: str) -> Path:
    """Write ``published`` (checked by ``check_published``) for one source; the file."""
    return _set_lines(root, source_id, _date_lines(published))


def set_source(root: Path, source: Source, changes: SourceChanges) -> Path | None:
    """Write what ``changes`` changes in ``source`` (None when nothing): the file written."""
    changed = changes.changed(source)
    if not changed:
        return None
    lines: dict[str, str | None] = {}
    if "published" in changed:
        lines.update(_date_lines(changes.published))
    for name in ("title", "outlet", "url"):
        if name in changed:
            value = getattr(changes, name)
            lines[name] = json.dumps(value) if value else None
    others = [_LABELS[name] for name in changed if name != "published"]
    if others:  # the note says what a person set (the date's own note otherwise)
        dated = "published" in changed
        named = others + (["date"] if dated and changes.published else [])
        said = f"{', '.join(named)} set in review."
        if dated and not changes.published:
            said += " No date: unknown."
        lines["note"] = json.dumps(said[0].upper() + said[1:])
    return _set_lines(root, source.id, lines)


def _date_lines(published: str) -> dict[str, str | None]:
    return {
        "published": json.dumps(published),
        "published_stated": "true" if published else "false",
        "note": json.dumps(NOTE if published else "No date: unknown."),
    }


def _set_lines(root: Path, source_id: str, lines: dict[str, str | None]) -> Path:
    """Set (None: remove) ``key = value`` lines of one source's table; the file."""
    reason = review_refusal(root)
    if reason:
        raise ReviewError(reason)
    path = root / DATA / SOURCES_FILE
    try:
        with locked(root / DATA / LOCK_FILE):
            text = path.read_text(encoding="utf-8")
            blocks = re.split(r"(?m)^(?=\[\[source\]\])", text)
            own = re.compile(rf"(?m)^id = {re.escape(json.dumps(source_id))}\s*$")
            for index, block in enumerate(blocks):
                if own.search(block):
                    blocks[index] = _with_lines(block, lines)
                    break
            else:
                raise ReviewError(f"'{source_id}' is no longer in {path}; nothing saved")
            new = "".join(blocks)
            tomllib.loads(new)  # never write a file the corpus would not read
            write_atomic(path, new)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReviewError(f"cannot write {path}: {exc}; nothing saved") from None
    return path


def _with_lines(block: str, lines: dict[str, str | None]) -> str:
    """One ``[[source]]`` table with ``lines`` set (None: removed), the rest as it was."""
    for key, value in lines.items():
        pattern = re.compile(rf"(?m)^{key} = .*$")
        if value is None:
            block = re.sub(rf"(?m)^{key} = .*\n?", "", block, count=1)
        elif pattern.search(block):
            line = f"{key} = {value}"
            block = pattern.sub(lambda _m: line, block, count=1)  # noqa: B023 (used at once)
        else:
            head, _, rest = block.partition("\n")
            block = f"{head}\n{key} = {value}\n{rest}"
    return block
