"""An input in UTF-16 without a byte order mark is read as the text it is; binary
data still is refused as binary."""

from __future__ import annotations

import hashlib
import random

import pytest

from briefing.extract.reading import ReadError, read_bytes

TEXTS = [
    "Hà Nội đẩy mạnh chuyển đổi số: 57 dịch vụ công trực tuyến được mở trong quý này.\n",
    "The council opened 57 online public services this spring, the mayor said.\n",
    "Tỉnh Quảng Trị cấp 120.000 tài khoản định danh điện tử.\nSecond line.\n",
]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("repeat", [1, 40])
def test_utf16_without_a_bom_is_read(encoding: str, text: str, repeat: int) -> None:
    document = read_bytes((text * repeat).encode(encoding), "article.txt")
    assert document.text.strip() == (text * repeat).strip()
    assert document.encoding == encoding


def noise(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


BINARIES = [
    noise(1, 4096) + b"\x00" * 8,
    b"\x00" * 4096,
    hashlib.sha256(b"x").digest() * 200 + b"\x00\x01",
    b"PK\x03\x04\x14\x00\x00\x00" + noise(2, 2000),
    bytes(range(256)) * 16,
]


@pytest.mark.parametrize("raw", BINARIES)
def test_binary_data_is_still_refused(raw: bytes) -> None:
    with pytest.raises(ReadError, match="binary"):
        read_bytes(raw, "data.txt")


SHORT_BINARIES = [
    b"\x00\x01binary",  # even length: would read as UTF-16 ("\x01" and three CJK letters)
    b"ab\x00\x01binary",
    b"\x00\x01\x02\x03",
    b"\x01\x02 a short note\x7f",  # valid UTF-8, but two control bytes in sixteen
]


@pytest.mark.parametrize("raw", SHORT_BINARIES)
def test_short_binary_files_are_refused(raw: bytes) -> None:
    with pytest.raises(ReadError, match="binary"):
        read_bytes(raw, "data.txt")


def test_a_long_article_with_a_stray_control_byte_is_still_read() -> None:
    text = "The province opened 57 online public services this year.\n" * 20
    document = read_bytes(text.encode()[:100] + b"\x07" + text.encode()[100:], "a.txt")
    assert "57 online public services" in document.text
    assert "\x07" not in document.text  # nor in the stored copy, nor in any quote
