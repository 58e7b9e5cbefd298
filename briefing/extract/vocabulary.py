"""A corpus's vocabularies (metrics with their aliases, topics with their keywords), read
from its ``data/`` folder into an ``Extractor``: the only file reading extraction does."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from briefing.core.model import MetricDef
from briefing.extract.pipeline import Extractor


def load_extractor(data_dir: Any) -> Extractor:
    """An extractor with the vocabularies of a corpus's ``data/`` folder."""
    data = Path(data_dir)
    metrics_raw = tomllib.loads((data / "metrics.toml").read_text(encoding="utf-8"))
    defs = {
        name: MetricDef(name=name, **body) for name, body in metrics_raw.get("metric", {}).items()
    }
    topics_raw = tomllib.loads((data / "topics.toml").read_text(encoding="utf-8"))
    topics = {str(k): str(v) for k, v in topics_raw.get("topics", {}).items()}
    keywords = {
        str(k): tuple(str(w) for w in v)
        for k, v in topics_raw.get("keywords", {}).items()
        if isinstance(v, list)
    }
    return Extractor(defs, topics, keywords)
