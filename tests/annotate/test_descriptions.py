"""States named by what they are (annotate/descriptions.py), sentences of our own."""
from accords.annotate.context import build_contexts
from accords.records import Document


def _described(text: str) -> list[tuple[str, str]]:
    ctx = build_contexts([Document(id="d", name="d", text=text, published="2024-05-02")])[0]
    return [(p.text, p.code) for info in ctx.sentences for p in info.places
            if p.form == "description"]


def test_the_most_recent_state_that_fits() -> None:
    assert _described("Oman and India held talks in Muscat. India agreed a port deal with the "
                      "Gulf state on Monday.") == [("the Gulf state", "OMN")]


def test_an_island_nation_is_an_island() -> None:
    assert _described("Officials from Germany and Cuba met on Tuesday. Germany will send "
                      "doctors to the island nation.") == [("the island nation", "CUB")]


def test_never_the_visitors_own_state() -> None:
    text = ("Japanese Foreign Minister Kenji Arata met Samoan Prime Minister Lina Tuilagi in "
            "Apia. Japan pledged aid. Arata's two-day visit to the Pacific nation ends today.")
    assert _described(text) == [("the Pacific nation", "WSM")]


def test_kingdom_and_former_soviet_republic_by_official_name() -> None:
    assert _described("Jordan and Egypt signed a water pact. The kingdom will pay half.") == [
        ("The kingdom", "JOR")]
    assert _described("Russia and Armenia met. The former Soviet republic wants gas.") == [
        ("The former Soviet republic", "ARM")]


def test_a_description_that_says_nothing_or_fits_none_stays_unresolved() -> None:
    assert _described("Peru and Chile met. The country needs rain.") == []
    assert _described("Peru and Chile met. The Gulf state needs rain.") == []
    assert _described("Peru and Qatar met. The Gulf state of Bahrain objected.") == []


def test_one_document_does_not_leak_into_the_next() -> None:
    assert _described("The Pacific nation signed.") == []
