"""Event participants of the round-24 audit's class (branch evparts16), probed with invented
articles: one the article names in full with no title before the name, in a sentence the
person model does not read ("Kwame Mensah, Ghana's trade minister, argued ..."), and then as
"Mr Mensah" in the gathering's own sentence ("Mr Mensah is attending the meeting"). Near misses:
a possessive "Mr Mensah's speech ahead of the meeting" (no one said to sit at it), and a surname
two people of the article bear."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex):
    return [e for e in ex.events if e.kind.value != "visit"]


_LEAD = ("Ghana wants fairer rules for cocoa exports. Kwame Mensah, Ghana's trade minister, "
         "argued that tariffs on processed cocoa hurt African growers. He also called for a "
         "review of the rules. ")


def test_mr_surname_attending_the_meeting_is_the_full_name_given_untitled_before() -> None:
    from accords.pipeline import extract_batch
    from accords.records import Document
    text = _LEAD + ("Mr Mensah is attending the WTO ministerial meeting in Geneva as part of the "
                    "African group.")
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-03-02")])
    found = _gatherings(ex)
    assert found and any("Kwame Mensah" in _names(e) for e in found), [_names(e) for e in found]


def test_mr_surname_met_with_a_leader_is_the_full_name_given_untitled_before(extract) -> None:
    ex = extract("The opposition wants new elections. The plan was welcomed by Ana Borrero, the "
                 "country's main opposition leader, who is backed by 50 states. Mrs Borrero "
                 "met with President Olaf Lindqvist in Stockholm last month.",
                 published="2026-03-02")
    found = _gatherings(ex)
    assert found and any("Ana Borrero" in _names(e) for e in found), [_names(e) for e in found]


def test_mr_surname_whose_speech_came_ahead_of_the_meeting_is_not_added(extract) -> None:
    ex = extract(_LEAD + "On Friday, Mr Mensah's speech in Geneva ahead of the meeting of WTO "
                 "trade ministers lifted cocoa prices.", published="2026-03-02")
    assert all("Kwame Mensah" not in _names(e) for e in _gatherings(ex))


def test_a_surname_two_people_bear_is_not_resolved(extract) -> None:
    ex = extract(_LEAD + "Kofi Mensah, a cocoa farmer, agreed with him. Mr Mensah is attending "
                 "the WTO ministerial meeting in Geneva as part of the African group.",
                 published="2026-03-02")
    for e in _gatherings(ex):
        assert not {"Kwame Mensah", "Kofi Mensah"} & _names(e), _names(e)


def test_mr_surname_whose_full_name_the_article_gives_with_no_office_is_not_resolved(extract) -> None:
    ex = extract("Floods hit the coast again. Marta Quiroga said the clinics were full. Mrs "
                 "Quiroga met with President Olaf Lindqvist in Stockholm last month.",
                 published="2026-03-02")
    assert all("Marta Quiroga" not in _names(e) for e in _gatherings(ex))
