"""Event recall (branch evrecall2), sentences of our own: a meeting told as the sentence's own
verb while the visit is only an aside of its subject or an adjunct ("X, who is on a visit to Y,
also met Z", "During his visit to Y, X met Z") is a meeting of its own beside the visit; a
meeting told inside the visit's phrase ("a visit to Y, where he met Z") stays the visit's;
talks with one person and a courtesy call on another are two gatherings."""
from accords.vocab import EventKind


def _kinds(ex) -> list[str]:
    return sorted(e.kind.value for e in ex.events)


def test_meeting_of_one_on_a_visit_told_in_an_aside(extract) -> None:
    ex = extract("TUNIS, May 12 - Moroccan Trade Minister Karim Alaoui, who is on a three-day "
                 "visit to Tunisia, also met Prime Minister Leila Ben Salah on Monday.",
                 published="2025-05-12")
    assert _kinds(ex) == ["meeting", "visit"]
    (m,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert [p.name for p in m.participants][:2] == ["Karim Alaoui", "Leila Ben Salah"]
    assert m.start == "2025-05-12" or m.start == "2025-05-11"


def test_meeting_during_a_visit_told_in_an_opening_adjunct(extract) -> None:
    ex = extract("SANTIAGO, Oct 3 - During his two-day visit to Chile, Argentine Foreign "
                 "Minister Tomas Ferreyra met President Camila Rojas on Thursday.",
                 published="2025-10-03")
    assert _kinds(ex) == ["meeting", "visit"]
    (m,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert {p.name for p in m.participants} == {"Tomas Ferreyra", "Camila Rojas"}


def test_meeting_on_a_visit_reported_by_a_ministry(extract) -> None:
    ex = extract("DAKAR, June 11 - Belgian Development Minister Pieter Claes, who is ending a "
                 "visit to Senegal, met President Mamadou Ndiaye today, the ministry said.",
                 published="2025-06-11")
    assert _kinds(ex) == ["meeting", "visit"]


def test_meeting_told_inside_the_visit_stays_the_visits(extract) -> None:
    ex = extract("TUNIS, May 12 - Moroccan Trade Minister Karim Alaoui ended a three-day visit "
                 "to Tunisia, where he met Prime Minister Leila Ben Salah.",
                 published="2025-05-12")
    assert _kinds(ex) == ["visit"]


def test_a_visit_met_with_protests_is_no_meeting(extract) -> None:
    ex = extract("ROME, May 12 - The visit of Chinese Premier Zhao Ming to Italy met with "
                 "protests from rights groups on Monday.", published="2025-05-12")
    assert EventKind.MEETING not in [e.kind for e in ex.events]


def test_talks_then_a_courtesy_call_on_another_leader(extract) -> None:
    ex = extract("PHNOM PENH, Feb 4 - Thai Prime Minister Anan Srisuk held talks with his "
                 "Cambodian counterpart Sok Vanna on Tuesday and later called on King Norodom "
                 "Sihamoni at the Royal Palace.", published="2025-02-04")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(talks) == 1 and len(meetings) == 1
    assert "Norodom Sihamoni" not in {p.name for p in talks[0].participants}
    assert meetings[0].participants[0].name == "Anan Srisuk"


def test_called_on_someone_to_act_is_an_appeal(extract) -> None:
    ex = extract("PHNOM PENH, Feb 4 - Thai Prime Minister Anan Srisuk held talks with his "
                 "Cambodian counterpart Sok Vanna on Tuesday and called on Defence Minister "
                 "Chea Dara to withdraw troops from the border.", published="2025-02-04")
    assert [e.kind for e in ex.events] == [EventKind.TALKS]


def test_leaders_met_on_a_visit_with_no_one_named_are_the_visits(extract) -> None:
    ex = extract("BEIJING, March 31 - During his visit, Danish Trade Minister Lars Holm has met "
                 "top Chinese leaders and today signed a trade protocol.", published="2025-03-31")
    assert EventKind.MEETING not in [e.kind for e in ex.events]
