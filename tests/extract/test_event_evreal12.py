"""False events of the round-26 audit's plural-or-separate class (branch evreal12): two people
who each hold a gathering of their own ("in their respective meetings with their counterparts",
"met the envoy separately") did not meet each other, and "the meetings" next to such a sentence
names those several gatherings, not one between the sides. Articles invented."""
from accords.annotate.context import nlp
from accords.annotate.syntax import Parse
from accords.extract.event_each import each_own_gathering

_RESPECTIVE = (
    "OSLO, May 14 - Indian Foreign Minister Anil Varma said on Thursday that India stood by "
    "open sea lanes in the Arctic.\n    Varma spoke after his meeting with Nordic foreign "
    "ministers on Tuesday, one of several annual regional meetings this week held by video "
    "link.\n    The meetings were dominated by India-Brazil rivalry over Arctic shipping "
    "rights.\n    Brazilian Foreign Minister Paulo Lima accused India of ignoring the region's "
    "rules, while Varma criticised Brazil's fishing fleets, in their respective meetings with "
    "their Nordic counterparts.\n REUTER")


def _parse(text: str) -> Parse:
    return Parse.of(nlp()(text))


def test_two_ministers_in_their_respective_meetings_did_not_meet(extract):
    ex = extract(_RESPECTIVE, published="2026-05-14")
    for e in ex.events:
        names = {p.name for p in e.participants}
        assert not {"Paulo Lima", "Anil Varma"} <= names
        assert not e.source.quote.startswith("The meetings")


def test_each_own_gathering_reads_the_word_on_a_gathering():
    for text in ("The two ministers spoke in their respective meetings with their counterparts.",
                 "The Greek and Turkish envoys met the mediator separately on Monday.",
                 "She held separate talks with the two delegations."):
        assert each_own_gathering(_parse(text)), text
    for text in ("The two ministers met in Geneva on Monday.",
                 "Their respective governments signed the accord last year.",
                 "The envoys raised a separate issue at the meeting."):
        assert not each_own_gathering(_parse(text)), text
