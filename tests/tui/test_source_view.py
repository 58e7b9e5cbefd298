"""The way into each source: the article at the quote, stepping through findings, coming back."""

from __future__ import annotations

import tomllib

from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from briefing.storage.files import write_toml
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.source_screen import Paragraph, SourceScreen
from tests.extracted import ARTICLE, HARD_WRAPPED, IDS, SOURCE, ingest_article
from tests.tui.helpers import (
    WIDE,
    active_tab,
    briefing,
    build,
    flat,
    panel_table,
    rendered,
    row_keys,
    select_row,
)

BULLETIN = "lanmore-bulletin-2025-01"
BULLETIN_IN_SPAN_ORDER = [
    "lb-chip-id-cards",
    "lb-phishing-messages",
    "lb-officials-skills",
    "lb-electronic-documents",
    "lb-data-centre-upgrade",
]


def source_screen(app) -> SourceScreen:
    screen = app.screen
    assert isinstance(screen, SourceScreen), f"expected SourceScreen, got {screen!r}"
    return screen


def header(app) -> str:
    return flat(rendered(app.screen.query_one("#source-header", Static)))


def quoted(app) -> list[Paragraph]:
    return list(app.screen.query(Paragraph).filter(".has-quote"))


def quote_is_visible(screen: SourceScreen) -> bool:
    """The highlighted paragraph shows (at least partly) inside the article's scroll view."""
    article = screen.query_one("#article", VerticalScroll)
    (paragraph,) = (p for p in screen.query(Paragraph) if p.has_class("has-quote"))
    on_screen = paragraph.region.overlaps(article.scrollable_content_region)
    visible = Region(0, int(article.scroll_y), article.size.width, article.size.height)
    in_view = paragraph.virtual_region.overlaps(visible)
    return on_screen and in_view


async def test_enter_opens_the_source_at_the_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        table = panel_table(app)
        await select_row(pilot, table, "lb-officials-skills")
        await pilot.press("enter")
        screen = source_screen(app)
        finding = app.corpus.by_id["lb-officials-skills"]
        assert screen.source.id == BULLETIN
        assert screen.finding == finding
        (paragraph,) = quoted(app)
        assert finding.quote in paragraph.raw
        assert "Finding 3 of 5" in header(app)
        assert finding.statement in header(app)
        assert "Lanmore Provincial Bulletin" in header(app)
        assert quote_is_visible(screen)


async def test_n_and_p_step_through_the_article_in_span_order(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lb-officials-skills")
        await pilot.press("enter")
        screen = source_screen(app)
        order = BULLETIN_IN_SPAN_ORDER
        position = order.index("lb-officials-skills")
        for key, step in [("n", 1), ("n", 1), ("n", 1), ("p", -1), ("p", -1), ("p", -1), ("p", -1)]:
            await pilot.press(key)
            position = (position + step) % len(order)
            expected = app.corpus.by_id[order[position]]
            assert screen.finding == expected, key
            assert f"Finding {position + 1} of 5" in header(app)
            (paragraph,) = quoted(app)
            assert paragraph.start <= expected.span[0] < paragraph.end
            assert quote_is_visible(screen)


async def test_the_article_scrolls_to_a_quote_far_down(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        table = panel_table(app)
        corpus = app.corpus
        # The achievement quoted furthest into its article.
        last = max((corpus.by_id[k] for k in row_keys(table)), key=lambda f: f.span[0])
        table.move_cursor(row=row_keys(table).index(last.id))
        await pilot.press("enter")
        await pilot.pause()
        screen = source_screen(app)
        assert screen.finding == last
        article = screen.query_one("#article", VerticalScroll)
        assert article.scroll_y > 0  # the article is long: it had to scroll
        assert quote_is_visible(screen)
        # ... and back to the first finding of the article, near the top.
        index = screen.index
        await pilot.press(*["n"] * (len(screen.findings) - index))
        await pilot.pause()
        assert screen.index == 0
        assert quote_is_visible(screen)


async def test_escape_returns_to_the_same_tab_and_row(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")  # deadlines
        table = panel_table(app)
        await pilot.press("j", "j")
        key, row = table.current_key, table.cursor_row
        await pilot.press("enter")
        assert source_screen(app).finding.id == key
        await pilot.press("n", "escape")
        assert isinstance(app.screen, BriefingScreen)
        assert active_tab(app) == "tab-deadlines"
        assert panel_table(app) is table
        assert (table.current_key, table.cursor_row) == (key, row)
        assert app.focused is table
        # The keys still drive the list.
        await pilot.press("j")
        assert table.cursor_row == row + 1


async def test_enter_on_a_sources_row_opens_the_article_without_highlight(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("6")
        table = panel_table(app)
        assert table.row_count == 2
        await select_row(pilot, table, f"source:{BULLETIN}")
        await pilot.press("enter")
        screen = source_screen(app)
        assert screen.source.id == BULLETIN
        assert screen.finding is None
        assert quoted(app) == []
        assert "5 findings in this article" in header(app)
        assert "Finding " not in header(app)
        # n starts at the first finding of the article.
        await pilot.press("n")
        assert screen.finding.id == BULLETIN_IN_SPAN_ORDER[0]
        assert len(quoted(app)) == 1
        await pilot.press("escape")
        assert active_tab(app) == "tab-sources"
        assert panel_table(app).current_key == f"source:{BULLETIN}"


async def test_enter_on_the_overview_deadlines_opens_the_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        table = briefing(app).query_one("#overview-deadlines")
        assert app.focused is table
        key = table.current_key
        assert key == "lm-land-registry-deadline"  # the soonest
        await pilot.press("enter")
        screen = source_screen(app)
        assert screen.finding == app.corpus.by_id[key]
        assert len(quoted(app)) == 1
        await pilot.press("escape")
        assert active_tab(app) == "tab-overview"


async def test_enter_on_the_overview_figures_opens_the_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        figures = briefing(app).query_one("#overview-figures")
        figures.focus()
        await pilot.press("j")
        finding, metric = figures.current_row  # the headline row: (finding, metric)
        await pilot.press("enter")
        screen = source_screen(app)
        assert screen.finding == finding
        assert metric in screen.finding.metrics
        assert len(quoted(app)) == 1


async def test_the_sites_own_lines_below_the_article_are_left_out(tmp_path):
    article = ARTICLE + "Same tag\nShare\nHa Nam opens a new bridge over the Day river\n"
    root = ingest_article(tmp_path / "furnished", tmp_path, article)
    app = build(root, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("enter")
        screen = source_screen(app)
        shown = [p.raw for p in screen.query(Paragraph)]
        assert "The province has issued 780,000" in "\n".join(shown)  # the article itself
        assert "Delegates at the conference. (Photo: Thu Ha)" in shown  # a caption is the writer's
        for furniture in ("Comment (0)", "Same tag", "Share", "Ha Nam opens a new bridge"):
            assert not any(line.startswith(furniture) for line in shown), furniture
        note = flat(rendered(screen.query_one("#source-furniture", Static)))
        assert note.startswith("4 line(s) of the site's own")


async def test_a_quoted_line_is_shown_even_if_it_looks_like_furniture(extracted, tmp_path):
    findings = extracted / "data" / "findings" / f"{SOURCE}.toml"
    article = (extracted / "seeds" / f"{SOURCE}.txt").read_text(encoding="utf-8")
    start = article.index("Comment (0)")
    data = tomllib.loads(findings.read_text(encoding="utf-8"))
    data["finding"][0].update(quote="Comment (0)", span=[start, start + len("Comment (0)")])
    write_toml(findings, data)
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("enter")
        screen = source_screen(app)
        assert [p.raw for p in quoted(app)] == ["Comment (0)"]
        assert not screen.query("#source-furniture")  # nothing else was the site's


async def test_a_hard_wrapped_article_is_shown_by_its_paragraphs(tmp_path):
    """A page broken at a fixed width reads as its paragraphs, rewrapped to the screen,
    not one short line per line of the page with a gap after each."""
    root = ingest_article(tmp_path / "wrapped", tmp_path, HARD_WRAPPED)
    app = build(root, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")  # Limitations
        table = panel_table(app)
        wanted = next(key for key in row_keys(table) if "31.4%" in app.corpus.by_id[key].quote)
        await select_row(pilot, table, wanted)
        await pilot.press("enter")
        screen = source_screen(app)
        shown = [p.raw for p in screen.query(Paragraph)]
        assert not any("\n" in raw for raw in shown)
        assert any(raw.startswith("Over the past months") and "512,300" in raw for raw in shown)
        (paragraph,) = quoted(app)
        assert paragraph.raw.startswith("However, the activation rate")
        quote = " ".join(app.corpus.by_id[wanted].quote.split())
        assert quote in paragraph.raw
        # the highlight covers the quote's own characters, across the page's line breaks
        width, height = paragraph.size
        lit = "".join(
            segment.text
            for strip in paragraph.render_lines(Region(0, 0, width, height))
            for segment in strip
            if segment.style is not None and segment.style.bold
        )
        assert "".join(lit.split()) == "".join(quote.split())  # (a wrap drops its space)
        assert quote_is_visible(screen)
        # the citation copied and the finding's pane give the quote as one run of text
        await pilot.press("y")
        assert f"“{quote}”" in app._clipboard
        await pilot.press("escape")
        pane = rendered(briefing(app).query_one("#detail-body", Static))
        assert f"“{quote}”" in flat(pane)
        assert "“However, the activation" in pane  # not a line of the page's, cut short
