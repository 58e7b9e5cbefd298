"""What ``briefing serve`` answers over plain HTTP: the app's page and its assets, nothing else.

These need the server but no browser, so they run everywhere (no ``browser`` mark).
"""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from tests.browser.conftest import Served


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return int(error.code), error.read()


def test_the_page_and_its_assets_come_from_the_server(server: Served):
    status, body = get(server.url)
    assert status == 200
    page = body.decode()
    assert "googleapis" not in page
    # Every URL the page loads is on this server (the SVG namespace is a name, not a load).
    external = set(re.findall(r"""(?:src|href)=["'](https?://[^"']+)""", page))
    assert external == set()
    assets = re.findall(r"""(?:src|href|url\()=?\s*["'](/static/[^"']+)""", page)
    assert {"/static/js/textual.js", "/static/css/xterm.css"} <= set(assets)
    for asset in assets:
        status, content = get(server.url.rstrip("/") + asset)
        assert status == 200, asset
        assert content
    _, script = get(server.url + "static/js/textual.js")
    assert b"screenReaderMode:!0" in script  # the screen is text in the page, too


@pytest.mark.parametrize(
    "path",
    [
        "nope",
        "index.html",
        "static/",
        "static/js/",
        "static/templates/app_index.html",
        "static/../server.py",
        "static/%2e%2e/server.py",
        "download/anything",
        "ws/../static/js/textual.js/..",
        "briefing/serve/server.py",
        "pyproject.toml",
    ],
)
def test_paths_that_are_not_the_app_are_404(server: Served, path: str):
    status, _ = get(server.url + path)
    assert status == 404


def test_no_corpus_file_is_downloadable(server: Served, bundled: Path):
    files = sorted(p for folder in ("seeds", "data") for p in (bundled / folder).rglob("*"))
    files = [p for p in files if p.is_file()]
    assert files
    for file in files:
        relative = file.relative_to(bundled).as_posix()
        for path in (
            relative,
            file.name,
            f"static/{relative}",
            f"static/../../{relative}",
            f"static/{quote('../../' + relative, safe='')}",
            f"static/{quote(str(file), safe='')}",
            f"download/{file.name}",
        ):
            status, body = get(server.url + path)
            assert status == 404, path
            assert file.read_bytes()[:200] not in body


def test_a_foreign_host_name_is_refused(server: Served):
    # DNS rebinding: a page on another name pointed at 127.0.0.1 must get nothing.
    port = urlsplit(server.url).port
    status, _ = get(server.url, headers={"Host": f"briefing.example:{port}"})
    assert status == 403
    status, _ = get(server.url, headers={"Host": f"localhost:{port}"})
    assert status == 200


def _upgrade(server: Served, origin: str) -> int:
    parts = urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request(
            "GET",
            "/ws",
            headers={
                "Connection": "Upgrade",
                "Upgrade": "websocket",
                "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                "Origin": origin,
            },
        )
        return connection.getresponse().status
    finally:
        connection.close()


def test_a_websocket_from_another_site_is_refused(server: Served):
    assert _upgrade(server, "http://attacker.example") == 403
    assert _upgrade(server, server.url.rstrip("/")) == 101
