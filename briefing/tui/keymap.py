"""The user's own keys: ``[keymap]`` in settings.toml rebinds a binding by its id.

Every binding of the app has an id (``list.search``, ``review.accept``: where it works,
then what it does); ``[keymap]`` gives an id the keys to use instead (``"ctrl+f"``, or
several: ``"q,ctrl+q"``), and Textual's ``App.set_keymap`` does the rest, footer included.
What is wrong in the table (an id no binding has, keys that are not keys) is said in one
notification, and the rest of the table still applies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from textual.app import App
from textual.binding import Binding

_KEY = re.compile(r"^(?:(?:ctrl|shift|alt|super|meta|hyper)\+)*(?:[a-z0-9_]{2,}|[^\s,+]|\+)$")
"""A key as Textual names it: ``ctrl+f``, ``f5``, ``question_mark``, or one character."""


@dataclass
class Keymap:
    """The usable part of a ``[keymap]`` table, and what was wrong with the rest."""

    keys: dict[str, str] = field(default_factory=dict)
    """Binding id to keys, for ``App.set_keymap``."""
    problems: list[str] = field(default_factory=list)


def read_keymap(table: Mapping[str, object], owners: Mapping[type, list[Binding]]) -> Keymap:
    """Check each entry of ``table`` against the bindings, by id, of each of ``owners``:
    an id none has, keys that are not keys, a key another binding of the same screen or
    widget keeps (Textual would run only one of them)."""
    known = {str(b.id): b for bindings in owners.values() for b in bindings}
    found = Keymap()
    if "" in table:
        found.problems.append('[keymap] must be a table of binding id = "keys"')
        return found
    for binding_id, value in table.items():
        if binding_id not in known:
            found.problems.append(
                f"'{binding_id}' is no binding's id (the keys list, ?, shows them)"
            )
            continue
        if not isinstance(value, str) or not value.strip():
            found.problems.append(f"'{binding_id}': the keys are text, like \"ctrl+f\"")
            continue
        keys = [key.strip() for key in value.split(",")]
        wrong = [key for key in keys if not _KEY.match(key)]
        if wrong:
            found.problems.append(f"'{binding_id}': '{wrong[0]}' is not a key name")
            continue
        found.keys[binding_id] = ",".join(keys)
    for binding_id, taken in _clashes(found.keys, owners).items():
        del found.keys[binding_id]
        found.problems.append(f"'{binding_id}': {taken}")
    return found


def _clashes(keymap: Mapping[str, str], owners: Mapping[type, list[Binding]]) -> dict[str, str]:
    """The entries giving a key that another binding of the same owner still has."""
    clashes: dict[str, str] = {}
    for bindings in owners.values():
        holders: dict[str, str] = {}
        for binding in bindings:
            if binding.id not in keymap:
                for key in binding.key.split(","):
                    holders[key.strip()] = str(binding.id)
        for binding in bindings:
            new = keymap.get(str(binding.id))
            for key in new.split(",") if new else ():
                holder = holders.get(key)
                if holder is not None and holder != binding.id:
                    clashes[str(binding.id)] = f"'{key}' is {holder}'s key (rebind that too)"
    return clashes


def known_bindings(app_class: type) -> dict[str, Binding]:
    """Every binding of the app with an id, by id (the screens imported to find them)."""
    found: dict[str, Binding] = {}
    for bindings in binding_owners(app_class).values():
        for binding in bindings:
            found.setdefault(str(binding.id), binding)
    return found


def binding_owners(app_class: type) -> dict[type, list[Binding]]:
    """The bindings with an id that each screen, widget and the app declare."""
    # Imported here, when a [keymap] is there or the keys list opens: not at start-up.
    from textual.app import App

    from briefing.tui.screens.briefing_screen import BriefingScreen
    from briefing.tui.screens.error_screen import CorpusErrorScreen
    from briefing.tui.screens.filter_screen import FilterScreen
    from briefing.tui.screens.keys_screen import KeysScreen
    from briefing.tui.screens.loading_screen import LoadingScreen
    from briefing.tui.screens.mark_screen import MarkScreen
    from briefing.tui.screens.promise_screen import PromiseScreen
    from briefing.tui.screens.review_screen import ReviewScreen
    from briefing.tui.screens.source_screen import SourceScreen
    from briefing.tui.widgets.figures_panel import FiguresPanel
    from briefing.tui.widgets.finding_table import FindingTable
    from briefing.tui.widgets.findings_panel import FindingsPanel, KindPanel

    owners: tuple[type, ...] = (
        App,
        app_class,
        BriefingScreen,
        CorpusErrorScreen,
        FilterScreen,
        KeysScreen,
        LoadingScreen,
        MarkScreen,
        PromiseScreen,
        ReviewScreen,
        SourceScreen,
        FiguresPanel,
        FindingTable,
        FindingsPanel,
        KindPanel,
    )
    return {
        owner: [b for b in owner.__dict__.get("BINDINGS", []) if isinstance(b, Binding) and b.id]
        for owner in owners
    }


def apply_user_keymap(app: App[Any], table: Mapping[str, object]) -> dict[str, str]:
    """Rebind ``app``'s keys as ``table`` (``[keymap]``) says; what is wrong is one
    notification. The keys applied, by binding id (none: nothing is looked up)."""
    if not table:
        return {}
    keymap = read_keymap(table, binding_owners(type(app)))
    app.set_keymap(keymap.keys)
    if keymap.problems:
        count = len(keymap.problems)
        app.notify(
            "\n".join(keymap.problems) + "\nThe other keys apply.",
            title=f"settings.toml [keymap]: {count} entr{'y' if count == 1 else 'ies'} skipped",
            severity="warning",
            timeout=10,
            markup=False,
        )
    return keymap.keys


def shown_keys(app: App[Any], keymap: Mapping[str, str]) -> dict[str, str]:
    """Every binding's keys as the footer shows them (``^f``, ``?``), the user's first."""
    return {
        binding_id: " ".join(
            app.get_key_display(Binding(key, binding.action))
            for key in (keymap.get(binding_id) or binding.key).split(",")
        )
        for binding_id, binding in known_bindings(type(app)).items()
    }
