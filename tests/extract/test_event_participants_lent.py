"""Event participants (tenth audit): a neighbour sentence lends no visitor of another trip it
tells of and no one whose "met" means satisfied; a name that modifies "administration" is no
participant. Sentences of our own."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_the_visitor_of_a_trip_told_next_door_is_not_at_the_talks(extract) -> None:
    ex = extract("LIMA, May 4, 2026 - Chilean central bank head Rosa Vidal held private talks "
                 "here yesterday with officials of the Peruvian government.\n"
                 "A spokesman said the talks followed accords reached during Chilean President "
                 "Tomas Ruiz's visit to Lima in March.", published="2026-05-04")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and "Tomas Ruiz" not in _names(talks[0])


def test_met_as_satisfied_tells_of_no_gathering(extract) -> None:
    ex = extract("Italian Prime Minister Marco Bellini said deficit rules should be eased for "
                 "states that met certain criteria. The issue will be taken up at Friday's "
                 "meeting of the finance ministers of all EU members.")
    for e in ex.events:
        assert "Marco Bellini" not in _names(e)


def test_a_name_before_administration_is_no_participant() -> None:
    # (the person model does not always tag such a name; the rule is read on the text after it)
    from accords.extract.event_people import _NAME_AS_MODIFIER
    text = "traders read it as a sign that the Hartley administration would back a grain offer"
    after = text[text.index("Hartley") + len("Hartley"):]
    assert _NAME_AS_MODIFIER.match(after)
    assert not _NAME_AS_MODIFIER.match(" said the talks went well")
