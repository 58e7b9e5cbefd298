"""The documented keys of `briefing summary --format json` (README, JSON schema)."""

TOP_KEYS = {"as_of", "sources", "findings"}
SOURCE_KEYS = {"id", "title", "outlet", "published", "published_stated", "url", "file"}
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
METRIC_KEYS = {"name", "value", "unit", "as_of", "qualifier"}
KINDS = ["achievement", "limitation", "target", "deadline"]
