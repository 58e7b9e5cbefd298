"""The cue patterns of context: what makes a clause no claim of the programme though it
reads like one. An agenda or a meeting's business, background (a survey's method, an
event's logistics, a place's size, a company's "about us"), another country's news,
results said only in general words, praise, a purpose, and a rule yet to apply or that
people follow. ``no_claim`` and ``classify`` read them; each is matched on lowercased
text (``textcase.lower``).
"""

from __future__ import annotations

from briefing.extract.textcase import lowercase_pattern

AGENDA_START = lowercase_pattern(
    r"^(?:(?:along\s+with\s+that|at\s+the\s+same\s+time|in\s+addition|and|also|then)\s*,?\s+)?"
    r"(?:clearly\s+|frankly\s+)?(?:discuss\w*|analy[sz]\w*|evaluat\w*|assess\w*|clarify|indicate|"
    r"point\s+out|share|identify|draw\s+lessons|unify|learn)\b"
    # how a meeting was held: "The meeting was connected online to provinces nationwide"
    r"|^(?:the\s+)?(?:meeting|conference|session|event|ceremony)\s+was\s+(?:also\s+)?"
    r"(?:connected|broadcast|live-?streamed|streamed|held\s+online)\b"
)
LIST_OPENER = r"(?:such\s+as|as\s+follows|including|the\s+following)"
"""The words a clause ends with when its list follows (lowercase)."""
AGENDA_END = lowercase_pattern(rf"\b{LIST_OPENER}\s*:?\s*$")
AGENDA_END_CHARS = 40
AGENDA_ANY = lowercase_pattern(
    r"\brecommended\s+that\b"
    r"|\b(?:requested|suggested|asked|proposed)\s+(?:that\s+)?(?:the\s+)?(?:delegates|conference|"
    r"meeting|participants|members|speakers)\b"
)
# Not claims whatever their figures: a survey's method and sample, a definition, a plan
# being drawn up or ranked ("has outlined 18 tasks" counts tasks set, not done).
_COUNT = r"(?<![\w/.-])(?!(?:19|20)\d\d\b)\d"
"""A number that is no year: what a step launched with a count is a result of."""
BACKGROUND = lowercase_pattern(
    r"\b(?:survey(?:ed)?\s+method|methodology|sample\s+size|we\s+define|"
    r"(?:is|are)\s+defined\s+as|(?:has|have|had)\s+(?:also\s+)?(?:outlined|prioriti[sz]ed))\b"
    # who is served first, not who lacks: "Priority is given to those who have never been
    # issued a card"; a body set up and its seats: "set up a council with 15 experts"
    r"|\bpriority\s+(?:is|was|will\s+be|has\s+been)\s+given\s+to\s+(?:those|people|residents|citizens|"
    r"applicants|individuals|persons)\b(?![^.;]*,\s+(?:while|but|and)\b)|\bgiven\s+priority\s+(?:include|are|is)\b"
    r"|\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:established|set\s+up|restructured|formed|consolidated)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:committee|council|board|working\s+group)\s+(?:with|of)\s+(?:the\s+participation\s+of\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+)?(?:members|experts|people|officials|scientists)\b"
    # a plan or a campaign launched, a step, not a result: "has launched Plan No. 57 on ...",
    # "The 'Digital Literacy Movement' has been launched" (not one with a level told)
    # (by one body: "21 ministries and 62 localities have issued their plans" is a count)
    r"|\b(?:has|had)\s+(?:also\s+)?(?:launched|issued|promulgated)\s+(?:a|an|the|its)?\s*(?:[\w’'-]+\s+){0,3}?"
    rf"(?:plan|programme|program|campaign|movement)\b(?:\s+(?:no\.?|number)\s*\d[\w/.-]*)?(?![^.;]*{_COUNT})"
    r"|\b(?:plan|programme|program|campaign|movement)[”\"']?\s+(?:(?:has|have)\s+been|was|were)\s+(?:[a-z]+ly\s+)?launched\b"
    r"(?![^.;]*(?:,|\band\b))"
    rf"(?![^.;]*{_COUNT})"
    # a place's own inventory, no digital work told of it: "The commune currently has 82
    # officials and civil servants" (not "... with more than 5,800 people": whom work reached)
    r"|(?<!to\s)\b(?:has|have|had)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+)?"
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:officials|civil\s+servants|hospitals|clinics|health\s+(?:centers|centres|stations)|"
    r"schools|communes|wards|villages|hamlets|households|residents|people|inhabitants|employees)\b"
    r"(?![^.;]*\b(?:online|digital|electronic|e-[a-z]+|apps?|accounts?|cards?|connected|linked|fibre|fiber|internet|"
    r"cashless|vneid|platforms?|software|trained|using|use|used|no|not|lack\w*|without|only|records?)\b)"
    # (the sentence is the inventory, to its end: not "... villages where signals are weak")
    r"(?=(?:(?:,\s*|,?\s+and\s+|\s+in\s+)(?:\d[\d,.]*\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)*\s*\.?\s*$)"
    # targets and tasks counted as given out: "the committee assigned 53 targets and 235
    # tasks to departments" (not "was assigned 166 tasks, of which 90 were completed")
    r"|\b(?:assigned|set\s+out|outlined|identified)\s+(?:a\s+total\s+of\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+)?(?:targets|tasks|goals|objectives)\b"
    r"(?![^.;]*\b(?:completed|achieved|met|done|finished|fulfill?ed|accomplished|overdue|late|delayed|"
    r"behind|unfinished)\b)"
    # a reckoning, not a result: "According to forecasts, the cost ... is 5,000 VND"
    r"|(?<!,\s)\baccording\s+to\s+(?:the\s+|some\s+)?(?:forecasts?|projections?)\b"
    # a document describing itself, its number no figure: "Resolution No 57 underscores ..."
    r"|\b(?:resolution|strategy|decision|directive|decree|law|programme|program)\b[^,;]{0,40}?"
    r"\s(?:underscores|emphasi[sz]es|stresses|highlights|affirms|calls\s+for|aims\s+at)\b"
    # an event's own logistics: who came, how it was held, what it drew
    r"|\b(?:was|were)\s+attended\s+by\b|\battended\s+by\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|around\s+|almost\s+)?\d"
    r"|\bannouncement\s+(?:was|is|has\s+been)\s+made\b"
    # an index described: "The provincial DTI includes ... 108 component indexes and 306 criteria"
    r"|\b(?:index|dti|ranking|framework|assessment)\b[^.;]{0,30}?\b(?:includes|comprises|consists\s+of|covers)\b"
    r"[^.;]{0,120}?\d[\d,.]*\s+(?:component\s+|sub-?\s*)?(?:indexes|indices|indicators|criteria|pillars)\b"
    r"|\b(?:was|were)\s+(?:chaired|co-chaired|presided\s+over|hosted|moderated)\s+by\b"
    # a press release's "about us": "Founded in 1957, the bank is one of the largest ..."
    r"|\bis\s+one\s+of\s+the\s+(?:largest|leading|biggest)\b"
    # ... or its description: "VNPT is a state-owned telecommunications group with ..."
    r"|\b(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,5}?(?:group|company|corporation|conglomerate|operator|provider)\s+"
    r"(?:with|that|which|operating|founded|headquartered)\b"
    # a word from a source who would not be named: an opinion, nothing to check
    r"|\b(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b"
    r"|\b(?:was|were)\s+(?:held|organi[sz]ed|co-organi[sz]ed|broadcast)\s+(?:in|at|on|by|both|online|in-person)\b"
    # (not with what the event brought: "was held online, generating VND 10 trillion in sales")
    r"(?!(?:[^.;]|\.(?=\d))*\b(?:generat\w*|earn\w*|sales|revenue|\d[\d.,]*\s+(?:\w+\s+)?transactions|raised|attract\w*\s+\d|signed\s+\d))"
    r"|\bin-person\s+and\s+online\b|\bonline\s+and\s+in-person\b"
    # an event's size ("120 delegates", "booths"); what a delegate says may be a claim, and
    # delegates counted in a result's breakdown ("12,000 cards issued, including 340
    # delegates to the congress") are part of the result
    r"|(?<!including\s)(?<!among\sthem\s)\b(?<![\d,.])(?:\d[\d,.]*|hundreds\s+of|thousands\s+of|dozens\s+of)\s+(?:[\w-]+\s+)?(?:delegates|exhibitors|visitors)\b"
    r"|\b(?:delegates|exhibitors|visitors)\s+(?:attended|took\s+part|joined|visited)\b"
    # a fair's booths ("featured 200 booths", "booths at the expo"), not a province's
    # standing ones ("has established OCOP booths and trading floors")
    r"|\b(?<![\d,.])\d[\d,.]*\s+(?:[\w-]+\s+)?booths\b"
    r"|\bbooths\s+(?:at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fair|exhibition|expo|event|festival|show|conference|forum)\b"
    # a survey's own sample: "interviews with 1,500 households", "covered 5,000 respondents"
    # a passer-by's word: "Nguyen Van B, a resident of Ba Dinh District, said"
    r"|\b(?:resident|local|farmer|student|retiree|worker|teacher|trader|vendor|shop\s+owner|customer)\s+"
    r"(?:of|in|from|at)\s+[^,;]{1,40}?,\s+(?:said|says|told)\b"
    r"|\bfrom\s+[^,:;]{2,40}?\s(?:village|hamlet|commune|ward)\b[^:;]{0,40}?\s(?:shared|said|recalled|told)\b"
    # what a thing is built from or holds: "based on 98 indicators", "a charter capital of"
    r"|\b(?:is|are|was|were)\s+(?:based\s+on|made\s+up\s+of|divided\s+into|calculated\s+(?:on|from))\s+\d"
    r"|\b(?:there\s+(?:are|is)|consists?\s+of|comprises?|is\s+made\s+up\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:indicators|criteria|components|pillars|sub-?ind(?:ices|exes)|dimensions)\s*:"
    r"|\b(?:charter|registered)\s+capital\b"
    # a place, a team, a report's own reach: "located 50 km from", "is home to", "a team of 50"
    r"|\b(?:is|are|was|were)\s+located\b|\b\d[\d,.]*\s*km\s+(?:from|away)\b|\b(?:is|are)\s+home\s+to\b"
    r"|\ba\s+team\s+of\s+\d|\b(?:report|survey|study|poll|index|ranking)\b[^.;]{0,80}?\s"
    r"(?:covers?|covered|covering|asked|polled|surveyed|interviewed)\s+(?:\w+\s+)?\d"
    r"|\binterviews?\s+with\s+\d|\b\d[\d,.]*\s+respondents\b|\b(?:was|were)\s+(?:compiled|conducted)\s+by\b"
    # how a study was made: "The analysis was carried out in December 2024, utilizing data
    # from a survey involving 4,935 units" (not what it found)
    r"|\b(?:analysis|survey|study|poll|research)\s+was\s+(?:carried\s+out|conducted|done|made)\s+(?:in|from|between|on|among|with|over)\b"
    r"(?![^.;]*(?:\b(?:found|shows?|showed|reveal\w*|indicat\w*|said|say|rated|rating)\b|\d\s*(?:%|per\s*cent|percent)))"
    # a speaker's update announced, the update itself told after it or not at all
    r"|\b(?:provided|gave|presented)\s+an\s+update\s+on\b(?![^.;]*\b(?:saying|said|that|showing|with(?!\s+regards?\b))\b)"
    r"|\b(?:draws?|drew|drawn|(?:is|are)\s+based|based)\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:survey|poll|study)\s+of\b"
    # a place described, not a result: "has a population of", "lives in rural areas"
    r"|\b(?:has|had)\s+a\s+(?:total\s+)?(?:population|area)\s+of\b|\bpopulation\s+lives?\b"
    # ... or as it was before a reorganisation: "Prior to the merger, the district had 24
    # communes" (a count of units, no result)
    r"|\b(?:prior\s+to|before)\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:administrative\s+)?"
    r"(?:mergers?|reorgani[sz]ation|restructuring|rearrangement|consolidation)\b[^.;]{0,60}?\b(?:had|comprised|consisted\s+of)\s+\d"
    r"|\bpopulation\s+of\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?\d"
    r"|\bwith\s+(?:about\s+|over\s+|more\s+than\s+|nearly\s+|some\s+)?\d[\d,.]*\s*(?:million\s+)?(?:residents|inhabitants)\b"
    r"|\b(?:covers?|covering)\s+an?\s+(?:total\s+)?area\s+of\b"
    # a comparison announced: "Comparisons are often made with India, whose ..."
    r"|\bcomparisons?\s+(?:are|is|were|was|have\s+been)\s+(?:\w+\s+)?(?:made|drawn)\s+(?:with|to)\b"
    # what a thing is made of or costs, not what it did: "has 10 main features", "a total
    # investment of", "the budget for the plan is"
    r"|\b(?:has|have|consists?\s+of|comprises?|comprising|includes?)\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+(?:main\s+|key\s+|major\s+)?"
    r"(?:features|functions|functionalities|modules|pillars|components|chapters|articles|sections)\b"
    r"|\btotal\s+(?:investment|capital|budget|cost)\s+of\b|\b(?:budget|investment)\s+for\s+[^,;]{1,40}?\s+(?:is|was)\s+\d"
    r"|\b\d[\d,.]*\s+(?:participants|attendees)\b"
    # an event's purpose is not a goal of the programme: "the forum aims to connect ..."
    r"|\b(?:event|forum|seminar|workshop|conference|exhibition|festival|visit|talks|ceremony)\s+"
    r"(?:\w+\s+){0,2}?aim(?:s|ed)?\s+(?:to|at)\b"
    # an interview's introduction: "reporter X talks to Y about what has worked"
    r"|\b(?:talks|talked|spoke|speaks)\s+(?:to|with)\s+[^.;]{2,120}?\s+about\b"
    # a baseline announced: "For comparison, the database exchanged 650 million ... in
    # 2022", "Before the change, 1.9 million households paid ..." (not "Da Nang, by
    # comparison, has connected all wards", nor "must be done before the change")
    r"|\bfor\s+comparison\s*,[^.;]{0,100}?\b(?:in|of)\s+(?:19|20)\d\d\b"
    r"|\bbefore\s+the\s+(?:change|reform|switch|new\s+law)\s*,(?![^.;]*\b(?:must|shall|should|required|will)\b)"
    # a price list, an allowance: "is listed at 28 million VND a month", "providers charge
    # from 300,000 VND a year", "receive a monthly allowance of 500,000 VND" (not "now
    # receive their monthly allowance through banks", "stop charging fees")
    r"|(?<!stop\s)(?<!stopped\s)\b(?:charge|charges|charging)\s+(?:[\w-]+\s+)?(?:from\s+)?(?:vnd\s*)?\d"
    r"[^;]{0,60}?\b(?:a|per|for\s+a)\s+(?:month|year|package|page|certificate|invoice|transaction|user|account)\b"
    r"|\b(?:is|are)\s+(?:listed|priced)\s+at\s+(?:vnd\s*|usd\s*)?\d"
    r"|\ba\s+monthly\s+(?:[\w-]+\s+)?(?:allowance|fee|subscription|charge|stipend)\s+of\b"
    # an event's crowd: "a training session last week drew 150 seniors" (not "the portal
    # attracted 2 million people")
    r"|\b(?:session|workshop|festival|fair|ceremony|training|conference|seminar|forum|event|classes|class)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?<!has\s)(?<!have\s)(?<!had\s)(?:drew|attracted|gathered|brought\s+together)\s+"
    r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+|around\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?"
    r"(?:people|participants|attendees|delegates|seniors|guests|students)\b(?![^.;]*\bof\s+(?:whom|which)\b)"
    # a survey's sample: "A survey of 1,000 adults published last year estimated ..." (but
    # "A survey of 1,200 households ... found that only 38% ..." tells its finding)
    r"|\ba\s+survey\s+of\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?"
    r"(?:adults|people|firms|businesses|respondents|households|users|residents|enterprises)\b"
    r"(?![^.;]*\b(?:found|finds|showed|shows|revealed|reveals|indicated|indicates|reported|suggested|"
    r"concluded|rated|put)\b)"
    # an earlier report recalled: "As Nhan Dan reported in January, ..." (not "The ministry
    # reported on Monday that 85 million cards had been issued", a claim)
    r"|\bas\s+[^,;]{2,60}?\breported\s+(?:in|on|last|earlier)\b[^,;]{0,30},"
    # a speculation or another's forecast: "the market could be worth 3.5 billion USD",
    # "Research firm X forecasts the market to grow", "the Population Fund projects that"
    # (not "the fund has financed 45 projects", "Viettel expects to cover all villages")
    r"|\bcould\s+be\s+worth\b"
    r"|\b(?:firm|consultancy|consulting|analysts?|economists?|brokerage|research\s+house|population\s+fund|"
    r"monetary\s+fund)\s+(?:[\w&.-]+\s+){0,2}?(?:forecasts?|predicts?|projects?)\s+"
    r"(?:that\b|[^.;]{0,60}?\bto\s+(?:grow|reach|rise|hit|top|exceed|be\s+worth|make\s+up|account\s+for)\b)"
    r"|\b(?:firm|consultancy|consulting|analysts?|economists?|brokerage|research\s+house)\s+(?:[\w&.-]+\s+){0,2}?"
    r"expects?\s+(?!to\b)[^.;]{1,60}?\bto\s+(?:grow|reach|rise|hit|top|exceed|make\s+up|account\s+for)\b"
)
# Work in progress, not a result: "is developing a framework", "are drafting", "efforts
# are under way" (a plan told with it and dated is still a task: "is drafting a decree
# and plans to submit it in the first quarter").
IN_PROGRESS = lowercase_pattern(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:developing|drafting|preparing|studying|researching|"
    r"considering|finali[sz]ing|working\s+on|building)\b"
    # "Efforts to clean the records are under way", "..., a task currently under way"
    r"|\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+|already\s+)?under\s*way\b|\b(?:currently|now)\s+under\s*way\b"
    # attempts made, no result told: "ministries have made attempts to deliver services"
    r"|\b(?:has|have|had)\s+made\s+(?:\w+\s+)?attempts\s+to\b"
)
# The rest of a count, still being done: "of which 90 tasks have been completed and 76 tasks
# are being carried out", "43 databases are under construction" (a funnel's complement;
# work in progress says nothing alone).
STILL_BEING_DONE = lowercase_pattern(
    r"\s*(?:and\s+)?(?:the\s+)?(?:remaining\s+|other\s+)?(?:about\s+|over\s+|nearly\s+)?\d[\d,.]*\s*%?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:is|are|were|was)\s+(?:still\s+|currently\s+|now\s+)?"
    r"(?:being\s+(?:implemented|carried\s+out|processed|handled|built|constructed|developed|deployed|"
    r"completed|upgraded|digiti[sz]ed|installed|prepared|reviewed|drafted|finali[sz]ed|tested|piloted|"
    r"settled|resolved|done)\b|under\s+(?:construction|way|development|implementation|review)\b|"
    r"underway\b|in\s+progress\b|ongoing\b|in\s+the\s+process\s+of\b)"
)
# A clause whose subject is other countries, and that never names Vietnam: context for a
# comparison, not a finding of this subject.
COUNTRY = (
    r"(?:singapore|thailand|indonesia|malaysia|the\s+philippines|philippines|cambodia|laos|myanmar|"
    r"brunei|china|japan|(?:south\s+)?korea|india|denmark|estonia|finland|sweden|norway|"
    r"the\s+(?:us|uk|united\s+states|united\s+kingdom|netherlands)|germany|france|australia|"
    r"new\s+zealand|canada|taiwan|israel|the\s+uae)"
)
FOREIGN_SUBJECT = lowercase_pattern(
    r"^(?:(?:however|meanwhile|similarly|by\s+contrast|in\s+comparison|by\s+comparison|regionally|"
    r"for\s+comparison|elsewhere(?:\s+in\s+the\s+region)?|in\s+the\s+region|abroad),?\s+)?"
    rf"(?:(?:in\s+)?{COUNTRY}(?:\s*(?:,|and|,\s*and)\s*{COUNTRY})*(?:'s|’s)?"
    # "Estonia, often cited as a model, has kept ...": the country, a word on it, its verb
    r"(?:,\s+(?!and\b)[^,;]{3,60},)?,?\s+(?!and\b|,)[a-z]"
    # other countries counted: "Three other countries (A, B and C) dropped to ..."
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|\d+)\s+(?:other\s+)?"
    r"(?:countries|nations|economies)\b"
    # the world's figure, not the country's: "Globally, some 850 million people ..."
    r"|(?:globally|worldwide|around\s+the\s+world|across\s+the\s+world)\b)"
)
# Other countries named together at the top: "the survey presents Denmark, Estonia and
# Singapore as leading": the clause is about them, unless it names home too (not "firms
# from Japan and Korea have opened 12 data centres in Hanoi").
FOREIGN_LIST = lowercase_pattern(
    rf"\b{COUNTRY}(?:\s*,\s*{COUNTRY})*\s*,?\s*and\s+{COUNTRY}\s+(?:as\s+)?(?:the\s+)?"
    r"(?:lead\w*|top\w*|rank\w*|front-?runners?|best\s+performers?)\b"
)
_HOME_NAMED = r"\bvi[eệ]t\s*nam\b|\bvietnamese\b|\bour\b"
HOME_NAMED = lowercase_pattern(_HOME_NAMED)
"""Home named: where another country is the subject, "the country" is that country."""
HOME = lowercase_pattern(_HOME_NAMED + r"|\bthe\s+country\b")
# Results said only in general words: with no figure, nothing a reader could check.
VAGUE_RESULT = lowercase_pattern(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:achieved|achieving|brought|brings|bringing|yielded|made|making|"
    r"gained|recorded|obtained)\s+)?(?:an?\s+)?(?:(?:important|initial|positive|remarkable|encouraging|"
    r"significant|outstanding|many|certain|good|great|practical|some|several|notable)\s+){1,2}(?:initial\s+)?"
    r"(?:results|achievements|outcomes|contributions?|changes)\b"
    # (and in the passive: "significant positive outcomes have been achieved")
    r"(?:\s+(?:have|has|had)\s+been\s+(?:achieved|recorded|obtained|gained|made))?"
    r"|\b(?:(?:has|have|had)\s+)?actively\s+implemented\b"
    # goals met said in general, the count told after: "Many digital transformation goals
    # have been achieved or exceeded."
    r"|\b(?:many|several|some|most)\s+(?:[\w'’-]+\s+){0,4}?(?:goals|targets|tasks|indicators)\s+"
    r"(?:have|has|had)\s+been\s+(?:achieved|met|completed|fulfilled|reached)"
    r"(?:\s+(?:or|and)\s+(?:exceeded|surpassed))?"
    r"|\b(?:made|making)\s+(?:great|strong|considerable|tremendous|significant|many|concerted|every|"
    r"continuous|persistent)\s+efforts\b"
    r"|\bcome\s+a\s+long\s+way\b"
    # "has made drastic changes from awareness to action": a speech's change, nothing counted
    r"|\b(?:made|making|makes)\s+(?:[\w-]+\s+){0,2}?changes\s+from\s+awareness\s+to\s+action\b"
    # progress in a work, nothing said of where it got: "had made clear progress in
    # building e-government" (but "strong progress in the rankings" says where)
    r"|\b(?:made|making|makes)\s+(?:\w+\s+)?progress\s+in\s+\w+ing\b"
    # "has made significant progress in the first half of 2025": progress and no more
    r"|\b(?:has|have|had)\s+made\s+(?:significant|great|considerable|remarkable|strong|good|tremendous)\s+"
    r"progress(?:\s+in\s+(?:the\s+)?(?:first|second|past|last)\s+[\w\s]{0,20}?(?:months?|half|quarter|year)(?:\s+of\s+\d{4})?)?\s*[.,;]?\s*$"
    # "have issued many guiding documents", "continue to exploit and effectively operate
    # national databases", "have also gradually expanded their networks": work, no level
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:issued|developed|built|promulgated)\s+(?:many|numerous|a\s+series\s+of|various)\b"
    r"|\bcontinue[sd]?\s+to\s+(?:exploit|promote|operate|implement|improve|maintain)\b"
    r"|\b(?:has|have|had)\s+(?:also\s+)?gradually\s+(?:expanded|improved|developed)\b"
    # "have actively deployed many solutions to promote ...", "has continuously improved
    # the quality of ...": the manner of the work, nothing of where it got
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:actively|proactively|drastically|resolutely|synchronously)\s+"
    r"(?:deployed|implemented|carried\s+out|applied|taken)\s+(?:many|numerous|various|a\s+series\s+of|"
    r"several|a\s+number\s+of|multiple)\s+(?:\w+\s+)?(?:solutions|measures|tasks|activities|initiatives)\b"
    # "has carried out synchronous measures to ...", "has invested in IT infrastructure":
    # measures of no count, money of no sum
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:carried\s+out|implemented|deployed|taken|applied)\s+"
    r"(?:many|numerous|various|synchronous|synchronic|synchronized|drastic|comprehensive|"
    r"a\s+series\s+of|several|multiple|a\s+number\s+of)\s+(?:\w+\s+)?"
    r"(?:solutions|measures|tasks|activities|initiatives)\b"
    r"|\b(?:has|have|had)\s+(?:also\s+)?invested\s+in\b(?![^.;]*\d)"
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:continuously|constantly|steadily|gradually|continually)\s+"
    r"(?:improved|enhanced|raised|upgraded)\s+the\s+(?:quality|efficiency|effectiveness)\s+of\b"
)


# Not claims when they carry no figure: praise.
PRAISE = lowercase_pattern(
    r"\b(?:commended|praised|lauded|applauded|congratulated)\b"
    r"|\ban?\s+(?:remarkable|impressive|extraordinary|notable|great|major)\s+(?:feat|accomplishment|success\s+story)\b"
    # praise received, told with no measure of it: "have received high marks"
    r"|\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:received|receives|receive|won|earned|drew)\s+(?:high|great|much|wide|warm)\s+"
    r"(?:marks|praise|appreciation|acclaim)\b"
)
# A purpose or a link opening the sentence: what follows is a means, not a result.
PURPOSE_START = lowercase_pattern(r"^(?:to\s+(?:that|this)\s+end|to\s+ensure|in\s+order\s+to)\b")

# A rule to come: its predicate in the future, from a start date ("From January 1, the
# fee will be reduced by 50%", "the procedure will apply from July 1"). The context of a
# reform, neither a result nor a task (LABELLING.md: "from July 1, 2025" is not a task).
FUTURE_PREDICATE = lowercase_pattern(
    r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:also\s+|now\s+|no\s+longer\s+)?\w+"
)
STARTING = r"(?:from|starting(?:\s+from)?|effective(?:\s+from)?|beginning)\s+(?:on\s+)?(?:the\s+)?"
"""The words that open a start date ("from", "effective from the"), lowercased."""
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
"""A month's name by its first three letters, lowercased."""
STARTS_FROM = lowercase_pattern(
    rf"\b{STARTING}"
    rf"(?:{MONTH_WORD}[a-z]*\.?\s+\d|\d{{1,2}}/\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}|"
    r"next\s+(?:month|year|week)|(?:19|20)\d\d\b|(?:the\s+)?(?:start|beginning)\s+of\b)"
)
# A result already told before the future words ("has connected 40 agencies, which will").
_TOLD_RESULT = (
    r"(?<!that\s)(?<!who\s)(?<!which\s)(?<!not\s)"
    r"\b(?:has|have|had|was|were|reached|recorded|completed)\b(?!\s+not\b)"
)
TOLD_RESULT = lowercase_pattern(_TOLD_RESULT)


# A rule on citizens, not a task of the programme: "residents aged 14 must have a card"
# (tested at a clause's start).
RULE_ON_CITIZENS = lowercase_pattern(
    r"(?:all\s+)?(?:citizens|residents|people|users|applicants|foreigners|individuals|drivers|parents)\b"
    r"[^,;]{0,50}?\b(?:(?:is|are)\s+required\s+to|must|need\s+to|have\s+to)\b"
    # a law's rule on firms: "Platforms with more than 1 million users will have to register"
    r"|(?:all\s+)?(?:[\w-]+\s+)?(?:platforms|firms|businesses|enterprises|companies|providers)\b"
    r"[^,;]{0,50}?\bwill\s+(?:have\s+to|be\s+required\s+to)\b"
)
# What a rule lets people do, not a result: "Children under 6 can be issued cards at their
# parents' request", "Since July 1, residents have been able to file at any ward" (tested
# at a clause's start, after an opening phrase of time).
PERMISSION = lowercase_pattern(
    r"(?:(?:since|from|starting|as\s+of)\s[^,]{3,40}(?:,\s*(?:19|20)\d\d)?,\s*)?(?:all\s+)?(?:citizens|residents|people|users|"
    r"applicants|foreigners|individuals|drivers|parents|children|pupils|students|patients|travell?ers|"
    r"households|customers|taxpayers|holders|owners|workers|businesses|firms|enterprises)\b"
    r"[^,;]{0,40}?\b(?:can|may|(?:are|is)\s+(?:now\s+)?(?:allowed|eligible|permitted|entitled)\s+to|"
    r"(?:have|has)\s+been\s+able\s+to|(?:are|is)\s+able\s+to|will\s+be\s+able\s+to)\b"
)


# What a law or decree provides: "the 2023 Law on Identification stipulates that ..." (a rule
# stated, neither a result nor an order given).
LAW_SAYS = lowercase_pattern(
    r"\b(?:law|decree|circular|regulation|ordinance|code)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:stipulates|stipulated|prescribes|prescribed|provides|provided)\s+that\b"
)
