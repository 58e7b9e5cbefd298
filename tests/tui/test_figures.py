"""The Figures panel: indicators across sources, their citations, conflicts on the Overview."""

from __future__ import annotations

from textual.widgets import Static

from briefing.tui.screens.source_screen import SourceScreen
from briefing.tui.widgets.figures_panel import FiguresPanel
from briefing.tui.widgets.finding_table import FindingTable
from tests.tui.helpers import (
    NARROW,
    WIDE,
    active_tab,
    briefing,
    build,
    flat,
    rendered,
    row_keys,
    select_row,
)


def _panel(app) -> FiguresPanel:
    panel = briefing(app).active_panel
    assert isinstance(panel, FiguresPanel)
    return panel


def _row_text(table: FindingTable, key: str) -> str:
    return " | ".join(c.plain for c in table.get_row(key))


async def test_key_7_shows_the_indicators_with_latest_change_and_trend(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        assert active_tab(app) == "tab-figures"
        panel = _panel(app)
        assert app.focused is panel.metrics_table
        keys = row_keys(panel.metrics_table)
        # one row per reported indicator, keyed by the latest value's citation
        assert "lb-chip-id-cards#chip_id_cards_issued#2025-01" in keys
        assert (
            "lm-online-dossiers-low#online_dossier_share#2024-H1" in keys
        )  # the target is no report
        row = _row_text(panel.metrics_table, "lb-chip-id-cards#chip_id_cards_issued#2025-01")
        assert row == (
            "Chip-embedded citizen ID cards issued | over 1.41 million cards | "
            "+160,000 better | ▁█ | "
        )


async def test_citations_of_the_selected_indicator_and_enter_opens_the_quote(
    fixture_corpus, tmp_path
):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        await select_row(
            pilot, panel.metrics_table, "lb-chip-id-cards#chip_id_cards_issued#2025-01"
        )
        await pilot.pause()
        assert row_keys(panel.citations_table) == [
            "lb-chip-id-cards#chip_id_cards_issued#2025-01",
            "lm-chip-id-cards#chip_id_cards_issued#2024-06",
        ]
        detail = flat(str(app.screen.query_one("#figures-detail", Static).render()))
        latest = (
            "latest over 1.41 million cards (Jan 2025); +160,000 cards (computed, improved) since"
        )
        assert latest in detail
        await pilot.press("l")
        assert app.focused is panel.citations_table
        await pilot.press("j", "enter")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.finding is not None
        assert app.screen.finding.id == "lm-chip-id-cards"
        await pilot.press("escape")
        assert active_tab(app) == "tab-figures"
        await pilot.press("h")
        assert app.focused is panel.metrics_table


async def test_enter_on_an_indicator_opens_its_latest_value(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        await select_row(
            pilot, panel.metrics_table, "lb-chip-id-cards#chip_id_cards_issued#2025-01"
        )
        await pilot.press("enter")
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.finding is not None and app.screen.finding.id == "lb-chip-id-cards"


async def test_bundled_conflict_in_figures_and_overview(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        overview = app.screen.query_one("#overview-conflicts", FindingTable)
        assert overview.display
        assert set(row_keys(overview)) == {
            "kt-digital-economy-gdp-share#digital_economy_gdp_share#2024-H1",
            "th-digital-economy-gdp-share#digital_economy_gdp_share#2024-H1",
            "vn-digital-economy-gdp-share#digital_economy_gdp_share#2024-06",
        }
        headline = app.screen.query_one("#overview-figures", FindingTable)
        flagged = [k for k in row_keys(headline) if _row_text(headline, k).startswith("! ")]
        assert flagged == [
            "qt-digital-economy-gdp-share#digital_economy_gdp_share",  # sources disagree
            "kt-payment-accounts#adults_with_payment_account_share",  # possible misdating
        ]

        await pilot.press("7")
        panel = _panel(app)
        key = "qt-digital-economy-gdp-share#digital_economy_gdp_share#2024"
        assert _row_text(panel.metrics_table, key).endswith("| conflict")
        await select_row(pilot, panel.metrics_table, key)
        await pilot.pause()
        detail = flat(str(app.screen.query_one("#figures-detail", Static).render()))
        assert "! Sources disagree for H1 2024 / Jun 2024: estimated 18.3%" in detail
        assert "vs estimated 18.5% (Việt Nam (vietnam.vn))" in detail
        notes = {k: _row_text(panel.citations_table, k) for k in row_keys(panel.citations_table)}
        assert notes["vn-digital-economy-gdp-share#digital_economy_gdp_share#2024-06"].endswith(
            "conflict"
        )
        chip = "qt-chip-id-cards#chip_id_cards_issued#2025-02-06"
        await select_row(pilot, panel.metrics_table, chip)
        await pilot.pause()
        assert row_keys(panel.citations_table) == [
            "qt-chip-id-cards#chip_id_cards_issued#2025-02-06",
            "th-chip-id-cards#chip_id_cards_issued#2024-07-10",
            "vn-chip-id-cards#chip_id_cards_issued#2023-12",
        ]


async def test_no_conflict_no_disagreement_table(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE):
        assert not app.screen.query_one("#overview-conflicts", FindingTable).display


async def test_search_narrows_the_indicators_and_narrow_terminals_fit(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("7", "slash", *"chip", "enter")
        await pilot.pause()
        panel = _panel(app)
        assert row_keys(panel.metrics_table) == ["lb-chip-id-cards#chip_id_cards_issued#2025-01"]
        assert panel.compact
        text = rendered(panel.metrics_table)
        assert "1.41 million" in text


async def test_bundled_changes_read_improved_and_ranks_rise(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        rank = "qt-un-egov-rank#un_egov_rank#2024"
        # 86th (2022 survey) to 71st: better, and the bars rise
        assert _row_text(panel.metrics_table, rank) == (
            "UN e-Government Development Index rank (of 193) | rank 71 | 15 places better | ▁█ | "
        )
        growth = "qt-digital-economy-growth-asean-rank#asean_digital_economy_growth_rank#2024"
        assert "| ▁▅███ |" in _row_text(panel.metrics_table, growth)
        cards = "qt-chip-id-cards#chip_id_cards_issued#2025-02-06"
        assert "| +1.4 million better |" in _row_text(panel.metrics_table, cards)
        # a half-year's transactions and a year's: listed, not compared
        sharing = "vn-data-sharing-transactions#data_sharing_transactions#2024-H1"
        assert "| — |" in _row_text(panel.metrics_table, sharing)


async def test_bundled_misdating_is_flagged_not_unchanged(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        key = "kt-payment-accounts#adults_with_payment_account_share#2024-H1"
        row = _row_text(panel.metrics_table, key)
        assert row.endswith("| — | ▁██ | misdated?") and "unchanged" not in row
        await select_row(pilot, panel.metrics_table, key)
        await pilot.pause()
        detail = flat(str(app.screen.query_one("#figures-detail", Static).render()))
        assert (
            "latest 87.08% (H1 2024); possible misdating, the same value for another period "
            "(not compared): 87.08% (2023)"
        ) in detail
        notes = {k: _row_text(panel.citations_table, k) for k in row_keys(panel.citations_table)}
        assert notes[key].endswith("misdated?")
        earlier = "vn-payment-account-share#adults_with_payment_account_share"
        assert notes[f"{earlier}#2023"].endswith("misdated?")
        assert not notes[f"{earlier}#2020"].endswith("misdated?")


async def test_bundled_note_on_a_figure_is_shown_as_outside_knowledge(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        key = "vn-global-cybersecurity-rank#global_cybersecurity_rank#2020"
        await select_row(pilot, panel.metrics_table, key)
        await pilot.pause()
        detail = flat(str(app.screen.query_one("#figures-detail", Static).render()))
        assert "Note: Outside knowledge, not in the article: 25th of 194" in detail


async def test_bundled_headline_figures_lead_with_project_06_and_can_be_searched(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        headline = app.screen.query_one("#overview-figures", FindingTable)
        every = row_keys(headline)
        first = [_row_text(headline, k).split(" | ")[0] for k in every[:4]]
        assert first == [
            "Chip-embedded citizen ID cards issued",
            # VNeID next, the most recent first
            "Electronic identification accounts activated",
            "Electronic identification records collected",
            "Electronic identification accounts issued",
        ]
        # the app's search narrows the headline list as it narrows every list
        await pilot.press("slash", *"VNeID", "enter")
        await pilot.pause()
        shown = [_row_text(headline, k).split(" | ")[0] for k in row_keys(headline)]
        assert shown[0] == "Electronic identification accounts activated"
        assert "Customer records biometrically matched against chip ID / VNeID" in shown
        assert "Chip-embedded citizen ID cards issued" not in shown
        assert len(shown) < len(every) // 4
