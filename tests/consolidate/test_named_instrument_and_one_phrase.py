"""One record per instrument (round-28/29 audits): a description that shares only its field
word with a proper name ("a better trade deal", "the General Agreement on Tariffs and Trade")
is another instrument; the stages read from one phrase are one instrument's. Mentions and
sentences are our own."""
from __future__ import annotations

from accords.consolidate.agreements import consolidate_agreements
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status


def _a(doc: str, title: str, name: str, quote: str, countries: tuple[str, ...],
       status: Status = Status.AGREED, date: str | None = None, explicit: bool = False,
       topics: tuple[str, ...] = ("trade",), sentence: int = 1, start: int = 0,
       headline: bool = False) -> AgreementMention:
    return AgreementMention(
        document=doc, kind=Kind.AGREEMENT, title=title, topics=list(topics),
        countries=list(countries), parties=[Actor(c, c) for c in countries], status=status,
        source=Source(doc, quote, start, start + len(quote)),
        at=start + max(0, quote.lower().find(name.lower())), name=name, date=date,
        explicit_date=explicit, sentence=sentence, headline=headline)


def _named() -> list[AgreementMention]:
    return [
        _a("d1", "Agreement on Tariffs and Trade (GATT)", "Agreement on Tariffs and Trade",
           "Freedonia must join the General Agreement on Tariffs and Trade (GATT) first.",
           ("FRD", "IGO:GATT")),
        _a("d2", "Agreement on Tariffs and Trade (GATT)", "Agreement on Tariffs and Trade",
           "Freedonia's delegate to the General Agreement on Tariffs and Trade spoke.",
           ("FRD", "IGO:GATT")),
    ]


def test_a_field_word_alone_does_not_join_a_proper_named_instrument() -> None:
    headline = _a("d3", "Better trade deal with U.S.", "BETTER TRADE DEAL",
                  "FREEDONIA CALLS FOR BETTER TRADE DEAL WITH U.S.", ("FRD",),
                  Status.PROPOSED, "2031-03-03", sentence=0, headline=True)
    records = consolidate_agreements([*_named(), headline], PeopleIndex())
    assert sorted(len(r.sources) for r in records) == [1, 2]


def test_the_name_told_again_still_joins() -> None:
    again = _a("d3", "Agreement on Tariffs and Trade (GATT)", "Agreement on Tariffs and Trade",
               "Freedonia applied to the General Agreement on Tariffs and Trade.",
               ("FRD", "IGO:GATT"))
    records = consolidate_agreements([*_named(), again], PeopleIndex())
    assert [len(r.sources) for r in records] == [3]


def test_two_descriptions_of_one_field_and_parties_still_join() -> None:
    # neither is a proper name: "a post-Brexit trade deal" and "the UK-EU trade deal"
    one = _a("d1", "Post-Brexit trade deal", "post-Brexit trade deal",
             "Ruritania wants to strike a post-Brexit trade deal with the EU.",
             ("RUR", "IGO:EU"), Status.NEGOTIATING, "2031-08-24")
    two = _a("d2", "Trade deal", "trade deal", "Talks on the Ruritania-EU trade deal stalled.",
             ("RUR", "IGO:EU"), Status.NEGOTIATING, "2031-09-20")
    assert len(consolidate_agreements([one, two], PeopleIndex())) == 1


def test_two_stages_read_from_one_phrase_are_one_record() -> None:
    quote = ("Under the accord, clinched on Thursday in Paris, the interest owed between April 1, "
             "2030, and March 31, 2032, is being rescheduled.")
    lead = _a("d1", "Rescheduling agreement", "rescheduling agreement",
              "Freedonia said the rescheduling agreement reached with the Paris Club covers "
              "125 mln dlrs.", ("FRD", "IGO:ParisClub"), Status.AGREED, "2031-03-05",
              topics=("finance",), sentence=1, start=0)
    clinched = _a("d1", "Rescheduling agreement", "accord", quote, ("FRD", "IGO:ParisClub"),
                  Status.AGREED, "2031-03-05", True, ("finance",), 2, 200)
    # the same phrase read once more, dated by the range's first day
    ranged = _a("d1", "Rescheduling agreement", "accord", quote, ("FRD", "IGO:ParisClub"),
                Status.SIGNED, "2030-04-01", True, ("finance",), 2, 200)
    for order in ([lead, ranged, clinched], [lead, clinched, ranged]):
        records = consolidate_agreements(order, PeopleIndex())
        assert len(records) == 1


def test_one_phrase_with_each_of_two_counterparts_stays_two() -> None:
    quote = "Freedonia signed trade agreements with Ruritania and Graustark on Monday."
    ruritania = _a("d1", "Trade agreement", "trade agreements", quote, ("FRD", "RUR"),
                   Status.SIGNED, "2031-03-02", True)
    graustark = _a("d1", "Trade agreement", "trade agreements", quote, ("FRD", "GRA"),
                   Status.SIGNED, "2031-03-02", True)
    assert len(consolidate_agreements([ruritania, graustark], PeopleIndex())) == 2


def test_a_bare_field_word_says_which_instrument_only_with_a_side_in_common() -> None:
    from accords.consolidate.agreements import _words_alike
    separate = _a("d1", "Separate agreement on agricultural trade", "separate agreement",
                  "The Union would not reach a separate agreement on agricultural trade.",
                  ("IGO:EU",), Status.REJECTED)
    theirs = _a("d2", "Trade deal", "trade deals",
                "Ministers failed to agree on new trade deals with Ruritania.", ("RUR",),
                Status.NEGOTIATING)
    ours = _a("d3", "Trade deal", "trade deal",
              "Talks on the trade deal with the Union resumed.", ("IGO:EU",), Status.NEGOTIATING)
    assert not _words_alike(separate, theirs)
    assert _words_alike(separate, ours)
