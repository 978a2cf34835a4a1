"""One record per named accord (agcons2): one proper name under synonymous heads in one
article, a date written in the name, and two instruments the name's extra words tell apart.
Sentences are our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.naming import dated_by_name, named_alike, rank_at_date
from accords.pipeline import extract_batch
from accords.records import Actor, Agreement, AgreementMention, Document, Source
from accords.vocab import Kind, Status


def _records(*texts: str) -> list[Agreement]:
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    return consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                       [p for e in exs for p in e.people]).agreements


def _m(name: str, quote: str, status: Status = Status.AGREED, date: str | None = None,
       countries: tuple[str, ...] = ()) -> AgreementMention:
    at = quote.index(name)
    return AgreementMention(
        document="d0", kind=Kind.AGREEMENT, title=name, topics=["finance"],
        countries=list(countries), parties=[Actor(c, c) for c in countries], status=status,
        source=Source("d0", quote, 0, len(quote)), at=at, name=name, date=date,
        explicit_date=date is not None)


def test_one_proper_name_under_synonymous_heads_is_one_accord() -> None:
    a = _m("Halden accord", "The Halden accord has held.")
    b = _m("Halden agreement", "Ministers praised the Halden agreement.")
    assert named_alike(a, b)
    assert not named_alike(_m("Halden trade deal", "the Halden trade deal"),
                           _m("Halden withdrawal agreement", "the Halden withdrawal agreement"))
    assert not named_alike(a, _m("Halden protocol", "the Halden protocol"))


def test_a_date_in_the_name_is_the_making_not_the_later_stage() -> None:
    m = _m("Halden accord", "He said the March 4 Halden accord had brought calm.",
           Status.IMPLEMENTED, "2031-03-04")
    assert dated_by_name(m) and rank_at_date(m) == Status.SIGNED.rank
    told = _m("Halden accord", "The Halden accord was signed on March 4.",
              Status.SIGNED, "2031-03-04")
    assert not dated_by_name(told)
    other_month = _m("Halden accord", "the March 4 Halden accord", Status.IMPLEMENTED,
                     "2031-05-02")
    assert not dated_by_name(other_month)


def test_an_accord_named_twice_in_one_article_is_one_record() -> None:
    recs = _records(
        "OSLO, June 9, 2031 - The Halden accord between Norway and Sweden on river fishing "
        "has worked well and needs no change, Norway's fisheries minister said on Tuesday.\n\n"
        "He said the March 4 Halden agreement had brought calm to the border rivers.\n\n"
        "Sweden's minister said there was a risk that the Halden accord could falter.")
    halden = [r for r in recs if "Halden" in r.title]
    assert len(halden) == 1


def test_a_named_accord_signed_in_another_year_is_another_instrument() -> None:
    old = _m("Halden accord", "the 2024 Halden accord", Status.SIGNED, "2024")
    new = _m("Halden agreement", "signed the Halden agreement in 2031", Status.SIGNED, "2031")
    from accords.extract.coref import corefer
    out = corefer([old, new])
    assert len({m.title for m in out}) == 2


def test_a_city_name_with_no_side_in_common_is_two_instruments() -> None:
    # (agparties18) "the Vienna accord" of two oil states and "the Vienna Conventions" another
    # state invokes against a neighbour: a city tells where instruments were made, and many
    # were; with no side in common they stay two records
    recs = _records(
        "LAGOS, May 14 - Nigeria and Venezuela said on Thursday they had agreed to keep to the "
        "Vienna accord on oil output until the end of the year.",
        "DAMASCUS, May 15 - Syria said on Friday that the Israeli raid was a violation of the "
        "Vienna Conventions, the U.N. Charter and the rights of its citizens.")
    vienna = [r for r in recs if "Vienna" in r.title]
    assert len(vienna) == 2
    assert not any({"NGA", "SYR"} <= set(r.countries) for r in vienna)


def test_a_city_name_with_a_side_in_common_is_one_instrument() -> None:
    recs = _records(
        "LAGOS, May 14 - Nigeria and Venezuela said on Thursday they had agreed to keep to the "
        "Vienna accord on oil output until the end of the year.",
        "CARACAS, May 15 - Venezuela said on Friday that it would respect the Vienna agreement "
        "on oil output, its oil minister said.")
    vienna = [r for r in recs if "Vienna" in r.title]
    assert len(vienna) == 1


def test_a_name_written_with_an_indefinite_article_is_one_of_several() -> None:
    # (agmerge2) "a 1962 Vienna Convention" that one state cites is one of the instruments so
    # named, not "the Vienna Conventions" another article's states invoke
    recs = _records(
        "DAMASCUS, May 15 - Syria said on Friday that the Israeli raid was a violation of the "
        "Vienna Conventions, the U.N. Charter and the rights of its citizens.",
        "ANKARA, May 16 - Greece wants the dispute taken to the court. Turkey has in the past "
        "rejected the basis for that proposal, a 1962 Vienna Convention and the maritime law, "
        "which it says favour Athens.")
    vienna = [r for r in recs if "Vienna" in r.title]
    assert not any({"SYR", "TUR"} <= set(r.countries) for r in vienna)
    assert all(r.status != Status.REJECTED for r in vienna if "SYR" in r.countries)


def test_an_undated_name_after_an_indefinite_article_may_still_be_the_one() -> None:
    # near miss: "an International Jute Agreement" with no year is no class of instruments
    from accords.consolidate.agreements import _one_of_its_name
    dated = _m("1962 Vienna Convention", "Turkey rejected a 1962 Vienna Convention.",
               countries=("TUR",))
    undated = _m("International Jute Agreement",
                 "Prices fell under an International Jute Agreement.", countries=("BGD",))
    assert _one_of_its_name(dated)
    assert not _one_of_its_name(undated)


def test_the_same_name_told_definitely_in_two_articles_is_one_accord() -> None:
    # near miss: the definite name in both articles still joins by the name
    recs = _records(
        "DAMASCUS, May 15 - Syria said on Friday that the Israeli raid was a violation of the "
        "Vienna Conventions, the U.N. Charter and the rights of its citizens.",
        "BEIRUT, May 16 - Lebanon said on Saturday that the Israeli raid on its coast broke the "
        "Vienna Conventions and the U.N. Charter.")
    vienna = [r for r in recs if "Vienna" in r.title]
    assert len(vienna) == 1


def test_two_owners_of_one_named_convention_are_two_instruments() -> None:
    # (agmerge2) "the European Convention on Fair Trials" and "the United Nations Convention
    # on Fair Trials": the organization is no part of the name's key, so "fair trials" sat
    # inside "european fair trials" and the two joined by the name
    from accords.consolidate.agreements import _names_apart
    assert _names_apart("European Convention on Fair Trials",
                        "United Nations Convention on Fair Trials")
    assert _names_apart("1962 Vienna Convention", "1949 Vienna Conventions")
    assert not _names_apart("Vienna accord", "OPEC Vienna accord")
    assert not _names_apart("U.S. Halden accord", "Oslo Halden accord")
    # a state in the shorter name names a side, not another owner
    assert not _names_apart("U.S.-Soviet Grain Supply Agreement",
                            "Soviet Long Term Grain Supply Agreement")
    recs = _records(
        "LONDON, May 15 - The lawyer argued that the trial of the Iraqi men in Britain breached "
        "the European Convention on Fair Trials.",
        "LONDON, May 16 - Britain must give the men a hearing under the United Nations "
        "Convention on Fair Trials, he argued.")
    fair = [r for r in recs if "Fair Trials" in r.title]
    assert len(fair) == 2
