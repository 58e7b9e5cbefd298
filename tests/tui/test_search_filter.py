"""Search (``/``, narrowing at every keystroke, accents optional) and the filter (``f``)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from textual.widgets import Input, SelectionList, Static, TabbedContent

from briefing.analysis.repeats import repeats_of
from briefing.core.model import Kind
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.filter_screen import FilterScreen
from tests.tui.helpers import (
    WIDE,
    active_tab,
    briefing,
    build,
    flat,
    panel_table,
    rendered,
    row_keys,
)


def topbar(app) -> str:
    return flat(rendered(app.screen.query_one("#topbar", Static)))


def plain_match(corpus, finding, words: list[str]) -> bool:
    """An independent oracle: every word in the searched fields, accents dropped."""
    source = corpus.sources[finding.source]
    parts = [finding.statement, finding.quote, finding.owner or "", source.outlet, source.title]
    for topic in finding.topics:
        parts += [topic, corpus.topic_label(topic)]
    decomposed = unicodedata.normalize("NFKD", " ".join(parts).replace("đ", "d"))
    haystack = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return all(word in haystack for word in words)


async def type_counting(pilot, text: str, table) -> list[int]:
    """Type ``text`` one key at a time; the row count after each keystroke."""
    counts = []
    for char in text:
        await pilot.press(char)
        counts.append(table.row_count)
    return counts


async def test_search_narrows_at_each_keystroke_and_ignores_accents(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash")
        screen = briefing(app)
        search = screen.query_one("#search", Input)
        assert search.display and app.focused is search
        table = panel_table(app)
        corpus = app.corpus
        # A claim two articles make is one row (briefing.analysis.repeats).
        achievements = repeats_of(corpus).collapse(corpus.by_kind[Kind.ACHIEVEMENT])
        assert table.row_count == len(achievements)
        # The bundled corpus writes "Viet Nam" and "Vietnam", never with accents:
        # typing the Vietnamese spelling must find them all the same.
        expected = {f.id for f in achievements if plain_match(corpus, f, ["viet", "nam"])}
        assert 0 < len(expected) < len(achievements)
        counts = await type_counting(pilot, "Việt Nam", table)
        assert counts == sorted(counts, reverse=True), counts  # never widens while typing
        assert counts[3] < len(achievements)  # "Việt" already narrows
        assert counts[-1] < counts[0]
        assert set(row_keys(table)) == expected
        assert "search: Việt Nam" in topbar(app)
        # Every row shown matches; the detail follows the cursor.
        assert table.current_key in expected

        await pilot.press("escape")
        assert table.row_count == len(achievements)
        assert not search.display
        assert search.value == ""
        assert "search" not in topbar(app)
        assert app.focused is table

        # Lower case, no accents: the same findings.
        await pilot.press("slash", *"viet nam")
        assert set(row_keys(table)) == expected


async def test_search_narrows_the_other_panels_too(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        corpus = app.corpus
        await pilot.press("2", "slash", *"vietnam", "enter")
        screen = briefing(app)
        assert app.focused is panel_table(app)  # enter hands the keys back to the list
        assert screen.query_one("#search", Input).display  # the search stays on show
        for key, kind in [("3", Kind.LIMITATION), ("4", Kind.TARGET), ("5", None)]:
            await pilot.press(key)
            findings = corpus.by_kind[kind] if kind else corpus.dated()
            expected = [f.id for f in findings if plain_match(corpus, f, ["vietnam"])]
            assert set(row_keys(panel_table(app))) == set(expected), key
            assert panel_table(app).row_count < len(findings), key
        # Tab switches panels even while typing in the search bar.
        await pilot.press("slash", "tab")
        assert active_tab(app) == "tab-sources"
        sources = row_keys(panel_table(app))
        expected = {
            f"source:{f.source}" for f in corpus.findings if plain_match(corpus, f, ["vietnam"])
        }
        assert set(sources) == expected


def add_accented_finding(corpus: Path) -> str:
    """A finding quoting the accented names of the fixture article; returns its id."""
    text = (corpus / "seeds" / "lanmore-2024-07-15.txt").read_text(encoding="utf-8")
    quote = "Chairman Nguyễn Văn Ân opened the meeting in the Đông Hà hall."
    start = text.index(quote)
    findings = corpus / "data" / "findings" / "lanmore-2024-07-15.toml"
    with findings.open("a", encoding="utf-8") as handle:
        handle.write(
            "\n[[finding]]\n"
            'id = "lm-review-meeting"\n'
            'kind = "achievement"\n'
            'statement = "Provincial leaders reviewed the first half of 2024"\n'
            f'quote = "{quote}"\n'
            f"span = [{start}, {start + len(quote)}]\n"
            'topics = ["governance"]\n'
        )
    return "lm-review-meeting"


async def test_search_without_accents_finds_accented_text(corpus_copy, tmp_path):
    finding_id = add_accented_finding(corpus_copy)
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(app.screen, BriefingScreen), app.corpus.problems
        await pilot.press("2")
        table = panel_table(app)
        assert table.row_count == 4
        await pilot.press("slash", *"dong ha")  # Đông Hà: đ is not a d with an accent
        assert row_keys(table) == [finding_id]
        await pilot.press("escape", "slash", *"NGUYEN VAN AN")
        assert row_keys(table) == [finding_id]


async def test_filter_by_topic_narrows_every_panel(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "f")
        assert isinstance(app.screen, FilterScreen)
        # Topics are listed by label: the first is "Administrative procedures".
        await pilot.press("space", "enter")
        screen = briefing(app)
        assert "filter: Administrative procedures" in topbar(app)
        assert row_keys(panel_table(app)) == ["lm-online-dossiers-low"]
        assert screen.active_panel.border_title.startswith("1 of 4")
        assert app.focused is panel_table(app)
        await pilot.press("4")
        assert row_keys(panel_table(app)) == ["lm-online-dossiers-target"]
        await pilot.press("2")
        assert panel_table(app).row_count == 0
        await pilot.press("6")
        assert row_keys(panel_table(app)) == ["source:lanmore-2024-07-15"]
        # Escape clears the filter (there is no search to clear first).
        await pilot.press("escape")
        assert "filter" not in topbar(app)
        assert panel_table(app).row_count == 2
        await pilot.press("3")
        assert panel_table(app).row_count == 4


async def test_filter_by_source(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "f", "tab", "space", "enter")
        assert "filter: Lanmore Daily" in topbar(app)
        keys = row_keys(panel_table(app))
        assert sorted(keys) == ["lm-land-registry-gaps", "lm-online-dossiers-low"]


async def test_escape_in_the_filter_cancels(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "f", "space", "escape")
        assert isinstance(app.screen, BriefingScreen)
        assert "filter" not in topbar(app)
        assert panel_table(app).row_count == 4
        assert app.focused is panel_table(app)


async def test_escape_clears_the_search_first_then_the_filter(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "f", "space", "enter", "slash", *"zzz")
        assert panel_table(app).row_count == 0
        assert "filter:" in topbar(app) and "search: zzz" in topbar(app)
        await pilot.press("escape")
        assert "search" not in topbar(app) and "filter:" in topbar(app)
        assert panel_table(app).row_count == 1
        await pilot.press("escape")
        assert "filter" not in topbar(app)
        assert panel_table(app).row_count == 4


async def test_search_puts_cursor_on_first_match_counts_tabs_and_says_why_empty(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "G")  # the cursor far down the list
        table = panel_table(app)
        assert table.cursor_row > 0
        await pilot.press("slash", *"digital")
        await pilot.pause()
        assert table.row_count > 1
        assert table.cursor_row == 0
        assert table.current_key == row_keys(table)[0]
        # Every list's tab counts its matches, the hidden ones too.
        await app.workers.wait_for_complete()
        await pilot.pause()
        tabs = app.screen.query_one(TabbedContent)
        label = tabs.get_tab("tab-achievement").label_text
        assert label == f"Achievements {table.row_count}"
        corpus = app.corpus
        limitations = repeats_of(corpus).collapse(corpus.by_kind[Kind.LIMITATION])
        expected = sum(plain_match(corpus, f, ["digital"]) for f in limitations)
        assert tabs.get_tab("tab-limitation").label_text == f"Limitations {expected}"

        await pilot.press(*"zzqx")
        await pilot.pause()
        assert table.row_count == 0
        detail = flat(rendered(app.screen.query_one("#panel-achievement #detail-body", Static)))
        assert "No achievement matches 'digitalzzqx'." in detail
        assert tabs.get_tab("tab-achievement").label_text == "Achievements 0"

        await pilot.press("escape")
        await pilot.pause()
        assert tabs.get_tab("tab-achievement").label_text == "Achievements"
        assert tabs.get_tab("tab-limitation").label_text == "Limitations"


async def test_the_filter_ticks_visibly_counts_findings_and_ticks_all_or_none(
    fixture_corpus, tmp_path
):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("f")
        topics = app.screen.query_one("#filter-topics", SelectionList)
        corpus = app.corpus
        labels = sorted(
            (label, topic) for topic, label in corpus.topics.items() if topic in corpus.by_topic
        )

        def lines() -> list[str]:
            return rendered(topics).splitlines()[1 : 1 + len(labels)]  # inside the border

        # Nothing ticked: no box shows a mark; each topic says how many findings it holds.
        for line, (label, topic) in zip(lines(), labels, strict=True):
            assert "✓" not in line and "X" not in line.split(label)[0]
            assert line.split(label)[0].split()[-1] == str(len(corpus.by_topic[topic]))
        await pilot.press("space")
        assert "✓" in lines()[0] and all("✓" not in line for line in lines()[1:])
        await pilot.press("a")
        assert len(topics.selected) == len(labels)
        assert all("✓" in line for line in lines())
        await pilot.press("n")
        assert topics.selected == []
        assert all("✓" not in line for line in lines())
        # a and n act on the list with the focus only.
        await pilot.press("tab", "a")
        sources = app.screen.query_one("#filter-sources", SelectionList)
        assert len(sources.selected) == len(corpus.sources) and topics.selected == []
