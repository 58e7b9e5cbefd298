"""What a person tells ``briefing ingest`` about a single article (``--title``,
``--outlet``, ``--url``, ``--published``): it wins over what the extractor reads from
the text, and the source's note says which fields were given."""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefing.core.dates import Precision, parse_period
from briefing.core.safe_text import one_line
from briefing.extract.metadata import Metadata

_PUBLISHED = "--published: a day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY)"


class GivenError(ValueError):
    """A given field is not usable; the message names the option and says why."""


@dataclass(frozen=True)
class Given:
    """The fields given for one article; None where the extractor's reading stands."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None

    def __post_init__(self) -> None:
        for option, value in self.fields():
            if not value.strip():
                raise GivenError(f"--{option}: empty")
            if one_line(value) != value:
                raise GivenError(f"--{option}: one line of printable text, please")
        if self.url is not None and not self.url.lower().startswith(("http://", "https://")):
            raise GivenError(f"--url: '{self.url}' is not an http(s) address")
        if self.published is not None:
            try:
                period = parse_period(self.published)
            except ValueError as exc:
                raise GivenError(f"--published: {exc}") from None
            if period.precision not in (Precision.DAY, Precision.MONTH, Precision.YEAR):
                raise GivenError(_PUBLISHED)

    def fields(self) -> list[tuple[str, str]]:
        """The fields given, as (option, value)."""
        pairs = [("title", self.title), ("outlet", self.outlet), ("url", self.url)]
        pairs.append(("published", self.published))
        return [(option, value) for option, value in pairs if value is not None]

    def __bool__(self) -> bool:
        return bool(self.fields())

    def over(self, meta: Metadata) -> Metadata:
        """``meta`` with the given fields in place of what was read."""
        if not self:
            return meta
        named = ", ".join(option for option, _ in self.fields())
        # The extractor's note says how it dated the article: moot once a date is given.
        kept = meta.note if meta.note and self.published is None else ""
        note = f"{named} given at ingest" + (f"; {kept}" if kept else "")
        changed = replace(
            meta,
            title=self.title if self.title is not None else meta.title,
            outlet=self.outlet if self.outlet is not None else meta.outlet,
            url=self.url if self.url is not None else meta.url,
            note=note,
        )
        if self.published is not None:
            changed = replace(changed, published=self.published, published_stated=True)
        return changed
