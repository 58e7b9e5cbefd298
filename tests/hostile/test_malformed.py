"""Malformed input is one ``path:line: problem``: deep nesting, non-finite numbers,
unknown keys, odd names and folders; a broken settings, state or theme file never
stops the app and is never written over."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
import tomli_w

from briefing.cli import main
from briefing.tui.app import make_app
from tests.hostile.corpus import HostileCorpus, assert_no_raw_controls, run_cli

DEPTHS = [2_000, 10_000, 100_000]


def deep_array(depth: int) -> str:
    return f"x = {'[' * depth}{']' * depth}\n"


def deep_table(depth: int) -> str:
    return f"x = {'{a = ' * depth}1{'}' * depth}\n"


NESTINGS = [deep_array, deep_table]


def findings(corpus: Path) -> Path:
    return corpus / "data" / "findings" / "harbour.toml"


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("nest", NESTINGS)
def test_deeply_nested_findings_file_is_one_problem_line(tmp_path: Path, depth: int, nest) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    (corpus / "data" / "findings" / "deep.toml").write_text(
        'source = "harbour"\n' + nest(depth), encoding="utf-8"
    )
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 1
    assert_no_raw_controls(ran.both)
    (line,) = ran.out.splitlines()
    assert line.startswith(f"{corpus}/data/findings/deep.toml:2: malformed TOML"), line


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "+nan", "+inf"])
def test_a_non_finite_metric_is_a_check_problem(tmp_path: Path, value: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    path = findings(corpus)
    path.write_text(
        path.read_text(encoding="utf-8").replace("value = 57", f"value = {value}"),
        encoding="utf-8",
    )
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 1, ran.out
    (line,) = ran.out.splitlines()
    assert "finite" in line and line.startswith(f"{path}:"), line
    summary = run_cli("summary", "--corpus", str(corpus), "--format", "json")
    assert summary.status != 0
    assert "Infinity" not in summary.out and "NaN" not in summary.out


@pytest.mark.parametrize("key", ["findings", "sources", "extra", "Source"])
def test_an_unknown_top_level_key_of_a_findings_file_is_reported(tmp_path: Path, key: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    path = findings(corpus)
    path.write_text(f'{key} = "x"\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 1
    assert ran.out.splitlines() == [
        f"{path}:1: unknown key '{key}' (expected 'source' and [[finding]])"
    ]


@pytest.mark.parametrize("name", ["a\x00b.txt", "harbour.txt\x00", "\x1b[2J.txt", "x\nb.txt"])
def test_a_control_character_in_a_file_name_is_a_problem(tmp_path: Path, name: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    sources = corpus / "data" / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(
        text.replace('file = "harbour.txt"', f"file = {json.dumps(name)}"), encoding="utf-8"
    )
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 1
    assert_no_raw_controls(ran.both)
    named = ("plain file name", "single line")
    assert any(any(n in line for n in named) for line in ran.out.splitlines()), ran.both


@pytest.mark.parametrize("paths", [[], ["-"], ["missing.txt"]])
def test_ingest_with_stdin_closed_says_what_it_did(tmp_path: Path, paths: list[str]) -> None:
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    # Started with its stdin closed outright (as by "<&-" in a shell).
    code = (
        "import os, sys; os.close(0); sys.stdin = None; "
        "from briefing.cli import main; sys.exit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "ingest", "--corpus", str(corpus), *paths],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "AttributeError" not in done.stderr
    if paths:
        assert done.stdout.startswith("skipped: "), done.stdout + done.stderr
        assert done.returncode == 1


def unreadable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make ``folder`` unlistable (the tests run as root, whom chmod does not stop)."""
    real = os.scandir

    def scandir(path=".", *args, **kwargs):  # type: ignore[no-untyped-def,unused-ignore]
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(folder))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("where", ["", "data", "data/findings"])
def test_an_unreadable_folder_is_a_problem_never_ok(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    folder = corpus / where if where else corpus
    unreadable(monkeypatch, folder)
    status = main(["check", "--corpus", str(corpus)])
    out = capsys.readouterr().out
    assert status == 1
    assert "ok:" not in out
    assert out.splitlines() == [f"{folder}: cannot read the folder: Permission denied"]


def test_a_permission_error_anywhere_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")

    def denied(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", denied)
    status = main(["check", "--corpus", str(corpus)])
    captured = capsys.readouterr()
    assert status != 0
    assert len(captured.err.strip().splitlines()) == 1, captured.err
    assert "Permission denied" in captured.err


# The app with broken files of its own ------------------------------------------------


def app_for(corpus: Path, tmp_path: Path, themes: Path | None = None):
    app = make_app(
        corpus,
        as_of=date(2025, 3, 1),
        settings_path=tmp_path / "settings.toml",
        extra_theme_dirs=(themes,) if themes else (),
    )
    app.animation_level = "none"
    return app


BROKEN = {
    "deep": deep_array(50_000),
    "bad-line": 'theme = "nord"\nthis is not toml\n',
    "nul": 'theme = "nord"\x00\n',
}


@pytest.mark.parametrize("kind", list(BROKEN))
async def test_a_broken_settings_file_is_kept_and_named_once(tmp_path: Path, kind: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    settings = tmp_path / "settings.toml"
    settings.write_text(BROKEN[kind], encoding="utf-8")
    before = settings.read_bytes()
    app = app_for(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        app.theme = "textual-light"  # a change that would be saved to a sound file
        await pilot.pause()
        warned = [n.message for n in app._notifications if str(settings) in n.message]
        assert len(warned) == 1, [n.message for n in app._notifications]
    assert app.return_code in (0, None)
    assert settings.read_bytes() == before


async def test_a_sound_settings_file_keeps_other_corpora(tmp_path: Path) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    settings = tmp_path / "settings.toml"
    other = {"briefed": {"/elsewhere": {"on": date(2025, 1, 1), "sources": ["a"]}}}
    settings.write_text(tomli_w.dumps(other), encoding="utf-8")
    app = app_for(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert "/elsewhere" in settings.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", list(BROKEN))
async def test_a_broken_theme_lets_the_app_open(tmp_path: Path, kind: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "evil.toml").write_text(BROKEN[kind], encoding="utf-8")
    app = app_for(corpus, tmp_path, themes)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert any("evil.toml" in n.message for n in app._notifications)
    assert app.return_code in (0, None)


@pytest.mark.parametrize("kind", list(BROKEN))
async def test_a_broken_state_file_lets_the_app_open(tmp_path: Path, kind: str) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    state = corpus / "data" / "state.toml"
    state.write_text(BROKEN[kind], encoding="utf-8")
    app = app_for(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert any("state.toml" in n.message for n in app._notifications)
    assert state.read_text(encoding="utf-8") == BROKEN[kind]


def test_an_unwritable_cache_folder_is_named_in_the_app(tmp_path: Path, monkeypatch) -> None:
    import asyncio

    from briefing.corpus import cache

    corpus = HostileCorpus().write(tmp_path / "corpus")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(cache, "_warned", False)
    monkeypatch.setattr(cache, "_warning", None)

    async def run() -> list[str]:
        app = app_for(corpus, tmp_path)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            return [n.message for n in app._notifications]

    messages = asyncio.run(run())
    assert any("cannot write the corpus cache" in m.lower() for m in messages), messages


CRASHING_APP = """
import sys
from functools import partialmethod
from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing_screen import BriefingScreen
BriefingApp.run = partialmethod(BriefingApp.run, headless=True)
def boom(self):
    raise ValueError("a figure the panel cannot show")
BriefingScreen.on_mount = boom
from briefing.cli import main
sys.exit(main(["--corpus", sys.argv[1], "--as-of", "2025-03-01"]))
"""


def test_an_app_that_crashes_exits_non_zero(tmp_path: Path) -> None:
    import subprocess
    import sys

    corpus = HostileCorpus().write(tmp_path / "corpus")
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_APP, str(corpus)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "a figure the panel cannot show" in done.stdout + done.stderr
    assert done.returncode != 0
