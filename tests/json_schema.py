"""The documented keys of `briefing summary --format json` (README, JSON schema)."""

TOP_KEYS = {"as_of", "sources", "findings"}
SOURCE_KEYS = {"id", "title", "outlet", "published", "url", "file"}
FINDING_KEYS = {
    "id",
    "kind",
    "statement",
    "quote",
    "source",
    "span",
    "topics",
    "due",
    "owner",
    "status",
    "metrics",
    "origin",
}
METRIC_KEYS = {"name", "value", "unit", "as_of"}
KINDS = ["achievement", "limitation", "target", "deadline"]
