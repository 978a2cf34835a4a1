"""Candidates that a meeting, visit or talks word proposes but that report no gathering of two
states: a state's travel advice, a writer's own arrival, demands "met", talks held "from time to
time", meetings named only in general ("meetings of member states"), a central bank's or one
state's officials' own meetings. Found in samples of the full runs' event records (branch
evprec3); each is read from the candidate's sentence, whoever its people are."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from accords.annotate.gazetteer import gazetteer, officeholders
from accords.annotate.told_from import news_agency_states
from accords.data import load_tsv
from accords.extract.event_status import trigger, words
from accords.records import Actor, EventMention
from accords.vocab import EventKind

# "will advise against nonessential travel to the UK", "a ban on trips abroad": a rule about
# travel, not a trip anyone made.
_ADVISED_TRAVEL = re.compile(
    r"\b(?:non-?essential|all but essential|unnecessary|advis\w* against|warn\w* against|"
    r"ban\w* on|restrictions? on|curbs? on|limits? on)\s+(?:[\w-]+\s+){0,2}"
    r"(?:travel|trips?|visits?)\b", re.I)
_VISITED = re.compile(r"\b(?:visit\w*|trip|tour\w*|arriv\w+|flew|landed)\b", re.I)
# "I arrived in Toronto and expected ...": the writer's own trip, whoever else the sentence
# names.
_OWN_TRIP = re.compile(r"(?:^|[.;:!?\"“]\s*)(?:I|We)\s+(?:had\s+|have\s+|just\s+|finally\s+)*"
                       r"(?:arrived|landed|flew|travelled|traveled|went|came)\b")
# "as long as it takes to get their demands met": met as satisfied.
_MET_AS_SATISFIED = re.compile(
    r"\b(?:demands?|needs?|targets?|goals?|requirements?|conditions?|expectations?|criteria|"
    r"obligations?|deadlines?|quotas?|commitments?|standards?)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:was|were|is|are|be|been|being|get|got)\s+)?met\b", re.I)
_MEET_WORD = re.compile(r"\b(?:meet|meets|met|meeting|meetings)\b", re.I)
# "he talks with the U.S. Treasury Secretary from time to time": a habit, not a sitting.
_HABIT_WORDS = (r"(?:from time to time|regularly|frequently|often|routinely|usually|"
                r"every (?:day|week|month|year)|on a regular basis)")
_HABIT = re.compile(rf"\b(?:talks|meets|meet|speaks|speak|confers|confer)\b[^;]{{0,80}}?\b"
                    rf"{_HABIT_WORDS}\b|\b{_HABIT_WORDS}\s+(?:talks|meets|meet|speaks|speak)\b",
                    re.I)
_ONE_SITTING = re.compile(r"\b(?:met|held|visited|will meet|is to meet|are to meet)\b")
_PLURAL_GATHERING = re.compile(r"\b(?:meetings|conferences|summits|sessions)\b", re.I)
# A state's central bank acting at a meeting ("The Federal Reserve cut rates at emergency
# meetings"), or talks between it and another domestic body: the bank's own.
_CENTRAL_BANK = re.compile(r"\b(?:central bank|Federal Reserve|Fed|Bundesbank|Bank of (?:England|"
                           r"Japan|France|Italy|Canada|Korea)|Reserve Bank|monetary authority)\b")
_PUBLIC = re.compile(r"\b(?:ministers?|ministerial|governments?(?! bonds| securities| debt| paper)|heads? of (?:state|government)|"
                     r"officials|delegations?|ambassadors?|diplomats?|countries|nations|"
                     r"counterparts?|G-?\d+|Group of)\b", re.I)
# "U.S. officials had been meeting on a response": one state's officials among themselves.
_ONE_STATE_MEETING = re.compile(
    r"(?<!and )(?<!And )(?<!AND )(?<!, )\b(?P<state>(?!And\b)[A-Z][\w.'’-]*(?:\s+(?!And\b)[A-Z][\w.'’-]*)?)\s+(?i:officials|ministers|"
    r"leaders|policymakers)\s+(?:(?:have|has|had|were|are|was|is|will)\s+)?(?:been\s+)?"
    r"(?:meeting|met|meet)\b"
    # with no one met: "will meet major aid donors" names the other side
    r"(?=\s*(?:[,.;]|$|(?:on|in|at|since|for|over|to|today|yesterday|tonight|this|last|"
    r"through|throughout|behind|privately|again)\b))")
_STATE_FORMS = ("name", "alias", "demonym")
# "sets a fixed price at each session ... contracts traded overnight": a market's trading
# session, told by words of trading, whatever adjective the session has (branch evprec4).
_SESSION_WORD = re.compile(r"\bsessions?\b", re.I)
_TRADING = re.compile(r"\b(?:traded|trading|contracts|futures|auction system|brokers|bourse|"
                      r"stock market|share prices)\b", re.I)
# "On Meet The Press, the chief of staff said ...": "Meet" with a capital inside a sentence
# is a name (a programme, a book, a film), not the verb.
_MEET_NAME = re.compile(r"(?<=[\w,] )Meet\s+(?:[Tt]he\s+|[Oo]ur\s+)?[A-Z]")
_MEET_VERB = re.compile(r"\b(?:meet|meets|met|meeting|meetings)\b")


# "a group of about 30,000 met peacefully to hear speeches", "protesters gathered": a crowd,
# not officials (ninth audit).
_CROWD = re.compile(
    r"\b(?:crowds?|protesters|demonstrators|marchers|rioters|thousands|hundreds|group of "
    r"(?:about |some |around |nearly |more than |over )?[\d,]+(?: people)?)"
    r"(?:\s+[\w,'’-]+){0,3}?\s+(?:met|meet|gathered)\b", re.I)
# "not sharing the meeting link", "a meeting room": the word names a tool or a room, not a
# gathering (ninth audit); "a central meeting point", "a meeting ground": a place (round-24
# audit's travel feature, evreal10).
_MEETING_TOOL = re.compile(r"\bmeeting\s+(?:links?|IDs?|passwords?|rooms?|software|apps?|platforms?|"
                       r"invit(?:e|es|ation|ations)|codes?|tools?|points?|spots?|grounds?)\b", re.I)


# A central bank's policy committee ("the Federal Open Market Committee ... at their meeting this
# week", "At the prior meeting, the FOMC set a target"): one state's own body, like the bank
# itself (tenth audit).
_BANK_COMMITTEE = re.compile(r"\b(?:(?:Federal )?Open Market Committee|FOMC|Monetary Policy "
                                 r"(?:Committee|Council|Board)|Policy Board)\b")
# "Nurse X talks with a man and woman before taking swabs", "the mayor talks to residents": talk
# as speech with private people told indefinitely (a photo caption), not talks of states.
_TALK_WITH_PEOPLE = re.compile(
    r"\btalk(?:s|ed|ing)?\s+(?:with|to)\s+(?:(?:a|an|two|three|some|several|local|young|"
    r"elderly)\s+)?(?:[\w-]+\s+){0,2}?(?:man|woman|men|women|patients?|residents?|voters?|"
    r"customers?|people|child|children|pupils|students?|workers?|boy|girl|famil(?:y|ies)|"
    r"volunteers?|supporters?|shoppers?|neighbours?|neighbors?|fans|passengers?|visitors)\b",
    re.I)

# "as lawmakers arrived to find X in the chairperson's seat", "chairman of the House Committee":
# a legislature's or its committee's sitting, one state's own (tenth audit). "pro-Beijing" is a
# camp, not a second state.
_LEGISLATURE = re.compile(r"\b(?:lawmakers|legislators|MPs|House Committee|Legislative "
                              r"Council|LegCo|select committee|standing committee|parliamentary "
                              r"committee|chairperson(?:'s|’s)? seat)\b", re.I)
_FOREIGN = re.compile(r"\b(?:foreign|visiting|delegations?|envoys?|counterparts?)\b", re.I)
_POLITICAL_CAMP = re.compile(r"\b(?:pro|anti)-[A-Z][\w-]*")
# "Ministers will meet in London to discuss changes to the UK's list": bare ministers or
# officials, no one they meet, in a sentence naming one state: that state's own.
_BARE_MINISTERS = re.compile(
    r"^(?:The\s+)?(?:Ministers|Cabinet ministers|Senior ministers|Officials|Senior officials)\s+"
    r"(?:(?:will|would|are to|are due to|were to|have|had|were|are)\s+)?(?:\w+\s+)?"
    r"(?:meet|met|meeting)\b(?!\s+(?:with|their|counterparts|the\b|a\b|an\b))")
# "made the comments to an audience at a meeting during the by-election campaign": a party's
# campaign meeting, not one of states (tenth audit).
_CAMPAIGN = re.compile(r"\b(?:by-?election|election|re-?election|leadership|primary)\s+"
                           r"campaign\b|\bcampaign\s+(?:rally|rallies|event|stop|trail)\b|"
                           r"\baudience\s+at\s+a\s+meeting\b", re.I)


# "After several meetings, Brazil and the U.S. have made no progress": an untold number of
# sittings, none of them one event (eleventh audit; evprec3 had spared it as a series).
_VAGUE_PLURAL = re.compile(r"\b(?:several|many|numerous|countless|repeated|frequent|various|"
                           r"a (?:series|number) of)\s+(?:[\w-]+\s+)?(?:meetings|talks|rounds|"
                           r"sessions|summits|visits|conversations|discussions)\b", re.I)
# "have often squeezed out officials when they've met": a habit told by a clause of time.
_HABIT_WORD = re.compile(rf"\b{_HABIT_WORDS}\b|\bwhenever\b", re.I)
_WHEN_THEY_MET = re.compile(r"\bwhen(?:ever)?\s+(?:they|the two|we|both)(?:\s+(?:have|had)|['’]ve|"
                            r"['’]d)?\s+(?:met|meet|talked|talk|spoken|spoke)\b", re.I)
# Talks as a trade negotiation named by its round ("at the next round of GATT talks", "the
# present GATT round", "agreement in the Doha development talks"), with no sitting told:
# a process of years, not a gathering (eleventh audit).
_TRADE_ROUND = re.compile(
    r"\b(?:GATT|WTO|Uruguay|Doha|Tokyo|Kennedy)\s+(?:(?:development|trade|world trade|"
    r"multilateral)\s+)?(?:round|talks|negotiations)\b|\bround\s+of\s+(?:[\w()-]+\s+){0,8}?"
    r"\(?(?:GATT|WTO)\b|\b(?:GATT|WTO|multilateral trade) round\b")
# "ongoing negotiations for a Code of Conduct": a negotiation still running, not a sitting.
_ONGOING = re.compile(r"\b(?:ongoing|continuing|long-running|protracted|years-long|stalled)\s+"
                      r"(?:[\w-]+\s+)?(?:negotiations|talks)\s+(?:for|on|over|towards?)\b", re.I)
# A plural of gatherings named with no determiner after a preposition or a verb of attending,
# or as recent / past / regular ones, and no place or time right after it ("blocked statements
# at G7 and G20 meetings", "the usefulness of recent meetings of the Group of Seven", "has not
# been attending conference calls involving ministers", "always sent a delegate to board
# meetings"): a class of sittings, no one of them told (round-17 audit). A determiner or a
# length names sittings the text has in view ("the meetings", "fortnight-long meetings"), a
# place or a time after the noun one series ("meetings in Washington this week").
_NO_DETERMINER = (r"(?!(?:the|these|those|this|that|both|its|their|his|her|our|my|your|next|last|"
                  r"a|an|all|two|three|four|any|each|which|whose|several|many|further|future|"
                  r"upcoming|forthcoming|[\w]+-(?:long|day|week|hour|month))\b)")
_GENERIC_PLURAL = re.compile(
    r"(?:\b(?:at|in|from|to|during|attend|attends|attending|attended|join|joins|joining|joined)\s+"
    + _NO_DETERMINER
    + r"(?:(?:recent|past|previous|earlier|regular|periodic)\s+)?"
    r"|\b(?:recent|past|previous|earlier|regular|periodic)\s+)"
    r"(?:[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?\s+)?" + _NO_DETERMINER
    + r"(?:[a-z][\w-]*\s+)?(?:meetings|summits|conferences|sessions|calls)\b"
    r"(?!\s+(?:in|at|on|starting|next|last|this|today|tonight|tomorrow|yesterday|here|with|"
    r"between|of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:in|at|on))\b)")
# Meetings in general stopped: a verb of calling off or suspending with a plural of gatherings
# named with no determiner and no one met ("has called off face-to-face meetings at its Geneva
# headquarters", "suspended in-person meetings"): a body's way of working, no sitting of states
# (round-20 audit; "called off meetings with X" names whom, and stays). class_of_sittings reads
# "all"/"its" meetings as the candidate is made and spares a sentence that tells another
# sitting; this one is read on the candidate, which then names no one: the record it would
# make is the class's, whatever else the sentence tells.
_STOPPED_PLURAL = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+off|cancel(?:s|led|ed|ling|ing)?|suspend(?:s|ed|ing)?|"
    r"scrap(?:s|ped|ping)?|halt(?:s|ed|ing)?|ban(?:s|ned|ning)?)\s+" + _NO_DETERMINER
    + r"(?:(?:most|further|[\w]+-to-[\w]+|in-person|physical|regular|routine|large)\s+)?"
    r"(?:meetings|gatherings|conferences|sessions)\b"
    r"(?!\s+(?:with|between|of|on\s+\w+day)\b)", re.I)
# Words of one sitting: a meeting or its verb; a day of the week.
_SITTING = re.compile(r"\b(?:met|meet|meets|meeting|ministerial|conference|session|held|opened|"
                      r"launched|convened|convene|summit)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


# Development audit 1 (docs/audit/dev1: 50 more articles), each class read from the candidate's
# sentence alone:
# "Mr X has been met by protesters chanting ...": met by a crowd, not a meeting.
_MET_BY_CROWD = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|got)\s+met\s+by\s+(?:[\w-]+\s+){0,2}?(?:protesters|"
    r"demonstrators|crowds?|marchers|hecklers|jeers|boos|cheers|chants|placards|supporters|"
    r"well-?wishers|fans)\b", re.I)
# "Negotiators for the two countries have been meeting for more than a year", "have been
# holding talks since March": a negotiation told by how long it has run, not one sitting.
_RUNNING_FOR = re.compile(
    r"\b(?:have|has|had)\s+been\s+(?:meeting|negotiating|talking|holding\s+(?:[\w-]+\s+)?talks|"
    r"in\s+(?:[\w-]+\s+)?talks)\s+(?:[\w-]+\s+){0,3}?(?:for\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|about\s+|some\s+|the\s+(?:past|last)\s+)?(?:a|an|one|two|three|four|five|six|"
    r"several|many|\d+)\s+(?:years?|months?|weeks?)|since)\b", re.I)
# "High-level meetings between X and Y commanders since the clash had helped": sittings
# counted since a time, a series, no one of them told.
_SERIES_SINCE = re.compile(r"\b(?:meetings|rounds|sessions|contacts|visits)\b[^.;]{0,100}?"
                           r"\bsince\b", re.I)
# "He has not discussed this with the president": talk negated (one state's own as well).
_NOT_DISCUSSED = re.compile(r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?"
                            r"(?:discussed|discuss|talked|talk|spoken|speak|consulted|consult)\b",
                            re.I)
# "the National Security Council, the Treasury and State departments and other agencies held a
# meeting": one government's departments among themselves.
_AGENCIES_MET = re.compile(r"\b(?:departments|agencies|inter-?agency|interdepartmental|"
                           r"National Security Council)\b[^.;]{0,40}?\b(?:held|hold|holds|met|"
                           r"meet|meets|convened)\b", re.I)
# "staff inside the cabinet room ... listening to X on a video conference call": a call heard
# in one government's cabinet room, its own.
_CABINET_ROOM = re.compile(r"\bcabinet\s+room\b", re.I)
# "disavowed it during a Cabinet meeting with the President", "a meeting with party leaders",
# "talks within the ruling coalition": the sides of the sitting (the verb's object, the noun's
# own modifier) are one state's cabinet, parties or coalition, its own whatever else is named
# (thirteenth audit). ("a joint cabinet meeting" of two states is left.)
_OWN_SIDES = re.compile(
    r"(?<!joint )\bcabinet\s+(?:meeting|session)s?\b|"
    r"\b(?:meeting|meetings|talks|met|meets|meet)\s+(?:with|of|among)\s+(?:the\s+|his\s+|her\s+|"
    r"their\s+|its\s+)?(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:party|coalition|opposition|caucus)\s+"
    r"(?:leaders|officials|members|chiefs|colleagues|partners|lawmakers|bosses)\b|"
    r"\bwithin\s+the\s+(?:[\w-]+\s+){0,3}?(?:government\s+)?(?:coalition|party|cabinet)\b",
    re.I)
# "Putin discussed the crisis with his security chiefs", "held a meeting with his top ministers",
# "met senior members of his ruling party": the side met is the speaker's own ministers, chiefs,
# commanders or party, named by "his/her/their/its" right after the verb or "with" (news2020
# audit): one government among itself, whatever states the topic names. ("met his Ugandan
# counterpart" is no subordinate; a foreign, visiting or counterpart word anywhere keeps it.)
_OWN_SUBORDINATES = re.compile(
    r"\b(?:with|met|meets|meet|meeting|convened|summoned|chaired)\s+(?:his|her|their|its)\s+"
    r"(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:ministers|cabinet|chiefs|commanders|generals|advisers|"
    r"advisors|aides|team|council|governors|deputies|staff|lieutenants)\b|"
    r"\bmembers\s+of\s+(?:his|her|their|its)\s+(?:own\s+)?(?:ruling\s+)?(?:party|cabinet|"
    r"government)\b|"
    # "held talks with cabinet ministers on Wednesday": the cabinet is the leader's own, with or
    # without the possessive (round-17 audit), unless the cabinet is named as another's
    r"\b(?:with|met|meets|meet)\s+(?:(?:his|her|their|its|the)\s+)?(?:senior\s+|top\s+|key\s+)?"
    r"cabinet\s+(?:ministers|colleagues|members)\b(?!\s+(?:of|from)\b)", re.I)
# "meeting up with a friend from our hometown", "wowed his friends, hosting them on a Facebook
# Live session": a sitting among friends or relatives, private people (news2020 audit), when no
# word of governments, no second state and no IGO stands in the sentence.
_PRIVATE_COMPANY = re.compile(r"\b(?:a|an|some|his|her|their|my|our|old)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:friends?|relatives|girlfriend|boyfriend|classmates)\b", re.I)
# "a meeting with pharmaceutical executives and the White House task force": a government's
# meeting with an industry's chiefs (and its own bodies), no second state.
_WITH_EXECUTIVES = re.compile(
    r"\b(?:meeting|meetings|talks|met|meets|call)\s+with\s+(?:[\w-]+\s+){0,3}?(?:executives|"
    r"CEOs|chief executives|business leaders|industry leaders|bosses|bankers|businessm[ae]n)\b",
    re.I)
# "the labour minister met with the secretary general of the national labour organization and
# the miners' federation leader": a government with its own trade unions, no second state
# (round-19 audit).
_WITH_UNIONS = re.compile(
    r"\b(?:meeting|meetings|talks|met|meets|meet|call)\s+with\s+[^.;]{0,120}?\b(?:(?:trade|labou?r)\s+"
    r"unions?|union\s+(?:leaders?|officials|chiefs?|bosses|representatives)|labou?r\s+"
    r"(?:organi[sz]ation|federation|confederation|congress)|workers['’]?\s+(?:federation|"
    r"confederation|union)|(?:miners|teachers|dockers|railway(?:men)?|transport|farm(?:ers)?)['’]?"
    r"\s+(?:federation|union))\b", re.I)
# "The ASA and National Soybean Processors Association (NSPA) delegations will meet government
# officials": an association's delegation lobbying a government, not a state's.
_ASSOCIATION_SIDE = re.compile(
    r"\b(?:Association|Associations|Chamber of Commerce|Council of Industry)(?:\s*\([A-Z]+\))?\s+"
    r"(?:delegations?|delegates|representatives|members|officials|leaders)\b|"
    r"\b(?:delegations?|delegates|representatives)\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)"
    r"{1,5}(?:Association|Chamber of Commerce)\b")

# "The Philippines and its bank advisory committee completed a second day of talks": a state's
# talks with its commercial bank creditors, not with a state.
_AND_ITS_BANKS = re.compile(
    r"\band\s+its\s+(?:commercial\s+)?(?:bank\s+(?:advisory|steering)\s+committee|creditor\s+banks|"
    r"bank\s+creditors|commercial\s+banks)\s+(?:[\w-]+\s+){0,6}?(?:talks|met|meet|meeting|"
    r"negotiations|negotiated)\b", re.I)

# A sitting told under a modal of wish or advice ("finance ministers should hold a special
# meeting", "the organisers hope that X will use the opportunity for talks"): asked for, not
# held or set; kept when a day is told (thirteenth audit).
_MODAL_GATHERING = re.compile(
    r"\b(?:should|ought\s+to|would\s+like\s+to|hopes?\s+(?:that\s+)?(?:[\w,-]+\s+){0,8}?"
    r"(?:will|would|can|could))\s+(?:also\s+|soon\s+|now\s+|then\s+|urgently\s+)?"
    r"(?:meet\b|(?:hold|convene|call|have|organi[sz]e|use|seize|take)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|summit|talks|conference|session)s?\b)", re.I)
# "a meeting of the Club of X - a group of former world leaders", "a biologist who chaired the
# ninth health summit": the gathering's members are former office holders, or its host is a
# private person named by trade; no gathering of states (thirteenth audit).
_NOT_OFFICIALS = re.compile(
    r"\b(?:group|club|association|panel|council|network|organi[sz]ation)\s+of\s+(?:[\w-]+\s+)?"
    r"former\b|\b(?:professor|biologist|scientist|physician|doctor|businessman|businesswoman|"
    r"executive|entrepreneur|activist|academic|author|philanthropist|investor)\s+who\s+"
    r"(?:recently\s+|also\s+|once\s+)?(?:chaired|hosted|organi[sz]ed|convened|founded)\b", re.I)

# "other countries would meet the equal access rule": the verb's object is a rule to
# satisfy, not a person (twelfth audit).
_MEET_A_RULE = re.compile(
    r"\b(?:meet|meets|met|meeting)\s+(?:the|its|their|all|these|those|such|any|this|that)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:rules?|requirements?|criteria|standards?|targets?|demands?|"
    r"conditions?|deadlines?|obligations?|quotas?|needs?|expectations?|tests?|thresholds?|"
    r"goals?|aims?|objectives?|costs?|payments?|terms)\b|"
    # "met with strong objections from some heads of government", "has met with broad approval":
    # the object of "met with" is a reaction, not a side (round-19 audit)
    r"\b(?:meet|meets|met|meeting)\s+with\s+(?:(?:a|an|the|some|much|little|no|strong|stiff|"
    r"fierce|firm|broad|wide|widespread|general|considerable|mixed|great|growing|initial|"
    r"immediate|angry|hostile|warm|cool|lukewarm)\s+){0,3}(?:objections?|opposition|resistance|"
    r"criticism|scepticism|skepticism|hostility|disapproval|approval|acclaim|applause|"
    r"success|failure|derision|indifference|silence|suspicion|disbelief|outrage|anger|protests?|"
    r"reactions?|reception|enthusiasm|setbacks?|refusals?|rejection)\b|"
    # "in meeting outside pressure", "will meet that competition" (thirteenth audit); no verb
    # between ("the meeting would pressure Japan" is a sitting)
    r"\b(?:meet|meets|met|meeting)\s+(?!(?:would|will|could|may|might|can|should|is|was|has|"
    r"had)\b)(?:[\w-]+\s+)?(?:pressures?|challenges?|competition|commitments?)\b", re.I)
# A rule that licenses or forbids meetings of a class of people ("mandating Chinese diplomats to
# seek approval to visit universities or meet local officials", "bars civil servants from
# meeting foreign diplomats"): meetings in general, no sitting. The object is a bare plural in
# lower case (no name, no determiner: "permission to meet Foreign Minister Wang Yi" is one).
_MEETINGS_UNDER_RULE = re.compile(
    r"\b(?:approval|permission|clearance|consent|authori[sz]ation|notice|bars?|barred|bans?|"
    r"banned|prohibit\w*|forbid\w*|required|mandat\w+|allowed)\b[^.;]{0,40}?\b(?:meet|meeting)\s+"
    r"(?!(?:the|his|her|their|its|a|an|this|that)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z]+s\b")
# "he expressed hope that a meeting at the ministerial level would be held": one side's wish,
# no gathering set (twelfth audit).
_HOPED_FOR = re.compile(
    r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?)\s+(?:that\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:meeting|talks|summit|conference|visit)\b[^.;]{0,80}?\b(?:would|could|might|can|will)\s+"
    r"(?:soon\s+)?(?:be\s+held|take\s+place|happen|be\s+arranged|be\s+convened)\b", re.I)
_DAY_TOLD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|"
                       r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\btomorrow\b")
# "has to place her conference calls on mute": someone's calls of work, a habit, not a
# gathering (twelfth audit).
_OWN_CALLS = re.compile(r"\b(?:her|his|their|my|our|your)\s+(?:[\w-]+\s+)?(?:conference|video|"
                        r"zoom|phone)\s+calls\b", re.I)
# "the Foreign Ministry will inform us at the meeting tomorrow": a ministry briefing the
# speaker's own body, a domestic meeting (twelfth audit).
_BRIEFED_AT = re.compile(r"\b(?:inform|brief|update|tell)\w*\s+(?:us|me|them|him|her)\s+"
                         r"(?:at|during|in)\s+(?:the|this|that|our|their)\s+(?:[\w-]+\s+)?"
                         r"meeting\b", re.I)
# "Mr X's physician, Dr Y, said he had discussed the drug with the President": a leader's own
# physician or lawyer, no official of another state (twelfth audit).
_OWN_ADVISER = re.compile(r"(?:'s|’s)\s+(?:personal\s+|own\s+|family\s+)?(?:physician|doctor|"
                          r"dentist|lawyer|attorney|barber|chef)\b", re.I)


# "Crude oil futures rose for a third session", "shares fell for a fifth straight session": a
# run of sessions counted is a market's trading days whoever the sentence also names (OPEC).
_RUN_OF_SESSIONS = re.compile(
    r"\b(?:for|in)\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\d+(?:st|nd|rd|th)|straight|consecutive|successive)\s+(?:(?:straight|consecutive|"
    r"successive)\s+)?(?:trading\s+)?sessions?\b|\bsessions?\s+in\s+a\s+row\b", re.I)
# "the Monetary Board kept its key policy rate at 4 percent during its policy meeting": a
# meeting that sets a state's interest rate is its central bank's own, however the bank is
# named (probesR).
_RATE_MEETING = re.compile(r"\b(?:policy|rate-setting|rate|monetary\s+policy|policy-setting)\s+"
                           r"(?:review\s+)?meetings?\b", re.I)
_POLICY_RATE = re.compile(r"\b(?:policy|interest|benchmark|key|overnight|lending|repo)\s+"
                          r"(?:interest\s+)?rates?\b", re.I)
# "leaves the rest to future talks": talks in general yet to come, no gathering set (probesR).
_FUTURE_GENERIC = re.compile(r"\b(?:future|later|eventual)\s+(?:rounds?\s+of\s+)?(?:talks|"
                             r"negotiations|meetings|summits|discussions)\b", re.I)


# "Mongolia's parliament approved the budget after a marathon session, with lawmakers agreeing
# to cut foreign trips": a session of one state's legislature; "foreign" here qualifies what
# they voted on, so only a guest (a delegation, a counterpart, a visitor) makes it two states'
# (probesQ).
_PARLIAMENT = re.compile(r"\b(?:parliament|legislature|congress|senate|national assembly|"
                         r"lower house|upper house)\b", re.I)
_GUEST = re.compile(r"\b(?:visiting|delegations?|envoys?|counterparts?|guests?)\b", re.I)


# "<Gregg River Co> agreed ... following the failure of the price talks", "KLM had started talks
# with Vendex International NV": a company named by its legal form (or a ticker-style <Name>),
# and no word of a government, office holder or body anywhere in the sentence: business talks,
# whichever states the firms belong to (twelfth audit).
_COMPANY_NAME = re.compile(r"<[A-Z][^>]{1,60}>|\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Co|Corp|"
                           r"Corporation|Inc|Ltd|Plc|plc|PLC|AG|NV|GmbH|LLC|Holdings|Bhd)\b")
# Words of a state's offices, shared by the rules below that look for a state's side
_STATE_OFFICES = r"ministry|ministries|president|premier|chancellor|king|secretary|embassy"
_OFFICE_HOLDER_WORD = re.compile(rf"\b(?:{_STATE_OFFICES}|minister|state-owned|state|governor|"
                                 r"senator|prime)\b", re.I)


# "a domestic economic summit was needed": the sitting is named as one state's own by its
# own modifier (fourteenth audit). ("a summit on domestic demand" is left: the word must
# stand before the gathering noun, at most two words between.)
_DOMESTIC_GATHERING = re.compile(r"\bdomestic\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|"
                                 r"conference|session)s?\b", re.I)
# "mayors and senior officials from 11 cities held talks": the sides are cities, which act
# for no state (fourteenth audit); kept when a state's office holder, a foreign word or an
# IGO is named beside them ("the mayor met the visiting Chinese ambassador").
_CITY_SIDES = re.compile(r"\b(?:mayors?|city\s+councils?|city\s+halls?|municipalit(?:y|ies))\b",
                         re.I)
_STATE_SIDE_WORD = re.compile(rf"\b(?:{_STATE_OFFICES}|ministers?|queen|ambassadors?|governments?|"
                              r"envoys?|diplomats?|heads? of (?:state|government))\b", re.I)


# A class of sittings, not one: "called off all face-to-face meetings", "suspended its
# meetings for two weeks", "hold their meetings by video link", "postponed all its conferences"
# (round 15 audit). Talks are left out ("began their talks on Monday" is one sitting).
_CLASS_OF_SITTINGS = re.compile(
    r"\b(?:all\s+(?:of\s+)?(?:(?:its|their|the)\s+)?|(?:its|their)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:meetings|conferences|summits|sessions|visits|trips)\b", re.I)
# (no month and day: a dateline's own "March 26" is in the first sentence's quote)
_ONE_TIME = re.compile(r"\b(?:today|tomorrow|yesterday|tonight|here|(?:next|last|this)\s+"
                       r"(?:week|month|weekend)|days)\b", re.I)


# A state's creditor banks' own committee sitting ("the Philippines' bank advisory committee
# meets tomorrow to discuss its response", "Bolivia's commercial bank steering committee agreed
# at a meeting in New York"): banks among themselves, no officials of a state at the table.
_CREDITOR_COMMITTEE_SITS = re.compile(
    r"\b(?:bank|banks['’]?|creditor|creditors['’]?|lenders['’]?)\s+(?:advisory\s+|steering\s+|"
    r"co-?ordinating\s+)?committee\s+(?:(?:was|is|will|would|has)\s+)?(?:\w+\s+)?"
    r"(?:meets|met|meet|meeting|agreed\s+at\s+a\s+meeting)\b", re.I)
_WITH_OFFICIALS = re.compile(r"\b(?:with|and)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:officials?|"
                             r"ministers?|minister|president|government|delegation)\b", re.I)


def class_of_sittings(quote: str) -> bool:
    """The sentence names a class of sittings ("all face-to-face meetings", "its meetings")
    and no single one: no weekday, no verb of one sitting outside the class's phrase. Read
    as the candidate is made, so a later "who chaired the meeting" goes to a real one.
    A body's own "meetings" told with a time or place of their own are one gathering of
    several days ("holds its semi-annual meetings with the World Bank next week", "the first
    two days of its meetings here", "will continue their top level meetings in Bonn today")."""
    m = _CLASS_OF_SITTINGS.search(quote)
    if not m or _WEEKDAY.search(quote) or _ONE_SITTING.search(_CLASS_OF_SITTINGS.sub("", quote)):
        return False
    return m.group(0).lower().startswith("all") or not _ONE_TIME.search(quote)


@cache
def _territory_sovereign() -> dict[str, str]:
    """Dependent territories -> the state they belong to (data/dependent_territories.tsv)."""
    return {r["code"]: r["sovereign"] for r in load_tsv("dependent_territories.tsv")}


def no_gathering(e: EventMention, article_day: str | None = None) -> str | None:
    """Why the candidate reports no gathering of states, or None (`article_day`: the date an
    undated report of the article's news is given)."""
    quote = e.source.quote
    if e.kind == EventKind.VISIT:
        if _ADVISED_TRAVEL.search(quote) and not _VISITED.search(_ADVISED_TRAVEL.sub("", quote)):
            return "travel advice"
        if _OWN_TRIP.search(quote):
            return "the writer's trip"
        if e.visiting_country and \
                _territory_sovereign().get(e.host_country or "") == e.visiting_country:
            # "US Navy Secretary X visited Guam", "the Danish prime minister visited Greenland":
            # an official in a territory of his own state (round 15 audit)
            return "a visit to the state's own territory"
        return None
    if e.kind == EventKind.MEETING and not e.group and _MET_AS_SATISFIED.search(quote) and not \
            _MEET_WORD.search(_MET_AS_SATISFIED.sub("", quote)):
        return "met as satisfied"
    if not e.group and _HABIT.search(quote) and not _ONE_SITTING.search(quote):
        return "a habit"
    if e.kind != EventKind.VISIT and _WHEN_THEY_MET.search(quote) and _HABIT_WORD.search(quote):
        return "a habit"
    if e.kind != EventKind.VISIT and e.start in (None, article_day) and \
            _VAGUE_PLURAL.search(quote) and not _ONE_SITTING.search(quote):
        return "sittings untold"
    if e.kind != EventKind.VISIT and _GENERIC_PLURAL.search(quote) and \
            not _DAY_TOLD.search(quote) and not _ONE_SITTING.search(quote) and \
            not any(p.name.split() and p.name.split()[-1] in quote for p in e.participants):
        # (the people the sentence names tell the sittings: "at summits, including his
        # meetings with President X and President Y")
        return "gatherings in general"
    if e.kind != EventKind.VISIT and not e.participants and _STOPPED_PLURAL.search(quote):
        return "gatherings in general"
    if e.kind == EventKind.TALKS and not _SITTING.search(quote) and (
            _TRADE_ROUND.search(quote) and not _WEEKDAY.search(quote) or _ONGOING.search(quote)) \
            and (not e.place or e.place not in quote
                 or any(e.place in m.group(0) for m in _TRADE_ROUND.finditer(quote))):
        # (a place from the dateline only, or only the round's name: "Doha")
        return "a negotiation, not a sitting"
    if e.group and not e.participants and e.start in (None, article_day) and not e.place and \
            len(_states(quote)) < 2 and \
            _PLURAL_GATHERING.search(e.title) and not re.search(r"\b(?:talks|between)\b", e.title,
                                                                re.I):
        # "exclusion from meetings of member states" (but "meetings between Chinese and Indian
        # commanders since the clash", "after several meetings, Brazil and the U.S. ..." are a
        # series of two states' real ones)
        return "gatherings in general"
    if e.group and not e.participants and (_CENTRAL_BANK.search(quote) or
                                           _BANK_COMMITTEE.search(quote)) and not \
            _PUBLIC.search(quote) and len(_states(quote) | _bodies(quote)) <= 1:
        return "a central bank's own"
    if e.kind == EventKind.MEETING and _SESSION_WORD.search(e.title) and \
            _TRADING.search(quote) and not _PUBLIC.search(quote) and not _bodies(quote):
        return "a market's session"
    if e.kind == EventKind.MEETING and _SESSION_WORD.search(e.title) and \
            _RUN_OF_SESSIONS.search(quote):
        return "a market's session"
    if e.kind in (EventKind.TALKS, EventKind.MEETING) and _COMPANY_NAME.search(quote) and \
            not _PUBLIC.search(quote) and not _OFFICE_HOLDER_WORD.search(quote) and not _bodies(quote):
        return "business talks"
    if e.kind == EventKind.MEETING and _SESSION_WORD.search(e.title) and \
            (_PARLIAMENT.search(quote) or _LEGISLATURE.search(quote)) and \
            not _GUEST.search(quote) and len(_states(quote)) < 2 and not _bodies(quote):
        return "a legislature's own"
    if e.kind == EventKind.MEETING and _RATE_MEETING.search(quote) and \
            _POLICY_RATE.search(quote) and not _FOREIGN.search(quote) and \
            len(_states(quote)) < 2:
        return "a central bank's own"
    if e.kind != EventKind.VISIT and e.start in (None, article_day) and \
            _FUTURE_GENERIC.search(quote) and not _DAY_TOLD.search(quote) and \
            not _SITTING.search(_FUTURE_GENERIC.sub("", quote)) and \
            not re.search(r"\btalks\b", _FUTURE_GENERIC.sub("", quote), re.I):
        return "gatherings in general"
    if e.kind == EventKind.MEETING and not e.group and _MEET_NAME.search(quote) and \
            not _MEET_VERB.search(quote):
        return "a name with Meet"
    # (the crowd's own words out first: "a group of 30,000" is no "Group of" seven states)
    if e.kind == EventKind.MEETING and _CROWD.search(quote) and \
            not _PUBLIC.search(_CROWD.sub("", quote)):
        return "a crowd"
    if e.kind == EventKind.MEETING and _MEETING_TOOL.search(quote) and \
            not _MEET_VERB.search(_MEETING_TOOL.sub("", quote)):
        return "a meeting tool"
    if e.kind in (EventKind.TALKS, EventKind.MEETING) and _TALK_WITH_PEOPLE.search(quote) \
            and not _PUBLIC.search(quote) and len(_states(quote)) < 2:
        return "talk with private people"
    if e.kind == EventKind.MEETING and not _PUBLIC.search(quote) and \
            not _FOREIGN.search(quote) and not _bodies(quote) and \
            len(_states(_POLITICAL_CAMP.sub("", quote))) < 2:
        if e.group and _LEGISLATURE.search(quote):
            return "a legislature's own"
        if _CAMPAIGN.search(quote):
            return "a campaign meeting"
    if e.kind == EventKind.MEETING and _BARE_MINISTERS.search(quote.strip()) and \
            len(_states(quote)) == 1 and not _bodies(quote):
        return "one state's ministers"
    if e.kind == EventKind.TALKS and not e.participants and \
            {"governmental", "international"} <= set(e.missing) and \
            len({p.code for p in gazetteer().find(quote) if p.code}) < 2:  # (capitals too)
        # no one named, no word of governments, one state at most: that state's own ("Talks in
        # Washington about further economic aid collapsed", eleventh audit)
        return "one state's talks"
    if e.kind == EventKind.MEETING and _MET_BY_CROWD.search(quote) and \
            not _MEET_VERB.search(_MET_BY_CROWD.sub("", quote)):
        return "met by a crowd"
    if e.kind != EventKind.VISIT and _RUNNING_FOR.search(quote) and not _WEEKDAY.search(quote):
        return "a negotiation, not a sitting"
    if e.kind in (EventKind.MEETING, EventKind.TALKS) and _CREDITOR_COMMITTEE_SITS.search(quote) \
            and not _WITH_OFFICIALS.search(quote):
        return "creditor banks' own committee"
    if e.kind != EventKind.VISIT and e.start in (None, article_day) and \
            _PLURAL_GATHERING.search(e.title) and _SERIES_SINCE.search(quote) and \
            not _ONE_SITTING.search(quote):
        return "sittings untold"
    if e.kind in (EventKind.MEETING, EventKind.TALKS, EventKind.CALL) and \
            _NOT_DISCUSSED.search(quote) and not _MEET_WORD.search(quote) and \
            not re.search(r"\btalks\b", quote, re.I):
        return "talk negated"
    one_state = len(_states(quote)) < 2 and not _bodies(quote) and not _FOREIGN.search(quote)
    if e.kind == EventKind.MEETING and one_state and _AGENCIES_MET.search(quote):
        return "one government's departments"
    if e.kind != EventKind.VISIT and one_state and _CABINET_ROOM.search(quote):
        return "one government's cabinet"
    if e.kind != EventKind.VISIT and one_state and _WITH_EXECUTIVES.search(quote):
        return "a government with business"
    if e.kind != EventKind.VISIT and one_state and _WITH_UNIONS.search(quote):
        return "a government with its unions"
    if e.kind != EventKind.VISIT and _AND_ITS_BANKS.search(quote) and not _bodies(quote):
        return "a state with its creditor banks"
    if e.kind != EventKind.VISIT and _ASSOCIATION_SIDE.search(quote):
        return "an association's delegation"
    if e.kind == EventKind.MEETING and _MEETINGS_UNDER_RULE.search(quote) and \
            not _ONE_SITTING.search(quote):
        return "meetings under a rule"
    if e.kind == EventKind.MEETING and _MEET_A_RULE.search(quote) and \
            not _MEET_VERB.search(_MEET_A_RULE.sub("", quote)):
        return "met as satisfied"
    if e.kind != EventKind.VISIT and _HOPED_FOR.search(quote) and not _DAY_TOLD.search(quote):
        return "a hoped-for gathering"
    if e.kind in (EventKind.CONFERENCE, EventKind.CALL) and _OWN_CALLS.search(quote) and \
            not _PUBLIC.search(quote):
        return "someone's own calls"
    if e.kind == EventKind.MEETING and _BRIEFED_AT.search(quote):
        return "a briefing of one's own body"
    if e.kind != EventKind.VISIT and _OWN_ADVISER.search(quote) and len(_states(quote)) < 2 \
            and not _FOREIGN.search(quote) and not _bodies(quote):
        return "a leader with an adviser"
    if e.kind != EventKind.VISIT and one_state and _OWN_SIDES.search(quote):
        return "one state's own sides"
    if e.kind != EventKind.VISIT and _OWN_SUBORDINATES.search(quote) and \
            not _FOREIGN.search(quote) and not _bodies(quote):
        return "a leader with his own government"
    if e.kind != EventKind.VISIT and _PRIVATE_COMPANY.search(quote) and \
            not _PUBLIC.search(quote) and len(_states(quote)) < 2 and not _bodies(quote):
        return "a sitting of friends"
    wished = _MODAL_GATHERING.search(quote)
    # (a day told after the wish sets it; a dateline's day before it does not)
    if e.kind != EventKind.VISIT and wished and not _DAY_TOLD.search(quote[wished.start():]):
        return "a wished-for gathering"
    if e.kind != EventKind.VISIT and _NOT_OFFICIALS.search(quote):
        return "not officials"
    if e.kind == EventKind.TALKS and _talks_as_verb(quote, e.participants):
        return "talks as a verb"
    if e.kind != EventKind.VISIT and _DOMESTIC_GATHERING.search(e.title + " " + quote) and \
            len(_states(quote)) < 2 and not _bodies(quote):
        return "a domestic gathering"
    if e.kind in (EventKind.MEETING, EventKind.TALKS) and _CITY_SIDES.search(quote) and \
            not _STATE_SIDE_WORD.search(quote) and not _FOREIGN.search(quote) and \
            not _bodies(quote):
        return "cities' own sitting"
    one = _ONE_STATE_MEETING.search(quote)
    if one and e.kind in (EventKind.MEETING, EventKind.TALKS) and _states(one.group("state")):
        return "one state's officials"
    return None


# "listens as Superintendent Ana Ruiz talks about the damage": "talks" right after a named
# participant, then "about" / "to": that person speaking, a verb, not a sitting (thirteenth audit).
# ("International Coffee Organization talks on quotas", "the Yaounde talks to" are nouns: the
# word before is no person taking part.)
_TALKS_VERB = re.compile(r"\b([A-Z][\w'’-]+)\s+talks\s+(?:about|to)\b")


# "Japan's National Security Council held an emergency meeting over China's drills", "The
# National Security Committee met with Prime Minister X in the chair": a state's own council or
# cabinet sitting (subject of met/held/convened, or "a meeting of" it) is one government among
# itself, whatever states its topic names (pevdomestic probes). The UN's Security Council is a
# body of states (`_bodies`), and a foreign / visiting / counterpart word keeps it.
_OWN_COUNCIL_SITS = re.compile(
    r"\b(?:National\s+Security\s+(?:Council|Committee)|Security\s+Cabinet|Council\s+of\s+"
    r"Ministers|Politburo(?:\s+Standing\s+Committee)?|(?:federal\s+|state\s+)?cabinet)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:met|meets|convened|held|holds|will\s+meet)\b)|"
    r"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:National\s+"
    r"Security\s+(?:Council|Committee)|Security\s+Cabinet|Council\s+of\s+Ministers|"
    r"Politburo)\b")
# "The meeting today decided to extend the lockdown in Manila": a meeting told only by what it
# decided, with no second state, no body of states and no foreign word: a government's own
# sitting (news2020 audit).
_MEETING_DECIDED = re.compile(
    r"\b[Tt]he\s+meeting\b(?:\s*,[^,]{0,80},|\s+(?:today|yesterday|on\s+\w+day))?\s+"
    r"(?:decided|resolved|agreed|approved|directed|ordered)\b")


def one_government_sitting(e: EventMention) -> bool:
    """A state's own council, cabinet or meeting told by its decision (see above)."""
    if e.kind == EventKind.VISIT:
        return False
    quote = e.source.quote
    if _FOREIGN.search(quote) or _bodies(quote):
        return False
    if _OWN_COUNCIL_SITS.search(quote):
        return True
    decided = _MEETING_DECIDED.search(quote)
    # (the states the decision is about are not its sides: "The meeting today decided to impose
    # restrictions on citizens of India, Indonesia and the Philippines", round-20 audit; the
    # sides are told before the verb, "The meeting of X and Y ministers decided")
    return decided is not None and len(_states(quote[:decided.end()])) < 2


def person_state(p: Actor, day: str | None) -> str | None:
    """The state a participant serves: the text's demonym ("Kenyan Foreign Minister X"), else
    the office-holders table on the article's day. (The dateline's state for one titled with
    no demonym was tried and dropped: a visitor named without his state lost a real event of
    validation batch S.)"""
    if p.country:
        return p.country
    term = officeholders().resolve(p.name, day)
    return term.country if term is not None else None


# (a guest's word; "Foreign Minister", "foreign affairs" are a title and a portfolio, no guest's)
_GUEST_OR_FOREIGN = re.compile(r"\b(?:visiting|delegations?|envoys?|counterparts?|guests?|"
                               r"ambassadors?)\b|\bforeign\b(?!\s+(?:minister|secretary|"
                               r"affairs|ministry|office|policy|relations|trade))", re.I)


# The sentence is only "[title] X met [title] Y ...": X the subject of the meeting verb, Y its
# object, the two its only sides. (At scale on Reuters the rule without it took a visitor told
# by "He had earlier met Volcker and Baker", "Abe said he will meet President Reagan, Vice
# President Bush ...", "Baker and Volcker held a meeting with senior West German officials":
# the participants found are then one side only.)
_DATELINE_LEAD = re.compile(r"^.{0,80}?\s[-–—]\s+")
_TITLE_WORDS = r"(?:[A-Z][\w'’.-]*\s+|(?:of|for|and)\s+(?=[A-Z]))*"
_MET_VERB = (r"(?:has\s+|had\s+)?(?:met(?:\s+with)?|held\s+(?:talks|a\s+meeting)\s+with|"
             r"talked\s+with|briefed|"
             # "X, is due to meet Prime Minister Y today", "X will meet President Y"
             r"(?:will|(?:is|are|was|were)\s+(?:due\s+|expected\s+|scheduled\s+|set\s+)?to)\s+"
             r"meet(?:\s+with)?)\s+(?:the\s+)?")


def _one_met_the_other(quote: str, first: str, second: str) -> bool:
    text = _DATELINE_LEAD.sub("", quote.replace("\n", " "), count=1).strip()
    def named(name: str) -> str:  # the full name, or the surname after a title ("President Reagan")
        return rf"(?:{re.escape(name)}|{re.escape(name.split()[-1])})" if name.split() else "$^"

    for a, b in ((first, second), (second, first)):
        if re.match(rf"{_TITLE_WORDS}{named(a)},?\s+{_MET_VERB}{_TITLE_WORDS}{named(b)}\b", text):
            return True
    return False


def one_state_people(e: EventMention, day: str | None) -> bool:
    """A meeting or talks whose every participant is a person of one and the same state: a
    minister with her own head of state ("Foreign Minister Retno Marsudi met President Joko
    Widodo at the palace", "Treasury Secretary Baker met President Reagan"), one government
    among itself whatever the topic names (pevdomestic probes; the title blocked the older
    subordinate checks). Kept when a foreign / visiting / counterpart / envoy word or a body
    of states stands in the sentence, or any participant's state is unknown."""
    if e.kind not in (EventKind.MEETING, EventKind.TALKS) or len(e.participants) < 2:
        return False
    if any(p.type != "person" for p in e.participants):
        return False
    quote = e.source.quote
    if _GUEST_OR_FOREIGN.search(quote) or _bodies(quote):
        return False
    if len(e.participants) != 2 or not _one_met_the_other(quote, *(p.name for p in e.participants)):
        return False
    states = {person_state(p, day) for p in e.participants}
    state = next(iter(states)) if len(states) == 1 else None
    return state is not None and not state.startswith("IGO")


def _talks_as_verb(quote: str, participants: Iterable[Actor]) -> bool:
    last = {p.name.split()[-1] for p in participants if p.type == "person" and p.name.split()}
    return any(m.group(1) in last for m in _TALKS_VERB.finditer(quote))


def _states(text: str) -> set[str]:
    return {p.code for p in gazetteer().find(text)
            if p.form in _STATE_FORMS and p.code and not p.code.startswith("IGO:")}


def _bodies(text: str) -> set[str]:
    return {p.code for p in gazetteer().find(text) if p.code and p.code.startswith("IGO:")}


# "the five-day conference", "the Swiss summit": a gathering told only by a definite noun (the
# leaders said to attend it do not make it one of states), whose article named it before as a private forum ("the World Economic Forum
# in Davos"): the forum's, not one of states (development audit 1; eleventh audit: "the Swiss summit").
_DEFINITE_GATHERING = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:conference|summit|"
                                 r"forum|meeting|gathering)\b", re.I)
_FORUM_NAME = re.compile(r"\b(?:[A-Z][\w-]*\s+){1,3}Forum\b")
_GATHERING_NOUN = re.compile(r"\b(?:conference|summit|forum|meeting|gathering|talks)s?\b", re.I)


def private_forum_back(e: EventMention, before: Iterable[str]) -> bool:
    """The candidate's gathering is one a sentence before named as a private forum: the nearest
    earlier sentence (`before`, nearest first) with a gathering's noun or a forum's name names a
    forum that is no organization of states (the gazetteer's) and has no word of public
    audiences in its name ("the World Economic Forum", "the Global Markets Forum"; not "the
    Pacific Islands Forum", "the Forum of Foreign Ministers")."""
    if e.kind == EventKind.VISIT or not e.group or \
            not _DEFINITE_GATHERING.search(e.source.quote) or _FORUM_NAME.search(e.source.quote):
        return False
    for text in before:
        if not (_GATHERING_NOUN.search(text) or _FORUM_NAME.search(text)):
            continue
        name = _FORUM_NAME.search(text)
        return name is not None and not words("public_audiences").search(name.group(0)) \
            and not any(p.form == "igo" for p in gazetteer().find(name.group(0)))
    return False


# A state's talks with its commercial bank creditors (round-15 audit of the Reuters run: debt
# talks were a third of the false events there): the lenders are companies, not a state, so
# the talks are no diplomatic event. Told with the banks as the other side ("Brazil and its bank
# creditors failed to agree in debt talks", "held talks with foreign bank creditors", "talking
# to bank creditors"), or by a bare "the talks" / "talks with the committee" whose nearest
# earlier sentence about talks names the banks ("negotiations with the steering committee for
# its 300 creditor banks ... today's second day of talks was postponed").
_BANK_LENDERS = (r"(?:creditor\s+banks|creditors?['’]?\s+banks|bank\s+creditors|commercial\s+"
                 r"(?:bank\s+)?creditors|commercial\s+banks|foreign\s+banks|(?:[\w-]+\s+)?bank\s+"
                 r"(?:advisory|steering)\s+(?:committee|panel)|(?:advisory|steering)\s+committee\s+(?:of|for)"
                 r"\s+(?:[\w-]+\s+){0,3}?(?:banks|creditors))")
_WITH_BANKS = re.compile(r"\b(?:with|and|to)\s+(?:(?:its|their|the|his|her|a|[\d-]+)\s+)?"
                         r"(?:[\w-]+\s+){0,4}?" + _BANK_LENDERS + r"\b", re.I)
_NAMES_BANKS = re.compile(r"\b" + _BANK_LENDERS + r"\b", re.I)
_TALKS_WORD = re.compile(r"\b(?:talks|talking|negotiat\w+|meeting|met|meet)\b", re.I)
# the side that makes the talks a state's: lenders that are states or their organizations
_STATE_LENDERS = re.compile(r"\b(?:Paris\s+Club|governments?|IMF|International\s+Monetary\s+Fund|"
                            r"World\s+Bank|Treasury|ministers?|ministry|ambassadors?|"
                            r"creditor\s+(?:countries|nations|states))\b", re.I)
# bankers or the banks as the side a sentence about talks names ("bankers declined to comment
# ahead of their next meeting with the minister")
_BANKERS_ONLY = re.compile(r"\b(?:bankers|banks['’]?)\b", re.I)
_OWN_FINANCE_MINISTER = re.compile(r"\b(?:finance|economy|economics|planning)\s+minister\b", re.I)
# the banks as the side that sits: "bankers declined to comment ahead of their next meeting with
# the minister", "the regional banks that will meet with the Fed chairman tomorrow"
_BANKS_OWN_SITTING = re.compile(
    r"\b(?:bankers|banks)\s+(?:(?:[\w,'’-]+\s+){0,12}?(?:their|its)\s+(?:next\s+|first\s+|"
    r"second\s+|latest\s+)?(?:meeting|talks)|(?:that|who|which)\s+(?:will\s+|are\s+to\s+)?"
    r"(?:meet|met))\b", re.I)
# a bare reference to talks told before: "the talks", "talks with the committee", no side named
_TALKS_NOUN = re.compile(r"\b(?:talks|negotiations)\b", re.I)
_COMMITTEE_OR_BANKS = re.compile(r"\b(?:committee|banks)\b", re.I)
_ANAPHORIC_SIDE = re.compile(r"\b(?:with|to)\s+(?:the\s+)?(?:committee|banks|them)\b", re.I)


# A state told only as the banks' nationality ("Japanese creditor banks", "U.S. commercial
# banks", "Japanese bank creditors") or as the debtor paired with its own banks in a deal of its
# own ("a pact between Chile and its bank advisory panel"): no second state at the talks' table
# (round-24 audit: "Nigerian officials will meet with Japanese creditor banks", "the Venezuelan
# talks ... follow a pact between Chile and its bank advisory panel").
_BANKS_OF_A_STATE = re.compile(r"\s+(?:(?:creditor|commercial|private|leading|major|big)\s+)"
                               r"{0,2}(?:banks|bankers|bank\s+creditors)\b", re.I)
_WITH_ITS_BANKS = re.compile(r"\s+and\s+its\s+(?:(?:commercial|creditor|foreign|private)\s+)?"
                             r"(?:bank\s+(?:advisory|steering)\s+(?:committee|panel)|creditor\s+"
                             r"banks|bank\s+creditors|commercial\s+banks|banks)\b", re.I)


def _banks_states_out(text: str) -> str:
    """`text` with each state told only as its banks' nationality written "foreign" (still a
    lender's word for `_BANK_LENDERS`) and each debtor paired with its own banks dropped with
    its pair, so neither counts as a second state of the talks."""
    out, last = [], 0
    for p in gazetteer().find(text):
        if p.form not in _STATE_FORMS or not p.code or p.code.startswith("IGO:") or \
                p.start < last:
            continue
        if _BANKS_OF_A_STATE.match(text, p.end):
            out.append(text[last:p.start] + "foreign")
            last = p.end
        elif (m := _WITH_ITS_BANKS.match(text, p.end)) is not None:
            # ("between Chile and its bank advisory panel": the pair and its "between" go)
            head = re.sub(r"\b(?:between|with)\s+$", "", text[last:p.start], flags=re.I)
            out.append(head)
            last = m.end()
    return "".join(out) + text[last:]


def bank_talks_back(e: EventMention, before: Iterable[str]) -> bool:
    """Talks or a meeting of a state with its commercial bank creditors: the banks named as the
    other side in the sentence, or, for a bare "the talks", in the nearest earlier sentence
    (`before`, nearest first) about talks. Kept when a state's lender, an IGO or a second state
    sits at the table as well."""
    quote = e.source.quote
    if e.kind not in (EventKind.TALKS, EventKind.MEETING) or \
            _STATE_LENDERS.search(_OWN_FINANCE_MINISTER.sub("", quote)) or _bodies(quote) or \
            len({p.country for p in e.participants if p.country}) >= 2:
        return False
    rest = _banks_states_out(quote)
    if len(_states(rest)) >= 2:
        return False
    if any(_WITH_BANKS.search(t) or _BANKS_OWN_SITTING.search(t) for t in (quote, rest)):
        return True
    if len(_states(quote)) >= 2 and any(_NAMES_BANKS.search(t) for t in (quote, rest)):
        # the sentence's second state was only the banks' (or a debtor's with its own banks):
        # the banks are the other side ("Japanese banks are expected to give Nigerian debt
        # negotiators a cool response when they arrive here tomorrow for talks")
        return True
    quote = rest
    if e.kind != EventKind.TALKS or not _TALKS_NOUN.search(quote) or \
            re.search(r"\b(?:with|between)\b", _ANAPHORIC_SIDE.sub("", quote), re.I):
        return False
    # ("talks with the committee": the nearest sentence before that names a committee or banks)
    antecedent = _COMMITTEE_OR_BANKS if _ANAPHORIC_SIDE.search(quote) else _TALKS_WORD
    for text in before:
        # (a state paired with its banks is talks told: "Venezuela and its bank advisory
        # committee have agreed in principle on revisions")
        if not (antecedent.search(text) or _WITH_ITS_BANKS.search(text)):
            continue
        # (the debtor's own finance minister names the debtor's side, not a lender: "Finance
        # Minister X expects an accord with commercial bank creditors in talks next week")
        lenders = _STATE_LENDERS.search(_OWN_FINANCE_MINISTER.sub("", text))
        if _NAMES_BANKS.search(text) and not lenders and not _bodies(text):
            return True
        # a sentence about talks that names no side but bankers or a pronoun ("bankers declined
        # to be specific ahead of their next meeting with the minister") leaves the talks' side
        # to an earlier sentence; one naming a state's lender, a body or two states ends the search
        if lenders or _bodies(text) or len(_states(text)) >= 2 or \
                not _BANKERS_ONLY.search(text):
            return False
    return False


# Who the sides of negotiators told before are: "House and Senate negotiators", "delegations".
_SIDES_TOLD = re.compile(r"\b(?:negotiators?|sides|delegations?|lawmakers|legislators)\b", re.I)


def legislative_sides_back(e: EventMention, before: Iterable[str]) -> bool:
    """A gathering of "the two sides" (or "both sides"), no one named and no state or
    organization of states in its sentence, whose sides the nearest earlier sentence about
    negotiators (`before`, nearest first; three at most) tells as the chambers or members of
    one legislature and names no state: one state's own ("House and Senate negotiators ...
    The two sides have not had a formal negotiating meeting since May 13"; round-27 audit)."""
    quote = e.source.quote
    if e.kind == EventKind.VISIT or e.participants or not _TWO_SIDES.search(quote) \
            or _states(quote) or _bodies(quote):
        return False
    for text in islice(before, 3):
        if _SIDES_TOLD.search(text):
            return bool(words("legislative_sides").search(text)) and not _states(text) \
                and not _bodies(text)
    return False

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A counted group of states: "eight Latin American coffee producers", "five Gulf states".
COUNTED_STATES = re.compile(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:producers|exporters|"
                            r"importers|countries|nations|states|governments)\b", re.I)


# A gathering flagged `international` (its sentence names no second state, no organization of
# states and no word of several nations, in an article about one state) that the learned
# decision would keep all the same: in the Reuters full run two in three of them were that
# state's own ("French government ministers will meet next Tuesday", "Democrats on the House
# Budget Committee, meeting behind closed doors", "a meeting of leading politicians, bankers and
# economists", "told a conference of Saudi businessmen"). Kept only when the sentence itself
# says the sitting is of several states: office holders in the plural owned by no one state
# ("the Paris meeting of finance ministers", "the two prime ministers meet"), donors, a monetary
# gathering (the week's G-7 meetings told from a market), an N-nation group, a summit, pledges.
_SEVERAL_STATES = re.compile(
    r"\b(?:ministers|governors|heads\s+of\s+(?:state|government)|negotiators|envoys|delegates)\b|"
    r"\b(?:donors?|lenders|creditor\s+(?:governments|nations|countries|states))(?:['’]|\b)|"
    r"\bpledg\w*|\bsummits?\b|"
    r"\bmonetary\s+(?:meetings?|conference|talks|summit)\b|"
    rf"\b{_COUNT}-(?:nation|country|member)\b|\bgroup\s+of\s+(?:five|seven|ten|eight|\d+)\b|"
    + COUNTED_STATES.pattern, re.I)


# A gathering named by the city it sits in, right before its noun ("after the Paris meeting",
# "the London conference will be a modest step"): a known gathering of states, told in passing.
_CITY_BEFORE_GATHERING = re.compile(r"\b([A-Z][a-z]+)\s+(?:meeting|summit|conference|talks)\b")


def _owned_by_one_state(quote: str, at: int) -> bool:
    """The word at `at` is owned by one state named just before it ("French government
    ministers", "Japan's finance ministers")."""
    before = quote[max(0, at - 40):at]
    found = [p for p in gazetteer().find(before) if p.form in _STATE_FORMS and p.code
             and not p.code.startswith("IGO:")]
    return bool(found) and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}",
                                        before[found[-1].end:]) is not None


def one_state_story_gathering(e: EventMention) -> bool:
    """A gathering flagged `international` whose sentence gives no sign of several states
    (see above) and whose participants are not of two states: that state's own, not kept
    whatever the learned decision believes."""
    if e.kind == EventKind.VISIT or "international" not in e.missing:
        return False
    if len({p.country for p in e.participants if p.country}) >= 2:
        return False  # "the meeting on Monday with U.S. Treasury Secretary Baker", told before
    quote = e.source.quote
    if any(p.form in ("capital", "city") for m in _CITY_BEFORE_GATHERING.finditer(quote)
           for p in gazetteer().find(m.group(1))):
        return False  # "the Paris meeting", "the London conference": named by a city
    return not any(not _owned_by_one_state(quote, m.start())
                   for m in _SEVERAL_STATES.finditer(quote))


# A conference flagged `governmental` (no word of governments, officials or delegations in its
# sentence) is a trade's, a firm's or an agency's own unless its name says it is of states: a
# word of states or a place in the name the text gives it ("the London conference", "an
# international peace conference"). In the Reuters full run five in six were not ("an economic
# conference" a life insurer's manager addressed, "a recent Euromoney conference on MTNs", "the
# Middle East foreign exchange conference" of traders, a central bank committee's "telephone
# conference", a Fiat vice-president who "told a conference"; round 16 audit: the last).
_STATES_CONFERENCE = re.compile(r"\b(?:international|intergovernmental|inter-governmental|"
                                r"peace|ministerial|world|regional|disarmament|summit|"
                                r"U\.?N\.?|United Nations)\b|" + COUNTED_STATES.pattern, re.I)


def unnamed_private_conference(e: EventMention) -> bool:
    """A conference flagged `governmental` whose name (none when the title is made up as
    "Conference of <states>") has no word of states and no place (see above)."""
    if e.kind != EventKind.CONFERENCE or "governmental" not in e.missing:
        return False
    name = "" if e.title.startswith("Conference of ") else e.title
    return not _STATES_CONFERENCE.search(name) and not any(
        p.form != "body" for p in gazetteer().find(name))


# An organization's own name that may stand for states or their bodies, not for a firm: the
# NER's organizations are kept as firms only without one of these ("the Inter-African Coffee
# Organisation", "the Group of 77", "the Council", "Pertamina's ... board" stays a firm).
_PUBLIC_ORG = re.compile(
    r"\b(?:Organi[sz]ations?|Council|Commission|Community|Committee|Nations|States|Countries|"
    r"Inter-?\s?governmental|International|Intergovernmental|Ministry|Ministries|Government|"
    r"Agency|Parliament|Assembly|Congress|Senate|Union|Fund|Secretariat|Forum|Group|Club|"
    r"Conference|Cabinet|Treasury|Department|Office|Embassy|Mission|Army|Navy|Force|Police|"
    r"Central|Reserve|Federal|State|National|Court|Board|Bank|Institute|Authority|Party|"
    r"Summit|Talks|Round|Pact|Accord|Agreement|Treaty|Convention|Alliance|Producers|"
    r"Exporters|Importers|Consumers|Delegates?|Officials?|Sources|Diplomats?|Negotiators?)\b",
    re.I)
# Who reports the news, not who sits: a newspaper, an agency, a broadcaster.
_MEDIA_ORG = re.compile(r"\b(?:News|Press|Times|Post|Journal|Herald|Tribune|Telegraph|Gazette|"
                        r"Guardian|Newspaper|Magazine|Television|TV|Radio|Broadcasting|Reuters|"
                        r"Bloomberg|AFP|AP|Kyodo|Xinhua|Tass|TASS|Wire)\b")


# "the two sides discussed": the sides are the states the article is about, whatever the
# sentence names.
_TWO_SIDES = re.compile(r"\b(?:the\s+two|both)\s+sides\b", re.I)
# A firm named right after the gathering's noun as its side: "talks between X and Y".
_SIDE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:between|with)\s+(?:[\w'’-]+\s+){0,3}?",
                         re.I)


def firms_gathering(e: EventMention, text: str, organizations: Iterable[tuple[int, int]],
                    people: Iterable[str] = (), day: str | None = None) -> bool:
    """A gathering named by its noun with no word of governments in its sentence (flagged
    `governmental`), no one in office or of a known state among its people, whose sentence
    names an organization the gazetteer does not know (a firm, a bank, a creditors' committee:
    the NER's, not a body of states, not a newspaper or agency that reports it) and no state at
    all: the firms' own talks or meeting ("talks between two firms had been going on for
    months", "a committee of the firm's creditors is due to meet its managers"; round-17 audit
    and full runs of round 12). GUIDE: an event is one of officials of states or of an
    organization of states."""
    if e.kind in (EventKind.VISIT, EventKind.SUMMIT) or not e.group \
            or "governmental" not in e.missing:
        return False  # (a summit is of leaders: "the next OTS summit", an acronym unknown)
    if any(p.country or (p.role and _PUBLIC.search(p.role)) for p in e.participants):
        return False
    if _TWO_SIDES.search(text):
        return False
    noun = trigger(text, e.kind)
    if noun is None:
        return False
    # (a person the NER took for an organization is none: a surname of the article's people or
    # of the dated office-holders, "Nakasone may be forced to step down after the summit")
    surnames = {n.split()[-1] for n in people if n.split()}
    firms = [text[a:b] for a, b in organizations
             if b <= noun.start() or _SIDE_AFTER.fullmatch(text[noun.end():a])]
    firms = [f for f in firms if not _PUBLIC_ORG.search(f) and not _MEDIA_ORG.search(f)
             and f.lower().removeprefix("the ") not in news_agency_states()
             and f.split()[-1] not in surnames and officeholders().resolve(f, day) is None]
    if not firms:
        return False
    rest = text
    for f in firms:
        rest = rest.replace(f, " ")
    return not _states(rest) and not _bodies(rest) and not _PUBLIC.search(rest) \
        and not _GUEST.search(rest)
