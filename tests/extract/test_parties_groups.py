"""An organization alone as the subject of the verb that makes an instrument ("The Gulf
Cooperation Council signed a unified economic agreement") makes it among its members, who join
it when the article names them; not when another side is named or the subject presses the
organization, nor when the article makes the organization another state's other side."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p.get("country") or p["name"] for p in rec["parties"]}


_LINE = "PACT\nLONDON, June 29, 2023 (Reuters) - "


def test_members_named_later_join_the_organizations_own_instrument() -> None:
    (rec,) = _records(_LINE + "The Gulf Cooperation Council signed a unified economic agreement "
                      "on Monday. The six states - Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and "
                      "the UAE - will apply its clauses from March 1.")
    assert _countries(rec) == {"IGO:GCC", "BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}


def test_a_group_subject_adopting_a_declaration_takes_its_named_members() -> None:
    (rec,) = _records(_LINE + "The Group of Seven adopted a declaration on climate finance on "
                      "Sunday. Japan and Canada had pushed for firmer targets.")
    assert {"IGO:G7", "JPN", "CAN"} <= _countries(rec)


def test_an_organization_with_another_side_keeps_only_that_side() -> None:
    (rec,) = _records(_LINE + "The European Union signed a trade pact with Japan on Monday. "
                      "France and Germany welcomed it.")
    assert _countries(rec) == {"IGO:EU", "JPN"}


def test_the_organization_as_another_states_side_elsewhere_takes_no_members() -> None:
    (rec,) = _records(_LINE + "The EU has said it would like to agree a deal by October. Britain "
                      "and Ireland want a trade deal with the EU before the transition ends.")
    assert "IRL" not in _countries(rec)
