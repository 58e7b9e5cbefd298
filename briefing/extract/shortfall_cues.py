"""The cue patterns of shortfalls: what a report, a survey or a reader says is lacking,
slow, broken, missed or at risk, written for reports, surveys and letters of the genre,
not for any one article. ``classify`` reads them with the other kinds' cues (``cues``);
each is matched on lowercased text (``textcase.lower``).
"""

from __future__ import annotations

from briefing.extract.incidents import INCIDENT_CUES
from briefing.extract.shortfalls_met import MET_BY_PEOPLE
from briefing.extract.textcase import lowercase_pattern

_I = 0  # patterns are matched on lowercased text (textcase.lower)
SCANT = r"(?:only|just|merely|barely)"
"""The words that make a figure a shortfall's ("only 31%"), lowercased."""
# What people are made to do by a fault: "patients have to wait 20 minutes".
BURDEN = r"(?:wait|queue|travel|line\s+up|go\s+back|come\s+back|return)\b"
_NOT_FEW = "".join(
    rf"(?<!few\s{who}\s)"
    for who in ("people", "residents", "citizens", "users", "patients", "customers", "applicants")
)
"""Lookbehinds: the burden not of "very few people" (each a fixed width, as ``re`` needs)."""
# Things a report is glad to have few of: "fewer than 20 complaints" is a result.
FEW_BAD = (
    r"(?:[\w-]+\s+){0,2}?(?:complaints?|errors?|cases|incidents?|late|overdue|delays?|faults?|"
    r"outages?|breaches|attacks?|victims?|deaths?|minutes?|hours?|days?|steps?|fields?|documents?|forms?|"
    r"papers?|clicks?|taps?|people|visits?)\b"
)
# Things only bad to have, so that "only N" of them is a result: "only 2 returned late".
FEW_WRONG = (
    r"(?:[\w-]+\s+){0,2}?(?:late|overdue|complaints?|errors?|faults?|outages?|delays?|delayed|"
    r"rejected|violations?|breaches|incidents?)(?![\w-])"
)
LATE = r"(?:late|overdue|delayed|backlogged|unresolved|unprocessed)"
"""What work counted is said to be when it is behind (lowercase)."""
# A shortfall said as the heading of its sentence, what it is told after the colon:
# "Staffing is part of the problem: ...", "The gap between ... is wide: ...". Alone
# ("Equipment is another bottleneck.") it frames the sentences after it and claims nothing.
_SHORTFALL_HEADING = (
    r"(?:\b(?:is|are|remains?)\s+(?:also\s+)?(?:part\s+of\s+the|another|a)\s+"
    r"(?:problem|obstacle|challenge|hurdle|barrier|bottleneck|concern|headache)"
    r"|\banother\s+(?:problem|obstacle|challenge|hurdle|barrier|bottleneck|concern)\s+is\s+[^.;:]{1,40}"
    r"|\b(?:gaps?|disparit(?:y|ies)|divide)\s+(?:between|among)\b[^.;:]{0,80}?\b(?:is|are|remains?)\s+"
    r"(?:still\s+)?(?:very\s+|too\s+|quite\s+)?(?:wide|large|big|significant|considerable|huge|stark)"
    r"|\bthere\s+(?:is|remains)\s+(?:still\s+)?a\s+(?:wide|large|big|significant|considerable|huge|stark)\s+"
    r"(?:gap|disparity|divide)\s+(?:between|among)\b[^.;:]{0,80})(?=\s*:)"
)
SHORTFALL_HEADING = lowercase_pattern(_SHORTFALL_HEADING + r"\s*:\s*$")
"""The clause before the colon, heading a shortfall."""
TURN_OR_PLAN = lowercase_pattern(
    r"^\W*(?:since|by|today|now|however|but|this\s+year|last\s+year|in\s+response|in\s+(?:19|20)\d\d)\b"
    r"|\bwill\b|\b(?:is|are)\s+\w+ing\b"
    # a deed done: "the province has recruited 300 officers", "has since trained"
    r"|\b(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|just\s+|also\s+)?(?!not\b|no\b|yet\b|never\b)[a-z]+(?:ed|en|wn|ught)\b"
)
"""What follows a shortfall's heading and tells something else: a turn ("since then", "by
December, ...", "however") or a plan ("will open classes", "is recruiting")."""

LIMITATION = lowercase_pattern(
    r"\b(?:still|remain(?:s|ed)?|remaining)\s+(?:\w+\s+){0,3}?(?:inadequate|limited|low|slow|weak|modest|unstable|unreliable|patchy|small|scarce|thin|superficial|unbalanced|"
    r"insufficient|lacking|lack|incomplete|fragmented|uneven|unclear|problematic|behind|a bottleneck|inconsistent|"
    r"inaccurate|outdated|cumbersome|complicated|inconvenient|confusing|hard\s+to\s+\w+|"
    r"reluctant|hesitant|(?:a\s+|merely\s+a\s+)?formality|formalistic|perfunctory|"
    # "inspection is still formal" (a formality: on paper only); not "formal training"
    r"formal(?!\s+(?:training|education|employment|jobs?|sector|contracts?|courses?|schools?))|"
    r"many (?:shortcomings|limitations|difficulties|problems)|shortcomings|difficulties|obstacles)\b"
    r"|\b(?:is|are|was|were|be|been)\s+(?:still\s+|also\s+|very\s+|quite\s+|relatively\s+|rather\s+|too\s+|currently\s+)?"
    r"(?:low|slow|sluggish|weak|limited|inadequate|insufficient|lacking|uneven|modest|cumbersome|inconvenient|unstable|unreliable|patchy|unclear|"
    r"unavailable|inaccessible|offline|disrupted|incomplete|outdated)\b"
    # (said of now: not "will be ineffective if ...", nor "the old procedures were inefficient, so ...")
    r"|\b(?:is|are|remains?|remained)\s+(?:still\s+)?(?:\w+\s+)?(?:ineffective|inefficient)\b"
    r"|\b(?:operate|operates|operating|work|works|working)\s+(?:\w+\s+)?ineffectively\b"
    # (not a speech's "X alone is not sufficient to build ...")
    r"|(?<!alone\sis\s)(?<!alone\sare\s)\bnot\s+(?:yet|been\s+\w+ed|met|meet|commensurate|high|complete|completed|synchronous|"
    r"effective|received|achieved|reached|fully|as expected|up to|kept pace|keep pace|satisf\w+|sufficient|enough\s+to|correct|accurate)\b|\b(?:has|have)\s+(?:very\s+)?(?:low|poor|outdated|weak)\s+(?:configurations?|capacity|specifications)\b|(?<!who\s)(?<!that\s)(?<!which\s)\b(?:has|have|had|was|were)\s+(?:(?:seriously|greatly|badly|significantly|heavily|negatively)\s+)?affected(?:\s+the\s+(?:progress|production|implementation|operation|quality)\b|(?=\s*[,.;]|\s+by\b))"
    r"|\b(?:have|has|had)\s+(?:not|never)\b(?!\s+(?:collected|required|requested|asked\s+for|accepted)\s+(?:any\s+)?(?:paper|printed|hard|physical)\s+(?:documents|copies|forms|dossiers|papers)\b)|\b(?:have|has|had)\s+no\s+(?!longer\b|need\b)|\b(?:do|does|did)\s+not\s+own\b|\bnever\s+(?:been\s+)?(?:received|used|digiti[sz]ed|connected|updated|synchroni[sz]ed)\b|\b(?:does|do|did)\s+not\s+have\b(?!\s+to\b)|\bthere\s+(?:is|are|was|were)\s+(?:still\s+)?no\b"
    r"|\b(?:has|have|is|are)\s+yet\s+to\b|\bstill\s+fail(?:s|ed)?\b|\bfail(?:s|ed)?\s+to\s+meet\b|\blags?\s+behind\b|\bbehind schedule\b|\bshortcomings?\b|\blimitations\b|\bweakness(?:es)?\b|\bfailed to\b"
    r"|(?<!that\s)(?<!who\s)(?<!which\s)\b(?:is|are|was|were|been)\s+(?:still\s+|also\s+)?in\s+trouble\b(?!\s+with\b)"
    # a count in words that is scant: "only one data centre of that size has been put into
    # operation", "only two districts have" (not "the only one", "one of only two")
    r"|(?<!the\s)(?<!of\s)(?<!not\s)\bonly\s+(?:one|two|three|four|five|a\s+few|a\s+handful\s+of)\s+"
    rf"(?!{FEW_WRONG})(?:[\w-]+\s+){{0,9}}?"
    r"(?:has|have|had|was|were|is|are)\b"
    # data left out: "17 million doses were given with no information updated"
    r"|\bwith\s+no\s+(?:[\w-]+\s+){1,2}?(?:updates?|updated|recorded|entered)\b(?!\s+(?:needed|required|necessary))"
    r"|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?in\s+(?:great\s+|serious\s+)?difficult(?:y|ies)\b"
    r"|\b(?:digital|technology|technological)\s+divide\b"
    # people still to be reached: "There are still 4.4 million residents who need to be ..."
    r"|\bthere\s+(?:are|were|remain)\s+still\s+(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:who|that|which)\s+(?:need|have\s+not|has\s+not|are\s+not|do\s+not|must|still)\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:effectively|fully|properly|smoothly|well)\s+(?:connected|shared|"
    r"integrated|linked|synchroni[sz]ed|exploited|used|utili[sz]ed)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:below|short\s+of|behind)\s+(?:the\s+)?(?:target|goal|plan)s?\b|(?<!not\s)(?<!never\s)(?<!n't\s)(?<!nor\s)\btoo\s+(?:light|lenient|weak|low|slow|small|few|costly|expensive)\b"
    r"|\b(?:assessed|rated|described|considered|evaluated|regarded)\b[^.;]{0,80}?\bas\s+(?:very\s+|quite\s+|"
    r"rather\s+|still\s+|relatively\s+)?(?:modest|weak|limited|poor|slow|sluggish|inadequate)(?![\w-])"
    r"|\bunevenly\b|\black of\b|\blacks\b|\bslow[-\s]progress\b|\bdifficult to\b|\bshortages?\b|\bleading\s+to\s+(?:reduced|lower|poor)\s+(?:efficiency|quality|productivity)\b|\bdeclin(?:ed|ing)\b"
    # the old way kept, and uptake told in words: "still pay in cash", "Most patients pay in
    # cash", "very few patients choose to", "are not used to non-cash payments", "can be
    # applied only at two departments", "is making no headway"
    r"|\bstill\s+(?:(?:used|accustomed)\s+to\s+(?:paying|using|submitting|going)|pay|pays|paid|use|uses|rely|"
    r"relies|prefer|prefers|submit|submits|come|go)\b"
    r"[^.;]{0,30}?\b(?:cash|paper|in\s+person|directly|by\s+hand|manually)\b"
    r"|\b(?:most|the\s+majority\s+of)\s+(?:[\w-]+\s+){0,2}?(?:patients|people|residents|users|customers|"
    r"citizens|households|applicants|traders|shops)\s+(?:still\s+)?(?:pay|use|prefer|submit|rely|choose)\b"
    r"[^.;]{0,30}?\b(?:cash|paper|in\s+person|directly)\b"
    r"|\bvery\s+few\s+(?:[\w-]+\s+){0,2}?(?:patients|people|residents|users|customers|citizens|"
    r"households|businesses|firms|shops|schools|hospitals|applicants)\b"
    r"(?!\s+(?:had|have|has|need|needed|needs)\s+to\b)"  # "very few people had to queue": a result
    r"|\b(?:are|is|were|was)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:used|accustomed)\s+to\b"
    r"|\b(?:can|could)\s+(?:only\s+be\s+[a-z]+ed|be\s+[a-z]+ed\s+only)\s+(?:at|in)\b"
    r"|\b(?:making|made|make|makes)\s+(?:no|little)\s+(?:headway|progress)\b"
    # a shortfall named outright: "delays in", "suffers from", "missing data", "far below"
    r"|\bdelays?\s+in\b|\binadequate\b|\bslow\s+(?:development|implementation|pace|uptake|growth)\b"
    # the laggards named by a threshold: "Some localities with an on-time settlement rate of
    # less than 95% include: ...", "units with scores below 70 points" (not those an order
    # is given to: "requested localities with a rate of less than 95% to review")
    r"|(?<!requested\s)(?<!asked\s)(?<!urged\s)(?<!required\s)(?<!directed\s)(?<!instructed\s)"
    r"\b(?:localities|provinces|units|agencies|districts|communes|wards|departments|ministries)\s+with\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:rates?|scores?|shares?|ratios?)\s+(?:of\s+)?"
    r"(?:less\s+than|lower\s+than|below|under)\s+\d"
    # "reform progresses slowly", "is moving slowly" (not "slowly but surely" praise)
    r"|\b(?:progress(?:es|ed|ing)?|mov(?:es|ed|ing)|proceed(?:s|ed|ing)?|develop(?:s|ed|ing)?)\s+"
    r"(?:very\s+|quite\s+|rather\s+|too\s+)?slowly\b(?!\s+but\b)"
    r"|\bsuffer(?:s|ed|ing)?\s+from\b|\bmissing\b|\bincorrect\b|\bfar\s+(?:below|behind)\b|\bunfulfilled\b"
    # work left undone: "4 unfinished tasks carried over", "5 tasks remain uncompleted"
    r"|\b(?:unfinished|uncompleted)\b(?![^.;]{0,60}?\b(?:have|has)\s+(?:now\s+|since\s+|all\s+)?been\s+(?:completed|finished|done)\b)"
    # a level that did not move, a thing said to need work: "profit remained flat",
    # "coordination among ministries also requires improvement"
    r"|\b(?:profits?|revenues?|growth|rates?|share|number|use|usage|uptake|exports?|index|scores?|output|sales|turnover)\b"
    r"[^.;]{0,40}?\b(?:remained|remains|stayed|stays|was|were)\s+(?:largely\s+|almost\s+|virtually\s+)?"
    r"(?:flat|stagnant|unchanged)\b|\bstagnat\w+"
    r"|\b(?:requires?|needs?|calls?\s+for)\s+(?:further\s+|more\s+|much\s+)?improvement\b"
    # what people do with a thing lacking: "many communes still work without an internet link"
    r"|\bstill\s+(?:[\w-]+\s+){0,4}?without\b|\bstill\s+prioriti[sz]e\b"
    r"|\bonly\s+(?:slightly|marginally)\b|\btoo\s+(?:wide|low|slow|few|small|high)\b|\bcriticis\w+|\bcriticiz\w+"
    # "only reaches about 11%": a reach verb and a qualifier may both stand before it
    # (or a deed's own verb: "18 communes had only merged less than 20 records"; not what
    # a procedure asks: "now only needed 3 documents")
    r"|\b(?:only|merely|barely|just|a\s+mere)\s+(?:(?:reach\w*|achiev\w*|"
    r"(?!(?:needed|required|demanded|lasted|asked|costed|used)\b)[a-z]{3,}ed)\s+|at\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|approximately\s+|roughly\s+|less\s+than\s+|fewer\s+than\s+)?\d"
    # ... but "took only 15 minutes", "in just 3 days" is a speed, not a shortfall
    r"(?![\d.,]*\s*(?:(?:working|business)\s+)?(?:minutes?|seconds?|hours?|days?|weeks?|months?|years?)\b)"
    r"(?![\d.,]*\s*(?:\w+\s+){0,2}instead\s+of\b)"
    # ... and "only 2 returned late", "only 3 complaints": few of a bad thing is a result
    rf"(?![\d.,]*\s*{FEW_WRONG})"
    # hardship and risk said in so many words: "struggle to", "slow to", "challenges include"
    r"|\bstruggl\w+|\b(?:been|is|are|was|were)\s+slow\s+to\b|\bfragmented\b|\boverlapping\b"
    r"|\b(?:challenges?|difficulties|obstacles|bottlenecks?|problems)\s+(?:include|remain|persist|such\s+as)\b"
    r"|\b(?:challenges?|difficulties)\s+of\s+(?:[\w-]+\s+){1,4}?remain(?:s|ed)?\s+(?:very\s+)?"
    r"(?:striking|significant|serious|considerable|great|large)\b"
    r"|(?<!longer\s)\b(?:stored|kept|recorded|held)\s+in\s+inconsistent\s+(?:formats?|standards)\b"
    r"|\b(?:fac(?:e|es|ed|ing)|encounter\w*)\s+(?!(?:with\s+)?(?:these|those|such|the\s+above|no|few|little|minor)\b)(?:\w+\s+){0,3}(?:difficult\w+|challenges|obstacles|problems|issues)\b"
    r"|\b(?:risks?|threats?|(?:cyber-?)?attacks?|fraud|scams?|cybercrimes?|violations?|incidents|breaches)\s+(?:\w+\s+){0,6}?(?:ris(?:e|es|ing)|rose|increas\w+|grow\w*|grew|surg\w+|jump\w*|soar\w*)\b"
    r"|\bhinder\w*|\bdragg\w+\s+(?:their|its)\s+feet\b|\brarely\b|\bpoor\s+(?:mobile\s+|network\s+|phone\s+)?(?:quality|internet|connect\w+|infrastructure|performance|coverage|signal)\b"
    # a stated cause of weak results, a bottom place
    r"|\b(?:main\s+|root\s+|primary\s+|chief\s+)?(?:cause|reason)s?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:delays?|delay|lateness|slow\s+progress|backlogs?|errors?))?"
    r"\s+(?:is|are|was|were|lies|lie|include)\b"
    r"|\bone\s+of\s+the\s+(?:main\s+)?(?:causes|reasons)\s+(?:of|for)\s+(?:the\s+)?(?:delays?|lateness|backlogs?|slow)\b"
    # a hardship brought about: "has made it difficult for agencies to manage", "leading to
    # difficulties in running the model"; a bad practice told as still going on
    # (not "This makes it hard for people to ...": a shortfall's consequence, told after it)
    r"|\b(?:has|have|had)\s+(?:also\s+)?made\s+it\s+(?:more\s+|very\s+)?(?:difficult|hard(?:er)?)\b"
    r"(?!\s+for\s+(?:[\w-]+\s+)?(?:impostors|fraudsters|criminals|scammers|hackers|attackers|violators))"
    r"|\b(?:leading|led|leads)\s+to\s+(?:many\s+|some\s+)?(?:difficulties|delays|backlogs|congestion|overload)\b"
    # "..., resulting in limited technical skills and uncertainty"
    r"|\b(?:result(?:ing|ed|s)?\s+in|lead(?:ing|s)?\s+to|led\s+to)\s+(?:limited|low|poor|weak|slow|inadequate|insufficient)\s+"
    r"(?:[\w-]+\s+)?(?:skills|capacity|quality|efficiency|effectiveness|uptake|use|usage|participation|access|"
    r"coverage|interoperability|connectivity|performance)\b"
    r"|\b(?:is|are)\s+still\s+(?:happening|occurring|widespread|prevalent|rampant)\b"
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:smooth|seamless)\b"
    r"|\b(?:scored|ranked|ranking|was|were|is|are)\s+(?:the\s+)?lowest\b|\blowest\s+(?:score|scores|rank|ranking|level)\b"
    r"|\bunable\s+to\b|\bunfamiliar\b|\bnot\s+(?:yet\s+)?familiar\s+with\b|\bstill\s+prefer\w*\b"
    r"|\bnot\s+(?:yet\s+)?(?:guaranteed|ensured)\b|\b(?:caus\w+|incur\w*)\s+(?:\w+\s+){0,2}loss(?:es)?\b"
    r"|\ba\s+(?:modest|small|tiny|low)\s+(?:share|proportion|percentage|number)\b"
    r"|\b(?:hard|difficult)\s+to\s+(?:use|access|navigate|understand)\b|\boverlaps\b"
    # "It is difficult for the blind to access the portals"; inadequacies named
    r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+|very\s+|quite\s+|rather\s+|too\s+)?(?:difficult|hard)\s+for\s+"
    r"(?:[\w-]+\s+){1,6}?to\s+[a-z]|\binadequac(?:y|ies)\b"
    r"|\bthere\s+(?:are|is)\s+still\s+(?:many|some|numerous|a\s+number\s+of)\b"
    r"|\b(?:slower|lower|weaker|smaller|fewer)\s+than\s+(?:expected|planned|required|targeted|the\s+target)\b"
    # what does not work, and scores below the mark
    r"|\bnot\s+(?:working|functioning|operational|operating|in\s+use|updated|synchroni[sz]ed|available|accessible)\b"
    # "... but still are not covered by mobile broadband" (not "clinics, not connected before")
    r"|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?not\s+(?:yet\s+)?"
    r"(?:covered|connected|served|linked|integrated|digiti[sz]ed)\b"
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
    # data trading said outright ("a group accused of trading personal data"; how a scam
    # works is not a count of it); fakes counted: shortfalls_told.threats_counted
    r"|\b(?:trading|selling|buying|traded|sold)\s+(?:the\s+)?(?:personal|private|customers[’']?|citizens[’']?|residents[’']?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:data|records|information|details)\b"
    # what people cannot do, what has not happened yet, what breaks: "do not speak Vietnamese",
    # "no carrier has yet been licensed", "the system often slows down"
    r"|\b(?:do|does|did|can)\s*(?:not|n't)\s+(?:speak|read|write|understand|afford)\b"
    r"|\bcannot\s+(?:speak|read|write|understand|afford|access|log\s+(?:in|on)|sign\s+in)\b"
    # "9,000 accounts still cannot log in", "were still unable to pay online"
    r"|\bstill\s+(?:can(?:not|'t|’t)|can\s+not|could\s*(?:not|n't|n’t)|(?:is|are|was|were)\s+unable\s+to)\s"
    r"|\bno\s+(?:[\w-]+\s+){1,3}?(?:has|have|had)\s+(?:yet\s+)?been\b"
    r"|\b(?:often|frequently|regularly|sometimes|repeatedly)\s+(?:slows?\s+down|crash(?:es)?|freez(?:es)?|"
    r"goes\s+down|break(?:s)?\s+down|overload(?:s|ed)?|times?\s+out)\b"
    # cash and paper still in use where the work is to replace them
    r"|(?<!non-)(?<!non\s)\b(?:cash(?:-on-delivery|\s+on\s+delivery)?|banknotes|paper\s+(?:records|documents|forms|copies))\s+"
    r"(?:\w+\s+){0,2}?(?:still|remains?|continues?\s+to)\b"
    r"|\bstill\s+(?:relies|rely|depends?|prefers?)\s+on\s+(?:cash|banknotes|paper)\b"
    # (not the burden lifted: "very few people had to queue", "nobody has to travel")
    rf"|(?<!not\s)(?<!nobody\s)(?<!no\sone\s){_NOT_FEW}\b(?:has|have|had)\s+to\s+{BURDEN}"
    r"|" + INCIDENT_CUES +
    # a share too small said in words, a thing named a problem, a low level
    r"|\b(?:less|fewer)\s+than\s+(?:half|a\s+third|a\s+quarter)\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:a|the)\s+(?:major\s+|big\s+|key\s+|serious\s+|main\s+)?"
    r"(?:challenge|concern|problem|bottleneck|obstacle|weakness|barrier)\b"
    r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?the\s+(?:biggest|largest|greatest|main|primary|key)\s+"
    r"(?:challenge|concern|problem|bottleneck|obstacle|weakness|barrier)\b"
    # the old way still first, a fall's cause named: "Cash remained the most preferred
    # payment method", "attributes the decline in non-cash payment to ..."
    r"|\bcash\s+(?:still\s+)?(?:remains?|remained|is\s+still|was\s+still)\s+(?:the\s+)?(?:most\s+)?"
    r"(?:preferred|dominant|main|popular|common|primary|favou?rite)\b"
    r"|\battribut\w+\s+(?:the\s+|this\s+)?(?:decline|fall|drop|delays?|slowdown|low\s+[\w-]+)\s+(?:in|of|to)\b"
    r"|\b(?:remains?|remained)\s+(?:still\s+)?(?:unresolved|unprocessed|unsettled|unpaid|outstanding)\b"  # work left
    # the same named first: "the biggest bottleneck slowing down the work is staff"
    r"|\bthe\s+(?:biggest|largest|greatest|main|primary|key|major)\s+(?:challenges?|concerns?|problems?|"
    r"bottlenecks?|obstacles?|weakness(?:es)?|barriers?|hurdles?|limitations?|difficult(?:y|ies))\b"
    r"[^.;:]{0,100}?\b(?:is|are|was|were|lies|lie|remains?|remained)\b"
    # a duty not made clear: "the assignment of tasks is not clear" (not "it is not clear
    # whether ...", a doubt)
    r"|(?<!\bit\s)(?<!\bit's\s)(?<!\bit’s\s)\b(?:is|are|was|were)\s+(?:still\s+)?not\s+(?:yet\s+)?clear\b(?!\s+(?:whether|if|when|how|what|why)\b)"
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
    # something bad met at a high level: "some sectors faced high late-resolution rates"
    r"|\b(?:faced|faces|(?:is|are|was|were)\s+facing|experienced)\s+(?:very\s+)?(?:high|heavy|severe|serious|major)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rates?|delays?|backlogs?|overloads?|congestion|shortages?)\b"
    + "|"
    + MET_BY_PEOPLE
    +
    # a thing done late, and a count too small: "were issued late", "fewer than 300 agents"
    # (but "fewer than 20 complaints" is a good result)
    r"|\b(?:issued|adopted|promulgated|delivered|published|paid|came|arrived)\s+late\b"
    rf"|\bfewer\s+than\s+(?:\d[\d,.]*|five|ten|twenty|fifty|a\s+dozen|a\s+hundred)\s+(?!{FEW_BAD})"
    # systems that stay apart and cannot talk: "are still held in three separate systems"
    # (not "were still held in separate systems in 2022, were merged"), "many of them
    # cannot exchange data" (not a rule: "cannot share ... without their consent"); work
    # done twice: "some files were received twice" (not "no longer has to be entered twice")
    r"|\bstill\s+(?:runs?|ran|uses?|used|operates?|held|kept|stored|spread)\s+(?:in\s+|across\s+|on\s+)?"
    r"(?:[\w-]+\s+){0,2}?separate\b(?![^.;]{0,80}\b(?:merged|integrated|consolidated|unified)\b)"
    r"|(?<!account\s)(?<!accounts\s)\bcan(?:not|'t|’t)\s+(?:yet\s+|still\s+)?(?:exchange|share|connect|communicate|talk)\b"
    r"(?![^.;]{0,80}\bwithout\s+(?:their\s+|prior\s+|the\s+)?(?:[\w-]+\s+)?(?:consent|permission|authori[sz]ation|approval)\b)"
    r"|\b(?:do|does|did)\s+not\s+(?:talk\s+to|communicate\s+with|connect\s+(?:to|with))\s+(?:each\s+other|one\s+another)\b"
    r"|\b(?:was|were|been|got)\s+(?:\w+\s+)?(?:received|entered|declared|submitted|registered|recorded|paid|charged)\s+twice\b"
    # what never happened even once: "did not receive a single online application" (not
    # "did not miss a single deadline", "not a single case of leakage")
    r"|\b(?:did|does|do|has|have|had)\s+not\s+(?:receive|get|record|attract|handle|process|have)\s+a\s+single\s+"
    r"(?:[\w-]+\s+)?(?:applications?|requests?|users?|visits?|visitors?|transactions?|files?|dossiers?|"
    r"submissions?|orders?|payments?|downloads?|registrations?)\b"
    # a part of the trouble named as such: "Staffing is part of the problem:", "Cost
    # remains the biggest hurdle", "the gap between ... is wide", a cost "hard to justify"
    r"|"
    + _SHORTFALL_HEADING
    + r"|\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:a|the)\s+(?:major\s+|big\s+|biggest\s+|main\s+|key\s+)?"
    r"(?:hurdle|headache|constraint|stumbling\s+block)\b"
    r"(?![^.;]{0,60}\buntil\b)"
    r"|\b(?:hard|difficult)\s+to\s+(?:justify|recruit|retain|afford)\b"
    r"|\b(?:hard|difficult)\s+to\s+find\b(?![^.;]{0,40}\bwithout\b)"
    # what people said they could not do: "could not find, or could not afford to hire"
    # (not "could not find any errors", hackers who "could not get into", nor what they
    # "can now" do)
    r"|(?<!hackers\s)(?<!attackers\s)\bcould\s*(?:not|n't)\s+(?:\w+\s+)?(?:find|afford|install|hire|get|obtain|download|register|activate)\b"
    r"(?!\s+(?:any|a\s+single)\s+(?:[\w-]+\s+)?(?:errors?|mistakes?|duplicates?|discrepanc\w+|irregularit\w+|problems?|faults?)\b)"
    r"(?![^.;]{0,60}\bcan\s+now\b)"
    # harm suffered: "one in five respondents suffered at least one cyber incident" (not
    # "suffered no incidents")
    r"|\bsuffer(?:ed|s)?\s+(?!(?:no|zero|any|not|none)\b)(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:incidents?|attacks?|breaches|losses|outages?)\b"
    # a small part in words, a small count of staff or kit in words: "only a third
    # managed to", "only one in five offices", "have only two officers trained" (not
    # "only a third of the time", "in just one quarter", "only two forms to fill in")
    r"|(?<!in\s)\b(?:only|merely|just)\s+(?:about\s+|around\s+)?(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?\b"
    r"(?!\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:time|cost|costs|fees?|price|figure|level|amount|total)\b)"
    r"|\b(?:only|just)\s+(?:one|two)\s+in\s+(?:three|four|five|six|seven|eight|nine|ten)\b|\b(?:only|just)\s+a\s+handful\s+of\b"
    r"|\b(?:only|merely)\s+a\s+few\s+(?:dozen\s+|hundred\s+)?(?!(?:minutes?|seconds?|hours?|days?|clicks?|taps?|steps?)\b)[a-z]"
    r"|\b(?:has|have|had)\s+(?:only|merely|barely|just|a\s+mere)\s+(?:about\s+|around\s+)?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|staff|officials|civil\s+servants|engineers|specialists|experts|employees|workers|"
    r"technicians|scanners|computers|machines|readers|servers|kiosks|terminals|devices)\b(?!\s+(?:left|remaining)\b)"
    # old habits kept: "some units still regard it as the job of the IT centre" (not
    # "still regard it as the top priority")
    r"|\bstill\s+(?:regard|regards|see|sees|consider|considers|view|views|treat|treats)\s+(?:[\w'’-]+\s+){1,4}?as\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:(?:job|work|task|responsibility|business|matter|concern)\s+of|formality|optional|unnecessary)\b"
    # what users are made to do again: "asks users to type in again information already stored"
    r"|\b(?:often|frequently|repeatedly|still)\s+(?:asks?|asked|forces?|forced|requires?)\s+"
    r"(?:users|residents|citizens|people|applicants|customers|patients)\s+to\b"
    r"|\b(?:asks?|asked|forces?|forced|requires?|required)\s+(?:\w+\s+){0,2}?to\s+(?:type|enter|key|fill)\s+(?:in\s+)?(?:\w+\s+){0,3}?again\b"
    r"|\bstill\s+(?:have|has|had|need|needs)\s+to\s+(?:type|enter|key|declare)\b"
    r"|\b(?:lags|lagged)\b(?!\s+of\b)|\blagging\b"
    r"|\bcan(?:not|'t|’t)\s+cope\b|\bunable\s+to\s+cope\b|\bstopped\s+(?:responding|working|functioning|operating)\b"
    r"|\bto\s+be\s+(?:submitted|filed|entered|done|sent|made|declared)\s+again\b"
    r"|\bwait\s+(?:an\s+average\s+of|up\s+to|as\s+long\s+as|more\s+than)\s+(?:\d|a\s+|two|three|four|five|six)"
    r"|\bcan(?:not|'t|’t)\s+yet\s+be\b"
    # help needed, people locked out, volunteers gone, devices that cannot: "said they
    # needed a relative to open the app", "have locked themselves out", "19 of the 236
    # have already dropped out", "basic phones that cannot run VNeID"
    r"|\b(?:said\s+(?:they|she|he)|still)\s+needed\s+(?:a\s+relative|help|someone|a\s+family\s+member|"
    r"their\s+(?:children|grandchildren))\s+to\b"
    r"|\blocked\s+(?:themselves\s+|himself\s+|herself\s+|[\d,.]+\s+(?:\w+\s+){0,2}?)?out\s+of\b"
    r"|(?<!whom\s)\b(?:have|has|had)\s+(?:already\s+)?dropped\s+out\b|\bdropped\s+out\s+within\b"
    r"|(?<!who\s)\bcan(?:not|'t|’t)\s+(?:run|install|open)\b|(?<!who\s)\bcould\s*(?:not|n't)\s+run\b"
    r"|\b(?:cyber-?\s*attacks?|attacks|incidents|breaches|scams|fraud\s+cases)\b"
    r"(?![^.;]{0,40}?\b(?:blocked|prevented|repelled|thwarted|stopped)\b)[^.;]{0,60}?\b(?:numbered|totall?ed)\b"
    r"(?![^.;]*\b(?:down|fell|fewer|decrease\w*)\b)"
    r"|(?<!previously\s)(?<!that\s)(?<!who\s)(?<!which\s)\blacked\b"
    r"|\b(?:did|do|does)\s*(?:not|n't)\s+know\s+how\s+to\b(?![^.;]*\b(?:today|now|afterwards)\b)"
    r"|\bslowed\s+to\s+a\s+crawl\b"
    r"|\b(?:remains?|remained|is|are)\s+(?:still\s+)?the\s+most\s+common\s+(?:problem|complaint|difficulty|obstacle|error)\b"
    r"|\bstill\s+(?:\w+\s+)?(?:exchanged|sent|handled|processed|submitted)\s+(?:by|on|via|through)\s+(?:\w+\s+){0,2}?"
    r"(?:letters?|paper|spreadsheets?|hand|fax)\b"
    # a time over what the rules allow: "19 days, longer than the 15 days required by law"
    r"|\blonger\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:required|allowed|permitted|prescribed|stipulated|promised)\b"
    # a small share, a fallen rank, files sent back, services no one used, debts and
    # waiting times that grew, a service absent: "account for less than 10%", "down six
    # places", "were returned to applicants because", "received no applications", "unpaid invoices
    # rose", "waiting times ... up from 30 minutes", "coverage is still absent"
    r"|\b(?:accounts?|accounted|accounting)\s+for\s+(?:only\s+|just\s+)?(?:less\s+than|under|below|fewer\s+than)\s+\d"
    r"|\b(?:makes?|made)\s+up\s+(?:only\s+|just\s+)?(?:less\s+than|under|below)\s+\d"
    r"|\bdown\s+(?:by\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places|spots|positions|ranks)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places|spots|positions)\s+lower\b"
    r"|\bdropping\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places|spots|positions)\b"
    r"|\b(?:were|was|been|are|is)\s+(?:\w+\s+)?(?:returned|sent\s+back)\s+to\s+(?:the\s+)?"
    r"(?:applicants?|residents|citizens|senders?|people)\s+(?:because|for|due\s+to|as)\b"
    r"|\b(?:received|recorded|attracted|got|had)\s+no\s+(?:[\w-]+\s+)?(?:applications?|requests?|users?|visits?|"
    r"records|dossiers?|transactions?|submissions?|registrations?)\b"
    r"|\b(?:unpaid|overdue|outstanding|unprocessed)\s+(?:[\w-]+\s+){0,6}?(?:rose|increased|grew|climbed|jumped|swelled)\b"
    r"|\b(?:waiting|processing|queuing|queueing)\s+times?\b[^.;]{0,60}?\b(?:rose|increased|grew|lengthened|longer|up\s+from)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:absent|missing)\b",
    _I,
)
