"""Titles of instruments rendered from their fields, on sentences of our own."""
from accords.extract.agreements import _title
from accords.extract.instruments import Phrase
from accords.records import Actor
from accords.vocab import Kind


def _titles(ex) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.title for a in ex.agreements]


def test_judging_words_are_not_part_of_the_name(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("LIMA, May 2, 1990 - Chile and Peru signed a proper free trade agreement on "
                 "Tuesday.")
    assert _titles(ex) == ["Free trade agreement between Chile and Peru"]


def test_a_headline_in_capitals_reads_in_sentence_case(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("QUITO SIGNS DEBT DEAL WITH PERU\nQUITO, May 2, 1990 - Ecuador signed a debt "
                 "deal with Peru on Tuesday.")
    assert all(not t.isupper() for t in _titles(ex))
    assert "DEBT" not in " ".join(_titles(ex))


def test_a_bare_head_names_its_sides_creditors_included() -> None:
    # (a state's creditor banks alone are no name of an instrument, but a bare "Agreement"
    # says nothing at all without them)
    bare = Phrase(0, 9, "agreement", Kind.AGREEMENT, "", "", generic=True, weak=False)
    sides = [Actor("bank advisory committee", None, "organization"), Actor("Bolivia", "BOL")]
    assert _title(bare, Kind.AGREEMENT, sides, None) == \
        "Agreement between bank advisory committee and Bolivia"
    named = Phrase(0, 9, "accord", Kind.AGREEMENT, "rescheduling", "", generic=False, weak=False)
    assert _title(named, Kind.AGREEMENT, sides, None) == "Rescheduling accord"


def test_a_capitalized_judging_word_is_part_of_the_name() -> None:
    named = Phrase(0, 9, "Agreement", Kind.AGREEMENT, "Final Status", "", generic=False,
                   weak=False)
    sides = [Actor("Israel", "ISR"), Actor("Jordan", "JOR")]
    assert _title(named, Kind.AGREEMENT, sides, None).startswith("Final Status Agreement")
    judged = Phrase(0, 9, "agreement", Kind.AGREEMENT, "final trade", "", generic=False,
                    weak=False)
    assert _title(judged, Kind.AGREEMENT, sides, None).startswith("Trade agreement")


def test_here_is_no_part_of_the_name(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("Rail deal\nLUSAKA, May 2, 2024 (ZNBC) - Zambia and Malawi signed an agreement "
                 "on rail transport here on Tuesday.")
    assert _titles(ex) == ["Agreement on rail transport between Zambia and Malawi"]


def test_a_counterpart_state_is_named_once(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("Rail deal\nLUSAKA, May 2, 2024 (ZNBC) - Zambia signed an agreement on rail "
                 "transport with Malawi on Tuesday.")
    assert _titles(ex) == ["Agreement on rail transport between Zambia and Malawi"]


def test_a_counterpart_body_after_with_stays_in_the_name() -> None:
    named = Phrase(0, 9, "accord", Kind.AGREEMENT, "",
                   "with the Andean Development Corporation", generic=False, weak=False)
    sides = [Actor("Andean Development Corporation", None, "organization"),
             Actor("Peru", "PER")]
    assert "with the Andean Development Corporation" in _title(named, Kind.AGREEMENT, sides, None)


def test_an_amount_keeps_its_number(extract) -> None:  # type: ignore[no-untyped-def]
    # ("Million dollar credit line" names no loan: the number tells it from another)
    ex = extract("ACCRA, May 2, 1990 - Ghana signed a 35 million dollar credit line with Togo "
                 "on Tuesday.")
    assert _titles(ex)[0].startswith("35 million dollar credit line")
    ex = extract("DAKAR, May 2, 1990 - Senegal signed a 2.4 billion dlr loan agreement with "
                 "Japan on Tuesday.")
    assert _titles(ex)[0].startswith("2.4 billion dlr loan agreement")


def test_a_name_in_capitals_before_its_sides_reads_in_sentence_case(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("ACCRA, May 2, 1990 - Ghana and Togo signed the WEST AFRICA GAS PIPELINE AGREEMENT "
                 "on Tuesday.")
    assert _titles(ex)[0].startswith("West africa gas pipeline agreement between")

