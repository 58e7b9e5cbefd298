"""``PerCorpus``: a value derived from a corpus, kept for as long as that corpus lives.

A corpus does not change once loaded (a review loads a new one), so what is worked out
from it (its repeated claims, its series, its Overview) is worked out once. Kept by the
corpus's identity, as a ``Corpus`` is not hashable, and dropped when the corpus goes.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from briefing.corpus.indexed import Corpus

T = TypeVar("T")


class PerCorpus(Generic[T]):
    """One derived value per live corpus."""

    def __init__(self) -> None:
        self._kept: dict[int, tuple[weakref.ref[Corpus], T]] = {}
        # The loading thread and the UI thread may ask at once: one of them makes it.
        self._lock = threading.RLock()

    def get(self, corpus: Corpus) -> T | None:
        """The value kept for ``corpus``, if any."""
        kept = self._kept.get(id(corpus))
        return kept[1] if kept is not None and kept[0]() is corpus else None

    def put(self, corpus: Corpus, value: T) -> T:
        """Keep ``value`` for ``corpus`` (replacing any), and return it."""
        key = id(corpus)
        self._kept[key] = (weakref.ref(corpus, lambda _: self._kept.pop(key, None)), value)
        return value

    def made(self, corpus: Corpus, make: Callable[[Corpus], T]) -> T:
        """The value kept for ``corpus``, made by ``make`` the first time."""
        with self._lock:
            kept = self.get(corpus)
            return kept if kept is not None else self.put(corpus, make(corpus))
