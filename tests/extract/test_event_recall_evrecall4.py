"""Event recall (branch evrecall4), probed with invented articles: a gathering told in an
adverbial that opens the clause ("After 12 hours of talks in X, Minister Y said ...", "At the
end of talks with Z, Y said ...") is an event with its speaker, an office-holder, in it; one who
speaks after talks "between" others is no participant of them."""


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("talks", "meeting")]


def _names(events) -> list[list[str]]:
    return [[p.name for p in e.participants] for e in events]


def test_talks_fronted_before_a_titled_speaker_make_an_event(extract) -> None:
    ex = extract("After 12 hours of talks in the lakeside town of Brela, Croatian Foreign "
                 "Minister Karel Novak said the two sides had agreed on the annex to the fishing "
                 "accord signed in Zagreb in the spring.", published="2021-03-03")
    talks = _gatherings(ex)
    assert talks, ex.events
    assert any("Karel Novak" in names for names in _names(talks)), _names(talks)


def test_talks_with_a_counterpart_fronted_hold_both(extract) -> None:
    ex = extract("At the end of talks in Brela with Slovenian President Marta Zupan, Croatian "
                 "Foreign Minister Karel Novak said the two sides had agreed on the annex.",
                 published="2021-03-03")
    talks = _gatherings(ex)
    assert talks, ex.events
    assert any({"Karel Novak", "Marta Zupan"} <= set(names) for names in _names(talks)), \
        _names(talks)


def test_a_speaker_after_talks_between_others_is_no_participant(extract) -> None:
    ex = extract("After talks in Brela between Slovenia and Hungary, Croatian Foreign Minister "
                 "Karel Novak said the region needed calm and fresh investment in its ports.",
                 published="2021-03-03")
    for names in _names(_gatherings(ex)):
        assert "Karel Novak" not in names
