"""Event participants of branch evparts4 (round-19 audit and the probe sets): a "name" that
names no one - the words of a minister's long title ("African Cooperation"), a city, a state's
name cut short - is no participant; a name a title's portfolio words run into ("Cooperation
X Y") is the name alone. Near misses: royals and names by one title word stay as written."""
from accords.extract.event_people import no_person_name, person_name
from accords.records import Actor


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_the_portfolios_of_a_long_title_are_no_participants(extract) -> None:
    ex = extract("RABAT, May 10 - The Minister of Foreign Affairs, Regional Cooperation and "
                 "Togolese Abroad, Robert Dussey, held talks in Rabat on Tuesday with the "
                 "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, "
                 "Nasser Bourita, on trade and investment.", published="2023-05-10")
    (talks,) = [e for e in ex.events if e.kind.value == "talks"]
    assert _names(talks) == {"Robert Dussey", "Nasser Bourita"}


def test_a_portfolio_before_the_name_is_no_part_of_it(extract) -> None:
    ex = extract("VIENTIANE, May 10 - Laotian Minister of Foreign Affairs Saleumxay Kommasith "
                 "and Myanmar Minister for International Cooperation U Kyaw Tin co-chaired the "
                 "eighth meeting of the Laos-Myanmar joint commission in Vientiane on Tuesday.",
                 published="2019-05-10")
    names = set().union(*(_names(e) for e in ex.events))
    assert "U Kyaw Tin" in names
    assert "Cooperation U Kyaw Tin" not in names


def test_names_of_no_person() -> None:
    for name in ("International Cooperation", "African Cooperation", "Papua New", "Siem Reap",
                 "Nicaragua's External Trade Minister", "Trade Minister"):
        assert no_person_name(name), name


def test_names_of_people_stay() -> None:
    for name in ("King Fahd", "Sheikh Hasina", "Suharto", "Chad Wolf", "Jordan Peterson",
                 "Sultan bin Saad Al-Muraikhi", "Ng Eng Hen", "Crown Prince Frederik"):
        assert not no_person_name(name), name
    assert person_name(Actor("King Fahd", None, "person", None)).name == "King Fahd"
    assert person_name(Actor("Trade Kofi", None, "person", None)).name == "Trade Kofi"
