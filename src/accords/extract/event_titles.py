"""The title of a gathering as the text names it: 'EC farm ministers' meeting in Brussels',
'meeting of the UN Security Council' (annotators' titles paraphrase the text, and so do users'
searches)."""
from __future__ import annotations

import re

# Words that end the phrase naming a meeting ("the recent EC farm ministers' meeting in
# Brussels, which ..."): determiners, prepositions, pronouns, verbs of reporting.
_PHRASE_STOP = frozenset(
    "a an the at in on of to for by with and or but its their his her our this that these those "
    "which who whom whose after before during from into was were is are be been being has have "
    "had will would shall said says told held hold holds attended attend than as also while "
    "when where ahead since until about over under between against next last recent first "
    "second new it they he she we you there here".split())


# "this week's summit", "Monday's talks": when, not what.
_TIME_WORD = re.compile(r"(?i)(?:week|month|year|today|yesterday|tomorrow|weekend|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday)(?:'s|’s|s')?$")
_VERB_LIKE = re.compile(r"(?:[a-z]+ed|begins?|began|ends?|opens?|starts?|sent|took|takes|"
                        r"agreed|met|meets|will|would|to)$")


# "the Group of Seven finance ministers' meeting": the group's name keeps its "of", which
# would otherwise end the phrase and leave "Seven finance ministers' meeting", a title naming
# no body (such titles chained the G-7 week's reports into one record at consolidation).
_GROUP_OF = re.compile(r"\bGroup\s+of\s+$")


def noun_title(text: str, start: int, end: int) -> str | None:
    """The phrase that names a meeting, as written: a few words before its noun and an 'of'
    or 'in' complement after it ('EC farm ministers meeting in Brussels')."""
    window = text[max(0, start - 80):start]
    before = list(re.finditer(r"[\w'’.-]+", window))
    head: list[str] = []
    first = len(window)
    for found in reversed(before[-4:]):
        word = found.group(0)
        if word.lower() in _PHRASE_STOP or not re.match(r"\w", word) or _TIME_WORD.match(word):
            break
        head.insert(0, word)
        first = found.start()
    group = _GROUP_OF.search(window[:first]) if head else None
    if group:  # "Group of" right before the kept words: part of the group's name
        head = group.group(0).split() + head
    tail: list[str] = []
    # (an abbreviation's dots, "the U.N. commission", "the U.S.", do not end the phrase: the
    # title would end "of the U")
    rest = re.match(r"\s+(?:of|in|at|on|between)\s+(?:(?:[A-Z]\.)+|[^,;:.()\"“”]){1,60}",
                    text[end:])
    if rest:
        words = rest.group(0).split()
        tail = words[:1]
        for i, word in enumerate(words[1:13], 1):
            if word.lower() in _PHRASE_STOP - {"the", "and", "of", "in"} or _VERB_LIKE.match(word):
                break
            if i >= 6 and not (word[:1].isupper() and tail[-1][:1].isupper()
                               or word in ("and", "for", "of", "the")):
                break  # past five words only a proper name goes on ("...Commission for Asia")
            tail.append(word)
        while tail and tail[-1].lower() in _PHRASE_STOP:
            tail.pop()
    phrase = " ".join(head + [text[start:end].lower()] + tail)
    return phrase[:1].upper() + phrase[1:] if head or tail else None
