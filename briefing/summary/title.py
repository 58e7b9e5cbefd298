"""What a summary's title says, and a copy of it kept beside the compiled cache.

The title (the span of the sources cited, how many of how many, each kind's findings
and distinct claims) is a handful of numbers, but counting them needs every finding
decoded: at 10,000 articles most of a second before the first byte. So the numbers of
the whole corpus's title are kept in a file beside the compiled cache (``.title``),
named by the records they were counted from and by the code that counted them; the
next summary of the same records writes its title from them while the findings are
decoded (``briefing.cli.summary``). Only the title of every finding (no filter, no
``--limit``, no ``--brief``) is kept: any other is counted as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.model import Kind

if TYPE_CHECKING:
    from briefing.summary.document import Briefing

SUFFIX = ".title"
MAGIC = b"briefing summary title\n"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class Title:
    """The numbers a summary's title prints."""

    as_of: date
    span: str
    """``2024-07-10 to 2025-02``: the publication dates of the sources cited."""
    cited: int
    of: int
    """How many sources the corpus has."""
    findings: int
    counts: tuple[tuple[Kind, int, int], ...]
    """Each section's kind, findings and distinct claims, in print order."""
    note: str = ""


def title_of(briefing: Briefing) -> Title:
    """What ``briefing``'s title says."""
    from briefing.corpus.indexed import published_span

    return Title(
        as_of=briefing.as_of,
        span=published_span(briefing.sources) if briefing.sources else "",
        cited=len(briefing.sources),
        of=len(briefing.corpus.sources),
        findings=briefing.finding_count,
        counts=tuple((s.kind, s.findings, s.total) for s in briefing.sections),
        note=briefing.note,
    )


def _counted_by() -> list[tuple[str, int, int]]:
    """The modules that count a title (beyond the corpus code the cache's stamp names),
    by size and mtime: a title counted by other code is not used."""
    from briefing.summary import document

    return [
        (path.name, (stat := path.stat()).st_size, stat.st_mtime_ns)
        for path in (Path(__file__), Path(document.__file__))
    ]


def keep_title(briefing: Briefing) -> None:
    """Keep the whole corpus's title beside its compiled cache (nothing when there is none)."""
    from briefing.corpus.beside import write_beside

    title = title_of(briefing)
    counts = [[kind.value, findings, total] for kind, findings, total in title.counts]
    value = [_counted_by(), title.span, title.cited, title.of, title.findings, counts, title.note]
    write_beside(briefing.corpus, SUFFIX, MAGIC, FORMAT, value)


def kept_title(root: Path, compiled: int, as_of: date) -> Title | None:
    """The title kept for the records ``compiled`` (a ``Hit.stamp``), or None: none kept,
    kept for other records or by other code, or not readable as a title."""
    from briefing.corpus.beside import read_kept

    value = read_kept(root, compiled, SUFFIX, MAGIC, FORMAT)
    if value is None:
        return None
    try:
        by, span, cited, of, findings, counts, note = value
        if [tuple(entry) for entry in by] != _counted_by():
            return None
        title = Title(
            as_of,
            str(span),
            int(cited),
            int(of),
            int(findings),
            tuple((Kind(kind), int(n), int(total)) for kind, n, total in counts),
            str(note),
        )
    except (TypeError, ValueError):  # a file of this name holding something else
        return None
    return title
