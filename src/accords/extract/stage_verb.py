"""What the parse says of the verb a status cue matched.

A stage verb in an infinitive or after a modal is a stage still to come (`unrealised_stage`);
a verb before an instrument that is the subject of a verb of its own does not tell that
instrument's stage (`subject_of_another_verb`), nor does a verb with an object of its own
before an instrument that another verb governs (`verb_of_another_object`); an act done under an instrument after its verb
tells it is being applied (`acted_under`).

The status cues match a verb's surface ("ratify", "sign", "approve"); in "agreed to
complete their procedures to sign and ratify the accord" or "urged Chile to ratify the pact"
the parse says the verb is in its base form under "to" (or a modal), so nothing was ratified
yet. Such a signing, ratification or approval is planned (proposed when asked of another
side). Endings are left alone: an announced withdrawal ("said it would withdraw from the
pact") is read as the ending itself (docs/learned.md, pstages2). Rules in data/status.json
("unrealised")."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.cues import status_after
from accords.vocab import Status

_FINITE = ("VBD", "VBZ", "VBP", "MD")

# stages a verb tells as done, which an infinitive or a modal puts still to come
_REACHED = (Status.AGREED, Status.FINALIZED, Status.SIGNED, Status.RATIFIED, Status.IMPLEMENTED)
_HEADLINE_TO = re.compile(r"\bTO\s+$")


# An implementation still to come ("pledged to implement the protocol", "committed to
# implementing it") is no stage of its own: it tells the instrument was already made, as
# "the implementation of" does (agreed, told as background: extract/agreements.py)
_PLEDGED = {Status.IMPLEMENTED: Status.AGREED}


@cache
def _heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_json("status.json")["unrealised"]
    return (re.compile(rf"^(?:{table['realised_heads']})$", re.I),
            re.compile(rf"^(?:{table['request_heads']})$", re.I))


@cache
def _modality() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Modals of possibility ("could", "might"), and the verbs that make an instrument."""
    table = load_json("status.json")["unrealised"]
    return (re.compile(rf"^(?:{table['possibility_modals']})$", re.I),
            re.compile(rf"^(?:{table['making_verbs']})$", re.I))


def _verb_at(parse: Parse, at: int, gerund: bool = False) -> int | None:
    """The verb token the cue starts on, if the cue starts on a verb (or a gerund). A verb
    under a modal is in its base form whatever its tag: the tagger reads the verb of an
    inverted question as present ("Should Britain approve the treaty?": VBP)."""
    tags = ("VB", "VBN", "VBG") if gerund else ("VB", "VBN")
    for i, t in enumerate(parse.tokens):
        if t.start == at:
            if t.tag == "VBP" and any(parse.tokens[k].tag == "MD" and parse.tokens[k].dep == "aux"
                                      for k in parse.children(i)):
                return i
            return i if t.tag in tags else None
        if t.start > at:
            break
    return None


def _possible_only(parse: Parse, verb: int) -> bool:
    """The verb's modal says the act may happen, not that it will ("could be reached")."""
    possible, _ = _modality()
    return any(parse.tokens[k].tag == "MD" and possible.match(parse.tokens[k].text)
               for k in parse.children(verb))


def _gerund_to_come(parse: Parse, verb: int) -> bool:
    """A gerund after the preposition "to" ("committed to implementing the protocol"), or
    under a verb in an infinitive ("to begin implementing"): an act pledged, not done."""
    toks = parse.tokens
    if toks[verb].tag != "VBG" or toks[verb].head == verb:
        return False
    head = toks[verb].head
    if toks[head].text.lower() == "to" and toks[head].tag in ("IN", "TO"):
        return True
    return toks[head].tag == "VB" and _infinitive_or_modal(parse, head)


def noun_at(parse: Parse | None, at: int) -> bool:
    """The cue at `at` starts on a noun ("negotiation of", "talks on"): a stage named as a
    noun, whose complement is the instrument after it."""
    if parse is None or at < 0:
        return False
    return any(t.start == at and t.tag.startswith("NN") for t in parse.tokens)


def past_verb_at(parse: Parse | None, at: int) -> bool:
    """The cue at `at` starts on a verb in the past tense ("initialled", "struck")."""
    if parse is None or at < 0:
        return False
    return any(t.start == at and t.tag == "VBD" for t in parse.tokens)



def _infinitive_or_modal(parse: Parse, i: int) -> bool:
    """The verb is in its base form under "to" or a modal ("to ratify", "will sign"), or
    is such a passive ("to be ratified", "must be approved")."""
    toks = parse.tokens
    kids = parse.children(i)
    aux = [toks[k] for k in kids if toks[k].dep == "aux"]
    if toks[i].tag == "VBN":
        if not any(toks[k].dep == "auxpass" and toks[k].tag == "VB" for k in kids):
            return False
    return any(a.tag in ("TO", "MD") for a in aux)


def unrealised_stage(parse: Parse | None, text: str, cue_at: int, status: Status) -> Status | None:
    """The stage a reached-stage cue at cue_at really tells when its verb is an infinitive or
    follows a modal; None when the cue's verb is no such form (the stage stands). An
    implementation still to come tells only that the instrument was made (agreed: see
    `pledged`)."""
    if cue_at < 0 or status not in _REACHED:
        return None
    if status != Status.IMPLEMENTED and text.isupper() and _HEADLINE_TO.search(text, 0, cue_at):
        # "JAPAN TO RATIFY 1986 COCOA AGREEMENT": a headline in capitals, which the parse
        # reads badly, tells what is still to come by a bare "to", as "Japan to ratify" does
        # (round-28 audit)
        return Status.PLANNED
    if parse is None:
        return None
    i = _verb_at(parse, cue_at, gerund=status == Status.IMPLEMENTED)
    if i is None:
        return None
    toks = parse.tokens
    if status == Status.AGREED and not _modality()[1].match(toks[i].text):
        # an agreement a verb of making tells ("could agree", "to approve"), not one a verb of
        # another act leaves as it was ("will discuss the accord reached last May")
        return None
    verb = i
    if toks[verb].tag == "VBG":
        # ("committed to implementing": pledged; "began implementing" stays implemented)
        return _PLEDGED[status] if _gerund_to_come(parse, verb) else None
    while toks[verb].dep == "conj" and toks[verb].head != verb \
            and toks[toks[verb].head].tag in ("VB", "VBN"):
        verb = toks[verb].head  # "to sign and ratify": the first conjunct has the "to"
    if not _infinitive_or_modal(parse, verb):
        return None
    realised, request = _heads()
    head = toks[verb].head
    governor = toks[head].text if head != verb else ""
    before = text[max(0, toks[verb].start - 40):toks[verb].start].split()
    if realised.match(governor) or any(realised.match(w) for w in before[-4:]):
        return None  # "managed to sign", "the first country to ratify"
    if request.match(governor) and toks[verb].dep in ("xcomp", "ccomp", "advcl", "oprd"):
        return Status.PROPOSED
    if status == Status.IMPLEMENTED:
        return _PLEDGED[status]
    if status == Status.AGREED and _possible_only(parse, verb):
        return Status.NEGOTIATING  # "the two sides could agree a deal": not yet agreed
    return Status.PLANNED


def pledged(told: Status, stage: Status | None) -> bool:
    """`unrealised_stage` read a pledge to implement ("committed to implementing"): what it
    returns is the instrument's standing, told as background, not a stage of the day."""
    return stage is not None and _PLEDGED.get(told) == stage


def _head_word(parse: Parse | None, head_at: int, through: tuple[str, ...]) -> int | None:
    """The token of the instrument's head word starting at head_at, raised through the
    relations in `through` to the word whose role in the clause it has (an apposition has its
    anchor's role: a dateline's)."""
    if parse is None or head_at < 0:
        return None
    toks = parse.tokens
    head = next((i for i, t in enumerate(toks) if t.start <= head_at < t.end), None)
    while head is not None and toks[head].dep in through and toks[head].head != head:
        head = toks[head].head
    return head


def own_verb_stage(parse: Parse | None, head_at: int) -> Status | None:
    """The stage the instrument's own verb tells by its form, when no cue read it: the
    instrument is the subject of a verb that makes it ("reach", "agree", "make", "draw up"),
    or such a participle modifies it, and the verb is
    - under a modal of possibility: "a deal could be reached within weeks" (negotiating);
    - under another modal or "to": "changes to the pact are due to be agreed in March",
      "an accord will be reached" (planned);
    - a passive in the progressive: "arrangements (are) being made", "a pact is being drawn
      up" (negotiating: the making is under way).
    None when the verb tells no such form (or is no verb of making)."""
    head = _head_word(parse, head_at, ("compound", "appos"))
    if parse is None or head is None:
        return None
    toks = parse.tokens
    if toks[head].dep in ("nsubj", "nsubjpass"):
        verb = toks[head].head
    else:  # "arrangements being made": a participle after the noun
        verb = next((k for k in parse.children(head)
                     if toks[k].dep == "acl" and toks[k].tag == "VBN"), -1)
    if verb < 0 or verb == head or not toks[verb].tag.startswith("VB"):
        return None
    _, making = _modality()
    if not making.match(toks[verb].text):
        return None
    kids = parse.children(verb)
    if toks[verb].tag == "VBN" and any(toks[k].dep == "auxpass" and toks[k].tag == "VBG"
                                       for k in kids):
        return Status.NEGOTIATING  # "being made", "is being drawn up"
    if not _infinitive_or_modal(parse, verb):
        return None
    if _possible_only(parse, verb):
        return Status.NEGOTIATING
    return Status.PLANNED


def argument_of_cue(parse: Parse | None, head_at: int, cue_at: int) -> bool:
    """The instrument whose head word starts at head_at is the subject or direct object of
    the verb the cue starts on (or of the verb whose auxiliary it starts on): "X, who signed
    the contract", "has ratified the treaty". Not a word of another verb ("denounced the
    signing ... and said it would seek to annul the deal": "annul" is the deal's verb)."""
    if parse is None or head_at < 0 or cue_at < 0:
        return False
    toks = parse.tokens
    head = _head_word(parse, head_at, ("compound",))
    cue = parse.token_starting(cue_at)
    if head is None or cue is None:
        return False
    if toks[cue].dep in ("aux", "auxpass"):
        cue = toks[cue].head
    return toks[cue].tag.startswith("VB") and toks[head].head == cue \
        and toks[head].dep in ("nsubj", "nsubjpass", "dobj", "obj")


def subject_of_own_verb(parse: Parse | None, head_at: int) -> bool:
    """The instrument whose head word starts at head_at is the subject of a verb after it,
    a clause of its own: "..., an accord with Colombia seems close at hand": the verb of a
    neighbour in the sentence ("accords were reached with Ecuador") is not its verb."""
    head = _head_word(parse, head_at, ("compound",))
    if parse is None or head is None:
        return False
    toks = parse.tokens
    verb = toks[head].head
    return toks[head].dep in ("nsubj", "nsubjpass") and verb > head \
        and toks[verb].tag.startswith("VB")


def subject_of_another_verb(parse: Parse | None, head_at: int, cue_at: int) -> bool:
    """The instrument whose head word starts at head_at is the subject of a verb other than
    the cue's ("signing dates had to be scrapped ... after the loan was agreed": "scrapped"
    is the dates', the loan's own verb is "agreed")."""
    if parse is None or head_at < 0 or cue_at < 0:
        return False
    toks = parse.tokens
    head = next((i for i, t in enumerate(toks) if t.start <= head_at < t.end), None)
    cue = parse.token_starting(cue_at)
    if head is None or cue is None:
        return False
    # the head word of a multiword head ("credit line"): the noun the phrase's words hang on
    while toks[head].dep == "compound" and toks[head].head != head:
        head = toks[head].head
    if toks[head].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = toks[head].head
    return verb != cue and toks[verb].tag.startswith("VB") and verb not in parse.ancestors(cue)


def verb_of_another_object(parse: Parse | None, head_at: int, cue_at: int) -> bool:
    """The cue's verb has a direct object of its own, and the instrument whose head word
    starts at head_at is an argument of another verb: "Mexico halted the debt-equity
    program in February, and said it would resume once the loan is disbursed": "halted" is
    the programme's stage, the loan hangs on "disbursed". An instrument in the object's own
    phrase ("approved 50 mln dlrs in loans", "signed a letter of intent for a loan") or
    hanging on the cue's verb through a preposition ("disbursed 5 mln dlrs under the loan")
    is the verb's all the same; "including" and the like are prepositions, not verbs."""
    if parse is None or head_at < 0 or cue_at < 0:
        return False
    toks = parse.tokens
    head = _head_word(parse, head_at, ("compound",))
    cue = parse.token_starting(cue_at)
    if head is None or cue is None or not toks[cue].tag.startswith("VB"):
        return False
    objects = [k for k in parse.children(cue) if toks[k].dep in ("dobj", "obj")]
    if not objects or any(parse.in_subtree(head, o) for o in objects):
        return False
    # the verbs between the instrument and the cue: another clause when one of them is finite
    # or has a subject of its own ("the loan ... is disbursed"); a participle or an infinitive
    # hanging on the cue's verb is still its clause ("signed the charter, creating an
    # alliance, a pact", "approved 24 mln dlrs to support a credit project")
    path = parse.ancestors(head)
    verbs = [a for a in (path[:path.index(cue)] if cue in path else path)
             if toks[a].tag.startswith("VB") and toks[a].dep != "prep"]
    return bool(verbs) and (cue not in path or any(
        toks[a].tag in _FINITE or any(toks[k].dep in ("nsubj", "nsubjpass")
                                      for k in parse.children(a)) for a in verbs))


def one_side_considering(parse: Parse | None, cue_at: int, status: Status) -> Status | None:
    """A negotiating cue whose verb is one of weighing ("is considering", "studied") with one
    side as its subject ("Singapore is also considering arrangements with other countries",
    "the government is studying a pact"): the instrument is floated by that side, not under
    discussion between the sides (proposed). Both sides as the subject ("Peru and Chile are
    considering a pact", "the two countries") keep negotiating. So too a cue of getting in the
    infinitive of a verb of hoping or wanting ("the UK is hoping to secure air bridge
    agreements with certain countries", "Chile wants to get a loan"): one side's wish, no
    talks told; a joint act ("hoping to strike a deal") or an effort ("trying to secure")
    keeps negotiating. None when the cue is no such verb. Words in data/status.json
    ("unrealised": weighing_verbs, hoping_verbs, acquiring_verbs)."""
    if parse is None or cue_at < 0 or status != Status.NEGOTIATING:
        return None
    i = parse.token_starting(cue_at)
    toks = parse.tokens
    if i is not None and toks[i].dep in ("aux", "auxpass") and toks[i].head != i:
        i = toks[i].head  # ("is studying", "to secure": the cue starts on its auxiliary)
    if i is not None and _acquiring().match(toks[i].text) and toks[i].dep == "xcomp" \
            and toks[i].head != i and _hoping().match(toks[toks[i].head].text):
        # "the UK is hoping to secure agreements with certain countries": one side's wish
        i = toks[i].head
    elif i is None or not _weighing().match(toks[i].text):
        return None
    return Status.PROPOSED if _one_side_subject(parse, i) else None


def _one_side_subject(parse: Parse, i: int) -> bool:
    """The verb at token i has one side as its subject: a single noun, not "the two countries",
    "Peru and Chile" or a pronoun."""
    toks = parse.tokens
    # (the nearest subject before the verb: a dateline's city may hang on it as another)
    subject = max((k for k in parse.children(i) if toks[k].dep == "nsubj" and k < i),
                  default=None)
    if subject is None:
        return False
    return toks[subject].tag in ("NNP", "NN") and not any(
        toks[k].dep in ("conj", "cc") for k in parse.children(subject))


@cache
def _talking() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Nouns of talks, the prepositions that name their subject, and verbs of discussing."""
    table = load_json("status.json")["unrealised"]
    return tuple(re.compile(rf"^(?:{table[k]})$", re.I)  # type: ignore[return-value]
                 for k in ("talk_nouns", "talk_preps", "talk_verbs"))


def talked_of(parse: Parse | None, cue_at: int, status: Status) -> Status | None:
    """A reached-stage cue on a gerund or noun that is what talks are about: "agreed to formal
    talks on signing a trade pact", "negotiations on the signing of a treaty", "discussed
    signing an accord": the stage is talked about, not reached (negotiating). None when the
    cue's word hangs on no such talks (the stage stands). Word lists in data/status.json
    ("unrealised": talk_nouns, talk_preps, talk_verbs)."""
    if parse is None or cue_at < 0 or status not in _REACHED:
        return None
    toks = parse.tokens
    i = parse.token_starting(cue_at)
    if i is None or not (toks[i].tag == "VBG" or toks[i].tag.startswith("NN")):
        return None
    nouns, preps, verbs = _talking()
    head = toks[i].head
    if head == i:
        return None
    if toks[i].tag == "VBG" and toks[i].dep in ("xcomp", "dobj", "ccomp") \
            and verbs.match(toks[head].text):
        return Status.NEGOTIATING  # "discussed signing an accord"
    if toks[i].dep not in ("pcomp", "pobj") or not preps.match(toks[head].text):
        return None
    talks = toks[head].head
    if talks == head or not toks[talks].tag.startswith("NN") or not nouns.match(toks[talks].text):
        return None
    return Status.NEGOTIATING


@cache
def _weighing() -> re.Pattern[str]:
    return re.compile(rf"^(?:{load_json('status.json')['unrealised']['weighing_verbs']})$", re.I)


@cache
def _hoping() -> re.Pattern[str]:
    return re.compile(rf"^(?:{load_json('status.json')['unrealised']['hoping_verbs']})$", re.I)


@cache
def _acquiring() -> re.Pattern[str]:
    return re.compile(rf"^(?:{load_json('status.json')['unrealised']['acquiring_verbs']})$",
                      re.I)


@cache
def _acted_under() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Verbs of no act done under an instrument: of founding, of making an instrument or of its
    terms (one pattern), and of saying."""
    status = load_json("status.json")
    table = status["acted_under"]
    not_acts = "|".join((table["founding_verbs"], table["terms_verbs"],
                         status["unrealised"]["making_verbs"]))
    return (re.compile(rf"^(?:{not_acts})$", re.I),
            re.compile(rf"^(?:{table['saying_verbs']})$", re.I))


def acted_under(parse: Parse | None, head_at: int) -> int | None:
    """An act carried out under the instrument whose head word starts at head_at, told after
    its verb ("relief goods were sent under the agreement ...", "assistance is being provided
    under the pact", "electricity supplied under an accord renewed in January"): the
    instrument is being applied (implemented). Returns the verb's token, or None when there
    is no such act:
    - "under" before its verb ("Under the agreement, Japan will buy ..."): the instrument's
      terms, not an act;
    - a verb in an infinitive or after a modal ("will import ... under"), or one with an
      infinitive of its own ("is to buy"): an act still to come;
    - a verb of founding or of making an instrument ("a venture set up under a 1949 accord",
      "signed under the framework"): the instrument's origin or another instrument's stage;
      a verb of saying;
    - "under" hanging on a noun ("tariff cuts under the accord") or right after an adjective
      ("illegal under the pact": a judgment by it).
    Word lists in data/status.json ("acted_under")."""
    head = _head_word(parse, head_at, ("compound",))
    if parse is None or head is None:
        return None
    toks = parse.tokens
    under = toks[head].head
    if toks[head].dep != "pobj" or under == head or toks[under].text.lower() != "under" \
            or toks[under].dep != "prep":
        return None
    verb = toks[under].head
    if verb == under or verb > under or toks[verb].tag not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return None
    if under > 0 and toks[under - 1].tag == "JJ":
        return None  # a judgment by the instrument, whatever the parse hangs it from: "denounced
        # the checks as illegal under the pact", "eligible under the accord"
    kids = parse.children(verb)
    if any(toks[k].tag in ("MD", "TO") and toks[k].dep in ("aux", "auxpass") for k in kids):
        return None
    if any(toks[k].dep == "xcomp" and any(toks[j].tag == "TO" for j in parse.children(k))
           for k in kids):
        return None
    if toks[verb].tag == "VBG" and toks[verb].dep in ("xcomp", "pcomp") \
            and toks[verb].head != verb and toks[toks[verb].head].tag in ("VB", "IN", "TO"):
        return None  # ("to begin sending aid under ...")
    founding, saying = _acted_under()
    if founding.match(toks[verb].text) or saying.match(toks[verb].text):
        return None
    return verb


@cache
def _starting() -> re.Pattern[str]:
    return re.compile(rf"^(?:{load_json('status.json')['started_own_clause']})$", re.I)


def started_in_own_clause(parse: Parse | None, head_at: int) -> bool:
    """The instrument whose head word starts at head_at is the subject of its own relative
    clause whose verb tells a start and has no object: "the accord, which began in January",
    "a pact that started last year" (it is running: in force). The clause must hang on the
    instrument's head in the parse, not on a noun it qualifies ("talks on an accord, which
    began in March" are the talks' start). Verbs in data/status.json ("started_own_clause")."""
    head = _head_word(parse, head_at, ("compound",))
    if parse is None or head is None:
        return False
    toks = parse.tokens
    for verb in parse.children(head):
        if toks[verb].dep != "relcl" or not toks[verb].tag.startswith("VB") \
                or not _starting().match(toks[verb].text):
            continue
        kids = parse.children(verb)
        if any(toks[k].dep in ("dobj", "obj", "xcomp") for k in kids):
            continue  # "which started talks", "which began to pay": the clause's own object
        if any(toks[k].dep in ("nsubj", "nsubjpass") and toks[k].tag == "WDT" for k in kids):
            return True
    return False


def object_relative_verb(parse: Parse | None, head_at: int) -> tuple[int, int] | None:
    """The verb of a relative clause on the instrument whose head word starts at head_at, in
    which the instrument is the verb's object and the clause has a subject of its own, of
    any length: "the Brexit deal that Prime Minister Boris Johnson agreed with the European
    Union last autumn", "the deal that Johnson's government reached with Brussels", "the pact
    the prime minister of Canada signed last year". The clause must hang on the instrument's
    head in the parse; its verb may have no object but the relative pronoun, nor be an
    infinitive or under a modal (a participle with no subject of its own, "the pact signed
    in 1990", is `_REDUCED_RELATIVE`'s). Returns the verb's token and its subject's token,
    or None when there is no such clause."""
    head = _head_word(parse, head_at, ("compound",))
    if parse is None or head is None:
        return None
    toks = parse.tokens
    for verb in parse.children(head):
        if toks[verb].dep not in ("relcl", "acl") \
                or toks[verb].tag not in ("VBD", "VBN", "VBZ", "VBP"):
            continue  # (the tagger reads some "that" as a mark and the clause as an acl)
        kids = parse.children(verb)
        subject = next((k for k in kids if toks[k].dep == "nsubj"
                        and toks[k].tag not in ("WDT", "WP")), None)
        if subject is None:
            continue  # the instrument is the clause's subject: `status_after` reads that
        if any(toks[k].dep in ("dobj", "obj", "ccomp", "xcomp") and toks[k].tag != "WDT"
               for k in kids):
            continue  # the verb has an object of its own: "the deal that X said ..."
        if any(toks[k].tag in ("TO", "MD") for k in kids):
            continue
        return verb, subject
    return None


def object_relative_stage(parse: Parse | None, verb: int, text: str) -> Status | None:
    """The stage the verb of the instrument's object relative clause (`object_relative_verb`)
    tells, read by the status lexicon from the verb (with its auxiliaries) onward (the
    surface patterns of `status_after` and the contact clause take only a short subject).
    None when the verb tells no stage."""
    if parse is None:
        return None
    toks = parse.tokens
    first = min([k for k in parse.children(verb)
                 if k < verb and toks[k].dep in ("aux", "auxpass", "neg")] + [verb])
    return status_after(text[toks[first].start:toks[first].start + 80])


@cache
def _talks_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Verbs of negotiating, and the heads of an effort ("trying", "attempts") to do so or of
    launching the talks ("agreed", "instructed")."""
    table = load_json("status.json")["unrealised"]
    return (re.compile(rf"^(?:{table['negotiating_verbs']})$", re.I),
            re.compile(rf"^(?:{table['effort_heads']}|{table['launching_heads']})$", re.I))


def talks_to_come(parse: Parse | None, text: str, cue_at: int, status: Status) -> Status | None:
    """The stage a negotiating cue tells when its verb of negotiating is still to come: in the
    base form after "will" / "would", or in the infinitive of "is to", of a verb of planning,
    intending or agreeing ("Yugoslavia is to negotiate a restructuring of its debt", "Chile
    plans to negotiate a pact"), or of a purpose whose own verb is still to come ("will send a
    team next week to negotiate a loan"): no talks are under way yet (planned, as talks that
    "will begin"). Asked of another side ("urged Reagan to negotiate a treaty") or wished by one
    side ("hopes to negotiate") it is proposed. None when the talks happen or may: after a verb
    of effort ("trying to negotiate", "attempts to negotiate") or of starting ("began to
    negotiate"), of launching them ("the two sides agreed to negotiate a treaty", "instructed
    officials to negotiate": the gold keeps "agreed to start negotiations on" negotiating), as
    the purpose of an act done ("met in Paris to negotiate a deal"), under a
    modal of possibility ("could negotiate"), or on a noun of an act done ("gave him a mandate
    to negotiate").
    Words in data/status.json ("unrealised")."""
    if parse is None or cue_at < 0 or status != Status.NEGOTIATING:
        return None
    i = _verb_at(parse, cue_at)
    toks = parse.tokens
    negotiating, effort = _talks_words()
    if i is None or toks[i].tag == "VBN" or not negotiating.match(toks[i].text):
        return None
    verb = i
    while toks[verb].dep == "conj" and toks[verb].head != verb and toks[toks[verb].head].tag == "VB":
        verb = toks[verb].head
    if not _infinitive_or_modal(parse, verb) or _possible_only(parse, verb):
        return None
    head = toks[verb].head
    if head == verb or any(toks[k].tag == "MD" for k in parse.children(verb)):
        return Status.PLANNED  # "will negotiate", "would negotiate"
    realised, request = _heads()
    governor = toks[head].text
    before = text[max(0, toks[verb].start - 40):toks[verb].start].split()
    if realised.match(governor) or effort.match(governor) \
            or any(realised.match(w) for w in before[-4:]):
        return None  # "began to negotiate", "trying to negotiate", "attempts to negotiate"
    if toks[verb].dep in ("advcl", "acl"):
        # a purpose ("met to negotiate", "sent a team to negotiate"): still to come only when
        # the verb of its clause is ("will send a team next week to negotiate a loan")
        clause = next((a for a in ([head] if toks[verb].dep == "advcl" else [])
                       + parse.ancestors(verb) if toks[a].tag.startswith("VB")), None)
        return Status.PLANNED if clause is not None and toks[clause].tag == "VB" \
            and _infinitive_or_modal(parse, clause) else None
    if toks[verb].dep not in ("xcomp", "ccomp") or not toks[head].tag.startswith("VB"):
        return None
    if request.match(governor):
        return Status.PROPOSED  # "urged Reagan to negotiate a treaty"
    if _hoping().match(governor):
        return Status.PROPOSED if _one_side_subject(parse, head) else None
    return Status.PLANNED


@cache
def _realised_infinitives() -> tuple[tuple[re.Pattern[str], Status], ...]:
    table = load_json("status.json")["unrealised"]["realised_infinitives"]
    return tuple((re.compile(rf"^(?:{verbs})$", re.I), Status(stage))
                 for verbs, stage in table.items())


def realised_infinitive(parse: Parse | None, text: str, cue_at: int,
                        status: Status) -> Status | None:
    """The stage an infinitive cue ("to sign", read as a signing still to come) tells when
    its verb is the complement of a verb of starting or achieving that is itself done
    ("Mexican officials ... started to sign agreements", "has managed to ratify the
    pact"): the signing (ratification, implementation) happened. The governor must be a
    verb in a finite or perfect form, with no modal and no "to" of its own ("will start to
    sign", "expected to begin to sign" stay planned); ordinals ("the first to sign") are
    left to the known-past reading. None when the cue is no such infinitive."""
    if parse is None or cue_at < 0 or status != Status.PLANNED:
        return None
    toks = parse.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= cue_at), None)
    if at is None or toks[at].start != cue_at:
        return None
    verb = at + 1 if toks[at].tag == "TO" and at + 1 < len(toks) else at
    if toks[verb].tag != "VB" or not any(
            toks[k].tag == "TO" for k in parse.children(verb) if toks[k].dep == "aux"):
        return None
    stage = next((st for rx, st in _realised_infinitives() if rx.match(toks[verb].text)), None)
    head = toks[verb].head
    if stage is None or head == verb or toks[verb].dep != "xcomp":
        return None
    realised, _ = _heads()
    governor = toks[head]
    if not realised.match(governor.text) or governor.tag not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    kids = parse.children(head)
    if any(toks[k].tag in ("MD", "TO") for k in kids if toks[k].dep in ("aux", "auxpass")):
        return None
    if governor.tag == "VBN" and not any(
            toks[k].dep == "aux" and toks[k].text.lower() in ("has", "have", "had") for k in kids):
        return None  # a participle with no perfect ("the talks started to sign ..." as a noun's)
    return stage


@cache
def _in_principle() -> re.Pattern[str]:
    return re.compile(load_json("status.json")["unrealised"]["in_principle"], re.I)


def in_principle(parse: Parse | None, text: str, cue_at: int, status: Status,
                 after_at: int = -1) -> Status | None:
    """A stage beyond agreement told by a verb that "in principle" qualifies ("the standby
    loan that it has approved in principle", "the pact was signed in principle"): an
    agreement in principle, agreed (spec/record.md). Read from the parse: a prepositional
    "in" with object "principle" attached to the cue's verb (or, with no parse, right after
    the cue's verb group)."""
    if status not in (Status.FINALIZED, Status.SIGNED, Status.RATIFIED):
        return None
    if cue_at < 0 and after_at >= 0:
        # a stage told right after the instrument ("the loan that it has approved in
        # principle", "the pact was signed in principle"): "in principle" in the same clause,
        # after the verb group that tells the stage
        window = re.split(r"[,;:]", text[after_at:after_at + 80], maxsplit=1)[0]
        m = _in_principle().search(window)
        return Status.AGREED if m and status_after(window[:m.start()]) == status else None
    if cue_at < 0:
        return None
    if parse is None:
        m = re.match(r"(?:(?:has|have|had|was|were|is|are|been|be)\s+)*(?:\w+ly\s+)?\w+\s+",
                     text[cue_at:])
        return Status.AGREED if m and _in_principle().match(text, cue_at + m.end()) else None
    toks = parse.tokens
    at = next((k for k, t in enumerate(toks) if t.start >= cue_at), None)
    if at is None or toks[at].start != cue_at:
        return None
    verb = at
    while toks[verb].dep in ("aux", "auxpass") and toks[verb].head != verb:
        verb = toks[verb].head
    if not toks[verb].tag.startswith("VB"):
        return None
    for k in parse.children(verb):
        if toks[k].text.lower() == "in" and any(
                toks[c].text.lower() == "principle" for c in parse.children(k)):
            return Status.AGREED
    return None
