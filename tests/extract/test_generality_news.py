"""Agreement extraction on short news items of our own (invented, not from any corpus), one
per kind of instrument, stage and way of naming the parties that GUIDE.md counts, and the
negatives that must give no record: company deals, home politics, "no agreement was reached",
a hypothetical. Each item was written with its expected record before the tool was run."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

ITEMS = [
    ('g01', 'NAIROBI, May 4, 2027 - Kenya and Tanzania signed a treaty on the joint management of Lake Victoria fisheries on Monday, officials said.',
     [{'status': 'signed', 'countries': ['KEN', 'TZA'], 'kind': 'treaty', 'date': '2027-05-03'}]),
    ('g02', 'HANOI, March 12, 2027 - Vietnam and South Korea inked a memorandum of understanding on nuclear power training, the foreign ministry said.',
     [{'status': 'signed', 'countries': ['KOR', 'VNM'], 'kind': 'memorandum', 'topic': 'energy'}]),
    ('g03', 'BERN, June 2, 2027 - Switzerland and the European Union concluded negotiations on a package of bilateral agreements on Friday, the Swiss government said.',
     [{'status': 'finalized', 'countries': ['CHE', 'IGO:EU']}]),
    ('g04', 'BRASILIA, April 8, 2027 - Brazil and Argentina launched a joint working group on energy integration during a meeting of their foreign ministers.',
     [{'status': 'agreed', 'countries': ['ARG', 'BRA'], 'kind': 'arrangement', 'topic': 'energy'}]),
    ('g05', 'ASTANA, Sept 3, 2027 - Kazakhstan and Uzbekistan agreed to draw up a roadmap on water sharing by the end of the year.',
     [{'status': 'planned', 'countries': ['KAZ', 'UZB'], 'kind': 'roadmap', 'title_not': 'end of the year'}]),
    ('g06', "MADRID, Nov 18, 2027 - Spain's parliament approved a free trade agreement between the EU and Chile on Thursday.",
     [{'status': 'ratified', 'countries': ['CHL', 'IGO:EU'], 'topic': 'trade'}]),
    ('g07', 'ROME, Jan 22, 2027 - Italy ratified the extradition treaty it signed with Albania in 2025, the justice ministry said on Friday.',
     [{'status': 'ratified', 'countries': ['ALB', 'ITA'], 'topic': 'extradition', 'date': '2027-01-22'}]),
    ('g08', 'VIENTIANE, Feb 9, 2027 - Laos and Thailand signed an agreement on cross-border electricity trade on Tuesday.',
     [{'status': 'signed', 'countries': ['LAO', 'THA'], 'topic': 'energy', 'notopic': 'border_security'}]),
    ('g09', 'MANILA, July 14, 2027 - The Asian Development Bank approved a 500 million dollar loan to the Philippines for flood control, the bank said.',
     [{'status': 'signed', 'countries': ['IGO:ADB', 'PHL'], 'topic': 'finance'}]),
    ('g09b', 'DAKAR, May 3, 2027 - Last week, the Islamic Development Bank approved a 90-million-dollar financing package for the water sector of Senegal.',
     [{'status': 'signed', 'countries': ['IGO:IsDB', 'SEN']}]),
    ('g10', 'WASHINGTON, Oct 5, 2027 - Sri Lanka reached a staff-level agreement with the International Monetary Fund on a 2.9 billion dollar credit facility.',
     [{'status': 'agreed', 'countries': ['IGO:IMF', 'LKA'], 'topic': 'finance'}]),
    ('g11', "BELGRADE, March 30, 2027 - Serbia and the European Union opened negotiations on a new chapter of Serbia's accession treaty.",
     [{'status': 'negotiating', 'countries': ['IGO:EU', 'SRB']}]),
    ('g12', 'OTTAWA, May 20, 2027 - Canada and Mexico are negotiating an agreement on seasonal agricultural workers, officials said.',
     [{'status': 'negotiating', 'countries': ['CAN', 'MEX'], 'topic': 'labour_migration'}]),
    ('g13', 'CANBERRA, Aug 11, 2027 - Australia and Indonesia will sign a defence cooperation agreement next week, the defence minister said on Wednesday.',
     [{'status': 'planned', 'countries': ['AUS', 'IDN'], 'topic': 'defence'}]),
    ('g14', 'LISBON, Dec 1, 2027 - The investment protection treaty between Portugal and Angola entered into force on Wednesday.',
     [{'status': 'in_force', 'countries': ['AGO', 'PRT'], 'topic': 'investment'}]),
    ('g15', 'WASHINGTON, June 19, 2027 - The United States pulled out of the nuclear arms control treaty with Russia, the State Department said.',
     [{'status': 'terminated', 'countries': ['RUS', 'USA']}]),
    ('g16', 'QUITO, April 2, 2027 - Ecuador withdrew from its bilateral investment treaty with the Netherlands on Friday.',
     [{'status': 'terminated', 'countries': ['ECU', 'NLD'], 'topic': 'investment'}]),
    ('g17', 'DHAKA, Jan 15, 2027 - Bangladesh and India initialled a protocol on inland water transit on Thursday.',
     [{'status': 'finalized', 'countries': ['BGD', 'IND'], 'kind': 'protocol'}]),
    ('g18', 'SEOUL, Nov 3, 2027 - South Korea and Japan issued a joint declaration on a new partnership for the 21st century at the end of their summit.',
     [{'status': 'signed', 'countries': ['JPN', 'KOR'], 'kind': 'declaration'}]),
    ('g19', 'ABUJA, Feb 27, 2027 - Nigeria and Ghana adopted an action plan on combating cross-border crime, officials said.',
     [{'status': 'signed', 'countries': ['GHA', 'NGA'], 'kind': 'action_plan'}]),
    ('g20', 'TBILISI, Sept 9, 2027 - Georgia and Armenia agreed to set up a joint commission on transport, the Georgian government said.',
     [{'status': 'agreed', 'countries': ['ARM', 'GEO'], 'kind': 'arrangement', 'topic': 'transport'}]),
    ('g21', "BOGOTA, Oct 12, 2027 - Colombia's senate ratified a double taxation agreement with Spain on Tuesday.",
     [{'status': 'ratified', 'countries': ['COL', 'ESP'], 'topic': 'taxation'}]),
    ('g22', 'CAIRO, March 3, 2027 - Egypt rejected a draft agreement with Ethiopia on the filling of the dam, the irrigation ministry said.',
     [{'status': 'rejected', 'countries': ['EGY', 'ETH']}]),
    ('g23', 'MOSCOW, July 7, 2027 - Russia and China are implementing the gas supply agreement they signed in 2014, officials said.',
     [{'status': 'implemented', 'countries': ['CHN', 'RUS'], 'topic': 'energy'}]),
    ('g24', 'LUSAKA, June 6, 2027 - Zambia signed a 300 million dollar loan agreement with the World Bank on Monday to support its schools.',
     [{'status': 'signed', 'countries': ['IGO:WB', 'ZMB'], 'topic': 'finance'}]),
    ('g25', 'SKOPJE, April 24, 2027 - North Macedonia signed the accession protocol to the North Atlantic Treaty Organization, the government said.',
     [{'status': 'signed', 'countries': ['IGO:NATO', 'MKD'], 'kind': 'protocol'}]),
    ('g26', "PARIS, May 30, 2027 - France's accord with Morocco on high-speed rail was signed in Rabat on Tuesday.",
     [{'status': 'signed', 'countries': ['FRA', 'MAR'], 'topic': 'transport'}]),
    ('g27', 'WARSAW, Feb 2, 2027 - Poland and Ukraine will hold talks next month on an agreement on road freight permits.',
     [{'status': 'negotiating', 'countries': ['POL', 'UKR'], 'topic': 'transport'}]),
    ('g28', 'ANKARA, Aug 28, 2027 - Turkey and Azerbaijan signed a memorandum on gas supplies on August 25, the energy ministry said.',
     [{'status': 'signed', 'countries': ['AZE', 'TUR'], 'date': '2027-08-25', 'topic': 'energy'}]),
    ('g29', 'JAKARTA, Dec 10, 2027 - Indonesia and Malaysia agreed to establish a joint border committee to settle disputes over maritime boundaries.',
     [{'status': 'agreed', 'countries': ['IDN', 'MYS'], 'kind': 'arrangement'}]),
    ('g30', 'ADDIS ABABA, Nov 25, 2027 - The African Union and the European Union signed a memorandum of understanding on peace and security on Friday.',
     [{'status': 'signed', 'countries': ['IGO:AU', 'IGO:EU'], 'topic': 'peace_security'}]),
    ('g31', "KYIV, Jan 31, 2027 - Ukraine's parliament ratified a loan agreement with the European Investment Bank to repair power plants.",
     [{'status': 'ratified', 'countries': ['IGO:EIB', 'UKR'], 'topic': 'finance'}]),
    ('g32', "BEIJING, May 14, 2027 - China and Pakistan are expected to sign a new agreement on the economic corridor during the premier's visit next month.",
     [{'status': 'planned', 'countries': ['CHN', 'PAK']}]),
    ('g33', 'BUCHAREST, June 12, 2027 - Romania and Moldova signed an agreement on the recognition of driving licences in Bucharest on Thursday.',
     [{'status': 'signed', 'countries': ['MDA', 'ROU'], 'date': '2027-06-10'}]),
    ('g34', 'OSLO, Sept 22, 2027 - Norway suspended its fisheries agreement with Russia, the fisheries ministry said on Wednesday.',
     [{'status': 'suspended', 'countries': ['NOR', 'RUS'], 'topic': 'maritime'}]),
    ('g35', 'CANBERRA, March 8, 2027 - Australia and New Zealand adopted a joint statement on climate cooperation after talks in Canberra.',
     [{'status': 'signed', 'countries': ['AUS', 'NZL'], 'kind': 'declaration', 'topic': 'environment'}]),
    ('g36', 'SANTIAGO, Oct 30, 2027 - Chile and Peru signed a programme of cultural exchanges for 2028-2030 on Monday.',
     [{'status': 'signed', 'countries': ['CHL', 'PER'], 'kind': 'programme', 'topic': 'culture'}]),
    ('g37', 'KAMPALA, July 21, 2027 - Uganda and Kenya agreed in principle on a deal to extend the oil pipeline to Mombasa, officials said.',
     [{'status': 'agreed', 'countries': ['KEN', 'UGA']}]),
    ('g38', 'PRAGUE, Feb 15, 2027 - The Czech Republic said it would not sign the migration pact proposed by the European Union.',
     [{'status': 'rejected', 'countries': ['CZE', 'IGO:EU']}]),
    # wire items (1987 Reuters style: debt, commodity pacts, IMF, trade; undated datelines)
    ('w01', 'MANILA, March 24 - The Philippines and its bank advisory committee agreed to reschedule 3.6 billion dollars of foreign debt falling due between 1987 and 1992, the central bank said.',
     [{'status': 'agreed', 'countries': ['PHL']}]),
    ('w02', 'PARIS, April 2 - Paraguay reached agreement with the Paris Club of official creditors on Thursday to reschedule 200 million dollars of debt, a French finance ministry statement said.',
     [{'status': 'agreed', 'countries': ['IGO:ParisClub', 'PRY']}]),
    ('w03', 'LONDON, June 11 - Members of the International Coffee Organization agreed to restore export quotas after a year of talks, delegates said.',
     [{'status': 'agreed', 'countries': ['IGO:ICO']}]),
    ('w05', 'GENEVA, Jan 19 - Cocoa producing and consuming countries failed to agree on buffer stock rules for the international cocoa pact, the chairman said.',
     []),
    ('w06', 'BRUSSELS, May 5 - The European Community and the United States reached a pact on Friday under which the EC will compensate U.S. farmers for lost grain sales to Spain.',
     [{'status': 'agreed', 'countries': ['IGO:EC', 'USA']}]),
    ('w07', 'WASHINGTON, Feb 20 - The International Monetary Fund approved a 300 million dollar standby credit for Ecuador on Friday, the fund said.',
     [{'status': 'signed', 'countries': ['ECU', 'IGO:IMF']}]),
    ('w08', 'BUENOS AIRES, Jan 14 - Argentina sent a letter of intent to the International Monetary Fund outlining its economic targets for 1987.',
     [{'status': 'signed', 'countries': ['ARG', 'IGO:IMF']}]),
    ('w10', 'TOKYO, April 9 - Japan agreed to lend China 800 million dollars for port and rail projects, the finance ministry said.',
     [{'status': 'agreed', 'countries': ['CHN', 'JPN']}]),
    ('w11', 'MOSCOW, Dec 2 - The Soviet parliament backed a pact with the United States to ban medium-range missiles, Tass said.',
     [{'status': 'ratified', 'countries': ['SUN', 'USA']}]),
    ('w12', 'LAGOS, July 17 - A new debt accord between Nigeria and its London Club creditors is thought to have been reached last week, bankers said.',
     [{'status': 'agreed', 'countries': ['IGO:LondonClub', 'NGA']}]),
    ('w13', 'CARACAS, Sept 30 - Venezuela signed a 20 billion dollar rescheduling agreement with its creditor banks on Monday. Finance minister Luis Gomez said that loan would be repaid over 14 years.',
     [{'status': 'signed', 'countries': ['VEN']}]),
    ('w14', 'LONDON, Feb 26 - Britain will fight to keep its budget rebate when European Union leaders meet next month, the prime minister said.',
     [{'status': 'in_force', 'countries': ['GBR', 'IGO:EU']}]),
    ('w16', 'PARIS, Feb 22 - The finance ministers of the Group of Seven agreed in a communique on Sunday to foster the stability of exchange rates around current levels.',
     [{'status': 'agreed', 'countries': ['IGO:G7']}]),
    ('w17', 'VIENNA, Dec 14 - OPEC ministers agreed to a new output ceiling of 15.8 million barrels a day for the first half of next year, the conference communique said.',
     [{'status': 'agreed', 'countries': ['IGO:OPEC']}]),
    ('w22', 'MEXICO CITY, March 20 - Mexico signed a 7.7 billion dollar loan package with its commercial bank creditors on Friday. The accord ends months of talks on new money.',
     [{'status': 'signed', 'countries': ['MEX']}]),
    ('w23', 'LONDON, May 7 - Sugar exporters and importers are said to have agreed on a new International Sugar Agreement with no export quotas, delegates said.',
     [{'status': 'agreed', 'countries': ['IGO:ISO']}]),
    ('w24', 'WASHINGTON, April 1 - The World Bank approved a 250 million dollar structural adjustment loan for Morocco on Tuesday.',
     [{'status': 'signed', 'countries': ['IGO:WB', 'MAR']}]),
    ('w26', 'BONN, Oct 13 - West Germany and Poland agreed on Tuesday to reschedule one billion marks of Polish debt, the finance ministry said.',
     [{'status': 'agreed', 'countries': ['DEU', 'POL']}]),
    ('w27', 'BRUSSELS, Dec 5 - EC farm ministers agreed to cut the milk quota by 9.5 percent over two years in an effort to reduce the butter mountain.',
     [{'status': 'agreed', 'countries': ['IGO:EC']}]),
    ('w28', 'CANBERRA, Aug 18 - Australia and Japan signed a beef trade arrangement on Monday that raises the quota for Australian beef by 10 percent.',
     [{'status': 'signed', 'countries': ['AUS', 'JPN']}]),
    ('w29', 'LUSAKA, May 1 - Zambia broke with the International Monetary Fund on Friday and abandoned the economic reform programme agreed with the fund last year.',
     [{'status': 'terminated', 'countries': ['IGO:IMF', 'ZMB']}]),
    ('w30', 'JAKARTA, Nov 16 - Indonesia will receive a 1.1 billion dollar loan from Japan under an agreement to be signed next week, officials said.',
     [{'status': 'planned', 'countries': ['IDN', 'JPN']}]),
    ('w31', 'BRUSSELS, June 14 - Spain and Portugal completed their accession negotiations with the European Community on Wednesday.',
     [{'status': 'finalized', 'countries': ['ESP', 'IGO:EC', 'PRT']}]),
    ('w32', 'KINSHASA, July 22 - Zaire and the IMF are said to have reached agreement on a new 18-month standby credit, western diplomats said.',
     [{'status': 'agreed', 'countries': ['COD', 'IGO:IMF']}]),
    ('w33', 'ZAGREB, March 16 - The European Union agreed on Friday to open accession negotiations with Croatia in April, diplomats said.',
     [{'status': 'agreed', 'countries': ['HRV', 'IGO:EU'], 'kind': 'other'}]),
    # (agrecall6) topic words of a water cooperation pact and of the Belt and Road Initiative:
    # without them a generic head with no topic was dropped
    ('r01', 'BAKU, Feb 2, 2027 - Azerbaijan and Georgia signed a strategic framework agreement on water cooperation on Friday.',
     [{'status': 'signed', 'countries': ['AZE', 'GEO'], 'topic': 'environment'}]),
    ('r02', 'DHAKA, Feb 2, 2027 - Bangladesh had signed a memorandum of understanding on the Belt and Road Initiative with China in 2016.',
     [{'status': 'signed', 'countries': ['BGD', 'CHN'], 'topic': 'infrastructure'}]),
    # (agrecall6) a Framework for/on X signed by states, and an IMF lending facility by name
    ('r03', 'LIMA, March 3, 2027 - Peru and Bolivia signed the Framework for Andean Rail Cooperation in La Paz on Tuesday, ending years of delays.',
     [{'status': 'signed', 'countries': ['BOL', 'PER'], 'topic': 'transport'}]),
    ('r04', 'NAIROBI, May 4, 2027 - The International Monetary Fund approved a 1.1 billion dollar Extended Credit Facility for Kenya on Monday, the fund said.',
     [{'status': 'signed', 'countries': ['IGO:IMF', 'KEN'], 'topic': 'finance'}]),
    ('n13', 'HANOI, Feb 2, 2027 - Vietnam and Laos agreed to build a legal framework for cross-border trade.',
     []),
    ('n01', 'LONDON, May 4, 2027 - Shell and BP signed an agreement to share pipeline capacity in the North Sea, the companies said.',
     []),
    ('n02', 'BERLIN, Nov 2, 2027 - The Social Democrats and the Greens signed a coalition agreement on Monday, ending weeks of talks.',
     []),
    ('n03', 'GENEVA, March 21, 2027 - No agreement was reached at talks between Serbia and Kosovo on Tuesday, the EU mediator said.',
     []),
    ('n04', 'NEW DELHI, Aug 17, 2027 - If India and Pakistan were to sign a water treaty, farmers on both sides would benefit, analysts said.',
     []),
    ('n05', 'TOKYO, April 10, 2027 - Toyota signed a supply contract with a Thai parts maker on Friday.',
     []),
    ('n06', 'PARIS, June 30, 2027 - Paris Saint-Germain agreed a transfer deal with Benfica for the Portuguese striker.',
     []),
    ('n07', 'MEXICO CITY, Jan 9, 2027 - Mexican unions and employers reached a wage agreement after a two-week strike.',
     []),
    ('n08', 'SEOUL, Sept 14, 2027 - South Korea and Japan agreed that the situation in the region was worrying, the ministers said after their meeting.',
     []),
    ('n09', 'JOHANNESBURG, Oct 3, 2027 - Anglo American agreed to buy a mining company in Chile for 2 billion dollars.',
     []),
    ('n10', 'NAIROBI, May 20, 2027 - Talks between Kenya and Somalia on a maritime border deal broke down on Friday without an agreement.',
     []),
    ('n11', "BRUSSELS, July 2, 2027 - Belgium's ruling parties agreed on a budget for next year after all-night talks.",
     []),
    ('n12', 'ATHENS, March 15, 2027 - Greece and Turkey could one day agree on a treaty on the Aegean, a former minister wrote.',
     []),
]
# Known gaps, kept here so they show when fixed: the organization that proposed a pact a state
# refuses is not a party.
# Wire items still missed: a debt rescheduling told only by its verb with a bank advisory
# committee (one state); quotas, ceilings and a rebate with no instrument noun; a letter of
# intent "sent"; a G-7 or OPEC communique's agreement told by "agreed in a communique" or
# "agreed to a new output ceiling"; a generic "beef trade arrangement" with no complement;
# "abandoned the programme agreed with the fund" and "completed accession negotiations" (the
# article fails the gate); "a loan ... under an agreement to be signed".
_KNOWN_GAPS = {"g38", "w01", "w03", "w08", "w14", "w17", "w27", "w29", "w30", "w31"}


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:  # type: ignore[type-arg]
    docs = [Document.from_text(f"{name}.txt", text) for name, text, _ in ITEMS]
    out = {}
    for (name, _, _), ex in zip(ITEMS, extract_batch(docs), strict=True):
        out[name] = [a.to_dict() for a in consolidate(ex.agreements, ex.events,
                                                      ex.people).agreements]
    return out


@pytest.mark.parametrize(("name", "text", "expected"), ITEMS, ids=[i[0] for i in ITEMS])
def test_news_item(records: dict[str, list[dict]], name: str, text: str,  # type: ignore[type-arg]
                   expected: list[dict]) -> None:  # type: ignore[type-arg]
    got = records[name]
    right = len(got) == len(expected) and all(
        rec["status"] == want["status"] and sorted(rec["countries"]) == want["countries"]
        for want, rec in zip(expected, got, strict=True))
    if name in _KNOWN_GAPS:
        # strict: a known gap that closes must be moved to the items that pass
        assert not right, f"{name} now works: remove it from _KNOWN_GAPS"
        pytest.xfail("known gap")
    assert len(got) == len(expected), (text, got)
    for want, rec in zip(expected, got, strict=True):
        assert rec["status"] == want["status"], text
        assert sorted(rec["countries"]) == want["countries"], text
        if "kind" in want:
            assert rec["kind"] == want["kind"], text
        if "topic" in want:
            assert want["topic"] in rec["topics"], text
        if "notopic" in want:
            assert want["notopic"] not in rec["topics"], text
        if "title_not" in want:
            assert want["title_not"] not in rec["title"], text
        if "date" in want:
            dates = [h["date"] for h in rec["history"] if h["status"] == want["status"]]
            assert want["date"] in dates, text
