"""Officials who sign: two ministers of different states named as the subject are the two
sides; the subject of a passive "was signed by" is the thing signed, never its signer.
Sentences of our own."""
from __future__ import annotations

from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list[tuple[list[str | None], list[str]]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [(sorted(m.countries), [s.name for s in m.signatories]) for m in ex.agreements]


def test_ministers_of_two_states_are_the_parties() -> None:
    text = ("LISBON, June 5, 2023 - Portuguese Trade Minister Rui Costa and Moroccan Energy "
            "Minister Leila Benali signed a memorandum of understanding on renewable energy "
            "on Monday.")
    found = _agreements(text)
    assert found and found[0][0] == ["MAR", "PRT"]


def test_thing_signed_in_the_passive_is_no_signatory() -> None:
    text = ("HANOI, June 5, 2023 - Vietnam and Laos adopted a Roadmap for cooperation in health "
            "for 2024-2026, which was signed by the health ministers of both sides.")
    assert all("Roadmap" not in names for _, names in _agreements(text))


def test_a_convention_is_a_treaty() -> None:
    # a convention is a multilateral treaty (the spec's kinds have no 'convention')
    text = ("GENEVA, June 5, 2023 - Norway and Chile ratified the convention on the protection "
            "of migratory seabirds on Monday, officials said.")
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    assert [m.kind.value for m in ex.agreements] == ["treaty"]
