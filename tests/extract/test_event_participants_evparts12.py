"""Event participants of the round-23 audit (branch evparts12), probed with invented articles:
the "He" of a meeting stands for an intergovernmental body's head the sentence before titles in
news style ("IMF boss X"), a sentence the person model does not read; one who "will accompany"
the visitor of a visit told up to two sentences before joins it."""


def test_the_pronoun_of_the_next_sentences_meeting_is_the_bodys_boss(extract) -> None:
    ex = extract("Gold prices fell on Monday.\n\nIMF boss Marcel Dufrene was asked by finance "
                 "ministers to study the sale of gold reserves. He is expected to present his "
                 "findings at an IMF meeting in Washington in April.", published="2005-02-07")
    meetings = [e for e in ex.events if e.kind.value == "meeting"]
    assert meetings, ex.events
    assert any("Marcel Dufrene" in {p.name for p in e.participants} for e in meetings), \
        [[p.name for p in e.participants] for e in meetings]


def _visits(ex) -> list:
    return [e for e in ex.events if e.kind.value == "visit"]


def test_one_who_will_accompany_the_visitor_joins_his_visit(extract) -> None:
    ex = extract("OSLO, May 4 - Prime Minister Nils Aasen will make an official three-day visit "
                 "to Canada from June 2 and hold talks in Ottawa with Prime Minister Claire "
                 "Dubois, his office said.\n    Officials said Aasen would also discuss fishing "
                 "rights.\n    Foreign Minister Ingrid Haldorsen will accompany Aasen, ministry "
                 "officials said.", published="1988-05-04")
    visits = _visits(ex)
    assert visits, ex.events
    assert any("Ingrid Haldorsen" in {p.name for p in e.participants} for e in visits), \
        [[p.name for p in e.participants] for e in visits]


def test_one_who_accompanies_someone_else_does_not_join_the_visit(extract) -> None:
    ex = extract("OSLO, May 4 - Prime Minister Nils Aasen will make an official three-day visit "
                 "to Canada from June 2, his office said.\n    Foreign Minister Ingrid "
                 "Haldorsen will accompany King Olav to Sweden next month, officials said.",
                 published="1988-05-04")
    for e in _visits(ex):
        if "Nils Aasen" in {p.name for p in e.participants}:
            assert "Ingrid Haldorsen" not in {p.name for p in e.participants}
