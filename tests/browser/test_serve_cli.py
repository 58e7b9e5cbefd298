"""``briefing serve`` on the command line: where it listens, what it refuses, in one line."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.serve.server import BriefingServer, ServeOptions, is_loopback


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool):
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::"])
def test_a_network_host_needs_public(host: str, capsys: pytest.CaptureFixture[str]):
    assert main(["serve", "--host", host]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "--public" in err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["serve", "--port", "http"], "--port"),
        (["serve", "--port", "70000"], "--port"),
        (["serve", "--theme", "no-such-theme"], "no theme named"),
        (["serve", "--corpus", "/no/such/folder"], "--corpus"),
        (["serve", "--as-of", "yesterday"], "--as-of"),
    ],
)
def test_usage_mistakes_are_one_line(argv: list[str], says: str, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert says in err


def test_a_port_in_use_is_one_line_and_exit_2(fixture_corpus: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "briefing",
                "serve",
                "--port",
                str(port),
                "--corpus",
                str(fixture_corpus),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"briefing: error: --port: port {port} on 127.0.0.1 is in use (choose another with --port)"
    ]
    assert "Traceback" not in done.stdout


def _startup(host: str, public: bool, corpus: Path) -> None:
    server = BriefingServer(ServeOptions(host, 8000, corpus, None, None, public=public))
    asyncio.run(server.on_startup(None))  # type: ignore[arg-type]


def test_loopback_says_so(fixture_corpus: Path, capsys):
    _startup("127.0.0.1", False, fixture_corpus)
    out, err = capsys.readouterr()
    assert (
        out
        == "briefing: serving on http://127.0.0.1:8000/ (this machine only); press Ctrl+C to stop\n"
    )
    assert err == ""


def test_public_warns_that_anyone_can_read(fixture_corpus: Path, capsys):
    _startup("0.0.0.0", True, fixture_corpus)
    out, err = capsys.readouterr()
    assert "(the network)" in out
    assert "warning: anyone who can reach this machine on the network can read" in err


def test_the_app_process_gets_the_options(fixture_corpus: Path):
    options = ServeOptions("127.0.0.1", 8000, fixture_corpus, None, "briefing-light")
    argv = options.app_argv()
    assert argv[:3] == [sys.executable, "-m", "briefing"]
    assert argv[3:] == ["--corpus", str(fixture_corpus.resolve()), "--theme", "briefing-light"]


def test_the_server_does_not_import_textual():
    probe = (
        "import json, sys; import briefing.serve.server, briefing.cli; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout) == []
