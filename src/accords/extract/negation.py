"""Denials around an instrument: refusal ("refused to sign"), a stage not yet reached ("has yet
to be finalised"), a condition ("if the cabinet approves"), or no instrument at all ("no
declaration is expected"); and what each makes of the stage a verb gave."""
from __future__ import annotations

import re
from functools import cache

from accords.data import load_json
from accords.extract.instruments import Phrase
from accords.vocab import Status

# Negation and refusal around a status cue: "refused to sign", "has yet to be finalised",
# "did not ratify". A determiner "no" or "without" denies the instrument itself.
# ("not willing to enter into arrangements", "is not prepared to sign": unwilling, said apart)
_REFUSAL = re.compile(r"\b(?:refus\w*|refusal|unwilling\w*|reluctan\w*|declin\w*|reject\w*|"
                      r"oppos\w*|won't|will not|would not|(?:not|n't|never)\s+(?:\w+ly\s+)?"
                      r"(?:willing|prepared|ready|keen|inclined))\b(?:\s+\w+){0,3}\s*$", re.I)
# A plan denied by its determiner: "has no plans to sign", "there are no plans to ratify"
_NO_PLAN = re.compile(r"\bno\s+(?:immediate\s+|current\s+|such\s+|further\s+)?$", re.I)


_NOT_YET = re.compile(r"(?:\b(?:not|never|yet to|failed to|fail to|fails to|no longer|"
                      r"has still to|have still to)|(?<=\w)n['’]t)\b(?:\s+\w+){0,3}\s*$", re.I)


# ("is not up for renegotiation" says the instrument stands: no denial of its stage)
_NOT_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:has|have|had|is|are|was|were)\s+(?:not|never|"
                        r"yet to|still to)\b(?!\s+up\s+for\b)|^\W*(?:\w+\s+){0,2}?(?:hasn|haven|wasn|"
                        r"weren|isn|aren)['’]t\b", re.I)


# A relative clause set off by commas right after the instrument that denies a stage, before
# the verb of which the instrument is the subject: "the agreement, which has yet to be
# ratified by parliament, was signed last night". The clause denies the ratification, not
# the signature the main verb tells (which had been read as "not yet" and lost).
DENIED_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\s+[^,;()]{0,100}?\b(?:not|never|n't|yet\s+to|"
                             r"still\s+to)\b[^,;()]{0,80},\s*(?=(?:has|have|had|is|are|was|were)"
                             r"\s+(?:\w+\s+)?\w+ed\b)", re.I)


STAGE_VERB = re.compile(r"\b(?:sign|ratif|finali[sz]|conclud|approv|agree|initial)", re.I)


# ("no movement on the Teesta agreement" denies the movement, not the agreement)
_ABSENT = re.compile(r"\b(?:no|without(?:\s+(?:a|an|any))?|nor)\s+(?:(?!(?:on|of|for|about|over|"
                     r"with|in|to|from|by|at|under)\b)[\w-]+\s+){0,3}$", re.I)


# A stage only imagined: "could one day agree on a treaty", "might eventually sign", "would
# have signed" (a possibility or a counterfactual, not a plan both sides announced).
_IMAGINED = re.compile(r"\b(?:could|might|may|would|should)\s+(?:(?:one|some)\s+day|someday|"
                       r"eventually|ever|in\s+(?:the\s+)?(?:distant\s+)?future|in\s+theory|"
                       r"(?:\w+\s+)?have)\s+$", re.I)


# A stage only threatened: "threatened to withdraw from the accord", "threatening to scrap the
# deal" (a warning, not a step taken; the announced "would withdraw" is one)
_THREATENED = re.compile(r"\bthreat(?:en(?:s|ed|ing)?)?\s+(?:\w+\s+)?to\s+$", re.I)


# A wish, plan or thought to leave, not a leaving: "wants to pull out of the quota accord",
# "was considering withdrawing from the pact", "has asked to quit the treaty". Only an ending
# is affected (negated_status): "plans to sign" is a plan, and the planned stage says so.
_WISHED = re.compile(r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?|hop(?:es|ed|ing)|consider(?:s|ed|ing)?|"
                     r"mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|seek(?:s|ing)?|sought|plan(?:s|ned|ning)?|"
                     r"intend(?:s|ed|ing)?|propos(?:es|ed|ing)|ask(?:s|ed|ing)?|thinking\s+of|"
                     r"talk\s+of|(?:would|'d)\s+like|may|might|could|threat\w*|promis\w*|vow\w*|pledg\w*)\s+"
                     r"(?:\w+\s+)?(?:to\s+)?$", re.I)
# A leaving told by a gerund with no subject, opening the sentence or after "of", "for",
# "about": "Withdrawing from the refugee convention would be a mistake", "the idea of
# scrapping the pact" (a course talked of, not taken; not "after withdrawing from it in 2019")
_LEAVING_GERUND_TALKED_OF = re.compile(r"(?:^|\b(?:of|for|about)\s+|\s[-–—]+\s*|[.:]\s+)\W*$",
                                       re.I)  # (after a dateline's dash: the sentence opens)
# A stage denied as a standing fact: "the only major debtor not to have signed an accord with
# the IMF", "one of few states not to have rescheduled its debt". Nothing is being negotiated:
# for an instrument told only by its kind ("an accord", "its debt") there is none at all; a named
# or definite one ("the Lisbon Treaty", "the partnership agreement") exists: not yet.
_NOT_TO_HAVE = re.compile(r"\bnot\s+to\s+have\s+(?:\w+ly\s+)?$", re.I)
# An ending only supposed, told after the instrument: "speculation that the Louvre accord was
# no longer valid", "fears that the truce has collapsed" (talk of an ending, not one)
_SUPPOSED = re.compile(r"\b(?:speculation|rumou?rs?|fears?|worries|doubts?|believe|suspect\w*|"
                       r"whether|possibility|suggestions?|claims?)\s+(?:that\s+)?"
                       r"(?:[\w'’.-]+\s+){0,4}$", re.I)
_LEAVING = re.compile(r"(?:withdr|pull|exit|quit|scrap|cancel|terminat|abandon|tear|renounc|"
                      r"denounc|abrogat|annul|revok|leav)", re.I)


# A stage named by a gerund as the clause's subject, then denied or doubted after the
# instrument: "signing a trade pact with Chile is not going to be possible this year" tells a
# signing still to come, not one that happened.
_GERUND_CUE = re.compile(r"(?:sign|ink|ratify|conclud|finali[sz]|seal)\w*ing\b", re.I)
_DOUBTED_AFTER = re.compile(r"^[^,;]{0,40}?\b(?:is|are|was|were|will be|would be)\s+(?:not|unlikely|"
                            r"impossible|far off|a long way off|still)\b|^[^,;]{0,40}?\b(?:isn't|"
                            r"aren't|wasn't|won't)\b", re.I)


# A stage told in a clause of time or condition that is still to come: "will release the funds
# once Peru signs an accord", "would put money in as soon as Zambia reached an agreement",
# "stays frozen until the accord is ratified", "a deal was needed before Japan extended loans". "once again", "once more" are no such clause.
_WHEN_CLAUSE = re.compile(r"\b(?:as soon as|once(?!\s+(?:again|more|before|and))|until|till|"
                          r"before|provided(?:\s+that)?|in case|on condition that)\b[^,;]*$", re.I)
# The main clause tells a future, a possibility or a need ("will", "would", "could", "an
# agreement was needed before Tokyo extended fresh loans") ...
# ("may" in lower case only: "LIMA, May 12 -" is a dateline's month)
_MAIN_MODAL = re.compile(r"\b(?:will|would|shall|should|could|can|(?-i:may)|might|must|needed|"
                         r"necessary|required|a\s+(?:pre)?condition)\b|\w'll\b", re.I)
# ... or the clause's own verb is in the present ("once Peru signs", "until it is ratified")
_PRESENT_CUE = re.compile(r"(?:\w+(?:s|es)\b(?<!ed)(?<!ss)|is\s+\w+ed\b|are\s+\w+ed\b)", re.I)


def _still_to_come(text: str, cue_at: int) -> bool:
    """The stage at cue_at sits in a clause of time or condition about the future."""
    m = _WHEN_CLAUSE.search(text[:cue_at])
    if m is None:
        return False
    if _MAIN_MODAL.search(text[max(0, m.start() - 120):m.start()]):
        return True
    before_cue = text[max(m.end(), cue_at - 12):cue_at]
    return bool(_PRESENT_CUE.match(text, cue_at) or re.search(r"\b(?:is|are)\s+$", before_cue))


@cache
def _denied_until() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = load_json("status.json")["denied_until"]
    return (re.compile(table["past_denial"], re.I), re.compile(table["until_time"], re.I))


def _reached_at_a_time(text: str, denial_end: int, verb_at: int) -> bool:
    """A past denial that only holds up to a time ("wasn't ratified until 1946", "was not
    signed until November 5", "did not ratify the pact until 2001"): the stage was reached then.
    `denial_end` is where the denial ends (the stage verb follows it); the time must follow the
    verb in its clause, and a clause ("until parliament approves it") is no time."""
    past, until = _denied_until()
    if not past.search(text[max(0, denial_end - 40):denial_end]):
        return False
    clause = re.split(r"[,;:]", text[verb_at:verb_at + 100], maxsplit=1)[0]
    return bool(until.search(clause))


def negation(text: str, p: Phrase, cue_at: int) -> str | None:
    """'refused' (a party refuses it), 'not_yet' (the stage has not happened), 'hypothetical'
    (a condition: "if ... approves"), 'wished' (a wish or plan: "wants to pull out"), 'absent' (no such instrument),
    'reached_then' (a past denial up to a time: "wasn't ratified until 1946" was ratified then), or None."""
    if _ABSENT.search(text[max(0, p.start - 30):p.start]) and not re.search(
            r"\bno\s+(?:longer|sooner)\b", text[max(0, p.start - 30):p.start], re.I):
        return "absent"
    verb_at = cue_at if cue_at >= 0 else p.start
    if _NOT_TO_HAVE.search(text[max(0, verb_at - 40):verb_at]) and not re.search(
            r"\b[A-Z]", f"{p.modifiers} {p.head}") and not re.search(
            r"\b(?:the|this|that)\s+$", text[max(0, p.start - 8):p.start], re.I):
        return "absent"  # ("not to have signed the partnership agreement": one that exists)
    if cue_at >= 0:
        before = text[max(0, cue_at - 40):cue_at]
        if re.search(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;]*$", text[:cue_at]) or re.match(
                r"\W*(?:If|Unless|Should)\b[^;]*$", text[:cue_at]):  # "If X approves, Y will sign"
            return "hypothetical"  # "if the cabinet approves the deal": nothing happened yet
        if _still_to_come(text, cue_at):
            return "hypothetical"
        if _IMAGINED.search(before) or _THREATENED.search(before):
            return "hypothetical"
        if _LEAVING.match(text, cue_at) and (_WISHED.search(before) or (
                re.match(r"\w+ing\b", text[cue_at:]) and _LEAVING_GERUND_TALKED_OF.search(
                    text[max(0, cue_at - 12):cue_at]))):
            return "wished"
        if _REFUSAL.search(before):
            return "refused"
        if _NO_PLAN.search(before) and re.match(r"plans?\b", text[cue_at:], re.I):
            return "not_yet"  # (a denied plan is no plan: negated_status drops it)
        if _NOT_YET.search(before):
            if _reached_at_a_time(text, cue_at, cue_at):
                return "reached_then"
            return "not_yet"
        if _GERUND_CUE.match(text, cue_at) and _DOUBTED_AFTER.search(text[p.end:p.end + 80]):
            return "not_yet"
    else:
        relative = DENIED_RELATIVE.match(text, p.end)
        start = relative.end() if relative else p.end  # the main verb's own denial counts
        denied = _NOT_AFTER.search(text[start:start + 60])
        if denied:
            if _reached_at_a_time(text, start + denied.end(), start + denied.end()):
                return "reached_then"
            return "not_yet"
        if _SUPPOSED.search(text[max(0, p.start - 60):p.start]):
            return "wished"  # only an ending is touched (negated_status)
    return None


def undenied(window: str) -> str:
    """The words after an instrument with their denial taken out ("wasn't ratified until
    1946" -> "was ratified until 1946"), to read the stage a past denial up to a time tells."""
    return re.sub(r"\s+(?:not|never)\b|n['’]t\b", "", window, count=1, flags=re.I)


def negated_status(status: Status, negation: str) -> Status | None:
    """What a denied stage says: refusing to sign is a rejection; not yet signed (finalized,
    ratified) means still under negotiation; a denied plan is no plan."""
    if negation == "refused" and status.rank >= Status.PROPOSED.rank:
        return Status.REJECTED
    if negation == "hypothetical":
        return None
    if negation == "reached_then":
        return status
    if negation == "wished":  # wanting to leave a pact (or talk of its end) says it still binds
        return Status.IN_FORCE if status == Status.TERMINATED else status
    if negation == "not_yet":
        if status in (Status.SIGNED, Status.FINALIZED, Status.AGREED):
            return Status.NEGOTIATING
        if status in (Status.RATIFIED, Status.IN_FORCE, Status.IMPLEMENTED):
            return Status.SIGNED
        if status in (Status.PLANNED, Status.PROPOSED, Status.NEGOTIATING):
            return None
    return status
