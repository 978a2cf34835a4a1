"""An indefinite bare mention ("an agreement between the two countries") told after an
instrument the article named by its proper name ("the Treaty of Sorn") brings in another
instrument (round-28 audit: a 13th-century treaty fused with a 16th-century agreement); a
predicate ("the Treaty of Sorn was an agreement ...") or a lead's "signed an agreement" the body
names later still tells the named one. Mentions and sentences are our own."""
from __future__ import annotations

from accords.extract.coref import corefer
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status


def _m(title: str, sentence: int, quote: str, name: str, kind: Kind = Kind.AGREEMENT,
       status: Status = Status.SIGNED) -> AgreementMention:
    start = sentence * 1000
    countries = ["FRD", "SYL"]
    return AgreementMention(
        document="d1", kind=kind, title=title, topics=["border_security"], countries=countries,
        parties=[Actor(c, c, "state") for c in countries], status=status,
        source=Source("d1", quote, start, start + len(quote)), sentence=sentence,
        at=start + quote.find(name), name=name)


_TREATY = "The border was drawn by the Treaty of Sorn, signed by the two kings."


def test_an_indefinite_after_a_named_treaty_is_another_instrument() -> None:
    named = _m("Treaty of Sorn", 2, _TREATY, "Treaty of Sorn", Kind.TREATY)
    quote = "The marches stayed lawless until an agreement between the two countries was reached."
    other = _m("agreement between the two countries", 6, quote, "agreement", status=Status.AGREED)
    out = corefer([named, other])
    assert {m.title for m in out} == {"Treaty of Sorn", "agreement between the two countries"}


def test_a_definite_reference_after_a_named_treaty_is_the_treaty() -> None:
    named = _m("Treaty of Sorn", 2, _TREATY, "Treaty of Sorn", Kind.TREATY)
    quote = "The marches stayed lawless until the agreement between the two countries was kept."
    ref = _m("agreement between the two countries", 6, quote, "agreement", status=Status.AGREED)
    out = corefer([named, ref])
    assert {m.title for m in out} == {"Treaty of Sorn"}


def test_a_predicate_says_what_the_named_treaty_is() -> None:
    named = _m("Treaty of Sorn", 2, _TREATY, "Treaty of Sorn", Kind.TREATY)
    quote = "The treaty was an agreement between the two countries on their border."
    pred = _m("agreement between the two countries", 3, quote, "agreement", status=Status.AGREED)
    out = corefer([named, pred])
    assert {m.title for m in out} == {"Treaty of Sorn"}


def test_a_lead_indefinite_before_the_name_is_the_named_one() -> None:
    quote = "Freedonia and Sylvania signed an agreement on their border on Monday."
    lead = _m("agreement between the two countries", 1, quote, "agreement")
    named = _m("Treaty of Sorn", 3, _TREATY, "Treaty of Sorn", Kind.TREATY)
    out = corefer([lead, named])
    assert {m.title for m in out} == {"Treaty of Sorn"}


def test_an_agreement_sought_is_the_one_under_negotiation() -> None:
    named = _m("Treaty of Sorn", 2, "Talks on the Treaty of Sorn resumed in May.",
               "Treaty of Sorn", Kind.TREATY, status=Status.NEGOTIATING)
    quote = "While both sides are committed to reaching an agreement, talks have stalled."
    sought = _m("agreement between the two countries", 6, quote, "agreement",
                status=Status.NEGOTIATING)
    out = corefer([named, sought])
    assert {m.title for m in out} == {"Treaty of Sorn"}


def test_an_agreement_of_this_kind_points_back() -> None:
    named = _m("Treaty of Sorn", 2, _TREATY, "Treaty of Sorn", Kind.TREATY)
    quote = "Freedonia is the first state to have concluded an agreement of this kind."
    kind = _m("agreement between the two countries", 6, quote, "agreement",
              status=Status.FINALIZED)
    out = corefer([named, kind])
    assert {m.title for m in out} == {"Treaty of Sorn"}
