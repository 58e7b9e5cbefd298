"""The cue patterns of the genre: shortfalls, results, goals, obligations and requests.
``classify`` decides a clause's kind from them (what is context rather than a claim is
in ``context_cues``).

Patterns are written for government and provincial reports and conference news, not
for any one article; each is matched on lowercased text (``textcase.lower``).
"""

from __future__ import annotations

from briefing.extract.textcase import lowercase_pattern

_I = 0  # patterns are matched on lowercased text (textcase.lower)

SCANT = r"(?:only|just|merely|barely)"
"""The words that make a figure a shortfall's ("only 31%"), lowercased."""
# What people are made to do by a fault, not told to do: "patients have to wait 20 minutes".
_BURDEN = r"(?:wait|queue|travel|line\s+up|go\s+back|come\s+back|return)\b"

# Things a report is glad to have few of: "fewer than 20 complaints" is a result.
_FEW_BAD = (
    r"(?:[\w-]+\s+){0,2}?(?:complaints?|errors?|cases|incidents?|late|overdue|delays?|faults?|"
    r"outages?|breaches|attacks?|victims?|deaths?)\b"
)
# An incident told: data put up for sale or exposed, systems an attack brought down. A
# shortfall even where the same clause tells what was caught ("detected 13 million records
# offered for sale").
_INCIDENT = (
    r"\b(?:offered|put\s+up|listed|advertised)\s+for\s+sale\b"
    r"|\bexposed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:data|records|information|details)\b"
    r"|\bexposure\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:data|records|information|details)\b"
    r"|\b(?:ransomware|cyber-?\s*attacks?|malware|ddos)\b[^.;]{0,80}?\b(?:paralys\w+|paralyz\w+|"
    r"crippl\w+|disrupt\w+|interrupt\w+|knock\w*\s+out|took\s+down|shut\s+down|encrypt\w+)"
    r"|\b(?:was|were|been)\s+hit\s+(?:by|in|with)\b"
    # a misuse punished: "an official was disciplined for providing residents' data to ..."
    r"|\b(?:was|were|been)\s+(?:disciplined|fined|prosecuted|arrested|punished|sanctioned)\s+for\b"
)
INCIDENT = lowercase_pattern(_INCIDENT)

# A shortfall said as the heading of its sentence, what it is told after the colon:
# "Staffing is part of the problem: ...", "The gap between ... is wide: ...". Alone
# ("Equipment is another bottleneck.") it frames the sentences after it and claims nothing.
_SHORTFALL_HEADING = (
    r"(?:\b(?:is|are|was|were)\s+(?:also\s+)?(?:part\s+of\s+the|another)\s+"
    r"(?:problem|obstacle|challenge|hurdle|barrier|bottleneck|concern|headache)"
    r"|\b(?:gaps?|disparit(?:y|ies)|divide)\s+(?:between|among)\b[^.;:]{0,80}?\b(?:is|are|was|were|remains?)\s+"
    r"(?:still\s+)?(?:wide|large|big|significant|considerable|huge|stark))(?=\s*:)"
)
SHORTFALL_HEADING = lowercase_pattern(_SHORTFALL_HEADING + r"\s*:\s*$")
"""The clause before the colon, heading a shortfall."""

LIMITATION = lowercase_pattern(
    r"\b(?:still|remain(?:s|ed)?|remaining)\s+(?:\w+\s+){0,3}?(?:inadequate|limited|low|slow|weak|modest|unstable|unreliable|patchy|"
    r"insufficient|lacking|lack|incomplete|fragmented|uneven|unclear|problematic|behind|a bottleneck|"
    r"inaccurate|outdated|cumbersome|complicated|inconvenient|confusing|hard\s+to\s+\w+|"
    r"reluctant|hesitant|(?:a\s+|merely\s+a\s+)?formality|"
    r"many (?:shortcomings|limitations|difficulties|problems)|shortcomings|difficulties|obstacles)\b"
    r"|\b(?:is|are|was|were|be|been)\s+(?:still\s+|also\s+|very\s+|quite\s+|relatively\s+|rather\s+|too\s+)?"
    r"(?:low|slow|sluggish|weak|limited|inadequate|insufficient|lacking|uneven|modest|cumbersome|inconvenient|unstable|unreliable|patchy|unclear|"
    r"unavailable|inaccessible|offline|disrupted|incomplete|outdated)\b"
    r"|\bnot\s+(?:yet|been\s+\w+ed|met|meet|commensurate|high|complete|completed|synchronous|"
    r"effective|received|achieved|reached|fully|as expected|up to|kept pace|keep pace|satisf\w+)\b"
    r"|\b(?:have|has|had)\s+(?:not|never)\b|\b(?:have|has|had)\s+no\s+(?!longer\b|need\b)|\b(?:do|does|did)\s+not\s+own\b|\bnever\s+(?:been\s+)?(?:received|used|digiti[sz]ed|connected|updated|synchroni[sz]ed)\b|\b(?:does|do|did)\s+not\s+have\b(?!\s+to\b)|\bthere\s+(?:is|are|was|were)\s+(?:still\s+)?no\b"
    r"|\b(?:has|have|is|are)\s+yet\s+to\b|\bstill\s+fail(?:s|ed)?\b|\bfail(?:s|ed)?\s+to\s+meet\b|\blags?\s+behind\b|\bbehind schedule\b|\bshortcomings?\b|\blimitations\b|\bweakness(?:es)?\b|\bfailed to\b"
    r"|\bunevenly\b|\black of\b|\blacks\b|\bslow progress\b|\bdifficult to\b|\bshortage\b|\bdeclin(?:ed|ing)\b"
    # a shortfall named outright: "delays in", "suffers from", "missing data", "far below"
    r"|\bdelays?\s+in\b|\binadequate\b|\bslow\s+(?:development|implementation|pace|uptake|growth)\b"
    r"|\bsuffer(?:s|ed|ing)?\s+from\b|\bmissing\b|\bincorrect\b|\bfar\s+(?:below|behind)\b|\bunfulfilled\b"
    r"|\bonly\s+(?:slightly|marginally)\b|\btoo\s+(?:wide|low|slow|few|small|high)\b|\bcriticis\w+|\bcriticiz\w+"
    r"|\b(?:only|merely|barely|just|a\s+mere)\s+(?:reach\w*\s+|at\s+|about\s+|around\s+|nearly\s+|over\s+|)\d"
    # ... but "took only 15 minutes", "in just 3 days" is a speed, not a shortfall
    r"(?![\d.,]*\s*(?:minutes?|seconds?|hours?|working\s+days?|days?)\b)"
    r"(?![\d.,]*\s*(?:\w+\s+){0,2}instead\s+of\b)"
    # hardship and risk said in so many words: "struggle to", "slow to", "challenges include"
    r"|\bstruggl\w+|\b(?:been|is|are|was|were)\s+slow\s+to\b|\bfragmented\b|\boverlapping\b"
    r"|\b(?:challenges?|difficulties|obstacles|bottlenecks?|problems)\s+(?:include|remain|persist|such\s+as)\b"
    r"|\b(?:fac(?:e|es|ed|ing)|encounter\w*)\s+(?:\w+\s+){0,3}(?:difficult\w+|challenges|obstacles|problems)\b"
    r"|\b(?:risks?|threats?|(?:cyber-?)?attacks?|fraud|scams?|cybercrimes?|violations?|incidents|breaches)\s+(?:\w+\s+){0,6}?(?:ris(?:e|es|ing)|rose|increas\w+|grow\w*|grew|surg\w+|jump\w*|soar\w*)\b"
    r"|\bhinder\w*|\bdragg\w+\s+(?:their|its)\s+feet\b|\brarely\b|\bpoor\s+(?:mobile\s+|network\s+|phone\s+)?(?:quality|internet|connect\w+|infrastructure|performance|coverage|signal)\b"
    # a stated cause of weak results, a bottom place
    r"|\b(?:main\s+|root\s+|primary\s+|chief\s+)?(?:cause|reason)s?\s+(?:is|are|was|were|lies|lie|include)\b"
    r"|\b(?:scored|ranked|ranking|was|were|is|are)\s+(?:the\s+)?lowest\b|\blowest\s+(?:score|scores|rank|ranking|level)\b"
    r"|\bunable\s+to\b|\bunfamiliar\b|\bnot\s+(?:yet\s+)?familiar\s+with\b|\bstill\s+prefer\w*\b"
    r"|\bnot\s+(?:yet\s+)?(?:guaranteed|ensured)\b|\b(?:caus\w+|incur\w*)\s+(?:\w+\s+){0,2}loss(?:es)?\b"
    r"|\ba\s+(?:modest|small|tiny|low)\s+(?:share|proportion|percentage|number)\b"
    r"|\b(?:hard|difficult)\s+to\s+(?:use|access|navigate|understand)\b|\boverlaps\b"
    r"|\bthere\s+(?:are|is)\s+still\s+(?:many|some|numerous|a\s+number\s+of)\b"
    r"|\b(?:slower|lower|weaker|smaller|fewer)\s+than\s+(?:expected|planned|required|targeted|the\s+target)\b"
    # what does not work, and scores below the mark
    r"|\bnot\s+(?:working|functioning|operational|operating|in\s+use|updated|synchroni[sz]ed|available|accessible)\b"
    r"|\b(?:do|does|did)\s+not\s+(?:work|function|operate)\b|\bscored?\s+(?:\w+\s+)?(?:low|poorly)\b"
    r"|\b(?:below|lower\s+than)\s+(?:the\s+)?(?:\w+\s+)?average\b"
    # a rate that should be high said to be under a mark: "the activation rate is below 20%"
    r"|\b(?:activation|usage|use|uptake|online|payment|digiti[sz]ation|coverage|connection|adoption)\s+"
    r"(?:rate|share|level)\s+(?:is|was|remains?|remained|stood|stands)\s+(?:still\s+|only\s+|at\s+)?"
    r"(?:below|under|less\s+than)\s+\d"
    # a gap to a target, and an incident said outright
    r"|\bfar\s+from\b|\bshort\s+of\s+(?:the|its|their)\b|\bmissed\s+(?:the|its|their)\s+(?:target|goal|deadline)"
    r"|\bfail(?:ed|s)?\s+to\s+(?:meet|reach|achieve)\b|\bunlikely\s+to\s+(?:be\s+)?(?:meet|met|reach(?:ed)?|achieved?|hit)\b|\bbehind\s+(?:the|its)\s+(?:target|plan)\b"
    r"|\b(?:data\s+)?(?:leaks?|leaked|breach(?:es)?)\b"
    # fraud counted and data trading said outright ("warnings about 15 fake websites", "a
    # group accused of trading personal data"; how a scam works is not a count of it);
    # unlike an incident, catching it ("blocked 300 fake websites") stays a result
    r"|\b\d[\d,.]*\s+(?:\w+\s+)?fake\s+(?:websites?|apps?|applications?|pages?|versions?)\b"
    r"|\b(?:trading|selling|buying|traded|sold)\s+(?:the\s+)?(?:personal|private|customers[’']?|citizens[’']?|residents[’']?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:data|records|information|details)\b"
    # what people cannot do, what has not happened yet, what breaks: "do not speak Vietnamese",
    # "no carrier has yet been licensed", "the system often slows down"
    r"|\b(?:do|does|did|can)\s*(?:not|n't)\s+(?:speak|read|write|understand|afford)\b"
    r"|\bcannot\s+(?:speak|read|write|understand|afford|access)\b"
    r"|\bno\s+(?:[\w-]+\s+){1,3}?(?:has|have|had)\s+(?:yet\s+)?been\b"
    r"|\b(?:often|frequently|regularly|sometimes|repeatedly)\s+(?:slows?\s+down|crash(?:es)?|freez(?:es)?|"
    r"goes\s+down|break(?:s)?\s+down|overload(?:s|ed)?|times?\s+out)\b"
    # cash and paper still in use where the work is to replace them
    r"|\b(?:cash(?:-on-delivery|\s+on\s+delivery)?|banknotes|paper\s+(?:records|documents|forms|copies))\s+"
    r"(?:\w+\s+){0,2}?(?:still|remains?|continues?\s+to)\b"
    r"|\bstill\s+(?:relies|rely|depends?|prefers?)\s+on\s+(?:cash|banknotes|paper)\b"
    rf"|(?<!not\s)\b(?:has|have|had)\s+to\s+{_BURDEN}"
    r"|" + _INCIDENT +
    # a share too small said in words, a thing named a problem, a low level
    r"|\b(?:less|fewer)\s+than\s+(?:half|a\s+third|a\s+quarter)\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:a|the)\s+(?:major\s+|big\s+|key\s+|serious\s+|main\s+)?"
    r"(?:challenge|concern|problem|bottleneck|obstacle|weakness|barrier)\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?the\s+(?:biggest|largest|greatest|main|primary|key)\s+"
    r"(?:challenge|concern|problem|bottleneck|obstacle|weakness|barrier)\b"
    r"|\blow\s+(?:awareness|uptake|usage|use|rates?|levels?|quality|coverage|participation)\b"
    # a system that breaks, an incident counted, a bottom place, a hardship had
    r"|\b(?:outages?|downtime|glitch\w*|overload\w*|inaccurate|erroneous|lack)\b|\b(?:reluctant|hesitant)\s+to\b"
    r"|\b(?:with|contain\w*|ha(?:s|ve|d))\s+(?:\w+\s+){0,2}errors\b"
    r"|\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:attacked|hacked|breached|compromised)\b|\b(?:fraudsters?|scammers?)\b"
    r"|\bstill\s+(?:be\s+|being\s+)?(?:processed|handled|done|submitted|kept|stored)\s+(?:\w+\s+)?on\s+paper\b"
    r"|\bstill\s+requir\w+"
    r"|\b(?:cases|incidents|reports|complaints)\s+of\s+(?:\w+\s+){0,2}(?:frauds?|scams?|cyber\s*attacks?|attacks?|violations?|leaks?)\b"
    # attacks counted: "there have been 14 cyberattacks on ward computers"
    r"|\bthere\s+(?:have\s+been|has\s+been|were|was)\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|almost\s+)?"
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:cyber-?\s*attacks?|attacks?|breaches|leaks?|scams?|frauds?|intrusions?)\b"
    # a stated cause: "the errors come mainly from data in the source databases"
    r"|\b(?:errors?|problems?|faults?|delays?|mistakes?)\s+(?:\w+\s+){0,2}?(?:come|comes|came|stem\w*|aris\w+|arose|originat\w+)\s+(?:\w+\s+)?from\b"
    r"|\b(?:ranked|ranks|rank|came|finished|placed|was|is)\s+(?:the\s+)?(?:last|bottom)\b"
    r"|\b(?:have|has|had|reported|reports?|faced?|faces|cited?|experienced?)\s+(?:(?!no\b)\w+\s+)?"
    r"(?:difficulty|difficulties|trouble)\s+(?:in\s+)?\w+ing\b"
    # what a reader meets at the counter or on the line: asked for a paper copy, turned
    # down, no one answering, a machine out of order, data out of date, files still pending
    r"|\b(?:asked|required|told)\s+(?:me|us|him|her|them|people|residents|citizens|applicants|patients|customers)\s+"
    r"(?:for|to\s+(?:bring|submit|provide|show))\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:paper|certified|printed|original|notari[sz]ed|photo)\s*(?:cop(?:y|ies)|documents?|papers?|versions?)\b"
    r"|(?<!none\sof\s)(?<!no\s)\b(?:was|were|been|got|is|are)\s+(?!not\b|never\b)(?:\w+\s+)?rejected\b|\b(?:went|goes|go|rang|rings?|remained?|were|was)\s+unanswered\b"
    r"|\bout\s+of\s+(?:order|service|date)\b|(?<!replaced\s)(?<!upgraded\s)\boutdated\b|\bstill\s+(?:waiting|pending|awaiting|unprocessed|outstanding)\b"
    # a fault in the active voice: "a fibre cut interrupted services at 46 centres"
    r"|(?<!without\s)\binterrupt(?:ed|s|ing)\s+(?:\w+\s+){0,2}?(?:services?|connections?|access|operations?|transactions?|work)\b"
    r"|\b(?:fibre|fiber|cable|power)\s+(?:cut|outage|failure)s?\b|\bstill\s+(?:rely|relies|relying|depend|depends|depending)\s+on\b"
    # fraud counted and suffered; a cost that eats into margins
    # what a survey's respondents met or fear: "still had to visit the office", "not
    # knowing which procedures", "feared making mistakes", "a fraudulent message"
    r"|\bstill\s+(?:had|have|has|need|needed|needs)\s+to\s+(?:visit|go|travel|bring|submit|hand\s+in|queue|wait|print|come)\b"
    r"|\bnot\s+knowing\b|\breasons?\s+(?:\w+\s+){0,3}?for\s+not\s+\w+ing\b|(?<!no\s)(?<!longer\s)\bfear(?:ed|s)?\s+(?:making|losing|being|that|of)\b"
    r"|\bfraudulent\b|\b(?:is|are|was|were|remain|remains)\s+(?:still\s+)?incomplete\b|\bincompletely\b|\b(?:sent|submitted|reported|delivered|filed)\s+(?:[\w-]+\s+){0,3}?late\b"
    r"|\bmissed\s+(?:\w+\s+){0,2}?(?:deadlines?|targets?|goals?)\b"
    r"|(?<!longer\s)\b(?:had|have|has|kept|keep|keeps|still)\s+(?:\w+\s+){0,2}?(?:records|files|documents)\s+(?:\w+\s+)?on\s+paper\b"
    r"|\b(?:errors?|faults?|failures?|outages?|glitch(?:es)?)\s+(?:\w+\s+)?(?:suspended|halted|stopped|disrupted|delayed)\b"
    r"|\b(?:limits|limited|limiting|hampers|hampered|hinders|hindered|holds\s+back|held\s+back)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:reach|growth|use|uptake|access|ability|adoption)\b"
    r"|\b(?:fraud|scam|cybercrime|impersonation|phishing)\s+cases\b(?![^,;.]{0,60}?\b(?:fell|dropped|decreased|declined|halved|down|reduced|cut|curbed)\b)|\b(?:defrauded|scammed)\b"
    r"|\b(?:been|were|was|being)\s+targeted\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:scams?|fraud\w*|phishing|hackers?|"
    r"attacks?|cyber-?\s*attacks?|fraudsters?|scammers?)\b|\beat(?:s|ing)?\s+into\b"
    # complaints, worries and queues; a system down; mistakes; a fall in use or rank
    r"|\blong\s+(?:queues|lines|waits?|waiting\s+times?)\b|\bwent\s+down\b|\b(?:crashed|froze)\b"
    r"|\bcomplain\w*|\bconcerns?\s+(?:over|about|regarding)\b|\bworr(?:y|ied|ies)\s+(?:about|that)\b"
    r"|\b(?:contain\w*|with|made)\s+(?:\w+\s+){0,2}mistakes\b"
    r"|\b(?:dropped|fell|slipped|slid)\s+(?:by\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places|spots|positions|ranks)\b"
    # the weakest part, laws scattered and at odds, data leaked, too few in words
    r"|\b(?:weakest|worst)\b|\bscattered\s+(?:across|among|over)\b|\bfragmented\b"
    r"|\b(?:(?:has|have|had)\s+)?(?:reduced|reduces|undermined|undermines|eroded|erodes|hurt|hurts|damaged|damages)\s+(?:[\w'’-]+\s+){0,2}?(?:confidence|trust)\b"
    r"|\b(?:overlap|contradict)(?:s|ed|ing)?\s+(?:with\s+)?(?:each\s+other|one\s+another)\b|\b(?:was|were|being|been)\s+leaked\b"
    r"|\b(?:fewer|less)\s+than\s+(?:one|two|three|a)\s+(?:in\s+(?:three|four|five|ten)|third|quarter|fifth|tenth)\b"
    r"|\b(?:number|rate|share|revenue|usage|uptake|scores?|figure|proportion|percentage)\b"
    r"(?!\s+(?:of|for)\s+(?:\w+\s+){0,2}(?:fraud|scams?|complaints?|errors?|incidents?|attacks?|violations?|"
    r"crimes?|cases|overdue|late|spam|paper|cash))[^,;.]{0,50}?\b(?:fell|falls|dropped|drops|decreased|decreases|declined)\b"
    # growth that slowed: "The 17% growth, however, is down from 24%"
    r"|\b(?:growth|share|rate|revenue|usage|uptake|score)\b(?!\s+(?:of|for)\s+(?:\w+\s+){0,2}(?:fraud|overdue|late|errors?|"
    r"complaints?|paper|cash))[^;.]{0,30}?\b(?:is|was|are|were)\s+down\s+(?:from|by)\b"
    r"|\b(?:share|rate|number|use|usage|uptake|proportion)\b[^.;]{0,60}?\b(?:did|does|do)\s+not\s+(?:rise|increase|grow|improve)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:appear|show\s+up|arrive|go\s+through)\b"
    # a service that stops: "was down for nearly six hours", "was interrupted repeatedly"
    r"|\b(?:was|were|went|has\s+been|had\s+been)\s+down\s+for\b|\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?interrupted\b|\binterruptions?\s+(?:of|in|to)\b"
    r"|\b(?:do|does|did)\s+not\s+match\b|\bmismatch(?:ed|es)?\b|\b(?:still\s+)?confused\s+(?:in|about|by|when)\b"
    r"|\bstill\s+(?:ask|asks|asked|demand\w*)\b"
    # links and staff said to be too weak in a word: "coordination is still loose", "human
    # resources for IT are thin", "the machines were so slow that ..."
    r"|\b(?:is|are|was|were)\s+(?:still\s+|also\s+|very\s+|too\s+)?(?:loose|thin|scarce)\b"
    r"|\bso\s+(?:slow|weak|old|few|poor|limited|unstable)\s+that\b"
    # what people could not do, what a device or service does not support, what breaks
    r"|\bcould\s*(?:not|n't)\s+(?:\w+\s+)?(?:read|use|access|log|complete|pay|verify|connect|submit|open|finish)\b"
    r"|\b(?:do|does|did)\s+not\s+support\b"
    r"|\b(?:signal|signals|connection|network)\s+(?:often\s+|regularly\s+|sometimes\s+)?drops?\b"
    r"|\b(?:transfers?|payments?|transactions?|uploads?|submissions?)\s+(?:often\s+|sometimes\s+|regularly\s+)?fail\b"
    # a burden that stays: "must still bring the originals", "still charge a fee"
    r"|\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+still\b"
    r"|\bstill\s+(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|charges?|charging)\b"
    # a loss to fraud, people deceived, staff lost: "lost VND1.4 billion after installing a
    # fake app", "residents being tricked into", "lost 20% of our young engineers"
    r"|\blost\s+[^;]{0,40}?\b(?:after|to)\s+(?:\w+\s+){0,3}?(?:fake|scam\w*|fraud\w*|impostors?|hackers?)\b"
    r"|\b(?:being|been|was|were|get|got)\s+(?:tricked|cheated|defrauded|scammed|duped|deceived)\b"
    r"|\blost\s+(?:nearly\s+|about\s+|over\s+|more\s+than\s+|almost\s+|some\s+)?\d[\d,.]*\s*(?:%|per\s*cent)?\s+of\s+"
    r"(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:staff|engineers|employees|officers|officials|workers|experts|personnel)\b"
    r"|\bcan(?:not|'t|’t)\s+compete\b"
    # a thing done late, and a count too small: "were issued late", "fewer than 300 agents"
    # (but "fewer than 20 complaints" is a good result)
    r"|\b(?:issued|adopted|promulgated|delivered|published|paid|came|arrived)\s+late\b"
    rf"|\bfewer\s+than\s+\d[\d,.]*\s+(?!{_FEW_BAD})"
    # systems that stay apart and cannot talk: "are still held in three separate systems",
    # "many of them cannot exchange data"; work done twice: "some files were received twice"
    r"|\bstill\s+(?:runs?|ran|uses?|used|operates?|held|kept|stored|spread)\s+(?:in\s+|across\s+|on\s+)?"
    r"(?:[\w-]+\s+){0,2}?separate\b"
    r"|\bcan(?:not|'t|’t)\s+(?:exchange|share|connect|communicate|talk)\b"
    r"|\b(?:received|entered|declared|submitted|counted|issued)\s+twice\b"
    # what never happened even once: "did not receive a single online application"
    r"|\bnot\s+(?:\w+\s+)?a\s+single\b"
    # a part of the trouble named as such: "Staffing is part of the problem:", "Cost
    # remains the biggest hurdle", "the gap between ... is wide", a cost "hard to justify"
    r"|"
    + _SHORTFALL_HEADING
    + r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:a|the)\s+(?:major\s+|big\s+|biggest\s+|main\s+|key\s+)?"
    r"(?:hurdle|headache|constraint|stumbling\s+block)\b"
    r"|\b(?:hard|difficult)\s+to\s+(?:justify|recruit|retain|afford|find)\b"
    # what people said they could not do: "could not find, or could not afford to hire"
    r"|\bcould\s*(?:not|n't)\s+(?:\w+\s+)?(?:find|afford|install|hire|get|obtain|download|register|activate)\b"
    # harm suffered: "one in five respondents suffered at least one cyber incident"
    r"|\bsuffer(?:ed|s)?\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?(?:incidents?|attacks?|breaches|losses|outages?)\b"
    # a small part in words, a small count had in words: "only a third managed to",
    # "have only two officers trained" (not "in just two days", nor a past "when it
    # offered only eight services")
    r"|\b(?:only|merely|just)\s+(?:about\s+|around\s+)?(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?\b"
    r"|\b(?:has|have|had|with)\s+(?:only|merely|barely|just|a\s+mere)\s+(?:about\s+|around\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?!(?:[\w-]+\s+)?(?:minutes?|seconds?|hours?|days?|weeks?|months?)\b)"
    # old habits kept: "some units still regard it as the job of the IT centre"
    r"|\bstill\s+(?:regard|regards|see|sees|consider|considers|view|views|treat|treats)\b"
    # what users are made to do again: "asks users to type in again information already stored"
    r"|\b(?:often|frequently|repeatedly)\s+asks?\s+(?:\w+\s+)?to\b|\b(?:type|enter|key)\s+(?:in\s+)?(?:again|twice)\b",
    _I,
)
ONLY_BASELINE = lowercase_pattern(
    r"\bin\s+(?:19|20)\d{2}\b[^;]*\b(?:only|merely|barely|just)\b|\b(?:only|merely|barely|just)\b[^;]*\bin\s+(?:19|20)\d{2}\b",
    _I,
)
IMPROVEMENT = lowercase_pattern(
    r"\b(then|has reached|have reached|reaching|breakthrough|up to now|at present|to date|increased|rose|climbed)\b",
    _I,
)
POSITIVE_FIX = lowercase_pattern(
    r"\b(resolv\w+|remov\w+|overc[oa]m\w*|address\w*|solv\w+|eliminat\w+)\s+(?:\w+\s+){0,3}(bottlenecks?|obstacles?|limitations|difficulties|shortcomings|situation|problems?|issues?)"
    # what the work caught names a fault: "the checks helped lenders identify 1.9 million
    # accounts opened with mismatched data", "blocked more than 40,000 fake accounts"
    r"|\b(?:help(?:ed|s)?|enabled|allowed)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:identify|detect|uncover|spot|flag|block|prevent|stop|catch|correct|clean|fix)\b"
    r"|\b(?:detected|identified|uncovered|flagged|blocked|prevented|corrected|cleaned)\s+"
    r"(?:and\s+(?:suspended|blocked|locked|removed|closed|cancelled|deactivated)\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?\d"
    rf"|\b(?:fewer|less)\s+than\s+\d[\d,.]*\s+{_FEW_BAD}"
    # a fault put right: "replaced 1,200 outdated computers", "completed the incomplete files"
    r"|\b(?:replaced|upgraded|fixed|repaired|corrected|completed|updated)\s+(?:[\w,.-]+\s+){0,3}?"
    r"(?:outdated|incomplete|old|faulty|erroneous|broken)\b",
    _I,
)

MODAL_ANY = (
    rf"\b(?:must|shall|should|(?<!the\s)(?<!urgent\s)(?<!longer\s)(?<!not\s)need(?:s)?\s+to|(?:has|have)\s+to(?!\s+{_BURDEN})|(?:is|are)\s+required\s+to|"
    r"(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:assigned|tasked|responsible)\b|it\s+is\s+necessary\s+to|(?:is|are)\s+to\s+be)\b"
    r"|\b(?:is|are)\s+to\s+(?:submit|complete|finish|report|issue|launch|finali[sz]e|present|deliver|hand\s+over|"
    r"use|apply|adopt|switch|connect|send|provide|build|set\s+up|roll\s+out|draft|propose|review|update|"
    r"fix|resolve|upgrade|integrate|publish|revise|amend|clean|digiti[sz]e|equip|train|put)\b"
    # a step with its date: "the decree is due to be submitted to the Government in Q2"
    r"|\b(?:is|are|was|were)\s+due\s+to\s+be\s+(?:submitted|completed|finished|issued|launched|presented|"
    r"delivered|approved|put|finali[sz]ed|adopted)\b"
    r"|\bto\s+be\s+completed\b|\bpresid(?:es|e|ing)\s+over\b|\btakes?\s+the\s+lead\b|\bin\s+charge\s+of\b"
)
# "The Department of Home Affairs researches and advises ...": a task list's present tense.
MODAL_ORG = (
    r"^(?:[-•*]\s*)?(?:the\s+)?(?:Ministry|Ministries|Chairm[ae]n|(?:(?:Provincial|District|Commune)(?:-level)?\s+)?"
    r"People's\s+Committees?|Department|State\s+Bank|Government\s+Office|Provincial\s+Police)\b[^,;]{0,80}?\s+"
    r"(?:directs|organizes|organises|coordinates|presides|researches|advises|guides|assumes|chairs|leads|"
    r"ensures|submits|develops|implements|reviews|completes|urgently|continues|takes|studies|builds)\b"
    # a list item's: "- District-level People's Committees equip and train ...", "- The
    # Department works with ..." (not "The State Bank connects 45 banks", a result)
    r"|^[-•*]\s*(?:the\s+)?(?:Ministry|(?:(?:Provincial|District|Commune)(?:-level)?\s+)?People's\s+Committees?|"
    r"Department|State\s+Bank|Provincial\s+Police)\b[^,;]{0,80}?\s+"
    r"(?:equips?|trains?|works\s+with|connects|upgrades|deploys|finishes|issues|digiti[sz]es)\b"
)
MODAL = lowercase_pattern(MODAL_ANY + "|" + MODAL_ORG)
MODAL_ANY_RE = lowercase_pattern(MODAL_ANY)
MODAL_ORG_RE = lowercase_pattern(MODAL_ORG)
# "requests" and "request" are also nouns: "1.9 billion authentication requests".
_REQUEST_NOUN_BEFORE = (
    r"(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)(?<!authentication\s)"
    r"(?<!verification\s)(?<!access\s)(?<!lookup\s)(?<!service\s)(?<!query\s)(?<!data\s)"
    # After a determiner or a quantifier "request(s)" is a noun: "61% of all requests".
    r"(?<!all\s)(?<!the\s)(?<!of\s)(?<!these\s)(?<!such\s)(?<!many\s)(?<!its\s)"
    r"(?<!their\s)(?<!integration\s)(?<!document\s)(?<!connection\s)(?<!exchange\s)"
)
# ... and "requests on VNeID are processed", "requests through the portal".
_REQUEST_NOUN_AFTER = (
    r"(?!\s+(?:for|from|per|were|was|had|have|of|each|daily|processed|received|handled|on|are|is|"
    r"through|via|with)\b)"
)
REQUEST = lowercase_pattern(
    rf"\b(?:{_REQUEST_NOUN_BEFORE}(?:requests|request){_REQUEST_NOUN_AFTER}|requested|asked|asks|directs|(?<!tasks\s)(?<!targets\s)(?<!duties\s)assigned|assigns|urged|urges|tasked|instructed|instructs|called on|calls on|demanded|ordered|(?<!e-commerce\s)(?<!online\s)(?<!purchase\s)(?<!of\s)(?<!million\s)(?<!delivery\s)orders(?!\s+(?:were|was|are|is|rose|fell|grew|of|from|in|per)\b)|(?:was|were|(?:has|have)\s+been)\s+(?:told|ordered|required))\b"
    # "has told lenders to finish", "told the provinces to report"
    r"|\btold\s+(?:[\w-]+\s+){1,4}?to\s+(?!be\b)[a-z]"
    r"|\brequire[sd]?\s+(?:all\s+)?(?:the\s+)?(?:relevant\s+)?(?:ministries|departments|agencies|localities|provinces|units|communes|districts|sectors|officials)\s+to\b",
    _I,
)
GOAL = lowercase_pattern(
    r"\b(?:(?:said|says|pledged|promised|announced|confirmed)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+would\s+(?!not\b|be\b)|strive|striving|(?<!the\s)target(?:s|ed)?\s+(?:to|is|for)|aim(?:s|ing)?\s+(?:to|at|for)|"
    r"plan(?:s|ned)?\s+to|expects?\s+(?:[\w,.%-]+\s+){0,6}?to\s+(?!date\b)|(?:is|are)\s+targeting\b|calls?\s+for\s+(?:at\s+least\s+)?\d|"
    r"seeks?\s+to|seeking\s+to|envisions?\s+\d|envisages?\s+\d|hopes?\s+to|(?:has|have)\s+committed\s+to|"
    r"pledged?\s+to|wants?\s+\d|(?:slated|scheduled)\s+to|(?<!meet\sthe\s)(?<!missed\sthe\s)\bdeadline\s+(?:for|of|is)\b|"
    r"\bdeadline\s+(?:was|has\s+been|is|had\s+been)\s+(?:extended|moved|set|pushed|postponed)\b|"
    r"\b(?:has|have|had)\s+until\b|\b(?:was|were|been|is|are)\s+given\s+until\b|will\s+(?:finish|launch)\b|will\s+be\s+(?:finished|done)\b|"
    r"\bthe\s+target\s+is\s+to\b|(?<!the\s)targets\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?\d|(?<!the\s)targets\s+(?:[\w-]+\s+){5,6}?\d[\d.,-]*\s*(?:%|per\s*cent)|"
    r"will\s+be\s+(?:officially\s+)?(?:launched|opened|put\s+into\s+(?:operation|use)|rolled\s+out|connected|inaugurated|"
    r"published|released|submitted)\b|set\s+(?:the|a|out\s+the)\s+(?:goal|target)|(?:is|are)\s+expected\s+to|"
    r"set\s+the\s+goal|with\s+the\s+goal|theme\s+of|by\s+20\d\d\b.*\bwill\b|will\s+(?:strive|aim|focus|continue|complete|"
    r"accelerate|promote|build|develop|ensure|be\s+completed|issue|submit|publish|release|revise|amend|fix|upgrade)|"
    # a level to reach: "a goal of", "the objective is", "at least 70%", "a minimum rate of"
    r"(?:goals?|objectives?|targets?)(?:\s+(?:of|for)\s+[\w\s'-]{0,40}?|,\s+[^,;]{1,40},)?\s+(?:is|are|include\w*)\s+(?!being\b|unlikely\b|not\b|still\b|far\b)|(?<!in\s)(?<!for\s)at\s+least\s+\d|"
    r"minimum\s+(?:rate|level|share)\s+of|projections?\s+for|forecast\s+to|"
    r"projected\s+to\s+(?!date\b)[a-z]+|work(?:s|ing)?\s+(?:towards?|to\s+(?:complete|finish|launch|build|put))\b)",
    _I,
)
IMPERATIVE_VERBS = (
    "accelerate|adjust|advise|allocate|amend|apply|boost|build|carry out|clean|complete|concentrate|"
    "connect|consolidate|continue|coordinate|create|deploy|develop|digitize|digitalize|direct|"
    "eliminate|encourage|enhance|ensure|establish|expand|finalize|finalise|finish|focus|implement|improve|"
    "innovate|integrate|invest|issue|launch|maintain|make|mobilize|organize|perfect|prioritize|"
    "promote|propose|raise|reduce|reform|remove|report|research|resolutely|review|set|shift|simplify|"
    "speed up|step up|strengthen|strive|study|submit|supplement|synthesize|take|train|update|upgrade|"
    "urgently|promptly|quickly|proactively|actively|research and|accelerate and"
)
IMPERATIVE = lowercase_pattern(
    rf"^(?:[a-hđ]\)\s*|\d\)\s*|[-•*]\s*)?(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|"
    rf"fifth(?:ly)?|finally|next|at the same time|along with that|in addition|also|"
    rf"(?:second|third|fourth|fifth)\s+is\s+to|it\s+is\s+necessary\s+to)\s*,?\s*)*"
    rf"(?:{IMPERATIVE_VERBS})\b",
    _I,
)
FIRST_PERSON = lowercase_pattern(r"\b(?:we|our|us|i)\b", _I)

ACHIEVEMENT = lowercase_pattern(
    r"\b(?:has|have|had)\s+(?:been\s+|also\s+|now\s+|all\s+|successfully\s+|basically\s+|initially\s+|"
    r"(?!only\b)\w+ly\s+)*(?:built|issued|established|completed|provided|deployed|developed|improved|"
    r"expanded|achieved|connected|launched|implemented|made|resolved|promulgated|digiti[sz]ed|"
    r"integrated|upgraded|reached|created|granted|exempted|applied|benefited|surpassed|exceeded|"
    r"doubled|tripled|quadrupled|"
    r"activated|collected|cleaned|verified|authenticated|put into|received|risen|increased|grown|"
    r"ranked|won|attracted|saved|shortened|reduced|cut|simplified|signed|adopted|passed|enacted|"
    r"introduced|rolled out|installed|trained|accelerated|strengthened|modernized|transformed|"
    r"performed|carried out)\b"
    r"|\bfor the first time\b|\bbecame\s+the\s+first\b|\btopped\b|\bcontinued\s+to\s+top\b|\bconsecutive\s+(?:time|year)s?\b"
    r"|\b(?:has|have|had|was|were|is|are)\s+(?:the\s+)?(?:fastest|largest|highest|biggest|strongest)[-\s]\w+"
    r"|\b(?:came|finished|ranked|placed)\s+(?:in\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+place\b"
    r"|\b(?:ranked|ranks|rose\s+to|climbed\s+to)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"|\b(?:has|have|had)\s+led\b|\bnow\s+in\s+the\s+[\w\s-]{0,30}group\b|\b(?:positive|outstanding|remarkable|important|encouraging|significant)\s+results\b"
    r"|\bmade\s+(?:strong|great|good|significant|remarkable)\s+progress\b|\b(?:developed|progressed)\s+well\b"
    r"|\bcontinue[sd]?\s+to\s+(?:have|see|record|achieve)\s+(?:strong|positive|good)\b|\bstrongly\s+deployed\b"
    r"|\bcontinue[sd]?\s+to\s+(?:create|build|develop|operate|implement|promote|improve|maintain|expand|deploy|exploit|grow|increase|rise)\b"
    r"|\bincreasingly\s+(?:being\s+)?(?:improved|effective|perfected)\b|\bamong\s+the\s+top\b|\bone\s+of\s+the\s+(?:few|leading|first)\b"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:done|implemented|provided|carried out)\s+(?:automatically|online|in full|fully)\b"
    # a milestone: put into operation, gone live, the first to do something
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+|successfully\s+)?"
    r"(?:put\s+into\s+(?:operation|use|service)|launched|inaugurated|commissioned|opened|completed|connected|rolled\s+out)\b"
    r"|(?<!will\s)(?<!to\s)\bput\s+(?:its|the|their|a|an|our)\s+(?:[\w'’-]+\s+){0,6}?into\s+(?:operation|use|service)\b"
    r"|(?<!will\s)(?<!to\s)(?<!be\s)\bput\s+into\s+(?:operation|use|service)\s+(?:a|an|the|its|their)\b"
    # a status every place has reached: "All communes in the province now have fibre"
    r"|\b(?:all|every)\s+(?:[\w'’-]+\s+){1,6}?now\s+(?:have|has|use|uses|accept|accepts|offer|offers|are\s+connected|is\s+connected)\b"
    r"|\b(?:went|goes|gone)\s+live\b|\b(?:came|come|comes|went|go|goes|gone|entered)\s+into\s+(?:operation|service|use)\b"
    r"|\b(?:began|started)\s+(?:operating|operation|running)\b"
    # a change told from one level to another: "from 15 days to 3 days", "from 30% to 70%"
    r"|\bfrom\s+(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:working\s+days?|days?|hours?|minutes?|%|percent|per\s+cent|"
    r"million|billion|places?|th|st|nd|rd)?\s+to\s+\d"
    r"|\b(?:was|were|is|are|became|become)\s+(?:also\s+)?the\s+first\s+(?:\w+\s+){0,7}?to\b"
    # a change told against the old level: "2 days instead of 15", "down from 20 days"
    r"|\binstead\s+of\s+(?:the\s+)?(?:previous\s+|former\s+|earlier\s+)?\d|\bdown\s+from\s+\d"
    # a burden lifted: "citizens no longer need to carry paper documents"
    r"|\bno\s+longer\s+(?:need|needs|have\s+to|has\s+to|required)\b"
    # a target met: "41 provinces met their targets", "met the plan"
    r"|\bmet\s+(?:the|its|their|all)\s+(?:\w+\s+){0,3}?(?:targets?|goals?|plans?|requirements)\b"
    r"|\btook\s+the\s+lead\s+in\b|\bpioneered\b|\bled\s+the\s+(?:country|nation|region)\b"
    r"|\bassessed\s+for\s+quality\b|\b(?:has|have)\s+\w+ed\s+(?:\w+\s+){0,3}(?:successfully|effectively)\b",
    _I,
)
RESULT_WITH_FIGURE = lowercase_pattern(
    r"\b(?:reach\w*|issued|increas\w*|gr[eo]w\w*|rose|rise|rising|ranked|ranking|ranks|achiev\w*|exceed\w*|took\s+in|"
    r"activated|collected|provided|connected|completed|up|accounting|accounted|raising|total\w*|recorded|"
    r"handled|processed|settled|served|received|registered|submitted|made|hit|topped|posted|"
    r"saved|cut|reduced|shortened|fell|dropped|decreased|generated|earned|attracted|trained|digiti[sz]ed|deployed|installed|"
    r"surg\w+|jump\w*|soar\w*|doubl\w+|tripl\w+|climb\w*|gain\w*|expand\w*|"
    r"receives|offers|offered|accepts?|accepted|covers?|covered|downloaded|uses|used|serves|handles|"
    r"hosts?|hosted|supports?|supported|integrates?|links?|linked|connects|provides|employs|"
    r"estimated|was|were|is|are|has|have|had|there|more|over|with|at|now|using)\b",
    _I,
)
FUTURE = lowercase_pattern(r"\bwill\b|\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b", _I)
