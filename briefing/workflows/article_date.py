"""Setting an article's date in review: when nothing in it gave the date, the reviewer can.

The date is written into the source's ``[[source]]`` table of ``data/sources.toml`` (its
other lines, comments and the other sources left as they are), under the corpus's
ingest lock and atomically, as a review of its findings is. Plain data: no Textual here.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from briefing.core.dates import Precision, parse_period
from briefing.corpus.layout import DATA, SOURCES_FILE
from briefing.storage.files import locked, write_atomic
from briefing.workflows.review import LOCK_FILE, ReviewError, review_refusal

DATE_FORMS = "YYYY-MM-DD, YYYY-MM or YYYY; empty for unknown"
NOTE = "Date set in review."


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


def set_published(root: Path, source_id: str, published: str) -> Path:
    """Write ``published`` (checked by ``check_published``) for one source; the file."""
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
                    blocks[index] = _with_date(block, published)
                    break
            else:
                raise ReviewError(f"'{source_id}' is no longer in {path}; nothing saved")
            new = "".join(blocks)
            tomllib.loads(new)  # never write a file the corpus would not read
            write_atomic(path, new)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReviewError(f"cannot write {path}: {exc}; nothing saved") from None
    return path


def _with_date(block: str, published: str) -> str:
    """One ``[[source]]`` table with its date, marked as given by a person."""
    lines = {
        "published": json.dumps(published),
        "published_stated": "true" if published else "false",
        "note": json.dumps(NOTE if published else "No date: unknown."),
    }
    for key, value in lines.items():
        pattern = re.compile(rf"(?m)^{key} = .*$")
        if pattern.search(block):
            line = f"{key} = {value}"
            block = pattern.sub(lambda _m: line, block, count=1)  # noqa: B023 (used at once)
        else:
            head, _, rest = block.partition("\n")
            block = f"{head}\n{key} = {value}\n{rest}"
    return block
