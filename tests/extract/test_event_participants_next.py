"""Event participants named in the sentence after a gathering's (branch pundated): as signers of
what it produced, as a role word's apposition, or as the list of names that is the subject of a
verb of taking part. Undated articles need them most. Sentences of our own."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gathering(ex):
    return [e for e in ex.events if e.kind in (EventKind.MEETING, EventKind.TALKS,
                                               EventKind.SUMMIT)]


def test_signers_of_what_the_meeting_produced_sat_at_it(extract) -> None:
    ex = extract("PORTO NOVO - Benin and Niger signed a power-sharing accord at the close of the "
                 "third joint ministerial meeting. It was signed by Energy Ministers Paul Adjovi "
                 "and Moussa Garba.")
    meetings = _gathering(ex)
    assert meetings and _names(meetings[0]) == {"Paul Adjovi", "Moussa Garba"}
    assert meetings[0].start is None  # an undated article dates nothing


def test_a_role_words_apposition_names_the_participants(extract) -> None:
    ex = extract("LOME - Togo and Burkina Faso held a ministerial meeting on the railway. The "
                 "ministers, Kodjo Amedo and Issa Traore, agreed on a timetable.")
    meetings = _gathering(ex)
    assert meetings and _names(meetings[0]) == {"Kodjo Amedo", "Issa Traore"}


def test_a_list_of_titled_names_that_led_the_talks(extract) -> None:
    ex = extract("BISSAU - Guinea-Bissau and Gambia held talks on fishing rights. Fisheries "
                 "ministers Lamine Sane and Ousman Bah led the talks.")
    talks = _gathering(ex)
    assert talks and _names(talks[0]) == {"Lamine Sane", "Ousman Bah"}


def test_signers_of_an_earlier_treaty_are_not_at_the_talks(extract) -> None:
    ex = extract("GENEVA - Chad and Sudan held talks on Monday. The original 2011 accord was "
                 "signed by Idriss Mahamat and Omar Salih.")
    for e in _gathering(ex):
        assert not _names(e) & {"Idriss Mahamat", "Omar Salih"}


def test_commentators_of_the_talks_are_not_listed(extract) -> None:
    ex = extract("LONDON - Britain and Ireland held talks on the border. Analysts Jan Berger and "
                 "Eva Lind said the talks were tense.")
    for e in _gathering(ex):
        assert not _names(e) & {"Jan Berger", "Eva Lind"}


def test_each_delegations_leader_named_in_one_clause(extract) -> None:
    ex = extract("MASERU - Lesotho and Botswana held bilateral talks on Thursday. The Basotho "
                 "delegation was led by Foreign Minister Thabo Mokoena and the Botswana "
                 "delegation by Foreign Minister Kabo Sebele.")
    talks = _gathering(ex)
    assert talks and _names(talks[0]) == {"Thabo Mokoena", "Kabo Sebele"}


def test_a_citys_name_can_be_a_given_name_in_a_list() -> None:
    from accords.extract.event_people import _list_item_names
    assert _list_item_names("Foreign Ministers Nancy Vale and Stanley Oduya") == [
        "Nancy Vale", "Stanley Oduya"]
    assert _list_item_names("Kenya and Uganda") == []  # states, no people


def test_a_plural_title_holds_for_each_conjoined_name(extract) -> None:
    # (the person model gives "Foreign Ministers" to the first name only; the second, with no
    # title, was not lent to the talks of the sentence before)
    ex = extract("PORT LOUIS - Mauritius and Seychelles held talks on the maritime boundary. "
                 "Foreign Ministers Anil Ramdass and Sylvestre Radegonde told reporters the "
                 "talks went well.")
    talks = _gathering(ex)
    assert talks and _names(talks[0]) == {"Anil Ramdass", "Sylvestre Radegonde"}
