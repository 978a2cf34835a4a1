"""Event participants and dates probed with invented agency sentences (branch pevfields): the
counterpart named only in a later sentence, and a meeting's day beside a relative aside that
tells of another gathering."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_the_counterpart_named_in_the_next_sentence_takes_part(extract) -> None:
    ex = extract("QUITO, May 4, 2026 (Reuters) - Ecuadorean President Luis Andrade held talks "
                 "with his Bolivian counterpart on Monday. Bolivian President Rosa Quispe said "
                 "the two leaders discussed lithium.", published="2026-05-04")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and _names(talks[0]) == {"Luis Andrade", "Rosa Quispe"}


def test_two_officials_of_the_side_nearby_leave_the_counterpart_unnamed(extract) -> None:
    ex = extract("QUITO, May 4, 2026 (Reuters) - Ecuadorean President Luis Andrade held talks "
                 "with his Bolivian counterpart on Monday. Bolivian President Rosa Quispe and "
                 "Bolivian Foreign Minister Mario Vaca arrived on Sunday.",
                 published="2026-05-04")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and "Luis Andrade" in _names(talks[0])
    assert not {"Rosa Quispe", "Mario Vaca"} <= _names(talks[0])


def test_the_main_clause_day_dates_talks_beside_an_arrival_aside(extract) -> None:
    ex = extract("NAIROBI, May 8, 2026 (Xinhua) - Ghanaian President Kwame Boateng, who arrived "
                 "on Wednesday, held talks with Kenyan President Daniel Kariuki on Friday.",
                 published="2026-05-08")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and talks[0].start == "2026-05-08"
    visits = [e for e in ex.events if e.kind.value == "visit"]
    assert not visits or visits[0].start == "2026-05-06"  # the visit keeps its first day


def test_an_aside_meeting_dates_the_sentence_when_the_main_day_is_ahead(extract) -> None:
    ex = extract("PARIS, May 8, 2026 (AFP) - The two ministers, who last met in Rome in March, "
                 "will hold talks in Madrid on June 29.", published="2026-05-08")
    assert all(e.start != "2026-05-08" for e in ex.events)
