"""Event participants of the round-26 audit (branch evparts22), probed with invented articles.

- An office-holder whose office is told after the name ("X, Japan's finance minister, said ...
  in the February talks"), with no verb of meeting: the gathering with that person, as when no
  office is read (evparts20's office after the name moved such a speaker onto the office path,
  which reads verbs only, and the background talks were lost). A title before the name keeps
  the verbs-only reading.
- "X, who also had private talks with Y, said ...": X, the relative clause's subject, is a
  participant, in full as the article names him with his office."""


def _talks(ex) -> list:
    return [e for e in ex.events if e.kind.value == "talks"]


def _names(events) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in events]


def test_an_office_after_the_name_keeps_the_dated_talks_spoken_of(extract) -> None:
    ex = extract("TOKYO, May 4 - The yen rose again.\nKenji Moriyama, Japan's finance minister, "
                 "said the movement of the yen was consistent with the ranges the nations "
                 "agreed to defend in the February talks.", published="2026-05-04")
    assert any("Kenji Moriyama" in names for names in _names(_talks(ex))), _names(_talks(ex))


def test_an_office_before_the_name_keeps_the_verb_reading(extract) -> None:
    # (a title before the name leaves the office path's verbs-only reading as it was: at
    # full-run scale its group reading took one state's sittings)
    ex = extract("TOKYO, May 4 - The yen rose again.\nJapanese Finance Minister Kenji Moriyama "
                 "said the movement of the yen was consistent with the ranges the nations "
                 "agreed to defend in the February talks.", published="2026-05-04")
    assert not any("Kenji Moriyama" in names for names in _names(_talks(ex))), \
        _names(_talks(ex))


def test_talks_told_as_a_process_by_office_holders_make_no_event(extract) -> None:
    ex = extract("HANOI - Laotian President Somsak Vongsa left Hanoi on Friday at the end of a "
                 "three-day state visit during which the two capitals wrapped up more than a "
                 "decade of talks on their river border.", published="2026-05-04")
    assert not _talks(ex), _names(_talks(ex))


def test_the_subject_of_a_relative_clause_of_talks_takes_part(extract) -> None:
    ex = extract("PARIS, May 4 - The French government will present a bill on the bourse, "
                 "finance minister Pierre Duval said.\n"
                 "Duval, who also had private talks with British Prime Minister Anne Carter, "
                 "said his government was preparing a bill on insurance.",
                 published="2026-05-04")
    assert any({"Pierre Duval", "Anne Carter"} <= names for names in _names(_talks(ex))), \
        _names(_talks(ex))


def test_a_relative_clause_on_a_later_name_gives_its_talks_to_no_speaker(extract) -> None:
    ex = extract("PARIS, May 4 - The French government will present a bill on the bourse, "
                 "finance minister Pierre Duval said.\n"
                 "Duval said Prime Minister Anne Carter, who also had private talks with "
                 "Chancellor Otto Brandt, was preparing a bill on insurance.",
                 published="2026-05-04")
    assert not any("Pierre Duval" in names for names in _names(_talks(ex))), _names(_talks(ex))
