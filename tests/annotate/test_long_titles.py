"""Offices written out in full ("<Title> of <State> <Name>", "<State>'s <Title> <Name>",
"<Title>, <Name>,", conjoined offices), names with particles and accents kept as written, and
the office written after a name. Invented sentences, read by pattern (no person model)."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _people(text, spans=()):
    return [(p.name, p.role, p.country)
            for p in find_people(text, 0, gazetteer().find(text), list(spans), "2025-01-10")]


def _one(text):
    (p,) = _people(text)
    return p


def test_title_of_portfolio_of_state_then_name():
    name, role, country = _one("The Minister of Water of Azerbaijan Rauf Guliyev opened the plant.")
    assert (name, country) == ("Rauf Guliyev", "AZE") and role.startswith("Minister of Water")


def test_long_state_form_and_comma_apposition():
    name, role, country = _one("It was signed by the President of the Republic of Kazakhstan, "
                               "Nurlan Abenov, in the capital.")
    assert (name, role, country) == ("Nurlan Abenov", "President of the Republic of Kazakhstan",
                                     "KAZ")


def test_possessive_state_with_portfolio_list():
    name, role, country = _one("Tajikistan's Minister of Investment, Industry and Trade "
                               "Farrukh Saidov arrived.")
    assert (name, country) == ("Farrukh Saidov", "TJK") and "Trade" in role


def test_conjoined_offices_are_one_title():
    name, role, country = _one("Vietnam's Deputy Prime Minister and Minister of Finance "
                               "Tran Van Binh signed the loan.")
    assert (name, country) == ("Tran Van Binh", "VNM")
    assert role == "Deputy Prime Minister and Minister of Finance"


def test_ambassador_to_is_the_first_states_ambassador():
    name, role, country = _one("The Ambassador of Chile to Egypt, Pablo Herrera, attended.")
    assert (name, country) == ("Pablo Herrera", "CHL") and role.startswith("Ambassador")


def test_office_written_after_the_name():
    text = "H.E. Mr Karim Nasser, Ambassador of Tunisia to Japan, presented his letters."
    at = text.index("Karim")
    (p,) = _people(text, [(at, at + len("Karim Nasser"))])
    assert p == ("Karim Nasser", "Ambassador of Tunisia to Japan", "TUN")


def test_state_after_a_titled_name():
    name, role, country = _one("President Ahmed Ould Salem El Moctar of Mauritania arrived.")
    assert (name, role, country) == ("Ahmed Ould Salem El Moctar", "President", "MRT")


def test_particles_and_accents_kept_as_written():
    assert _one("Commissioner Greta von der Berg spoke.")[0] == "Greta von der Berg"
    assert _one("Foreign Minister Zoë Šimková-Novák spoke.")[0] == "Zoë Šimková-Novák"
    assert _one("President Carlos Mendes da Costa spoke.")[0] == "Carlos Mendes da Costa"


def test_an_instrument_word_the_model_tags_is_no_person():
    text = "The sides adopted a Roadmap for trade."
    at = text.index("Roadmap")
    assert _people(text, [(at, at + 7)]) == []
