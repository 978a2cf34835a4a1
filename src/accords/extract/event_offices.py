"""States whose office-holders a sentence names by office alone: 'the Polish and Ukrainian
prime ministers', "Italy's foreign minister ... his Egyptian counterpart", 'the presidents of
Rwanda and Kenya'. Such a meeting has two sides even when no one is named (GUIDE: events are
between officials of different states), and its sides are those states."""
from __future__ import annotations

import re

from accords.annotate.gazetteer import gazetteer

# An office named by its noun, with the portfolio words that may come before it.
_OFFICE_NOUN = re.compile(
    r"\b(?:(?:prime|foreign|defen[cs]e|finance|trade|interior|economy|economic|energy|"
    r"agriculture|health|deputy|vice|first)\s+)*"
    r"(?:ministers?|presidents?|premiers?|chancellors?|counterparts?|officials|emirs?|kings?|"
    r"monarchs?|heads? of (?:state|government)|secretar(?:y|ies) of state|envoys?|"
    r"ambassadors?|delegations?|governments?|leaders?)\b", re.I)
# Words a run of state names may hold between them: "the Polish and the Ukrainian", "his".
_JOINERS = frozenset(("and", "the", "his", "her", "their", "its", "&", "of"))
_STATE_FORMS = ("name", "alias", "demonym")


def _run_back(text: str, at: int) -> int:
    """Where the run of capitalized words and joiners that ends at `at` begins."""
    lo = at
    for m in reversed(list(re.finditer(r"\S+", text[:at]))):
        word = m.group(0).rstrip(",")
        if not (word[:1].isupper() or word.lower() in _JOINERS) or m.group(0).endswith(","):
            break  # (a comma ends a dateline or a clause: "WARSAW, March 5 - The Polish")
        lo = m.start()
    return lo


def _run_on(text: str, at: int) -> int:
    """Where the run of capitalized words and joiners that begins at `at` ends."""
    hi = at
    for m in re.finditer(r"\S+", text[at:]):
        word = m.group(0)
        bare = word.rstrip(",.;:")
        if not (bare[:1].isupper() or bare.lower() in _JOINERS):
            break
        hi = at + m.start() + len(bare)
        if bare != word:
            break
    return hi


def office_states(text: str) -> list[str]:
    """The states, in the order the text names them, whose offices the sentence names right
    before an office noun ("the Polish and Ukrainian prime ministers", "Norway's foreign
    minister", "his Egyptian counterpart") or right after it ("the presidents of Rwanda and
    Kenya"). Not a state named before a lower-case word ("German business leaders")."""
    places = [p for p in gazetteer().find(text) if p.form in _STATE_FORMS]
    out: list[str] = []
    for m in _OFFICE_NOUN.finditer(text):
        spans = [(_run_back(text, m.start()), m.start())]
        of = re.match(r"\s+of\s+", text[m.end():])
        if of:
            at = m.end() + of.end()
            spans.append((at, _run_on(text, at)))
        for lo, hi in spans:
            for p in places:
                if lo <= p.start and p.end <= hi and p.code not in out:
                    out.append(p.code)
    return out
