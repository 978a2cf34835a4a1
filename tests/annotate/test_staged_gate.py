"""The document gate lets through a sentence whose only instrument is a plan, programme ...
that a stage verb acts on (extract/cues.py staged_near)."""
from accords.extract.cues import cues


def test_stage_verb_near_a_staged_head_opens_the_gate():
    near = cues().staged_near
    assert near.search("Peru and Bolivia inked a framework for river transport.")
    assert near.search("the programme of scientific exchange for 2021-2023 was signed in May")
    assert not near.search("The ministry presented a plan for new roads.")
