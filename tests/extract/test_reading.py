"""Bytes to text: UTF-8 with or without BOM, other encodings, HTML; bad input refused."""

from __future__ import annotations

import socket

import pytest

from briefing.extract.reading import MAX_BYTES, ReadError, read_bytes

ARTICLE = "Lào Cai đã cấp 500.000 thẻ căn cước. The province issued 500,000 cards in 2024.\n"


def test_utf8_with_and_without_bom() -> None:
    assert read_bytes(ARTICLE.encode()).text == ARTICLE
    assert read_bytes(b"\xef\xbb\xbf" + ARTICLE.encode()).text == ARTICLE


def test_other_encodings_are_detected() -> None:
    text = (
        "Le ministère a publié le décret numéro 13 en été; déjà 45% des dossiers sont traités. " * 5
    )
    doc = read_bytes(text.encode("cp1252"))
    assert doc.text == text
    assert doc.encoding != "utf-8"


def test_crlf_becomes_lf() -> None:
    assert read_bytes(b"one line\r\ntwo lines here\r\n").text == "one line\ntwo lines here\n"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (b"x" * (MAX_BYTES + 1), "too large"),
    ],
)
def test_bad_input_is_refused_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_bytes(raw)


PAGE = """<!doctype html><html><head><title>Tay Ninh reviews digital transformation</title>
<meta property="og:url" content="https://example.vn/tay-ninh.html">
<meta name="date" content="2025-01-20"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Tay Ninh reviews digital transformation</h1>
<p>On January 20, the Provincial People's Committee of Tay Ninh reviewed digital transformation in 2024 with all departments and districts.</p>
<p>The province has provided 1,480 online public services, and 72% of administrative procedure records were processed online in 2024.</p>
<p>However, the digital skills of commune officials remain limited and several databases have not yet been connected.</p>
</article><footer>Comment (0) Same tag</footer></body></html>"""


def test_html_is_reduced_to_its_article_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("reading HTML must not use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = read_bytes(PAGE.encode(), "page.html")
    assert doc.fmt == "html"
    assert "1,480 online public services" in doc.text
    assert "Home" not in doc.text and "Comment (0)" not in doc.text
    assert doc.hints.get("title") == "Tay Ninh reviews digital transformation"
    assert doc.hints.get("url") == "https://example.vn/tay-ninh.html"


def test_html_without_an_article_is_refused() -> None:
    with pytest.raises(ReadError, match="no article"):
        read_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "x.html")
