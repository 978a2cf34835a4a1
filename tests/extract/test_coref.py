"""Within one article, bare references and repeated names join the instrument they refer to;
distinct instruments stay apart."""
from __future__ import annotations

from dataclasses import replace

from accords.extract.coref import corefer
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status


def _m(title: str, sentence: int, kind: Kind = Kind.AGREEMENT, topics: tuple[str, ...] = ("trade",),
       countries: tuple[str, ...] = ("KEN", "ETH"), status: Status = Status.SIGNED,
       date: str | None = None) -> AgreementMention:
    return AgreementMention(
        document="d1", kind=kind, title=title, topics=list(topics), countries=list(countries),
        parties=[Actor(c, c) for c in countries], status=status,
        source=Source("d1", title, sentence * 100, sentence * 100 + len(title)),
        sentence=sentence, date=date, explicit_date=date is not None)


def test_bare_reference_takes_the_named_instrument() -> None:
    out = corefer([_m("Free trade agreement between Kenya and Ethiopia", 0),
                   _m("Deal", 3, topics=("other",), status=Status.RATIFIED)])
    assert {m.title for m in out} == {"Free trade agreement between Kenya and Ethiopia"}
    assert {m.status for m in out} == {Status.SIGNED, Status.RATIFIED}  # history kept


def test_two_items_of_one_enumeration_stay_apart() -> None:
    out = corefer([_m("Trade agreement", 2), _m("Visa agreement", 2, topics=("visa",))])
    assert len({m.title for m in out}) == 2


def test_differently_named_loans_stay_apart() -> None:
    out = corefer([_m("925 mln dlr commercial bank loan", 1, topics=("finance",)),
                   _m("Debt rescheduling package", 4, topics=("finance",))])
    assert len({m.title for m in out}) == 2


def test_disjoint_topics_or_parties_stay_apart() -> None:
    out = corefer([_m("Trade agreement", 1), _m("Deal", 2, topics=("defence",))])
    assert len({m.title for m in out}) == 2
    out = corefer([_m("Trade agreement", 1), _m("Deal", 2, countries=("PER",))])
    assert len({m.title for m in out}) == 2


def test_different_years_stay_apart() -> None:
    out = corefer([_m("Trade agreement", 1, date="1985-02-01"),
                   _m("Trade agreement", 5, date="1987-03-01")])
    assert len(out) == 2 and out[0].date != out[1].date
    assert len({(m.title, m.date) for m in out}) == 2


def test_a_headline_in_other_words_names_the_body_instrument() -> None:
    headline = replace(_m("Defence pact between Kenya and Ethiopia", 0, topics=("defence",)),
                       headline=True)
    body = _m("Reciprocal access agreement between Kenya and Ethiopia", 1, topics=("other",))
    out = corefer([headline, body])
    assert {m.title for m in out} == {"Reciprocal access agreement between Kenya and Ethiopia"}


def test_a_headline_at_another_stage_stays_apart() -> None:
    headline = replace(_m("Defence pact between Kenya and Ethiopia", 0, topics=("defence",),
                          status=Status.RATIFIED), headline=True)
    body = _m("Reciprocal access agreement between Kenya and Ethiopia", 1, topics=("other",))
    assert len({m.title for m in corefer([headline, body])}) == 2


def test_a_headline_naming_the_body_instrument_joins_it_at_any_stage() -> None:
    headline = replace(_m("Omo deal between Kenya and Ethiopia", 0, topics=("other",),
                          status=Status.SIGNED), headline=True)
    mou = _m("MoU on maritime cooperation", 2, kind=Kind.MEMORANDUM, topics=("maritime",))
    named = _m("Omo water-sharing agreement between Kenya and Ethiopia", 4,
               topics=("environment",), status=Status.FINALIZED)
    out = corefer([headline, mou, named])
    assert sorted(m.title for m in out) == ["MoU on maritime cooperation"] + [
        "Omo water-sharing agreement between Kenya and Ethiopia"] * 2


def test_a_bare_reference_in_the_body_means_the_body_instrument_not_the_headline() -> None:
    headline = replace(_m("Climate treaty between Kenya and Ethiopia", 0,
                          topics=("environment",), status=Status.IN_FORCE), headline=True)
    bare = _m("Landmark treaty", 1, kind=Kind.TREATY, topics=("other",), status=Status.IN_FORCE)
    named = _m("Omo Union treaty between Kenya and Ethiopia", 2, kind=Kind.TREATY,
               topics=("other",))
    out = corefer([headline, bare, named])
    assert {m.title for m in out} == {"Omo Union treaty between Kenya and Ethiopia"}


def test_an_agreement_of_this_kind_is_a_reference_not_a_name() -> None:
    from accords.naming import specific_words
    assert specific_words("Agreement of this kind with the EU") == ""
    out = corefer([_m("Partnership Agreement between Kenya and Ethiopia", 1),
                   _m("Agreement of this kind", 4, topics=("other",), status=Status.FINALIZED)])
    assert {m.title for m in out} == {"Partnership Agreement between Kenya and Ethiopia"}


def test_two_stages_told_of_one_bare_phrase_join_one_instrument() -> None:
    # "... handed over the port under a treaty signed last month" (signed, and implemented on
    # the day) after a named treaty, with another instrument told later: both stages of the
    # phrase go where the first went, not the second to the next group
    named = _m("Border treaty between Kenya and Ethiopia", 0, topics=("borders",))
    signed = replace(_m("Treaty", 2, topics=("borders",)), at=210)
    done = replace(signed, status=Status.IMPLEMENTED, date="2026-05-20")
    other = _m("Agreement on fishing rights", 4, topics=("borders",), status=Status.NEGOTIATING,
               date="2026-05-20")
    out = corefer([named, signed, done, other])
    titles = {(m.sentence, m.status): m.title for m in out}
    assert titles[(2, Status.SIGNED)] == titles[(2, Status.IMPLEMENTED)]
