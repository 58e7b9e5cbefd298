"""``briefing serve`` has caps: the terminal size a connection asks for, the number of
apps at once (a busy page beyond), slow requests and oversized messages; none of it
leaves a traceback in the server's log."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import Served, serve
from tests.hostile.corpus import HostileCorpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return HostileCorpus().write(tmp_path / "corpus")


@pytest.fixture
def one_app(corpus: Path) -> Iterator[Served]:
    with serve(corpus, "--max-apps", "1") as served:
        yield served


def upgrade(served: Served, query: str = "") -> http.client.HTTPConnection:
    """A websocket handshake to /ws (left open); its response is read by the caller."""
    where = urlsplit(served.url)
    connection = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port, timeout=20)
    connection.request(
        "GET",
        f"/ws{query}",
        headers={
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
    )
    return connection


def status_of(served: Served, query: str) -> int:
    connection = upgrade(served, query)
    try:
        return connection.getresponse().status
    finally:
        connection.close()


SIZES_REFUSED = [
    "?width=100000000&height=100000000",
    "?width=-1&height=24",
    "?width=80&height=0",
    "?width=9&height=24",
    "?width=501&height=24",
    "?width=80&height=201",
    "?width=abc&height=24",
    "?width=80&height=1e9",
]


def test_terminal_sizes_out_of_range_are_refused_without_a_traceback(one_app: Served) -> None:
    for query in SIZES_REFUSED:
        assert status_of(one_app, query) == 400, query
    assert status_of(one_app, "?width=500&height=200") == 101
    time.sleep(0.5)
    log = "".join(one_app.output)
    assert "Traceback" not in log and "IndexError" not in log, log


def test_beyond_max_apps_the_page_says_it_is_busy(one_app: Served) -> None:
    first = upgrade(one_app, "?width=80&height=24")
    assert first.getresponse().status == 101
    try:
        with pytest.raises(urllib.error.HTTPError) as busy:
            urllib.request.urlopen(one_app.url, timeout=10)
        assert busy.value.code == 503
        assert "briefing is busy" in busy.value.read().decode("utf-8")
        assert status_of(one_app, "?width=80&height=24") == 503
        assert len(one_app.app_pids()) == 1
    finally:
        first.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:  # the place is given back once the app has ended
        try:
            with urllib.request.urlopen(one_app.url, timeout=5) as page:
                assert page.status == 200
                break
        except urllib.error.HTTPError:
            time.sleep(0.3)
    else:
        pytest.fail("the app's place was never given back")


def test_a_request_sent_too_slowly_is_cut_off(one_app: Served) -> None:
    where = urlsplit(one_app.url)
    started = time.monotonic()
    with socket.create_connection((where.hostname, where.port), timeout=30) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        closed = False
        while time.monotonic() - started < 25:
            try:
                sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                closed = True
                break
            sock.settimeout(1)
            try:
                if sock.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
    assert closed, "a connection dribbling its headers was kept open"
    assert time.monotonic() - started < 20


def test_an_oversized_request_is_a_4xx_without_a_traceback(one_app: Served) -> None:
    where = urlsplit(one_app.url)
    connection = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port, timeout=20)
    connection.request("GET", "/?" + "x" * 100_000)
    assert 400 <= connection.getresponse().status < 500
    connection.close()
    connection = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port, timeout=20)
    connection.request("GET", "/", headers={"X-Big": "y" * 100_000})
    assert 400 <= connection.getresponse().status < 500
    connection.close()
    time.sleep(0.5)
    assert "Traceback" not in "".join(one_app.output)
