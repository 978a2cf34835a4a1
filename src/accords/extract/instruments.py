"""Find the phrases that name instruments in one sentence.

A phrase is a head noun ("treaty", "MoU", "roadmap"), the modifiers before it ("extradition",
"military-technical cooperation") and the complement after it ("on counter-narcotics",
"between A and B"), cut at the next item of an enumeration or the next clause. Plural heads
with coordinated modifiers ("military cooperation and readmission accords") yield one phrase
per modifier; generic heads followed by a list of fields ("accords ... for cooperation on
environmental protection, postal services and business support") yield one vague phrase per
field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accords.annotate.gazetteer import gazetteer
from accords.annotate.syntax import Parse
from accords.extract.cues import cues, kind_of, topics_in
from accords.vocab import Kind, Status

_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")
# Words that end a run of modifiers to the left of a head noun.
_STOP_LEFT = frozenset("""a an the this that these those its their his her our your my some any
each every all both either no of to on in for with by from at as into about over under between
and or but nor was were is are be been being have has had will would shall should may might can
could do does did not also further separate new latest other same such several many multiple
series two three four five six seven eight nine ten dozen 15 one first second which who that
signed inked sign signs signing finalize finalized finalise finalised finalizes agreed agree
approve approved approves exchanged reached discussed concluded initialled initialed ratified
cancelled canceled rejected welcomed praised described said says told including included under
current existing previous earlier proposed planned draft final formal binding legally bilateral
reach ink conclude discuss during after before while when if than then so secured secure
obtained obtain won win struck strike clinched sealed announced negotiated renegotiated
extended renewed breached violated violating violates general broad""".split())

_INSTR = cues().instrument.pattern
_BOUNDARY = re.compile(
    r"(?:[.;!?](?:\s|$)|:\s|\s[—–-]\s|—"
    # a participle of the instrument's stage starts its own clause ("an arrangement with Fiji
    # signed in 2022", "the deal with Kenya concluded last year")
    r"|\s+(?=(?:signed|inked|sealed|concluded|initial(?:l)?ed|ratified)\s+(?:in|on|at|by|last|"
    r"earlier|this|during|between|with)\b)"
    r"|,\s+(?=(?:(?:a|an|the|and(?! also between)|while|which|who|whose|as(?! well as between)|saying|said|during|following|under|"
    r"aimed|amid|it|he|she|they|but|with|along|adding|allowing|according|both|officials?|says|"
    r"said|reports?|reported|"
    r"state|signed|reached|after|before|in\s+(?:a|an|the|addition))\b|(?-i:[A-Z])))"
    rf"|\s+(?:and|as well as|along with|plus)\s+(?=(?:a|an|the|another|two|three|several)?\s*"
    rf"(?:(?!and\b|between\b)[\w’'-]+\s+){{0,4}}?(?:{_INSTR}))"
    r"|\s+and\s+(?=(?:another|the other|a second)\s+(?:on|for|in|concerning|regarding)\b)"
    r"|\s+and\s+(?=(?:signed|inked|agreed|finali[sz]ed|discussed|approved|exchanged|the documents|"
    r"will|would|have|has|had|also|was|were|is|are|it|they)\b)"
    r"|\s+(?:while|whereas|which|who|as (?:a|an|part)|after|before|during|when|amid|following|"
    r"saying|but|because|since|until|was|were|is|are|has|have|had|will|would|expires?|expired|"
    r"ends|ended|runs|ran|comes|came|gives|gave|allows|allowed|provides|provided|includes|"
    r"included|covers|covered|calls|called|requires|required|aims|aimed|sets|set out|"
    r"followed|follows|preceded|replaced|replaces|in turn)\s)", re.I)

# "two agreements, one on trade and the other on tourism", "... one for X, another for Y and a
# third for Z": each field after "one", "the other", "another", "a third" is an instrument
_ONE_EACH = re.compile(r"^,\s+(?P<list>one\s+(?:on|for|in|concerning)\s+[^.;]+)", re.I)
_ONE_EACH_NEXT = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+)(?:one|the other|another|"
                            r"(?:a|the) (?:second|third|fourth|fifth|last))\s+(?:on|for|in|"
                            r"concerning)\s+(?P<field>(?:(?!,\s|\s+and\s+(?:the other|another|"
                            r"(?:a|the) (?:second|third|fourth|fifth|last))\b).)+)", re.I)
_VAGUE_LIST = re.compile(
    r"^(?:\s+\([^)]*\))?(?:\s+(?:signed|inked|concluded|reached|exchanged))?"
    r"(?:\s+(?:were|was|are|have been|had been|has been))?(?:\s+also)?"
    r"(?:\s+(?:signed|inked|concluded|reached|exchanged))?(?:\s+(?:those|ones))?"
    r"(?:\s+(?:for|on|in|covering|aimed at \w+ing cooperation (?:across|in)[^,]*,\s+including|"
    r"including|across))\s+"
    r"(?:(?:bilateral\s+)?cooperation\s+(?:on|in)\s+)?(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
    r"(?P<list>[^.;]+)", re.I)


_SECOND_INFINITIVE = re.compile(r"\s+and\s+(?=to\s+(?-i:[a-z])\w+\s+(?:its|their|the|a|an)\b)",
                                re.I)


# When and where it happened belong to the fact, not to the instrument's name.
_ADVERBIAL = re.compile(
    # ("a visa agreement with the EU later this year", "... with Nato soon": when, not whom)
    r"\s+(?:(?:later|earlier|early|late)\s+(?:(?:this|next|last)\s+(?:week|month|year)|today|tonight)\b|"
    r"(?:soon|shortly)\b(?!\s+(?:after|before))|"
    r"(?:on|last|this|next|earlier|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month|year)\b|(?:on|in|since|by)\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d)|today\b|yesterday\b|"
    # ("a declaration in Brazil's capital": where it was signed, however the capital is told)
    r"(?:in|at)\s+(?:the\s+|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s\s+)?(?:capital|presence)\b|"
    # ("a roadmap on water sharing by the end of the year", "a declaration ... at the end of
    # their summit": a time told for the fact, not part of the name)
    r"(?:by|before|until|at|towards?)\s+the\s+(?:end|middle|start|beginning|close)\s+of\b|"
    # ("the agreement on marine pollution signed by the two countries in 1995": a participle
    # after the complement tells the instrument's stage and signers; it is no part of its name)
    r"(?:(?:first|jointly|originally|later|formally)\s+)?(?:signed|concluded|ratified|"
    r"initial(?:l)?ed)\s+(?=by\b|with\b))")
# "an agreement on driving licences in Bucharest": a city places the fact; it names no
# instrument (cities are never parties either, see annotate/gazetteer.py).
_IN_CITY = re.compile(r"\s+(?:in|at)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\b")


# Types of instrument whose own name holds an "of" ("a status of forces agreement", "a status
# of mission agreement"): the words before the "of" belong to the name, not to the clause.
_OF_TYPE = re.compile(r"\bstatus\s+of\s+(?=(?:forces|mission)$)", re.I)


# "a package of bilateral agreements": the plural heads of one instrument
_PACKAGE_OF = re.compile(r"\b(package\s+of\s+(?:[\w-]+\s+){0,2}?)$", re.I)


@dataclass(frozen=True)
class Phrase:
    start: int  # relative to the sentence
    end: int
    head: str
    kind: Kind
    modifiers: str
    complement: str
    generic: bool
    weak: bool
    vague: bool = False
    status: Status | None = None  # told by a verb's tense ("will lend": planned)
    # told by a verb with its object ("agreed to reopen the border post"): what the verb
    # makes or agrees, so never a bare reference to an instrument told before
    by_verb: bool = False
    # told by a verb inside the phrase's own complement ("last week's agreement to reschedule
    # the debt"): a stage to fall back on when no cue of the sentence tells one
    content_status: Status | None = None

    @property
    def text(self) -> str:
        return " ".join(x for x in (self.modifiers, self.head, self.complement) if x)


# The scale word of an amount ("million", "mln", "bn") and the number right before it, with its
# currency sign ("US$ 7.7", "$50", "1,300")
_SCALE_WORD = re.compile(r"(?:million|billion|trillion|mln|bln|bn)", re.I)
_AMOUNT_BEFORE_SCALE = re.compile(r"(?<![\w.,])((?:US)?[$£€¥]?\s?\d[\d,]*(?:\.\d+)?)\s+$")


def _left_modifiers(sentence: str, head_start: int, plural: bool) -> tuple[int, list[str]]:
    """Modifier words right before the head, and where they start. Coordinated groups
    ("military cooperation and readmission") come back as separate strings."""
    groups: list[list[tuple[int, str]]] = [[]]
    pos = head_start
    while True:
        m = re.search(r"((?:[A-Z]\.){2,}|[\w’'-]+|[,&])\s*$", sentence[:pos])
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if low in (",", "and", "&") and groups[-1] and plural:
            groups.append([])
            pos = m.start()
            continue
        if low in ("and", "&") and groups[-1] and not plural:
            # "a trade and investment agreement", "the growth and stability pact": one
            # instrument named by both words, when a modifier stands before the "and"
            before = re.search(r"((?:[A-Z]\.){2,}|[\w’'-]+)\s*$", sentence[:m.start()])
            if before and before.group(1).lower() not in _STOP_LEFT \
                    and not before.group(1)[:1].isdigit():
                groups[-1].insert(0, (m.start(), word))
                pos = m.start()
                continue
        if _YEAR_WORD.fullmatch(word) and not plural:
            # "a 1985 debt accord", "the 1973 European Patent Convention": the year the
            # instrument is known by, the first of its modifiers ("15 loans" is a count)
            groups[-1].insert(0, (m.start(), word))
            break
        of_type = _OF_TYPE.search(sentence[:pos] + " ".join(w for _, w in groups[-1][:1]))
        if low == "of" and of_type and not plural:
            # "a status of forces agreement": a type of instrument whose name holds an "of"
            for w in reversed(list(re.finditer(r"[\w’'-]+", of_type.group(0)))):
                groups[-1].insert(0, (of_type.start() + w.start(), w.group(0)))
            pos = of_type.start()
            continue
        amount = _AMOUNT_BEFORE_SCALE.search(sentence[:pos])
        if amount and groups[-1] and _SCALE_WORD.fullmatch(groups[-1][0][1]):
            # "a 50 million dollar credit line", "a 7.7 billion dlr loan": the number is the
            # amount's, which tells the loan from another ("Million dollar credit line" is
            # no name); it is the first of the modifiers
            groups[-1].insert(0, (amount.start(1), amount.group(1)))
            break
        if (low in _STOP_LEFT or word[:1].isdigit() or re.fullmatch(r"[\d.,]+", word)
                or low.endswith("'s") or low.endswith("’s") or len(groups[-1]) >= 5):
            break
        groups[-1].insert(0, (m.start(), word))
        pos = m.start()
    groups = [g for g in groups if g]
    if len(groups) > 1 and not groups[-1]:
        groups.pop()
    if not groups:
        return head_start, []
    start = groups[-1][0][0]
    return start, [" ".join(w for _, w in g) for g in reversed(groups)]


def _complement(sentence: str, head_end: int) -> str:
    rest = sentence[head_end:]
    # A bracket ("($1.3bn; £690m)") is one unit: no boundary inside it.
    masked = re.sub(r"\([^()]*\)", lambda b: "(" + "x" * (len(b.group(0)) - 2) + ")", rest)
    masked = re.sub(r"\b(?:[A-Z]\.){2,}", lambda b: "x" * len(b.group(0)), masked)  # "U.S."
    m = _BOUNDARY.search(masked)
    comp = rest[:m.start()] if m else rest
    # "agreed to set up a commission on fisheries and to hold its first session": an
    # infinitive after a complement with none of its own is coordinated with the one that
    # governs the instrument: another verb phrase (but "an agreement to end dumping and to
    # open its market": the second of the complement's own infinitives)
    second = _SECOND_INFINITIVE.search(comp)
    if second and not re.search(r"\bto\s+(?-i:[a-z])\w+", comp[:second.start()]):
        comp = comp[:second.start()]
    comp = _ADVERBIAL.split(comp, maxsplit=1)[0]
    gaz = gazetteer()
    city = next((c for c in _IN_CITY.finditer(comp) if c.group(1) in gaz.places
                 and gaz.lookup.get(c.group(1), ("", "city"))[1] in ("city", "capital")), None)
    if city:
        comp = f"{comp[:city.start()]}{comp[city.end():]}"
    comp = comp.rstrip(" ,")
    if len(comp) > 240:
        comp = comp[:240].rsplit(" ", 1)[0]
    # A complement starts with a preposition or a bracket; anything else is another clause.
    if comp and not re.match(r"^\s*(?:\(|of\b|on\b|for\b|in\b|between\b|with\b|involving\b|to\b|"
                             r"enabling\b|under\b|worth\b|by\b|concerning\b|regarding\b|among\b|from\b)",
                             comp, re.I):
        return ""
    return comp.strip()


# A past "lent": the money was handed over, so the loan was carried out (implemented, as
# "disbursed" is: the gold reads "China lent Russia $6bn" and "under which Moscow lent India"
# so). Not "rescheduled" or "forgave / wrote off" (terms of relief agreed, as probesQ's gold
# reads "Mexico forgave ...")
_MADE_VERB = re.compile(r"lent\b", re.I)
# ... but a sum right before the verb makes it a participle ("925 mln dlrs of new money lent by
# the banks in 1985", "500 mln dlrs lent to Thailand"): money told in passing, mostly beside
# another instrument (the accord that rescheduled it, a loan to Hungary) whose mention it
# joins, and whose stage implemented is not; such a phrase keeps the old reading, signed
# (the gold reads those sums implemented as items of their own; train lost two statuses)
_LENT_SUM = re.compile(r"(?:dlrs?|dollars?|euros?|pounds?|sterling|yen|marks|francs|roubles|"
                       r"rubles|yuan|rupees|money|funds|sums?|amounts?|credits?|loans?|"
                       r"\d[\d.,]*(?:\s*(?:bn|mln|billion|million))?)\s+$", re.I)
# The tense of a verb that implies an instrument: "will lend" is planned, "agreed to lend" agreed.
_VERB_TENSE = (
    # (a second infinitive conjoined to the first is agreed as well: "agreed to reopen their
    # border and to set up joint patrols"; "pledged / undertook to" commit as "agreed to" does)
    (Status.AGREED, re.compile(r"\b(?:agreed|agree|agrees|agreeing|decided|consented|pledged|"
                               r"promised|undertook|resolved)\s+(?:[\w,]+\s+){0,3}?to\s+"
                               r"(?:[^.;]{0,80}?\s(?:and|as well as)\s+(?:also\s+)?to\s+)?$", re.I)),
    (Status.PLANNED, re.compile(r"\b(?:will|shall|is to|are to|plans? to|planning to|"
                                r"expected to|set to|due to|intends? to|would)\s+(?:\w+\s+)?$",
                                re.I)),
    # "offered to lend", "proposed creating a joint fund": one side's proposal, not yet agreed
    (Status.PROPOSED, re.compile(r"\b(?:offer(?:ed|s|ing)?|propos(?:ed|es|ing)|suggest(?:ed|s|ing)?)"
                                 r"\s+(?:to\s+)?$", re.I)),
    (Status.NEGOTIATING, re.compile(r"\b(?:ask(?:ed|s)?|seek(?:s|ing)?|sought|request(?:ed|s)?|"
                                    r"discuss(?:ed|es|ing)? (?:whether|how) to)\b[^.;]{0,40}"
                                    r"\bto\s+$", re.I)),
)


# What joins two verb phrases of one subject ("set up a commission and to reopen the border
# post", "create a trade zone and link their grids"): the second is an arrangement of its own
# or another clause, never part of the first one's title.
_CONJOINED_VERB = re.compile(r"^\s*,?\s*(?:and|as well as)\s+(?:also\s+)?(?:to\s+)?$", re.I)
_CONJOINED_VERB_AT = re.compile(r",?\s+(?:and|as well as)\s+(?:also\s+)?(?:to\s+(?-i:[a-z])\w+|"
                                r"(?-i:[a-z])\w+\s+(?:a|an|the|its|their)\b)", re.I)


def _verb_phrases(sentence: str) -> list[Phrase]:
    """Instruments told by a verb: "Venezuela will lend Ecuador five mln barrels", "agreed to
    open a bus link". The phrase spans the verb and what follows it in the clause."""
    out: list[Phrase] = []
    for pattern, head, kind in cues().verbs:
        for m in pattern.finditer(sentence):
            before = sentence[max(0, m.start() - 140):m.start()]
            status = next((s for s, p in _VERB_TENSE if p.search(before)), None)
            if status is None and out and _CONJOINED_VERB.match(sentence[out[-1].end:m.start()]):
                # "agreed to set up a water commission and to reopen the border post": the
                # second infinitive is governed by the same "agreed", too far back for the tense
                status = out[-1].status
            # (a lender "forgave" or "wrote off" a debt: the relief was granted, as "lent")
            if status is None and not re.match(r"(?:lent|reschedul|forgave|wrote)", m.group(0),
                                               re.I):
                continue  # "open an office" with no agreement or plan around it
            if status is None and _MADE_VERB.match(m.group(0)):
                # "China's banks lent Russia $6 billion": the money was given, so the loan
                # was carried out, not only agreed or signed
                status = Status.SIGNED if _LENT_SUM.search(before) else Status.IMPLEMENTED
            comp = _complement(sentence, m.end()) or \
                _CONJOINED_VERB_AT.split(sentence[m.end():m.end() + 120].split(",")[0], maxsplit=1)[0]
            comp = re.split(r"[.;]", comp)[0].strip()
            end = m.end() + len(sentence[m.end():]) - len(sentence[m.end():].lstrip()) + len(comp)
            if kind == Kind.ARRANGEMENT:  # "open a bus link": the thing agreed names it
                name = re.sub(r"^(?:set(?:s|ting)?\s+up|\w+)\s+(?:(?:a|an|the)\s+)?", "", m.group(0), flags=re.I)
                out.append(Phrase(m.start(), end, name, kind, "", comp, False, True,
                                  status=status or Status.AGREED, by_verb=True))
            else:  # "lend Ecuador five mln barrels": a loan between the clause's states
                out.append(Phrase(m.start(), end, head, kind, "", "", False, True,
                                  status=status or Status.AGREED))
    return out


def find_phrases(sentence: str) -> list[Phrase]:
    phrases = _noun_phrases(sentence)
    for v in _verb_phrases(sentence):
        overlap = [i for i, p in enumerate(phrases)
                   if p.start <= v.start < p.end or v.start <= p.start < v.end]
        if not overlap:
            phrases.append(v)
        for i in overlap:  # "agreed to open a bus link": the noun, with the verb's tense
            # (a verb inside the noun's own complement, "signed an agreement to reschedule the
            # debt", tells what the agreement is for: its stage only when nothing else does)
            if phrases[i].status is None and v.start <= phrases[i].start:
                phrases[i] = replace(phrases[i], status=v.status)
            elif phrases[i].status is None:
                phrases[i] = replace(phrases[i], content_status=v.status)
    return sorted(phrases, key=lambda p: p.start)


def _not_instrument_near(sentence: str, m: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """A use that is no instrument ("merger agreement", "will deal with", "plea deal") around the
    head. A use after the head that holds another instrument word is that word's own, not this
    head's: in "Today's agreement will deal with requests" the verb "deal with" is no deal, but
    the agreement, its subject, is still one."""
    lo = max(0, m.start() - 20)
    for n in cues().not_instrument.finditer(sentence[lo:m.end() + 20]):
        a, b = lo + n.start(), lo + n.end()
        if a >= m.end() and any(o is not m and a <= o.start() and o.end() <= b for o in matches):
            continue
        return True
    return False


def _noun_phrases(sentence: str) -> list[Phrase]:
    c = cues()
    out: list[Phrase] = []
    covered_until = -1
    matches = list(c.instrument.finditer(sentence))
    for i, m in enumerate(matches):
        if m.start() < covered_until:
            continue  # inside the complement of a previous phrase ("plan for implementing a MoU")
        if i + 1 < len(matches) and not sentence[m.end():matches[i + 1].start()].strip():
            continue  # "loan agreement": the first head modifies the second
        if _not_instrument_near(sentence, m, matches):
            continue
        head = m.group(0)
        low = head.lower()
        kind = kind_of(head)
        plural = low.endswith("s") and not low.endswith(("ss", "us"))
        mod_start, modifiers = _left_modifiers(sentence, m.start(), plural)
        comp = _complement(sentence, m.end())
        generic = low in c.generic or (low.endswith("s") and low.rstrip("s") in c.generic)
        weak = low in c.weak
        end = m.end() + (sentence[m.end():].find(comp) + len(comp) if comp else 0)
        covered_until = end
        package = _PACKAGE_OF.search(sentence[:m.start()]) if plural and generic else None
        if package:
            # "a package of bilateral agreements": one instrument negotiated as a whole
            out.append(Phrase(package.start(1), end, head, kind,
                              sentence[package.start(1):m.start()].strip(), comp, False, False))
            continue
        if generic and not topics_in(" ".join(modifiers)):
            # "agreements on ..." and "three cooperation agreements in the fields of ...": a
            # head whose own words name no field takes its fields from the list after it
            vague = _vague_items(sentence, m.end())
            if vague:
                out.extend(Phrase(a, b, head, kind, "", item, True, weak, vague=True)
                           for a, b, item in vague)
                covered_until = max(b for _, b, _ in vague)
                continue
        between_groups = re.split(r",?\s+(?:as well as|and also|and)\s+(?=between\b)", comp)
        if len(modifiers) > 1 and plural:
            groups = _share_trailing_noun(modifiers)
            for mod in groups:
                out.append(Phrase(mod_start, end, head, kind, mod, comp, False, weak))
        elif len(between_groups) > 1:
            for group in between_groups:
                out.append(Phrase(mod_start, end, head, kind, " ".join(modifiers), group.strip(),
                                  generic and not topics_in(group), weak))
        else:
            out.append(Phrase(mod_start, end, head, kind, " ".join(modifiers), comp, generic, weak))
        other = _ANOTHER_OF_KIND.match(sentence, end)
        if other and comp and not plural:
            # "a memorandum on health and another on education": a second instrument of the
            # same kind with its own subject
            own = _complement(sentence, other.end("word"))
            if own:
                at = other.start("word")
                covered_until = at + len(other.group("word")) + 1 + len(own)
                out.append(Phrase(at, covered_until, head, kind, "", own,
                                  generic and not topics_in(own), weak))
    return out


_ANOTHER_OF_KIND = re.compile(r"\s+and\s+(?P<word>another|the other|a second)(?=\s+(?:on|for|in|"
                              r"concerning|regarding)\b)", re.I)


# Where a staged head stands to its stage verb in the parse: the verb's object ("signed a
# plan"), its passive subject ("the plan ... was signed"), or the head of a participle clause
# ("the programme ... signed by Spain and Mexico"); a conjunct of one of these shares it.
_STAGED_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
# The stage a participle after the head tells ("ratified by", "initialled by"); others signed.
_STAGE_OF_VERB = {"rat": Status.RATIFIED, "ini": Status.FINALIZED}


def _within_phrase(parse: Parse, j: int, head: int) -> bool:
    """Token j is the head noun or hangs from it by its complements only ("the programme of
    cooperation for 2018-2021 signed by ...": the parse hangs the participle on the years)."""
    while j != head:
        t = parse.tokens[j]
        if t.dep not in ("pobj", "prep", "conj", "compound", "amod", "nmod", "npadvmod") \
                or t.head == j:
            return False
        j = t.head
    return True


_STATE_FORMS = frozenset({"name", "alias", "demonym", "capital", "igo"})
_STATES_WORD = re.compile(r"\b(?:governments?|countries|states|nations|sides|parties)\b", re.I)


def _state_actor(sentence: str, parse: Parse, head: int) -> bool:
    """Whoever the stage verb names as acting (its subject, or the agent of "signed by") is
    a state or an organization of states; with no actor named ("the plan ... was signed"),
    the sentence outside the noun's own modifiers must name states. (Brands "sign a UN
    charter": the UN in the name is no signer.)"""
    toks = parse.tokens
    verbs = {toks[head].head} | {i for i, v in enumerate(toks) if v.dep == "acl"
                                 and _within_phrase(parse, v.head, head)}
    actors = [i for i, t in enumerate(toks) if t.head in verbs and t.dep in ("nsubj", "agent")]
    if actors:
        spans = [parse.subtree_span(i) for i in actors]
    else:
        edge = parse.left_edge(head)
        spans = [(0, edge), (toks[head].end, len(sentence))]
    return any(_STATES_WORD.search(sentence[a:b])
               or any(p.form in _STATE_FORMS for p in gazetteer().find(sentence[a:b]))
               for a, b in spans)


# A gathering of states or its members acting together: "the summit", "the leaders", "heads of
# state", "the council", "the forum", "member states"
_GATHERING = re.compile(r"\b(?:summit|leaders|heads\s+of\s+(?:state|government)|council|forum|"
                        r"member\s+(?:states|countries|nations))\b", re.I)


def _gathering_actor(sentence: str, parse: Parse, head: int) -> bool:
    """Whoever adopts or approves the head (its verb's subject, the agent of "adopted by") is
    a gathering of states or an organization of states, or the head's own modifiers name the
    organization ("the SCO development strategy"): not a state, its cabinet or parliament
    adopting its own strategy at home."""
    toks = parse.tokens
    verbs = {toks[head].head} | {i for i, v in enumerate(toks) if v.dep == "acl"
                                 and _within_phrase(parse, v.head, head)}
    actors = [i for i, t in enumerate(toks) if t.head in verbs and t.dep in ("nsubj", "agent")]
    spans = [parse.subtree_span(i) for i in actors] + [(parse.left_edge(head), toks[head].start)]
    return any(_GATHERING.search(sentence[a:b])
               or any(p.form == "igo" for p in gazetteer().find(sentence[a:b]))
               for a, b in spans)


def _own_phrase(parse: Parse, i: int) -> set[int]:
    """The tokens of the noun phrase token i heads: i and what hangs from it, less its
    conjuncts ("a partnership and a memorandum": the memorandum is a thing of its own)."""
    members = {i}
    todo = [k for k in parse.children(i) if parse.tokens[k].dep not in ("conj", "cc")]
    while todo:
        k = todo.pop()
        members.add(k)
        todo.extend(parse.children(k))
    return members


def _taken_by(parse: Parse, i: int) -> int:
    """The word a noun is an argument of, through the conjuncts it is one of."""
    toks = parse.tokens
    while toks[i].dep == "conj" and toks[i].head != i:
        i = toks[i].head
    return toks[i].head


def _apart_from_found(parse: Parse, i: int, found: list[Phrase]) -> bool:
    """The staged head at token i is, by the parse, no part of an instrument already found, nor
    one of them its part or apposition: no found phrase has a token in i's own phrase, and
    neither i nor the noun it is in apposition to stands in a found phrase's own phrase; no
    found phrase is itself an apposition; and no found phrase is an argument of the word i is
    one of (the objects of two verbs are two acts: "has yet to ratify the framework it
    signed ..., and refused to sign the declaration ...")."""
    toks = parse.tokens
    heads = [k for p in found for k, t in enumerate(toks) if p.start <= t.start < p.end]
    roots = [k for k in heads if not any(p.start <= toks[toks[k].head].start < p.end
                                         for p in found) or toks[k].head == k]
    if any(toks[k].dep == "appos" for k in roots):
        # ("signed the X Charter, creating an Alliance of Sahel States, a mutual defence
        # pact": an instrument told in apposition renames a thing of the sentence, however
        # the parse hangs it)
        return False
    own = _own_phrase(parse, i)
    if any(k in own for k in heads):
        return False
    if _taken_by(parse, i) in {_taken_by(parse, k) for k in roots}:
        # ("signed a border protocol and an annual cooperation plan", "signed a Security and
        # Defence Partnership and a memorandum": one verb's conjoined objects were tried as
        # two instruments; in probes one was an instrument another sentence names again and
        # the other joined another article's record, so a shared verb still blocks)
        return False
    up = i
    while toks[up].dep == "appos" and toks[up].head != up:  # "the pact, the X Charter"
        up = toks[up].head
    return not any(up in _own_phrase(parse, k) or i in _own_phrase(parse, k) for k in heads)


def staged_phrases(sentence: str, parse: Parse | None, found: list[Phrase]) -> list[Phrase]:
    """Plans, programmes, frameworks ... that a stage verb (sign, ink, initial, ratify,
    conclude) acts on: instruments named by a head that is one only in that role (cues'
    staged_heads). Phrases already found are kept; these are weak (a state must be a party)."""
    if parse is None:
        return []
    c = cues()
    out: list[Phrase] = []
    toks = parse.tokens
    for i, t in enumerate(toks):
        if not t.tag.startswith("NN"):
            continue
        kind = next((k for k, p in c.staged_heads if p.match(t.text)), None)
        if kind is not None and found and not _apart_from_found(parse, i, found):
            # (beside an instrument the lexicon names, a staged head only where the parse
            # keeps the two apart: a plan or charter in apposition to it, inside its phrase
            # (or it inside the plan's), or an object of the same verb is mostly the same
            # instrument told again or a part of it ("signed the X Charter, ..., a mutual
            # defence pact"), and a second record would be a duplicate; the objects of two
            # verbs are two instruments ("has yet to ratify the framework it signed ..., and
            # refused to sign the declaration"); an adopted strategy is no part of a
            # declaration)
            kind = None
        verb_of = c.stage_verb
        if kind is None:
            kind = next((k for k, p in c.adopted_heads if p.match(t.text)), None)
            verb_of = c.adopt_verb
        if kind is None or any(p.start <= t.start < p.end for p in found + out):
            continue
        n = i
        while toks[n].dep == "conj" and toks[n].head != n:  # "signed a treaty and a plan"
            n = toks[n].head
        verb = toks[toks[n].head]
        acted = (toks[n].dep in _STAGED_DEPS and verb_of.match(verb.text)) or any(
            v.dep == "acl" and v.tag == "VBN" and verb_of.match(v.text)
            and _within_phrase(parse, v.head, i) for v in toks) or any(
            # "the X Partnership, which was signed by ...", "a charter that both signed":
            # a relative clause on the head whose pronoun is what the stage verb acts on
            v.dep == "relcl" and v.head == i and verb_of.match(v.text) and any(
                w.head == j and w.dep in _STAGED_DEPS and w.tag == "WDT" for w in toks)
            for j, v in enumerate(toks))
        if not acted or not (_state_actor(sentence, parse, n) if verb_of is c.stage_verb
                             else _gathering_actor(sentence, parse, n)):
            continue
        plural = t.text.lower().endswith("s")
        mod_start, modifiers = _left_modifiers(sentence, t.start, plural)
        comp = _complement(sentence, t.end)
        # the participle and its agent ("signed by the governments of ...") tell the stage and
        # the parties, not the name
        acl = next((v for v in toks if v.dep == "acl" and t.end < v.start < t.end + len(comp) + 1
                    and _within_phrase(parse, v.head, i)), None)
        status = None
        if acl is not None:
            comp = sentence[t.end:acl.start].strip(" ,")
            status = _STAGE_OF_VERB.get(acl.text.lower()[:3], Status.SIGNED)
        end = t.end + (sentence[t.end:].find(comp) + len(comp) if comp else 0)
        out.append(Phrase(mod_start, end, t.text, kind, " ".join(modifiers), comp,
                          not modifiers and not topics_in(comp), True, status=status))
    return out


def _share_trailing_noun(groups: list[str]) -> list[str]:
    """'technical and financial cooperation' -> 'technical cooperation', 'financial
    cooperation': a one-word conjunct borrows the last noun of the conjunct after it."""
    out = []
    for i, g in enumerate(groups):
        if len(g.split()) == 1 and i + 1 < len(groups) and len(groups[i + 1].split()) > 1:
            tail = groups[i + 1].split()[-1]
            if tail.lower() in ("cooperation", "assistance", "development", "security"):
                g = f"{g} {tail}"
        out.append(g)
    return out


# Where a list of fields after a generic head ends: a verb of the clause ("... and water were
# also concluded"), a second verb phrase with its own object ("... and renewed a 2010 accord",
# "... and extended the programme"), another instrument, or a clause after a comma. (Not
# _BOUNDARY: its ", the" and capital after a comma are items of a list: "on trade, the
# environment and Internet security".)
_LIST_END = re.compile(
    r"[;:]|\s[—–-]\s|—"
    r"|,?\s+(?:were|was|are|is|have|has|had|will|would|also|which|who|while|saying|"
    r"said|says|according|as part|after|before|during|when|amid|following|but)\b"
    # (", a Commerce department official said": the source's clause after the list)
    r"|,\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says|told|added|reported)\b"
    r"|\s+and\s+(?=(?-i:[a-z]+ed|signed)\s+(?:a|an|the|their|its|two|\d+)\b)"
    rf"|\s+(?:and|as well as|along with|plus)\s+(?=(?:a|an|the|another|two|three|several)?\s*"
    rf"(?:(?!and\b|between\b)[\w’'-]+\s+){{0,4}}?(?:{_INSTR}))", re.I)
_LIST_ITEM_PREPOSITION = re.compile(r"(?:on|in|for|concerning|regarding)\s+", re.I)


def _vague_items(sentence: str, head_end: int) -> list[tuple[int, int, str]]:
    """Fields listed after a generic head: each becomes one vague phrase."""
    each = _ONE_EACH.match(sentence[head_end:])
    if each:
        # "two agreements, one on trade and the other on tourism": one instrument per field
        base = head_end + each.start("list")
        out = []
        for told in _ONE_EACH_NEXT.finditer(each.group("list")):
            field = told.group("field").strip()
            if topics_in(field):
                out.append((base + told.start("field"), base + told.start("field") + len(field),
                            field))
        return out if len(out) >= 2 else []
    m = _VAGUE_LIST.match(sentence[head_end:])
    if not m:
        return []
    base = head_end + m.start("list")
    text = m.group("list")
    # The list ends where the clause does: "protocols on energy and transport and renewed a
    # 2010 accord", "agreements on health and water were also concluded" (the next verb or
    # instrument is no field of this list)
    cut = _LIST_END.search(text)
    if cut:
        text = text[:cut.start()]
    items = []
    pos = 0
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+(?!trade\b)", text):
        idx = text.find(part, pos)
        pos = idx + len(part)
        # "protocols on customs, on veterinary control and on plant quarantine": the
        # preposition repeated before each item is the list's, not the field's
        lead = _LIST_ITEM_PREPOSITION.match(part)
        if lead:
            idx, part = idx + lead.end(), part[lead.end():]
        if part and topics_in(part):
            items.append((base + idx, base + idx + len(part), part.strip()))
    return items if len(items) >= 2 else []


def trim_to_parse(sentence: str, phrases: list[Phrase], parse: Parse | None) -> list[Phrase]:
    """Each phrase cut to what the dependency parse says is its own: modifiers that do not
    depend on the head dropped ("he hoped agreement with ..." -> "agreement with ..."), the
    complement ended where another clause begins ('the declaration to correct trade
    problems," the ambassador said' -> "the declaration to correct trade problems")."""
    if parse is None:
        return phrases
    return [_trimmed(sentence, p, parse) for p in phrases if not _a_verb(sentence, p, parse)]


def head_token(sentence: str, p: Phrase, parse: Parse) -> int | None:
    """The parse's token of the phrase's head word (None for a phrase told by a verb)."""
    head_at = sentence.find(p.head, p.start)
    return parse.token_at(head_at, head_at + len(p.head)) if head_at >= 0 else None


def _a_verb(sentence: str, p: Phrase, parse: Parse) -> bool:
    """The head word used as a verb: "plans that deal with aid", "they accord priority". (A
    capitalized head is left alone: the tagger guesses on headlines.)"""
    if p.vague or p.status is not None or not p.head.islower():
        return False
    token = head_token(sentence, p, parse)
    if token is None or not parse.tokens[token].tag.startswith("VB"):
        return False
    # An article or possessive right before the phrase's own words makes it a noun phrase
    # whatever the tagger says: "the fisheries pact between Norway and Russia" (the small
    # model reads "fisheries pact" as a subject and its verb).
    # (but "help the country deal with the pandemic": a verb with its own "with" stays a verb)
    head_end = parse.tokens[token].start + len(p.head)
    # (a gerund, "an interim debt rescheduling", keeps the tagger's reading: the override is
    # for a finite verb the tagger made of a noun)
    return parse.tokens[token].tag == "VBG" or not (
        p.modifiers and re.search(r"\b(?:the|a|an|its|their|this|that|new)\s+$",
                                  sentence[max(0, p.start - 8):p.start], re.I)
        and not re.match(r"\s+(?:with|to|for)\b", sentence[head_end:]))


def _trimmed(sentence: str, p: Phrase, parse: Parse) -> Phrase:
    if p.vague or p.status is not None:
        return p
    head = head_token(sentence, p, parse)
    if head is None:
        return p
    head_at = sentence.find(p.head, p.start)
    start, modifiers = p.start, p.modifiers
    if modifiers and " ".join(sentence[p.start:head_at].split()) == modifiers \
            and not _PACKAGE_OF.match(modifiers + " ") \
            and not re.match(r"status\s+of\b", modifiers, re.I):  # (nor a status of forces')
        edge = parse.left_edge(head)
        if p.start < edge <= head_at:
            start, modifiers = edge, " ".join(sentence[edge:head_at].split())
    end, complement = p.end, p.complement
    comp_at = sentence.find(complement, head_at) if complement else -1
    if comp_at >= 0:
        limit = comp_at + len(complement)
        cut = parse.clause_end(head, limit)
        if cut < limit:
            complement = re.sub(r"(?:[\s,;:\"'“”‘’(–—-]|\b(?:and|or|but|as|while|which|that|for|from|"
                                r"with|on|of|in|to|by|at|under|between|the|a|an)\b)+$",
                                "", sentence[comp_at:cut]).strip()
            end = comp_at + len(complement) if complement else head_at + len(p.head)
    if (start, end, modifiers, complement) == (p.start, p.end, p.modifiers, p.complement):
        return p
    return replace(p, start=start, end=end, modifiers=modifiers, complement=complement)
