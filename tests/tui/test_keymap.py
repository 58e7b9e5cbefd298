"""The user's own keys: every binding has an id, ``[keymap]`` in settings.toml rebinds it,
a bad entry is one notification, and the footer and the keys list show the user's keys."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding
from textual.widgets import Static

from briefing.storage.settings import Settings, update_settings
from briefing.tui.app import BriefingApp
from briefing.tui.keymap import known_bindings
from briefing.tui.screens.keys_screen import KEYS, KeysScreen
from briefing.tui.widgets.keys_footer import KeysFooter
from tests.tui.helpers import WIDE, build, flat, notifications, rendered
from tests.tui.test_actions import DOCUMENTED_CLASSES


def write_keymap(tmp_path: Path, body: str) -> None:
    (tmp_path / "settings.toml").write_text(f"[keymap]\n{body}", encoding="utf-8")


def footer(app) -> dict[str, str]:
    return {key.description: key.display for key in app.screen.query_one(KeysFooter).keys}


def test_every_binding_has_an_id_and_the_keys_list_names_each():
    known = known_bindings(BriefingApp)
    for cls in DOCUMENTED_CLASSES:
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding) and binding.id, f"{cls.__name__}: {binding}"
            assert known[binding.id] is binding or known[binding.id].action == binding.action
    listed = {binding_id for row in KEYS for binding_id in row.ids}
    documented = {
        b.id for cls in DOCUMENTED_CLASSES for b in cls.__dict__.get("BINDINGS", []) if b.id
    }
    assert documented - listed == set()
    assert listed - set(known) == set()  # no row names a binding that is not there


async def test_a_keymap_rebinds_and_the_footer_and_keys_list_follow(fixture_corpus, tmp_path):
    write_keymap(tmp_path, '"list.search" = "ctrl+f"\n"cite" = "c,C"\n')
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        shown = footer(app)
        assert shown["Search"] == "^f" and shown["Cite"] == "c"
        palette = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert palette["Search"].endswith("(^f)") and palette["Cite"].endswith("(c or C)")
        await pilot.press("slash")  # its old key does nothing now
        await pilot.pause()
        assert app.focused is None or app.focused.id != "search"
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "search"
        await pilot.press("escape", "escape", "question_mark")
        assert isinstance(app.screen, KeysScreen)
        listed = flat(rendered(app.screen.query_one(Static)))
        assert "Search │ ^f │ search statements" in listed
        assert "Lists │ c C │ copy a citation" in listed
        assert "App │ q │ quit" in listed  # the others as they were
        assert notifications(app) == []  # nothing was wrong


async def test_bad_entries_are_one_notification_and_the_rest_apply(fixture_corpus, tmp_path):
    write_keymap(
        tmp_path,
        '"list.serch" = "ctrl+f"\n"cite" = 3\n"list.filter" = "ctrl+f f"\n"app.theme" = "ctrl+t"\n',
    )
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        said = [n for n in app._notifications if "[keymap]" in (n.title or "")]
        assert len(said) == 1
        assert said[0].title == "settings.toml [keymap]: 3 entries skipped"
        message = said[0].message
        assert "'list.serch' is no binding's id" in message
        assert "'cite': the keys are text" in message
        assert "'list.filter': 'ctrl+f f' is not a key name" in message
        assert app.user_keys == {"app.theme": "ctrl+t"}
        assert footer(app)["Cite"] == "y"


async def test_saving_the_theme_keeps_the_keymap(fixture_corpus, tmp_path):
    path = tmp_path / "settings.toml"
    write_keymap(tmp_path, '"list.search" = "ctrl+f"\n')

    def change(settings: Settings) -> None:
        settings.theme = "nord"

    update_settings(change, path)
    assert Settings.load(path).keymap == {"list.search": "ctrl+f"}
    assert Settings.load(path).theme == "nord"


async def test_a_key_another_binding_keeps_is_refused(fixture_corpus, tmp_path):
    write_keymap(tmp_path, '"cite" = "r"\n"list.review" = "ctrl+v"\n"list.mark" = "f"\n')
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        said = [n.message for n in app._notifications if "[keymap]" in (n.title or "")]
        assert said == [
            "'list.mark': 'f' is list.filter's key (rebind that too)\nThe other keys apply."
        ]
        assert app.user_keys == {"cite": "r", "list.review": "ctrl+v"}  # r was given up
        assert footer(app)["Cite"] == "r"


def test_the_readme_names_every_binding_id():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Your own keys") : readme.index("## `briefing serve`")]
    named = set(re.findall(r"`([a-z_]+(?:\.[a-z0-9_]+)?)`", section))
    named |= {f"panel.{n}" for n in range(1, 9)}  # written as a range
    ids = set(known_bindings(BriefingApp))
    assert ids - named == set(), "binding ids missing from the README's keymap table"
