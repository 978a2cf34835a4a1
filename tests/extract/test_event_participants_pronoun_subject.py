"""Event participants (13th audit): the 'he' of a meeting or call verb, found as the verb's
subject in the parse with words between them ("He also spoke on the telephone to X"), is the
one the article names before, given in full once and later as "Mr X"; a 'he' after a name of
its own sentence is that person's. Sentences of our own."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_he_of_a_call_is_the_one_named_before_by_honorific(extract) -> None:
    ex = extract("Harold Penrose has promised more help for the flooded valleys.\n"
                 "Mr Penrose said the cabinet had met twice since Sunday.\n"
                 "He also spoke on the telephone to French President Camille Laurent, and the "
                 "leaders of Chile and Peru.", published="2026-11-03")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and _names(calls[0]) >= {"Harold Penrose", "Camille Laurent"}


def test_he_after_a_name_of_its_own_sentence_is_that_person() -> None:
    from accords.annotate.context import build_contexts
    from accords.extract.event_common import _Sentence
    from accords.extract.event_people import _people
    from accords.extract.event_roles import _pronoun_subject
    from accords.records import Document
    text = ("LIMA - Chilean Foreign Minister Rosa Iturbe met union leaders on Monday.\n"
            "Peruvian Prime Minister Tomas Valdivia said he had made progress in talks with "
            "Iturbe on the border dispute.")
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-12-10")])
    info = next(i for i in ctx.sentences if "Valdivia" in i.sentence.text)
    s = _Sentence(ctx, info, _people(ctx, info), [], [])
    # the 'he' is Valdivia's, named before it: no one from the sentence before
    assert _pronoun_subject(s, info.sentence.text.index("talks")) is None


def test_the_given_name_of_an_honorific_surname() -> None:
    from accords.annotate.context import build_contexts
    from accords.extract.event_roles import _by_honorific
    from accords.records import Document
    text = "Harold Penrose has promised more help.\nMr Penrose said the cabinet had met twice."
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-11-03")])
    who = _by_honorific(ctx, "Mr Penrose said the cabinet had met twice.")
    assert who and who.name == "Harold Penrose"
    assert _by_honorific(ctx, "Mr Ortega said nothing.") is None  # no full name in the article


def test_the_title_alone_as_subject_is_the_one_titled_before(extract) -> None:
    ex = extract("WASHINGTON - Omani Crown Prince Faisal bin Tariq was thanked by officials for "
                 "his help with shipping.\n"
                 "The prince met Vice President Laura Quinn on Monday after the strike.",
                 published="2026-10-20")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and _names(meetings[0]) >= {"Faisal bin Tariq", "Laura Quinn"}
