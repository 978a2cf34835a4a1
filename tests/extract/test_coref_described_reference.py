"""A reference that describes its instrument in its own words ("the treaty with Panama on the
delimitation of the maritime boundary around the Coiba islands") means the instrument named
with those words, not the nearest other instrument of its kind. Article invented for this test."""
from __future__ import annotations

ARTICLE = (
    "Costa Rica ratifies Coiba maritime boundary treaty with Panama\n"
    "Published: 2024-03-15\n"
    "SAN JOSE, March 15 -- Costa Rica has ratified the treaty with Panama on the delimitation "
    "of the maritime boundary around the Coiba islands, Foreign Minister Elena Mora said on "
    "Friday.\n\n"
    "The treaty was signed in Panama City in June last year by the two foreign ministers.\n\n"
    "Both governments are also negotiating a treaty on the land boundary along the Sixaola "
    "river, officials said.\n"
)


def test_a_described_reference_keeps_its_own_instrument(extract) -> None:
    ex = extract(ARTICLE, published="2024-03-15")
    river = [a for a in ex.agreements if "Sixaola" in a.title]
    assert river and all(a.status.value == "negotiating" for a in river)
    assert all("Sixaola" not in a.title for a in ex.agreements if a.sentence != 4)
    assert {a.title for a in ex.agreements if a.sentence in (0, 2, 3)} == {
        next(a.title for a in ex.agreements if a.sentence == 2)}
