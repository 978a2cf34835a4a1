"""Within one article, mentions of different instruments stay apart (blind audit round 18,
branch fusion): the other side of a one-sided instrument is the one most of its sentences
name, and the items of "the A-ian and B-ian pacts" keep their own sides. Mentions and
sentences are our own."""
from __future__ import annotations

from accords.extract.agreements import _own_modifier_states
from accords.extract.coref import corefer
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status


def _m(title: str, sentence: int, countries: tuple[str, ...], quote: str | None = None,
       name: str = "", at: int | None = None, kind: Kind = Kind.AGREEMENT,
       topics: tuple[str, ...] = ("trade",), status: Status = Status.SIGNED,
       missing: tuple[str, ...] = ()) -> AgreementMention:
    quote = quote or title
    start = sentence * 1000
    return AgreementMention(
        document="d1", kind=kind, title=title, topics=list(topics), countries=list(countries),
        parties=[Actor(c, c, "state") for c in countries], status=status,
        source=Source("d1", quote, start, start + len(quote)), sentence=sentence,
        at=start + (quote.find(name or title) if at is None else at), name=name or title,
        missing=missing)


def test_the_other_side_is_the_one_most_sentences_name() -> None:
    # "the Kenyan pact" is told with Ghana three times, and once in a sentence about two
    # pacts beside Peru, the other pact's side
    rep = _m("Kenyan pact", 1, ("KEN",), name="Kenyan pact")
    told = [_m("Kenyan pact between Kenya and Ghana", s, ("KEN", "GHA"), name="Kenyan pact",
               missing=("status",)) for s in (3, 5, 7)]
    stray = _m("Kenyan pact between Kenya and Peru", 9, ("KEN", "PER"), name="Kenyan pact",
               missing=("status",))
    out = corefer([rep, *told, stray], kept=lambda m: not m.missing)
    assert {p.country for p in out[0].parties} == {"KEN", "GHA"}


def test_a_side_only_one_sentence_names_is_still_taken() -> None:
    rep = _m("Defence agreement", 1, ("KEN",), name="defence agreement", topics=("defence",))
    other = _m("Defence agreement between Kenya and Ethiopia", 2, ("KEN", "ETH"),
               name="defence agreement", topics=("defence",), missing=("status",))
    out = corefer([rep, other], kept=lambda m: not m.missing)
    assert {p.country for p in out[0].parties} == {"KEN", "ETH"}


def test_items_of_coordinated_modifiers_keep_their_own_sides() -> None:
    quote = "He said the Kenyan and Peruvian pacts would not harm reform efforts."
    name = "Kenyan and Peruvian pacts"
    both = ("KEN", "PER", "GHA")
    kenyan = _m("Kenyan pact", 2, both, quote=quote, name=name)
    peruvian = _m("Peruvian pact", 2, both, quote=quote, name=name)
    out = _own_modifier_states([kenyan, peruvian])
    assert set(out[0].countries) == {"KEN", "GHA"}
    assert set(out[1].countries) == {"PER", "GHA"}
    assert {p.country for p in out[0].parties} == {"KEN", "GHA"}


def test_items_named_by_pairs_keep_the_common_state() -> None:
    quote = "The Kenya-Ghana and Kenya-Peru pacts were signed."
    name = "Kenya-Ghana and Kenya-Peru pacts"
    a = _m("Kenya-Ghana pact", 2, ("KEN", "GHA", "PER"), quote=quote, name=name)
    b = _m("Kenya-Peru pact", 2, ("KEN", "GHA", "PER"), quote=quote, name=name)
    out = _own_modifier_states([a, b])
    assert set(out[0].countries) == {"KEN", "GHA"}
    assert set(out[1].countries) == {"KEN", "PER"}
