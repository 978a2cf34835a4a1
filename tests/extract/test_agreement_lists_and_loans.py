"""Several instruments in one sentence, lenders' verbs, and parties as the text tells them
(plists): invented sentences."""

from accords.annotate.entities import actor_from_phrase, body_type
from accords.vocab import Status


def _titles(ex):
    return sorted(a.title for a in ex.agreements)


def test_repeated_preposition_and_set_told_only_by_its_count(extract):
    # "Among the texts were ..." lists members of a set the sentence before told only by its
    # count (no candidate sentence); the "on" repeated before each item is the list's
    ex = extract("Talks end with accords\nLOME, May 4, 2024 (GNA) - Benin and Togo signed 11 "
                 "texts. Among the texts were protocols on customs, on veterinary control and on "
                 "tourism.")
    assert len(ex.agreements) == 3, _titles(ex)
    assert all(a.countries == ["BEN", "TGO"] for a in ex.agreements)
    assert not any(" on on " in a.title.lower() for a in ex.agreements)


def test_field_list_ends_at_the_clause_verb(extract):
    ex = extract("Talks end with accords\nLOME, May 4, 2024 (GNA) - Benin and Niger concluded "
                 "protocols on energy and transport and renewed a 2010 accord on air services.")
    titles = _titles(ex)
    assert not any("renewed" in t for t in titles), titles
    assert len(ex.agreements) == 3, titles


def test_lender_verb_gives_the_borrower(extract):
    ex = extract("Loan for water\nAMMAN, May 4, 2024 (Petra) - Qatar will provide Jordan a soft "
                 "loan of 50 million dinars for irrigation projects, the Qatari ministry said.")
    assert len(ex.agreements) == 1, _titles(ex)
    assert ex.agreements[0].countries == ["JOR", "QAT"]
    assert ex.agreements[0].status == Status.PLANNED


def test_a_state_in_the_source_clause_is_no_borrower(extract):
    ex = extract("Loan for farmers\nNEW DELHI, May 4, 2024 (PTI) - India extended a $50m loan "
                 "to its own farmers, the Benin embassy said.")
    assert all("BEN" not in a.countries for a in ex.agreements)


def test_the_two_countries_in_a_contact_clause_are_the_parties(extract):
    ex = extract("Rescuers sent north\nRIGA, May 4, 2024 (LETA) - Latvia and Lithuania held "
                 "drills on Monday. Latvia sent troops under a defence agreement the two "
                 "countries signed in 2012.")
    # (one instrument; troops sent under it tell a second stage of it, implemented: agstatus4)
    assert len({a.title for a in ex.agreements}) == 1, _titles(ex)
    assert [a.status.value for a in ex.agreements] == ["signed", "implemented"]
    assert all(a.countries == ["LTU", "LVA"] for a in ex.agreements)


def test_a_city_is_no_party():
    assert actor_from_phrase("Piraeus", []) is None


def test_ministry_named_with_a_company_word_is_a_government_body():
    assert body_type("Ministry of Energy") == "government_body"
    assert body_type("Tullow Energy") == "company"


def test_fields_listed_after_a_head_whose_modifier_names_no_field(extract):
    # "cooperation" names no field of its own: the list after the head tells one instrument
    # per field, as it does after a bare "agreements"
    ex = extract("Ministers sign accords\nACCRA, June 3, 2024 (GNA) - Ghana and Senegal signed "
                 "three cooperation agreements in the fields of fisheries, higher education "
                 "and the exemption of visas for diplomats.")
    assert len(ex.agreements) == 3, _titles(ex)
    assert all(a.countries == ["GHA", "SEN"] for a in ex.agreements)


def test_a_head_whose_modifier_names_a_field_keeps_it(extract):
    ex = extract("Ministers sign accords\nACCRA, June 3, 2024 (GNA) - Ghana and Senegal signed "
                 "a trade agreement in the presence of both presidents.")
    assert len(ex.agreements) == 1, _titles(ex)
    assert "trade" in ex.agreements[0].title.lower()


def test_a_field_list_ends_where_the_source_clause_begins(extract):
    ex = extract("Trade steps\nWASHINGTON, March 3, 1987 - Japan agreed to begin long term "
                 "contracts for parts purchases, a Commerce department official said.")
    assert not any("official" in a.title.lower() for a in ex.agreements), _titles(ex)


def test_a_verb_inside_the_instrument_tells_its_purpose_not_its_stage(extract):
    # "signed an agreement to reschedule ...": signed; the verb after the noun is what the
    # agreement is for
    ex = extract("Debt deal\nOSLO, May 4, 1987 - Norway and Ghana signed an agreement to "
                 "reschedule 40 mln crowns of debt payments, the Norwegian ministry said.")
    assert {a.status for a in ex.agreements} >= {Status.SIGNED}, \
        [(a.title, a.status) for a in ex.agreements]


def test_a_verb_inside_the_instrument_still_dates_a_bare_reference(extract):
    # "last week's agreement to reschedule ...": no other cue, so the purpose's verb keeps it
    ex = extract("Debt deal\nACCRA, May 4, 1987 - The minister said last week's agreement with "
                 "Norway to reschedule 40 mln crowns of debt showed confidence in Ghana.")
    assert len(ex.agreements) >= 1, [(a.title, a.status) for a in ex.agreements]
