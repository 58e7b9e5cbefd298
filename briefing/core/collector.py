"""Pausing Python's cyclic garbage collector around bulk work.

Loading a large corpus, building its series or grouping its repeats makes hundreds of
thousands of small acyclic objects. Each allocation can start a collection that walks
every object alive, so with the collector on, such work took about twice as long at
200,000 findings. Reference counting still frees everything as usual meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused(*, long_lived: bool = False) -> Iterator[None]:
    """No cyclic garbage collection meanwhile (restored as it was afterwards).

    With ``long_lived`` (a loaded corpus), what was made goes straight to the oldest
    generation: left in the youngest, the next collections would walk all of it, and
    again in the middle one (a fifth of a second at 10,000 articles). Where objects are
    exempted from collection already, it is exempted too, and they stay so.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if long_lived:
                # Every object to the permanent generation, then, unless the process
                # already keeps some there (an app exempts its modules and corpus, and
                # a review reloads the corpus), all of it to the oldest, unwalked.
                exempted = gc.get_freeze_count() > 0
                gc.freeze()
                if not exempted:
                    gc.unfreeze()
            gc.enable()
