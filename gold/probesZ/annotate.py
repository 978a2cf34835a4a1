#!/usr/bin/env python3
"""Gold annotation of batch Z (probesZ), in the GUIDE batch format. Run from /tmp/probesZ: python3 annotate.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
def text(f): return open(os.path.join(DOCS, f), encoding="utf-8").read()
CUR = {"t": ""}
ABBR = ("Dr.", "Sept.", "Dec.", "Nov.", "St.", "Mr.", "Ms.")
DATELINES = [r"^SOCHI, October 24\. /TASS/\. ", r"^ABU DHABI, 23rd April, 2024 \(WAM\) -- ", r"^Santiago \(ANTARA News\) - ",
             r"^Seoul, 17 sept \(APS\) - ", r"^[A-Za-z' ]+(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z]+\))? -{1,2} "]
def q(frag):
    """The sentence of the current article that contains frag (copied from the file)."""
    t = CUR["t"]
    lines = [l for l in t.split("\n") if frag in l]
    assert len(lines) >= 1, frag
    raw = re.split(r'(?<=[.!?"])\s+(?=[A-Z"\[])', lines[0])
    sents = []
    for s in raw:
        if sents and sents[-1].endswith(ABBR): sents[-1] = sents[-1] + " " + s
        else: sents.append(s)
    hits = [s for s in sents if frag in s]
    assert hits, frag
    s = hits[0].strip()
    for d in DATELINES:
        s2 = re.sub(d, "", s)
        if s2 != s: s = s2; break
    assert frag in s and s in t, frag
    return s.strip()
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
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

# ================= z01 / z02: Italy-Tunisia soft loan (Reuters 1986, cluster A) =================
IT_LOAN = "ITA-TUN-soft-loan-agreement-1986"
ita, tun = S("Italy", "ITA", ["Rome"]), S("Tunisia", "TUN", [])
doc("z01.txt")
F("z01.txt", "1986-06-11", [
  A(IT_LOAN, "agreement", "Italy-Tunisia soft loan agreement (150 bln lire for Medjerda irrigation and Tunis-Gabes railway)", ["finance", "development_aid"], ["ITA", "TUN"],
    [ita, tun], ["Mansour Bouzid", "Giorgio Ruffini"],
    [H("signed", "1986-06-10", "day", "Tunis", "Italy and Tunisia signed a soft loan agreement here on Tuesday")], expect_conflict=True,
    note="Tuesday against Wednesday 1986-06-11 -> 1986-06-10; 'here' + TUNIS dateline. z02 says Monday (1986-06-09) and 145 bln lire"),
  A("ITA-TUN-transit-gas-price-accord", "agreement", "Italy-Tunisia accord on a new price formula for Algerian transit gas (trans-Mediterranean pipeline)", ["energy"], ["ITA", "TUN"],
    [S("Italy", "ITA"), tun], [],
    [H("negotiating", "1986-06-11", "on_or_before", None, "are still negotiating a new price formula for Algerian gas")],
    note="'hope to reach an accord before the end of the year': the accord under negotiation; Algeria is the gas's origin, not named as a party"),
  A("ITA-TUN-fisheries-agreement", "agreement", "Italy-Tunisia fisheries agreement (Sicilian trawlers in Tunisian waters)", ["agriculture", "maritime"], ["ITA", "TUN"],
    [S("Italy", "ITA", ["Sicilian"]), tun], [],
    [H("terminated", "1985", "year", None, "A fisheries agreement allowing Sicilian trawlers to fish in Tunisian waters expired last year")],
    note="'expired last year' -> terminated 1985; signing year not given: no year in the key. Parties read from 'Sicilian trawlers'/'Tunisian waters'"),
 ], [
  E("ITA-TUN-ruffini-visit-tunisia-1986", "visit", "Italian Under-Secretary Giorgio Ruffini's three-day visit to Tunisia", "held", "1986-06-10", "1986-06-12", None, "TUN", "ITA",
    ["Giorgio Ruffini", "Mansour Bouzid", "Mohamed Mzali"], ["ITA", "TUN"], [IT_LOAN], "who is on a three-day visit to Tunisia that ends tomorrow",
    note="ongoing on publication day; ends tomorrow (1986-06-12), so started 1986-06-10"),
  E("ITA-TUN-ruffini-mzali-meeting-1986", "meeting", "Giorgio Ruffini's meeting with Prime Minister Mohamed Mzali", "held", "1986-06-10", "1986-06-10", None, "TUN", "ITA",
    ["Giorgio Ruffini", "Mohamed Mzali"], ["ITA", "TUN"], [], "Ruffini also met Prime Minister Mohamed Mzali on Tuesday."),
 ], "Reuters Tunis 1986 (Wednesday). Cluster A with z02: figure (150 vs 145 bln lire) and signing day (Tuesday vs Monday) differ.")

doc("z02.txt")
F("z02.txt", "1986-06-12", [
  A(IT_LOAN, "agreement", "Italy-Tunisia accord lending Tunisia 145 bln lire on concessional terms", ["finance", "development_aid"], ["ITA", "TUN"],
    [S("Italy", "ITA", ["Rome"]), S("Tunisia", "TUN", ["Tunis"])], ["Giorgio Ruffini", "Mansour Bouzid"],
    [H("signed", "1986-06-09", "day", "Tunis", "the accord was signed in Tunis on Monday by Under-Secretary Giorgio Ruffini")], expect_conflict=True,
    note="Monday against Thursday 1986-06-12 -> 1986-06-09 (z01: Tuesday 1986-06-10)"),
  A("ITA-TUN-tunisian-workers-protocol-1986", "protocol", "Italy-Tunisia protocol on the status of Tunisian workers in Italy", ["labour_migration"], ["ITA", "TUN"],
    [S("Italy", "ITA"), S("Tunisia", "TUN")], [],
    [H("planned", "1986-07", "month", "Rome", "would sign a protocol on the status of Tunisian workers in Italy next month")],
    note="'next month' against June 1986 -> 1986-07 (target date: future stage); place Rome: signing at Essebsi's Rome visit (review, as z12's halal MoU in Lima)"),
 ], [
  E("ITA-TUN-essebsi-visit-rome-1986", "visit", "Tunisian Foreign Minister Beji Caid Essebsi's visit to Rome", "planned", "1986-07", "1986-07", "Rome", "ITA", "TUN",
    ["Beji Caid Essebsi"], ["ITA", "TUN"], ["ITA-TUN-tunisian-workers-protocol-1986"], "when Tunisian Foreign Minister Beji Caid Essebsi is due in Rome"),
 ], "Reuters Rome 1986 (Thursday). Cluster A with z01. 'today' is the ministry statement, not the signing. Ruffini's visit is not told here (only the signing in Tunis): no visit event.")

# ================= z03 / z04 / z26: South Korea-Senegal (Yonhap, APS, web; cluster B) =================
KS_EDCF, KS_MIN, KS_FISH, KS_EPA = ("KOR-SEN-edcf-framework-arrangement-2025", "KOR-SEN-critical-minerals-mou-2025",
                                     "KOR-SEN-fisheries-mou-2025", "KOR-SEN-economic-partnership-agreement")
V_FAYE, T_FAYE = "KOR-SEN-faye-state-visit-seoul-2025", "KOR-SEN-lee-faye-summit-seoul-2025"
doc("z03.txt")
kor, sen = S("South Korea", "KOR", ["Seoul"]), S("Senegal", "SEN", [])
F("z03.txt", "2025-09-16", [
  A(KS_EDCF, "agreement", "Korea-Senegal EDCF framework arrangement 2025-2029 (up to US$500 mln in concessional loans)", ["finance", "development_aid"], ["KOR", "SEN"],
    [kor, sen], ["Kang Min-seok", "Cheikh Diba"],
    [H("signed", "2025-09-16", "day", None, "South Korea and Senegal on Tuesday signed a framework arrangement")], vp={"from": "2025", "to": "2029"}, expect_conflict=True,
    note="Tuesday = publication day 2025-09-16; place not in the sentence (dateline only). APS (z04) says Monday and 450 mln. A loan framework: kind agreement (GUIDE: loan/credit agreements)"),
  A(KS_MIN, "memorandum", "Korea-Senegal MoU on critical minerals supply chains", ["industry", "trade"], ["KOR", "SEN"], [kor, sen], [],
    [H("signed", "2025-09-16", "day", None, "The two sides also signed a memorandum of understanding on critical minerals supply chains")], expect_conflict=True,
    note="'also signed' in the Tuesday story -> 2025-09-16; z04 says Monday"),
  A(KS_FISH, "memorandum", "Korea-Senegal MoU on cooperation in fisheries and marine resources", ["agriculture", "maritime"], ["KOR", "SEN"], [kor, sen], [],
    [H("signed", "2025-09-16", "day", None, "The two sides also signed a memorandum of understanding on critical minerals supply chains")], expect_conflict=True),
  A(KS_EPA, "agreement", "Korea-Senegal economic partnership agreement (EPA)", ["trade"], ["KOR", "SEN"], [kor, sen], [],
    [H("negotiating", "2025-09-16", "day", None, "the leaders declared the launch of negotiations on a Korea-Senegal economic partnership agreement")],
    note="launch of negotiations declared at the summit: negotiating from 2025-09-16"),
 ], [
  E(T_FAYE, "summit", "Summit of President Lee Jae-myung and Senegalese President Bassirou Diomaye Faye at the presidential office", "held", "2025-09-16", "2025-09-16", "Seoul", "KOR", "SEN",
    ["Lee Jae-myung", "Bassirou Diomaye Faye"], ["KOR", "SEN"], [KS_EDCF, KS_MIN, KS_FISH, KS_EPA], "after a summit between President Lee Jae-myung and Senegalese President Bassirou Diomaye Faye at the presidential office",
    note="the summit precedes the signing on Tuesday; the state visit is in Seoul ('Faye arrived in Seoul')"),
  E(V_FAYE, "visit", "Senegalese President Bassirou Diomaye Faye's four-day state visit to South Korea", "held", "2025-09-15", "2025-09-18", "Seoul", "KOR", "SEN",
    ["Bassirou Diomaye Faye", "Lee Jae-myung", "Cheikh Diba"], ["KOR", "SEN"], [KS_EDCF, KS_MIN, KS_FISH, KS_EPA], "Faye arrived in Seoul on Monday for a four-day state visit",
    note="arrived Monday 2025-09-15, four days -> 2025-09-18 (under way at publication)"),
  E("KOR-SEN-epa-first-round-dakar-2025", "talks", "First round of Korea-Senegal EPA negotiations in Dakar", "planned", "2025-11", "2025-11", "Dakar", "SEN", "KOR",
    [], ["KOR", "SEN"], [KS_EPA], "the leaders declared the launch of negotiations on a Korea-Senegal economic partnership agreement"),
  E("JPN-SEN-faye-visit-tokyo-2025", "visit", "Bassirou Diomaye Faye's onward trip to Tokyo", "planned", None, None, "Tokyo", "JPN", "SEN",
    ["Bassirou Diomaye Faye"], ["JPN", "SEN"], [], "Faye is scheduled to visit a Hyundai Motor plant in Ulsan on Wednesday before leaving for Tokyo.",
    opt=True, note="only 'before leaving for Tokyo': optional. The Hyundai plant visit is not diplomatic"),
 ], "Yonhap 2025 (Tuesday). Cluster B with z04 (APS: Monday, 450 mln) and z26.")

doc("z04.txt")
kor4, sen4 = S("Republic of Korea", "KOR", []), S("Senegal", "SEN", ["Dakar"])
SIG4 = "Senegal and the Republic of Korea signed on Monday in Seoul three cooperation agreements"
F("z04.txt", "2025-09-17", [
  A(KS_EDCF, "agreement", "Senegal-Korea concessional financing framework of 450 million dollars (EDCF, 2025-2029)", ["finance", "development_aid"], ["KOR", "SEN"],
    [kor4, sen4], [],
    [H("signed", "2025-09-15", "day", "Seoul", SIG4)], vp={"from": "2025", "to": "2029"}, expect_conflict=True,
    note="Monday against Wednesday 2025-09-17 -> 2025-09-15; Yonhap (z03): Tuesday 2025-09-16, 500 mln. No signatory named as signing (Diba only quoted)"),
  A(KS_MIN, "memorandum", "Senegal-Korea memorandum on critical minerals", ["industry", "trade"], ["KOR", "SEN"], [kor4, sen4], [],
    [H("signed", "2025-09-15", "day", "Seoul", SIG4)], expect_conflict=True,
    note="one of the 'three cooperation agreements' signed Monday in Seoul (the quote names the signing; the next sentence names the memorandum)"),
  A(KS_FISH, "memorandum", "Senegal-Korea memorandum on fisheries", ["agriculture", "maritime"], ["KOR", "SEN"], [kor4, sen4], [],
    [H("signed", "2025-09-15", "day", "Seoul", SIG4)], expect_conflict=True),
  A(KS_EPA, "agreement", "Senegal-Korea economic partnership agreement", ["trade"], ["KOR", "SEN"], [kor4, sen4], [],
    [H("negotiating", "2025-09-16", "day", None, "who announced that the two countries would begin negotiating an economic partnership agreement")],
    note="announced at the Tuesday talks (2025-09-16); 'would begin negotiating' read as the launch of negotiations, as in z03"),
  A("KOR-SEN-vocational-training-mou-2025", "memorandum", "Memorandum on vocational training between the Senegalese Ministry of Higher Education and KOICA", ["education"], ["KOR", "SEN"],
    [G("Senegalese Ministry of Higher Education", "SEN"), G("Korea International Cooperation Agency", "KOR", ["KOICA"])], [],
    [H("planned", "2025", "year", None, "A memorandum on vocational training between the Senegalese Ministry of Higher Education")],
    note="'expected to be signed before the end of the year' -> planned, target 2025"),
 ], [
  E(T_FAYE, "talks", "Talks of President Bassirou Diomaye Faye and President Lee Jae-myung", "held", "2025-09-16", "2025-09-16", None, "KOR", "SEN",
    ["Bassirou Diomaye Faye", "Lee Jae-myung"], ["KOR", "SEN"], [KS_EPA], "President Faye held talks on Tuesday with his Korean counterpart, Lee Jae-myung"),
  E(V_FAYE, "visit", "State visit of President Bassirou Diomaye Faye to the Republic of Korea", "held", "2025-09-15", "2025-09-16", "Seoul", "KOR", "SEN",
    ["Bassirou Diomaye Faye", "Cheikh Niang", "Cheikh Diba"], ["KOR", "SEN"], [KS_EDCF, KS_MIN, KS_FISH], SIG4,
    count=3, note="dated days here: signing Monday, talks Tuesday"),
 ], "APS 2025 (Wednesday), English text under a French headline. Cluster B with z03: Monday vs Tuesday, 450 vs 500 mln.")

# ================= z05 / z06: Indonesia-Chile CEPA (Antara, Xinhua; cluster C) =================
IC = "CHL-IDN-comprehensive-economic-partnership-agreement-2017"
IC_MIN = "CHL-IDN-mining-mou-2017"
C_IC = "CHL-IDN-cepa-signing-santiago-2017"
doc("z05.txt")
chl5, idn5 = S("Chile", "CHL", []), S("Indonesia", "IDN", [])
F("z05.txt", "2017-12-15", [
  A(IC, "agreement", "Indonesia-Chile Comprehensive Economic Partnership Agreement (IC-CEPA)", ["trade"], ["CHL", "IDN"], [chl5, idn5],
    ["Rahmat Sudirja", "Pablo Errazuriz"],
    [H("signed", "2017-12-14", "day", "Santiago", "Indonesia and Chile signed the Indonesia-Chile Comprehensive Economic Partnership Agreement (IC-CEPA) in Santiago on Thursday (Dec 14)"),
     H("negotiating", "2016-05", "month", None, "Negotiations on the IC-CEPA began in May 2016"),
     H("finalized", None, "unknown", None, "Negotiations on the IC-CEPA began in May 2016")], expect_conflict=True,
    note="Xinhua (z06) says Friday 2017-12-15. Negotiations 'were concluded in four rounds' (finalized, no date; review). Ratification 'expected next year' is a condition: no stage"),
  A(IC_MIN, "memorandum", "Indonesia-Chile MoU on cooperation in mining and mineral resources", ["industry"], ["CHL", "IDN"], [chl5, idn5],
    ["Rahmat Sudirja", "Pablo Errazuriz"],
    [H("signed", "2017-12-14", "day", None, "On the same occasion, the two ministers signed a memorandum of understanding")],
    note="'the two ministers' = Sudirja and Errazuriz (named in the previous paragraphs)"),
 ], [
  E(C_IC, "ceremony", "Signing of the IC-CEPA at La Moneda palace, witnessed by President Michelle Bachelet", "held", "2017-12-14", "2017-12-14", "Santiago", "CHL", "IDN",
    ["Rahmat Sudirja", "Pablo Errazuriz", "Michelle Bachelet"], ["CHL", "IDN"], [IC, IC_MIN], "put their names to the agreement at the La Moneda palace"),
  E("CHL-IDN-sudirja-rodriguez-meeting-2017", "meeting", "Rahmat Sudirja's meeting with Chilean Economy Minister Jorge Rodriguez Grossi", "held", "2017-12-14", "2017-12-14", None, "CHL", "IDN",
    ["Rahmat Sudirja", "Jorge Rodriguez Grossi"], ["CHL", "IDN"], [], "Sudirja also met Chilean Economy Minister Jorge Rodriguez Grossi on Thursday"),
 ], "Antara 2017 (Friday). Cluster C with z06 (Xinhua: Friday, 'Sudirdja', 'Errázuriz').")

doc("z06.txt")
chl6, idn6 = S("Chile", "CHL", []), S("Indonesia", "IDN", [])
F("z06.txt", "2017-12-16", [
  A(IC, "agreement", "Chile-Indonesia comprehensive economic partnership agreement", ["trade"], ["CHL", "IDN"], [chl6, idn6],
    ["Pablo Errázuriz", "Rahmat Sudirdja"],
    [H("signed", "2017-12-15", "day", None, "Chile and Indonesia on Friday signed a comprehensive economic partnership agreement")], expect_conflict=True,
    note="Friday against the Dec. 15 dateline / Saturday header -> 2017-12-15; Antara (z05): Thursday Dec 14. 'at the presidential palace' names no city: place null"),
  A("CHL-CHN-fta-upgrade-protocol-2017", "protocol", "Chile-China protocol upgrading their free trade agreement", ["trade"], ["CHL", "CHN"],
    [S("Chile", "CHL"), S("China", "CHN")], [],
    [H("signed", "2017-11-11", "day", "Da Nang", "Chile and China signed a protocol upgrading their free trade agreement in Da Nang")]),
  A("CHL-CHN-free-trade-agreement", "agreement", "Chile-China free trade agreement", ["trade"], ["CHL", "CHN"],
    [S("Chile", "CHL"), S("China", "CHN")], [],
    [H("in_force", None, "unknown", None, "Chile and China signed a protocol upgrading their free trade agreement in Da Nang")],
    opt=True, note="the FTA itself, named only as the object of the upgrade protocol: optional"),
 ], [
  E(C_IC, "ceremony", "Signing of the Chile-Indonesia agreement at the presidential palace", "held", "2017-12-15", "2017-12-15", None, "CHL", "IDN",
    ["Pablo Errázuriz", "Rahmat Sudirdja"], ["CHL", "IDN"], [IC], "inked the deal at the presidential palace", note="date differs from z05 (Thursday)"),
  E("CHL-CHN-IGO:APEC-VNM-apec-meetings-da-nang-2017", "summit", "APEC meetings in Da Nang", "held", "2017-11-11", "2017-11-11", "Da Nang", "VNM", None,
    [], ["CHL", "CHN", "IGO:APEC", "VNM"], ["CHL-CHN-fta-upgrade-protocol-2017"], "on the sidelines of the APEC meetings", opt=True,
    note="host Viet Nam ('Da Nang, Vietnam') among the countries (review)"),
 ], "Xinhua 2017 (header Saturday, dateline Dec. 15). Cluster C with z05. Meeting business leaders is not diplomatic.")

# ================= z07: Scheldt treaty (BBC 2005); z29 links =================
SCH = "BEL-NLD-scheldt-deepening-treaty-2005"
doc("z07.txt")
nld, bel = S("Netherlands", "NLD", ["Dutch"]), S("Belgium", "BEL", ["Belgians", "Flemish"])
F("z07.txt", "2005-12-21", [
  A(SCH, "treaty", "Dutch-Belgian treaty allowing the deepening of the river Scheldt", ["maritime", "transport", "environment"], ["BEL", "NLD"], [nld, bel],
    ["Karla Peijs", "Kris Peeters"],
    [H("signed", "2005-12-21", "day", "Middelburg", "The treaty was signed in the Dutch town of Middelburg on Wednesday")],
    note="'The Dutch parliament must still approve the treaty': condition, no stage"),
  A("BEL-NLD-scheldt-estuary-long-term-vision-2004", "roadmap", "Dutch-Belgian long-term vision for the Scheldt estuary", ["environment", "maritime"], ["BEL", "NLD"], [nld, bel], [],
    [H("agreed", "2004", "year", None, "The two governments agreed last year on a long-term vision for the estuary")],
    note="an agreed planning document between the two governments: kind roadmap"),
  A("BEL-NLD-scheldt-joint-commission", "arrangement", "Dutch-Belgian joint commission on the Scheldt estuary", ["environment"], ["BEL", "NLD"], [nld, bel], [],
    [H("in_force", None, "unknown", None, "drawn up by a joint commission")], opt=True, note="existing mechanism named in passing: optional"),
  A("NLD-scheldt-treaty-1839", "treaty", "Treaty of 1839 obliging the Netherlands to maintain the navigability of the Scheldt", ["maritime"], ["NLD"], [S("Netherlands", "NLD")], [],
    [H("in_force", None, "unknown", None, "Under a treaty of 1839, the Netherlands is obliged to maintain the navigability of the Scheldt.")],
    opt=True, note="background; other parties not named: optional"),
 ], [
  E("BEL-NLD-scheldt-treaty-signing-middelburg-2005", "ceremony", "Signing of the Scheldt treaty in Middelburg", "held", "2005-12-21", "2005-12-21", "Middelburg", "NLD", "BEL",
    ["Karla Peijs", "Kris Peeters"], ["BEL", "NLD"], [SCH], "The treaty was signed in the Dutch town of Middelburg on Wednesday"),
 ], "BBC 2005 (Wednesday). z29 (undated) mentions the same treaty, signed in 2005.")

# ================= z08: Slovakia-Azerbaijan press release (UNDATED) =================
doc("z08.txt")
svk, aze = S("Slovakia", "SVK", ["Slovak"]), S("Azerbaijan", "AZE", ["Azerbaijani"])
F("z08.txt", None, [
  A("AZE-SVK-diplomatic-academies-mou", "memorandum", "MoU between the Slovak and Azerbaijani diplomatic academies on the training of diplomats", ["education", "diplomatic_relations"], ["AZE", "SVK"],
    [G("Diplomatic academy of the Slovak Ministry of Foreign and European Affairs", "SVK"), G("Diplomatic academy of the Azerbaijani Ministry of Foreign Affairs", "AZE")], [],
    [H("signed", None, "unknown", None, "the diplomatic academies of the two ministries signed a memorandum of understanding")],
    note="NO YEAR: 'today' in an undated release -> null"),
  A("AZE-SVK-intergovernmental-commission-economic-cooperation", "arrangement", "Slovak-Azerbaijani intergovernmental commission for economic cooperation", ["economic_cooperation"], ["AZE", "SVK"],
    [svk, aze], [],
    [H("agreed", None, "unknown", None, "the preparation of the first session of the Slovak-Azerbaijani intergovernmental commission")],
    opt=True, note="mechanism known only through its first session in preparation: optional"),
  A("AZE-SVK-double-taxation-agreement", "agreement", "Slovakia-Azerbaijan agreement on the avoidance of double taxation", ["taxation"], ["AZE", "SVK"], [svk, S("Azerbaijan", "AZE")], [],
    [H("in_force", "2016", "year", None, "the agreement on the avoidance of double taxation between Slovakia and Azerbaijan has been in force since 2016")]),
 ], [
  E("AZE-SVK-political-consultations-baku", "meeting", "Slovak-Azerbaijani political consultations in Baku (Kollárová-Mammadli)", "held", None, None, "Baku", "AZE", "SVK",
    ["Ivana Kollárová", "Elnur Mammadli"], ["AZE", "SVK"], ["AZE-SVK-diplomatic-academies-mou"], "held political consultations with Deputy Foreign Minister of Azerbaijan Elnur Mammadli in Baku today"),
  E("AZE-SVK-kollarova-jabbarov-meeting-baku", "meeting", "Ivana Kollárová's meeting with Minister of Economy Mikayil Jabbarov", "held", None, None, None, "AZE", "SVK",
    ["Ivana Kollárová", "Mikayil Jabbarov"], ["AZE", "SVK"], [], "She also met Minister of Economy Mikayil Jabbarov"),
  E("AZE-SVK-political-consultations-bratislava", "meeting", "Next round of Slovak-Azerbaijani political consultations in Bratislava", "planned", None, None, "Bratislava", "SVK", "AZE",
    [], ["AZE", "SVK"], [], "The State Secretary invited the Azerbaijani side to hold the next round of consultations in Bratislava next year.", opt=True,
    note="an invitation, 'next year' with no year known: date null; optional like the batch's other invitations (review)"),
  E("AZE-SVK-intergovernmental-commission-first-session-bratislava", "meeting", "First session of the Slovak-Azerbaijani intergovernmental commission for economic cooperation", "planned", None, None, "Bratislava", "SVK", "AZE",
    [], ["AZE", "SVK"], [], "to be held in Bratislava in the autumn"),
 ], "Ministry press release, NO YEAR (header '14 May'): all stage and event dates null except the DTA 'since 2016' (year in text).")

# ================= z09: Kuwait Fund - Malawi (KUNA 2021) =================
doc("z09.txt")
F("z09.txt", "2021-03-08", [
  A("KWT-MWI-lilongwe-rural-roads-loan-agreement-2021", "agreement", "Kuwait Fund loan agreement with Malawi (KD 6 mln, Lilongwe rural roads project)", ["finance", "infrastructure", "transport"], ["KWT", "MWI"],
    [G("Kuwait Fund for Arab Economic Development", "KWT", ["KFAED", "the Fund"]), S("Malawi", "MWI", ["Republic of Malawi"])], ["Waleed Al-Bahar", "Yusuf Kamwendo"],
    [H("signed", "2021-03-08", "day", None, "The Kuwait Fund for Arab Economic Development (KFAED) signed on Monday a loan agreement")],
    note="Monday = publication day; KUWAIT dateline without 'here': place null"),
 ], [
  E("KWT-MWI-foreign-ministers-call-2021", "call", "Phone call of Kuwaiti Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah and Malawian Foreign Minister Eisenhower Nkhata", "held", "2021-03-07", "2021-03-07", None, None, None,
    ["Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah", "Eisenhower Nkhata"], ["KWT", "MWI"], [], "received a phone call on Sunday from his Malawian counterpart Eisenhower Nkhata"),
  E("KWT-MWI-ahmad-nasser-visit-lilongwe", "visit", "Invitation to the Kuwaiti Foreign Minister to visit Lilongwe", "planned", None, None, "Lilongwe", "MWI", "KWT",
    ["Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah"], ["KWT", "MWI"], [], "invited Sheikh Dr. Ahmad Nasser to visit Lilongwe", opt=True, note="an invitation with no date: optional"),
 ], "KUNA 2021 (Monday). 'ninth loan' is a count of earlier loans: no items.")

# ================= z10: Türkiye-Uruguay (Anadolu 2022) =================
TU_SS, TU_COM = "TUR-URY-social-security-agreement-2022", "TUR-URY-joint-economic-trade-committee-2022"
doc("z10.txt")
tur, ury = S("Türkiye", "TUR", []), S("Uruguay", "URY", ["Montevideo"])
F("z10.txt", "2022-07-14", [
  A(TU_SS, "agreement", "Türkiye-Uruguay agreement on social security", ["labour_migration", "other"], ["TUR", "URY"], [tur, ury],
    ["Mevlüt Çavuşoğlu", "Francisco Bustillo"],
    [H("signed", "2022-07-13", "day", "Montevideo", "Türkiye and Uruguay signed an agreement on social security in Montevideo on Wednesday")]),
  A("TUR-URY-free-trade-agreement", "agreement", "Türkiye-Uruguay free trade agreement", ["trade"], ["TUR", "URY"], [tur, ury], [],
    [H("proposed", "2022-07-13", "day", None, "We agreed to start negotiations on a free trade agreement")],
    opt=True, note="agreed to start negotiations 'as soon as possible'; not yet negotiating; status open to reading (proposed/planned): optional"),
  A(TU_COM, "arrangement", "Türkiye-Uruguay joint economic and trade committee", ["economic_cooperation", "trade"], ["TUR", "URY"], [tur, ury], [],
    [H("agreed", "2022-07-13", "day", None, "The ministers also agreed to set up a joint economic and trade committee")]),
 ], [
  E("TUR-URY-cavusoglu-visit-montevideo-2022", "visit", "Turkish Foreign Minister Mevlüt Çavuşoğlu's visit to Uruguay", "held", "2022-07-13", "2022-07-13", "Montevideo", "URY", "TUR",
    ["Mevlüt Çavuşoğlu", "Francisco Bustillo", "Luis Lacalle Pou"], ["TUR", "URY"], [TU_SS, TU_COM], "during Foreign Minister Mevlüt Çavuşoğlu's visit to the South American country"),
  E("TUR-URY-cavusoglu-bustillo-meeting-2022", "meeting", "Meeting of Mevlüt Çavuşoğlu and Francisco Bustillo at the Santos Palace", "held", "2022-07-13", "2022-07-13", "Montevideo", "URY", "TUR",
    ["Mevlüt Çavuşoğlu", "Francisco Bustillo"], ["TUR", "URY"], [TU_SS, TU_COM], "signed the agreement following a meeting at the Santos Palace",
    note="Santos Palace is the Uruguayan Foreign Ministry in Montevideo"),
  E("TUR-URY-cavusoglu-lacalle-pou-meeting-2022", "meeting", "Mevlüt Çavuşoğlu received by President Luis Lacalle Pou", "held", "2022-07-13", "2022-07-13", None, "URY", "TUR",
    ["Mevlüt Çavuşoğlu", "Luis Lacalle Pou"], ["TUR", "URY"], [], "was also received by President Luis Lacalle Pou on Wednesday"),
  E("TUR-URY-lacalle-pou-visit-turkiye-2023", "visit", "Invited official visit of President Luis Lacalle Pou to Türkiye", "planned", "2023", "2023", None, "TUR", "URY",
    ["Luis Lacalle Pou"], ["TUR", "URY"], [], "invited him to pay an official visit to Türkiye next year", opt=True, note="an invitation: optional"),
  E("TUR-URY-joint-committee-first-meeting-ankara-2023", "meeting", "First meeting of the Türkiye-Uruguay joint economic and trade committee in Ankara", "planned", "2023", "2023", "Ankara", "TUR", "URY",
    [], ["TUR", "URY"], [TU_COM], "that will meet for the first time in Ankara in the first half of next year"),
  E("ARG-TUR-cavusoglu-talks-buenos-aires-2022", "talks", "Mevlüt Çavuşoğlu's talks with Argentine officials in Buenos Aires", "held", "2022-07-12", "2022-07-12", "Buenos Aires", "ARG", "TUR",
    ["Mevlüt Çavuşoğlu"], ["ARG", "TUR"], [], "where he held talks with Argentine officials on Tuesday"),
 ], "Anadolu-style web page 2022 (Thursday), share bar, Related link (must not yield items), tags. Mercosur rules are not an instrument named as such: no item.")

# ================= z11: Russia-Republic of Congo (TASS 2019) =================
doc("z11.txt")
rus, cog = S("Russia", "RUS", []), S("Republic of Congo", "COG", ["Congolese"])
F("z11.txt", "2019-10-24", [
  A("COG-RUS-military-technical-cooperation-agreement-2019", "agreement", "Russia-Republic of Congo intergovernmental agreement on military-technical cooperation", ["military_technical", "defence"], ["COG", "RUS"],
    [rus, cog], [],
    [H("signed", "2019-10-24", "day", "Sochi", "Russia and the Republic of Congo have signed an intergovernmental agreement on military-technical cooperation")],
    note="'signed today' (Thursday 2019-10-24) in Shugayev's quote; 'on the sidelines of the Russia-Africa summit in Sochi'"),
  A("COG-RUS-oil-products-pipeline-agreement-2018", "agreement", "Russia-Congo 2018 agreement on the Pointe-Noire-Brazzaville-Ouesso oil products pipeline", ["energy", "infrastructure"], ["COG", "RUS"],
    [rus, cog], [],
    [H("signed", "2018", "year", None, "the two leaders discussed the implementation of the 2018 agreement"),
     H("implemented", "2019-10-24", "on_or_before", None, "the two leaders discussed the implementation of the 2018 agreement")],
    note="'the 2018 agreement' -> signed 2018; pipeline 'being built' -> implemented by the publication date"),
 ], [
  E("COG-RUS-putin-sassou-nguesso-talks-sochi-2019", "talks", "Talks of Vladimir Putin and Denis Sassou Nguesso", "held", "2019-10-23", "2019-10-23", "Sochi", "RUS", "COG",
    ["Vladimir Putin", "Denis Sassou Nguesso"], ["COG", "RUS"], [], "On Wednesday, Russian President Vladimir Putin held talks with Congolese President Denis Sassou Nguesso",
    note="place from 'who is taking part in the summit' (in Sochi)"),
  E("COG-RUS-bogdanov-visit-brazzaville-2019", "visit", "Russian Deputy Foreign Minister Mikhail Bogdanov's visit to Brazzaville (postponed indefinitely)", "cancelled", "2019-11", "2019-11", "Brazzaville", "COG", "RUS",
    ["Mikhail Bogdanov"], ["COG", "RUS"], [], "has been postponed indefinitely", note="planned for November, postponed indefinitely: cancelled"),
  E("COG-EGY-RUS-russia-africa-summit-sochi-2019", "summit", "Russia-Africa summit in Sochi", "held", "2019-10-23", "2019-10-24", "Sochi", "RUS", None,
    ["Vladimir Putin", "Abdel Fattah el-Sisi", "Denis Sassou Nguesso"], ["COG", "EGY", "RUS"], ["COG-RUS-military-technical-cooperation-agreement-2019"],
    "The Russia-Africa summit, co-chaired by Putin and Egyptian President Abdel Fattah el-Sisi", opt=True,
    note="multilateral summit; dates only from the Wednesday talks and Thursday signing on its sidelines: optional. COG added: Sassou Nguesso takes part (review)"),
 ], "TASS 2019 (Thursday).")

# ================= z12: Malaysia-Peru (Bernama 2023) =================
doc("z12.txt")
mys, per = S("Malaysia", "MYS", []), S("Peru", "PER", ["Peruvian"])
F("z12.txt", "2023-11-17", [
  A("MYS-PER-joint-trade-committee-2023", "arrangement", "Malaysia-Peru joint trade committee", ["trade"], ["MYS", "PER"], [mys, per], [],
    [H("agreed", "2023-11-16", "day", "San Francisco", "Anwar said this was agreed during his bilateral meeting with Peruvian President Dina Boluarte")],
    note="agreed at the Thursday meeting 'here' (SAN FRANCISCO dateline)"),
  A("MYS-PER-free-trade-agreement", "agreement", "Malaysia-Peru Free Trade Agreement", ["trade"], ["MYS", "PER"], [mys, per], [],
    [H("in_force", "2012", "year", None, "The Malaysia-Peru Free Trade Agreement has been in force since 2012")],
    note="signing year not given: no year in the key"),
  A("MYS-PER-halal-certification-mou", "memorandum", "Malaysia-Peru MoU on halal certification", ["trade", "other"], ["MYS", "PER"], [mys, per], [],
    [H("planned", "2024", "year", "Lima", "a memorandum of understanding on halal certification is expected to be signed")],
    note="'when the Investment, Trade and Industry Minister visits Lima next year' -> planned 2024, Lima"),
 ], [
  E("MYS-PER-anwar-boluarte-meeting-san-francisco-2023", "meeting", "Bilateral meeting of Anwar Ibrahim and Dina Boluarte on the sidelines of APEC", "held", "2023-11-16", "2023-11-16", "San Francisco", None, None,
    ["Anwar Ibrahim", "Dina Boluarte"], ["MYS", "PER"], ["MYS-PER-joint-trade-committee-2023"], "Anwar said this was agreed during his bilateral meeting with Peruvian President Dina Boluarte",
    note="third-country venue: no host"),
  E("CHN-MYS-anwar-xi-meeting-san-francisco-2023", "meeting", "Anwar Ibrahim's meeting with Xi Jinping on the sidelines of APEC", "held", "2023-11-15", "2023-11-15", None, None, None,
    ["Anwar Ibrahim", "Xi Jinping"], ["CHN", "MYS"], [], "Anwar also held a meeting with Chinese President Xi Jinping on the sidelines of the summit on the 15th."),
  E("MYS-PER-trade-minister-visit-lima-2024", "visit", "Malaysian Investment, Trade and Industry Minister's visit to Lima", "planned", "2024", "2024", "Lima", "PER", "MYS",
    [], ["MYS", "PER"], ["MYS-PER-halal-certification-mou"], "when the Investment, Trade and Industry Minister visits Lima next year"),
  E("IGO:APEC-MYS-PER-USA-apec-leaders-meeting-san-francisco-2023", "summit", "APEC Economic Leaders' Meeting in San Francisco", "held", "2023-11-16", "2023-11-16", "San Francisco", "USA", None,
    ["Anwar Ibrahim", "Dina Boluarte"], ["IGO:APEC", "MYS", "PER", "USA"], [], "on the sidelines of the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting here on Thursday", opt=True,
    note="MYS and PER added: the participants' countries (review)"),
 ], "Bernama 2023 (Friday), San Francisco dateline.")

# ================= z13: Mekong analysis (web 2024) =================
MK = "KHM-LAO-THA-VNM-mekong-agreement-1995"
doc("z13.txt")
khm, lao, tha, vnm, chn = S("Cambodia", "KHM"), S("Laos", "LAO", ["Lao"]), S("Thailand", "THA"), S("Vietnam", "VNM"), S("China", "CHN", ["Beijing"])
mrc = IO("Mekong River Commission", "IGO:MRC", ["MRC"])
F("z13.txt", "2024-03-22", [
  A(MK, "agreement", "1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin", ["environment", "economic_cooperation"], ["KHM", "LAO", "THA", "VNM"],
    [khm, lao, tha, vnm], [],
    [H("signed", "1995", "year", "Chiang Rai", "The 1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin, signed in Chiang Rai"),
     H("in_force", None, "unknown", None, "The 1995 Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin, signed in Chiang Rai")],
    note="'remains the only treaty that governs the lower river': in force, no date (review: added, as for z27's EC agreement)"),
  A("IGO:MRC-KHM-LAO-THA-VNM-pnpca-2003", "other", "MRC Procedures for Notification, Prior Consultation and Agreement", ["environment"], ["IGO:MRC", "KHM", "LAO", "THA", "VNM"],
    [mrc, khm, lao, tha, vnm], [],
    [H("signed", "2003", "year", None, "Its Procedures for Notification, Prior Consultation and Agreement were adopted in 2003"),
     H("implemented", None, "unknown", None, "They have been applied to every Lao dam since Xayaburi")],
    note="adopted by the commission = approved by the parties (signed); applied since -> implemented (no date)"),
  A("CHN-KHM-LAO-MMR-THA-VNM-lancang-mekong-cooperation-2016", "arrangement", "Lancang-Mekong Cooperation mechanism", ["economic_cooperation", "environment"], ["CHN", "KHM", "LAO", "MMR", "THA", "VNM"],
    [chn, khm, lao, S("Myanmar", "MMR"), tha, vnm], [],
    [H("in_force", "2016", "year", None, "The Lancang-Mekong Cooperation mechanism, launched by the six riparian states in 2016")],
    note="'the six riparian states' = China, Myanmar and the four MRC members, all named in the article; launched = in operation"),
  A("CHN-IGO:MRC-hydrological-data-sharing-2019", "arrangement", "China's 2019 undertaking to share year-round hydrological data with the MRC", ["environment"], ["CHN", "IGO:MRC"],
    [chn, mrc], [],
    [H("agreed", "2019", "year", None, "In 2019 China agreed to share year-round hydrological data with the MRC")],
    opt=True, note="could be read as the first stage of the data-sharing memorandum below (one item) or a separate arrangement: optional"),
  A("CHN-IGO:MRC-data-sharing-memorandum-2023", "memorandum", "China-MRC memorandum on data sharing extended to dam operations", ["environment"], ["CHN", "IGO:MRC"],
    [chn, mrc], [],
    [H("signed", "2023-12", "month", "Vientiane", "the two sides signed a memorandum on data sharing in Vientiane last December")],
    note="'last December' against March 2024 -> 2023-12"),
  A("KHM-VNM-tonle-sap-delta-arrangement", "arrangement", "Cambodia-Vietnam arrangement on the Tonle Sap and the delta (discussed, not reached)", ["environment"], ["KHM", "VNM"],
    [khm, vnm], [],
    [H("negotiating", None, "unknown", None, "Cambodia and Vietnam have talked for a decade about a bilateral arrangement")],
    opt=True, note="talks 'without result' over a decade, no time anchor: optional"),
 ], [], "Analysis (web 2024) with cookie banner, Read more and tags; no events. Xayaburi is a dam, not an instrument.")

# ================= z14: UAE-Malta (WAM 2024); z28 links =================
AM_VISA = "ARE-MLT-air-services-agreement-2024"
doc("z14.txt")
are, mlt = S("United Arab Emirates", "ARE", ["UAE"]), S("Malta", "MLT", ["Republic of Malta"])
F("z14.txt", "2024-04-23", [
  A(AM_VISA, "agreement", "UAE-Malta air services agreement", ["aviation", "transport"], ["ARE", "MLT"], [are, mlt],
    ["Reem bint Ebrahim Al Hashimy", "Ian Borg"],
    [H("signed", "2024-04-23", "day", "Abu Dhabi", "The UAE and the Republic of Malta signed today an air services agreement")],
    note="'today' + ABU DHABI dateline in the same sentence; 'following talks in Abu Dhabi'"),
  A("ARE-MLT-renewable-energy-mou-2024", "memorandum", "UAE-Malta MoU on cooperation in renewable energy", ["energy"], ["ARE", "MLT"], [are, mlt],
    ["Reem bint Ebrahim Al Hashimy", "Ian Borg"],
    [H("signed", "2024-04-23", "day", "Abu Dhabi", "The UAE and the Republic of Malta signed today an air services agreement")]),
 ], [
  E("ARE-MLT-al-hashimy-borg-talks-abu-dhabi-2024", "talks", "Talks of Reem bint Ebrahim Al Hashimy and Maltese Foreign Minister Ian Borg in Abu Dhabi", "held", "2024-04-23", "2024-04-23", "Abu Dhabi", "ARE", "MLT",
    ["Reem bint Ebrahim Al Hashimy", "Ian Borg"], ["ARE", "MLT"], [AM_VISA, "ARE-MLT-renewable-energy-mou-2024"], "following talks in Abu Dhabi"),
  E("ARE-MLT-mediterranean-investment-forum-valletta-2024", "conference", "Mediterranean investment forum in Valletta", "planned", "2024-10", "2024-10", "Valletta", "MLT", "ARE",
    [], ["ARE", "MLT"], [], "Borg invited the UAE to take part in a Mediterranean investment forum in Valletta in October.", opt=True,
    note="an invitation to a forum: optional"),
 ], "WAM 2024 (Tuesday). z28 reports the air services agreement's entry into force. (Review: text changed from a visa exemption for ordinary passports, implausible between the UAE and a Schengen state since 2015.)")

# ================= z15: Egypt-Zambia (MENA 2023) =================
doc("z15.txt")
egy, zmb = S("Egypt", "EGY", []), S("Zambia", "ZMB", [])
F("z15.txt", "2023-05-10", [
  A("EGY-ZMB-water-resources-mou-2023", "memorandum", "Egypt-Zambia MoU on cooperation in water resources management and irrigation", ["environment", "agriculture"], ["EGY", "ZMB"],
    [egy, zmb], ["Hani Sewilam", "Mwanza Chilufya"],
    [H("signed", "2023-05-10", "day", None, "Egypt and Zambia on Wednesday signed a memorandum of understanding on cooperation in water resources management and irrigation")],
    note="Wednesday = publication day; signers from 'The memorandum was inked by ...'; Shoukry and Mulenga present, not signing"),
  A("EGY-ZMB-joint-committee", "arrangement", "Egyptian-Zambian joint committee", ["comprehensive_cooperation"], ["EGY", "ZMB"], [egy, zmb], [],
    [H("in_force", None, "unknown", None, "The two ministers agreed that the Egyptian-Zambian joint committee would convene in Lusaka in October")],
    opt=True, note="existing mechanism named through its next session: optional"),
 ], [
  E("EGY-ZMB-shoukry-mulenga-talks-cairo-2023", "talks", "Talks of Sameh Shoukry and Zambian Foreign Minister Chipoka Mulenga in Cairo", "held", "2023-05-10", "2023-05-10", "Cairo", "EGY", "ZMB",
    ["Sameh Shoukry", "Chipoka Mulenga"], ["EGY", "ZMB"], ["EGY-ZMB-water-resources-mou-2023"], "Shoukry and Mulenga held talks at the ministry's headquarters in Cairo"),
  E("EGY-ZMB-joint-committee-session-lusaka-2023", "meeting", "Session of the Egyptian-Zambian joint committee in Lusaka", "planned", "2023-10", "2023-10", "Lusaka", "ZMB", "EGY",
    [], ["EGY", "ZMB"], [], "The two ministers agreed that the Egyptian-Zambian joint committee would convene in Lusaka in October"),
  E("EGY-ZMB-shoukry-visit-zambia", "visit", "Sameh Shoukry's visit to Zambia (invitation accepted)", "planned", None, None, None, "ZMB", "EGY",
    ["Sameh Shoukry"], ["EGY", "ZMB"], [], "Shoukry also accepted an invitation to visit Zambia.", opt=True, note="no date: optional"),
 ], "MENA 2023 (Wednesday). GERD is a dam, not an instrument.")

# ================= z16: Greece-Macedonia name talks (BBC 2007) =================
doc("z16.txt")
grc, mkd = S("Greece", "GRC", ["Athens"]), S("Macedonia", "MKD", ["Skopje"])
F("z16.txt", "2007-10-04", [
  A("GRC-MKD-interim-accord-1995", "agreement", "1995 interim accord between Greece and Macedonia", ["diplomatic_relations", "trade"], ["GRC", "MKD"], [grc, mkd], [],
    [H("signed", "1995", "year", "New York", "Under the 1995 interim accord between the two countries, signed in New York")],
    note="still governing relations, implied only; one stage"),
  A("GRC-MKD-name-agreement", "agreement", "Greece-Macedonia agreement on Macedonia's name (talks broke down)", ["diplomatic_relations"], ["GRC", "MKD"], [grc, mkd], [],
    [H("negotiating", "2007-10-04", "day", "Vienna", "Talks between Greece and Macedonia on the former Yugoslav republic's name have broken down after two days in Vienna")],
    opt=True, note="no instrument named ('unless a solution is found'); the talks broke down: optional"),
 ], [
  E("GRC-IGO:UN-MKD-name-talks-vienna-2007", "talks", "UN-mediated Greece-Macedonia name talks in Vienna", "held", "2007-10-03", "2007-10-04", "Vienna", None, None,
    ["Matthew Nimetz", "Nikola Dimitrov", "Adamantios Vassilakis"], ["GRC", "IGO:UN", "MKD"], [], "have broken down after two days in Vienna",
    note="two days ending Thursday 2007-10-04; third-country venue: no host"),
  E("GRC-IGO:UN-MKD-name-talks-new-york-2007", "talks", "Further round of name talks in New York (called off)", "cancelled", "2007-10", "2007-10", "New York", None, None,
    [], ["GRC", "IGO:UN", "MKD"], [], "A further round planned for New York later this month has been called off, diplomats said."),
  E("IGO:NATO-ROU-nato-summit-bucharest-2008", "summit", "Nato summit in Bucharest", "planned", "2008-04", "2008-04", "Bucharest", "ROU", None,
    [], ["IGO:NATO", "ROU"], [], "at the alliance's summit in Bucharest next April", opt=True),
 ], "BBC 2007 (Thursday). The 1995 trade embargo is not an instrument.")

# ================= z17: Spain-Mexico oil (Reuters 1987) =================
doc("z17.txt")
esp, mex = S("Spain", "ESP", ["Spanish"]), S("Mexico", "MEX", ["Mexican"])
F("z17.txt", "1987-03-19", [
  A("ESP-MEX-crude-oil-supply-agreement-1987", "agreement", "Spain-Mexico government-to-government crude oil supply accord for 1987 (100,000 bpd)", ["energy", "trade"], ["ESP", "MEX"], [esp, mex],
    ["Luis Carlos Croissier", "Alfredo del Mazo"],
    [H("signed", "1987-03-18", "day", "Madrid", "The government-to-government accord was signed yesterday by Croissier and Mexican Energy Minister Alfredo del Mazo")],
    vp={"from": "1987", "to": "1987"}, note="'yesterday' against 1987-03-19; 'during a two-day visit to Madrid'"),
  A("ESP-MEX-credit-line-1987", "agreement", "Spanish 300 mln dlr credit line to Mexico for Spanish capital goods", ["finance", "trade"], ["ESP", "MEX"], [esp, mex], [],
    [H("planned", "1987-04", "month", "Mexico City", "It is expected to be signed next month in Mexico City.")]),
  A("ESP-MEX-crude-oil-supply-agreement-1986", "agreement", "Previous Spain-Mexico crude oil supply accord (120,000 bpd in 1986)", ["energy", "trade"], ["ESP", "MEX"], [esp, mex], [],
    [H("terminated", "1986-12", "month", None, "under a previous supply accord, which lapsed at the end of December")],
    note="'lapsed at the end of December' -> terminated 1986-12"),
 ], [
  E("ESP-MEX-del-mazo-visit-madrid-1987", "visit", "Mexican Energy Minister Alfredo del Mazo's two-day visit to Madrid", "held", "1987-03-18", "1987-03-19", "Madrid", "ESP", "MEX",
    ["Alfredo del Mazo", "Luis Carlos Croissier"], ["ESP", "MEX"], ["ESP-MEX-crude-oil-supply-agreement-1987"], "during a two-day visit to Madrid by del Mazo",
    note="signing yesterday during it; he 'flies to Rome today' -> 1987-03-18..19"),
  E("ITA-MEX-del-mazo-visit-rome-1987", "visit", "Alfredo del Mazo's trip to Rome", "planned", "1987-03-19", "1987-03-19", "Rome", "ITA", "MEX",
    ["Alfredo del Mazo"], ["ITA", "MEX"], [], "who flies to Rome today", opt=True, note="onward trip, purpose not given: optional"),
 ], "Reuters Madrid 1987 (Thursday).")

# ================= hard negatives z18-z25 =================
for name, pub, note in [
  ("z18.txt", "2019-07-15", "Hard negative: football club tour and club-to-club academy partnership; the manager's courtesy call on an ambassador is not a meeting of officials of two states."),
  ("z19.txt", "1987-09-03", "Hard negative: company takeover (Reuters 1987)."),
  ("z20.txt", "2021-11-26", "Hard negative: domestic budget deal between a government and a party."),
  ("z21.txt", "2024-02-07", "Hard negative: court-approved class-action settlement."),
  ("z22.txt", "2017-08-14", "Hard negative: weather (BBC 2017)."),
  ("z23.txt", None, "Hard negative, NO YEAR: opera troupe tour; culture minister and ambassador at a performance is not a diplomatic meeting."),
  ("z24.txt", "2008-04-25", "Hard negative: trade-union pay deal (BBC 2008)."),
  ("z25.txt", "2024-05-29", "Hard negative: cricket boards' tour memorandum (sports bodies, not states)."),
]:
    doc(name); F(name, pub, [], [], note)

# ================= one passing mention each z26-z30 =================
doc("z26.txt")
F("z26.txt", "2025-10-21", [
  A(KS_FISH, "memorandum", "Senegal-Korea fisheries memorandum", ["agriculture", "maritime"], ["KOR", "SEN"],
    [S("Senegal", "SEN", ["Dakar"]), S("South Korea", "KOR", ["Seoul"])], [],
    [H("signed", "2025-09", "month", None, "the fisheries memorandum signed by Dakar and Seoul")],
    expect_conflict=True, note="'last month' against October 2025 -> 2025-09 (cluster B)"),
 ], [], "Fisheries trade news (web 2025) with one passing mention (cluster B): the fisheries memorandum signed 'last month'. No visit is mentioned.")
doc("z27.txt")
F("z27.txt", "1986-11-20", [
  A("IGO:EC-TUN-cooperation-agreement-1976", "agreement", "1976 cooperation agreement between Tunisia and the European Community", ["trade", "economic_cooperation"], ["IGO:EC", "TUN"],
    [S("Tunisia", "TUN"), IO("European Community", "IGO:EC", ["EC"])], [],
    [H("signed", "1976", "year", None, "Under its 1976 cooperation agreement with the European Community"),
     H("in_force", None, "unknown", None, "Under its 1976 cooperation agreement with the European Community")],
    note="'its 1976 agreement' -> signed 1976; quotas under it apply now -> in force, no date"),
 ], [], "Reuters 1986 commodity report with one passing mention. Exports to Italy and Spain are trade.")
doc("z28.txt")
F("z28.txt", "2024-07-01", [
  A(AM_VISA, "agreement", "UAE-Malta air services agreement", ["aviation", "transport"], ["ARE", "MLT"], [S("United Arab Emirates", "ARE", ["UAE"]), S("Malta", "MLT")], [],
    [H("signed", "2024-04", "month", None, "as the air services agreement signed by the two governments in April enters into force"),
     H("in_force", "2024-07-01", "day", None, "as the air services agreement signed by the two governments in April enters into force")],
    note="'from today' = 2024-07-01"),
 ], [], "Tourism news (web 2024) with one passing mention: the UAE-Malta air services agreement (z14) enters into force.")
doc("z29.txt")
F("z29.txt", None, [
  A(SCH, "treaty", "Treaty on the deepening of the Scheldt", ["maritime", "transport", "environment"], ["BEL", "NLD"],
    [S("Netherlands", "NLD", ["Dutch"]), S("Belgium", "BEL", ["Flemish"])], [],
    [H("signed", "2005", "year", None, "the treaty on the deepening of the Scheldt was signed by the two governments in 2005")],
    note="NO DATE in the header; the year 2005 is in the body"),
 ], [], "Culture news, NO YEAR, with one passing mention: the Scheldt treaty (z07).")
doc("z30.txt")
F("z30.txt", "2024-09-12", [
  A("CHN-PER-free-trade-agreement", "agreement", "Peru-China free trade agreement", ["trade"], ["CHN", "PER"], [S("Peru", "PER", ["Peruvian"]), S("China", "CHN")], [],
    [H("in_force", "2010", "year", None, "which has been in force since 2010")], note="signing year not given: no year in the key"),
 ], [], "Agricultural trade news (web 2024) with one passing mention: the Peru-China FTA in force since 2010. Chancay port is not an instrument.")

assert len(files) == 30
json.dump({"batch": "Z", "files": files}, open(os.path.join(HERE, "batch_Z.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
