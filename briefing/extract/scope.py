"""Whether a sentence reports a locality's figures or the country's.

An indicator marked ``national`` in metrics.toml is the country's: "the province issued
1,120,350 chip-based ID cards" is that province's count, and in the national series it
would read as a fall of 80 million and a conflict with the national figure. A sentence
that speaks of a province, a city or a district ("the province", "provincial", "the
city's") and never of the country ("nationwide", "Vietnam") names no national indicator.
The article as a whole does not decide: provincial portals report national figures too.
"""

from __future__ import annotations

from briefing.extract.textcase import lower, lowercase_pattern

_LOCAL = lowercase_pattern(
    r"\b(?:the|this|our|its|each)\s+(?:whole\s+|entire\s+)?"
    r"(?:province|city|district|commune|ward|municipality|locality)\b"
    r"|\b(?:provincial|municipal)\b|\b(?:province|city|district)['’]s\b"
    # a level or an area of the country, not the whole: "records at commune level: only 29.5%"
    r"|\bat\s+(?:the\s+)?(?:commune|ward|district|grassroots)[-\s]level\b"
    r"|\bin\s+(?:rural|highland|mountainous|remote|border)\s+(?:areas|communes|districts|regions)\b"
)
# "the national population database" or "the national portal" is where a locality's
# work goes, not a sign that the figure is the country's.
_NATIONAL = lowercase_pattern(
    r"\b(?:nationwide|nationally|countrywide|the\s+(?:whole\s+)?country|across\s+the\s+country|"
    r"vi[eệ]t\s*nam|in\s+total|all\s+(?:\d+\s+)?(?:provinces|localities))\b"
    r"|\bnational\b(?!\s+(?:population|public|data|database|portal|digital|identification|"
    r"level|assembly|committee|steering|working))"
)


def local(sentence: str) -> bool:
    """Whether ``sentence`` (as written) reports a locality's figures, not the country's."""
    lowered = lower(sentence)
    return bool(_LOCAL.search(lowered)) and not _NATIONAL.search(lowered)
