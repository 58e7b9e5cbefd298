"""What an article says about itself: title, outlet, URL, publication date.

Each date is marked stated (printed in a byline or a date line) or inferred (from an
opening like "This afternoon, February 6" with the year from the text), and ``note``
says how it was established, as curated sources do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from briefing.extract import dates as d
from briefing.extract.article_date import (
    DATELINE_DAY,
    MONTH_YEAR,
    OPENING_DAY,
    as_of_day,
    deadline_ahead_of,
    nearest_deadline,
    nearest_horizon,
    reported_year,
    year_from_context,
)
from briefing.extract.cleaning import ENDS_SENTENCE, article_end, lines_of, opens_the_lead
from briefing.extract.milestones import earliest_year, lede_year
from briefing.extract.slug_title import title_from_slug
from briefing.extract.stamped_days import (
    DATE_WORDS_LINE,
    HEAD,
    day_line,
    stamped_headline,
    update_line,
    url_month,
    without_stamp,
    worded_date_line,
    worded_in_byline,
)

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_SOURCE_URL = re.compile(r"^\s*(?:source|nguồn|link)\s*:\s*(https?://\S+)\s*$", re.I | re.M)
# A credit line: "According to baochinhphu.vn", "Source: Lao Cai Provincial Portal"
_ACCORDING = re.compile(
    r"^\s*(?:according to|theo|source\s*:|nguồn\s*:)\s*(?P<who>(?!https?://)[^\s][^\n]{1,59}?)\s*\.?\s*$",
    re.I | re.M,
)
# A lead that opens with its site: "(laocai.gov.vn) - On January 18, ..."
_LEAD_SITE = re.compile(
    r"^\s*\(?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org))\)?\s*[-–—]\s", re.M
)
_BYLINE = re.compile(
    # "Invest Global 16/09/2025", and with the time first: "Invest Global 09:08 16/09/2025"
    r"^(?P<who>[^\n\d]{2,80}?)[ \t]*(?:\d{1,2}[:h]\d{2}(?:[ \t]*[AaPp][Mm])?[ \t]+)?(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})\b.*$",
    re.M,
)
_DATE_LINE = re.compile(
    r"^\s*(?:date|published|posted|(?:last\s+)?updated)(?:\s+on)?\s*:?\s*(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b",
    re.I | re.M,
)
_NOT_OUTLET = re.compile(
    r"^(?:published|posted|updated|date|on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_BANNER = re.compile(r"^\S+\.(vn|com|net|org)\b.*[-–|]", re.I)


@dataclass(frozen=True, slots=True)
class Metadata:
    """An article's title, outlet, URL and date, with how the date was known."""

    title: str
    outlet: str
    url: str | None
    published: str  # YYYY-MM-DD, YYYY-MM or YYYY; "" when the article gives no clue
    published_stated: bool
    note: str
    guess: date | None = None
    """When the date is unknown: the day years left unsaid are taken from (uncertain)."""

    @property
    def known(self) -> bool:
        """False when nothing in the article dates it."""
        return bool(self.published)

    @property
    def ref_date(self) -> date:
        """The publication day (the period's first day when only the month or year is
        known; when unknown, the guess the extractor's uncertain dates are read with)."""
        if not self.published:
            return self.guess or date.today()
        parts = [int(p) for p in self.published.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _dedupe_doubled(name: str) -> str:
    """'Việt NamViệt Nam' (a logo and its alt text run together) → 'Việt Nam'."""
    name = name.strip(" -–|·,")
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        return name[:half].strip()
    return name


def _host(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


# Lines above a headline that are not it: breadcrumbs, section names, datelines, bylines.
_BREADCRUMB = re.compile(r"[»›>|/]\s*\S")
_BYLINE_WORDS = re.compile(r"^(?:by|reporter|author|posted by|written by|photo|ảnh)\b", re.I)
_TIME_OR_DATE = re.compile(r"\d{1,2}[:/]\d{1,2}|\b(?:19|20)\d{2}\b")
# A page's share buttons: "• Click to copy", "Copy link", "Share on Facebook".
_WIDGET = re.compile(
    r"^\W*(?:click\s+to\s+copy(?:\s+link)?|copy\s+(?:the\s+)?(?:link|url)(?:\s+to\s+share)?|"
    r"share\s+(?:this\s+article|(?:on|via|to)\s+\w+.*)|font\s+size.*)\W*$",
    re.I,
)
# A weather box beside the masthead: "Da Nang 24 - 31 ºC".
_WEATHER = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\s*[º°]\s*[CF]\b")


# An image's file name left above the text by a page's photo: "hanoi dx 01.JPG.jpg".
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)\s*$", re.I)


def _furniture(line: str) -> bool:
    """A short line above the headline that is site furniture, not the headline."""
    words = line.split()
    if len(words) < 3 or _BANNER.match(line) or _BYLINE.match(line) or _URL.match(line):
        return True
    if _BYLINE_WORDS.match(line) or DATE_WORDS_LINE.match(line) or _DATE_LINE.match(line):
        return True
    if _WIDGET.match(line) or _IMAGE_FILE.search(line):
        return True
    if len(words) <= 8 and _BREADCRUMB.search(line) and not ENDS_SENTENCE.search(line):
        return True  # "Home » News » Digital", "Society | Hanoi"
    if line.isupper() and len(words) <= 12:
        return True  # a letterhead or site name in capitals
    if len(words) <= 8 and _WEATHER.search(line):
        return True
    return len(words) <= 6 and bool(_TIME_OR_DATE.search(line))  # "Thursday, 10/07/2024 14:30"


_CAPTION_IN = re.compile(
    r"(?:^\||\()[^\n]*\b(?:photo|ảnh|image)\b"
    # a caption with no credit: "A screenshot of the National Public Service Portal"
    r"|^(?:an?\s+|the\s+)?(?:screenshot|photo|picture|image|file\s+photo|illustration)\s+(?:of|shows)\b"
    # a credit closing the line: "A data centre in the industrial park. Photo: Viettel"
    r"|[.!]\s+(?:illustration\s+|file\s+)?(?:photo|ảnh|image|illustration)\s*(?::|by\b)\s*[^\n]{1,60}$",
    re.I,
)
_DATELINE_LEAD = re.compile(rf"^(?:On\s+)?{d.MONTH}\s+\d{{1,2}}\b|^On\s+the\s+\w+\s+of\b")


def _headline_like(line: str) -> bool:
    """A headline, not a sentence of the lead, a dateline opening or a photo caption."""
    words = len(line.split())
    if not 3 <= words <= 30 or _CAPTION_IN.search(line) or _DATELINE_LEAD.match(line):
        return False
    return not opens_the_lead(line)


_QUESTION_LINE = re.compile(r"^[^\n]{12,200}\?[ \t]*$", re.M)


def _asked_in_interview(line: str, text: str) -> bool:
    """A question opening an excerpt of an interview, whose other questions stand on lines
    of their own too: the interviewer's, not the headline."""
    return line.rstrip().endswith("?") and len(_QUESTION_LINE.findall(text)) >= 2


def _title(text: str, hint: str | None, url: str | None = None) -> str:
    """The headline: the page's title, else the first line under the furniture of a few
    words that reads as a headline, else the URL's slug, else the opening words."""
    if hint:
        return hint
    capitals: str | None = None  # "DIGITAL SIGNATURES REACH 12 MILLION" over the lead
    for start, end in lines_of(text[:HEAD])[:12]:
        line = without_stamp(text[start:end]).strip()
        if line and capitals is None and line.isupper() and 4 <= len(line.split()) <= 16:
            capitals = line
        if not line or _furniture(line):
            continue
        if (
            _headline_like(line)
            and not _asked_in_interview(line, text)
            and not line.endswith(".")  # a headline has no full stop; a lead sentence has
        ):
            return line
        break  # the lead paragraph, or an interviewer's question: there is no headline
    if capitals is not None:
        return capitals
    slug = title_from_slug(url, text)
    if slug:
        return slug
    first = " ".join(text.split())
    return first if len(first) <= 100 else first[:99].rsplit(" ", 1)[0] + "…"


def extract_metadata(
    text: str, hints: dict[str, str] | None = None, today: date | None = None
) -> Metadata:
    """Title, outlet, URL and date of ``text``; ``hints`` are what an HTML page declared."""
    hints = hints or {}
    url_match = _SOURCE_URL.search(text)
    url = hints.get("url") or (url_match.group(1).rstrip(".,") if url_match else None)
    if url is not None and not url.startswith(("http://", "https://")):
        url = None
    title = _title(text, hints.get("title"), url)
    # What follows "Related news" or "Same tag" is other articles', dates and all.
    text = text[: article_end(text)]
    byline = _BYLINE.search(text[:2000])
    if byline and stamped_headline(byline.group()):
        byline = None
    if byline and _NOT_OUTLET.match(byline.group("who").strip()):
        byline_who = None
    else:
        byline_who = byline.group("who") if byline else None
    according = None
    for m in _ACCORDING.finditer(text):
        according = m  # the last one: a credit at the end of the article
    outlet: str | None = None
    if according and len(according.group("who").split()) <= 6:
        outlet = according.group("who").strip()
        if url and _host(url) and _host(url) not in outlet:
            outlet = f"{outlet} (via {_host(url)})"
    elif hints.get("sitename"):
        outlet = hints["sitename"]
    elif lead_site := _LEAD_SITE.search(text[:3000]):
        outlet = lead_site.group("host")
    elif byline_who and url is None:
        outlet = _dedupe_doubled(byline_who) or None
    elif url:
        outlet = _host(url)
    elif byline_who:
        outlet = _dedupe_doubled(byline_who) or None
    published, stated, note = _published(text, hints, byline, url)
    # Undated, the article is read as of a guess: its years are all ahead of it (else one
    # reported would date it), so its nearest horizon ("by the end of 2025"), not the furthest.
    named = nearest_horizon(text) or year_from_context(text) if not published else None
    guess = date(named, 1, 1) if named else (today or date.today())
    return Metadata(
        title=" ".join(title.split()),
        outlet=outlet or "unknown outlet",
        url=url,
        published=published,
        published_stated=stated,
        note=note,
        guess=None if published else guess,
    )


def _printed_line(text: str) -> tuple[str, bool, str] | None:
    """The date of a "Published: 2026-01-20" or "Updated ..." line, if the article has one."""
    line = _DATE_LINE.search(text[:3000])
    if line:
        day = d.period_of(int(line["year"]), int(line["month"]), int(line["day"]))
        if day and len(day) == 10:
            return day, True, f"The article prints the date {day}."
    updated = update_line(text)
    if updated:
        return updated[0], True, f"The article prints the date '{updated[1]}'."
    return None


def _day_printed(found: re.Match[str] | None, where: str) -> tuple[str, bool, str] | None:
    """The day a byline or a dateline prints as day/month/year, if it is a real day."""
    if found is None:
        return None
    day = d.period_of(int(found["year"]), int(found["month"]), int(found["day"]))
    if not day or len(day) != 10:
        return None
    return day, True, f"The {where} prints {found['day']}/{found['month']}/{found['year']}."


def _published(
    text: str, hints: dict[str, str], byline: re.Match[str] | None, url: str | None = None
) -> tuple[str, bool, str]:
    """The date, whether it is printed, and how it was known; ("", False, why) when the
    article gives no clue (never the day it was read)."""
    printed_day = _day_printed(byline, "byline")
    if printed_day is not None:
        return printed_day
    worded = worded_date_line(text[:3000])
    printed: tuple[str, bool, str] | None = None
    looked = worded is None  # the printed date lines, read once
    if looked:
        printed = _printed_line(text) or _day_printed(day_line(text), "dateline")
        if printed is not None:
            return printed
        worded = worded_in_byline(text)
    if worded:
        if worded["month"]:
            month, day_n, year = (
                d.MONTHS[worded["month"].lower().rstrip(".")],
                worded["day"],
                worded["year"],
            )
        else:
            month, day_n, year = (
                d.MONTHS[worded["month2"].lower()],
                worded["day2"],
                worded["year2"],
            )
        day = d.period_of(int(year), month, int(day_n))
        if day and len(day) == 10:
            return day, True, f"The article prints the date '{worded.group().strip()}'."
    if not looked:
        printed = _printed_line(text)
        if printed is not None:
            return printed
    hinted = hints.get("date")
    if hinted and re.fullmatch(r"\d{4}-\d{2}-\d{2}", hinted):
        return hinted, True, "The page's metadata gives the date."
    filed = url_month(url)
    if filed:
        return filed[0], False, f"No date printed; the address files it under '{filed[1]}'."
    opening = OPENING_DAY.search(text[:1500]) or DATELINE_DAY.search(text[:1500])
    reported = reported_year(
        text,
        in_december=opening is not None
        and not opening["year"]
        and d.MONTHS[opening["month"].lower()] == 12,
    )
    # read once, and only when no year is reported: the year, and the lede's day below
    deadline = None if reported else nearest_deadline(text)
    inferred = reported or (deadline[0] if deadline else None)
    why = (
        f"the latest year whose results it reports is {reported}"
        if reported
        else f"its nearest deadline falls in {inferred}"
    )
    floor = earliest_year(text)
    if floor and (inferred is None or floor[0] > inferred):
        # What the article speaks of happened later than any year it names as reported.
        reported = None
        inferred = floor[0]
        why = f"it speaks of {floor[1]}"
    if (
        not reported
        and deadline
        and inferred == deadline[0]  # the year is the deadline's, not a later floor's
        and (ahead := deadline_ahead_of(text, deadline))
    ):
        year, month, day_n, said = ahead
        day = d.period_of(year, month, int(day_n))
        if day and len(day) == 10:
            return (
                day,
                False,
                f"No date printed. The article tells of '{said}', before its nearest"
                f" deadline in {inferred}.",
            )
    if opening and opening["year"] and reported and int(opening["year"]) < reported:
        # after the lead, "On August 10, 2020, ... issued the plan" in a review of 2021
        lead_before = any(opens_the_lead(text[a:b]) for a, b in lines_of(text[: opening.start()]))
        opening = None if lead_before else opening
    if opening and (opening["year"] or inferred):
        month = d.MONTHS[opening["month"].lower()]
        year = int(opening["year"] or 0) or lede_year(
            inferred or 0, month, None if reported else floor
        )
        day = d.period_of(year, month, int(opening["day"]))
        if day and len(day) == 10:
            if opening["year"]:
                return day, True, f"The article opens with the date '{opening.group().strip()}'."
            return (
                day,
                False,
                f"No date printed. The article opens '{opening.group().strip()}'; {why}.",
            )
    as_of = as_of_day(text)
    if as_of:
        return as_of[0], False, f"No date printed. The article reports '{as_of[1]}'."
    if reported:
        # Only months are named: the earliest month of that year is the first the
        # article can have been written in (what it reports or sets from then on).
        months = sorted(
            d.MONTHS[m["month"].lower().rstrip(".")]
            for m in MONTH_YEAR.finditer(text)
            if int(m["year"]) == reported
        )
        if months:
            return (
                f"{reported}-{months[0]:02d}",
                False,
                f"No date printed; {why}, and the earliest month of it named is {months[0]:02d}.",
            )
        return str(reported), False, f"No date printed; {why}."
    if inferred:
        return str(inferred), False, f"No date printed; {why}."
    return "", False, "No date printed and nothing in the article dates it: unknown."
