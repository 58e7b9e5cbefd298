"""``briefing serve`` run for real on a free loopback port, and headless Chromium to use it.

The server is a child process started with a timeout and always stopped (SIGINT, then
SIGKILL to its whole process group), whatever the test did. The browser is Debian's
``chromium`` driven by Playwright (never a downloaded browser); its network is limited
to this machine: any request elsewhere is recorded and aborted.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

AS_OF = "2025-03-15"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


def free_port() -> int:
    """A port nothing listens on right now (loopback)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    """A running ``briefing serve``: its URL, its process, what it printed so far."""

    url: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    def app_pids(self) -> list[int]:
        """The app processes the server started (its children)."""
        return children(self.process.pid)

    def stop(self) -> int:
        """Ctrl-C, as a person would; returns the exit status."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=STOP_TIMEOUT)


def children(pid: int) -> list[int]:
    """Live (not zombie) child processes of ``pid``, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, ppid = fields[0], int(fields[1])
        if ppid == pid and state != "Z":
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _pump(stream: Any, into: list[str]) -> None:
    for line in stream:
        into.append(line)


@contextlib.contextmanager
def serve(corpus: Path, *extra: str) -> Iterator[Served]:
    """Start ``briefing serve`` on a free port; always stop it and everything it started."""
    port = free_port()
    argv = [sys.executable, "-m", "briefing", "serve", "--port", str(port)]
    argv += ["--corpus", str(corpus), "--as-of", AS_OF, *extra]
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: the cleanup below reaches the apps
    )
    served = Served(f"http://127.0.0.1:{port}/", process)
    reader = threading.Thread(target=_pump, args=(process.stdout, served.output), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"briefing serve exited {process.returncode}: {''.join(served.output)}")
            try:
                with urllib.request.urlopen(served.url, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"briefing serve did not answer: {''.join(served.output)}")
                time.sleep(0.1)
        yield served
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=STOP_TIMEOUT)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # the group we started, and only it
        process.wait(timeout=STOP_TIMEOUT)
        reader.join(timeout=5)


@pytest.fixture
def server(bundled: Path) -> Iterator[Served]:
    """``briefing serve`` on the bundled corpus (real URLs to open)."""
    with serve(bundled) as served:
        yield served


# --- the browser -------------------------------------------------------------------


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is not installed (.ci/run installs Debian's chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)  # CI must run these, never skip them
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (Debian's), for the tests of one module."""
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            # Keep Chromium's popup blocker on, as a person's browser has it: `o` must
            # open its tab from the key press alone.
            ignore_default_args=["--disable-popup-blocking"],
            timeout=60_000,
        )
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Offline:
    """A browser context that reaches only this machine; what else it asked for."""

    context: Any
    blocked: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"file", "data", "blob", "about"}:
        return True
    return parts.hostname in LOOPBACK


@pytest.fixture
def offline(browser: Any) -> Iterator[Offline]:
    """A fresh browser context whose network is limited to loopback."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    result = Offline(context)

    def route(route: Any) -> None:
        url = route.request.url
        if _is_local(url):
            route.continue_()
        else:
            result.blocked.append(url)
            route.abort("internetdisconnected")

    context.route("**/*", route)
    try:
        yield result
    finally:
        context.close()


def screenshot_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ``BRIEFING_SCREENSHOTS`` (e.g. ``docs``) or the test's folder."""
    chosen = os.environ.get("BRIEFING_SCREENSHOTS")
    return Path(chosen) if chosen else tmp_path
