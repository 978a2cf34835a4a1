"""An organization's council named head first ("the council of the X Organization (XO)"),
dated by a day after its act: a sitting of the member states (branch evrecall9). Sentences of
our own."""
from accords.vocab import EventKind, EventStatus


def test_council_of_an_organization_agreeing_on_a_day_sat(extract) -> None:
    ex = extract("VIENNA, March 5 - The council of the International Coffee Organization (ICO) "
                 "approved new export quotas late on Wednesday after a week of haggling, "
                 "delegates said.", published="2025-03-05")
    (e,) = ex.events
    assert e.kind == EventKind.MEETING and "ICO" in e.title
    assert e.status == EventStatus.HELD and e.start == "2025-03-05"


def test_council_of_an_organization_with_no_day_is_no_sitting(extract) -> None:
    ex = extract("VIENNA, March 5 - The council of the International Coffee Organization (ICO) "
                 "agreed that quotas should stay, delegates said.", published="2025-03-05")
    assert not ex.events


def test_one_states_own_council_is_none(extract) -> None:
    ex = extract("ROME, March 5 - The council of the Italian Red Cross approved a budget "
                 "on Monday.", published="2025-03-05")
    assert not ex.events
