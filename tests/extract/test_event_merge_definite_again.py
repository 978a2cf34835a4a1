"""One gathering named again by a bare definite noun (branch evrecall24): "a four-week
conference ... The meeting, which finished over the weekend, ..." is one record, whatever noun
told it first (definite anaphora); a noun that says which one ("the talks with X", "the next
meeting") or a sentence naming a second gathering keeps its own record."""


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


def test_the_meeting_after_a_conference_is_that_conference(extract) -> None:
    ex = extract("GENEVA, Oct 19 - The International Maritime Organisation, which sets shipping "
                 "rules worldwide, decided at the end of a four-week conference to require new "
                 "radio beacons on ferries, shipping officials said.\n    The meeting, which "
                 "finished over the weekend, also decided to tighten rules on ballast water.",
                 published="1987-10-19")
    found = _gatherings(ex)
    assert len(found) == 1, [(e.kind, e.title) for e in found]
    assert found[0].kind.value == "conference"


def test_the_talks_after_a_summit_are_that_summit(extract) -> None:
    ex = extract("BRUSSELS, March 3 - Leaders of the European Community agreed at a two-day "
                 "summit in Brussels to raise farm spending, diplomats said.\n    The talks, "
                 "which ended on Saturday, also set a timetable for budget reform.",
                 published="1987-03-03")
    found = _gatherings(ex)
    assert len(found) == 1, [(e.kind, e.title) for e in found]
    assert found[0].kind.value == "summit"


def test_talks_said_again_inside_a_quote_are_the_conference(extract) -> None:
    ex = extract("GENEVA, March 14 - A United Nations conference on tin ended here today with "
                 "a new pact among producers and consumers, delegates said.\n    Its chairman "
                 "said: \"I welcome the friendly atmosphere that has prevailed since the talks "
                 "began last Monday.\"", published="1987-03-14")
    found = _gatherings(ex)
    assert len(found) == 1, [(e.kind, e.title) for e in found]


def test_a_meeting_that_says_which_keeps_its_own_record(extract) -> None:
    ex = extract("BRUSSELS, March 3 - Leaders of the European Community agreed at a two-day "
                 "summit in Brussels to raise farm spending, diplomats said.\n    The next "
                 "meeting of the Community's foreign ministers, in Luxembourg in April, will "
                 "cover car exports.", published="1987-03-03")
    assert len(_gatherings(ex)) == 2, [(e.kind, e.title) for e in _gatherings(ex)]


def test_the_talks_after_a_meeting_make_it_talks(extract) -> None:
    ex = extract("TOKYO, April 10 - At meetings here this week, Bank of England officials pressed "
                 "their Japanese counterparts to change bank capital rules, officials said.\n"
                 "    At the crux of the talks was the way regulators measure bank capital.",
                 published="1987-04-10")
    found = _gatherings(ex)
    assert len(found) <= 1, [(e.kind, e.title) for e in found]
    assert all(e.kind.value == "talks" for e in found), [(e.kind, e.title) for e in found]


def test_the_meeting_a_verb_of_its_sentence_told_keeps_its_record(extract) -> None:
    ex = extract("LUXEMBOURG, Oct 20 - European Community farm ministers backed a new spending "
                 "curb at a meeting in Luxembourg on Tuesday, Danish minister Laurits Tornaes "
                 "said.\n    Farm ministers will meet again on November 16 to attempt to hammer "
                 "out an accord, and diplomats said the meeting could last several nights.",
                 published="1987-10-20")
    assert any(e.status.value == "planned" for e in _gatherings(ex)), \
        [(e.kind, e.title, e.status) for e in _gatherings(ex)]
