#!/usr/bin/env python3
"""Gold annotation of batch AA (probesAA), in the GUIDE batch format. Run: python3 annotate.py (writes batch_AA.json beside it)"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
def text(f): return open(os.path.join(DOCS, f), encoding="utf-8").read()
CUR = {"t": ""}
def q(frag):
    """The sentence of the current article that contains frag (copied from the file)."""
    t = CUR["t"]
    lines = [l for l in t.split("\n") if frag in l]
    assert len(lines) >= 1, frag
    sents = re.split(r'(?<=[.!?"])\s+(?=[A-Z"\[])', lines[0])
    hits = [s for s in sents if frag in s]
    assert hits, frag
    s = re.sub(r"^[A-Za-z' ]+(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z-]+\))? ?-{1,2} ", "", hits[0])  # drop a dateline prefix
    s = re.sub(r"^[A-Z][A-Z ]+, [A-Z][a-z]+ \d{1,2} \(PTI\) ", "", s)
    s = re.sub(r"^[A-Z][A-Z ]+, \d{1,2}(st|nd|rd|th) [A-Z][a-z]+, \d{4} \(WAM\) -- ", "", s)
    assert frag in s, frag
    return s.strip()
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
def ORG(name, c, al=()): return S(name, c, al, 'organization')
def CO(name, c, al=()): return S(name, c, al, 'company')
def H(status, date, prec, place, frag): return {"status": status, "date": date, "date_precision": prec, "place": place, "quote": q(frag)}
def A(key, kind, title, topics, countries, parties, sig, hist, opt=False, note=None, vp=None, expect_conflict=False):
    a = {"key": key, "kind": kind, "title": title, "topics": topics, "countries": sorted(countries),
         "parties": parties, "signatories": sig, "history": hist}
    if vp: a["valid_period"] = vp
    if expect_conflict: a["expect_conflict"] = True
    if opt: a["optional"] = True
    if note: a["note"] = note
    return a
def E(key, kind, title, status, start, end, place, host, vis, parts, countries, akeys, frag, count=None, opt=False, note=None):
    e = {"key": key, "kind": kind, "title": title, "status": status, "date": {"start": start, "end": end},
         "place": place, "host_country": host, "visiting_country": vis, "participants": parts,
         "countries": sorted(countries), "agreement_keys": akeys, "agreement_count_reported": count, "quote": q(frag)}
    if opt: e["optional"] = True
    if note: e["note"] = note
    return e
files = []
def F(name, pub, ags, evs, notes): files.append({"file": name, "published": pub, "agreements": ags, "events": evs, "notes": notes})
def doc(name): CUR["t"] = text(name)

# ================= aa01 / aa02: Belgium-Zaire debt rescheduling (Reuters 1987, cluster A) =================
RES = "BEL-COD-debt-rescheduling-agreement-1987"
CRED = "BEL-COD-cooperation-credit-1987"
VIS = "BEL-COD-mulumba-visit-brussels-1987"
DW = "BEL-COD-de-wilde-visit-kinshasa-1987"
bel, zai = S("Belgium", "BEL", ["Brussels"]), S("Zaire", "COD", [])
paris = IO("Paris Club", "IGO:ParisClub", ["Western creditor governments"])
imf = IO("International Monetary Fund", "IGO:IMF", [])
doc("aa01.txt")
F("aa01.txt", "1987-06-10", [
  A(RES, "agreement", "Belgium-Zaire agreement rescheduling Zairean official debt to Belgium", ["finance"], ["BEL", "COD"],
    [bel, zai], ["Marc Everaert", "Mulumba Kabanga Nsenda"],
    [H("signed", "1987-06-09", "day", "Brussels", "Belgium and Zaire signed an agreement here on Tuesday")], expect_conflict=True,
    note="9.2 bln francs and Tuesday (1987-06-09) here; 9.5 bln and Monday (1987-06-08) in aa02. 'here' + BRUSSELS dateline"),
  A("COD-IGO:ParisClub-debt-rescheduling-1987", "agreement", "Paris Club rescheduling of Zaire's official debt (May 1987 terms)", ["finance"], ["COD", "IGO:ParisClub"],
    [paris, zai], [], [H("agreed", "1987-05", "month", None, "the terms that Western creditor governments in the Paris Club agreed in May")]),
  A("COD-IGO:IMF-standby-credit-1987", "agreement", "IMF standby credit of about 100 mln SDRs for Zaire", ["finance"], ["COD", "IGO:IMF"],
    [zai, imf], [], [H("in_force", "1987-05", "month", None, "which took effect in May")]),
 ], [
  E(VIS, "visit", "Zairean State Commissioner for Finance Mulumba Kabanga Nsenda's visit to Brussels", "held", "1987-06-08", "1987-06-09", "Brussels", "BEL", "COD",
    ["Mulumba Kabanga Nsenda", "Marc Everaert", "Pieter Van Damme"], ["BEL", "COD"], [RES], "who has been in Brussels since the weekend",
    note="arrived 'since the weekend' (day not given); dated meetings Monday 8 (talks) and Tuesday 9 (signing)"),
  E("BEL-COD-mulumba-van-damme-talks-1987", "talks", "Talks between Mulumba Kabanga Nsenda and Belgian Foreign Minister Pieter Van Damme", "held", "1987-06-08", "1987-06-08", None, "BEL", "COD",
    ["Mulumba Kabanga Nsenda", "Pieter Van Damme"], ["BEL", "COD"], [], "Mulumba held talks on Monday with Foreign Minister Pieter Van Damme"),
  E(DW, "visit", "Belgian Cooperation Minister Herman De Wilde's visit to Kinshasa", "planned", "1987-07", "1987-07", "Kinshasa", "COD", "BEL",
    ["Herman De Wilde"], ["BEL", "COD"], [], "Cooperation Minister Herman De Wilde would visit Kinshasa in July"),
 ], "Reuters 1987, cluster A (with aa02). Signing Tuesday vs Monday and 9.2 vs 9.5 bln francs: expect_conflict. The commercial bank creditors' meeting is not an instrument nor a meeting between officials of states: no item.")
doc("aa02.txt")
F("aa02.txt", "1987-06-11", [
  A(RES, "agreement", "Belgium-Zaire agreement rescheduling Zairean official debt to Belgium", ["finance"], ["BEL", "COD"],
    [bel, zai], ["Mulumba Kabanga", "Marc Everaert"],
    [H("signed", "1987-06-08", "day", "Brussels", "under an accord signed in Brussels on Monday")], expect_conflict=True,
    note="Monday = 1987-06-08 (Thursday story); aa01 says Tuesday"),
  A(CRED, "agreement", "Belgian 1.4 bln franc cooperation credit to Zaire for road and hospital projects", ["development_aid", "finance"], ["BEL", "COD"],
    [bel, zai], [],
    [H("agreed", "1987-06-11", "on_or_before", None, "Belgium had also agreed to grant a new 1.4 billion franc cooperation credit"),
     H("planned", "1987-07", "month", "Kinshasa", "The credit agreement is to be signed when Belgian Cooperation Minister Herman De Wilde visits Kinshasa next month")],
    note="agreed during the Brussels visit (day not given); to be signed 'next month' = July 1987"),
  A("COD-FRA-debt-rescheduling-1987", "agreement", "Proposed Zaire-France debt rescheduling accord", ["finance"], ["COD", "FRA"],
    [zai, S("France", "FRA")], [], [H("proposed", None, "unknown", None, "Zaire would now seek a similar rescheduling accord with France")], opt=True,
    note="floated by one side only, via diplomats: optional"),
 ], [
  E(VIS, "visit", "Zairean State Commissioner for Finance Mulumba Kabanga's visit to Brussels", "held", "1987-06-08", "1987-06-10", "Brussels", "BEL", "COD",
    ["Mulumba Kabanga", "Marc Everaert"], ["BEL", "COD"], [RES, CRED], "who returned from Brussels on Wednesday",
    note="signing Monday, return Wednesday"),
  E(DW, "visit", "Belgian Cooperation Minister Herman De Wilde's visit to Kinshasa", "planned", "1987-07", "1987-07", "Kinshasa", "COD", "BEL",
    ["Herman De Wilde"], ["BEL", "COD"], [CRED], "visits Kinshasa next month"),
 ], "Reuters 1987 from Kinshasa, cluster A. New: the cooperation credit (agreed, to be signed in July).")

# ================= aa03 / aa04 / aa26: Malaysia-Poland (cluster B) =================
DEF = "MYS-POL-defence-industry-mou-2024"
EDU = "MYS-POL-higher-education-mou-2024"
SME = "MYS-POL-sme-cooperation-mou-2024"
AIR = "MYS-POL-air-services-agreement-2024"
JEC = "MYS-POL-joint-economic-commission-2024"
VW = "MYS-POL-wierzbicki-visit-malaysia-2024"
ANW = "MYS-POL-wierzbicki-anwar-meeting-2024"
JECM = "MYS-POL-joint-economic-commission-first-session-2024"
mys, pol = S("Malaysia", "MYS"), S("Poland", "POL")
smec, parp = G("SME Corporation Malaysia", "MYS"), G("Polish Agency for Enterprise Development", "POL", ["PARP"])
doc("aa03.txt")
LEAD = "Malaysia and Poland today exchanged three memoranda of understanding"
F("aa03.txt", "2024-03-06", [
  A(DEF, "memorandum", "Malaysia-Poland MoU on defence industry cooperation", ["defence", "industry"], ["MYS", "POL"], [mys, pol], [],
    [H("signed", "2024-03-06", "day", "Putrajaya", LEAD)], expect_conflict=True,
    note="exchanged 'today' (Wednesday) here; aa04 says signed on Thursday 2024-03-07. Place: 'The exchange took place at Perdana Putra, Putrajaya'"),
  A(EDU, "memorandum", "Malaysia-Poland MoU on higher education cooperation", ["education"], ["MYS", "POL"], [mys, pol], [],
    [H("signed", "2024-03-06", "day", "Putrajaya", LEAD)]),
  A(SME, "memorandum", "MoU between SME Corporation Malaysia and the Polish Agency for Enterprise Development (PARP)", ["sme"], ["MYS", "POL"], [smec, parp], [],
    [H("signed", "2024-03-06", "day", "Putrajaya", LEAD)]),
  A(AIR, "agreement", "Malaysia-Poland air services agreement", ["aviation", "transport"], ["MYS", "POL"], [mys, pol], ["Anthony Lim Kok Wah", "Jacek Nowicki"],
    [H("signed", "2024-03-06", "day", "Putrajaya", LEAD)], note="'was exchanged by' the transport minister and the ambassador: signatories"),
  A(JEC, "arrangement", "Malaysia-Poland Joint Economic Commission", ["economic_cooperation", "trade"], ["MYS", "POL"], [mys, pol], [],
    [H("agreed", "2024-03-06", "day", None, "both sides also agreed to set up a Malaysia-Poland Joint Economic Commission")]),
 ], [
  E(VW, "visit", "Polish Deputy Prime Minister Tomasz Wierzbicki's official visit to Malaysia", "held", "2024-03-05", "2024-03-07", None, "MYS", "POL",
    ["Tomasz Wierzbicki", "Zahirul Hamzah"], ["MYS", "POL"], [DEF, EDU, SME, AIR, JEC], "Wierzbicki arrived yesterday for a three-day official visit",
    note="arrived yesterday (Tuesday 5) for three days; place only by dateline here (aa04: Kuala Lumpur)"),
  E("MYS-POL-wierzbicki-zahirul-talks-2024", "talks", "Talks between Tomasz Wierzbicki and Malaysian trade minister Zahirul Hamzah", "held", "2024-03-06", "2024-03-06", "Putrajaya", "MYS", "POL",
    ["Tomasz Wierzbicki", "Zahirul Hamzah"], ["MYS", "POL"], [DEF, EDU, SME, AIR, JEC], "after Wierzbicki held talks with Malaysian Minister of Investment", count=4,
    note="three MoUs and an air services agreement exchanged after the talks"),
  E(ANW, "meeting", "Tomasz Wierzbicki's call on Prime Minister Anwar Ibrahim", "planned", "2024-03-07", "2024-03-07", None, "MYS", "POL",
    ["Tomasz Wierzbicki", "Anwar Ibrahim"], ["MYS", "POL"], [], "Wierzbicki is scheduled to call on Prime Minister"),
  E(JECM, "meeting", "First meeting of the Malaysia-Poland Joint Economic Commission", "planned", "2024", "2024", "Warsaw", "POL", "MYS",
    [], ["MYS", "POL"], [], "whose first meeting will be held in Warsaw later this year"),
 ], "Bernama 2024, cluster B (with aa04 and aa26). All four documents 'exchanged' today, Wednesday 6 March.")
doc("aa04.txt")
F("aa04.txt", "2024-03-08", [
  A(AIR, "agreement", "Poland-Malaysia air transport agreement", ["aviation", "transport"], ["MYS", "POL"], [pol, mys], [],
    [H("signed", "2024-03-06", "day", None, "The air transport agreement, signed on Wednesday")]),
  A(DEF, "memorandum", "Poland-Malaysia memorandum on defence industry cooperation", ["defence", "industry"], ["MYS", "POL"], [pol, mys], [],
    [H("signed", "2024-03-07", "day", None, "The defence memorandum was signed on Thursday")], expect_conflict=True,
    note="Thursday = 2024-03-07 (Friday story); aa03 reports it exchanged on Wednesday. PGZ executives attended: not a party"),
  A(SME, "memorandum", "Memorandum on cooperation between the SME agencies of Poland and Malaysia", ["sme"], ["MYS", "POL"], [pol, mys], [],
    [H("signed", "2024-03-06", "day", None, "A memorandum on cooperation between small and medium-sized enterprise agencies was signed on Wednesday")],
    note="the agencies are not named here; parties as the states"),
  A(EDU, "memorandum", "Poland-Malaysia memorandum on university exchanges", ["education"], ["MYS", "POL"], [pol, mys], [],
    [H("signed", "2024-03-06", "day", None, "alongside one on university exchanges")]),
  A(JEC, "arrangement", "Poland-Malaysia joint economic commission", ["economic_cooperation", "trade"], ["MYS", "POL"], [pol, mys], [],
    [H("agreed", None, "unknown", None, "for the first session of a new joint economic commission")],
    note="'a new joint economic commission' whose first session is due in the autumn: agreed, day not given"),
 ], [
  E(VW, "visit", "Deputy Prime Minister Tomasz Wierzbicki's three-day visit to Kuala Lumpur", "held", "2024-03-05", "2024-03-07", "Kuala Lumpur", "MYS", "POL",
    ["Tomasz Wierzbicki", "Anwar Ibrahim"], ["MYS", "POL"], [AIR, DEF, SME, EDU], "during a three-day visit to Kuala Lumpur by Deputy Prime Minister Tomasz Wierzbicki",
    note="three days ending Thursday 7 -> 5 to 7 March"),
  E(ANW, "meeting", "Tomasz Wierzbicki's meeting with Prime Minister Anwar Ibrahim", "held", "2024-03-07", "2024-03-07", "Putrajaya", "MYS", "POL",
    ["Tomasz Wierzbicki", "Anwar Ibrahim"], ["MYS", "POL"], [], "Wierzbicki also met Prime Minister Anwar Ibrahim on Thursday",
    note="place from the photo caption ('in Putrajaya on Thursday')"),
  E(JECM, "meeting", "First session of the Poland-Malaysia joint economic commission", "planned", "2024", "2024", "Warsaw", "POL", "MYS",
    [], ["MYS", "POL"], [], "Malaysian and Polish officials will meet in Warsaw in the autumn"),
 ], "Crawled web page 2024 (cookie banner, byline, share bar, photo caption, Read more, tags), cluster B. The LOT flights and PGZ are commercial, not items. Defence MoU date conflicts with aa03.")

# ================= aa05 / aa06: Armenia-Georgia border crossing (cluster C) =================
BX = "ARM-GEO-border-crossing-agreement-2007"
DTA = "ARM-GEO-double-taxation-agreement-2007"
FMM = "ARM-GEO-foreign-ministers-meeting-tbilisi-2007"
KV = "ARM-GEO-armenian-president-visit-georgia-2007"
arm, geo = S("Armenia", "ARM"), S("Georgia", "GEO")
doc("aa05.txt")
F("aa05.txt", "2007-03-15", [
  A(BX, "agreement", "Armenia-Georgia agreement on a new Guguti-Gogavan road border crossing", ["border_security", "transport"], ["ARM", "GEO"], [geo, arm],
    ["Levan Gogoladze", "Armen Hakobyan"], [H("signed", "2007-03-14", "day", "Tbilisi", "The agreement was signed in Tbilisi on Wednesday")], expect_conflict=True,
    note="Wednesday here, Tuesday in aa06; opening July here, June in aa06"),
  A(DTA, "agreement", "Armenia-Georgia double taxation agreement", ["taxation"], ["ARM", "GEO"], [arm, geo], [],
    [H("planned", "2007-05", "month", "Tbilisi", "a double taxation agreement was expected to be signed when Armenian President Robert Kocharian visits Tbilisi in May")], expect_conflict=True,
    note="to be signed in May here, in April in aa06"),
  A("ARM-GEO-friendship-cooperation-treaty-1993", "treaty", "Armenia-Georgia treaty on friendship and cooperation", ["comprehensive_cooperation"], ["ARM", "GEO"], [arm, geo], [],
    [H("signed", "1993", "year", None, "Relations between the neighbours are governed by a treaty on friendship and cooperation signed in 1993")]),
 ], [
  E(FMM, "meeting", "Meeting of the Georgian and Armenian foreign ministers in Tbilisi", "held", "2007-03-14", "2007-03-14", "Tbilisi", "GEO", "ARM",
    ["Levan Gogoladze", "Armen Hakobyan"], ["ARM", "GEO"], [BX], "The agreement was signed in Tbilisi on Wednesday"),
  E("ARM-GEO-hakobyan-noghaideli-talks-2007", "talks", "Armen Hakobyan's talks with Georgian Prime Minister Zurab Noghaideli", "held", None, None, None, "GEO", "ARM",
    ["Armen Hakobyan", "Zurab Noghaideli"], ["ARM", "GEO"], [], "Mr Hakobyan also held talks with Prime Minister Zurab Noghaideli",
    note="day not given (probably the same visit)"),
  E(KV, "visit", "Armenian President Robert Kocharian's visit to Tbilisi", "planned", "2007-05", "2007-05", "Tbilisi", "GEO", "ARM",
    ["Robert Kocharian"], ["ARM", "GEO"], [DTA], "visits Tbilisi in May"),
 ], "BBC 2007, cluster C (with aa06). The Turkey/Azerbaijan border closures are background with no instrument.")
doc("aa06.txt")
F("aa06.txt", "2007-03-15", [
  A(BX, "agreement", "Armenia-Georgia intergovernmental agreement on the Gogavan-Guguti road checkpoint", ["border_security", "transport"], ["ARM", "GEO"], [arm, geo],
    ["Armen Akopyan", "Levan Gogoladze"], [H("signed", "2007-03-13", "day", "Tbilisi", "Armenia and Georgia signed an intergovernmental agreement on a new checkpoint")], expect_conflict=True,
    note="Tuesday = 2007-03-13 (Thursday story); place: 'signed in the Georgian capital' (next sentence), TBILISI dateline. Spelling Akopyan (aa05: Hakobyan)"),
  A("ARM-GEO-foreign-ministries-consultations-protocol-2007", "protocol", "Protocol on consultations between the Armenian and Georgian foreign ministries for 2007-2008",
    ["diplomatic_relations"], ["ARM", "GEO"], [arm, geo], ["Armen Akopyan", "Levan Gogoladze"],
    [H("signed", "2007-03-13", "day", None, "The ministers also signed a protocol on consultations")], vp={"from": "2007", "to": "2008"},
    note="signed on the same occasion (Tuesday)"),
  A(DTA, "agreement", "Armenia-Georgia agreement on avoiding double taxation", ["taxation"], ["ARM", "GEO"], [arm, geo], [],
    [H("planned", "2007-04", "month", "Georgia", "during which the two sides planned to sign an agreement on avoiding double taxation")], expect_conflict=True),
 ], [
  E(FMM, "meeting", "Meeting of the Armenian and Georgian foreign ministers in Tbilisi", "held", "2007-03-13", "2007-03-13", "Tbilisi", "GEO", "ARM",
    ["Armen Akopyan", "Levan Gogoladze"], ["ARM", "GEO"], [BX, "ARM-GEO-foreign-ministries-consultations-protocol-2007"], "The document was signed in the Georgian capital"),
  E(KV, "visit", "Armenian president's official visit to Georgia", "planned", "2007-04", "2007-04", "Georgia", "GEO", "ARM",
    [], ["ARM", "GEO"], [DTA], "the Armenian president would pay an official visit to Georgia in April"),
 ], "ITAR-TASS 2007, cluster C. Tuesday vs Wednesday, June vs July, April vs May: conflicts with aa05.")

# ================= aa07: UAE-Suriname (WAM 2023) =================
uae, sur = S("United Arab Emirates", "ARE", ["UAE"]), S("Suriname", "SUR", ["Republic of Suriname"])
K7 = ["ARE-SUR-investment-protection-agreement-2023", "ARE-SUR-double-taxation-agreement-2023", "ARE-SUR-renewable-energy-mou-2023",
      "ARE-SUR-visa-exemption-mou-2023", "ARE-SUR-comprehensive-economic-partnership-agreement"]
doc("aa07.txt")
DOCS7 = "The documents included an agreement on the promotion and reciprocal protection of investments"
F("aa07.txt", "2023-11-22", [
  A(K7[0], "agreement", "UAE-Suriname agreement on the promotion and reciprocal protection of investments", ["investment"], ["ARE", "SUR"], [uae, sur],
    ["Khalid Al Mansoori", "Rudi Pinas"], [H("signed", "2023-11-22", "day", "Abu Dhabi", DOCS7)],
    note="the quote sentence is cut by the sentence splitter at 'Dr.'; signatories in the same sentence"),
  A(K7[1], "agreement", "UAE-Suriname agreement on the avoidance of double taxation", ["taxation"], ["ARE", "SUR"], [uae, sur],
    ["Khalid Al Mansoori", "Rudi Pinas"], [H("signed", "2023-11-22", "day", "Abu Dhabi", DOCS7)]),
  A(K7[2], "memorandum", "MoU on renewable energy cooperation between the UAE Ministry of Energy and Infrastructure and Suriname's Ministry of Natural Resources", ["energy"], ["ARE", "SUR"],
    [G("Ministry of Energy and Infrastructure", "ARE", ["UAE Ministry of Energy and Infrastructure"]), G("Ministry of Natural Resources", "SUR", ["Suriname's Ministry of Natural Resources"])], [],
    [H("signed", "2023-11-22", "day", "Abu Dhabi", "A memorandum of understanding on cooperation in renewable energy was signed")]),
  A(K7[3], "memorandum", "UAE-Suriname MoU on mutual visa exemption for diplomatic, special and service passports", ["visa"], ["ARE", "SUR"],
    [G("Ministry of Foreign Affairs (UAE)", "ARE", ["foreign ministries"]), G("Ministry of Foreign Affairs (Suriname)", "SUR", ["foreign ministries"])], [],
    [H("signed", "2023-11-22", "day", "Abu Dhabi", "a memorandum on mutual visa exemption for holders of diplomatic")]),
  A(K7[4], "agreement", "UAE-Suriname Comprehensive Economic Partnership Agreement (CEPA)", ["trade", "investment"], ["ARE", "SUR"], [uae, sur], [],
    [H("negotiating", "2023-11-22", "day", None, "announced the launch of negotiations on a Comprehensive Economic Partnership Agreement")],
    note="launch of negotiations announced; no year in the key"),
 ], [
  E("ARE-SUR-suriname-president-visit-uae-2023", "visit", "Official visit of the President of Suriname to the UAE", "held", "2023-11-22", "2023-11-22", "Abu Dhabi", "ARE", "SUR",
    ["Khalid Al Mansoori", "Rudi Pinas"], ["ARE", "SUR"], K7, "at the start of an official visit to the country",
    note="presidents named by title only; only the first day is known"),
  E("ARE-SUR-presidents-talks-abu-dhabi-2023", "talks", "Talks between the UAE President and the President of Suriname at Qasr Al Watan", "held", "2023-11-22", "2023-11-22", "Abu Dhabi", "ARE", "SUR",
    ["Khalid Al Mansoori", "Rudi Pinas"], ["ARE", "SUR"], K7, "They later witnessed the exchange of four agreements and memoranda of understanding", count=4),
  E("ARE-SUR-cepa-first-round-2024", "talks", "First round of UAE-Suriname CEPA talks", "planned", "2024", "2024", None, None, None,
    [], ["ARE", "SUR"], [K7[4]], "with a first round of talks expected early next year", note="'early next year': 2024; place not given; required, as the planned rounds of aa09, aa14 and aa17 (review)"),
 ], "WAM 2023. Heads of state by title only (no names); four documents exchanged (count 4, all four named) and CEPA talks launched.")

# ================= aa08: Kuwait-Nepal (KUNA 2019) =================
KNP = "KWT-NPL-domestic-workers-protocol-2019"
kwt, npl = S("Kuwait", "KWT"), S("Nepal", "NPL")
doc("aa08.txt")
F("aa08.txt", "2019-10-16", [
  A(KNP, "protocol", "Kuwait-Nepal protocol on the recruitment and employment of Nepali domestic workers", ["labour_migration"], ["KWT", "NPL"],
    [kwt, npl], [],
    [H("finalized", "2019-10-15", "day", None, "The text was initialled on Tuesday"),
     H("planned", "2020", "year", "Kuwait", "will be signed during a visit by Nepal's Minister of Labour to Kuwait early next year")],
    note="initialled Tuesday = 2019-10-15 (Wednesday story); to be signed early 2020"),
  A("KWT-NPL-labour-cooperation-mou-2017", "memorandum", "Kuwait-Nepal MoU on labour cooperation", ["labour_migration"], ["KWT", "NPL"], [kwt, npl], [],
    [H("signed", "2017", "year", None, "It complements a memorandum of understanding on labour cooperation that the two countries signed in 2017")]),
 ], [
  E("KWT-NPL-labour-talks-2019", "talks", "Kuwaiti-Nepali talks on domestic workers", "held", "2019-10-14", "2019-10-15", None, None, None,
    ["Mubarak Al-Azmi", "Ram Prasad Ghimire"], ["KWT", "NPL"], [KNP], "at the end of two days of talks between a Kuwaiti delegation",
    note="two days ending Tuesday 15; venue not stated"),
  E("KWT-NPL-labour-minister-visit-kuwait-2020", "visit", "Visit of Nepal's Minister of Labour to Kuwait", "planned", "2020", "2020", "Kuwait", "KWT", "NPL",
    [], ["KWT", "NPL"], [KNP], "during a visit by Nepal's Minister of Labour to Kuwait early next year"),
 ], "KUNA 2019: initialled (finalized) protocol with planned signing; background 2017 MoU. Nepal's ban and its lifting are not instruments.")

# ================= aa09: Türkiye-Mauritania (Anadolu 2022) =================
mrt, tur = S("Mauritania", "MRT"), S("Türkiye", "TUR")
FTA9 = "MRT-TUR-free-trade-agreement"
FIS = "MRT-TUR-fisheries-aquaculture-mou-2022"
doc("aa09.txt")
F("aa09.txt", "2022-09-28", [
  A(FIS, "memorandum", "Türkiye-Mauritania MoU on cooperation in fisheries and aquaculture", ["agriculture", "maritime"], ["MRT", "TUR"], [tur, mrt],
    ["Selim Aktaş", "Dey Ould Brahim"], [H("signed", "2022-09-28", "on_or_before", None, "inked a memorandum of understanding on cooperation in fisheries and aquaculture")],
    note="'during the visit' (26-27 Sept), day not given: on_or_before the publication date"),
  A(FTA9, "agreement", "Türkiye-Mauritania free trade agreement", ["trade"], ["MRT", "TUR"], [tur, mrt], [],
    [H("negotiating", "2022-09-27", "day", "Ankara", "Türkiye and Mauritania agreed on Tuesday to launch negotiations on a free trade agreement")],
    note="agreed to launch negotiations: stage negotiating (judgement call; 'agreed' would be the other reading)"),
  A("MRT-TUR-trade-economic-cooperation-agreement-2018", "agreement", "Türkiye-Mauritania trade and economic cooperation agreement", ["trade", "economic_cooperation"], ["MRT", "TUR"], [tur, mrt], [],
    [H("signed", "2018", "year", None, "A trade and economic cooperation agreement signed by the two countries in 2018"),
     H("in_force", "2021", "year", None, "A trade and economic cooperation agreement signed by the two countries in 2018")],
    note="'entered into force last year' = 2021"),
 ], [
  E("MRT-TUR-ould-cheikh-visit-ankara-2022", "visit", "Mauritanian Foreign Minister Mohamed Salem Ould Cheikh's official visit to Türkiye", "held", "2022-09-26", "2022-09-27", "Ankara", "TUR", "MRT",
    ["Mohamed Salem Ould Cheikh", "Selim Aktaş", "Dey Ould Brahim"], ["MRT", "TUR"], [FIS, FTA9], "who was on a two-day official visit that ended Tuesday"),
  E("MRT-TUR-aktas-ould-cheikh-talks-2022", "talks", "Talks between Turkish Trade Minister Selim Aktaş and the Mauritanian delegation", "held", "2022-09-27", "2022-09-27", "Ankara", "TUR", "MRT",
    ["Selim Aktaş", "Mohamed Salem Ould Cheikh"], ["MRT", "TUR"], [FTA9], "Türkiye and Mauritania agreed on Tuesday to launch negotiations"),
  E("MRT-TUR-ould-cheikh-fm-meeting-2022", "meeting", "Mohamed Salem Ould Cheikh's meeting with the Turkish foreign minister", "held", "2022-09-26", "2022-09-26", None, "TUR", "MRT",
    ["Mohamed Salem Ould Cheikh"], ["MRT", "TUR"], [], "Ould Cheikh also met the Turkish foreign minister on Monday"),
  E("MRT-TUR-fta-first-round-nouakchott-2023", "talks", "First round of Türkiye-Mauritania free trade talks", "planned", "2023-01", "2023-01", "Nouakchott", "MRT", "TUR",
    [], ["MRT", "TUR"], [FTA9], "We agreed to hold the first round of free trade talks in Nouakchott in January"),
 ], "Anadolu 2022 (boilerplate footer). Turkish FM unnamed.")

# ================= aa10: China-Comoros (Xinhua 2016) =================
chn, com = S("China", "CHN"), S("Comoros", "COM")
ETC = "CHN-COM-economic-technical-cooperation-agreement-2016"
HOSP = "CHN-COM-el-maarouf-hospital-exchange-of-letters-2016"
doc("aa10.txt")
F("aa10.txt", "2016-08-04", [
  A(ETC, "agreement", "China-Comoros agreement on economic and technical cooperation (100 mln yuan grant)", ["economic_cooperation", "development_aid"], ["CHN", "COM"], [chn, com], [],
    [H("signed", "2016-08-04", "day", "Beijing", "China and Comoros signed an agreement on economic and technical cooperation here Thursday")]),
  A(HOSP, "agreement", "China-Comoros exchange of letters on the extension of El-Maarouf hospital in Moroni", ["health", "development_aid"], ["CHN", "COM"], [chn, com], [],
    [H("signed", "2016-08-04", "day", None, "The two sides also exchanged letters on the extension of El-Maarouf hospital")],
    note="exchange of letters = an agreement, stage signed (exchanged)"),
  A("CHN-COM-diplomatic-relations-1975", "agreement", "Establishment of China-Comoros diplomatic relations", ["diplomatic_relations"], ["CHN", "COM"], [chn, com], [],
    [H("agreed", "1975", "year", None, "since the two countries established diplomatic relations in 1975")], opt=True,
    note="background, not clearly an instrument: optional"),
 ], [
  E("CHN-COM-zhou-souef-talks-2016", "talks", "Talks between Chinese Assistant Foreign Minister Zhou Mingde and Comorian Foreign Minister Souef Mohamed Hamidou", "held", "2016-08-04", "2016-08-04", "Beijing", "CHN", "COM",
    ["Zhou Mingde", "Souef Mohamed Hamidou"], ["CHN", "COM"], [ETC, HOSP], "here Thursday after talks between Chinese Assistant Foreign Minister"),
  E("CHN-COM-souef-visit-china-2016", "visit", "Comorian Foreign Minister Souef Mohamed Hamidou's five-day visit to China", "held", "2016-08-02", "2016-08-06", "Beijing", "CHN", "COM",
    ["Souef Mohamed Hamidou"], ["CHN", "COM"], [ETC, HOSP], "The Comorian foreign minister arrived in Beijing on Tuesday for a five-day visit",
    note="arrived Tuesday 2 August, five days -> to 6 August (ongoing at publication)"),
 ], "Xinhua 2016. Exchange of letters as an instrument; 1975 relations optional.")

# ================= aa11: South Korea-Croatia (Yonhap 2019) =================
hrv, kor = S("Croatia", "HRV"), S("South Korea", "KOR", ["S. Korea"])
WH = "HRV-KOR-working-holiday-agreement-2019"
SSA = "HRV-KOR-social-security-agreement"
doc("aa11.txt")
F("aa11.txt", "2019-04-24", [
  A(WH, "agreement", "South Korea-Croatia working holiday agreement", ["visa", "labour_migration"], ["HRV", "KOR"], [kor, hrv],
    ["Lee Jae-sung", "Ivana Horvat Loncar"], [H("signed", "2019-04-24", "day", "Seoul", "South Korea and Croatia signed a working holiday agreement in Seoul on Wednesday")]),
  A(SSA, "agreement", "South Korea-Croatia social security agreement", ["labour_migration", "other"], ["HRV", "KOR"], [kor, hrv], [],
    [H("negotiating", "2019-04-24", "day", None, "The two ministers also agreed to begin negotiations on a social security agreement within this year")],
    note="agreed to begin negotiations: negotiating (same call as aa09)"),
  A("HRV-KOR-air-services-agreement-2017", "agreement", "South Korea-Croatia air services agreement", ["aviation"], ["HRV", "KOR"], [kor, hrv], [],
    [H("finalized", "2017", "year", None, "An air services agreement, initialled by aviation officials in 2017, still awaits signing")],
    note="initialled 2017, still unsigned"),
 ], [
  E("HRV-KOR-foreign-ministers-talks-2019", "talks", "Talks between Foreign Minister Lee Jae-sung and Croatian Foreign Minister Ivana Horvat Loncar", "held", "2019-04-24", "2019-04-24", "Seoul", "KOR", "HRV",
    ["Lee Jae-sung", "Ivana Horvat Loncar"], ["HRV", "KOR"], [WH, SSA], "signed the agreement after their talks"),
  E("HRV-KOR-horvat-loncar-visit-korea-2019", "visit", "Croatian Foreign Minister Ivana Horvat Loncar's visit to South Korea", "held", "2019-04-23", "2019-04-25", None, "KOR", "HRV",
    ["Ivana Horvat Loncar"], ["HRV", "KOR"], [WH], "arrived Tuesday for a three-day stay",
    note="the visit around the talks, reported with its own arrival day and length (23-25 April); required, as the aa10 visit and the seeds' Kubrakov visit (review)"),
  E("HRV-KOR-croatian-pm-visit-seoul-2019", "visit", "Croatian Prime Minister's visit to Seoul", "planned", "2019", "2019", "Seoul", "KOR", "HRV",
    [], ["HRV", "KOR"], [], "Croatia's Prime Minister is expected to visit Seoul in the second half of the year"),
  E("HRV-KOR-lee-visit-zagreb", "visit", "Foreign Minister Lee Jae-sung's visit to Zagreb (invitation accepted)", "planned", None, None, "Zagreb", "HRV", "KOR",
    ["Lee Jae-sung"], ["HRV", "KOR"], [], "Lee accepted her invitation to visit Zagreb", opt=True, note="invitation accepted, no date: optional"),
 ], "Yonhap 2019. Initialled-but-unsigned air services agreement; negotiations on social security agreed.")

# ================= aa12: Algeria-Niger (APS 2017) =================
dza, ner = S("Algeria", "DZA"), S("Niger", "NER")
RP = "DZA-NER-readmission-protocol-2017"
JTC = "DZA-NER-joint-technical-committee-border-crossing-2017"
doc("aa12.txt")
F("aa12.txt", "2017-05-11", [
  A(RP, "protocol", "Algeria-Niger protocol on the readmission of irregular migrants", ["readmission"], ["DZA", "NER"], [dza, ner],
    ["Abdelkader Mesbah", "Hama Souley Issoufou"], [H("signed", "2017-05-10", "day", "Algiers", "Algeria and Niger signed Wednesday in Algiers a protocol")]),
  A(JTC, "arrangement", "Algeria-Niger joint technical committee to prepare the reopening of the In Guezzam-Assamaka crossing", ["border_security", "transport"], ["DZA", "NER"], [dza, ner], [],
    [H("agreed", "2017-05-10", "day", None, "The two ministers also agreed to set up a joint technical committee")],
    note="agreed at the Wednesday meeting; the reopening itself is a decision, not an instrument"),
  A("DZA-NER-bilateral-border-committee", "arrangement", "Algerian-Nigerien bilateral border committee", ["border_security"], ["DZA", "NER"], [dza, ner], [],
    [H("implemented", "2015", "year", None, "the decisions of the 2015 session of the Algerian-Nigerien bilateral border committee")], opt=True,
    note="existing mechanism mentioned through its 2015 session: optional"),
 ], [
  E("DZA-NER-interior-ministers-meeting-2017", "meeting", "Meeting of the Algerian and Nigerien interior ministers in Algiers", "held", "2017-05-10", "2017-05-10", "Algiers", "DZA", "NER",
    ["Abdelkader Mesbah", "Hama Souley Issoufou"], ["DZA", "NER"], [RP, JTC], "on the sidelines of a meeting of the interior ministers"),
  E("DZA-NER-joint-technical-committee-first-meeting-2017", "meeting", "First meeting of the Algeria-Niger joint technical committee", "planned", "2017-06", "2017-06", "Tamanrasset", "DZA", "NER",
    [], ["DZA", "NER"], [], "The committee will hold its first meeting in Tamanrasset in June"),
 ], "APS 2017 (dateline 'ALGIERS-' without space). Readmission protocol and an agreed committee.")

# ================= aa13: Egypt-Rwanda (MENA 2009) =================
egy, rwa = S("Egypt", "EGY"), S("Rwanda", "RWA")
WAT = "EGY-RWA-water-resources-irrigation-mou-2009"
HP = "EGY-RWA-health-cooperation-protocol-2009"
doc("aa13.txt")
F("aa13.txt", "2009-02-18", [
  A(WAT, "memorandum", "Egypt-Rwanda MoU on cooperation in water resources and irrigation (60 wells)", ["agriculture", "development_aid", "environment"], ["EGY", "RWA"], [egy, rwa],
    ["Mahmoud Abdel-Latif", "Agnes Uwimana"], [H("signed", "2009-02-17", "day", "Cairo", "Egypt and Rwanda signed on Tuesday a memorandum of understanding")],
    note="place from the signing sentence ('who is visiting Cairo')"),
  A(HP, "protocol", "Egypt-Rwanda health cooperation protocol", ["health"], ["EGY", "RWA"], [egy, rwa], [],
    [H("planned", "2009-05", "month", "Kigali", "a health cooperation protocol would be signed at the next session")]),
  A("EGY-RWA-economic-scientific-technical-cooperation-agreement-2006", "agreement", "Egypt-Rwanda general agreement on economic, scientific and technical cooperation",
    ["economic_cooperation", "science_technology"], ["EGY", "RWA"], [egy, rwa], [],
    [H("signed", "2006", "year", None, "under a general agreement on economic, scientific and technical cooperation signed by the two countries in 2006")]),
  A("EGY-RWA-joint-committee-2006", "arrangement", "Egyptian-Rwandan joint committee", ["economic_cooperation"], ["EGY", "RWA"], [egy, rwa], [],
    [H("agreed", "2006", "year", None, "The joint committee was set up under a general agreement")],
    note="mechanism set up under the 2006 agreement (GUIDE: joint commissions are items); required, as the aa16 Permanent Joint Technical Commission (review). Its next session is an event"),
 ], [
  E("EGY-RWA-fathy-mugenzi-talks-2009", "talks", "Talks between Egyptian Foreign Minister Hussein Fathy and Rwandan Foreign Minister Charles Mugenzi", "held", "2009-02-17", "2009-02-17", "Cairo", "EGY", "RWA",
    ["Hussein Fathy", "Charles Mugenzi"], ["EGY", "RWA"], [WAT], "Fathy and Mugenzi held talks on Tuesday"),
  E("EGY-RWA-joint-committee-session-kigali-2009", "meeting", "Next session of the Egyptian-Rwandan joint committee", "planned", "2009-05", "2009-05", "Kigali", "RWA", "EGY",
    [], ["EGY", "RWA"], [HP], "to be held in Kigali in May"),
  E("EGY-RWA-mubarak-mugenzi-meeting-2009", "meeting", "President Hosni Mubarak to receive Charles Mugenzi", "planned", "2009-02-19", "2009-02-19", None, "EGY", "RWA",
    ["Hosni Mubarak", "Charles Mugenzi"], ["EGY", "RWA"], [], "Mugenzi is due to be received by President Hosni Mubarak on Thursday"),
  E("EGY-RWA-mugenzi-visit-cairo-2009", "visit", "Rwandan Foreign Minister Charles Mugenzi's visit to Cairo", "held", "2009-02-17", "2009-02-17", "Cairo", "EGY", "RWA",
    ["Charles Mugenzi"], ["EGY", "RWA"], [WAT], "who is visiting Cairo", note="ongoing visit, only Tuesday dated (start = end = that day); required, as the seeds' 'ongoing visit' of Kubrakov (review)"),
 ], "MENA 2009. MoU signed by ministers in the presence of the foreign ministers (these are participants, not signatories).")

# ================= aa14: India-Peru (PTI 2024) =================
ind, per = S("India", "IND"), S("Peru", "PER")
TA = "IND-PER-trade-agreement"
doc("aa14.txt")
F("aa14.txt", "2024-05-20", [
  A(TA, "agreement", "India-Peru trade agreement", ["trade"], ["IND", "PER"], [ind, per], [],
    [H("negotiating", "2017", "year", None, "The talks were launched in 2017"),
     H("negotiating", "2024-05-16", "day", "Lima", "The four-day round ended in Lima on Thursday")],
    note="seventh round ended Thursday 16 May 2024; no year in the key (not signed)"),
  A("IND-PER-geology-mining-mou-2024", "memorandum", "India-Peru MoU on cooperation in geology and mining", ["industry", "science_technology"], ["IND", "PER"], [ind, per], [],
    [H("signed", "2024-04", "month", "Lima", "India and Peru had also signed a memorandum of understanding on cooperation in geology and mining in Lima in April")]),
 ], [
  E("IND-PER-trade-talks-seventh-round-2024", "talks", "Seventh round of India-Peru trade agreement negotiations", "held", "2024-05-13", "2024-05-16", "Lima", "PER", "IND",
    ["Vimal Anand", "Teresa Mera Gomez"], ["IND", "PER"], [TA], "The four-day round ended in Lima on Thursday"),
  E("IND-PER-trade-talks-eighth-round-2024", "talks", "Next round of India-Peru trade agreement negotiations", "planned", "2024-08", "2024-08", "New Delhi", "IND", "PER",
    [], ["IND", "PER"], [TA], "The next round is expected to be held in New Delhi in August"),
 ], "PTI 2024 (dateline without dash). Negotiating stage with a held round and a planned round.")

# ================= aa15: Iceland-Japan press release (UNDATED) =================
isl, jpn = S("Iceland", "ISL"), S("Japan", "JPN")
WHA = "ISL-JPN-working-holiday-arrangement"
doc("aa15.txt")
F("aa15.txt", None, [
  A(WHA, "agreement", "Iceland-Japan arrangement on a working holiday programme", ["visa", "labour_migration"], ["ISL", "JPN"], [isl, jpn],
    ["Sigríður Ásgeirsdóttir", "Takeshi Morimoto"], [H("signed", None, "unknown", "Reykjavík", "Iceland and Japan today signed an arrangement on a working holiday programme")],
    note="NO DATE ('today' in an undated release). Kind: an instrument called 'arrangement' but not a mechanism -> agreement (judgement call)"),
  A("ISL-JPN-double-taxation-convention-2018", "treaty", "Iceland-Japan Convention for the elimination of double taxation", ["taxation"], ["ISL", "JPN"], [isl, jpn], [],
    [H("signed", "2018-01", "month", "Tokyo", "signed in Tokyo in January 2018 and in force since 2019"),
     H("in_force", "2019", "year", None, "signed in Tokyo in January 2018 and in force since 2019")]),
 ], [
  E("ISL-JPN-working-holiday-signing-reykjavik", "ceremony", "Signing of the Iceland-Japan working holiday arrangement in Reykjavík", "held", None, None, "Reykjavík", "ISL", "JPN",
    ["Sigríður Ásgeirsdóttir", "Takeshi Morimoto"], ["ISL", "JPN"], [WHA], "The arrangement was signed in Reykjavík by Minister for Foreign Affairs"),
 ], "Ministry press release, UNDATED (no date in the header). The Japan-Nordic summit is mentioned without date or participants: not an event.")

# ================= aa16: Angola-Namibia analysis (2025) =================
ago, nam = S("Angola", "AGO", ["Luanda"]), S("Namibia", "NAM", ["Windhoek"])
doc("aa16.txt")
F("aa16.txt", "2025-02-12", [
  A("AGO-NAM-kunene-basin-agreement-1991", "agreement", "Angola-Namibia agreement on the Kunene river basin", ["environment", "energy"], ["AGO", "NAM"], [ago, nam], [],
    [H("signed", "1991", "year", None, "The river is governed by an agreement on the Kunene basin that Luanda and Windhoek signed in 1991")]),
  A("AGO-NAM-permanent-joint-technical-commission-1991", "arrangement", "Angola-Namibia Permanent Joint Technical Commission on the Kunene", ["environment", "energy"], ["AGO", "NAM"], [ago, nam], [],
    [H("agreed", "1991", "year", None, "which set up the Permanent Joint Technical Commission that has met, on and off, ever since"),
     H("implemented", None, "unknown", None, "which set up the Permanent Joint Technical Commission that has met, on and off, ever since")],
    note="set up under the 1991 agreement, meets since: agreed 1991 + implemented"),
  A("AGO-NAM-baynes-hydropower-treaty-2022", "treaty", "Angola-Namibia treaty on the joint development of the Baynes hydropower project", ["energy", "infrastructure"], ["AGO", "NAM"], [ago, nam], [],
    [H("finalized", "2022", "year", None, "Its text was initialled by the two sides in 2022")], note="initialled 2022, not signed"),
  A("AGO-NAM-ruacana-power-sharing-memorandum-2014", "memorandum", "Angola-Namibia memorandum on sharing the output of the Ruacana power station", ["energy"], ["AGO", "NAM"], [ago, nam], [],
    [H("signed", "2014", "year", None, "A memorandum on sharing the output of the Ruacana station, signed in 2014, lapsed in 2020 and was never renewed"),
     H("terminated", "2020", "year", None, "A memorandum on sharing the output of the Ruacana station, signed in 2014, lapsed in 2020 and was never renewed")]),
  A("AGO-IGO:SADC-NAM-revised-protocol-shared-watercourses-2000", "protocol", "SADC Revised Protocol on Shared Watercourses", ["environment"], ["AGO", "IGO:SADC", "NAM"],
    [IO("Southern African Development Community", "IGO:SADC", ["SADC"]), ago, nam], [],
    [H("signed", "2000", "year", None, "which Angola and Namibia signed in 2000 and which entered into force in 2003"),
     H("in_force", "2003", "year", None, "which Angola and Namibia signed in 2000 and which entered into force in 2003")],
    note="an organization's protocol: IGO:SADC plus the two members named"),
 ], [
  E("AGO-NAM-pjtc-meeting-lubango-2024", "meeting", "Meeting of the Angola-Namibia Permanent Joint Technical Commission in Lubango", "cancelled", "2024-11", "2024-11", "Lubango", "AGO", "NAM",
    [], ["AGO", "NAM"], [], "planned for November in Lubango, was called off at short notice", note="November before a February 2025 piece: 2024-11"),
  E("AGO-NAM-energy-ministers-meeting-windhoek-2025", "meeting", "Meeting of Namibian energy minister Tjekero Kavari and Angolan energy minister João Baptista Mendes in Windhoek", "planned", "2025-03", "2025-03", "Windhoek", "NAM", "AGO",
    ["Tjekero Kavari", "João Baptista Mendes"], ["AGO", "NAM"], [], "are now expected to meet in Windhoek in March"),
 ], "Analysis 2025. Five instruments at different stages (signed, finalized, terminated ('lapsed'), in force), one cancelled and one planned meeting.")

# ================= aa17: Indonesia-Serbia (Antara 2022) =================
idn, srb = S("Indonesia", "IDN"), S("Serbia", "SRB")
DT = "IDN-SRB-diplomatic-training-mou-2022"
doc("aa17.txt")
F("aa17.txt", "2022-06-14", [
  A(DT, "memorandum", "Indonesia-Serbia MoU on cooperation in diplomatic education and training", ["education", "diplomatic_relations"], ["IDN", "SRB"], [idn, srb],
    ["Arief Wibisono", "Dragan Jovanovic"], [H("signed", "2022-06-13", "day", "Jakarta", "Indonesia and Serbia signed a memorandum of understanding on cooperation in diplomatic education and training on Monday")]),
  A("IDN-SRB-visa-exemption-diplomatic-service-passports-agreement-2019", "agreement", "Indonesia-Serbia agreement on visa exemption for holders of diplomatic and service passports", ["visa"], ["IDN", "SRB"], [idn, srb], [],
    [H("signed", "2019", "year", "Belgrade", "An agreement on visa exemption for holders of diplomatic and service passports, signed in Belgrade in 2019"),
     H("ratified", "2022-06-14", "on_or_before", None, "An agreement on visa exemption for holders of diplomatic and service passports, signed in Belgrade in 2019")],
    note="'will take effect on July 1' (2022-07-01) is a future entry into force: not a reported stage; ratification completed by publication"),
 ], [
  E("IDN-SRB-bilateral-consultations-second-round-2022", "meeting", "Second round of Indonesia-Serbia bilateral consultations", "held", "2022-06-13", "2022-06-13", "Jakarta", "IDN", "SRB",
    ["Arief Wibisono", "Dragan Jovanovic"], ["IDN", "SRB"], [DT], "It was signed during the second round of bilateral consultations"),
  E("IDN-SRB-bilateral-consultations-third-round-2023", "meeting", "Third round of Indonesia-Serbia bilateral consultations", "planned", "2023", "2023", "Belgrade", "SRB", "IDN",
    [], ["IDN", "SRB"], [], "The two sides agreed to hold the third round of consultations in Belgrade next year"),
 ], "Antara 2022. Ratified agreement with a future entry-into-force date.")

# ================= aa18-aa25: hard negatives =================
for n, pub, note in [
    ("aa18.txt", "2021-11-18", "Company contract with a municipal transport company, plus a corporate MoU: no items."),
    ("aa19.txt", "2023-05-09", "Sports kit sponsorship deal (federation and company); a minister attends: no items, no event."),
    ("aa20.txt", "2019-07-25", "Domestic opposition pact (MoU among parties): no items."),
    ("aa21.txt", "2020-03-03", "Court class-action settlement: no items."),
    ("aa22.txt", "2022-06-14", "Weather (dust storm), flights diverted to Bahrain and Dammam: no items."),
    ("aa23.txt", "2018-07-25", "Culture tour; an ambassador attends a show: no items, no event."),
    ("aa24.txt", "1986-04-17", "Reuters 1986 dockers' pay accord brokered by the Labour Ministry: labour contract, no items."),
    ("aa25.txt", "2024-09-03", "Football club visit and club-to-club cooperation agreement: no items."),
]:
    doc(n); F(n, pub, [], [], note)

# ================= aa26-aa30: one passing mention each =================
doc("aa26.txt")
F("aa26.txt", "2024-06-04", [
  A(AIR, "agreement", "Poland-Malaysia air services agreement", ["aviation", "transport"], ["MYS", "POL"], [pol, mys], [],
    [H("signed", "2024-03", "month", None, "The route was made possible by the air services agreement Poland and Malaysia signed in March")]),
 ], [], "Aviation/tourism web page 2024 with one passing mention: the air services agreement of cluster B.")
doc("aa27.txt")
F("aa27.txt", "1988-09-21", [
  A("IGO:IJO-international-jute-agreement-1982", "agreement", "International Jute Agreement, 1982 (extended by two years)", ["trade", "agriculture"], ["IGO:IJO"],
    [IO("International Jute Organisation", "IGO:IJO", [])], [],
    [H("agreed", "1988-08", "month", "Geneva", "whose members agreed in Geneva last month to extend the 1982 International Jute Agreement by two years")],
    note="extension agreed 'last month' = August 1988; members not named as parties"),
 ], [], "Reuters 1988 commodity report with one passing mention: extension of the International Jute Agreement.")
doc("aa28.txt")
F("aa28.txt", None, [
  A("CHN-NPL-mountain-rescue-memorandum", "memorandum", "Nepal-China mountain rescue memorandum", ["tourism", "other"], ["CHN", "NPL"], [npl, chn], [],
    [H("signed", None, "unknown", None, "under the mountain rescue memorandum Nepal and China signed")]),
 ], [], "Mountaineering news, NO YEAR in the header, with one passing mention: Nepal-China mountain rescue memorandum (no date).")
doc("aa29.txt")
F("aa29.txt", "2014-06-12", [
  A("MUS-PAK-preferential-trade-agreement", "agreement", "Mauritius-Pakistan preferential trade agreement", ["trade"], ["MUS", "PAK"], [S("Mauritius", "MUS"), S("Pakistan", "PAK")], [],
    [H("in_force", "2007-11", "month", None, "in force since November 2007")], note="signing year not given: no year in the key"),
 ], [], "Commodity news 2014 with one passing mention: Mauritius-Pakistan PTA in force since November 2007. Sales to Kenya and Madagascar are trade.")
doc("aa30.txt")
F("aa30.txt", None, [
  A("ARG-SVN-cultural-cooperation-programme", "programme", "Slovenia-Argentina programme of cultural cooperation", ["culture"], ["ARG", "SVN"],
    [G("Ministry of Culture (Slovenia)", "SVN", ["culture ministries"]), G("Ministry of Culture (Argentina)", "ARG", ["culture ministries"])], [],
    [H("signed", None, "unknown", None, "The tour is funded under a new programme of cultural cooperation")],
    note="signed by the two culture ministries 'last month' in an undated article: date null"),
 ], [], "Culture news, NO DATE, with one passing mention: a new Slovenia-Argentina cultural cooperation programme.")

assert len(files) == 30
json.dump({"batch": "AA", "files": files}, open(os.path.join(HERE, "batch_AA.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
