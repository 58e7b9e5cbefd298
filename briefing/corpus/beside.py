"""Files kept beside a corpus's compiled cache, for what is derived from its records.

Analysis works some things out from a corpus's records that take seconds on a large
one (its repeated claims, its series). They depend only on the records, so the first
run that makes one keeps it in a file beside the compiled cache (``<cache><suffix>``),
named by the records it was made from (``Corpus.compiled``, which also names the code
that made them). For any other records, the file is not used; unreadable, corrupt or
foreign, it is not used either, and that is logged: the caller makes the value again
and writes the file anew.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from pathlib import Path
from typing import Any

from briefing.corpus import cache
from briefing.corpus.indexed import Corpus


def beside_file(corpus: Corpus, suffix: str) -> Path:
    """The file beside ``corpus``'s compiled cache ending in ``suffix``."""
    return _beside(corpus.root, suffix)


def _beside(root: Path, suffix: str) -> Path:
    target = cache.cache_file(root)
    return target.with_name(target.name + suffix)


def read_beside(corpus: Corpus, suffix: str, magic: bytes, fmt: int) -> Any | None:
    """The plain values kept for ``corpus``'s records, or None (none kept, or not for
    these records in this format)."""
    if corpus.compiled is None:
        return None
    return read_kept(corpus.root, corpus.compiled, suffix, magic, fmt)


def read_kept(root: Path, compiled: int, suffix: str, magic: bytes, fmt: int) -> Any | None:
    """``read_beside`` for the records named ``compiled`` (``Hit.stamp``), before they are
    decoded into a corpus."""
    path = _beside(root, suffix)
    try:
        blob = path.read_bytes()
    except OSError:
        return None  # none kept yet
    if not blob.startswith(magic):
        cache.rejected(path, "not a file of this kind")
        return None
    try:
        stamp, crc, payload = marshal.loads(memoryview(blob)[len(magic) :])
    except (ValueError, EOFError, TypeError) as exc:  # what marshal raises for bad bytes
        cache.rejected(path, f"unreadable ({exc})")
        return None
    if stamp != [fmt, compiled]:
        return None  # made from other records, or by other code: expected after a change
    if not isinstance(payload, bytes) or zlib.crc32(payload) != crc:
        cache.rejected(path, "corrupt (its checksum does not match)")
        return None
    return marshal.loads(payload)


def write_beside(corpus: Corpus, suffix: str, magic: bytes, fmt: int, value: Any) -> None:
    """Keep ``value`` (marshal-able) for ``corpus``'s records; nothing without them."""
    if corpus.compiled is None:
        return  # records not compiled (a corpus with problems, an unwritable cache)
    from briefing.storage.files import write_atomic

    payload = marshal.dumps(value)
    head = marshal.dumps(([fmt, corpus.compiled], zlib.crc32(payload), payload))
    # The compiled cache has warned about an unwritable folder already: only speed is lost.
    with contextlib.suppress(OSError):
        write_atomic(beside_file(corpus, suffix), magic + head)
