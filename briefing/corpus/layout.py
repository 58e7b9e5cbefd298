"""Where a corpus folder keeps what: the names shared by its loader, its compiled cache
and the workflows that write into it."""

from __future__ import annotations

SEEDS = "seeds"
"""The article texts, as curated (their sha256 is in the sources file)."""
DATA = "data"
SOURCES_FILE = "sources.toml"
FINDINGS_DIR = "findings"
"""``data/findings/*.toml``: one file per source's findings."""
METRICS_FILE = "metrics.toml"
TOPICS_FILE = "topics.toml"
