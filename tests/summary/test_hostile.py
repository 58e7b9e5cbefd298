"""Article text is untrusted: markup stays literal, escapes become visible, links stay inert."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.summary.conftest import (
    AS_OF,
    ESC,
    HOSTILE,
    OSC8,
    SGR,
    VISIBLE_ESC,
    Run,
    strip_ansi,
)

MARKUP = "[bold red]ALERT[/bold red]"
LINK = "[link=https://evil.example]click here[/link]"
ARTICLE_ESC = "\x1b[31mnow"
SHOWN_ESC = f"{VISIBLE_ESC}[31mnow"
DAILY_URL = "https://news.example/lanmore/digital-transformation-2024-h1"
WIDE = ("--width", "250")  # no wrapping inside the planted text


@pytest.fixture
def hostile(run: Run, hostile_corpus: Path) -> Callable[..., str]:
    """``hostile(*args)`` → stdout of a summary of the hostile corpus copy."""

    def _hostile(*args: str) -> str:
        status, out, err = run("--corpus", str(hostile_corpus), "--as-of", AS_OF, *args)
        assert (status, err) == (0, "")
        return out

    return _hostile


def only_rich_escapes(out: str) -> str:
    """``out`` with Rich's own SGR codes and OSC 8 links removed; fails on any other ESC."""
    plain = strip_ansi(out)
    assert ESC not in plain, "an escape sequence that is not Rich's own SGR/OSC 8"
    return plain


def test_hostile_corpus_is_valid(cli: Run, hostile_corpus: Path):
    status, out, _ = cli("check", "--corpus", str(hostile_corpus))
    assert (status, out) == (0, "ok: 2 sources, 11 findings\n")


# The fixture corpus itself: its hostile text is a quote, printed by Markdown (and JSON).


def test_fixture_quote_in_markdown_is_escaped(summary: Callable[..., str]):
    out = summary("--format", "markdown")
    assert r"\[bold red\]ALERT\[/bold red\]" in out
    assert r"\[link=https://evil.example\]click here\[/link\]" in out
    assert MARKUP not in out
    assert LINK not in out
    assert ESC not in out
    assert f"{VISIBLE_ESC}\\[31mnow{VISIBLE_ESC}\\[0m" in out


@pytest.mark.parametrize("fmt", ["text", "rich", "html", "markdown"])
def test_fixture_hostile_quote_never_leaks_an_escape(summary: Callable[..., str], fmt: str):
    out = summary("--format", fmt, "--width", "80")
    assert ARTICLE_ESC not in out
    assert "evil.example\x1b" not in out
    if fmt != "rich":
        assert ESC not in out
    else:
        only_rich_escapes(out)
        assert all("evil" not in m.group(2) for m in OSC8.finditer(out))


# A copy with the same payload where text, rich and HTML print it.


def test_text_shows_the_payload_literally(hostile: Callable[..., str]):
    out = hostile("--format", "text", *WIDE)
    assert ESC not in out
    assert MARKUP in out
    assert LINK in out
    assert SHOWN_ESC in out
    assert "<script>alert(1)</script> &amp; *x* | ~y~" in out
    # statement, topic heading, owner, outlet and title all carry it
    assert out.count(MARKUP) >= 5
    assert HOSTILE.replace(ESC, VISIBLE_ESC) in out


def test_rich_shows_the_payload_literally(hostile: Callable[..., str]):
    out = hostile("--format", "rich", *WIDE)
    assert ARTICLE_ESC not in out
    # every ESC byte starts one of Rich's SGR codes or OSC 8 hyperlinks
    assert out.count(ESC) == 2 * len(OSC8.findall(out)) + len(SGR.findall(out))
    plain = only_rich_escapes(out)
    assert MARKUP in plain
    assert LINK in plain
    assert SHOWN_ESC in plain
    assert HOSTILE.replace(ESC, VISIBLE_ESC) in plain
    # the markup made no link, and the only links are the sources' own (encoded) URLs
    links = [m.group(2) for m in OSC8.finditer(out) if m.group(2)]
    assert links
    assert all(link.startswith("https://news.example/") for link in links)
    assert all(ESC not in link and '"' not in link and "<" not in link for link in links)


def test_rich_payload_in_one_style_span(hostile: Callable[..., str]):
    """Markup in the text was not interpreted: no red (31) or bold applied to ALERT."""
    out = hostile("--format", "rich", *WIDE)
    for line in out.splitlines():
        if "ALERT" in line:
            before = line.split("ALERT", 1)[0]
            assert "\x1b[31m" not in before
            assert "\x1b[1;31m" not in before


def test_markdown_escapes_the_payload(hostile: Callable[..., str]):
    out = hostile("--format", "markdown")
    assert ESC not in out
    assert MARKUP not in out
    assert r"\[bold red\]ALERT\[/bold red\]" in out
    assert r"\<script\>alert(1)\</script\>" in out
    assert "<script>" not in out
    assert r"\*x\* \| \~y\~" in out
    # the hostile URL is percent-encoded inside its <...> autolink
    for line in out.splitlines():
        if "news.example/a?" in line:
            url = line.split("<https://news.example/a?", 1)[1].split(">", 1)[0]
            assert '"' not in url and "<" not in url and ESC not in url and " " not in url


class Page(HTMLParser):
    """Collects tags, links, the title and the text; checks the nesting as it goes."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.starts: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self.attribute_values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append(tag)
        self.attribute_values += [value or "" for _, value in attrs]
        if tag == "a":
            self.hrefs += [value or "" for name, value in attrs if name == "href"]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack[-2:] == ["head", "title"]:  # the page's (a chart has its own)
            self.title += data
        self.text.append(data)


def external(page: Page) -> list[str]:
    """The page's links out of it (``#source-n`` ones stay in the page)."""
    return [href for href in page.hrefs if not href.startswith("#")]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.problems == []
    assert page.stack == [], "unclosed tags"
    return page


def test_html_of_the_fixture_is_a_well_formed_page(summary: Callable[..., str]):
    out = summary("--format", "html", "--width", "80")
    assert out.startswith("<!DOCTYPE html>")
    assert ESC not in out
    page = parse(out)
    assert page.title == "Briefing: Vietnam's digital transformation and Project 06"
    assert page.starts[:3] == ["html", "head", "meta"]
    assert "title" in page.starts[:6]
    assert external(page) == [DAILY_URL]  # the source URL is a real link
    # Every [n] links to its source in the list at the end.
    assert {h for h in page.hrefs if h.startswith("#")} == {"#source-1", "#source-2"}
    assert {"source-1", "source-2"} <= set(page.attribute_values)
    text = "".join(page.text)
    assert "Deadlines (3)" in text
    assert "Lanmore Daily, 2024-07-15." in text
    assert '<a href="https://evil.example">' not in out


def test_html_keeps_the_payload_inert(hostile: Callable[..., str]):
    out = hostile("--format", "html", *WIDE)
    assert ESC not in out
    assert '<a href="https://evil.example">' not in out
    page = parse(out)
    assert "script" not in page.starts
    document = {"html", "head", "meta", "title", "style", "body", "main", "section"}
    prose = {"h1", "h2", "h3", "p", "ul", "ol", "li", "span", "a", "q", "cite", "small", "br"}
    table = {"table", "thead", "tbody", "tr", "th", "td", "strong"}
    chart = {"figure", "figcaption", "svg", "title", "desc", "g", "text"}
    chart |= {"line", "polyline", "polygon", "circle", "rect"}  # drawn shapes, nothing to run
    assert set(page.starts) <= document | prose | table | chart
    assert all("evil" not in href for href in page.hrefs)
    assert DAILY_URL in external(page)
    assert len(external(page)) == 2
    for href in external(page):
        assert href.startswith("https://news.example/")
        assert not set(href) & {'"', "<", ">", " ", ESC, VISIBLE_ESC}
    text = "".join(page.text)
    assert ESC not in text and all(ESC not in v for v in page.attribute_values)
    assert MARKUP in text
    assert LINK in text
    assert SHOWN_ESC in text
    assert "<script>alert(1)</script> &amp; *x*" in text  # shown as text, entity and all
