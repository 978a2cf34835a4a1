"""Ceremonies between states, and ceremonies that are not diplomatic events."""
from accords.vocab import EventKind


def test_a_handover_ceremony_attended_by_officials_of_two_states(extract):
    ex = extract("PORT LOUIS, May 2, 2025 (AP) - Mauritius raised its flag over the atoll on "
                 "Friday.\n\nMauritian Prime Minister Anil Dookhun attended the ceremony along "
                 "with Indian Foreign Minister Rakesh Sharma, who had signed the transfer treaty "
                 "with Mauritian Foreign Minister Vikash Ramgoolam in Delhi in March.")
    ceremonies = [e for e in ex.events if e.kind == EventKind.CEREMONY]
    assert len(ceremonies) == 1
    c = ceremonies[0]
    # the signer named in the aside about an earlier signing is not at the ceremony
    assert [p.name for p in c.participants] == ["Anil Dookhun", "Rakesh Sharma"]
    assert c.start == "2025-05-02"  # not March, the aside's month
    assert c.place != "Delhi"


def test_a_medal_ceremony_is_not_a_diplomatic_event(extract):
    ex = extract("PARIS, May 2, 2025 - French President Claire Dumont and German Chancellor "
                 "Hans Weber watched the medal ceremony in Paris on Friday.")
    assert not [e for e in ex.events if e.kind == EventKind.CEREMONY]
