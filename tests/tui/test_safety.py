"""Untrusted text shown literally, deadlines judged as of the day, broken corpora and themes."""

from __future__ import annotations

import re
from datetime import date

from textual.geometry import Region
from textual.widgets import Static

from briefing.cli import main as briefing_cli
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.error_screen import CorpusErrorScreen
from briefing.tui.screens.source_screen import Paragraph, SourceScreen
from tests.tui.helpers import (
    WIDE,
    briefing,
    build,
    flat,
    notifications,
    panel_table,
    rendered,
    select_row,
)

HOSTILE_ID = "lb-phishing-messages"
ESC = "\x1b"
ESC_PICTURE = "\u241b"  # ␛
LITERAL = [
    "[bold red]ALERT[/bold red]",
    "[link=https://evil.example]click here[/link]",
    f"{ESC_PICTURE}[31mnow{ESC_PICTURE}[0m",
]


def assert_shown_literally(text: str) -> None:
    assert ESC not in text
    shown = flat(text)
    for piece in LITERAL:
        assert piece in shown, f"{piece!r} not shown in {shown!r}"


def strips_have_no_links_or_escapes(widget) -> None:
    """No segment of what the widget paints carries a link or a control sequence."""
    width, height = widget.size
    for strip in widget.render_lines(Region(0, 0, width, height)):
        for segment in strip:
            assert ESC not in segment.text
            assert not (segment.style and segment.style.link), segment


async def test_hostile_quote_is_shown_literally_in_the_detail(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), HOSTILE_ID)
        body = briefing(app).active_panel.query_one("#detail-body", Static)
        assert_shown_literally(rendered(body))
        strips_have_no_links_or_escapes(body)


async def test_hostile_quote_is_shown_literally_in_the_source_view(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), HOSTILE_ID)
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        (paragraph,) = (p for p in app.screen.query(Paragraph) if p.has_class("has-quote"))
        assert_shown_literally(rendered(paragraph))
        strips_have_no_links_or_escapes(paragraph)
        # Nowhere in the whole article is an ESC painted.
        for other in app.screen.query(Paragraph):
            assert ESC not in rendered(other)
        # The citation keeps the quote's words and markup, its ESC made visible: a raw
        # one would reach the terminal where the citation is pasted.
        await pilot.press("y")
        quote = app.corpus.by_id[HOSTILE_ID].quote
        assert quote.replace(ESC, ESC_PICTURE) in app._clipboard
        assert ESC not in app._clipboard


def status_cells(app) -> dict[str, str]:
    table = panel_table(app)
    column = table.column_labels.index("Status")
    return {key: table.get_row(key)[column].plain.split()[0] for key in table.row_keys()}


async def deadline_statuses(corpus, tmp_path, as_of: date) -> dict[str, str]:
    app = build(corpus, tmp_path, as_of=as_of)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        assert f"as of {as_of.isoformat()}" in rendered(app.screen.query_one("#topbar"))
        return status_cells(app)


async def test_deadline_status_depends_on_the_as_of_day(fixture_corpus, tmp_path):
    march = await deadline_statuses(fixture_corpus, tmp_path, date(2025, 3, 15))
    july = await deadline_statuses(fixture_corpus, tmp_path, date(2025, 7, 1))
    assert march == {
        "lm-land-registry-deadline": "due-soon",  # 31 March 2025
        "lb-electronic-documents": "upcoming",  # May 2025
        "lb-data-centre-upgrade": "upcoming",  # Q2 2025
        "lm-online-dossiers-target": "upcoming",  # 2025
    }
    assert july == {
        "lm-land-registry-deadline": "overdue",
        "lb-electronic-documents": "overdue",
        "lb-data-centre-upgrade": "overdue",
        "lm-online-dossiers-target": "upcoming",
    }


def corrupt_a_quote(corpus) -> None:
    path = corpus / "data" / "findings" / "lanmore-2024-07-15.toml"
    text = path.read_text(encoding="utf-8")
    bad = text.replace(
        'quote = "only 31% of administrative dossiers',
        'quote = "only 13% of administrative dossiers',
    )
    assert bad != text
    path.write_text(bad, encoding="utf-8")
    path = corpus / "data" / "findings" / "lanmore-bulletin-2025-01.toml"
    text = path.read_text(encoding="utf-8")
    bad = text.replace('topics = ["human-resources"]', 'topics = ["no-such-topic"]')
    assert bad != text
    path.write_text(bad, encoding="utf-8")


async def test_an_invalid_corpus_opens_the_error_screen(corpus_copy, tmp_path, capsys):
    corrupt_a_quote(corpus_copy)
    assert briefing_cli(["check", "--corpus", str(corpus_copy)]) == 1
    checked = [line for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(checked) == 2
    assert any("quote is not in" in line for line in checked)
    assert any("unknown topic 'no-such-topic'" in line for line in checked)

    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, CorpusErrorScreen)
        shown = rendered(screen.query_one("#problems", Static))
        # The same messages, in the same order (long paths wrap on screen).
        assert flat(shown) == flat(" ".join(checked))
        assert f"{len(checked)} problem(s)" in flat(rendered(screen.query(Static).first()))
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_a_broken_theme_file_is_reported_once(fixture_corpus, tmp_path):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text(
        'name = "broken"\nprimary = "not-a-colour"\n', encoding="utf-8"
    )
    (themes / "fine.toml").write_text('name = "mine"\nprimary = "#336699"\n', encoding="utf-8")
    app = build(fixture_corpus, tmp_path, extra_theme_dirs=(themes,))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        messages = notifications(app)
        warnings = [n for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 1, messages
        assert "broken.toml" in warnings[0].message
        assert re.search(r"not-a-colour|colour", warnings[0].message)
        assert "fine.toml" not in warnings[0].message
        # The app runs on, and the good theme is there to pick.
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("3")
        assert panel_table(app).row_count == 4
        assert "mine" in app.available_themes
        app.theme = "mine"
        await pilot.pause()
        assert app.theme == "mine"
