"""A small corpus whose every text field is chosen by an attacker, written for each test."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

ESC = "\x1b"
HOSTILE_TEXTS = [
    "[/]",
    "[@click=app.screenshot('x.svg','/tmp')]CLICK[/]",
    "[bold red]ALERT[/bold red]",
    f"{ESC}]52;c;aGVsbG8={ESC}\\",
    f"{ESC}[2J{ESC}[H",
    f"{ESC}[201~",
    "\x9b31m",
    "\x85next",
    "abc\u202edcba",
    "zero\u200bwidth\u2066isolate\u2069",
    "tag\U000e0041\U000e0042",
    "bell\x07del\x7f",
]
"""Texts that would steer a terminal, Textual's markup or a reader's eye if shown raw."""

RAW_BYTES = ["\x1b", "\x07", "\x9b", "\x85", "\x7f", "\u202e", "\u200b", "\u2066", "\U000e0041"]
"""Characters that must never reach a terminal from corpus text."""

ARTICLE_INTRO = "The Harbour District council met on Monday to discuss its online services. "
QUOTE_BODY = "The council opened 57 online public services this spring"


@dataclass
class HostileCorpus:
    """What to put in the corpus; each text field defaults to something harmless."""

    url: str | None = "https://news.example/harbour"
    title: str = "Harbour District opens online services"
    outlet: str = "Harbour Courier"
    note: str | None = None
    statement: str = "57 online public services opened"
    quote_extra: str = ""
    topic_label: str = "Online services"
    extra_findings: list[dict[str, Any]] = field(default_factory=list)

    def write(self, root: Path) -> Path:
        """Write the corpus to ``root`` (a valid corpus: ``briefing check`` is ok)."""
        quote = QUOTE_BODY + self.quote_extra
        article = f"{ARTICLE_INTRO}{quote}. More to follow.\n"
        (root / "seeds").mkdir(parents=True)
        (root / "data" / "findings").mkdir(parents=True)
        (root / "seeds" / "harbour.txt").write_text(article, encoding="utf-8")
        source: dict[str, Any] = {
            "id": "harbour",
            "file": "harbour.txt",
            "title": self.title,
            "outlet": self.outlet,
            "published": "2025-01-10",
            "sha256": hashlib.sha256(article.encode("utf-8")).hexdigest(),
        }
        if self.url is not None:
            source["url"] = self.url
        if self.note is not None:
            source["note"] = self.note
        _toml(root / "data" / "sources.toml", {"source": [source]})
        _toml(root / "data" / "topics.toml", {"topics": {"online-services": self.topic_label}})
        metric = {"label": "Online services", "unit": "services", "aliases": []}
        _toml(root / "data" / "metrics.toml", {"metric": {"online_services": metric}})
        start = article.index(quote)
        finding = {
            "id": "harbour-services",
            "kind": "achievement",
            "statement": self.statement,
            "quote": quote,
            "span": [start, start + len(quote)],
            "topics": ["online-services"],
            "metrics": [
                {"name": "online_services", "value": 57, "unit": "services", "as_of": "2025-01"}
            ],
        }
        findings = {"source": "harbour", "finding": [finding, *self.extra_findings]}
        _toml(root / "data" / "findings" / "harbour.toml", findings)
        return root


def _toml(path: Path, data: dict[str, Any]) -> None:
    path.write_text(tomli_w.dumps(data), encoding="utf-8")


@dataclass
class Ran:
    """A finished ``briefing`` subprocess."""

    status: int
    out: str
    err: str

    @property
    def both(self) -> str:
        return self.out + self.err


MEMORY_CAP = 2 * 1024**3
"""Address space a command under test may use: one reading /dev/zero without bound
fails fast instead of filling the machine's memory."""


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_cli(*args: str, stdin: Any = subprocess.DEVNULL, timeout: float = 60) -> Ran:
    """``briefing ARGS`` in a subprocess (its own cache and config folders are the caller's)."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        stdin=stdin,
        timeout=timeout,
        preexec_fn=_capped,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"},
        check=False,
    )
    return Ran(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def assert_no_raw_controls(text: str) -> None:
    """Nothing in ``text`` a terminal would act on or that hides itself."""
    for char in RAW_BYTES:
        assert char not in text, f"raw {char!r} in {text!r}"
    assert "Traceback" not in text
