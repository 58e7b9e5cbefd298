"""The deadline tracker's marks: read, write, merge under a lock, a broken file with its line."""

from __future__ import annotations

import multiprocessing
import threading
import tomllib
from datetime import date
from pathlib import Path

import pytest

from briefing.corpus.loader import load_corpus
from briefing.storage.marks import (
    Mark,
    MarksError,
    MarkStatus,
    read_marks,
    refusal,
    save_mark,
    state_path,
)
from briefing.storage.paths import bundled_corpus

DAY = date(2025, 3, 20)
DEADLINE = "lm-land-registry-deadline"
TARGET = "lm-online-dossiers-target"


def test_no_state_file_means_no_marks(corpus_copy: Path) -> None:
    marks = read_marks(corpus_copy)
    assert marks.marks == {} and marks.problems == [] and not marks.broken


def test_save_then_read_round_trips(corpus_copy: Path) -> None:
    mark = save_mark(corpus_copy, DEADLINE, MarkStatus.DONE, "  signed   off ", DAY)
    assert mark == Mark(MarkStatus.DONE, "signed off", DAY)
    corpus = load_corpus(corpus_copy)
    assert corpus.ok and corpus.marks.problems == []
    assert corpus.mark_of(corpus.by_id[DEADLINE]) == mark
    assert mark.record() == {"status": "done", "note": "signed off", "marked": "2025-03-20"}


def test_saving_again_replaces_one_entry_and_keeps_the_rest(corpus_copy: Path) -> None:
    save_mark(corpus_copy, DEADLINE, MarkStatus.DONE, "first", DAY)
    save_mark(corpus_copy, TARGET, MarkStatus.MISSED, None, DAY)
    save_mark(corpus_copy, DEADLINE, MarkStatus.OPEN, None, DAY)
    data = tomllib.loads(state_path(corpus_copy).read_text())
    assert data["marks"][DEADLINE] == {"status": "open", "marked": DAY}
    assert data["marks"][TARGET] == {"status": "missed", "marked": DAY}


def test_entries_it_does_not_understand_are_kept(corpus_copy: Path) -> None:
    state_path(corpus_copy).write_text('[marks.gone]\nstatus = "done"\nmarked = 2025-01-01\n')
    save_mark(corpus_copy, DEADLINE, MarkStatus.DONE, None, DAY)
    assert set(tomllib.loads(state_path(corpus_copy).read_text())["marks"]) == {"gone", DEADLINE}


def test_bad_entries_are_reported_with_their_line(corpus_copy: Path) -> None:
    state_path(corpus_copy).write_text(
        f'[marks.{DEADLINE}]\nstatus = "finished"\nmarked = 2025-01-01\n\n'
        '[marks.lm-chip-id-cards]\nstatus = "done"\nmarked = 2025-01-01\n\n'
        f'[marks.{TARGET}]\nstatus = "open"\nmarked = "yesterday"\n'
    )
    corpus = load_corpus(corpus_copy)
    assert corpus.ok  # the briefing itself is sound
    assert corpus.marks.marks == {} and not corpus.marks.broken
    lines = [str(p) for p in corpus.marks.problems]
    path = state_path(corpus_copy)
    assert lines == [
        f"{path}:2: mark '{DEADLINE}': status 'finished' is not one of done | missed | open",
        f"{path}:5: mark 'lm-chip-id-cards': no dated finding has this id",
        f"{path}:11: mark '{TARGET}': marked must be a day, YYYY-MM-DD",
    ]


def test_a_malformed_file_is_broken_and_refuses_writes(corpus_copy: Path) -> None:
    state_path(corpus_copy).write_text(f'[marks.{DEADLINE}]\nstatus = "done\n')
    marks = read_marks(corpus_copy)
    assert marks.broken
    assert str(marks.problems[0]).startswith(f"{state_path(corpus_copy)}:2: malformed TOML")
    reason = refusal(corpus_copy, marks)
    assert reason and "read-only" in reason and ":2:" in reason
    with pytest.raises(MarksError, match="read-only"):
        save_mark(corpus_copy, DEADLINE, MarkStatus.DONE, None, DAY)


def test_the_bundled_corpus_is_refused(corpus_copy: Path) -> None:
    assert refusal(corpus_copy, read_marks(corpus_copy)) is None
    reason = refusal(bundled_corpus(), read_marks(bundled_corpus()))
    assert reason and "--corpus" in reason


def test_threads_marking_at_once_lose_nothing(corpus_copy: Path) -> None:
    ids = [f"id-{n}" for n in range(16)]
    workers = [
        threading.Thread(target=save_mark, args=(corpus_copy, i, MarkStatus.DONE, i, DAY))
        for i in ids
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert set(tomllib.loads(state_path(corpus_copy).read_text())["marks"]) == set(ids)


def _mark_many(root: str, prefix: str) -> int:
    for n in range(10):
        save_mark(Path(root), f"{prefix}-{n}", MarkStatus.MISSED, None, DAY)
    return 0


def test_processes_marking_at_once_lose_nothing(corpus_copy: Path) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        pool.starmap(_mark_many, [(str(corpus_copy), "a"), (str(corpus_copy), "b")])
    marks = tomllib.loads(state_path(corpus_copy).read_text())["marks"]
    assert set(marks) == {f"{p}-{n}" for p in "ab" for n in range(10)}
