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
    "tracking",
}
TRACKING_KEYS = {"verdict", "basis", "note", "evidence", "revisions", "trajectory"}
EVIDENCE_KEYS = {"finding", "source", "relation", "how", "confirmed", "value", "as_of", "compared"}
REVISION_KEYS = {"finding", "source", "published", "change"}
TRAJECTORY_KEYS = {
    "latest",
    "target",
    "needed_per_month",
    "observed_per_month",
    "projected",
    "capped",
    "on_track",
}
VERDICTS = ["kept", "partly-kept", "missed", "on-track", "off-track", "in-progress", "no-evidence"]
METRIC_KEYS = {"name", "value", "unit", "as_of", "qualifier", "note"}
KINDS = ["achievement", "limitation", "target", "deadline"]
SERIES_KEYS = {
    "metric",
    "unit",
    "kind",
    "better",
    "headline",
    "points",
    "change",
    "conflicts",
    "misdated",
}
POINT_KEYS = {"value", "as_of", "source", "finding"}
CONFLICT_KEYS = {"as_of", "values", "findings", "within_source"}
MARK_KEYS = {"status", "note", "marked"}
REPEAT_KEYS = {"representative", "members"}
