"""Event participants of the round-21 audit (branch evparts7), probed with invented sentences:
a participant introduced by a lower-case office of a named body before the name ("the
director-general of the X Foreign Ministry, Y") is an official of that state and takes part in
the meeting the next sentence tells of, as the ambassador named beside him does."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_the_director_general_of_a_foreign_ministry_named_after_a_comma_took_part(extract) -> None:
    ex = extract("OSLO, May 4 - Chile and Norway discussed fishing quotas at a meeting in Oslo, a "
                 "Chilean spokesman said.\n    Taking part in the talks were Norway's envoy, "
                 "Ambassador Lars Hovland, and the director-general of the Chilean Foreign "
                 "Ministry, Rosa Quintero.\n    \"It was one of a series of meetings held with "
                 "members of the fisheries council,\" Chilean spokesman Pablo Ruiz said.",
                 published="1987-05-04")
    found = [e for e in ex.events if e.kind.value != "visit"]
    assert found and any("Rosa Quintero" in _names(e) for e in found), [_names(e) for e in found]
