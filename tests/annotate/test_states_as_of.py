"""A capital or city is the state's that held it on the article's date (state_ends.tsv):
before a state ended, a place its row lists is its own; after, a place only it lists is its
successor's; an article with no date keeps today's state."""
from accords.annotate.gazetteer import gazetteer
from accords.pipeline import extract_batch
from accords.records import Document


def _then(surface: str, day: str | None) -> str:
    gaz = gazetteer()
    code = (gaz.lookup.get(surface) or gaz.lookup[surface.lower()])[0]
    return gaz.state_then(surface, code, day)


def test_a_shared_capital_is_the_ended_states_before_its_last_day() -> None:
    assert _then("Moscow", "1987-03-31") == "SUN"
    assert _then("the Kremlin", "1991-12-25") == "SUN"
    assert _then("Prague", "1988-06-01") == "CSK"
    assert _then("Belgrade", "1990-02-01") == "YUG"


def test_after_the_last_day_or_with_no_date_it_is_todays_state() -> None:
    assert _then("Moscow", "1992-01-15") == "RUS"
    assert _then("Kremlin", None) == "RUS"
    assert _then("Prague", "1995-01-01") == "CZE"
    assert _then("Moscow", "XXXX-03-01") == "RUS"  # a day with no year says no era


def test_a_place_only_an_ended_state_lists_goes_to_its_successor_after() -> None:
    assert _then("East Berlin", "1989-05-01") == "DDR"
    assert _then("East Berlin", "1995-05-01") == "DEU"
    assert _then("East Berlin", None) == "DEU"


def test_names_and_demonyms_keep_their_state_whatever_the_date() -> None:
    gaz = gazetteer()
    (russia,) = [p for p in gaz.find("Russia agreed.")]
    assert gaz.as_of(russia, "1988-01-01").code == "RUS"


def _parties(text: str, published: str | None) -> set[str]:
    (ex,) = extract_batch([Document.from_text("k.txt", text, published=published)])
    return {p.country for m in ex.agreements for p in m.parties if p.country}


_KREMLIN = ("OSLO, June 3 - Norway and the Kremlin signed a fisheries agreement on Tuesday, "
            "the Norwegian foreign ministry said.")


def test_the_kremlin_as_a_party_in_a_1988_report_is_the_soviet_union() -> None:
    assert _parties(_KREMLIN, "1988-06-03") == {"NOR", "SUN"}


def test_the_kremlin_as_a_party_today_or_undated_is_russia() -> None:
    assert _parties(_KREMLIN, "2021-06-03") == {"NOR", "RUS"}
    assert _parties(_KREMLIN, None) == {"NOR", "RUS"}


def test_a_visit_to_moscow_in_1989_is_hosted_by_the_soviet_union() -> None:
    text = ("LONDON, May 8 - British Foreign Secretary Alan Marlow will pay a visit to Moscow "
            "next week for talks on arms control, officials said.")
    (ex,) = extract_batch([Document.from_text("v.txt", text, published="1989-05-08")])
    hosts = {e.host_country for e in ex.events}
    assert "SUN" in hosts and "RUS" not in hosts


def _visits(text: str, published: str) -> list[tuple[str | None, str | None]]:
    (ex,) = extract_batch([Document.from_text("d.txt", text, published=published)])
    return [(e.host_country, e.visiting_country) for e in ex.events if e.kind.value == "visit"]


def test_a_visit_told_from_the_visitors_own_capital_is_to_the_other_state() -> None:
    # The dateline's capital is the visitor's own state on the article's date: the visit is
    # to the other state the article is about, not to the dateline.
    text = ("MOSCOW, May 10 - The Soviet Union and Peru signed a fisheries accord in Lima on "
            "Tuesday, the official news agency Tass said.\n"
            "Tass said the accord was signed by Soviet Deputy Prime Minister Ivan Petrovsky and "
            "Peruvian Deputy Prime Minister Luis Carrion during a three-day visit by Petrovsky "
            "that ends tomorrow.")
    assert _visits(text, "1988-05-10") == [("PER", "SUN")]
