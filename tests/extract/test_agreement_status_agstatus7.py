"""Agreement status, round-21 audit (agstatus7), on sentences of our own: a joint body told at a
sitting of its own (the Nth session of the joint commission, the commission will hold its
meeting, the commission co-chaired by two ministers) is a mechanism already at work, in force
and undated (GUIDE: agreed mechanisms), whatever stage the sentence's verb gives the sitting
or the other instruments; one the same clause founds, or at its first sitting, keeps the
founding's stage."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.extract.cues import sitting_body
from accords.pipeline import extract_batch
from accords.records import Document


@pytest.mark.parametrize("text", [
    "The two foreign ministers agreed to hold the 3rd session of the Peru-Chile Joint "
    "Commission in Santiago next year.",
    "Peru and Chile signed 12 agreements at the closing of the 9th session of the "
    "Peruvian-Chilean Joint Commission, held in Lima.",
    "The Peru-Chile Joint Commission on Trade will hold its seventh meeting in Lima in June, "
    "the ministers said.",
])
def test_a_joint_body_at_its_own_sitting_is_in_force_undated(text: str, agreement_history) -> None:
    assert agreement_history(text) == [("in_force", None)]


def test_a_body_founded_in_the_same_clause_keeps_its_founding(agreement_history) -> None:
    text = ("The two foreign ministers agreed to set up a Peru-Chile joint commission, which "
            "will hold its first session in Lima in June.")
    assert [s for s, _ in agreement_history(text)] == ["agreed"]


@pytest.mark.parametrize(("sentence", "body", "expected"), [
    ("They met at the 5th session of the joint commission in Lima.", "joint commission", True),
    ("The joint commission, co-chaired by the two ministers, met in Lima.", "joint commission",
     True),
    ("The joint commission's next meeting is due in May.", "joint commission", True),
    ("They agreed to set up a joint commission, which will hold its first session in May.",
     "joint commission", False),
    ("They agreed to revive the joint commission, which meets in May.", "joint commission", False),
    ("The first meeting of the joint commission is planned for May.", "joint commission", False),
    ("The joint commission has not met since 2014.", "joint commission", False),
    ("They agreed on a joint commission on fisheries.", "joint commission", False),
])
def test_sitting_body(sentence: str, body: str, expected: bool) -> None:
    start = sentence.index(body)
    assert sitting_body(sentence, start, start + len(body)) is expected


def test_a_joint_commission_is_not_a_reference_to_the_hotline_told_before() -> None:
    # two bodies named by two nouns: the commission at work does not join the hotline's record
    (ex,) = extract_batch([Document.from_text("a.txt", (
        "LIMA, Sept 14 - Peru and Chile agreed on Wednesday to set up a hotline between their "
        "fisheries authorities to handle incidents at sea. The Peru-Chile Joint Commission "
        "for Bilateral Cooperation will hold its fifth meeting in Lima in 2023, the two sides "
        "said."), published="2022-09-14")])
    records = {r.to_dict()["title"].split(" ")[0]: r.to_dict()["status"] for r in
               consolidate(ex.agreements, ex.events, ex.people).agreements}
    assert records == {"Hotline": "agreed", "Peru-Chile": "in_force"}
