"""Themes as data: ``themes/*.toml`` (bundled) and the user's own folder, validated by pydantic.

This module does not import Textual: the summary uses the same palettes for Rich
styles. ``to_textual_theme`` builds Textual's ``Theme`` for the app on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefing.store import Problem, StoreError, read_toml

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


def _hex(value: str | None) -> str | None:
    if value is not None and not _COLOUR.match(value):
        raise ValueError(f"'{value}' is not a colour (use #RRGGBB)")
    return value


class ThemeSpec(BaseModel):
    """One theme file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="Unique theme name, used by --theme.")
    dark: bool = Field(default=True, description="Whether it is a dark theme.")
    primary: str = Field(description="Main accent colour.")
    secondary: str | None = None
    accent: str | None = None
    warning: str | None = None
    error: str | None = None
    success: str | None = None
    foreground: str | None = None
    background: str | None = None
    surface: str | None = None
    panel: str | None = None
    variables: dict[str, str] = Field(default_factory=dict, description="App variables.")

    @field_validator("name")
    @classmethod
    def _name_is_simple(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"theme name '{value}' must be lowercase letters, digits and '-'")
        return value

    @field_validator(
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
    @classmethod
    def _colours(cls, value: str | None) -> str | None:
        return _hex(value)

    @field_validator("variables")
    @classmethod
    def _known_variables(cls, value: dict[str, str]) -> dict[str, str]:
        for key, colour in value.items():
            if key not in APP_VARIABLES:
                raise ValueError(f"unknown variable '{key}' (known: {', '.join(APP_VARIABLES)})")
            _hex(colour)
        return value

    def colour(self, variable: str) -> str:
        """A resolved colour for Rich: an app variable, falling back on the base palette."""
        if variable in self.variables:
            return self.variables[variable]
        fallback = APP_VARIABLES.get(variable, "$primary").split()[0].lstrip("$")
        return getattr(self, fallback, None) or self.primary


@dataclass
class ThemeSet:
    """Every theme found, and what was wrong with the files that were not."""

    themes: dict[str, ThemeSpec] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_theme_file(path: Path) -> ThemeSpec:
    """Read one theme file; raise ``StoreError`` naming file and line when it is wrong."""
    doc = read_toml(path)
    try:
        return ThemeSpec.model_validate(doc.data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "missing":
            message = f"'{loc[-1]}' is missing"
        elif error["type"] == "extra_forbidden":
            message = f"unknown field '{loc[-1]}'"
        raise StoreError(Problem(path, doc.line_of(*loc), message)) from None


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
    return Theme(**spec.model_dump())
