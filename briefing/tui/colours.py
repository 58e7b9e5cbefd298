"""The app's theme variables as colours Rich can draw with.

Textual resolves ``$name`` references and ``N%`` transparency only inside CSS; the
panels style Rich ``Text`` directly, so each app variable (``kind-achievement =
"$success"``…) is resolved here against the active theme. Textual's built-in themes
(and ANSI ones) leave these variables as references, which Rich cannot parse.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.color import Color, ColorParseError

from briefing.themes import APP_VARIABLES

# A reference to a reference to … stops here rather than looping on a cycle.
_MAX_DEPTH = 8


def _resolve(value: str, variables: dict[str, str]) -> str:
    """``"$warning 30%"`` → a solid colour name Rich parses, or ``""`` if there is none."""
    parts = value.split()
    if not parts:
        return ""
    colour_text, alpha = parts[0], 1.0
    if len(parts) > 1 and parts[1].endswith("%"):
        try:
            alpha = float(parts[1][:-1]) / 100
        except ValueError:
            return ""
    for _ in range(_MAX_DEPTH):
        if not colour_text.startswith("$"):
            break
        colour_text = variables.get(colour_text[1:], "").split(" ")[0]
    try:
        colour = Color.parse(colour_text)
    except ColorParseError:
        return ""
    if alpha < 1.0 and colour.ansi is None:
        # Transparency over the screen's background, as CSS would draw it.
        try:
            background = Color.parse(variables.get("background", "#000000"))
        except ColorParseError:
            background = Color(0, 0, 0)
        if background.ansi is None:
            colour = background.blend(colour, alpha)
    return colour.rich_color.name


def theme_colours(app: App[Any]) -> dict[str, str]:
    """Every app variable of the active theme as a colour Rich can parse (``""`` if none)."""
    variables = app.get_css_variables()
    return {
        name: _resolve(app.theme_variables.get(name, default), variables)
        for name, default in APP_VARIABLES.items()
    }
