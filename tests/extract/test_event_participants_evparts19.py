"""Event participants of the round-26 audit (branch evparts19), probed with invented articles:
one the sentence names as the subject of a verb of staying away from a gathering ("refused to
attend the summit", "will boycott", "said she would not attend", "pulled out of") takes no part
in it, though the sentence lends its titled people to the gathering told before. Near misses:
one who attends, one who is only the antecedent of another clause's staying away, one who
refused something other than attending."""

_LEAD = ("QUITO, March 3 - Leaders of the Andean nations will meet at next week's Andean "
         "summit in Quito. ")


def _names(ex) -> set[str]:
    return {p.name for e in ex.events if e.kind.value == "summit" for p in e.participants}


def test_one_who_refused_to_attend_takes_no_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira refused to attend the summit, "
                 "officials said.", published="1990-03-03")
    assert "Rosa Ferreira" not in _names(ex)


def test_one_who_will_boycott_takes_no_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira will boycott the summit.",
                 published="1990-03-03")
    assert "Rosa Ferreira" not in _names(ex)


def test_one_who_said_she_would_not_attend_takes_no_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira said she would not attend the "
                 "summit.", published="1990-03-03")
    assert "Rosa Ferreira" not in _names(ex)


def test_one_who_is_expected_to_pull_out_takes_no_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira is expected to pull out of the "
                 "summit.", published="1990-03-03")
    assert "Rosa Ferreira" not in _names(ex)


def test_one_who_will_attend_still_takes_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira will attend the summit.",
                 published="1990-03-03")
    assert "Rosa Ferreira" in _names(ex)


def test_the_antecedent_of_another_clause_of_staying_away_still_takes_part(extract) -> None:
    ex = extract("Peruvian President Rosa Ferreira, who boycotted last year's meeting, held "
                 "talks with Bolivian President Tomas Urquidi in Quito on Monday.",
                 published="1990-03-05")
    talks = [e for e in ex.events if e.kind.value in ("talks", "meeting")]
    assert talks and "Rosa Ferreira" in {p.name for p in talks[0].participants}


def test_one_who_refused_to_sign_still_takes_part(extract) -> None:
    ex = extract("Peruvian President Rosa Ferreira held talks with Bolivian President Tomas "
                 "Urquidi in Quito on Monday but refused to sign a joint statement.",
                 published="1990-03-05")
    talks = [e for e in ex.events if e.kind.value in ("talks", "meeting")]
    assert talks and "Rosa Ferreira" in {p.name for p in talks[0].participants}


def test_one_snubbed_at_the_summit_still_takes_part(extract) -> None:
    ex = extract(_LEAD + "Peruvian President Rosa Ferreira was snubbed at the summit, "
                 "officials said.", published="1990-03-03")
    assert "Rosa Ferreira" in _names(ex)
