"""The cue patterns of the genre: results, goals, obligations and requests (shortfalls'
are in ``shortfall_cues``).
``classify`` decides a clause's kind from them (what is context rather than a claim is
in ``context_cues``).

Patterns are written for government and provincial reports and conference news, not
for any one article; each is matched on lowercased text (``textcase.lower``).
"""

from __future__ import annotations

from briefing.extract.shortfall_cues import BURDEN, FEW_BAD
from briefing.extract.textcase import lowercase_pattern

_I = 0  # patterns are matched on lowercased text (textcase.lower)

ONLY_BASELINE = lowercase_pattern(
    r"\bin\s+(?:19|20)\d{2}\b[^;]*\b(?:only|merely|barely|just)\b|\b(?:only|merely|barely|just)\b[^;]*\bin\s+(?:19|20)\d{2}\b"
    # "In the past, only a few products were sold online, but now most are"
    r"|^\W*(?:in\s+the\s+past|previously|formerly)\s*,[^;]*\b(?:only|merely|barely|just)\b",
    _I,
)
IMPROVEMENT = lowercase_pattern(
    r"\b(then|has reached|have reached|reaching|breakthrough|up to now|at present|to date|increased|rose|climbed|"
    r"improvement|improved|but\s+now)\b",
    _I,
)
BAD_FELL = (
    r"\b(?:attacks?|cyberattacks?|fraud|scams?|cases|incidents?|complaints?|errors?|violations?|"
    r"breaches|overdue|late|delays?|backlogs?|(?:processing|waiting|handling|travel)\s+times?|"
    r"costs?|fees?)\b[^.;]{0,60}?\b(?:decreas\w*|fell|dropped|declin\w*|down|reduced|shortened)\b"
)
"""Fewer of a bad thing: "the number of cyberattacks ... has decreased by 55%"."""
GOOD_TURN = lowercase_pattern(
    rf"{BAD_FELL}|\bnotched\b|\b(?:highest|fastest|strongest|best)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:growth|increase|rise|performance|results?|scores?)\b"
)
"""A turn ("However", "But") that tells no shortfall: "However, attacks fell by 55%", "But
the highest growth was Quang Ninh's (up 607%)"."""
# Threats a report counts, and what is done to them when they are caught.
_THREATS = (
    r"phishing|counterfeit|fake|spoofed|malicious|scam|spam|ddos|denial-of-service|"
    r"vulnerabilit\w+|malware"
)
_DEALT_WITH = (
    r"blocked|taken\s+down|took\s+down|shut\s+down|removed|repelled|intercepted|mitigated|"
    r"thwarted|handled|neutrali[sz]ed|dismantled|blacklist\w*|patched|fixed|remedied|prevented"
)
POSITIVE_FIX = lowercase_pattern(
    r"\b(resolv\w+|remov\w+|overc[oa]m\w*|address\w*|solv\w+|eliminat\w+)\s+(?:\w+\s+){0,3}(bottlenecks?|obstacles?|limitations|difficulties|shortcomings|situation|problems?|issues?)"
    # a service set up to answer people: "a hotline was set up to address inquiries and complaints"
    r"|\b(?:set\s+up|launched|opened|established|created)\b[^.;]{0,60}?\bto\s+(?:address|handle|answer|receive|respond\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:inquiries|complaints?|queries|questions|feedback|petitions)\b"
    # "the ministry is drastically handling SIMs with incorrect subscriber information"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:handling|tackling|dealing\s+with|cleaning\s+up)\b"
    # what the work caught names a fault: "the checks helped lenders identify 1.9 million
    # accounts opened with mismatched data", "blocked more than 40,000 fake accounts"
    r"|\b(?:help(?:ed|s)?|enabled|allowed)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:identify|detect|uncover|spot|flag|block|prevent|stop|catch|correct|clean|fix)\b"
    r"|\b(?:detected|identified|uncovered|flagged|blocked|prevented|corrected|cleaned)\s+"
    r"(?:(?:and|or)\s+(?:suspended|blocked|locked|removed|closed|cancelled|deactivated|took\s+down|taken\s+down)\s+)?"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?\d"
    # an agent taking down what fraud uses: "took down 4,300 fraudulent websites", "have
    # locked 27 million SIM cards" (not "the portal was suspended 3 times")
    # a threat dealt with, in either voice: "2,364 phishing domains have been blocked",
    # "shut down 1,250 counterfeit websites", "were discovered and patched"
    rf"|\b(?:{_DEALT_WITH})\b(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:{_THREATS})"
    rf"|\b(?:{_THREATS})(?:[^.;]|\.(?=\d)){{0,60}}?\b(?:have|has|had|were|was|been|being)\s+(?:\w+\s+){{0,2}}?(?:{_DEALT_WITH})\b"
    r"|(?<!was\s)(?<!were\s)(?<!been\s)\b(?:took\s+down|taken\s+down|removed|locked|suspended|deactivated)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?\d[\d,.]*\s*(?:million\s+|thousand\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:accounts|sim\s+cards|sims|websites|apps|pages|phone\s+numbers|numbers|subscriptions)\b"
    rf"|\b(?:fewer|less)\s+than\s+\d[\d,.]*\s+{FEW_BAD}"
    # the old way falling off: "ATM transactions declined by 16.77%", "cash payments fell"
    r"|(?<![\w-])(?<!white\s)(?:cash|atm|paper|in-person|over-the-counter)(?![\w-])[^.;]{0,40}?(?<!not\s)\b(?:declin\w*|fell|"
    r"fallen|dropped|decreas\w*|shrank|shrunk)\b"
    # fewer of a bad thing, or less time and cost: "the rate of overdue dossiers declined",
    # "average processing time declined by 30%"
    rf"|{BAD_FELL}"
    # a fault put right: "replaced 1,200 outdated computers", "completed the incomplete files"
    r"|\b(?:replaced|upgraded|fixed|repaired|corrected|completed|finished|updated)\s+(?:[\w,.-]+\s+){0,3}?"
    r"(?:outdated|incomplete|unfinished|uncompleted|old|faulty|erroneous|broken)\b",
    _I,
)

MODAL_ANY = (
    rf"\b(?:must|shall|should|(?<!the\s)(?<!urgent\s)(?<!longer\s)(?<!not\s)need(?:s)?\s+to|(?:has|have)\s+to(?!\s+{BURDEN})|(?:is|are)\s+required\s+to|"
    r"(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:assigned|tasked|responsible)\b|it\s+is\s+necessary\s+to|(?:is|are)\s+to\s+be)\b"
    r"|\b(?:is|are)\s+to\s+(?:submit|complete|finish|report|issue|launch|finali[sz]e|present|deliver|hand\s+over|"
    r"use|apply|adopt|switch|connect|send|provide|build|set\s+up|roll\s+out|draft|propose|review|update|"
    r"fix|resolve|upgrade|integrate|publish|revise|amend|clean|digiti[sz]e|equip|train|put|"
    r"install|open|expand|extend|replace|relocate\s+(?!to\b)|scan|"
    # "the Ministry is to coordinate with ... to complete ...": a part in a task shared
    r"coordinate|collaborate|cooperate|work\s+with|assist|guide|direct|deploy|implement)\b"
    # a step with its date: "the decree is due to be submitted to the Government in Q2"
    r"|\b(?:is|are)\s+due\s+to\s+(?:open|go\s+live|start|begin|launch|be\s+(?:submitted|completed|finished|issued|"
    r"launched|presented|delivered|approved|put|finali[sz]ed|adopted|rolled\s+out|connected|deployed|implemented))\b"
    r"|\bto\s+be\s+completed\b|\bpresid(?:es|e|ing)\s+over\b|\btakes?\s+the\s+lead\b"
    # a body put in charge (not a title's "Vice President in charge of Southeast Asia")
    r"|\b(?:is|are|be)\s+(?:also\s+|directly\s+|mainly\s+)?in\s+charge\s+of\b"
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
    # a noun before its figure or the next item: "judicial record requests (46.4%) and ..."
    r"(?!\s*\()(?!\s*,\s+(?:and|or|such|while|which|including)\b)"
)
REQUEST = lowercase_pattern(
    rf"\b(?:{_REQUEST_NOUN_BEFORE}(?:requests|request){_REQUEST_NOUN_AFTER}|requested|asked|asks|directs|(?<!tasks\s)(?<!targets\s)(?<!duties\s)assigned(?!\s+\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}?(?:tasks|duties|projects)\b[^.;]{{0,80}}?\bof\s+which\b)(?!\s+(?:(?!to\b)[\w'’,-]+\s+){{1,10}}?to\s+(?:all|the|a|an|each|every|their|its|some|many|newborns|\d)(?![^.;]*\bto\s+[a-z]+\b))|assigns|urged|urges|tasked|instructed|instructs|called on|calls on|calling on|demanded|ordered|(?<!e-commerce\s)(?<!online\s)(?<!purchase\s)(?<!of\s)(?<!million\s)(?<!delivery\s)(?<!public\s)orders(?!\s+(?:were|was|are|is|rose|fell|grew|of|from|in|per)\b)|(?:was|were)\s+(?:told|ordered|required)|(?:has|have)\s+been\s+(?:told|ordered))\b"
    # "has told lenders to finish", "told the provinces to report"
    # (not a question asked: "kept asking the minister when to expect the portal")
    r"|\b(?:told|asking|urging)\s+(?:(?!(?:how|when|what|where|whether|why|who|which)\b)[\w-]+\s+){1,4}?"
    r"to\s+(?!be\b)[a-z]"
    # "required a strict implementation of ...", "demanded the urgent upgrade of ..."
    r"|\b(?:required|demanded|requested)\s+(?:a|an|the)\s+(?:strict|thorough|serious|full|urgent|drastic|timely|prompt)\b"
    r"|\brequire[sd]?\s+(?:all\s+)?(?:the\s+)?(?:relevant\s+)?(?:ministries|departments|agencies|localities|provinces|units|communes|districts|sectors|officials)\s+to\b"
    # a plan's order in the plain present, to bodies named: "People's Committees of
    # provinces direct sectors and commune-level People's Committees to focus on ..."
    r"|\bdirect\s+(?:all\s+|the\s+)?(?:relevant\s+)?(?:[\w'’-]+\s+){0,4}?(?:ministries|departments|agencies|"
    r"localities|provinces|units|communes|districts|sectors|officials|committees)\b[^.;]{0,80}?\bto\s+[a-z]",
    _I,
)
# Those a target is of when it is no goal: "a major target for hackers", "of scammers".
_ATTACKERS = r"(?:[\w-]+\s+)?(?:attacks?|attackers|hackers|criminals|scam\w*|fraud\w*|cyber\w*)"
PLAN_WOULD = r"\bwould\b(?!\s+(?:have\s+(?:been|[a-z]+ed|[a-z]+en)|like|rather)\b)"
"""A plan's future told in reported speech ("the city would complete ..."): not what might
have been ("would have predicted"), nor a wish ("would like")."""
GOAL = lowercase_pattern(
    r"\b(?:(?:said|says|pledged|promised|announced|confirmed)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+would\s+(?!not\b|be\b)|strive|striving|(?<!the\s)(?<!compared\swith\sa\s)(?<!against\sa\s)target(?:s|ed)?\s+(?:to|is|for)\b"
    rf"(?!\s+{_ATTACKERS})|(?<!the\s)(?<!\d\s)targets\s+(?:completing|achieving|reaching|having|making)\b|aim(?:s|ing)?\s+(?:to|at|for)|"
    r"plan(?:s|ned)?\s+to|(?:is|are)\s+planning\s+to|expects?\s+(?:[\w,.%-]+\s+){0,6}?to\s+(?!date\b)|(?:is|are)\s+expecting\s+to\b|(?:is|are)\s+targeting\b|targeting\s+(?:its\s+|their\s+)?completion\b|calls?\s+for\s+(?:at\s+least\s+)?\d|"
    r"seeks?\s+to|seeking\s+to|will\s+be\s+(?:in|among)\s+the\s+(?:leading|top)\b|(?:is|are)\s+(?:also\s+)?looking\s+to\s+(?!the\b)(?!(?:[\w-]+\s+)?(?:investors|partners|donors|businesses|firms|companies|enterprises|banks|sponsors)\b)[a-z]|envisions?\s+\d|"
    # "Securing a top-70 place is also a target of Vietnam" (not "a target for hackers")
    r"(?<!this\s)(?<!that\s)(?<!\bit\s)(?:is|are)\s+(?:also\s+)?(?:a|the|one|another)\s+(?:key\s+|main\s+|major\s+)?(?:target|goal|objective)s?\b"
    rf"(?!\s+(?:of|for)\s+{_ATTACKERS})|envisages?\s+\d|hopes?\s+to|(?:has|have)\s+committed\s+to|"
    # "will endeavor for 80% of ...", and a plan's future perfect: "the digital economy will
    # have accounted for 30% of GRDP", "there will have been more than 1,000 firms"
    r"endeavou?rs?\s+(?:to|for)\b|endeavou?ring\s+(?:to|for)\b|"
    r"will\s+have\s+(?:been\s+|reached\b|exceeded\b|accounted\b|achieved\b|[a-z]+(?:ed|en|wn)\b)|"
    r"pledged?\s+to|wants?\s+\d|wants?\s+(?:half|a\s+(?:third|quarter|fifth)|two-thirds|all)\s+of\b|(?:slated|scheduled)\s+to|(?:is|are)\s+(?:slated|scheduled|set|due|planned)\s+for\s+(?:completion|launch|operation|commissioning|handover)\b|(?<!meet\sthe\s)(?<!missed\sthe\s)\bdeadline\s+(?:for|of|is)\b|"
    r"\bdeadline\s+(?:was|has\s+been|is|had\s+been)\s+(?:extended|moved|set|pushed|postponed)\b|"
    r"\b(?:has|have|had)\s+until\b|\b(?:was|were|been|is|are)\s+given\s+until\b|will\s+(?:finish|launch)\b|will\s+be\s+(?:finished|done)\b|"
    r"\b(?:goals|targets|objectives)\s+(?:set\s+)?for\s+(?:the\s+year\s+)?20\d\d\s+(?:include|are)\b|"
    r"\bthe\s+target\s+is\s+to\b|(?<!the\s)targets\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?\d|(?<!the\s)targets\s+(?:[\w-]+\s+){5,6}?\d[\d.,-]*\s*(?:%|per\s*cent)|"
    # a system to start work: "will officially come into operation on July 1", "will go live"
    r"(?:will|would)\s+(?:officially\s+)?(?:come|go)\s+into\s+(?:operation|use|service)\b|(?:will|would)\s+(?:officially\s+)?go\s+live\b|"
    # (and as reported: "said the platform would be tested and officially launched in October")
    r"(?:will|would)\s+be\s+(?:[a-z]+ed\s+and\s+)?(?:officially\s+)?(?:launched|opened|put\s+into\s+(?:operation|use)|rolled\s+out|connected|inaugurated|"
    r"published|released|submitted|repaired|fixed|upgraded|delivered|installed|migrated|equipped|"
    r"expanded|scaled\s+up)\b|"
    # a future deed of an organisation's plan: "the bank will also retire its old system"
    # (not "will also move to a new office", nor a reform's "will be replaced by ...")
    r"will\s+(?:also\s+)?(?:retire|replace|migrate|link|extend|phase\s+out)\b|"
    r"(?:pledged|promised|committed)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+would\s+be\s+[a-z]+ed\b|"
    # (but "is supposed to work around the clock, but it often goes down" is a shortfall)
    r"(?:is|are)\s+supposed\s+to\b(?![^.;]*\b(?:but|yet|however|in\s+practice)\b)|fix(?:es|ed)?\s+(?:the|a)\s+(?:goal|target)\b|set\s+(?:the|a|out\s+the)\s+(?:goal|target)|sets\s+(?:the|a)\s+(?:goal|target)s?\s+(?:of|to|that)\b(?=[^.;]*\d)|(?:is|are)\s+(?:also\s+)?(?:expected|anticipated)\s+to|it\s+is\s+(?:expected|planned)\s+that\b(?=[^.;]*\b(?:by|before)\s)|"
    r"set\s+the\s+goal|with\s+the\s+goal|(?<!compared\s)(?<!comparison\s)with\s+(?:a|an|the)\s+(?:target|aim|objective)s?\s+(?:set\s+)?(?:for|of|to)\b(?![^.;]*\b(?:exceed|surpass|met|reach)\w*\b)|"
    r"(?<!able\s)(?<!failed\s)(?<!managed\s)(?<!helped\s)\bto\s+(?:achieve|reach|meet|attain)\s+the\s+(?:goal|target)\s+of\b|theme\s+of|"
    rf"by\s+20\d\d\b(?=[^.;]*?(?:\bwill\b|{PLAN_WOULD}))|"
    # a state to reach by a year: "all households will be able to access fibre by 2025"
    r"will\s+be\s+able\s+to\b(?=[^.;]*\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b)(?![^.;]*\b(?:below|short\s+of|behind)\b)|"
    r"will\s+(?:strive|aim|focus|continue(?!\s+to\s+(?:surge|soar|boom|climb|rise|grow|increase|be)\b)|complete|"
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
    rf"(?:second|third|fourth|fifth)\s+is\s+to|it\s+is\s+(?:necessary|crucial|essential|imperative|vital)\s+to|"
    # a plan's heading of its own item: "In terms of quantity, maintain 25 services"
    rf"(?:in\s+terms\s+of|regarding|as\s+for|with\s+regard\s+to)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,)\s*,?\s*)*"
    rf"(?:{IMPERATIVE_VERBS})\b",
    _I,
)
FIRST_PERSON = lowercase_pattern(r"\b(?:we|our|us(?!\$)|i)\b", _I)  # not "US$250 million"

# A whole told served, as a 100% is: "all administrative procedures of the agency are
# provided with online services", "All communes have been connected to fibre" (not "ensure
# all ... are", which a target's cue reads first).
_WHOLE_SERVED = (
    r"(?<!not\s)\ball\s+(?:the\s+)?(?:[\w'’-]+\s+){1,8}?(?:are|were|have\s+been|had\s+been)\s+"
    r"(?:now\s+|fully\s+|already\s+)?"
    r"(?:provided|connected|covered|equipped|integrated|digiti[sz]ed|linked|handled|processed|issued|granted|"
    r"updated|synchroni[sz]ed|installed|published)\b"
)
WHOLE_SERVED = lowercase_pattern(_WHOLE_SERVED)

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
    r"|\b(?:has|have|had|was|were|is|are)\s+(?:the\s+)?(?:fastest|largest|highest|biggest|strongest|greatest)[-\s]\w+"
    r"|\b(?:came|finished|ranked|placed)\s+(?:in\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+place\b"
    r"|\b(?:ranked|ranks|rose\s+to|climbed\s+to)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|"
    # an ordinal in words, up to the ninety-ninth: "ranked sixteenth", "ranked forty-first"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)\b"
    r"|\b(?:has|have|had)\s+led\b|\bnow\s+in\s+the\s+[\w\s-]{0,30}group\b"
    # a move up a ranking's groups, told with no figure: "made the leap from middle EGDI to
    # high EGDI", "moved from the medium group to the high group"
    r"|\b(?:made\s+(?:a|the)\s+leap|leapt|moved|rose|climbed|advanced|jumped|was\s+upgraded|were\s+upgraded)\s+"
    r"(?:up\s+)?from\s+(?:the\s+)?(?:low|lower|middle|medium|average|fair)\b[^.;]{0,30}?\bto\s+(?:the\s+)?"
    r"(?:high|higher|very\s+high|upper|top|leading|good|very\s+good|excellent|advanced)\b|\b(?:positive|outstanding|remarkable|important|encouraging|significant)\s+results\b"
    r"|\bmade\s+(?:strong|great|good|significant|remarkable)\s+progress\b|\b(?:developed|progressed)\s+well\b|\bperformed\s+well\b(?=[^.;]*\d)"
    r"|\bcontinue[sd]?\s+to\s+(?:have|see|record|achieve)\s+(?:strong|positive|good)\b|\bstrongly\s+deployed\b"
    r"|(?<!will\s)(?<!will\salso\s)\bcontinue[sd]?\s+to\s+(?:create|build|develop|operate|implement|promote|improve|maintain|expand|deploy|exploit|grow|increase|rise)\b"
    # the only one to have done it: "is the only one of the 63 provinces to have connected"
    r"|\b(?:is|was|are|were|became|become)\s+the\s+only\s+(?:[\w-]+\s+){0,8}?to\s+have\s+[a-z]+(?:ed|en|wn|ilt|ut|et)\b"
    r"|\bincreasingly\s+(?:being\s+)?(?:improved|effective|perfected)\b|\bamong\s+the\s+top\b|"
    # a rank told in other words: "is one of the top five provinces", "ranked among the
    # national top performers", "This places the province 13th out of 63"
    r"\b(?:is|was|are|were|became|remains?)\s+one\s+of\s+the\s+top\s+(?:\d+|three|four|five|six|seven|eight|nine|ten|twenty)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:provinces|localities|cities|units|ministries|countries|agencies|districts|performers|economies|markets)\b|"
    r"\branked\s+among\s+the\s+(?:[\w-]+\s+){1,2}?top\b|"
    r"\b(?:places|placed|placing|puts|putting)\s+(?:[\w'’-]+\s+){1,4}?(?:in\s+)?\d+(?:st|nd|rd|th)\s+(?:place\b|out\s+of|among|nationwide|in\s+the\s+country)|"
    # a ranking's members and leaders, told with no score: "Also in the top ten were ...",
    # "The top ten also included ...", "led in two indicators"
    r"\b(?:also\s+)?in\s+the\s+top\s+(?:\d+|three|five|ten|twenty)\s+(?:were|was|are|is)\b"
    r"|\bthe\s+top\s+(?:\d+|three|five|ten|twenty)\s+(?:[\w-]+\s+){0,8}?(?:also\s+)?(?:included|includes|include|comprised)\b"
    # a ranking led or a place held: "leads this ranking for the fourth time", "leads in all
    # three pillars", "has held the runner-up position"
    r"|\b(?:leads|led|tops|topped)\s+(?:this|the|these)\s+(?:[\w-]+\s+){0,3}?(?:rankings?|index|table|league)\b"
    r"|\b(?:leads|led)\s+in\s+all\s+(?:\d+|two|three|four|five|six|seven|eight)\s+(?:pillars|indicators|categories|criteria|indices|indexes)\b"
    r"|\b(?:held|holds|retained|retains|kept|keeps|took|takes|won|wins)\s+(?:the\s+)?(?:runner-up|second|first|top|third)\s+"
    r"(?:position|place|spot)\b"
    r"|\b(?:it|they)\s+(?:was|were)\s+(?:closely\s+)?followed\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:ministry|ministries|department|province|city|agency|bank|university|television|news\s+agency|"
    r"social\s+security|committee|academy|group|corporation|district|office|treasury|authority|police|"
    r"institute|council|customs|provinces|cities|localities)\b"
    # a move up told in places: "rose two spots to rank first"
    r"|\b(?:rose|climbed|jumped|moved\s+up|advanced)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:spots?|places?|positions?|notches?)\b"
    r"|\bled\s+in\s+(?:\d+|two|three|four|five|six|several|many)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:indicators|categories|criteria|pillars|indices|indexes)\b"
    r"|\bone\s+of\s+the\s+(?:few|leading|first)\b"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:done|implemented|provided|carried out)\s+(?:automatically|online|in full|fully)\b"
    rf"|{_WHOLE_SERVED}"
    # a milestone told in the plain past: "VNPT officially launched 5G at the end of 2024"
    # (not "will be tested and officially launched"; but "built and officially launched")
    r"|(?<!be\s)(?<!been\s)(?<!to\s)(?<!will\s)(?<!ed\sand\s)\b(?:officially|formally|successfully)\s+"
    r"(?:launched|inaugurated|opened|commissioned|rolled\s+out|went\s+live|began\s+operating)\b"
    # a system told launched in the plain past, "Viettel launched its sixth undersea cable",
    # "symbolically launched the data system" (not "launched a campaign", nor "the
    # platform launched last year")
    r"|(?<!be\s)(?<!been\s)(?<!to\s)(?<!will\s)(?<!not\s)(?<!never\s)\b(?:launched|inaugurated|unveiled|debuted)\s+"
    r"(?:the|a|an|its|their|two|three|four|five|six|several|\d+)\s+"
    r"(?:(?!(?:to|into|on|for|of|against|campaign|plan|investigation|attacks?|draft)\b)[\w'’-]+\s+){0,5}?"
    r"(?:system|platform|portal|app|application|cable|network|service|database|centre|center|kiosk|"
    r"software|website|hotline)s?\b"
    # a task told finished in the plain past: "Ministries completed connecting their systems"
    r"|(?<!be\s)(?<!been\s)(?<!to\s)(?<!will\s)(?<!not\s)(?<!never\s)\b(?:completed|finished)\s+(?:connecting|linking|integrating|"
    r"digiti[sz]ing|installing|upgrading|deploying|issuing|building|merging)\b"
    # a link to the nation's systems told as it stands, all offices told as using a system
    r"|\b(?:is|are)\s+(?:now\s+|fully\s+|already\s+)?(?:connected|linked|integrated)\s+(?:with|to|into)\s+the\s+national\b"
    # (not "Not all communes are using", nor required: "requires that by June 30, all ...")
    r"|(?<!not\s)(?<!that\s)(?<!ensure\s)(?<![0-9],\s)\b(?:all|every)\s+(?:[\w-]+\s+){1,10}?(?:are|is)\s+"
    r"(?:now\s+|currently\s+)?using\b"
    # a milestone: put into operation, gone live, the first to do something
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+|successfully\s+)?"
    r"(?:put\s+into\s+(?:operation|use|service)|launched|inaugurated|commissioned|opened|completed|connected|rolled\s+out|"
    # a service set up ("A hotline was set up by June 27"), not a body ("a committee was set up")
    r"set\s+up\b(?=[^.;]{0,40}\bto\s+(?:address|handle|answer|receive|respond|serve|support|help)))\b"
    r"|(?<!will\s)(?<!to\s)\bput\s+(?:its|the|their|a|an|our)\s+(?:[\w'’-]+\s+){0,6}?into\s+(?:operation|use|service)\b"
    r"|(?<!will\s)(?<!to\s)(?<!be\s)\bput\s+into\s+(?:operation|use|service)\s+(?:a|an|the|its|their)\b"
    # a status every place has reached: "All communes in the province now have fibre"
    r"|\b(?:all|every)\s+(?:[\w'’-]+\s+){1,6}?now\s+(?:have|has|use|uses|accept|accepts|offer|offers|are\s+connected|is\s+connected)\b"
    r"|\b(?:has|have)\s+been\s+(?:in\s+(?:operation|use|service)|operational)\s+since\b|\b(?:went|goes|gone)\s+live\b|\b(?:came|come|comes|went|go|goes|gone|entered)\s+into\s+(?:operation|service|use)\b"
    r"|\b(?:began|started)\s+(?:operating|operation|running)\b"
    r"|(?<!will\s)(?<!to\s)(?<!be\s)(?<!who\s)(?<!that\s)\b(?:switched|turned)\s+on\s+(?:a|an|the|its|their)\b"
    # a change told from one level to another: "from 15 days to 3 days", "from 30% to 70%"
    r"|\bfrom\s+(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:working\s+days?|days?|hours?|minutes?|%|percent|per\s+cent|"
    r"million|billion|places?|th|st|nd|rd)?\s+to\s+\d"
    r"|\b(?:was|were|is|are|became|become)\s+(?:also\s+)?the\s+first\s+(?:\w+\s+){0,7}?to\b"
    # among the few to do it, a place won in words: "was one of six provinces to issue",
    # "secured eighth position"
    r"|\b(?:was|were|is|are|became)\s+(?:also\s+)?one\s+of\s+(?:the\s+)?(?:first\s+)?(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,4}?to\s+(?!be\b)[a-z]"
    r"|\b(?:secured|took|won|held|retained|kept|maintained)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|top)\s+(?:position|place|rank)\b"
    # a change told against the old level: "2 days instead of 15", "down from 20 days"
    r"|\binstead\s+of\s+(?:the\s+)?(?:previous\s+|former\s+|earlier\s+)?\d|\bdown\s+from\s+\d"
    # a burden lifted: "citizens no longer need to carry paper documents", "the centres
    # have not collected paper documents for 25 services since October 1"
    r"|\bno\s+longer\s+(?:need|needs|have\s+to|has\s+to|required)\b"
    # "the ward no longer asks residents for paper household books"
    r"|\bno\s+longer\s+(?:asks?|requires?|collects?|requests?|accepts?)\s+(?:\w+\s+){0,3}?"
    r"(?:for\s+)?(?:paper|printed|hard|physical|photocop\w*|notari[sz]ed)\b"
    r"|\b(?:have|has|had|do|does|did)\s+not\s+(?:collected|collect|required|require|requested|request|asked\s+for|"
    r"accepted|accept)\s+(?:any\s+)?(?:paper|printed|hard|physical)\s+(?:documents|copies|forms|dossiers|papers)\b"
    # a target met: "41 provinces met their targets", "met the plan"
    r"|\bmet\s+(?:the|its|their|all)\s+(?:\w+\s+){0,3}?(?:targets?|goals?|plans?|requirements)\b"
    r"|\btook\s+the\s+lead\s+in\b|\bpioneered\b|\bled\s+the\s+(?:country|nation|region)\b"
    r"|\bassessed\s+for\s+quality\b|\b(?:has|have)\s+\w+ed\s+(?:\w+\s+){0,3}(?:successfully|effectively)\b",
    _I,
)
RESULT_WITH_FIGURE = lowercase_pattern(
    r"\b(?:reach\w*|scor(?:ed|ing)|secured|issued|increas\w*|gr[eo]w\w*|rose|rise|rising|ranked|ranking|ranks|achiev\w*|exceed\w*|surpass\w*|took\s+in|"
    r"activated|collected|provided|connected|completed|up|accounting|accounted|raising|total\w*|recorded|"
    r"handled|processed|settled|resolved|cleared|served|received|registered|submitted|delivered|made|hit|topped|posted|approximated|amounted|"
    r"saved|cut|reduced|shortened|fell|dropped|decreased|declined|generated|earned|attracted|funnell?ed|poured|trained|digiti[sz]ed|deployed|installed|"
    r"surg\w+|jump\w*|soar\w*|doubl\w+|tripl\w+|climb\w*|gain\w*|expand\w*|"
    r"receives|offers|offered|accepts?|accepted|covers?|covered|downloaded|uses|used|serves|handles|"
    r"hosts?|hosted|supports?|supported|integrates?|links?|linked|connects|provides|employs|"
    r"joined|opened|launched|built|equipped|upgraded|migrated|adopted|enrolled|switched|converted|"
    r"verified|authenticated|approved|granted|assigned(?!\s+(?:in|by|under|as|at|for)\b)|disbursed|paid|"
    r"estimated|was|were|is|are|has|have|had|there|more|over|with|at|now|using)\b"
    # a share told as the clause's subject: "95% of wards run their records on the platform"
    r"|^\W*(?:about\s+|over\s+|nearly\s+|almost\s+|some\s+|around\s+|more\s+than\s+)?"
    r"\d[\d.,]*\s*(?:%|percent)\s+of\s"
    # (not what they say they will do: "80% of users said they will use the app again")
    r"(?![^.;]*\b(?:said|say|says|told|plan|plans|want|wants|intend|intends)\b)"
    # a count as the subject of a deed in the past: "Around 44.8 million people, or nearly
    # 50% of the population, shopped online last year"
    r"|^\W*(?:about\s+|over\s+|nearly\s+|almost\s+|some\s+|around\s+|more\s+than\s+)?"
    r"\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?[^.;]{0,80}?\b(?!un)[a-z]{3,}(?<!need)(?<!attend)(?<!participat)(?<!gather)ed\b"
    # (not a participle naming the things counted: "11 meetings focused on Project 06")
    r"(?!\s+(?:to|on|by|with|for|at|from|in|under)\b)"
    r"(?![^.;]*\b(?:will|expected|planned|projected|forecast|aimed|targeted|said|say|says)\b)",
    _I,
)
FUTURE = lowercase_pattern(r"\bwill\b|\bby\s+(?:the\s+end\s+of\s+)?20\d\d\b", _I)
# A deed the subject says it will do: "the city will transfer all ward service points to
# the centre in November 2025". A task only when it is dated (the caller asks for its date).
FUTURE_DEED = lowercase_pattern(
    # (after a study first: "will also study and establish the centre by April")
    r"\bwill\s+(?:also\s+|soon\s+|then\s+|officially\s+)?(?:(?:study|research|review)\s+and\s+)?"
    r"(?:transfer|upgrade|launch|complete|finish|propose|allocate|draft|"
    r"deploy|connect|integrate|digiti[sz]e|issue|build|develop(?!\s+into)|establish|roll\s+out|install|equip|"
    r"open|switch|merge|pilot|introduce|implement|submit|finali[sz]e|expand(?!\s+into)|extend|"
    r"train|set\s+up|hand\s+over|abolish|scrap|replace|convert|activate|upgrade|relocate\s+(?!to\b)|migrate\s+(?!to\b)|"
    r"commission|inaugurate|unveil|go\s+live|put\s+(?:[\w-]+\s+){0,6}?into\s+(?:operation|use|service))\b"
    # the same deeds told in the passive: "the system will be completed in June"; work in
    # general ("will be implemented in 2025", a plan's period) only over a span with its
    # end: "the campaign will be implemented from March 1 to before March 31"
    r"|\bwill\s+(?:also\s+|soon\s+|then\s+|officially\s+)?be\s+(?:[a-z]+ed\s+and\s+)?"
    r"(?:fully\s+|officially\s+)?(?:completed|finished|"
    r"launched|deployed|rolled\s+out|connected|integrated|digiti[sz]ed|built|upgraded|"
    r"installed|commissioned|put\s+into\s+(?:operation|use|service)"
    r"|(?:implemented|carried\s+out)(?=[^.;]{0,40}?\bfrom\s[^.;]{1,30}?\s(?:to|until)\s+(?:before\s+)?"
    r"(?:[a-z]+\s+\d|\d{1,2}[/.\s])))\b",
    _I,
)
