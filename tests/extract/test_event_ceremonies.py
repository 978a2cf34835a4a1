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


def test_a_signing_told_in_the_passive_with_its_place_is_a_ceremony(extract):
    # the word "ceremony" is not said: the signing told with its place and day is one
    ex = extract("OSLO, June 4, 2025 - Norway and Chile have signed an agreement on fisheries "
                 "cooperation.\n\nThe agreement was signed in Santiago on Monday by Norwegian "
                 "Foreign Minister Kari Lund and Chilean Foreign Minister Pablo Rojas.")
    ceremonies = [e for e in ex.events if e.kind == EventKind.CEREMONY]
    assert len(ceremonies) == 1
    assert {p.name for p in ceremonies[0].participants} == {"Kari Lund", "Pablo Rojas"}
    assert ceremonies[0].place == "Santiago"


def test_a_signing_by_two_officials_with_no_place_or_day_is_no_ceremony(extract):
    # background to the item: where and when the signing took place is not told
    ex = extract("OSLO, June 4, 2025 - Parliament ratified the fisheries accord with Chile, "
                 "which was signed by Fisheries Minister Kari Lund and his Chilean counterpart "
                 "Pablo Rojas.")
    assert not [e for e in ex.events if e.kind == EventKind.CEREMONY]
