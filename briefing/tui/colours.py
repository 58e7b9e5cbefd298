"""The app's theme variables as colours Rich can draw with.

Textual resolves ``$name`` references and ``N%`` transparency only inside CSS; the
panels style Rich ``Text`` directly, so each app variable (``kind-achievement =
"$success"``…) is resolved against the active theme's CSS variables by the one
resolver the summary uses too (``themes.resolve_colour``).
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from briefing.themes import APP_VARIABLES, resolve_colour


def theme_colours(app: App[Any]) -> dict[str, str]:
    """Every app variable of the active theme as a colour Rich can parse (``""`` if none)."""
    variables = app.get_css_variables()
    return {
        name: resolve_colour(app.theme_variables.get(name, default), variables)
        for name, default in APP_VARIABLES.items()
    }
