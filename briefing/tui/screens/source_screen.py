"""``SourceScreen``: the article, scrolled to a finding's quote and highlighting it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from briefing.analysis.repeats import Repeat, repeats_of
from briefing.core.model import Finding, Source
from briefing.core.text import printable
from briefing.extract.cleaning import furniture_lines, paragraph_spans
from briefing.tui.actions import copy_citation, open_source_url
from briefing.tui.colours import theme_colours
from briefing.tui.context import ViewContext
from briefing.tui.widgets.keys_footer import KeysFooter


class Paragraph(Static):
    """One paragraph of the article, knowing where it starts in the text."""

    def __init__(self, text: str, start: int) -> None:
        # A hard-wrapped paragraph's line breaks are spaces here, so it rewraps to the
        # screen's width; one character for one, so the quote's offsets still hold.
        text = text.replace("\n", " ")
        super().__init__(Text(printable(text)), classes="paragraph")
        self.raw = text
        self.start = start
        self.end = start + len(text)


class SourceScreen(Screen[None]):
    """Reading a source: ``n``/``p`` step through its findings, ``escape`` returns."""

    # Read when the screen is first opened, not with the app: the first frame needs none of it.
    CSS_PATH = Path(__file__).parent / "source_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="source.back"),
        Binding("n", "step(1)", "Next finding", id="source.next"),
        Binding("p", "step(-1)", "Previous finding", id="source.previous"),
        Binding(
            "right_square_bracket",
            "other_source(1)",
            "Same claim elsewhere",
            id="source.same_claim_next",
        ),
        Binding(
            "left_square_bracket",
            "other_source(-1)",
            "Same claim, previous source",
            show=False,
            id="source.same_claim_previous",
        ),
        Binding("y", "copy_citation", "Cite", id="cite"),
        Binding("o", "open_url", "Open URL", id="open_url"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="source.scroll_down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="source.scroll_up"),
        Binding("g", "home", "Top", show=False, id="source.top"),
        Binding("G", "end", "Bottom", show=False, id="source.bottom"),
    ]

    def __init__(self, context: ViewContext, source: Source, finding: Finding | None) -> None:
        super().__init__(classes="source-screen")
        self.context = context
        self.source = source
        self.findings = context.corpus.by_source.get(source.id, [])
        self.index = self.findings.index(finding) if finding in self.findings else -1
        self.quote_style = "bold reverse"
        self._quote_at: tuple[Paragraph, int] | None = None

    @property
    def finding(self) -> Finding | None:
        """The finding whose quote is highlighted."""
        return self.findings[self.index] if 0 <= self.index < len(self.findings) else None

    @property
    def group(self) -> Repeat | None:
        """The claim the highlighted finding makes, when other sources make it too."""
        finding = self.finding
        return repeats_of(self.context.corpus).group_of(finding) if finding else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "other_source":
            return self.group is not None
        return True

    def compose(self) -> ComposeResult:
        yield Static(id="source-header")
        with VerticalScroll(id="article"):
            text = self.context.corpus.text_of(self.source.id)
            left_out = self._furniture(text)
            for start, end in paragraph_spans(text):
                if text[start:end].strip() and start not in left_out:
                    yield Paragraph(text[start:end], start)
            if left_out:
                yield Static(
                    f"{len(left_out)} line(s) of the site's own (comments, tags, sharing) "
                    "left out, as the extractor leaves them.",
                    id="source-furniture",
                )
        yield KeysFooter()

    def _furniture(self, text: str) -> set[int]:
        """Where the lines of site furniture start: the rules the extractor reads by,
        less any line that a finding quotes (a quote is always shown)."""
        spans = [f.span for f in self.findings]
        return {
            start
            for start, end in furniture_lines(text)
            if not any(s < end and start < e for s, e in spans)
        }

    def on_mount(self) -> None:
        colour = theme_colours(self.app)["quote-highlight"]
        if colour:
            self.quote_style = f"bold on {colour}"
        self._render_highlight()

    def _render_header(self) -> None:
        source = self.source
        text = Text()
        text.append(printable(source.title), style="bold")
        # Which finding comes before the outlet and URL: on a small terminal the
        # header is cut from the bottom, and the URL is the least needed there.
        finding = self.finding
        if finding is not None:
            text.append(f"\nFinding {self.index + 1} of {len(self.findings)}: ", style="dim")
            text.append(printable(finding.statement), style="bold")
            group = self.group
            if group is not None:
                place = next(n for n, m in enumerate(group.members, 1) if m.id == finding.id)
                text.append(
                    f"\nSame claim in {len(group)} sources (this is {place} of {len(group)}): "
                    "] next, [ previous",
                    style="dim",
                )
        else:
            count = len(self.findings)
            text.append(
                f"\n{count} findings in this article: n/p to step through them", style="dim"
            )
        text.append(f"\n{printable(source.outlet)} · {source.published_label}")
        text.append(f" · {printable(source.url)}" if source.url else " · (no URL)")
        self.query_one("#source-header", Static).update(text)

    def _render_highlight(self) -> None:
        self._render_header()
        self.refresh_bindings()  # ] and [ only where the claim has other sources
        self._quote_at = None
        finding = self.finding
        start, end = finding.span if finding else (-1, -1)
        target: Paragraph | None = None
        for paragraph in self.query(Paragraph):
            text = Text(printable(paragraph.raw))
            if finding and paragraph.start < end and start < paragraph.end:
                text.stylize(
                    self.quote_style,
                    max(start, paragraph.start) - paragraph.start,
                    min(end, paragraph.end) - paragraph.start,
                )
                paragraph.add_class("has-quote")
                target = target or paragraph
            else:
                paragraph.remove_class("has-quote")
            paragraph.update(text)
        if target is not None:
            self._quote_at = (target, start - target.start)
            self.call_after_refresh(self._scroll_to_quote, target, start - target.start)

    def on_resize(self) -> None:
        # Rewrapping moves the quote: put it back in view.
        if self._quote_at is not None:
            self.call_after_refresh(self._scroll_to_quote, *self._quote_at)

    def _scroll_to_quote(self, paragraph: Paragraph, offset: int) -> None:
        """Scroll so the quote's first line sits near the top of the view."""
        article = self.query_one("#article", VerticalScroll)
        width = max(paragraph.content_size.width, 1)
        lines = Text(printable(paragraph.raw[:offset])).wrap(self.app.console, width)
        line_in_paragraph = max(len(lines) - 1, 0)
        y = paragraph.virtual_region.y + line_in_paragraph
        article.scroll_to(y=max(y - 2, 0), animate=False)

    def action_step(self, delta: int) -> None:
        """Highlight the next or previous finding of this article."""
        if not self.findings:
            return
        self.index = (
            (self.index + delta) % len(self.findings)
            if self.index >= 0
            else (0 if delta > 0 else len(self.findings) - 1)
        )
        self._render_highlight()

    def action_other_source(self, delta: int) -> None:
        """Open the next (previous) source making the highlighted finding's claim."""
        group, finding = self.group, self.finding
        if group is None or finding is None:
            return
        place = next(n for n, m in enumerate(group.members) if m.id == finding.id)
        other = group.members[(place + delta) % len(group)]
        corpus = self.context.corpus
        self.app.switch_screen(SourceScreen(self.context, corpus.source_of(other), other))

    def action_scroll(self, lines: int) -> None:
        """Scroll the article by a few lines."""
        self.query_one("#article", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_home(self) -> None:
        """Scroll to the top of the article."""
        self.query_one("#article", VerticalScroll).scroll_home(animate=False)

    def action_end(self) -> None:
        """Scroll to the bottom of the article."""
        self.query_one("#article", VerticalScroll).scroll_end(animate=False)

    def action_copy_citation(self) -> None:
        """Copy the highlighted finding's citation."""
        copy_citation(self.app, self.context.corpus, self.finding)

    def action_open_url(self) -> None:
        """Open the article's URL in a browser."""
        open_source_url(self.app, self.source)
