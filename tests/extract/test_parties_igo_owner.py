"""An organization's own instrument named without the organization in the phrase, on
sentences of our own: an organization named again as "the group"/"the cartel", and a commodity
agreement called by a common noun ("a new international cocoa pact")."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_the_group_named_again_owns_its_pact_and_the_venue_is_no_party() -> None:
    (rec,) = _records("LAGOS, May 4 - Several OPEC members dislike their official prices, but "
                      "few expect trouble when the group renews its year-old output pact in "
                      "Vienna later this month. Nigeria wants higher quotas.")
    assert "IGO:OPEC" in rec["countries"] and "AUT" not in rec["countries"]


def test_a_commodity_agreement_by_a_common_noun_is_its_organizations() -> None:
    (rec,) = _records("ACCRA, May 4 - Ghana said growers agreed that holding back sales would "
                      "help the buffer stock manager of the new international cocoa pact.")
    assert "IGO:ICCO" in rec["countries"]


def test_a_firm_called_the_group_keeps_its_own_deal() -> None:
    # no organization of states named before "the group": a company's deal, no record
    assert _records("MILAN, May 4 - Shares rose after the group signed its supply deal with "
                    "a carmaker.") == []


def test_an_organizations_treaty_known_by_name_is_not_the_storys_state() -> None:
    (rec,) = _records("WASHINGTON, May 4 - Software firms fear the bill. It rewrites Article 52 "
                      "of the 1973 European Patent Convention, the United States says.")
    assert "IGO:EPOrg" in rec["countries"] and "USA" not in rec["countries"]


def test_an_agreement_by_an_organization_takes_its_named_members() -> None:
    text = ("PARIS, May 4 - The agreement by the G8 group of rich nations to freeze debt "
            "payments was signed on Friday, Britain said. Japan and Canada backed it.")
    from accords.pipeline import propose_batch
    (prop,) = propose_batch([Document.from_text("a.txt", text)], True, lenient=True)
    (m,) = [m for m in prop.extraction.agreements if "G8" in (m.source.quote or "")][:1]
    assert {"IGO:G8", "GBR", "JPN", "CAN"} <= {a.country for a in m.parties}
