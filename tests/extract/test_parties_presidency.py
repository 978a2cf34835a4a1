"""An organization's presidency, held by a member state, makes the organization's own
instrument (round-23 audit, agparties13): the instrument takes the member states the article
names, on sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_deal_the_blocs_presidency_strikes_takes_the_named_members() -> None:
    # (on main: the EU and Portugal alone, as if Portugal made a deal with the EU; Portugal,
    # named only as the office that acts for the bloc, is no side of its own)
    (rec,) = _records("The 27-member EU is preparing for hard talks on its farm spending for "
                      "2021-2027, with the bloc's Portuguese presidency hoping to strike a deal "
                      "at a July summit. Spain, Italy and Poland want the farm budget kept at "
                      "its present size.")
    assert {"IGO:EU", "ESP", "ITA", "POL"} <= set(rec["countries"])
    assert "PRT" not in rec["countries"]


def test_a_presidency_named_by_the_organizations_own_word_stands_for_it() -> None:
    # ("Community" is no name the gazetteer knows; the organization the clause names is the
    # one the presidency acts for)
    (rec,) = _records("The Community's Danish presidency signed a steel accord on behalf of "
                      "the EC on Monday. France and Italy had opposed it.")
    assert {"IGO:EC", "FRA", "ITA"} <= set(rec["countries"])
    assert "DNK" not in rec["countries"]


def test_a_presidency_deal_with_an_outside_state_takes_no_members() -> None:
    # (the organization deals with a state outside it: Spain, named for another matter, is
    # no side)
    recs = _records("The EU's Swedish presidency hopes to sign a fisheries agreement with "
                    "Morocco next month. Spain has the largest fleet in the region.")
    assert recs
    assert all("ESP" not in r["countries"] for r in recs)
    # (the EU's with Morocco: Sweden, holding the office, is no side of its own)
    assert any({"IGO:EU", "MAR"} <= set(r["countries"]) and "SWE" not in r["countries"]
               for r in recs)


def test_a_states_own_presidency_is_no_organization() -> None:
    # (no organization's possessive before the office: a state's own presidency)
    recs = _records("Officials said the Philippine presidency hopes to sign a trade agreement "
                    "with Japan next month. Vietnam and Thailand are also in talks with Tokyo.")
    assert recs
    assert all(not ({"VNM", "THA"} & set(r["countries"])) for r in recs)
