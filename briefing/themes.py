"""Themes: one list and one resolver for the app and the summary.

The list is Textual's built-in themes, the bundled ones (``themes/*.toml``) and the
user's own folder, later ones overriding earlier names. ``choose_theme`` picks one for
``--theme`` and the remembered setting, and ``resolve_colour`` turns an app variable
(``"$warning 30%"``) into a colour Rich draws with, the same way everywhere.

Textual is imported only when a built-in theme is asked for (about 200 ms): the
summary of a bundled or user theme stays on the light path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.storage.files import Problem, StoreError, read_toml

if TYPE_CHECKING:
    from textual.theme import Theme

DEFAULT_THEME = "briefing-dark"
ANSI_THEME = "ansi"
"""The terminal's own colours: Textual's ``ansi-dark`` (``ansi-light`` on a terminal that
says it is light) under a name that says what it is, for the app and the summary alike."""

# App variables every theme may set; the defaults fall back on Textual's own colours
# so a user's theme that only sets the basics still works.
APP_VARIABLES: dict[str, str] = {
    "kind-achievement": "$success",
    "kind-limitation": "$warning",
    "kind-target": "$primary",
    "kind-deadline": "$accent",
    "kind-directive": "$text-muted",
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

    def palette(self) -> dict[str, str]:
        """Its base colours by name (those it sets), and its app variables."""
        colours = {key: getattr(self, key) for key in _COLOUR_FIELDS if getattr(self, key)}
        return {**colours, **self.variables}

    def colours(self) -> dict[str, str]:
        """Every app variable resolved for Rich (``""`` where there is none), and the
        page's own background and foreground where the theme sets them (for HTML)."""
        palette = self.palette()
        colours = {
            name: resolve_colour(self.variables.get(name, default), palette)
            for name, default in APP_VARIABLES.items()
        }
        for key in ("background", "foreground"):
            value = resolve_colour(getattr(self, key) or "", palette)
            if value.startswith("#"):  # an ANSI theme's "default" has no value for a page
                colours[key] = value
        return colours


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
    """The bundled and user themes (Textual's own are found by ``spec``)."""
    problems: list[Problem] = field(default_factory=list)

    def spec(self, name: str) -> ThemeSpec | None:
        """The theme named ``name``: a bundled or user one, else Textual's built-in."""
        found = self.themes.get(name)
        return found if found is not None else builtin_themes().get(name)

    def names(self) -> list[str]:
        """Every theme's name, sorted: Textual's built-ins, bundled and user themes."""
        return sorted({*builtin_themes(), *self.themes})


class ThemeError(ValueError):
    """``--theme`` names no usable theme: one line saying what there is instead."""


def choose_theme(
    themes: ThemeSet, asked: str | None, remembered: str | None, *, light_ok: bool = True
) -> str:
    """The theme to use: ``asked`` (``--theme``), else the ``remembered`` one (picked in
    the app) unless it is gone, or light where ``light_ok`` is false (a summary on a
    dark terminal), else ``DEFAULT_THEME``. An unknown ``asked`` is a ``ThemeError``."""
    if asked is not None:
        if asked in themes.themes or asked in builtin_themes():
            return asked
        broken = [p for p in themes.problems if p.path.stem == asked]
        if broken:  # the file is there but wrong: say what is wrong with it
            raise ThemeError(f"--theme: {broken[0]}")
        raise ThemeError(f"--theme: no theme named '{asked}' (known: {', '.join(themes.names())})")
    if remembered:
        spec = themes.themes.get(remembered) or builtin_themes().get(remembered)
        # The terminal's own colours suit the terminal, whatever its background.
        if spec is not None and (light_ok or spec.dark or remembered == ANSI_THEME):
            return remembered
    return DEFAULT_THEME


def terminal_is_light(environ: Mapping[str, str]) -> bool:
    """Whether the terminal says its background is light (``COLORFGBG``, as rxvt and
    others set it: ``15;0`` is white on black); unknown counts as dark."""
    background = environ.get("COLORFGBG", "").rsplit(";", 1)[-1]
    return background in ("7", "15")


_BASE_ANSI = ("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")
_ANSI = [*_BASE_ANSI, *(f"bright_{name}" for name in _BASE_ANSI)]
"""Textual's ``ansi_*`` colour names in ANSI order: ``ansi_blue`` is Rich's ``color(4)``."""
_MAX_DEPTH = 8  # a reference to a reference to … stops here rather than looping on a cycle


def resolve_colour(value: str, variables: Mapping[str, str]) -> str:
    """``"$warning 30%"`` → a colour Rich parses (``#rrggbb``, ``color(N)``, ``default``),
    or ``""`` if there is none. ``$name`` is looked up in ``variables`` (a theme's
    palette, or the app's CSS variables); ``N%`` is that much of the colour over the
    ``background`` variable, as CSS draws it (not over an ANSI background, which has
    no value to blend with)."""
    parts = value.split()
    if not parts:
        return ""
    text, alpha = parts[0], 1.0
    if len(parts) > 1 and parts[1].endswith("%"):
        try:
            alpha = float(parts[1][:-1]) / 100
        except ValueError:
            return ""
    for _ in range(_MAX_DEPTH):
        if not text.startswith("$"):
            break
        text = variables.get(text[1:], "").split(" ")[0]
    if text.startswith("ansi_"):
        name = text.removeprefix("ansi_")
        if name == "default":
            return "default"
        return f"color({_ANSI.index(name)})" if name in _ANSI else ""
    rgb = _rgb(text)
    if rgb is None:
        return ""
    background = variables.get("background", "#000000").split(" ")[0]
    if alpha < 1.0 and not background.startswith("ansi_"):
        under = _rgb(background) or (0, 0, 0)
        r, g, b = (int(u + (c - u) * alpha) for u, c in zip(under, rgb, strict=True))
        rgb = (r, g, b)
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _rgb(text: str) -> tuple[int, int, int] | None:
    """``#rgb``, ``#rrggbb`` or ``#rrggbbaa`` (its alpha left aside) as three numbers."""
    if not text.startswith("#"):
        return None
    digits = text[1:]
    if len(digits) in (3, 4):
        digits = "".join(d * 2 for d in digits[:3])
    elif len(digits) in (6, 8):
        digits = digits[:6]
    else:
        return None
    try:
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    except ValueError:
        return None


def ansi_base(environ: Mapping[str, str]) -> str:
    """The Textual theme that ``ANSI_THEME`` stands for on this terminal."""
    return "ansi-light" if terminal_is_light(environ) else "ansi-dark"


def textual_ansi_theme() -> Theme:
    """``ANSI_THEME`` as a Textual theme, for the app to register (Textual imported)."""
    from textual.theme import BUILTIN_THEMES

    return replace(BUILTIN_THEMES[ansi_base(os.environ)], name=ANSI_THEME)


_builtin: dict[str, ThemeSpec] | None = None


def builtin_themes() -> dict[str, ThemeSpec]:
    """Textual's built-in themes as specs, and ``ANSI_THEME`` (Textual imported the first time)."""
    global _builtin
    if _builtin is None:
        from textual.theme import BUILTIN_THEMES

        themes = {**BUILTIN_THEMES, ANSI_THEME: textual_ansi_theme()}
        _builtin = {
            name: ThemeSpec(
                name=name,
                primary=theme.primary,
                dark=theme.dark,
                **{key: getattr(theme, key) for key in _COLOUR_FIELDS if key != "primary"},
                variables={k: v for k, v in theme.variables.items() if k in APP_VARIABLES},
            )
            for name, theme in themes.items()
        }
    return _builtin


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
