"""Reviewing extracted findings in the app: ``r`` opens the dialog, keys accept, reject, fix."""

from __future__ import annotations

import os
import threading
import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from briefing.storage.marks import BUNDLED_REFUSAL
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.review_screen import ReviewScreen
from briefing.tui.widgets.finding_detail import FindingDetail
from briefing.tui.widgets.finding_table import FindingTable
from briefing.tui.widgets.keys_footer import KeysFooter
from briefing.tui.workflows import write_pending_reviews
from briefing.workflows import review
from tests.extracted import IDS, SOURCE, ingest_article
from tests.tui.helpers import (
    NARROW,
    WIDE,
    briefing,
    build,
    flat,
    notifications,
    panel_table,
    rendered,
    row_keys,
    select_row,
)


def on_disk(root: Path) -> dict[str, dict[str, object]]:
    data = tomllib.loads((root / "data" / "findings" / f"{SOURCE}.toml").read_text())
    return {e["id"]: e for e in data["finding"]}


def footer_keys(app) -> list[str]:
    return [key.description for key in app.screen.query_one(KeysFooter).keys]


def dialog(app) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), f"expected the review dialog: {app.screen!r}"
    return app.screen


def dialog_text(app) -> str:
    screen = dialog(app)
    parts = [
        str(screen.query_one("#review-dialog").border_title),
        rendered(screen.query_one("#review-meta", Static)),
        rendered(screen.query_one("#review-quote", Static)),
        rendered(screen.query_one("#review-error", Static)),
    ]
    return flat("\n".join(parts))


def detail_text(app) -> str:
    detail = briefing(app).active_panel.query_one(FindingDetail)
    return flat(rendered(detail.query_one(Static)))


def topbar(app) -> str:
    return flat(rendered(briefing(app).query_one("#topbar", Static)))


async def test_r_is_offered_only_on_an_extracted_finding(extracted, fixture_corpus, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert "Review" in footer_keys(app)
        await pilot.press("6")  # the Sources panel lists articles
        await pilot.pause()
        assert "Review" not in footer_keys(app)
    curated = build(fixture_corpus, tmp_path)
    async with curated.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert "Review" not in footer_keys(curated)
        await pilot.press("r")
        assert not isinstance(curated.screen, ReviewScreen)
        briefing(curated).action_review()  # as the command palette would
        await pilot.pause()
        assert "Only an extracted finding can be reviewed." in notifications(curated)


async def test_r_comes_and_goes_as_the_cursor_moves(corpus_copy, tmp_path):
    ingest_article(corpus_copy, tmp_path)  # extracted findings beside curated ones
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        table = panel_table(app)
        await select_row(pilot, table, IDS[0])
        await pilot.pause()
        assert "Review" in footer_keys(app)
        await select_row(pilot, table, "lm-chip-id-cards")
        await pilot.pause()
        assert "Review" not in footer_keys(app)
        await pilot.press("r")
        assert not isinstance(app.screen, ReviewScreen)
        await select_row(pilot, table, IDS[1])
        await pilot.pause()
        assert "Review" in footer_keys(app)
        await pilot.press("r")
        assert dialog(app).finding_id == IDS[1]


async def test_accept_saves_shows_and_moves_on(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        assert "● The province has issued" in flat(rendered(panel_table(app)))
        assert "● 4 to review" in topbar(app)
        await pilot.press("r")
        shown = dialog_text(app)
        assert "Review · 1 of 4 to review" in shown
        assert "ACHIEVEMENT · confidence 0.65 · not reviewed" in shown
        # The quote with the sentence before it, as it stands in the article.
        assert "Ha Nam reviewed digital transformation in 2024. The province has issued" in shown
        statement = dialog(app).query_one("#review-statement", Input)
        assert statement.value.startswith("The province has issued 780,000")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert on_disk(extracted)[IDS[0]]["reviewed"] is True
        assert all(on_disk(extracted)[i]["reviewed"] is False for i in IDS[1:])
        # On to the next unreviewed finding, in article order.
        assert dialog(app).finding_id == IDS[1]
        assert "Review · 1 of 3 to review" in dialog_text(app)
        await pilot.press("escape")
        await app.workers.wait_for_complete()  # the corpus read again after the accept
        await pilot.pause()
        assert panel_table(app).current_key == IDS[1]  # where the review stopped
        await select_row(pilot, panel_table(app), IDS[0])
        assert "The province has issued" in flat(rendered(panel_table(app)))
        assert "● The province has issued" not in flat(rendered(panel_table(app)))
        assert "Origin: extracted" in detail_text(app)
        assert "not reviewed" not in detail_text(app)
        assert "● 3 to review" in topbar(app)


async def test_accept_is_shown_before_its_file_is_written(
    extracted, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    """The list and the dialog move on at once; the file is written meanwhile."""
    from briefing.tui.screens import review_screen

    release = threading.Event()
    write = review_screen.accept

    def slow_accept(*args: object, **kwargs: object) -> Path:
        assert release.wait(10)
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(review_screen, "accept", slow_accept)
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("r", "ctrl+k", *"Chip ID cards for 780,000 people", "ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert dialog(app).finding_id == IDS[1]  # on to the next one at once
        assert "Review · 1 of 3 to review" in dialog_text(app)
        under = app.screen_stack[-2]  # the briefing, under the dialog
        assert isinstance(under, BriefingScreen)
        listed = flat(rendered(under.active_panel.query(FindingTable).first()))
        assert "Chip ID cards for 780,000 people" in listed  # the list holds the change
        assert "● 3 to review" in flat(rendered(under.query_one("#topbar", Static)))
        assert on_disk(extracted)[IDS[0]]["reviewed"] is False  # not written yet
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        entry = on_disk(extracted)[IDS[0]]
        assert (entry["statement"], entry["reviewed"]) == ("Chip ID cards for 780,000 people", True)
        assert "Cannot review" not in " ".join(notifications(app))


async def test_a_bad_date_is_named_inline_and_nothing_is_saved_until_fixed(extracted, tmp_path):
    app = build(extracted, tmp_path)
    before = on_disk(extracted)[IDS[3]]
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await select_row(pilot, panel_table(app), IDS[3])
        await pilot.press("r")
        await pilot.press("ctrl+k", *"Data warehouse completed", "tab")  # the statement
        await pilot.press("enter", "up", "enter", "tab")  # kind: deadline → target
        await pilot.press("ctrl+u", *"30/06/2025", "ctrl+s")
        await pilot.pause()
        assert "Due: '30/06/2025' is not a due date" in dialog_text(app)
        assert "Nothing saved: 1 field to fix." in dialog_text(app)
        assert dialog(app).query_one("#review-due", Input).has_class("-invalid")
        assert on_disk(extracted)[IDS[3]] == before
        await pilot.press("ctrl+u", *"2025-Q3", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        entry = on_disk(extracted)[IDS[3]]
        assert (entry["statement"], entry["kind"], entry["due"], entry["reviewed"]) == (
            "Data warehouse completed",
            "target",
            "2025-Q3",
            True,
        )
        assert entry["quote"] == before["quote"] and entry["span"] == before["span"]
        # The toast names the statement as saved, not as it was.
        assert notifications(app) == ["Accepted with changes: Data warehouse completed"]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("4")  # it is a target now
        await pilot.pause()
        assert IDS[3] in row_keys(panel_table(app))
        await select_row(pilot, panel_table(app), IDS[3])
        assert "Data warehouse completed" in detail_text(app)
        assert "Due: Q3 2025" in detail_text(app)


async def test_rejecting_all_in_a_row_empties_the_lists(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("1", "R")  # from anywhere: the first unreviewed finding
        assert dialog(app).finding_id == IDS[0]
        for expected in IDS:
            assert dialog(app).finding_id == expected
            await pilot.press("ctrl+r")
            await pilot.pause()
        briefing(app)  # the dialog closed after the last one
        assert "All reviewed." in notifications(app)
        await app.workers.wait_for_complete()  # the writes, one after another
        await pilot.pause()
        assert on_disk(extracted) == {}
        assert "0 findings from 1 source" in topbar(app)
        assert "to review" not in topbar(app)
        await pilot.press("R")
        assert "No extracted finding is waiting for review." in notifications(app)


async def test_skip_walks_round_and_leaves_findings_unreviewed(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "r")  # the limitation, third in the article
        assert dialog(app).finding_id == IDS[2]
        seen = [IDS[2]]
        for _ in range(3):
            await pilot.press("ctrl+n")
            seen.append(dialog(app).finding_id)
        assert seen == [IDS[2], IDS[3], IDS[0], IDS[1]]
        await pilot.press("ctrl+n")
        await pilot.pause()
        briefing(app)
        assert "4 skipped finding(s) still to review." in notifications(app)
        assert all(e["reviewed"] is False for e in on_disk(extracted).values())


async def test_the_bundled_corpus_is_refused_in_the_same_words(
    extracted, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(review, "bundled_corpus", lambda: extracted)  # as if it were bundled
    before = on_disk(extracted)
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "r")
        assert not isinstance(app.screen, ReviewScreen)
        assert f"Cannot review: {BUNDLED_REFUSAL}" in notifications(app)
    assert on_disk(extracted) == before


async def test_a_write_failure_is_one_notification_and_nothing_changes(
    extracted, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    path = extracted / "data" / "findings" / f"{SOURCE}.toml"
    before = path.read_bytes()
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "r")

        def disk_full(fd: int) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert dialog(app).finding_id == IDS[0]  # back to it, to try again
        assert "Review · 1 of 4 to review" in dialog_text(app)
        errors = [n for n in notifications(app) if n.startswith("Cannot review")]
        assert len(errors) == 1 and "No space left on device; nothing saved" in errors[0]
        # Taken back in memory too: still listed, still to review.
        await pilot.press("escape")
        await pilot.pause()
        assert IDS[0] in row_keys(panel_table(app))
        assert "● 4 to review" in topbar(app)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


async def test_the_palette_offers_review(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Review", "Review next unreviewed"} <= set(titles)  # the bindings, as named


async def test_the_dialog_fits_a_small_terminal(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2", "r")
        await pilot.pause()
        screen = dialog(app)
        for selector in ("#review-statement", "#review-kind", "#review-due"):
            region = screen.query_one(selector).region
            assert region.height > 0 and region.bottom <= NARROW[1]
        assert isinstance(screen.query_one("#review-kind", Select).value, str)


UNDATED = """Clinics told to share patient records

The health department shall link the records of all 40 clinics before July 5.
"""


async def test_an_unknown_date_is_shown_and_the_reviewer_sets_it(tmp_path):
    root = ingest_article(tmp_path / "undated", tmp_path, UNDATED)
    sources = tomllib.loads((root / "data" / "sources.toml").read_text())["source"]
    assert sources[0]["published"] == ""
    app = build(root, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("R")
        await pilot.pause()
        assert "date unknown" in dialog_text(app)
        field = dialog(app).query_one("#review-published", Input)
        assert field.value == ""
        field.focus()
        await pilot.press(*"5 July", "ctrl+s")
        await pilot.pause()
        assert "Article date: '5 July' is not an article date" in dialog_text(app)
        assert tomllib.loads((root / "data" / "sources.toml").read_text())["source"] == sources
        await pilot.press("ctrl+u", *"2026-06", "ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()  # the file is written in a worker
    saved = tomllib.loads((root / "data" / "sources.toml").read_text())["source"][0]
    assert (saved["published"], saved["published_stated"]) == ("2026-06", True)
    assert saved["sha256"] == sources[0]["sha256"] and saved["title"] == sources[0]["title"]


def sources_on_disk(root: Path) -> dict[str, object]:
    return tomllib.loads((root / "data" / "sources.toml").read_text())["source"][0]


def field(app, name: str) -> Input:
    return dialog(app).query_one(f"#review-{name}", Input)


async def test_figures_topics_owner_and_the_article_are_shown_and_fixed(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("r")
        shown = {name: field(app, name).value for name in ("metrics", "topics", "owner")}
        # "The province has issued 780,000 ... cards" is the province's count: the
        # national indicator is not named for it, and the reviewer may name a figure
        assert shown == {
            "metrics": "",
            "topics": "chip-id-cards",
            "owner": "",
        }
        article = {n: field(app, n).value for n in ("title", "outlet", "url", "published")}
        assert article == {
            "title": "Ha Nam reviews digital transformation in 2024",
            "outlet": "Báo Hà Nam",
            "url": "",
            "published": "2025-01-14",
        }
        field(app, "metrics").value = "chip_id_cards_issued: over 790,000 cards (2024-12)"
        field(app, "topics").value = "chip-id-cards, electronic-id"
        field(app, "owner").value = "Provincial Police"
        field(app, "title").value = "Ha Nam reviews its digital transformation in 2024"
        field(app, "url").value = "https://baohanam.example/review-2024"
        await pilot.press("ctrl+s")
        await pilot.pause()
        entry = on_disk(extracted)[IDS[0]]
        assert entry["metrics"] == [
            {
                "name": "chip_id_cards_issued",
                "value": 790000,
                "unit": "cards",
                "as_of": "2024-12",
                "qualifier": "over",
            }
        ]
        assert (entry["topics"], entry["owner"], entry["reviewed"]) == (
            ["chip-id-cards", "electronic-id"],
            "Provincial Police",
            True,
        )
        source = sources_on_disk(extracted)
        assert source["title"] == "Ha Nam reviews its digital transformation in 2024"
        assert source["url"] == "https://baohanam.example/review-2024"
        assert source["published"] == "2025-01-14"
        assert source["note"] == "Title, URL set in review."
        assert notifications(app)[-1].startswith("Accepted with changes: The province has issued")
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await select_row(pilot, panel_table(app), IDS[0])
        assert "Provincial Police" in detail_text(app)


async def test_every_wrong_field_is_named_and_nothing_is_saved(extracted, tmp_path):
    findings, sources = on_disk(extracted), sources_on_disk(extracted)
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("r")
        field(app, "metrics").value = "chip_cards: 5 cards (2024)"
        field(app, "topics").value = "chip-id-cards, roads"
        field(app, "title").value = "  "
        field(app, "url").value = "baohanam.example/review"
        await pilot.press("ctrl+s")
        await pilot.pause()
        shown = dialog_text(app)
        assert "Nothing saved: 4 fields to fix." in shown
        assert "Metrics: unknown metric 'chip_cards' (not in metrics.toml)." in shown
        assert "Topics: unknown topic 'roads' (not in topics.toml)." in shown
        assert "Title: a title is needed: one line." in shown
        assert "URL: 'baohanam.example/review' is not a web address" in shown
        for name in ("metrics", "topics", "title", "url"):
            assert field(app, name).has_class("-invalid"), name
        assert app.focused is field(app, "metrics")  # the first to fix
        field(app, "metrics").value = "chip_id_cards_issued: 780,000 people (2024)"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Metrics: metric 'chip_id_cards_issued' is in 'cards', not 'people'." in (
            dialog_text(app)
        )
        assert dialog(app).finding_id == IDS[0]
    assert (on_disk(extracted), sources_on_disk(extracted)) == (findings, sources)


async def test_a_rejection_is_undone_with_ctrl_z(extracted, tmp_path):
    before = on_disk(extracted)
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("r")
        assert "Undo reject" not in footer_keys(app)
        await pilot.press("ctrl+r")
        await pilot.pause()
        await app.workers.wait_for_complete()  # the file is written in a worker
        assert IDS[0] not in on_disk(extracted)
        assert dialog(app).finding_id == IDS[1]
        assert "Undo reject" in footer_keys(app)
        assert notifications(app)[-1].startswith("Rejected (ctrl+z to undo): The province")
        await pilot.press("ctrl+z")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert on_disk(extracted) == before  # back where it was, unreviewed
        assert list(on_disk(extracted)) == IDS
        assert dialog(app).finding_id == IDS[0]
        assert "Review · 1 of 4 to review" in dialog_text(app)
        assert "Undo reject" not in footer_keys(app)
        assert notifications(app)[-1].startswith("Restored: The province has issued")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+s")  # and it can be reviewed again
        await pilot.pause()
        assert on_disk(extracted)[IDS[0]]["reviewed"] is True


async def test_every_field_can_be_reached_at_60x20(extracted, tmp_path):
    app = build(extracted, tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2", "r")
        await pilot.pause()
        screen = dialog(app)
        fields = screen.query_one("#review-fields")
        for name in ("statement", "kind", "due", "metrics", "topics", "owner"):
            widget = screen.query_one(f"#review-{name}")
            widget.focus()
            await pilot.pause()
            region = widget.region
            assert region.height > 0, name
            assert fields.region.contains_region(region), name  # scrolled into view
        for name in ("title", "outlet", "url", "published"):
            widget = field(app, name)
            widget.focus()
            await pilot.pause()
            assert fields.region.contains_region(widget.region), name
        widget.value = "soon"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = screen.query_one("#review-error")
        assert "Article date: 'soon' is not an article date" in rendered(error)
        assert error.region.height > 0 and error.region.bottom <= NARROW[1] - 1


async def test_a_review_saved_just_before_the_app_ends_is_written(extracted, tmp_path, monkeypatch):
    app = build(extracted, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), IDS[0])
        await pilot.press("r")
        # The app ends before the next refresh: the write's worker never begins.
        monkeypatch.setattr(app, "call_after_refresh", lambda *args, **kwargs: True)
        await pilot.press("ctrl+s")
        assert on_disk(extracted)[IDS[0]]["reviewed"] is False  # not written yet
    assert write_pending_reviews() == []  # as ``briefing`` does on its way out
    assert on_disk(extracted)[IDS[0]]["reviewed"] is True
