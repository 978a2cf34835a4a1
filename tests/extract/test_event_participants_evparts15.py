"""Event participants of the round-24 audit (branch evparts15), probed with invented articles:
one named in a gathering's sentence only as the owner of a thing in an adjunct of it (the owner
of the house the talks are held at, the sender of the letter a meeting answers) is no side of
it, while the owner of what puts him there ("at X's invitation", "at X's request") and one
named again as a side still take part."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events
            if e.kind.value in ("meeting", "talks", "summit", "conference", "visit")]


def test_the_sender_of_a_letter_a_meeting_answers_takes_no_part(extract) -> None:
    ex = extract("ENVOY TO DELIVER REPLY\nSOFIA, June 4 - Romania's ambassador in Sofia, Ion "
                 "Marinescu, was due to meet Prime Minister Petar Dimov today for the Bulgarian "
                 "answer to a letter sent last month by Romanian President Andrei Vasilescu.\n",
                 published="1987-06-04")
    found = [e for e in _gatherings(ex) if "Petar Dimov" in _names(e)]
    assert found, [(e.title, _names(e)) for e in _gatherings(ex)]
    for e in found:
        assert "Andrei Vasilescu" not in _names(e), (e.title, _names(e))


def test_the_owner_of_the_house_talks_are_held_at_takes_no_part(extract) -> None:
    ex = extract("Talks on the islands\n\nTwo days of talks between Norwegian Foreign Minister "
                 "Per Berg and Danish Foreign Minister Jens Holm on the future of the Faroe "
                 "Islands begin at Prime Minister Oskar Lind's country residence later on "
                 "Wednesday.\n\nThe talks will plan a new forum on the islands' future.")
    found = [e for e in _gatherings(ex) if "Jens Holm" in _names(e)]
    assert found, [(e.title, _names(e)) for e in _gatherings(ex)]
    for e in found:
        assert "Oskar Lind" not in _names(e), (e.title, _names(e))


def test_the_one_who_asked_for_the_talks_still_takes_part(extract) -> None:
    ex = extract("Talks on the islands\n\nTwo days of talks between Norwegian Foreign Minister "
                 "Per Berg and Danish officials on the future of the Faroe Islands begin in "
                 "Oslo at Danish Foreign Minister Jens Holm's request later on Wednesday.")
    assert any("Jens Holm" in _names(e) for e in _gatherings(ex)), \
        [(e.title, _names(e)) for e in _gatherings(ex)]


def test_the_one_who_invited_still_takes_part(extract) -> None:
    ex = extract("PREMIER IN WARSAW\nWARSAW, June 4 - Hungarian Prime Minister Gabor Kiss "
                 "held talks in Warsaw today at the invitation of Polish Prime Minister Jan "
                 "Nowicki and at Polish President Marek Zielinski's invitation.\n",
                 published="1987-06-04")
    assert any("Marek Zielinski" in _names(e) for e in _gatherings(ex)), \
        [(e.title, _names(e)) for e in _gatherings(ex)]


def test_one_named_again_as_a_side_still_takes_part(extract) -> None:
    ex = extract("ENVOY MEETS PREMIER\nSOFIA, June 4 - Prime Minister Petar Dimov met "
                 "Romanian envoy Ion Marinescu at Dimov's residence today to discuss a letter "
                 "sent last month by Romanian President Andrei Vasilescu.\n",
                 published="1987-06-04")
    found = [e for e in _gatherings(ex) if "Ion Marinescu" in _names(e)]
    assert found and all("Petar Dimov" in _names(e) for e in found), \
        [(e.title, _names(e)) for e in _gatherings(ex)]
