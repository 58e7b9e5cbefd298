"""A finding's figures, topics and owner as a reviewer reads and types them: one line each.

``chip_id_cards_issued: over 780,000 cards (2024); online_rate: 43 % (2024)`` is two
metrics; ``chip-id-cards, online-public-services`` two topics. Each ``parse_*`` gives the
value, or None and one line saying what is wrong, naming an unknown metric or topic id.
Plain data: no Textual here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from briefing.core.dates import parse_period
from briefing.core.model import Metric, MetricDef, Qualifier
from briefing.corpus.layout import METRICS_FILE, TOPICS_FILE

METRIC_FORM = "name: value unit (period); …"
"""How metrics are written in review; empty for none."""
TOPIC_FORM = "topic-id, topic-id"

_QUALIFIERS = "|".join(re.escape(q.value) for q in Qualifier)
_METRIC = re.compile(
    rf"^(?P<name>[^:]+):\s*(?:(?P<qualifier>{_QUALIFIERS})\s+)?(?P<value>\S+)\s+"
    r"(?P<unit>[^()]+?)\s*\((?P<period>[^()]*)\)$",
    re.I,
)


def value_text(value: float) -> str:
    """``780,000``, ``43``, ``1,234.5``: the figure as a person reads and retypes it."""
    return f"{value:,.0f}" if value.is_integer() else f"{value:,}"


def metrics_text(metrics: tuple[Metric, ...]) -> str:
    """The metrics in ``METRIC_FORM``."""
    parts = []
    for metric in metrics:
        hedge = f"{metric.qualifier.value} " if metric.qualifier else ""
        parts.append(
            f"{metric.name}: {hedge}{value_text(metric.value)} {metric.unit} ({metric.as_of})"
        )
    return "; ".join(parts)


def parse_metrics(
    text: str, defs: Mapping[str, MetricDef]
) -> tuple[tuple[Metric, ...] | None, str | None]:
    """The metrics typed in ``METRIC_FORM`` (empty: none), or None and what is wrong."""
    found: list[Metric] = []
    for number, part in enumerate((p.strip() for p in text.split(";")), 1):
        if not part:
            continue
        match = _METRIC.match(part)
        if match is None:
            return None, f"metric {number} '{part}' is not {METRIC_FORM.removesuffix('; …')}"
        name = match["name"].strip()
        definition = defs.get(name)
        if definition is None:
            return None, f"unknown metric '{name}' (not in {METRICS_FILE})"
        try:
            value = float(match["value"].replace(",", ""))
        except ValueError:
            return None, f"metric '{name}': '{match['value']}' is not a number"
        if not math.isfinite(value):
            return None, f"metric '{name}': '{match['value']}' is not a number"
        unit = match["unit"].strip()
        if unit != definition.unit:
            return None, f"metric '{name}' is in '{definition.unit}', not '{unit}'"
        period = match["period"].strip()
        try:
            parse_period(period)
        except ValueError as exc:
            return None, f"metric '{name}': {exc}"
        qualifier = Qualifier(match["qualifier"].lower()) if match["qualifier"] else None
        found.append(Metric(name, value, unit, period, qualifier))
    return tuple(found), None


def topics_text(topics: tuple[str, ...]) -> str:
    """The topic ids in ``TOPIC_FORM``."""
    return ", ".join(topics)


def parse_topics(text: str, known: Mapping[str, str]) -> tuple[tuple[str, ...] | None, str | None]:
    """The topic ids typed (one at least, each known, none twice), or None and what is wrong."""
    topics = tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
    if not topics:
        return None, f"one topic at least: {TOPIC_FORM}"
    unknown = [t for t in topics if t not in known]
    if unknown:
        named = ", ".join(f"'{t}'" for t in unknown)
        return None, f"unknown topic {named} (not in {TOPICS_FILE})"
    return topics, None


def check_line(text: str, what: str, *, needed: bool) -> tuple[str | None, str | None]:
    """One line of plain text (``""`` when empty and not ``needed``), or None and why not."""
    value = text.strip()
    if not value and needed:
        return None, f"a {what} is needed: one line"
    if "\n" in value or "\r" in value:
        return None, f"the {what} is one line"
    return value, None
