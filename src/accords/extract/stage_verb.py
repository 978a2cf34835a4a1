"""What the parse says of the verb a status cue matched.

A stage verb in an infinitive or after a modal is a stage still to come (`unrealised_stage`);
a verb before an instrument that is the subject of a verb of its own does not tell that
instrument's stage (`subject_of_another_verb`).

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
from accords.vocab import Status

# stages a verb tells as done, which an infinitive or a modal puts still to come
_REACHED = (Status.FINALIZED, Status.SIGNED, Status.RATIFIED)


@cache
def _heads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_json("status.json")["unrealised"]
    return (re.compile(rf"^(?:{table['realised_heads']})$", re.I),
            re.compile(rf"^(?:{table['request_heads']})$", re.I))


def _verb_at(parse: Parse, at: int) -> int | None:
    """The verb token the cue starts on, if the cue starts on a verb."""
    for i, t in enumerate(parse.tokens):
        if t.start == at:
            return i if t.tag in ("VB", "VBN") else None
        if t.start > at:
            break
    return None


def past_verb_at(parse: Parse | None, at: int) -> bool:
    """The cue at `at` starts on a verb in the past tense ("initialled", "struck")."""
    if parse is None or at < 0:
        return False
    return any(t.start == at and t.tag == "VBD" for t in parse.tokens)


def _children(parse: Parse, i: int) -> list[int]:
    return [k for k, t in enumerate(parse.tokens) if t.head == i and k != i]


def _infinitive_or_modal(parse: Parse, i: int) -> bool:
    """The verb is in its base form under "to" or a modal ("to ratify", "will sign"), or
    is such a passive ("to be ratified", "must be approved")."""
    toks = parse.tokens
    kids = _children(parse, i)
    aux = [toks[k] for k in kids if toks[k].dep == "aux"]
    if toks[i].tag == "VBN":
        if not any(toks[k].dep == "auxpass" and toks[k].tag == "VB" for k in kids):
            return False
    return any(a.tag in ("TO", "MD") for a in aux)


def unrealised_stage(parse: Parse | None, text: str, cue_at: int, status: Status) -> Status | None:
    """The stage a reached-stage cue at cue_at really tells when its verb is an infinitive or
    follows a modal; None when the cue's verb is no such form (the stage stands)."""
    if parse is None or cue_at < 0 or status not in _REACHED:
        return None
    i = _verb_at(parse, cue_at)
    if i is None:
        return None
    toks = parse.tokens
    verb = i
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
    return Status.PLANNED


def subject_of_another_verb(parse: Parse | None, head_at: int, cue_at: int) -> bool:
    """The instrument whose head word starts at head_at is the subject of a verb other than
    the cue's ("signing dates had to be scrapped ... after the loan was agreed": "scrapped"
    is the dates', the loan's own verb is "agreed")."""
    if parse is None or head_at < 0 or cue_at < 0:
        return False
    toks = parse.tokens
    head = next((i for i, t in enumerate(toks) if t.start <= head_at < t.end), None)
    cue = next((i for i, t in enumerate(toks) if t.start == cue_at), None)
    if head is None or cue is None:
        return False
    # the head word of a multiword head ("credit line"): the noun the phrase's words hang on
    while toks[head].dep == "compound" and toks[head].head != head:
        head = toks[head].head
    if toks[head].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = toks[head].head
    return verb != cue and toks[verb].tag.startswith("VB") and verb not in parse.ancestors(cue)
