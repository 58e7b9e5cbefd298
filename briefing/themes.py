"""Themes as data: ``themes/*.toml`` (bundled) and the user's own folder, validated here.

This module does not import Textual: the summary uses the same palettes for Rich
styles. ``to_textual_theme`` builds Textual's ``Theme`` for the app on demand.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.storage.files import Problem, StoreError, read_toml

if TYPE_CHECKING:
    from textual.theme import Theme

DEFAULT_THEME = "briefing-dark"

# App variables every theme may set; the defaults fall back on Textual's own colours
# so a user's theme that only sets the basics still works.
APP_VARIABLES: dict[str, str] = {
    "kind-achievement": "$success",
    "kind-limitation": "$warning",
    "kind-target": "$primary",
    "kind-deadline": "$accent",
    "status-overdue": "$error",
    "status-due-soon": "$warning",
    "status-upcoming": "$success",
    "quote-highlight": "$warning 30%",
}

_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _hex(value: str | None, *loc: str) -> None:
    if value is not None and not _COLOUR.match(value):
        raise _Invalid(f"'{value}' is not a colour (use #RRGGBB)", *loc)


_COLOUR_FIELDS = (
    "primary",
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "foreground",
    "background",
    "surface",
    "panel",
)


@dataclass(frozen=True)
class ThemeSpec:
    """One theme file (its fields are Textual ``Theme``'s own parameters, by design)."""

    name: str
    """Unique theme name, used by --theme."""
    primary: str
    """Main accent colour."""
    dark: bool = True
    """Whether it is a dark theme."""
    secondary: str | None = None
    accent: str | None = None
    warning: str | None = None
    error: str | None = None
    success: str | None = None
    foreground: str | None = None
    background: str | None = None
    surface: str | None = None
    panel: str | None = None
    variables: dict[str, str] = field(default_factory=dict)
    """App variables."""

    def colour(self, variable: str) -> str:
        """A resolved colour for Rich: an app variable, falling back on the base palette."""
        if variable in self.variables:
            return self.variables[variable]
        fallback = APP_VARIABLES.get(variable, "$primary").split()[0].lstrip("$")
        return getattr(self, fallback, None) or self.primary


class _Invalid(ValueError):
    """What is wrong with a theme file, and where (a TOML location)."""

    def __init__(self, message: str, *loc: str) -> None:
        super().__init__(message)
        self.loc = loc


_KNOWN = {f.name for f in fields(ThemeSpec)}


def _spec(data: dict[str, Any]) -> ThemeSpec:
    """Validate a theme file's data by hand: the summary reads themes at every start,
    and importing pydantic for these dozen fields would cost it about 70 ms."""
    for key in data:
        if key not in _KNOWN:
            raise _Invalid(f"unknown field '{key}'", key)
    for key in ("name", "primary"):
        if key not in data:
            raise _Invalid(f"'{key}' is missing", key)
    for key in ("name", *_COLOUR_FIELDS):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise _Invalid(f"{key}: must be text", key)
    if not _NAME.match(data["name"]):
        raise _Invalid(
            f"theme name '{data['name']}' must be lowercase letters, digits and '-'", "name"
        )
    for key in _COLOUR_FIELDS:
        _hex(data.get(key), key)
    if not isinstance(data.get("dark", True), bool):
        raise _Invalid("dark: must be true or false", "dark")
    variables = data.get("variables", {})
    if not isinstance(variables, dict):
        raise _Invalid("variables: a table expected", "variables")
    for key, colour in variables.items():
        if key not in APP_VARIABLES:
            raise _Invalid(
                f"unknown variable '{key}' (known: {', '.join(APP_VARIABLES)})", "variables"
            )
        if not isinstance(colour, str):
            raise _Invalid(f"{key}: must be text", "variables", key)
        _hex(colour, "variables", key)
    return ThemeSpec(**data)


@dataclass
class ThemeSet:
    """Every theme found, and what was wrong with the files that were not."""

    themes: dict[str, ThemeSpec] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_theme_file(path: Path) -> ThemeSpec:
    """Read one theme file; raise ``StoreError`` naming file and line when it is wrong."""
    doc = read_toml(path)
    try:
        return _spec(doc.data)
    except _Invalid as exc:
        raise StoreError(Problem(path, doc.line_of(*exc.loc), str(exc))) from None


def load_themes(*folders: Path) -> ThemeSet:
    """Load every ``*.toml`` theme in ``folders``; later folders override earlier names."""
    found = ThemeSet()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                spec = load_theme_file(path)
            except StoreError as exc:
                found.problems.append(exc.problem)
                continue
            found.themes[spec.name] = spec
    return found


def to_textual_theme(spec: ThemeSpec) -> Theme:
    """The Textual theme for a spec."""
    from textual.theme import Theme

    # ThemeSpec's fields are Theme's own parameters, by design.
    return Theme(**asdict(spec))
