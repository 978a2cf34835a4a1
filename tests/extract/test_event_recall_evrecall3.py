"""Event recall (branch evrecall3), sentences of our own: a signing told in the passive with
its place or day, whose signers are an officer of a lender or an intergovernmental body and an
official of a state, is a signing ceremony (GUIDE: signing ceremonies between officials of
different states or with IGO officials); a signing of two officials of one state, or of a
firm's officer, stays none. An official of one state "in" a capital of another "for talks"
with no one named is that official's visit there."""
from accords.vocab import EventKind


def _ceremonies(ex) -> list[list[str]]:
    return [sorted(p.name for p in e.participants) for e in ex.events
            if e.kind == EventKind.CEREMONY]


def test_signing_by_an_intergovernmental_lenders_officer(extract) -> None:
    ex = extract("MANILA, March 4 - The Asian Development Bank and the Philippines signed a "
                 "300 million dollar loan on Wednesday. The agreement was signed in Manila by "
                 "ADB Vice-President Akira Tanaka and Finance Secretary Ramon Cruz.",
                 published="2026-03-04")
    assert _ceremonies(ex) == [["Akira Tanaka", "Ramon Cruz"]]
    (c,) = [e for e in ex.events if e.kind == EventKind.CEREMONY]
    assert c.place == "Manila"


def test_signing_by_a_state_funds_officer_named_by_its_acronym(extract) -> None:
    ex = extract("RIYADH, March 4 - The Saudi Fund for Development (SFD) on Tuesday signed a "
                 "40 million dollar loan agreement with Kenya to build a water plant, the fund "
                 "said.\nThe agreement was signed in Riyadh by SFD chief executive Fahad "
                 "Al-Marshadi and Kenyan Treasury Secretary John Mbadi.",
                 published="2026-03-04")
    assert _ceremonies(ex) == [["Fahad Al-Marshadi", "John Mbadi"]]


def test_signing_by_two_officials_of_one_state_is_no_ceremony(extract) -> None:
    ex = extract("PARIS, March 4 - The decree was signed in Paris on Tuesday by President "
                 "Emmanuel Macron and Prime Minister Gabriel Attal.", published="2026-03-04")
    assert _ceremonies(ex) == []


def test_signing_by_a_firms_officer_is_no_ceremony(extract) -> None:
    ex = extract("LAGOS, March 4 - The contract was signed in Lagos on Tuesday by Shell "
                 "Nigeria managing director Osagie Okunbor and Oil Minister Heineken "
                 "Lokpobiri.", published="2026-03-04")
    assert _ceremonies(ex) == []


# A visit told only by where the visitor is and what for ("was in Berlin for talks"), when the
# sentence names no one the talks were with.

def test_official_in_a_foreign_capital_for_talks_is_a_visit(extract) -> None:
    ex = extract("BERLIN, March 4 - Polish Foreign Minister Tomasz Nowicki was in Berlin on "
                 "Tuesday for talks on energy security.", published="2026-03-04")
    (v,) = ex.events
    assert v.kind == EventKind.VISIT
    assert [p.name for p in v.participants] == ["Tomasz Nowicki"]
    assert v.place == "Berlin"


def test_in_a_capital_for_talks_with_someone_stays_the_talks(extract) -> None:
    ex = extract("TOKYO, March 4 - Indian Prime Minister Rajiv Kumar, who is in Tokyo for talks "
                 "with Japanese Prime Minister Kenji Sato, said on Tuesday trade would grow.",
                 published="2026-03-04")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]


def test_a_minister_in_his_own_capital_for_talks_is_no_visit(extract) -> None:
    ex = extract("PARIS, March 4 - French Foreign Minister Jean Dupont was in Paris on Tuesday "
                 "for talks with farmers.", published="2026-03-04")
    assert ex.events == []


# A meeting told by what followed it: "Following their meeting, A and B said ...".

def test_following_their_meeting_is_a_meeting_of_those_named(extract) -> None:
    ex = extract("BERLIN, March 4 - Following their meeting on Tuesday, German Chancellor "
                 "Klaus Weber and Polish Prime Minister Jan Nowak told reporters they had agreed "
                 "to cooperate on energy.", published="2026-03-04")
    (m,) = ex.events
    assert m.kind == EventKind.MEETING
    assert [p.name for p in m.participants] == ["Klaus Weber", "Jan Nowak"]
    assert m.start == "2026-03-03"
