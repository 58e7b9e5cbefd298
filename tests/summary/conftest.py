"""Helpers for the `briefing summary` tests: run the command in-process, read its output."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.cli import main

AS_OF = "2025-03-15"
ESC = "\x1b"
VISIBLE_ESC = "\u241b"  # ␛, what printable() shows for an ESC in article text

# What a terminal would treat as control sequences: SGR (colours, bold...) and OSC 8 links.
SGR = re.compile(r"\x1b\[([0-9;]*)m")
OSC8 = re.compile(r"\x1b\]8;([^;\x1b]*);([^\x1b]*)\x1b\\")

# Payload planted in a copy of the fixture corpus, in fields the text/rich/html output prints
# (the fixture's own hostile text is in a quote, which only Markdown and JSON print).
HOSTILE = (
    "[bold red]ALERT[/bold red] [link=https://evil.example]click here[/link] "
    "\x1b[31mnow\x1b[0m <script>alert(1)</script> &amp; *x* | ~y~"
)
HOSTILE_URL = 'https://news.example/a?b=1&c="><script>alert(2)</script>\x1b]8;;x'

Run = Callable[..., tuple[int, str, str]]


def strip_ansi(text: str) -> str:
    """``text`` without SGR codes and OSC 8 hyperlink wrappers."""
    return SGR.sub("", OSC8.sub("", text))


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No colour or width settings leak in from the machine running the tests."""
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    """``cli(*argv)`` → (status, stdout, stderr) of ``briefing *argv``, run in-process."""

    def _cli(*argv: str) -> tuple[int, str, str]:
        status = main(list(argv))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.out + captured.err
        return status, captured.out, captured.err

    return _cli


@pytest.fixture
def run(cli: Run) -> Run:
    """``run(*args)`` → (status, stdout, stderr) of ``briefing summary *args``."""

    def _run(*args: str) -> tuple[int, str, str]:
        return cli("summary", *args)

    return _run


@pytest.fixture
def summary(run: Run, fixture_corpus: Path) -> Callable[..., str]:
    """``summary(*args)`` → stdout of a successful summary of the fixture corpus as of AS_OF."""

    def _summary(*args: str) -> str:
        status, out, err = run("--corpus", str(fixture_corpus), "--as-of", AS_OF, *args)
        assert (status, err) == (0, "")
        return out

    return _summary


@pytest.fixture
def hostile_corpus(tmp_path: Path, fixture_corpus: Path) -> Path:
    """The fixture corpus with HOSTILE in a statement, an owner, a topic label, a source's
    title and outlet, and HOSTILE_URL as that source's url."""
    root = Path(shutil.copytree(fixture_corpus, tmp_path / "hostile"))

    def toml(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace(ESC, "\\u001b") + '"'

    def edit(relative: str, *pairs: tuple[str, str]) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, (relative, old)
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")

    edit(
        "data/findings/lanmore-bulletin-2025-01.toml",
        (
            'statement = "Fraudulent messages imitating VNeID alerts reach residents"',
            f"statement = {toml(HOSTILE)}",
        ),
        ('owner = "District People\'s Committees"', f"owner = {toml(HOSTILE)}"),
    )
    edit(
        "data/topics.toml",
        ('cybersecurity = "Cybersecurity & data protection"', f"cybersecurity = {toml(HOSTILE)}"),
    )
    edit(
        "data/sources.toml",
        (
            'title = "Lanmore Provincial Bulletin: digital transformation update"',
            f"title = {toml(HOSTILE)}",
        ),
        ('outlet = "Lanmore Provincial Bulletin"', f"outlet = {toml(HOSTILE)}"),
        ("published_stated = false\n", f"published_stated = false\nurl = {toml(HOSTILE_URL)}\n"),
    )
    return root
