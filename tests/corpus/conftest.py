"""What the corpus tests share: a record of the TOML files the loader parses."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corpus import from_toml as corpus_module


@pytest.fixture
def toml_calls(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every TOML file the corpus loader parses from now on, in order (a live list)."""
    calls: list[Path] = []
    real = corpus_module.read_toml

    def counting(path: Path, *args: object) -> object:
        calls.append(path)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_module, "read_toml", counting)
    return calls
