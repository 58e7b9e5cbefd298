"""The documented keys of `briefing summary --format json` (README, JSON schema)."""

TOP_KEYS = {"as_of", "sources", "findings", "directives", "series", "repeats"}
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
    "mark",
    "metrics",
    "origin",
    "confidence",
    "reviewed",
}
METRIC_KEYS = {"name", "value", "unit", "as_of", "qualifier"}
KINDS = ["achievement", "limitation", "target", "deadline"]
SERIES_KEYS = {"metric", "unit", "points", "conflicts"}
POINT_KEYS = {"value", "as_of", "source", "finding"}
CONFLICT_KEYS = {"as_of", "values", "findings"}
MARK_KEYS = {"status", "note", "marked"}
REPEAT_KEYS = {"representative", "members"}
