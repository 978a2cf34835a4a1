"""Event participants of the round-23 audit (branch evparts12), probed with invented articles:
the "He" of a meeting stands for an intergovernmental body's head the sentence before titles in
news style ("IMF boss X"), a sentence the person model does not read."""


def test_the_pronoun_of_the_next_sentences_meeting_is_the_bodys_boss(extract) -> None:
    ex = extract("Gold prices fell on Monday.\n\nIMF boss Marcel Dufrene was asked by finance "
                 "ministers to study the sale of gold reserves. He is expected to present his "
                 "findings at an IMF meeting in Washington in April.", published="2005-02-07")
    meetings = [e for e in ex.events if e.kind.value == "meeting"]
    assert meetings, ex.events
    assert any("Marcel Dufrene" in {p.name for p in e.participants} for e in meetings), \
        [[p.name for p in e.participants] for e in meetings]
