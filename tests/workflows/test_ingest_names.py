"""A stored article is named after its headline, not after the line that happens to be first."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus.loader import load_corpus

ARTICLE = (
    "Digital transformation | Ha Nam\n\n"
    "Ha Nam reviews digital transformation in 2024\n\n"
    "Thursday, 14/01/2025 - 09:30\n\n"
    "On the morning of January 14, the Provincial People's Committee of Ha Nam reviewed its "
    "digital transformation. The province has issued 780,000 chip-embedded citizen "
    "identification cards.\n"
)


def test_the_slug_comes_from_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "x.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    corpus = tmp_path / "corpus"
    assert main(["ingest", "--corpus", str(corpus), str(article)]) == 0
    assert "'ha-nam-reviews-digital-transformation-in-2024'" in capsys.readouterr().out
    source = load_corpus(corpus).sources["ha-nam-reviews-digital-transformation-in-2024"]
    assert source.title == "Ha Nam reviews digital transformation in 2024"
    assert (corpus / "seeds" / "ha-nam-reviews-digital-transformation-in-2024.txt").exists()
