"""A signing that the text says followed (or preceded) a meeting is a second gathering, though
both took place in one city on one day. Article invented for this test."""
from __future__ import annotations

ARTICLE = (
    "Ghana, Togo sign MoU on fisheries\n"
    "2021-03-10 18:02:11|Editor: Li Wen\n\n"
    "ACCRA, March 10 (Xinhua) -- Ghana and Togo on Wednesday signed a memorandum of "
    "understanding on cooperation in fisheries, according to the Ghanaian foreign ministry.\n"
    "The MoU was signed by Ghanaian Fisheries Minister Kofi Mensah and Togolese Minister of "
    "Maritime Economy Komi Agbeko in the presence of Ghanaian Foreign Minister Ama Owusu and "
    "Togolese Foreign Minister Kossi Dogbe.\n"
    "The signing followed the fifth meeting of the Ghana-Togo Permanent Joint Commission for "
    "Cooperation, co-chaired by the two foreign ministers in the Ghanaian capital.\n"
)


def test_a_signing_that_followed_a_meeting_is_a_second_gathering(extract) -> None:
    ex = extract(ARTICLE, published="2021-03-10")
    kinds = sorted(e.kind.value for e in ex.events)
    assert "ceremony" in kinds and any(k in ("meeting", "conference", "talks") for k in kinds), kinds
