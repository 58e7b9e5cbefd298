"""The cue patterns of incidents: data put up for sale, exposed or stolen, systems an attack
brought down, incidents counted, a misuse punished. A shortfall, read with the others
(``shortfall_cues``) and on its own: what a clause caught does not put an incident right.
"""

from __future__ import annotations

from briefing.extract.textcase import lowercase_pattern

# An incident told: data put up for sale or exposed, systems an attack brought down. A
# shortfall even where the same clause tells what was caught ("detected 13 million records
# offered for sale").
INCIDENT_CUES = (
    r"\b(?:offered|put\s+up|listed|advertised)\s+for\s+sale\b"
    r"|\bexposed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:data|records|information|details)\b"
    r"|\bexposure\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:data|records|information|details)\b"
    r"|\b(?:ransomware|cyber-?\s*attacks?|attacks?|malware|ddos)\b[^.;]{0,80}?\b(?:paralys\w+|paralyz\w+|"
    r"crippl\w+|disrupt\w+|interrupt\w+|knock\w*\s+out|took\s+down|shut\s+down|encrypt\w+)"
    r"|\b(?:was|were|been)\s+hit\s+(?:by|in|with)\b"
    # data stolen, incidents suffered: "hackers stole data from three major firms", "the
    # country recorded more than 659,000 cybersecurity incidents"
    r"|\b(?:stole|stolen|steal)\s+(?:[\w-]+\s+){0,2}?(?:data|records|information|details)\b"
    # what attackers did to systems: "groups of hackers inserted ads on gambling in the
    # websites of state agencies", "hackers hijacked 30 servers" (not "ethical hackers")
    r"|(?<!ethical\s)(?<!white-hat\s)\b(?:hackers|attackers|cybercriminals)\s+(?:also\s+|have\s+|had\s+)?"
    r"(?:inserted|hijacked|defaced|infiltrated|compromised|breached|took\s+over|penetrated|planted|"
    r"encrypted|leaked)\b"
    # data sold or traded outside the law: "personal data illegally sold came to 1,300GB",
    # "carrying out personal data stealing" (not lawful "data trading services")
    r"|\b(?:illegally|unlawfully)\s+(?:sold|traded|collected|shared|bought|obtained|leaked)\b"
    r"|\b(?:data|records|information)\s+(?:stealing|theft)\b"
    r"|\b(?:recorded|saw|suffered|faced|experienced)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?"
    r"\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:(?!simulated\b|mock\b|test\b)[\w-]+\s+){0,2}?(?:incidents|attacks|cyberattacks|breaches|"
    r"intrusions|fraud\s+cases|scams)\b"
    # a misuse punished: "an official was disciplined for providing residents' data to ..."
    r"|\b(?:was|were|been)\s+(?:disciplined|fined|prosecuted|arrested|punished|sanctioned)\s+for\b"
)
INCIDENT = lowercase_pattern(INCIDENT_CUES)
