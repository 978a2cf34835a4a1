#!/usr/bin/env python3
"""Gold annotation of batch Y (probesY), in the GUIDE batch format. Run from gold/probesY: python3 annotate.py
Adapted from batch X's annotate.py: quotes are taken from the files by a fragment (the whole sentence, dateline prefix dropped)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
def text(f): return open(os.path.join(DOCS, f), encoding="utf-8").read()
CUR = {"t": ""}
DATELINES = [r"^[A-Za-z' ]+(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z]+\))? -{1,2} ",   # BANGKOK, March 17 - / SEOUL, Nov. 9 (Yonhap) --
             r"^[A-Z ]+, \d{1,2}th [A-Z][a-z]+, \d{4} \(WAM\) -- ",                 # ABU DHABI, 16th April, 2024 (WAM) --
             r"^[A-Z][a-z]+, [A-Z][a-z]{2} \d{1,2} \(PTI\) "]                         # Antananarivo, Jul 25 (PTI)
def q(frag):
    """The sentence of the current article that contains frag (copied from the file)."""
    t = CUR["t"]
    lines = [l for l in t.split("\n") if frag in l]
    assert len(lines) >= 1, frag
    sents = re.split(r'(?<=[.!?"])\s+(?=[A-Z"\[])', lines[0].strip())
    hits = [s for s in sents if frag in s]
    assert hits, frag
    s = hits[0]
    for d in DATELINES:
        s = re.sub(d, "", s)
    assert frag in s, frag
    return s.strip()
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
def ORG(name, c, al=()): return S(name, c, al, 'organization')
def CO(name, c, al=()): return S(name, c, al, 'company')
def H(status, date, prec, place, frag): return {"status": status, "date": date, "date_precision": prec, "place": place, "quote": q(frag)}
def A(key, kind, title, topics, countries, parties, sig, hist, opt=False, note=None, vp=None, expect_conflict=False, inf=None):
    a = {"key": key, "kind": kind, "title": title, "topics": topics, "countries": sorted(countries),
         "parties": parties, "signatories": sig, "history": hist}
    if inf: a["inferable_signatories"] = list(inf)   # review: named elsewhere in the article as the people who approved/adopted it
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

# ================= y01 / y02 / y26: Japan-Thailand 14th yen loan (Reuters 1987, cluster A) =================
JT = "JPN-THA-14th-yen-loan-agreement-1987"
SIGN_JT = "JPN-THA-yen-loan-signing-bangkok-1987"
doc("y01.txt")
jpn1, tha1 = S("Japan", "JPN", ["Tokyo"]), S("Thailand", "THA", [])
F("y01.txt", "1987-03-17", [
  A(JT, "agreement", "Japan's 14th yen loan package to Thailand (30 bln yen, nine projects)", ["finance", "development_aid"], ["JPN", "THA"],
    [jpn1, tha1], ["Suchart Pongsiri", "Hiroshi Kanda"],
    [H("signed", "1987-03-17", "day", "Bangkok", "Japan and Thailand signed an agreement here today")], expect_conflict=True,
    note="'here today' with the BANGKOK dateline in the same sentence -> Bangkok, 1987-03-17. Cluster A: 30 bln yen / nine projects here; 29.6 bln / eight projects and 'Phongsiri' in y02 (same day); y26 dates the signing March 16"),
  A("JPN-THA-flood-control-grant-exchange-of-notes-1987", "agreement", "Japan-Thailand exchange of notes on a 2.1 bln yen grant for flood control in Bangkok", ["development_aid", "infrastructure"], ["JPN", "THA"],
    [jpn1, tha1], [],
    [H("signed", "1987-03-17", "on_or_before", None, "The two governments also exchanged notes on a 2.1 bln yen grant")],
    note="exchange of notes = signed; the sentence gives no day (news of the day): on_or_before"),
  A("JPN-THA-15th-yen-loan-package", "agreement", "Japan's 15th yen loan package to Thailand (to be discussed in September)", ["finance", "development_aid"], ["JPN", "THA"],
    [jpn1, tha1], [],
    [H("proposed", "1987-03-17", "on_or_before", None, "Suchart told reporters Thailand would ask Japan to raise the next package")], opt=True,
    note="only a Thai request for a bigger next package and talks in September: optional (proposed)"),
 ], [
  E("JPN-THA-yen-loan-talks-tokyo-1987", "talks", "Japan-Thailand talks in Tokyo on the 15th yen loan", "planned", "1987-09", "1987-09", "Tokyo", "JPN", "THA",
    [], ["JPN", "THA"], [], "when the two sides meet in Tokyo in September"),
  E("JPN-THA-mori-visit-bangkok-1987", "visit", "Japanese Deputy Foreign Minister Takashi Mori's visit to Bangkok", "planned", "1987-04", "1987-04", "Bangkok", "THA", "JPN",
    ["Takashi Mori"], ["JPN", "THA"], [], "Japanese Deputy Foreign Minister Takashi Mori is due to visit Bangkok next month"),
  E(SIGN_JT, "ceremony", "Signing of the 14th yen loan agreement in Bangkok", "held", "1987-03-17", "1987-03-17", "Bangkok", "THA", "JPN",
    ["Suchart Pongsiri", "Hiroshi Kanda"], ["JPN", "THA"], [JT], "Japan and Thailand signed an agreement here today", opt=True),
 ], "Reuters Bangkok 1987 (Tuesday). Cluster A with y02 and y26. Japan as largest donor / trade deficit: no instrument.")

doc("y02.txt")
jpn2, tha2 = S("Japan", "JPN", []), S("Thailand", "THA", [])
F("y02.txt", "1987-03-18", [
  A(JT, "agreement", "Japan-Thailand 29.6 bln yen OECF loan agreement", ["finance", "development_aid"], ["JPN", "THA"],
    [jpn2, tha2, G("Overseas Economic Cooperation Fund", "JPN", ["OECF"])], ["Hiroshi Kanda", "Suchart Phongsiri"],
    [H("signed", "1987-03-17", "day", "Bangkok", "Japan signed a 29.6 bln yen loan agreement with Thailand in Bangkok on Tuesday")], expect_conflict=True,
    note="Tuesday -> 1987-03-17 (Wednesday publication). Figure 29.6 vs 30 bln (the article itself gives both), 'Phongsiri' vs 'Pongsiri'"),
  A("JPN-THA-consulting-services-exchange-of-notes-1987", "agreement", "Separate Japan-Thailand exchange of notes on a 400 mln yen consulting services component", ["development_aid", "finance"], ["JPN", "THA"],
    [jpn2, tha2], [],
    [H("planned", "1987", "year", None, "A ministry spokesman said the difference reflected a 400 mln yen component")],
    note="a separate instrument announced for 'later this year': planned, target 1987 (future)"),
  A("JPN-THA-13th-yen-loan-agreement-1986", "agreement", "Japan's 13th yen loan package to Thailand (1986)", ["finance", "development_aid"], ["JPN", "THA"],
    [jpn2, tha2], [],
    [H("signed", "1986", "year", None, "unchanged from last year's 13th package")], opt=True,
    note="named only to compare its terms; 'last year' -> 1986; optional"),
  A("JPN-PHL-yen-loan-agreement-1987", "agreement", "Japan-Philippines 40 bln yen loan agreement", ["finance", "development_aid"], ["JPN", "PHL"],
    [jpn2, S("Philippines", "PHL")], [],
    [H("signed", "1987-03-10", "day", None, "Japan signed a 40 bln yen loan agreement with the Philippines on March 10")]),
  A("IDN-JPN-new-yen-loan-package", "agreement", "New Japanese yen loan package for Indonesia", ["finance", "development_aid"], ["IDN", "JPN"],
    [jpn2, S("Indonesia", "IDN")], [],
    [H("negotiating", "1987-03-18", "on_or_before", None, "is negotiating a new package with Indonesia")]),
 ], [
  E(SIGN_JT, "ceremony", "Signing of the 14th yen loan agreement in Bangkok", "held", "1987-03-17", "1987-03-17", "Bangkok", "THA", "JPN",
    ["Hiroshi Kanda", "Suchart Phongsiri"], ["JPN", "THA"], [JT], "Japan signed a 29.6 bln yen loan agreement with Thailand in Bangkok on Tuesday", opt=True),
 ], "Reuters Tokyo 1987 (Wednesday). Cluster A with y01 and y26.")

# ================= y03 / y04 / y27: UAE-Kyrgyzstan (WAM, web, web; cluster B) =================
KG_DTA, KG_VISA, KG_BIT = "ARE-KGZ-double-taxation-agreement-2024", "ARE-KGZ-visa-exemption-agreement-2024", "ARE-KGZ-investment-protection-agreement-2024"
KG_REN, KG_FOOD, KG_MAS, KG_ADP = ("ARE-KGZ-renewable-energy-mou-2024", "ARE-KGZ-food-security-mou-2024",
                                  "ARE-KGZ-masdar-solar-implementation-agreement-2024", "ARE-KGZ-abu-dhabi-ports-kyrgyz-railways-logistics-mou-2024")
V_KG, T_KG = "ARE-KGZ-japarov-state-visit-uae-2024", "ARE-KGZ-mbz-japarov-talks-abu-dhabi-2024"
doc("y03.txt")
are3, kgz3 = S("United Arab Emirates", "ARE", ["UAE"]), S("Kyrgyzstan", "KGZ", ["Kyrgyz Republic"])
MIN3 = ["Thani bin Ahmed Al Zeyoudi", "Jeenbek Kulubaev"]
D1, D2, D3 = "The documents exchanged included an agreement on the avoidance of double taxation", "They also included an agreement on the reciprocal promotion", "In addition, Masdar and the Ministry of Energy of the Kyrgyz Republic exchanged"
NOTE3 = "exchanged 'today' (2024-04-16) at Qasr Al Watan in Abu Dhabi; y04 says the documents were signed on Monday (04-15)"
F("y03.txt", "2024-04-16", [
  A(KG_DTA, "agreement", "UAE-Kyrgyzstan agreement on the avoidance of double taxation and the prevention of fiscal evasion", ["taxation"], ["ARE", "KGZ"], [are3, kgz3], MIN3,
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D1)], expect_conflict=True, note=NOTE3),
  A(KG_VISA, "agreement", "UAE-Kyrgyzstan agreement on mutual exemption of entry visas for holders of ordinary passports", ["visa"], ["ARE", "KGZ"], [are3, kgz3], MIN3,
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D1)], expect_conflict=True, note=NOTE3),
  A(KG_BIT, "agreement", "UAE-Kyrgyzstan agreement on the reciprocal promotion and protection of investments", ["investment"], ["ARE", "KGZ"], [are3, kgz3], MIN3,
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D2)], expect_conflict=True, note=NOTE3),
  A(KG_REN, "memorandum", "MoU on renewable energy cooperation between the UAE Ministry of Energy and Infrastructure and the Kyrgyz Ministry of Energy", ["energy"], ["ARE", "KGZ"],
    [G("UAE Ministry of Energy and Infrastructure", "ARE"), G("Ministry of Energy of the Kyrgyz Republic", "KGZ")], MIN3,
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D2)]),
  A(KG_FOOD, "memorandum", "UAE-Kyrgyzstan MoU on cooperation in food security", ["agriculture"], ["ARE", "KGZ"], [are3, kgz3], MIN3,
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D2)]),
  A(KG_MAS, "contract", "Masdar - Kyrgyz Ministry of Energy implementation agreement for 200 MW of solar projects", ["energy", "investment"], ["ARE", "KGZ"],
    [CO("Masdar", "ARE"), G("Ministry of Energy of the Kyrgyz Republic", "KGZ")], [],
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D3)],
    note="company contract during a state visit, but a government body (the Kyrgyz Ministry of Energy) is a signing party: required (GUIDE). Signatories: 'heads of the companies concerned' unnamed, so none"),
  A(KG_ADP, "memorandum", "Abu Dhabi Ports Group - Kyrgyz Railways MoU on logistics cooperation", ["transport"], ["ARE", "KGZ"],
    [CO("Abu Dhabi Ports Group", "ARE"), CO("Kyrgyz Railways", "KGZ")], [],
    [H("signed", "2024-04-16", "day", "Abu Dhabi", D3)], opt=True, note="company-to-company MoU among a state visit's outcomes: optional"),
 ], [
  E(V_KG, "visit", "Kyrgyz President Sadyr Japarov's two-day state visit to the UAE", "held", "2024-04-15", "2024-04-16", None, "ARE", "KGZ",
    ["Sadyr Japarov", "Mohamed bin Zayed Al Nahyan"], ["ARE", "KGZ"], [KG_DTA, KG_VISA, KG_BIT, KG_REN, KG_FOOD, KG_MAS, KG_ADP],
    "The Kyrgyz President arrived in the UAE on Monday on a two-day state visit.", count=7),
  E(T_KG, "talks", "Official talks of Sheikh Mohamed bin Zayed Al Nahyan and Sadyr Japarov", "held", "2024-04-16", "2024-04-16", "Abu Dhabi", "ARE", "KGZ",
    ["Mohamed bin Zayed Al Nahyan", "Sadyr Japarov"], ["ARE", "KGZ"], [], "The exchange took place at Qasr Al Watan in Abu Dhabi following official talks",
    note="talks 'today' before the exchange; y04 puts them on Monday"),
  E("ARE-KGZ-documents-exchange-qasr-al-watan-2024", "ceremony", "Exchange of seven agreements and MoUs at Qasr Al Watan", "held", "2024-04-16", "2024-04-16", "Abu Dhabi", "ARE", "KGZ",
    ["Mohamed bin Zayed Al Nahyan", "Sadyr Japarov", "Thani bin Ahmed Al Zeyoudi", "Jeenbek Kulubaev", "Sheikh Mansour bin Zayed Al Nahyan"], ["ARE", "KGZ"],
    [KG_DTA, KG_VISA, KG_BIT, KG_REN, KG_FOOD, KG_MAS, KG_ADP], "The exchange took place at Qasr Al Watan in Abu Dhabi", count=7, opt=True),
 ], "WAM 2024 (Tuesday). Cluster B with y04 and y27. Seven documents (y04: six). Names: Japarov / Kulubaev (y04: Zhaparov / Kulubayev).")

doc("y04.txt")
are4, kgz4 = S("United Arab Emirates", "ARE", ["UAE", "Emirates"]), S("Kyrgyzstan", "KGZ", [])
D4 = "held talks in Abu Dhabi on Monday, after which the two sides signed six documents"
NOTE4 = "Monday -> 2024-04-15 (Wednesday publication); WAM (y03) says exchanged 'today' = 04-16"
LOAN_KG, IGC_KG = "ARE-KGZ-bishkek-northern-bypass-loan-agreement-2024", "ARE-KGZ-intergovernmental-commission-on-trade-and-economic-cooperation-2024"
F("y04.txt", "2024-04-17", [
  A(KG_DTA, "agreement", "Kyrgyzstan-UAE agreement on the avoidance of double taxation", ["taxation"], ["ARE", "KGZ"], [kgz4, are4], [],
    [H("signed", "2024-04-15", "day", "Abu Dhabi", D4)], expect_conflict=True, note=NOTE4),
  A(KG_VISA, "agreement", "Kyrgyzstan-UAE agreement on mutual visa exemption for citizens", ["visa"], ["ARE", "KGZ"], [kgz4, are4], [],
    [H("signed", "2024-04-15", "day", "Abu Dhabi", D4)], expect_conflict=True,
    note=NOTE4 + "; 'once the parties complete their internal procedures' gives no stage"),
  A(KG_BIT, "agreement", "Kyrgyzstan-UAE agreement on the protection of investments", ["investment"], ["ARE", "KGZ"], [kgz4, are4], [],
    [H("signed", "2024-04-15", "day", "Abu Dhabi", D4)], expect_conflict=True, note=NOTE4),
  A(LOAN_KG, "agreement", "Abu Dhabi Fund for Development $100 million loan for the Bishkek northern bypass road", ["finance", "infrastructure", "transport"], ["ARE", "KGZ"],
    [G("Abu Dhabi Fund for Development", "ARE"), kgz4], ["Almaz Baketaev", "Mohamed Saif Al Suwaidi"],
    [H("signed", "2024-04-17", "on_or_before", None, "signed a loan agreement worth $100 million for the construction of the Bishkek northern bypass road")],
    note="'Separately' with no day: on_or_before the publication date"),
  A(IGC_KG, "arrangement", "Kyrgyz-Emirati intergovernmental commission on trade and economic cooperation", ["economic_cooperation", "trade"], ["ARE", "KGZ"], [kgz4, are4], [],
    [H("agreed", "2024-04-17", "on_or_before", None, "The parties also agreed to establish an intergovernmental commission")]),
 ], [
  E(V_KG, "visit", "Sadyr Zhaparov's two-day state visit to the UAE", "held", "2024-04-15", "2024-04-15", None, "ARE", "KGZ",
    ["Sadyr Zhaparov", "Mohamed bin Zayed Al Nahyan"], ["ARE", "KGZ"], [KG_DTA, KG_VISA, KG_BIT, LOAN_KG, IGC_KG],
    "Zhaparov, who is on a two-day state visit to the UAE", count=6, note="review: only the Monday talks are dated in this article (its first day is not given): start = end = 04-15 (GUIDE convention); y03 dates the visit 15-16 April"),
  E(T_KG, "talks", "Talks of Sadyr Zhaparov and Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi", "held", "2024-04-15", "2024-04-15", "Abu Dhabi", "ARE", "KGZ",
    ["Sadyr Zhaparov", "Mohamed bin Zayed Al Nahyan"], ["ARE", "KGZ"], [KG_DTA, KG_VISA, KG_BIT], D4,
    note="Monday here (and in the photo caption); Tuesday in WAM"),
  E("ARE-KGZ-intergovernmental-commission-first-meeting-bishkek-2024", "meeting", "First meeting of the Kyrgyz-Emirati intergovernmental commission in Bishkek", "planned", "2024", "2024", "Bishkek", "KGZ", "ARE",
    [], ["ARE", "KGZ"], [], "whose first meeting will be held in Bishkek in the autumn"),
 ], "Web page 2024 (cookie bar, byline, Updated, share bar, photo caption, Read more, tags). Cluster B. Meeting Emirati investors and the mosque visit are not diplomatic events.")

# ================= y05 / y06: Algeria-Mali (BBC 2006, APS undated; cluster C) =================
BS, RD = "DZA-MLI-border-security-agreement-2006", "DZA-MLI-trans-saharan-road-financing-protocol-2006"
V_ML, T_ML, C_ML = "DZA-MLI-toure-state-visit-algeria-2006", "DZA-MLI-toure-bouteflika-talks-2006", "DZA-MLI-border-agreement-signing-algiers-2006"
doc("y05.txt")
dza5, mli5 = S("Algeria", "DZA", ["Algiers"]), S("Mali", "MLI", ["Bamako"])
F("y05.txt", "2006-02-15", [
  A(BS, "agreement", "Algeria-Mali border security agreement (joint patrols, intelligence sharing)", ["border_security", "peace_security"], ["DZA", "MLI"], [dza5, mli5],
    ["Mohamed Bedjaoui", "Moctar Ouane"],
    [H("signed", "2006-02-14", "day", "Algiers", "The accord was signed in Algiers on Tuesday")], expect_conflict=True,
    note="Tuesday -> 2006-02-14 (Wednesday page). Signed by the foreign ministers here; by the interior ministers (Zerhouni, Koné) in y06: signatories disagree"),
  A(RD, "protocol", "Algeria-Mali protocol on financing the Bordj Badji Mokhtar - Kidal section of the trans-Saharan highway", ["infrastructure", "transport", "finance"], ["DZA", "MLI"], [dza5, mli5], [],
    [H("signed", "2006-02-15", "on_or_before", None, "The two sides also signed a protocol on financing a 330km stretch")],
    note="no day in the sentence: on_or_before"),
  A("DZA-MLI-joint-operational-command-tamanrasset-2006", "arrangement", "Algeria-Mali joint operational command in Tamanrasset", ["border_security", "defence"], ["DZA", "MLI"], [dza5, mli5], [],
    [H("agreed", "2006-02-15", "on_or_before", None, "set up a joint operational command in Tamanrasset")], opt=True,
    note="a provision of the border deal, not a separate instrument: optional"),
  A("MLI-tuareg-peace-agreement-1992", "agreement", "1992 peace agreement between the Malian government and Tuareg groups, brokered by Algeria", ["peace_security"], ["MLI"],
    [mli5, ORG("Tuareg groups", None)], [],
    [H("signed", "1992", "year", None, "A peace agreement between Bamako and Tuareg groups, brokered by Algeria in 1992")], opt=True,
    note="government-rebel accord; Algeria only a broker; 'never fully implemented' gives no stage: optional"),
 ], [
  E(V_ML, "visit", "Malian President Amadou Toumani Toure's three-day visit to Algeria", "held", "2006-02-13", "2006-02-15", "Algiers", "DZA", "MLI",
    ["Amadou Toumani Toure", "Abdelaziz Bouteflika"], ["DZA", "MLI"], [BS, RD], "the first day of his three-day visit",
    note="Monday 02-13 (first day) to 02-15; place from 'signed in Algiers ... during a visit'"),
  E(T_ML, "talks", "Talks of Amadou Toumani Toure and Abdelaziz Bouteflika", "held", "2006-02-13", "2006-02-13", None, "DZA", "MLI",
    ["Amadou Toumani Toure", "Abdelaziz Bouteflika"], ["DZA", "MLI"], [], "Mr Toure held talks with Algerian President Abdelaziz Bouteflika on Monday"),
  E("MLI-TUN-toure-visit-tunisia-2006", "visit", "Amadou Toumani Toure's onward visit to Tunisia", "planned", "2006-02-16", "2006-02-16", None, "TUN", "MLI",
    ["Amadou Toumani Toure"], ["MLI", "TUN"], [], "Mr Toure is due to travel on to Tunisia on Thursday."),
  E(C_ML, "ceremony", "Signing of the Algeria-Mali border security agreement", "held", "2006-02-14", "2006-02-14", "Algiers", "DZA", "MLI",
    ["Mohamed Bedjaoui", "Moctar Ouane"], ["DZA", "MLI"], [BS], "The accord was signed in Algiers on Tuesday", opt=True),
 ], "BBC 2006 (Wednesday 15 Feb). Cluster C with y06 (APS, undated). 'Algerian state radio reported' is a source, not an event.")

doc("y06.txt")
dza6, mli6 = S("Algeria", "DZA", []), S("Mali", "MLI", [])
F("y06.txt", None, [
  A(BS, "agreement", "Algeria-Mali agreement on cooperation in the field of border security", ["border_security", "peace_security"], ["DZA", "MLI"], [dza6, mli6],
    ["Noureddine Yazid Zerhouni", "Kafougouna Koné"],
    [H("signed", None, "unknown", "Algiers", "Algeria and Mali signed here Tuesday an agreement on cooperation in the field of border security")], expect_conflict=True,
    note="NO YEAR: 'Tuesday' cannot be resolved -> null. 'here' + Algiers dateline -> Algiers. Interior ministers sign here, foreign ministers in y05"),
  A(RD, "protocol", "Financing protocol for the Bordj Badji Mokhtar-Kidal section of the trans-Saharan road", ["infrastructure", "transport", "finance"], ["DZA", "MLI"], [dza6, mli6], [],
    [H("signed", None, "unknown", None, "The two parties also signed a financing protocol")]),
  A("DZA-MLI-vocational-training-mou", "memorandum", "Algeria-Mali MoU on cooperation in vocational training", ["education"], ["DZA", "MLI"], [dza6, mli6], [],
    [H("signed", None, "unknown", None, "The two parties also signed a financing protocol")], note="only in APS; undated, so no year in the key"),
  A("DZA-MLI-joint-border-committee", "arrangement", "Algeria-Mali joint border committee (to meet every six months)", ["border_security"], ["DZA", "MLI"], [dza6, mli6], [],
    [H("agreed", None, "unknown", None, "The agreement provides for joint patrols")], opt=True,
    note="a mechanism created by the border agreement: optional (provision of the agreement)"),
 ], [
  E(V_ML, "visit", "State visit of Malian President Amadou Toumani Touré to Algeria", "held", None, None, None, "DZA", "MLI",
    ["Amadou Toumani Touré", "Abdelaziz Bouteflika"], ["DZA", "MLI"], [BS, RD, "DZA-MLI-vocational-training-mou"],
    "on the second day of the state visit of Malian President Amadou Toumani Touré"),
  E(T_ML, "talks", "Tête-à-tête and enlarged talks of Abdelaziz Bouteflika and Amadou Toumani Touré", "held", None, None, None, "DZA", "MLI",
    ["Abdelaziz Bouteflika", "Amadou Toumani Touré"], ["DZA", "MLI"], [], "President Bouteflika and President Touré had held a tête-à-tête on Monday"),
  E(C_ML, "ceremony", "Signing of the Algeria-Mali border security agreement", "held", None, None, "Algiers", "DZA", "MLI",
    ["Noureddine Yazid Zerhouni", "Kafougouna Koné", "Abdelaziz Bouteflika", "Amadou Toumani Touré"], ["DZA", "MLI"], [BS],
    "Algeria and Mali signed here Tuesday an agreement on cooperation in the field of border security", opt=True),
 ], "APS, NO DATE (header 'Algiers, 14 Feb (APS)' without a year): all dates null. The president's trip to Tamanrasset is within the host country: no separate event.")

# ================= y07: Austria-Hungary (Reuters 1988) =================
doc("y07.txt")
aut, hun = S("Austria", "AUT", ["Vienna"]), S("Hungary", "HUN", ["Budapest"])
BC, LNT = "AUT-HUN-border-crossings-agreement-1988", "AUT-HUN-lake-neusiedl-protection-treaty-1988"
F("y07.txt", "1988-06-22", [
  A(BC, "agreement", "Austria-Hungary agreement to open four new road border crossings", ["border_security", "transport"], ["AUT", "HUN"], [aut, hun],
    ["Alois Mock", "Peter Varkonyi"],
    [H("signed", "1988-06-22", "day", "Budapest", "Austria and Hungary signed an agreement in Budapest today")],
    note="signatories from 'put their names to the accord'"),
  A(LNT, "treaty", "Austria-Hungary treaty on the joint protection of Lake Neusiedl (Ferto)", ["environment"], ["AUT", "HUN"], [aut, hun], [],
    [H("finalized", "1988-06-22", "on_or_before", None, "The two ministers also initialled a treaty on the joint protection of Lake Neusiedl"),
     H("planned", "1988", "year", "Vienna", "The spokesman said the treaty was expected to be signed in Vienna in the autumn.")],
    note="initialled = finalized; signing expected in Vienna in the autumn -> planned, target 1988 (future)"),
  A("AUT-HUN-visa-abolition-agreement-1979", "agreement", "Austria-Hungary mutual abolition of visa requirements (1979)", ["visa"], ["AUT", "HUN"], [aut, hun], [],
    [H("in_force", "1979", "year", None, "Austria and Hungary abolished visa requirements for each other's citizens in 1979")],
    note="'abolished visa requirements ... the first such arrangement' -> an arrangement in effect since 1979 (in_force); background"),
  A("AUT-HUN-expo-1995-cost-sharing-agreement", "agreement", "Austria-Hungary cost sharing for a joint Vienna-Budapest bid for the 1995 world exhibition", ["culture", "economic_cooperation"], ["AUT", "HUN"], [aut, hun], [],
    [H("negotiating", "1988-06-22", "on_or_before", None, "Officials said talks on a joint Vienna-Budapest bid")], opt=True,
    note="talks on a joint bid, 'no agreement on cost sharing': an instrument only by implication, optional"),
 ], [
  E("AUT-HUN-mock-visit-budapest-1988", "visit", "Austrian Foreign Minister Alois Mock's one-day visit to Budapest", "held", "1988-06-22", "1988-06-22", "Budapest", "HUN", "AUT",
    ["Alois Mock", "Peter Varkonyi", "Karoly Grosz"], ["AUT", "HUN"], [BC, LNT], "at the end of a one-day visit by Mock to the Hungarian capital"),
  E("AUT-HUN-mock-grosz-talks-1988", "talks", "Alois Mock's talks with Prime Minister Karoly Grosz", "held", "1988-06-22", "1988-06-22", None, "HUN", "AUT",
    ["Alois Mock", "Karoly Grosz"], ["AUT", "HUN"], [], "Mock also held talks with Prime Minister Karoly Grosz"),
  E("AUT-HUN-grosz-visit-vienna-1988", "visit", "Hungarian Prime Minister Karoly Grosz's visit to Vienna", "planned", "1988-09", "1988-09", "Vienna", "AUT", "HUN",
    ["Karoly Grosz"], ["AUT", "HUN"], [], "who will visit Vienna in September"),
 ], "Reuters Vienna 1988 (Wednesday). Trade figures are not instruments.")

# ================= y08: South Korea-Ethiopia (Yonhap 2023) =================
doc("y08.txt")
kor, eth = S("South Korea", "KOR", ["Seoul"]), S("Ethiopia", "ETH", [])
EDCF, KBIT, KJC = "ETH-KOR-edcf-framework-arrangement-2023", "ETH-KOR-investment-protection-agreement", "ETH-KOR-joint-committee-on-trade-and-investment-2023"
F("y08.txt", "2023-11-09", [
  A(EDCF, "agreement", "Korea-Ethiopia framework arrangement on EDCF concessional loans for 2024-2028 (up to US$1 billion)", ["finance", "development_aid"], ["ETH", "KOR"], [kor, eth],
    ["Park Jin", "Demeke Mekonnen"],
    [H("signed", "2023-11-09", "day", "Seoul", "South Korea and Ethiopia on Thursday signed a framework arrangement")], vp={"from": "2024", "to": "2028"},
    note="a loan framework (called 'framework arrangement'): kind agreement (loans), not a mechanism; place from 'after their talks in Seoul'"),
  A(KBIT, "agreement", "Korea-Ethiopia investment protection agreement", ["investment"], ["ETH", "KOR"], [kor, eth], [],
    [H("negotiating", "2023-11-09", "day", None, "agreed to launch negotiations on an investment protection agreement")],
    note="'agreed to launch negotiations' at the Thursday talks -> negotiating (batch X convention)"),
  A(KJC, "arrangement", "Korea-Ethiopia joint committee on trade and investment", ["trade", "investment"], ["ETH", "KOR"], [kor, eth], [],
    [H("agreed", "2023-11-09", "day", None, "agreed to launch negotiations on an investment protection agreement")]),
  A("ETH-KOR-critical-minerals-mou-2023", "memorandum", "MoU on critical minerals between Korea's trade ministry and Ethiopia's ministry of mines", ["industry", "economic_cooperation"], ["ETH", "KOR"],
    [G("Ministry of Trade, Industry and Energy", "KOR"), G("Ethiopian Ministry of Mines", "ETH")], [],
    [H("signed", "2023-11-09", "on_or_before", None, "Separately, the ministry of trade, industry and energy said it had signed")]),
  A("ETH-KOR-diplomatic-relations-1963", "agreement", "Establishment of Korea-Ethiopia diplomatic relations", ["diplomatic_relations"], ["ETH", "KOR"], [kor, eth], [],
    [H("agreed", "1963", "year", None, "The two countries established diplomatic relations in 1963.")], opt=True, note="background, no instrument named: optional"),
  A("ETH-KOR-earlier-edcf-loans", "agreement", "Earlier EDCF loans to Ethiopia (about $370 million since 2009: power transmission, Addis Ababa hospital)", ["finance", "development_aid"], ["ETH", "KOR"],
    [kor, eth], [],
    [H("implemented", "2009", "year", None, "Ethiopia has received about $370 million from the fund since 2009")], opt=True,
    note="plural, unnamed earlier loans: one optional item"),
 ], [
  E("ETH-KOR-park-demeke-talks-seoul-2023", "talks", "Talks of Foreign Ministers Park Jin and Demeke Mekonnen in Seoul", "held", "2023-11-09", "2023-11-09", "Seoul", "KOR", "ETH",
    ["Park Jin", "Demeke Mekonnen"], ["ETH", "KOR"], [EDCF, KBIT, KJC], "after their talks in Seoul"),
  E("ETH-KOR-demeke-visit-seoul-2023", "visit", "Ethiopian Deputy PM and Foreign Minister Demeke Mekonnen's three-day visit to Seoul", "held", "2023-11-08", "2023-11-10", "Seoul", "KOR", "ETH",
    ["Demeke Mekonnen", "Park Jin"], ["ETH", "KOR"], [EDCF], "Demeke arrived in Seoul on Wednesday for a three-day visit"),
  E("ETH-KOR-demeke-han-meeting-2023", "meeting", "Demeke Mekonnen to meet Prime Minister Han Duck-soo", "planned", "2023-11-10", "2023-11-10", None, "KOR", "ETH",
    ["Demeke Mekonnen", "Han Duck-soo"], ["ETH", "KOR"], [], "is scheduled to meet Prime Minister Han Duck-soo on Friday"),
  E("ETH-KOR-joint-committee-first-meeting-addis-ababa-2024", "meeting", "First meeting of the Korea-Ethiopia joint committee on trade and investment", "planned", "2024", "2024", "Addis Ababa", "ETH", "KOR",
    [], ["ETH", "KOR"], [], "to hold the first meeting of a joint committee on trade and investment in Addis Ababa early next year"),
  E("ETH-KOR-korea-africa-summit-seoul-2024", "summit", "First Korea-Africa summit in Seoul", "planned", "2024-06", "2024-06", "Seoul", "KOR", None,
    ["Abiy Ahmed"], ["ETH", "KOR"], [], "slated for June next year in Seoul", note="only Ethiopia named among the African participants"),
 ], "Yonhap 2023 (Thursday). Korean War troops: history, no item. EDCF managed by Korea Eximbank (not a party here).")

# ================= y09: India-Madagascar (PTI 2024) =================
doc("y09.txt")
ind, mdg = S("India", "IND", ["New Delhi"]), S("Madagascar", "MDG", [])
LOC, MV, MT, CEP, MSP = ("IND-MDG-line-of-credit-agreement-2024", "IND-MDG-visa-exemption-diplomatic-official-passports-mou-2024",
                         "IND-MDG-traditional-medicine-mou-2024", "IND-MDG-cultural-exchange-programme-2024-2028", "IND-MDG-maritime-security-partnership-2023")
MOUS9 = "The two sides also inked three MoUs"
F("y09.txt", "2024-07-25", [
  A(LOC, "agreement", "Exim Bank of India USD 80 million line of credit to Madagascar for agricultural mechanisation and rice processing", ["finance", "agriculture"], ["IND", "MDG"],
    [ind, mdg, G("Export-Import Bank of India", "IND"), G("Malagasy Ministry of Economy and Finance", "MDG")], [],
    [H("signed", "2024-07-25", "day", None, "India on Thursday extended a line of credit of USD 80 million to Madagascar")],
    note="signed by the two bodies 'in the presence of' the ministers: no signatories"),
  A(MV, "memorandum", "India-Madagascar MoU on visa exemption for diplomatic and official passports", ["visa"], ["IND", "MDG"], [ind, mdg], [],
    [H("signed", "2024-07-25", "on_or_before", None, MOUS9)]),
  A(MT, "memorandum", "India-Madagascar MoU on cooperation in traditional medicine", ["health"], ["IND", "MDG"], [ind, mdg], [],
    [H("signed", "2024-07-25", "on_or_before", None, MOUS9)]),
  A(CEP, "programme", "India-Madagascar cultural exchange programme 2024-2028", ["culture"], ["IND", "MDG"], [ind, mdg], [],
    [H("signed", "2024-07-25", "on_or_before", None, MOUS9)], vp={"from": "2024", "to": "2028"}, note="listed among the 'three MoUs'"),
  A(MSP, "arrangement", "India-Madagascar maritime security partnership (coastal radar station)", ["maritime", "peace_security"], ["IND", "MDG"], [ind, mdg], [],
    [H("agreed", "2023", "year", None, "under the maritime security partnership agreed during President Andry Rajoelina's visit to India last year")]),
  A("IND-MDG-joint-commission", "arrangement", "India-Madagascar Joint Commission", ["comprehensive_cooperation"], ["IND", "MDG"], [ind, mdg], [],
    [H("in_force", None, "unknown", None, "The two ministers agreed that the next session of the India-Madagascar Joint Commission")], opt=True,
    note="existing mechanism whose next session is planned: optional"),
 ], [
  E("IND-MDG-jaishankar-visit-madagascar-2024", "visit", "External Affairs Minister S Jaishankar's visit to Madagascar", "held", "2024-07-24", "2024-07-25", "Antananarivo", "MDG", "IND",
    ["S Jaishankar", "Rasata Rafaravavitafika", "Andry Rajoelina"], ["IND", "MDG"], [LOC, MV, MT, CEP], "Jaishankar, who arrived here on Wednesday on the first leg of a two-nation tour",
    note="'arrived here' with the Antananarivo dateline"),
  E("IND-MDG-jaishankar-rafaravavitafika-talks-2024", "talks", "Jaishankar's delegation-level talks with Foreign Minister Rasata Rafaravavitafika", "held", "2024-07-25", "2024-07-25", None, "MDG", "IND",
    ["S Jaishankar", "Rasata Rafaravavitafika"], ["IND", "MDG"], [LOC, MV, MT, CEP], "as External Affairs Minister S Jaishankar held wide-ranging talks",
    note="the lead dates the talks Thursday"),
  E("IND-MDG-jaishankar-calls-on-rajoelina-2024", "meeting", "Jaishankar calls on President Andry Rajoelina", "held", "2024-07-24", "2024-07-25", None, "MDG", "IND",
    ["S Jaishankar", "Andry Rajoelina"], ["IND", "MDG"], [], "called on President Rajoelina", opt=True, note="day not given (within the visit): optional"),
  E("IND-MUS-jaishankar-visit-mauritius-2024", "visit", "Jaishankar's visit to Mauritius, second leg of his tour", "planned", "2024-07-26", "2024-07-26", None, "MUS", "IND",
    ["S Jaishankar"], ["IND", "MUS"], [], "Jaishankar will travel to Mauritius on Friday"),
  E("IND-MDG-joint-commission-session-new-delhi-2025", "meeting", "Next session of the India-Madagascar Joint Commission in New Delhi", "planned", "2025", "2025", "New Delhi", "IND", "MDG",
    [], ["IND", "MDG"], [], "would be held in New Delhi early next year"),
  E("IND-MDG-rajoelina-visit-india-2023", "visit", "President Andry Rajoelina's visit to India", "held", "2023", "2023", "India", "IND", "MDG",
    ["Andry Rajoelina"], ["IND", "MDG"], [MSP], "agreed during President Andry Rajoelina's visit to India last year", opt=True, note="background"),
 ], "PTI 2024 (Thursday). Trade figures and cloves/vanilla are not instruments.")

# ================= y10: Türkiye-Albania (Anadolu 2022) =================
doc("y10.txt")
tur, alb = S("Türkiye", "TUR", ["Ankara"]), S("Albania", "ALB", [])
MIL, HOS, DEC = "ALB-TUR-military-financial-cooperation-agreement-2022", "ALB-TUR-fier-hospital-protocol-2022", "ALB-TUR-joint-declaration-high-level-strategic-cooperation-council-2022"
F("y10.txt", "2022-02-17", [
  A(MIL, "agreement", "Türkiye-Albania military financial cooperation agreement (25 million liras in grants)", ["defence", "finance"], ["ALB", "TUR"], [tur, alb],
    ["Mevlut Cavusoglu", "Olta Xhacka"],
    [H("signed", "2022-02-17", "day", "Tirana", "Türkiye and Albania on Thursday signed a military financial cooperation agreement")],
    note="place: 'visited the Albanian capital' + 'at the Foreign Ministry in Tirana'"),
  A(HOS, "protocol", "Türkiye-Albania protocol on the joint operation of the Fier regional hospital", ["health"], ["ALB", "TUR"], [tur, alb],
    ["Mevlut Cavusoglu", "Olta Xhacka"],
    [H("signed", "2022-02-17", "day", "Tirana", "Türkiye and Albania on Thursday signed a military financial cooperation agreement")]),
  A(DEC, "declaration", "Türkiye-Albania joint declaration establishing the High-Level Strategic Cooperation Council", ["comprehensive_cooperation"], ["ALB", "TUR"], [tur, alb], [],
    [H("signed", "2022-01", "month", None, "which was established by a joint declaration last month")]),
  A("ALB-TUR-high-level-strategic-cooperation-council-2022", "arrangement", "Türkiye-Albania High-Level Strategic Cooperation Council", ["comprehensive_cooperation"], ["ALB", "TUR"], [tur, alb], [],
    [H("agreed", "2022-01", "month", None, "which was established by a joint declaration last month")], opt=True,
    note="the mechanism set up by the declaration: optional (the declaration is the instrument)"),
  A("ALB-TUR-free-trade-agreement-2008", "agreement", "Albania-Türkiye free trade agreement (2008), update to cover services under negotiation", ["trade"], ["ALB", "TUR"], [tur, alb], [],
    [H("signed", "2008", "year", None, "expanding the 2008 deal to cover services"),
     H("negotiating", "2021", "year", None, "Talks on the revised text began last year.")],
    note="the update is told as an expansion of the 2008 deal, not a separately named instrument: one item (GUIDE amendment rule); Albania's hope to sign 'before the summer' is one side's wish, no planned stage"),
 ], [
  E("ALB-TUR-cavusoglu-visit-tirana-2022", "visit", "Turkish Foreign Minister Mevlut Cavusoglu's visit to Tirana", "held", "2022-02-17", "2022-02-17", "Tirana", "ALB", "TUR",
    ["Mevlut Cavusoglu", "Olta Xhacka", "Edi Rama"], ["ALB", "TUR"], [MIL, HOS], "as Turkish Foreign Minister Mevlut Cavusoglu visited the Albanian capital"),
  E("ALB-TUR-cavusoglu-xhacka-meeting-2022", "meeting", "Meeting of Foreign Ministers Mevlut Cavusoglu and Olta Xhacka", "held", "2022-02-17", "2022-02-17", "Tirana", "ALB", "TUR",
    ["Mevlut Cavusoglu", "Olta Xhacka"], ["ALB", "TUR"], [MIL, HOS], "following a meeting between the two ministers at the Foreign Ministry in Tirana"),
  E("ALB-TUR-cavusoglu-rama-meeting-2022", "meeting", "Mevlut Cavusoglu meets Prime Minister Edi Rama", "held", "2022-02-17", "2022-02-17", None, "ALB", "TUR",
    ["Mevlut Cavusoglu", "Edi Rama"], ["ALB", "TUR"], [], "Cavusoglu also met Prime Minister Edi Rama", note="no day given; dated with the Thursday visit (judgement call)"),
  E("MKD-TUR-cavusoglu-visit-north-macedonia-2022", "visit", "Cavusoglu's visit to North Macedonia", "planned", "2022-02-18", "2022-02-18", None, "MKD", "TUR",
    ["Mevlut Cavusoglu"], ["MKD", "TUR"], [], "Cavusoglu is set to travel to North Macedonia on Friday."),
  E("ALB-TUR-high-level-strategic-cooperation-council-first-meeting", "meeting", "First meeting of the Türkiye-Albania High-Level Strategic Cooperation Council", "planned", None, None, None, None, None,
    [], ["ALB", "TUR"], [], "the two countries were preparing to hold the first meeting", opt=True, note="no date or place: optional"),
 ], "Anadolu 2022 (Thursday). NATO membership and the 2019 earthquake are background, not instruments.")

# ================= y11: China-Dominican Republic (Xinhua 2019) =================
doc("y11.txt")
chn, dom = S("China", "CHN", []), S("Dominican Republic", "DOM", [])
CV, CA, CN = "CHN-DOM-visa-exemption-diplomatic-service-passports-agreement-2019", "CHN-DOM-civil-aviation-mou-2019", "CHN-DOM-fire-fighting-equipment-donation-exchange-of-notes-2019"
ALSO11 = "The two sides also signed a memorandum of understanding on cooperation in civil aviation"
F("y11.txt", "2019-05-13", [
  A(CV, "agreement", "China-Dominican Republic agreement on mutual visa exemption for diplomatic and service passports", ["visa"], ["CHN", "DOM"], [chn, dom], [],
    [H("signed", "2019-05-13", "day", "Beijing", "China and the Dominican Republic on Monday signed an agreement on mutual visa exemption")]),
  A(CA, "memorandum", "China-Dominican Republic MoU on civil aviation cooperation", ["aviation"], ["CHN", "DOM"], [chn, dom], [],
    [H("signed", "2019-05-13", "on_or_before", None, ALSO11)]),
  A(CN, "agreement", "Exchange of notes on China's donation of fire-fighting equipment to the Dominican Republic", ["development_aid"], ["CHN", "DOM"], [chn, dom], [],
    [H("signed", "2019-05-13", "on_or_before", None, ALSO11)], note="an exchange of notes is an instrument: kind agreement"),
  A("CHN-DOM-free-trade-agreement", "agreement", "China-Dominican Republic free trade agreement (joint feasibility study)", ["trade"], ["CHN", "DOM"], [chn, dom], [],
    [H("proposed", "2019-05-13", "day", None, "Wang and Vargas agreed to launch a joint feasibility study on a free trade agreement")], opt=True,
    note="only a feasibility study agreed, no negotiations: optional"),
  A("CHN-DOM-diplomatic-relations-2018", "agreement", "Establishment of China-Dominican Republic diplomatic relations", ["diplomatic_relations"], ["CHN", "DOM"], [chn, dom], [],
    [H("agreed", "2018-05", "month", None, "since the two countries established diplomatic relations a year ago")], opt=True,
    note="'a year ago' -> 2018-05; background, no instrument named: optional"),
 ], [
  E("CHN-DOM-wang-yi-vargas-talks-beijing-2019", "talks", "Talks of Wang Yi and Dominican Foreign Minister Miguel Vargas in Beijing", "held", "2019-05-13", "2019-05-13", "Beijing", "CHN", "DOM",
    ["Wang Yi", "Miguel Vargas"], ["CHN", "DOM"], [CV, CA, CN], "after talks between Chinese State Councilor and Foreign Minister Wang Yi"),
  E("CHN-DOM-vargas-visit-china-2019", "visit", "Miguel Vargas's five-day official visit to China", "held", "2019-05-12", "2019-05-16", "Beijing", "CHN", "DOM",
    ["Miguel Vargas", "Wang Yi"], ["CHN", "DOM"], [CV, CA, CN], "Vargas arrived in Beijing on Sunday for a five-day official visit",
    note="Sunday 05-12 + five days; also Shanghai"),
  E("CHN-DOM-wang-qishan-vargas-meeting-2019", "meeting", "Vice President Wang Qishan to meet Miguel Vargas", "planned", "2019-05-15", "2019-05-15", None, "CHN", "DOM",
    ["Wang Qishan", "Miguel Vargas"], ["CHN", "DOM"], [], "He is expected to meet Vice President Wang Qishan on Wednesday."),
 ], "Xinhua 2019 (Monday). One-China principle and the Belt and Road participation name no instrument.")

# ================= y12: Estonia-Georgia (MFA press release 2021) =================
doc("y12.txt")
est, geo = S("Estonia", "EST", []), S("Georgia", "GEO", [])
mfa_est = G("Ministry of Foreign Affairs of Estonia", "EST", ["Ministry of Foreign Affairs of the Republic of Estonia", "Ministry of Foreign Affairs"])
mfa_geo = G("Ministry of Foreign Affairs of Georgia", "GEO", [])
DIG, AP = "EST-GEO-digital-governance-cyber-security-mou-2021", "EST-GEO-foreign-ministries-action-plan-2021-2023"
F("y12.txt", "2021-06-15", [
  A(DIG, "memorandum", "Estonia-Georgia MoU on cooperation in digital governance and cyber security", ["cybersecurity", "science_technology"], ["EST", "GEO"], [est, geo],
    ["Eva-Maria Liimets", "David Zalkaliani"],
    [H("signed", "2021-06-15", "day", "Tallinn", "The ministers signed a Memorandum of Understanding on cooperation in the field of digital governance")],
    note="signed at the meeting 'in Tallinn on 15 June'"),
  A(AP, "action_plan", "Action Plan 2021-2023 of bilateral cooperation between the Estonian and Georgian foreign ministries", ["diplomatic_relations"], ["EST", "GEO"], [mfa_est, mfa_geo], [],
    [H("signed", "2021-06-15", "day", "Tallinn", "The ministers also approved the Action Plan for 2021")], vp={"from": "2021", "to": "2023"},
    inf=["Eva-Maria Liimets", "David Zalkaliani"],
    note="'approved' by both signing parties = signed. Review: parties are the two foreign ministries (the plan is 'between the two foreign ministries', as the seeds' interior-ministries agreement); the ministers 'approved' rather than 'signed', so they are inferable signatories"),
  A("EST-GEO-social-security-agreement", "agreement", "Estonia-Georgia agreement on social security (pensions)", ["labour_migration"], ["EST", "GEO"], [est, geo], [],
    [H("negotiating", "2021-06-15", "on_or_before", None, "The ministers discussed the negotiations on an agreement on social security")],
    note="'expected to be concluded this year' is a hope, no stage"),
  A("EST-GEO-diplomatic-relations-1992", "agreement", "Establishment of Estonia-Georgia diplomatic relations", ["diplomatic_relations"], ["EST", "GEO"], [est, geo], [],
    [H("agreed", "1992-01-28", "day", None, "Estonia and Georgia established diplomatic relations on 28 January 1992.")], opt=True, note="background: optional"),
 ], [
  E("EST-GEO-liimets-zalkaliani-meeting-tallinn-2021", "meeting", "Meeting of Foreign Ministers Eva-Maria Liimets and David Zalkaliani in Tallinn", "held", "2021-06-15", "2021-06-15", "Tallinn", "EST", "GEO",
    ["Eva-Maria Liimets", "David Zalkaliani"], ["EST", "GEO"], [DIG, AP], "met Georgian Minister of Foreign Affairs David Zalkaliani in Tallinn on 15 June"),
  E("EST-GEO-kallas-visit-tbilisi-2021", "visit", "Prime Minister Kaja Kallas's planned visit to Tbilisi", "planned", "2021", "2021", "Tbilisi", "GEO", "EST",
    ["Kaja Kallas"], ["EST", "GEO"], [], "Prime Minister Kaja Kallas is planning to visit Tbilisi in the autumn."),
 ], "Ministry press release, header '... | News | 15.06.2021'. The Estonian Centre for Eastern Partnership training is Estonian development aid, no instrument.")

# ================= y13: analysis, North-East Atlantic mackerel (web 2023) =================
doc("y13.txt")
nor, eu, fro = S("Norway", "NOR", []), IO("European Union", "IGO:EU", ["EU"]), S("Faroe Islands", "FRO", ["Faroes"])
gbr, isl, grl = S("United Kingdom", "GBR", ["Britain", "UK"]), S("Iceland", "ISL", []), S("Greenland", "GRL", [])
CS6 = ["FRO", "GBR", "GRL", "IGO:EU", "ISL", "NOR"]
P6 = [gbr, nor, eu, fro, isl, grl]
DEC23 = "FRO-GBR-GRL-IGO:EU-ISL-NOR-coastal-states-mackerel-declaration-2023"
F("y13.txt", "2023-12-08", [
  A("FRO-IGO:EU-NOR-mackerel-sharing-arrangement-2014", "agreement", "Norway-EU-Faroe Islands five-year mackerel sharing arrangement (2014)", ["maritime", "agriculture"], ["FRO", "IGO:EU", "NOR"],
    [nor, IO("European Union", "IGO:EU", []), S("Faroe Islands", "FRO", [])], [],
    [H("signed", "2014", "year", None, "In 2014 Norway, the European Union and the Faroe Islands put their names to a five-year arrangement"),
     H("terminated", "2020-12", "month", None, "The arrangement was rolled over once and then lapsed at the end of 2020")],
    note="'put their names to' = signed; 'lapsed at the end of 2020' = terminated 2020-12; the roll-over is the same instrument, undated"),
  A("GBR-NOR-fisheries-framework-agreement-2020", "agreement", "UK-Norway bilateral fisheries framework agreement", ["maritime", "agriculture"], ["GBR", "NOR"], [gbr, nor], [],
    [H("signed", "2020-09", "month", "London", "The United Kingdom and Norway signed a bilateral fisheries framework agreement in London in September 2020")]),
  A("FRO-GBR-fisheries-framework-agreement-2020", "agreement", "UK-Faroe Islands fisheries framework agreement", ["maritime", "agriculture"], ["FRO", "GBR"], [gbr, fro], [],
    [H("finalized", "2020", "year", None, "The British also concluded a similar framework with the Faroes in 2020.")],
    note="'concluded' = finalized (record vocabulary)"),
  A(DEC23, "declaration", "Coastal states' joint declaration on mackerel (London consultations, November 2023)", ["maritime", "agriculture"], CS6, P6, [],
    [H("signed", "2023-11", "month", "London", "The latest round of consultations, held in London last month")],
    note="adopting a declaration = signed (batch X convention); 'last month' -> 2023-11"),
  A("FRO-GBR-GRL-IGO:EU-ISL-NOR-coastal-states-mackerel-declaration-2021", "declaration", "Coastal states' joint declaration on mackerel (2021)", ["maritime", "agriculture"], CS6, P6, [],
    [H("signed", "2021", "year", None, "Anyone who has read the joint declarations of 2021 and 2022")], opt=True,
    note="earlier declarations in passing; their parties are not named: optional"),
  A("FRO-GBR-GRL-IGO:EU-ISL-NOR-coastal-states-mackerel-declaration-2022", "declaration", "Coastal states' joint declaration on mackerel (2022)", ["maritime", "agriculture"], CS6, P6, [],
    [H("signed", "2022", "year", None, "Anyone who has read the joint declarations of 2021 and 2022")], opt=True),
  A("FRO-GBR-GRL-IGO:EU-ISL-NOR-comprehensive-mackerel-sharing-arrangement", "agreement", "Comprehensive mackerel sharing arrangement among all coastal states", ["maritime", "agriculture"], CS6, P6, [],
    [H("negotiating", "2023-12-08", "on_or_before", None, "But the big deal, a sharing arrangement with all coastal states inside it, has stalled for a decade."),
     H("planned", "2024-12", "month", None, "The latest round of consultations, held in London last month")],
    note="stalled talks = negotiating; the declaration commits all six to reach it 'by the end of 2024' -> planned target 2024-12 (future)"),
  A("FRO-ISL-mackerel-access-arrangement", "agreement", "Iceland-Faroe Islands mackerel access arrangement", ["maritime", "agriculture"], ["FRO", "ISL"],
    [isl, fro], [],
    [H("terminated", "2021", "year", None, "Iceland pulled out of its mackerel access arrangement with the Faroes in 2021")],
    note="'pulled out of' a bilateral arrangement = terminated; its start is not given, so no year in the key"),
  A("FRO-NOR-mackerel-mutual-access-agreement-2023", "agreement", "Norway-Faroe Islands mutual access agreement for mackerel fishing", ["maritime", "agriculture"], ["FRO", "NOR"],
    [nor, fro], [],
    [H("agreed", "2023-01", "month", None, "Norway and the Faroes, long rivals, agreed in January on mutual access")],
    note="'renewed year by year': the 2023 deal; 'in January' -> 2023-01"),
  A("GBR-NOR-2024-quota-exchange", "agreement", "UK-Norway quota exchange for 2024", ["maritime", "agriculture"], ["GBR", "NOR"], [gbr, nor], [],
    [H("negotiating", "2023-12-08", "on_or_before", None, "And the UK and Norway are negotiating a quota exchange for 2024")]),
 ], [
  E("FRO-GBR-GRL-IGO:EU-ISL-NOR-coastal-states-consultations-london-2023", "talks", "Coastal states' consultations on mackerel in London", "held", "2023-11", "2023-11", "London", "GBR", None,
    [], CS6, [DEC23], "The latest round of consultations, held in London last month"),
 ], "Op-ed analysis (web 2023): many instruments in passing. The MSC certification suspension is not a state act. Russia is mentioned but not among the six.")

# ================= y14: Maldives-Sri Lanka (BBC 2006) =================
doc("y14.txt")
lka, mdv = S("Sri Lanka", "LKA", ["Colombo"]), S("Maldives", "MDV", ["Male"])
AIR, FISH, LJC = "LKA-MDV-air-services-agreement-2006", "LKA-MDV-fisheries-mou-2006", "LKA-MDV-joint-commission-2006"
F("y14.txt", "2006-03-22", [
  A(AIR, "agreement", "Sri Lanka-Maldives air services agreement (21 flights a week)", ["aviation"], ["LKA", "MDV"], [lka, mdv], [],
    [H("signed", "2006-03-21", "day", "Colombo", "The air services agreement, signed on Tuesday")],
    note="Tuesday -> 2006-03-21 (Wednesday page); place: the lead says signed 'during a visit to Colombo'"),
  A(FISH, "memorandum", "Sri Lanka-Maldives MoU on fisheries (tuna research, training)", ["agriculture", "maritime"], ["LKA", "MDV"], [lka, mdv], [],
    [H("signed", "2006-03-21", "day", "Colombo", "A memorandum of understanding on fisheries, signed on the same day")]),
  A(LJC, "arrangement", "Sri Lanka-Maldives joint commission", ["comprehensive_cooperation"], ["LKA", "MDV"], [lka, mdv], [],
    [H("agreed", "2006-03-22", "on_or_before", None, "The two leaders also agreed to set up a joint commission")]),
  A("LKA-MDV-extradition-treaty", "treaty", "Sri Lanka-Maldives extradition treaty", ["extradition"], ["LKA", "MDV"], [lka, mdv], [],
    [H("negotiating", "2006-03-22", "on_or_before", None, "Sri Lanka has sought an extradition treaty with the Maldives for several years")],
    note="sought for years, 'no agreement had been reached because of differences': still under discussion -> negotiating (judgement call; 'proposed' is the other reading)"),
 ], [
  E("LKA-MDV-gayoom-state-visit-colombo-2006", "visit", "Maldivian President Maumoon Abdul Gayoom's three-day state visit to Sri Lanka", "held", "2006-03-20", "2006-03-22", "Colombo", "LKA", "MDV",
    ["Maumoon Abdul Gayoom", "Mahinda Rajapaksa"], ["LKA", "MDV"], [AIR, FISH, LJC], "during a visit to Colombo by Maldivian President Maumoon Abdul Gayoom",
    note="began Monday 03-20, three days"),
  E("LKA-MDV-gayoom-rajapaksa-talks-2006", "talks", "Talks of Maumoon Abdul Gayoom and Mahinda Rajapaksa", "held", "2006-03-21", "2006-03-21", None, "LKA", "MDV",
    ["Maumoon Abdul Gayoom", "Mahinda Rajapaksa"], ["LKA", "MDV"], [LJC], "held talks with Sri Lankan President Mahinda Rajapaksa on Tuesday"),
  E("LKA-MDV-samaraweera-visit-male-2006", "visit", "Sri Lankan Foreign Minister Mangala Samaraweera's visit to Male", "cancelled", "2006-01", "2006-01", "Male", "MDV", "LKA",
    ["Mangala Samaraweera"], ["LKA", "MDV"], [], "Sri Lankan Foreign Minister Mangala Samaraweera had been due to visit Male in January",
    note="planned for January 2006, 'called off at short notice'"),
 ], "BBC 2006 (Wednesday 22 March). The business forum is not a diplomatic event.")

# ================= y15: Panama-Costa Rica (web 2022) =================
doc("y15.txt")
pan, cri = S("Panama", "PAN", []), S("Costa Rica", "CRI", [])
BCP, PROT = "CRI-PAN-binational-border-control-post-agreement-2022", "CRI-PAN-border-development-agreement-amending-protocol-2022"
F("y15.txt", "2022-08-19", [
  A(BCP, "agreement", "Panama-Costa Rica agreement on a single binational control post at Paso Canoas", ["border_security", "customs", "infrastructure"], ["CRI", "PAN"], [pan, cri],
    ["Janaina Tewaney", "Arnoldo André Tinoco"],
    [H("signed", "2022-08-19", "day", None, "signed an agreement under which both countries' customs, migration and health inspections")],
    note="signed at the Friday meeting (lead: 'agreed on Friday'); the signing sentence gives no place"),
  A("CRI-IGO:IDB-PAN-paso-canoas-border-post-loan", "agreement", "IDB $45 million loan for the Paso Canoas binational border post", ["finance", "infrastructure"], ["CRI", "IGO:IDB", "PAN"],
    [pan, cri, IO("Inter-American Development Bank", "IGO:IDB")], [],
    [H("negotiating", "2022-08-19", "on_or_before", None, "a $45 million loan that the two countries are negotiating with the Inter-American Development Bank")]),
  A(PROT, "protocol", "Protocol amending the 1992 Panama-Costa Rica border development agreement (adds Sixaola-Guabito)", ["border_security", "economic_cooperation"], ["CRI", "PAN"], [pan, cri], [],
    [H("signed", "2022-08-19", "on_or_before", None, "The two governments also signed a protocol amending the 1992 agreement on border development")],
    note="the protocol is named as an instrument of its own: required; the 1992 agreement it amends is an optional item (a merged record matches either)"),
  A("CRI-PAN-border-development-agreement-1992", "agreement", "1992 Panama-Costa Rica agreement on border development", ["border_security", "economic_cooperation"], ["CRI", "PAN"], [pan, cri], [],
    [H("signed", "1992", "year", None, "The two governments also signed a protocol amending the 1992 agreement on border development")], opt=True),
  A("CRI-PAN-driving-licences-mutual-recognition-agreement", "agreement", "Panama-Costa Rica mutual recognition of driving licences", ["transport"], ["CRI", "PAN"], [pan, cri], [],
    [H("negotiating", "2022-08-19", "on_or_before", None, "agreed to start negotiations on the mutual recognition of driving licences")]),
  A("CRI-PAN-binational-commission-on-border-affairs", "arrangement", "Panama-Costa Rica binational commission on border affairs", ["border_security"], ["CRI", "PAN"], [pan, cri], [],
    [H("in_force", None, "unknown", None, "The presidents instructed their ministers to convene the binational commission on border affairs")], opt=True,
    note="existing mechanism to be convened: optional"),
 ], [
  E("CRI-PAN-cortizo-chaves-meeting-paso-canoas-2022", "meeting", "Meeting of Presidents Laurentino Cortizo and Rodrigo Chaves at Paso Canoas", "held", "2022-08-19", "2022-08-19", "Paso Canoas", "PAN", "CRI",
    ["Laurentino Cortizo", "Rodrigo Chaves", "Janaina Tewaney", "Arnoldo André Tinoco"], ["CRI", "PAN"], [BCP, PROT], "Cortizo and Chaves met on the Panamanian side of the border town",
    note="photo caption also places them at Paso Canoas on Friday"),
  E("CRI-PAN-binational-commission-session-san-jose-2022", "meeting", "Session of the binational commission on border affairs in San José", "planned", "2022", "2022", "San José", "CRI", "PAN",
    [], ["CRI", "PAN"], [], "The presidents instructed their ministers to convene the binational commission on border affairs"),
 ], "Web page 2022 (cookie banner, byline, Updated, share, caption, READ ALSO, tags). SICA membership is background.")

# ================= y16: Kuwait-Bulgaria (KUNA 1997) =================
doc("y16.txt")
kwt, bgr = S("Kuwait", "KWT", []), S("Bulgaria", "BGR", [])
KB1, KB2 = "BGR-KWT-investment-protection-agreement-1997", "BGR-KWT-double-taxation-agreement-1997"
SIG16 = ["Nasser Abdullah Al-Roudhan", "Alexander Bozhkov"]
F("y16.txt", "1997-06-11", [
  A(KB1, "agreement", "Kuwait-Bulgaria agreement on the encouragement and mutual protection of investments", ["investment"], ["BGR", "KWT"], [kwt, bgr], SIG16,
    [H("signed", "1997-06-11", "day", "Kuwait", "Kuwait and Bulgaria signed here today an agreement on the encouragement")], note="'here today' with the KUWAIT dateline"),
  A(KB2, "agreement", "Kuwait-Bulgaria agreement on the avoidance of double taxation", ["taxation"], ["BGR", "KWT"], [kwt, bgr], SIG16,
    [H("signed", "1997-06-11", "day", "Kuwait", "Kuwait and Bulgaria signed here today an agreement on the encouragement")]),
  A("BGR-KWT-sofia-plovdiv-railway-loan", "agreement", "Kuwait Fund loan of about 12 million dinars for the Sofia-Plovdiv railway", ["finance", "transport"], ["BGR", "KWT"],
    [G("Kuwait Fund for Arab Economic Development", "KWT"), bgr], [],
    [H("negotiating", "1997-06-11", "on_or_before", None, "talks with the Fund were under way")]),
  A("BGR-KWT-economic-trade-technical-cooperation-agreement-1995", "agreement", "Kuwait-Bulgaria agreement on economic, trade and technical cooperation (1995)", ["economic_cooperation", "trade"], ["BGR", "KWT"], [kwt, bgr], [],
    [H("signed", "1995", "year", "Sofia", "the agreement on economic, trade and technical cooperation which the two countries signed in Sofia in 1995"),
     H("ratified", "1997-03", "month", None, "Bozhkov noted that the National Assembly had approved in March the agreement")],
    note="'the National Assembly' could be Kuwait's or Bulgaria's (both parliaments have that name): ratified by one party either way; 'in March' -> 1997-03"),
  A("BGR-KWT-air-transport-agreement-1993", "agreement", "Kuwait-Bulgaria air transport agreement (1993)", ["aviation"], ["BGR", "KWT"], [kwt, bgr], [],
    [H("signed", "1993", "year", None, "He said the air transport agreement signed by the two countries in 1993")],
    note="'not yet been put into effect': no in_force/implemented stage"),
 ], [
  E("BGR-KWT-bozhkov-visit-kuwait-1997", "visit", "Bulgarian Deputy Prime Minister Alexander Bozhkov's three-day visit to Kuwait", "held", "1997-06-09", "1997-06-11", "Kuwait", "KWT", "BGR",
    ["Alexander Bozhkov", "Nasser Abdullah Al-Roudhan", "Saad Al-Abdullah Al-Salem Al-Sabah"], ["BGR", "KWT"], [KB1, KB2], "at the end of a three-day visit by Bulgarian Deputy Prime Minister Alexander Bozhkov"),
  E("BGR-KWT-crown-prince-receives-bozhkov-1997", "meeting", "Crown Prince and Prime Minister Sheikh Saad Al-Abdullah receives Bozhkov", "held", "1997-06-09", "1997-06-09", None, "KWT", "BGR",
    ["Saad Al-Abdullah Al-Salem Al-Sabah", "Alexander Bozhkov"], ["BGR", "KWT"], [], "Bozhkov was received on Monday by His Highness the Crown Prince"),
  E("BGR-KWT-jaber-stoyanov-phone-call-1997", "call", "Telephone call of the Amir Sheikh Jaber Al-Ahmad Al-Jaber Al-Sabah and Bulgarian President Petar Stoyanov", "held", "1997-06-11", "1997-06-11", None, None, None,
    ["Jaber Al-Ahmad Al-Jaber Al-Sabah", "Petar Stoyanov"], ["BGR", "KWT"], [], "received a telephone call today from Bulgarian President Petar Stoyanov"),
  E("BGR-BHR-bozhkov-visit-bahrain-1997", "visit", "Bozhkov's onward visit to Bahrain", "planned", "1997-06-12", "1997-06-12", None, "BHR", "BGR",
    ["Alexander Bozhkov"], ["BGR", "BHR"], [], "Bozhkov leaves Kuwait tomorrow for Bahrain."),
  E("BGR-KWT-agreements-signing-kuwait-1997", "ceremony", "Signing of the Kuwait-Bulgaria investment and double taxation agreements", "held", "1997-06-11", "1997-06-11", "Kuwait", "KWT", "BGR",
    SIG16, ["BGR", "KWT"], [KB1, KB2], "The two agreements were signed by Kuwaiti Finance Minister", opt=True),
 ], "KUNA 1997 (Wednesday). Privatisation invitation to investors is not an instrument.")

# ================= y17: Indian Ocean Commission summit (web 2025) =================
doc("y17.txt")
ioc = IO("Indian Ocean Commission", "IGO:IOC", ["IOC"])
com, mdg17, syc, mus, fra = S("Comoros", "COM"), S("Madagascar", "MDG"), S("Seychelles", "SYC"), S("Mauritius", "MUS"), S("France", "FRA", ["Paris"])
C5 = ["COM", "FRA", "IGO:IOC", "MDG", "MUS", "SYC"]
MD, MP, JMA = "COM-FRA-IGO:IOC-MDG-MUS-SYC-moroni-declaration-2025", "COM-FRA-IGO:IOC-MDG-MUS-SYC-maritime-security-information-sharing-protocol-2025", "MUS-SYC-mascarene-plateau-joint-management-arrangement-2012"
F("y17.txt", "2025-04-26", [
  A(MD, "declaration", "Moroni Declaration of the Indian Ocean Commission on food security", ["agriculture", "trade"], C5, [ioc, com, mdg17, syc, mus, fra], [],
    [H("signed", "2025-04-25", "day", "Moroni", "ended their sixth summit in Moroni on Friday by adopting a declaration")],
    inf=["Azali Assoumani", "Andry Rajoelina"],
    note="organisation-wide instrument: IGO:IOC plus the five members named; adopted = signed. Review: 'adopted by the presidents of the Comoros, Madagascar and Seychelles ...'; the article names the Comoros and Madagascar presidents later (inferable signatories)"),
  A(MP, "protocol", "IOC regional protocol on maritime security information sharing", ["maritime", "peace_security"], C5, [ioc, com, mdg17, syc, mus, fra], [],
    [H("signed", "2025-04-26", "on_or_before", None, "Ministers also signed a regional protocol on maritime security information sharing")],
    note="no day (two-day summit): on_or_before; entry into force conditional -> no stage"),
  A(JMA, "arrangement", "Mauritius-Seychelles joint management arrangement for the Mascarene Plateau seabed (extension by ten years)", ["maritime"], ["MUS", "SYC"],
    [mus, syc], [],
    [H("in_force", "2012", "year", None, "in force since 2012"),
     H("agreed", "2025-04-26", "on_or_before", None, "in force since 2012"),
     H("planned", "2025-07", "month", "Victoria", "The two countries' ministers will sign the extension in Victoria in July, officials said.")],
    note="extension = same instrument (GUIDE): agreed on the sidelines (day not given), signing planned in Victoria in July (future)"),
  A("COM-FRA-development-partnership-framework-2025-2029", "programme", "France-Comoros development partnership framework document 2025-2029 (150 million euros)", ["development_aid"], ["COM", "FRA"],
    [fra, com], [],
    [H("signed", "2025-04-26", "on_or_before", None, "France and the Comoros also signed a development partnership framework document")], vp={"from": "2025", "to": "2029"},
    note="the 2019 aid suspension names no instrument"),
 ], [
  E("COM-FRA-IGO:IOC-MDG-MUS-SYC-ioc-summit-moroni-2025", "summit", "Sixth summit of the Indian Ocean Commission in Moroni", "held", "2025-04-24", "2025-04-25", "Moroni", "COM", None,
    ["Azali Assoumani", "Andry Rajoelina"], C5, [MD, MP], "ended their sixth summit in Moroni on Friday",
    note="two days, opened Thursday 04-24, ended Friday 04-25"),
  E("COM-MDG-azali-rajoelina-talks-2025", "talks", "Bilateral talks of Azali Assoumani and Andry Rajoelina", "held", "2025-04-25", "2025-04-25", None, "COM", "MDG",
    ["Azali Assoumani", "Andry Rajoelina"], ["COM", "MDG"], [], "held bilateral talks with Madagascar's President Andry Rajoelina on Friday morning"),
  E("IGO:IOC-MDG-ioc-summit-madagascar-2030", "summit", "Next IOC summit in Madagascar", "planned", "2030", "2030", "Madagascar", "MDG", None,
    [], ["IGO:IOC", "MDG"], [], "The next IOC summit will be held in Madagascar in 2030."),
  E("MUS-SYC-joint-management-extension-signing-victoria-2025", "ceremony", "Signing of the extension of the Mauritius-Seychelles joint management arrangement", "planned", "2025-07", "2025-07", "Victoria", "SYC", "MUS",
    [], ["MUS", "SYC"], [JMA], "The two countries' ministers will sign the extension in Victoria in July", opt=True),
 ], "Web 2025 (Saturday). Friday 04-25, Thursday 04-24. Photo caption (family photo) repeats the summit.")

# ================= hard negatives =================
F("y18.txt", "2019-10-02", [], [], "HARD NEGATIVE: agreement/memorandum between two national rugby unions (not government bodies), a sponsorship contract, a sports secretary who 'welcomed the deal', 'World Rugby said the arrangement'.")
F("y19.txt", "1987-09-30", [], [], "HARD NEGATIVE: Dutch-British insurance merger, 'agreed terms', 'signed', regulators' approval, a joint venture; Dutch officials 'consulted'.")
F("y20.txt", "2024-04-12", [], [], "HARD NEGATIVE: domestic coalition spending deal ('signed a two-page memorandum'), 'agreed to meet the EU's deficit ceiling', Rutte's NATO bid only as background and a teaser link.")
F("y21.txt", None, [], [], "HARD NEGATIVE, NO DATE: court-approved settlement between a chemical company and residents; district council memorandum with the company (local authority, domestic).")
F("y22.txt", "2024-01-05", [], [], "HARD NEGATIVE: weather (cold snap); power companies in Finland and Sweden 'agreed to increase transfers' (companies, not states).")
F("y23.txt", "2023-06-21", [], [], "HARD NEGATIVE: private musician's concert tour; reception hosted by an honorary consul with a state (sub-national) arts minister; three-album recording deal. Judged not a diplomatic event: no officials of two states meet on state business.")
F("y24.txt", "2019-03-28", [], [], "HARD NEGATIVE: union-employer collective pay agreement, joint working group of union and employers, state mediator, minister 'welcomed'.")
F("y25.txt", "2025-09-30", [], [], "HARD NEGATIVE: football club tour (Al Ahly in Korea), club-to-club MoU, sponsorship deals, ambassador's dinner for the team (not a meeting of officials of two states).")

# ================= other news with one passing mention =================
doc("y26.txt")
F("y26.txt", "1987-03-24", [
  A(JT, "agreement", "30 bln yen Japanese loan to Thailand for the Eastern Seaboard", ["finance", "development_aid"], ["JPN", "THA"], [S("Japan", "JPN"), S("Thailand", "THA")], [],
    [H("signed", "1987-03-16", "day", None, "Dealers said sentiment was helped by the 30 bln yen Japanese loan signed on March 16")], expect_conflict=True,
    note="March 16 here, March 17 (Tuesday / 'today') in y01 and y02: date conflict"),
 ], [], "Reuters Bangkok 1987 markets report with one passing mention (cluster A). Bank rate cuts and rice prices are not instruments.")
doc("y27.txt")
F("y27.txt", "2024-05-20", [
  A(KG_VISA, "agreement", "Kyrgyzstan-UAE agreement on mutual visa exemption", ["visa"], ["ARE", "KGZ"], [S("Kyrgyzstan", "KGZ"), S("United Arab Emirates", "ARE", ["UAE"])], [],
    [H("signed", "2024-04", "month", "Abu Dhabi", "The surge comes after the agreement on mutual visa exemption signed by Kyrgyzstan and the UAE in Abu Dhabi in April"),
     H("in_force", "2024-05-15", "day", None, "The surge comes after the agreement on mutual visa exemption signed by Kyrgyzstan and the UAE in Abu Dhabi in April")],
    expect_conflict=True, note="cluster B; 'in April' (month) agrees with both y03 and y04; took effect May 15 -> in_force"),
 ], [], "Tourism news (web 2024) with one passing mention: the UAE-Kyrgyzstan visa exemption agreement (cluster B). Airline routes are commercial.")
doc("y28.txt")
F("y28.txt", None, [
  A("NPL-OMN-youth-and-sports-cooperation-mou", "memorandum", "Nepal-Oman government MoU on cooperation in youth and sports", ["sports"], ["NPL", "OMN"], [S("Nepal", "NPL"), S("Oman", "OMN")], [],
    [H("signed", None, "unknown", None, "under the memorandum of understanding on cooperation in youth and sports signed by the governments of Nepal and Oman"),
     H("implemented", None, "unknown", None, "under the memorandum of understanding on cooperation in youth and sports signed by the governments of Nepal and Oman")],
    note="NO DATE. A sports MoU between governments counts (unlike club or federation deals); travel funded under it -> implemented, null"),
 ], [], "Sports news, NO DATE, with one passing mention: a Nepal-Oman intergovernmental sports MoU. The tri-series itself is sport.")
doc("y29.txt")
F("y29.txt", "2025-10-14", [
  A("IDN-IGO:EU-comprehensive-economic-partnership-agreement", "agreement", "Indonesia-European Union Comprehensive Economic Partnership Agreement (IEU-CEPA)", ["trade"], ["IDN", "IGO:EU"],
    [S("Indonesia", "IDN"), IO("European Union", "IGO:EU")], [],
    [H("finalized", "2025-09", "month", None, "Trade Minister Budi Santoso said exporters were preparing for the Indonesia-European Union Comprehensive Economic Partnership Agreement")],
    note="'negotiations were concluded in September' = finalized, 2025-09; the EU's WTO complaint is a dispute, not an instrument"),
 ], [], "Antara 2025 commodity news with one passing mention: the Indonesia-EU CEPA concluded in September.")
doc("y30.txt")
F("y30.txt", "2020-08-12", [
  A("JPN-LAO-vaccine-grant-agreement-2020", "agreement", "Japan-Laos 480 million yen grant agreement for vaccines and cold-chain equipment", ["health", "development_aid"], ["JPN", "LAO"],
    [S("Japan", "JPN"), S("Laos", "LAO")], [],
    [H("signed", "2020-02", "month", "Vientiane", "The vaccines and cold-chain equipment were supplied under a 480 million yen grant agreement"),
     H("implemented", "2020-08-12", "on_or_before", None, "The vaccines and cold-chain equipment were supplied under a 480 million yen grant agreement")],
    note="'in February' -> 2020-02; supplies delivered under it -> implemented (news of the day). UNICEF handles procurement, not a party"),
 ], [], "Health news (2020) with one passing mention: Japan-Laos grant agreement. WHO statement is not an event.")

assert len(files) == 30
json.dump({"batch": "Y", "files": files}, open(os.path.join(HERE, "batch_Y.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
