"""One record per instrument (agcons): an additional agreement beside the one it supplements,
a new deal beside a treaty of decades ago, and one article's repeated name in one record.
Sentences are our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Actor, Agreement, AgreementMention, Document, Source
from accords.vocab import Kind, Status


def _records(*texts: str) -> list[Agreement]:
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    return consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                       [p for e in exs for p in e.people]).agreements


def test_an_additional_agreement_is_not_the_one_it_supplements() -> None:
    recs = _records(
        "Senate approves Chile-Bolivia agreement on northern border\n\n"
        "LA PAZ, March 3, 2031 - The Bolivian Senate on Monday ratified the Additional Agreement "
        "between Bolivia and Chile on the northern border, which settles two river crossings.\n\n"
        "The text supplements the 2009 Agreement on the northern border between Bolivia and "
        "Chile, which left the crossings open.")
    assert not any("2009" in r.title and r.status.value == "ratified" for r in recs)


def test_a_deal_signed_this_week_is_not_an_old_treaty_named_later() -> None:
    recs = _records(
        "KIGALI, May 8, 2031 - Rwanda and Burundi signed a deal on Thursday under which Rwanda "
        "will build a railway to Bujumbura, officials said.\n\n"
        "The two countries are bound by the 1976 Treaty of Good Neighbourliness, which "
        "Rwanda and Burundi signed in Gisenyi.")
    treaty = [r for r in recs if "1976" in r.title]
    assert treaty and all(h.date is None or h.date.startswith("1976")
                          for r in treaty for h in r.history)


def _m(doc: str, title: str, sentence: int, countries: tuple[str, ...],
       date: str | None = None) -> AgreementMention:
    return AgreementMention(
        document=doc, kind=Kind.AGREEMENT, title=title, topics=["defence"],
        countries=list(countries), parties=[Actor(c, c) for c in countries],
        status=Status.SIGNED, source=Source(doc, title, sentence * 100,
                                            sentence * 100 + len(title)),
        sentence=sentence, date=date, explicit_date=date is not None)


def test_one_articles_repeated_name_stays_in_one_record() -> None:
    # The other article (read first) tells it as "a defence agreement" and as "the status of
    # forces agreement" with one state: each of this article's two reports could join either;
    # both go where the first went.
    sofa = "Status of forces agreement between Norway and Iceland"
    mentions = [_m("d0", "Defence agreement between Norway and Iceland", 1, ("NOR", "ISL")),
                _m("d0", "Status of forces agreement", 2, ("NOR",)),
                _m("d1", sofa, 0, ("NOR", "ISL"), "2031-06-02"),
                _m("d1", sofa, 1, ("NOR", "ISL"))]
    recs = consolidate(mentions, [], []).agreements
    holders = [r for r in recs if {m.id for m in mentions[2:]} & set(r.mention_ids)]
    assert len(holders) == 1
