#!/usr/bin/env python3
"""Gold annotation of batch S (probesS), in the GUIDE batch format. Run: python3 annotate.py (writes batch_S.json beside it)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
def text(f): return open(os.path.join(DOCS, f), encoding="utf-8").read()
CUR = {"t": ""}
DL = re.compile(r"^(\*\*[^*]+\*\* – |[A-Z][A-Za-z .]{1,30}, [A-Z][a-z]{2,8}\.? \d{1,2}( \([A-Za-z ]+\))? -{1,2} |[A-Z][A-Za-z .,]{1,30}(, IRNA)? -{1,2} |[A-Z][A-Z ]+: |Rabat - |Montevideo, Aug 21 \(Prensa Latina\) )")
def q(frag):
    """The sentence of the current article that contains frag (copied from the file), dateline dropped."""
    t = CUR["t"]
    lines = [l for l in t.split("\n") if frag in l]
    assert len(lines) >= 1, frag
    line = lines[0].strip()
    sents = re.split(r'(?<=[.!?"])\s+(?=[A-Z"\[*])', line)
    hits = [s for s in sents if frag in s]
    assert hits, frag
    s = hits[0]
    m = DL.match(s)
    if m and frag in s[m.end():]: s = s[m.end():]
    s = s.strip()
    assert s in t and frag in s, frag
    return s
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
def ORG(name, c, al=()): return S(name, c, al, 'organization')
def CO(name, c, al=()): return S(name, c, al, 'company')
def H(status, date, prec, place, frag): return {"status": status, "date": date, "date_precision": prec, "place": place, "quote": q(frag)}
def A(key, kind, title, topics, countries, parties, sig, hist, opt=False, note=None, vp=None, conflict=False):
    a = {"key": key, "kind": kind, "title": title, "topics": topics, "countries": sorted(countries),
         "parties": parties, "signatories": sig, "history": hist}
    if vp: a["valid_period"] = vp
    if opt: a["optional"] = True
    if conflict: a["expect_conflict"] = True
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

# ===== cluster A: s01 / s02 Paraguay-Uruguay waterway agreement (web 2023, Prensa Latina) =====
NAV, COM, V_PENA, M_ASU = ("PRY-URY-paraguay-parana-waterway-navigation-agreement-2023", "PRY-URY-binational-waterway-technical-commission-2023",
                           "PRY-URY-pena-visit-montevideo-2023", "PRY-URY-foreign-ministers-meeting-asuncion-2023")
pry, ury = S("Paraguay", "PRY"), S("Uruguay", "URY")
doc("s01.txt")
F("s01.txt", "2023-08-18", [
  A(NAV, "agreement", "Paraguay-Uruguay agreement on free navigation and port use on the Paraguay-Paraná waterway", ["transport", "maritime"], ["PRY", "URY"],
    [pry, ury], ["Rodolfo Benítez Acuña", "Martín Ferreira Sosa"],
    [H("signed", "2023-08-17", "day", "Asunción", "Paraguay and Uruguay on Thursday signed an agreement on free navigation")], conflict=True,
    note="Thursday against Friday 2023-08-18 -> 08-17; s02 says 'last Wednesday' (08-16): expect_conflict. Approval by both parliaments still pending -> no stage"),
  A(COM, "arrangement", "Paraguay-Uruguay binational technical commission on waterway dredging and buoyage", ["transport", "maritime"], ["PRY", "URY"],
    [pry, ury], [], [H("agreed", "2023-08-17", "day", None, "The two ministers also agreed to set up a binational technical commission")],
    note="agreed at the Thursday meeting; sentence gives no place"),
  A("PRY-URY-joint-dredging-financing-memorandum-2023", "memorandum", "Paraguay-Uruguay memorandum on joint dredging financing", ["transport", "finance"], ["PRY", "URY"],
    [pry, ury], [], [H("negotiating", "2023-08-18", "on_or_before", None, "Officials said a memorandum on joint dredging financing was being negotiated")],
    note="'could be ready by the end of the year' is a hope, no planned stage"),
 ], [
  E(M_ASU, "meeting", "Paraguayan and Uruguayan foreign ministers' meeting and signing in Asunción", "held", "2023-08-17", "2023-08-17", "Asunción", "PRY", "URY",
    ["Rodolfo Benítez Acuña", "Martín Ferreira Sosa"], ["PRY", "URY"], [NAV, COM], "The agreement was signed at the Palacio de López in Asunción"),
  E(V_PENA, "visit", "Meeting of the Paraguayan and Uruguayan presidents in Montevideo", "planned", "2023-09", "2023-09", "Montevideo", "URY", "PRY",
    [], ["PRY", "URY"], [], "Presidents of the two countries are expected to meet in Montevideo next month",
    note="same occasion as s02's Peña visit on September 14-15; presidents unnamed here"),
 ], "Web page (cookie banner, share bar, photo caption, Read more link). Cluster A with s02 (spellings Benítez Acuña / Benitez, Ferreira Sosa / Ferreira; Thursday vs Wednesday).")
doc("s02.txt")
F("s02.txt", "2023-08-21", [
  A(NAV, "agreement", "Agreement on navigation of the Paraná-Paraguay Waterway (Hidrovía)", ["transport", "maritime"], ["PRY", "URY"],
    [S("Uruguay", "URY"), S("Paraguay", "PRY")], ["Martin Ferreira", "Rodolfo Benitez"],
    [H("signed", "2023-08-16", "day", "Asuncion", "which he signed last Wednesday with his Paraguayan counterpart")], conflict=True,
    note="'last Wednesday' against Monday 2023-08-21 -> 08-16 (s01: Thursday 08-17). Sending the text to the General Assembly is no stage"),
  A(COM, "arrangement", "Joint technical commission created by the Hidrovía agreement", ["transport", "maritime"], ["PRY", "URY"],
    [S("Uruguay", "URY"), S("Paraguay", "PRY")], [], [H("agreed", None, "unknown", None, "creates a joint technical commission of the two countries")],
    note="created by the accord (present tense); no date of its own here"),
  A("ARG-BOL-BRA-PRY-URY-river-plate-basin-treaty-1969", "treaty", "Treaty of the River Plate Basin (1969)", ["transport", "environment"], ["ARG", "BOL", "BRA", "PRY", "URY"],
    [S("Argentina", "ARG"), S("Bolivia", "BOL"), S("Brazil", "BRA"), S("Paraguay", "PRY"), S("Uruguay", "URY")], [],
    [H("signed", "1969", "year", None, "the Treaty of the River Plate Basin, signed in 1969")], note="named in passing"),
 ], [
  E(M_ASU, "meeting", "Ferreira-Benitez meeting and signing in Asuncion", "held", "2023-08-16", "2023-08-16", "Asuncion", "PRY", "URY",
    ["Martin Ferreira", "Rodolfo Benitez"], ["PRY", "URY"], [NAV], "which he signed last Wednesday with his Paraguayan counterpart",
    note="date conflicts with s01 (08-17)"),
  E(V_PENA, "visit", "Paraguayan President Santiago Peña's official visit to Montevideo", "planned", "2023-09-14", "2023-09-15", "Montevideo", "URY", "PRY",
    ["Santiago Peña"], ["PRY", "URY"], [], "Paraguayan President Santiago Peña will make an official visit to Montevideo"),
 ], "Prensa Latina wire, Montevideo. Cluster A with s01. The press remarks are not an event. Frente Amplio is a domestic party: no rejected stage.")

# ===== s03 PNG-Indonesia (BBC 2008) =====
doc("s03.txt")
png, idn = S("Papua New Guinea", "PNG", ["PNG"]), S("Indonesia", "IDN")
BT, JBC = "IDN-PNG-border-trade-traditional-crossings-agreement-2008", "IDN-PNG-joint-border-committee-2008"
F("s03.txt", "2008-03-14", [
  A(BT, "agreement", "PNG-Indonesia agreement on border trade and traditional crossings", ["border_security", "trade", "customs"], ["IDN", "PNG"],
    [png, idn], ["Samuel Abal", "Hassan Wirajuda"], [H("signed", "2008-03-12", "day", "Port Moresby", "The agreement was signed in Port Moresby on Wednesday")]),
  A(JBC, "arrangement", "Revival of the PNG-Indonesia joint border committee", ["border_security"], ["IDN", "PNG"], [png, idn], [],
    [H("agreed", "2008-03-12", "day", None, "The two ministers also agreed to revive the joint border committee")], note="agreed at the Wednesday meeting"),
  A("IDN-PNG-basic-agreement-border-arrangements-1979", "agreement", "PNG-Indonesia basic agreement on border arrangements (1979, renewed every ten years)", ["border_security"], ["IDN", "PNG"],
    [png, idn], [],
    [H("signed", "1979", "year", None, "The two countries signed a basic agreement on border arrangements in 1979"),
     H("negotiating", "2008-03-14", "on_or_before", None, "The two countries signed a basic agreement on border arrangements in 1979")],
    note="the new version (renewal) is one item with the 1979 agreement (convention: renewal = same item)"),
  A("AUS-PNG-torres-strait-treaty-1978", "treaty", "Australia-PNG Torres Strait Treaty (1978)", ["maritime", "border_security"], ["AUS", "PNG"],
    [S("Australia", "AUS"), png], [], [H("signed", "1978", "year", None, "It has its own treaty with PNG on the Torres Strait, signed in 1978.")]),
 ], [
  E("IDN-PNG-abal-wirajuda-meeting-port-moresby-2008", "meeting", "Abal-Wirajuda meeting and signing in Port Moresby", "held", "2008-03-12", "2008-03-12", "Port Moresby", "PNG", "IDN",
    ["Samuel Abal", "Hassan Wirajuda"], ["IDN", "PNG"], [BT, JBC], "The agreement was signed in Port Moresby on Wednesday"),
  E("IDN-PNG-yudhoyono-visit-port-moresby-2008", "visit", "Indonesian President Yudhoyono's visit to Port Moresby (postponed)", "planned", "2008", "2008", "Port Moresby", "PNG", "IDN",
    ["Susilo Bambang Yudhoyono"], ["IDN", "PNG"], [], "A planned visit to Port Moresby by Indonesian President Susilo Bambang Yudhoyono",
    note="postponed from March to 'later in the year', not cancelled -> planned, 2008"),
  E("IDN-PNG-somare-talks-jakarta-2007", "talks", "Somare's talks in Jakarta with Yudhoyono", "held", "2007", "2007", "Jakarta", "IDN", "PNG",
    ["Michael Somare", "Yudhoyono"], ["IDN", "PNG"], [], "had invited Mr Yudhoyono during talks in Jakarta last year"),
 ], "BBC 2008. Wednesday against Friday 2008-03-14 -> 03-12. Australia's welcome is no event. SEE ALSO links are noise.")

# ===== cluster B: s04 / s05 / s27 Kuwait Fund loan to Kyrgyzstan =====
LOAN, V_SYD = "KGZ-KWT-bishkek-naryn-road-loan-2022", "KGZ-KWT-sydykov-visit-kuwait-2022"
kfaed = G("Kuwait Fund for Arab Economic Development", "KWT", ["KFAED", "the Fund"])
doc("s04.txt")
F("s04.txt", "2022-11-14", [
  A(LOAN, "agreement", "Kuwait Fund loan of KD 15 million to Kyrgyzstan for the Bishkek-Naryn road", ["finance", "transport", "infrastructure"], ["KGZ", "KWT"],
    [kfaed, S("Kyrgyzstan", "KGZ", ["Kyrgyz Republic", "Bishkek"])], ["Hamad Al-Omar", "Bakyt Sydykov"],
    [H("signed", "2022-11-14", "day", "Kuwait", "signed here today a loan agreement with the Kyrgyz Republic")],
    note="'here today' with the KUWAIT dateline -> place Kuwait; KD 15 mln (about USD 48.6 mln) vs $49 mln in s05"),
  A("KGZ-KWT-first-loan-agreement-1996", "agreement", "First Kuwait Fund loan agreement with Kyrgyzstan (1996)", ["finance"], ["KGZ", "KWT"],
    [kfaed, S("Kyrgyzstan", "KGZ")], [], [H("signed", "1996", "year", None, "since the two sides signed their first loan agreement in 1996")], note="background"),
  A("KGZ-KWT-osh-water-supply-loan-2022", "agreement", "Requested Kuwait Fund loan for a water supply project in Osh", ["finance", "infrastructure"], ["KGZ", "KWT"],
    [kfaed, S("Kyrgyzstan", "KGZ", ["Bishkek"])], [], [H("proposed", "2022-11-14", "on_or_before", None, "the Fund was also studying a request from Bishkek")],
    opt=True, note="a request under study: proposed, optional"),
 ], [
  E(V_SYD, "visit", "Kyrgyz Finance Minister Bakyt Sydykov in Kuwait: loan signing with the Kuwait Fund", "held", "2022-11-14", "2022-11-14", "Kuwait", "KWT", "KGZ",
    ["Hamad Al-Omar", "Bakyt Sydykov"], ["KGZ", "KWT"], [LOAN], "The agreement was signed by the Fund's Acting Director General Hamad Al-Omar",
    note="s04 reports only the signing; s05 calls it a working visit (same key)"),
 ], "KUNA wire, date line 14.11.2022. Cluster B with s05 and s27.")
doc("s05.txt")
kfaed = G("Kuwait Fund for Arab Economic Development", "KWT", [])
F("s05.txt", "2022-11-15", [
  A(LOAN, "agreement", "$49 million Kuwait Fund loan to Kyrgyzstan for the Bishkek-Naryn-Torugart highway", ["finance", "transport", "infrastructure"], ["KGZ", "KWT"],
    [S("Kyrgyzstan", "KGZ"), kfaed], ["Bakyt Sydykov"],
    [H("signed", "2022-11-14", "day", "Kuwait City", "signed a $49 million loan agreement on Monday in Kuwait City")],
    note="Monday against Tuesday 2022-11-15 -> 11-14; ratification by the Jogorku Kenesh pending -> no stage"),
  A("KGZ-KWT-double-taxation-agreement-2022", "agreement", "Possible Kyrgyzstan-Kuwait agreement on avoidance of double taxation", ["taxation"], ["KGZ", "KWT"],
    [S("Kyrgyzstan", "KGZ"), S("Kuwait", "KWT")], [], [H("proposed", "2022-11-15", "on_or_before", None, "a possible agreement on avoidance of double taxation")],
    note="'discussed ... a possible agreement' -> proposed"),
  A("KGZ-SAU-bishkek-naryn-road-cofinancing-2022", "agreement", "Requested Saudi Fund co-financing of the Bishkek-Naryn road", ["finance", "transport"], ["KGZ", "SAU"],
    [S("Kyrgyzstan", "KGZ"), G("Saudi Fund for Development", "SAU")], [], [H("proposed", "2022-11-15", "on_or_before", None, "Kyrgyzstan has also asked the Saudi Fund for Development to co-finance the road")],
    opt=True, note="a request only"),
 ], [
  E(V_SYD, "visit", "Finance Minister Bakyt Sydykov's working visit to Kuwait", "held", "2022-11-14", "2022-11-14", "Kuwait City", "KWT", "KGZ",
    ["Bakyt Sydykov", "Abdulwahab Al-Rasheed"], ["KGZ", "KWT"], [LOAN], "Finance Minister Bakyt Sydykov signed on behalf of the government during a working visit to Kuwait",
    note="only the Monday signing is dated"),
  E("KGZ-KWT-japarov-visit-kuwait-2023", "visit", "President Sadyr Japarov's planned visit to Kuwait", "planned", "2023", "2023", "Kuwait", "KWT", "KGZ",
    ["Sadyr Japarov"], ["KGZ", "KWT"], [], "preparations for President Sadyr Japarov's visit to Kuwait", note="'first half of next year' -> 2023"),
 ], "Kyrgyz web news. Cluster B with s04 (KD 15 mln vs $49 mln; Bishkek-Naryn vs Bishkek-Naryn-Torugart).")

# ===== cluster C: s06 / s07 France-Ivory Coast loan (Reuters 1986) =====
FL, V_VER, M_HB = "CIV-FRA-loan-agreement-1986", "CIV-FRA-vernier-visit-ivory-coast-1986", "CIV-FRA-vernier-houphouet-boigny-meeting-1986"
civ, fra = S("Ivory Coast", "CIV"), S("France", "FRA")
doc("s06.txt")
F("s06.txt", "1986-06-10", [
  A(FL, "agreement", "French loan of 1.2 billion francs to Ivory Coast", ["finance"], ["CIV", "FRA"], [fra, civ], ["Abdoulaye Kone", "Jean-Paul Vernier"],
    [H("signed", "1986-06-10", "day", "Abidjan", "France and Ivory Coast signed a 1.2 billion French franc loan agreement here today")], conflict=True,
    note="'here today' with ABIDJAN dateline; s07 says signed on Monday (06-09) and 1.25 bln: expect_conflict"),
  A("CIV-IGO:ParisClub-debt-rescheduling-1986", "agreement", "Ivory Coast's Paris Club rescheduling of about 300 mln dlrs of official debt", ["finance"], ["CIV", "IGO:ParisClub"],
    [civ, IO("Paris Club", "IGO:ParisClub")], [], [H("agreed", "1986-05", "month", None, "Ivory Coast reached agreement last month with its official creditors in the Paris Club")],
    note="creditor governments not named -> CIV and IGO:ParisClub (batch Q/R convention); 'last month' -> 1986-05"),
  A("CIV-IGO:IMF-standby-credit-1986", "agreement", "New IMF standby credit for Ivory Coast", ["finance"], ["CIV", "IGO:IMF"],
    [civ, IO("International Monetary Fund", "IGO:IMF")], [], [H("negotiating", "1986-06-10", "on_or_before", None, "is negotiating a new standby credit with the International Monetary Fund")]),
 ], [
  E(V_VER, "visit", "French Cooperation Minister Jean-Paul Vernier's three-day visit to Ivory Coast", "held", "1986-06-09", "1986-06-11", "Ivory Coast", "CIV", "FRA",
    ["Jean-Paul Vernier", "Abdoulaye Kone"], ["CIV", "FRA"], [FL], "who arrived yesterday for a three-day visit",
    note="arrived yesterday (06-09), three days -> 06-09..06-11, under way; place not from the dateline"),
  E(M_HB, "meeting", "Vernier-Houphouet-Boigny meeting", "planned", "1986-06-11", "1986-06-11", None, "CIV", "FRA",
    ["Jean-Paul Vernier", "Felix Houphouet-Boigny"], ["CIV", "FRA"], [], "Vernier is due to meet President Felix Houphouet-Boigny tomorrow."),
 ], "Reuters 1986. Cluster C with s07.")
doc("s07.txt")
F("s07.txt", "1986-06-11", [
  A(FL, "agreement", "French loan accord of 1.25 billion francs with Ivory Coast", ["finance", "health"], ["CIV", "FRA"],
    [G("French Cooperation Ministry", "FRA"), civ], [],
    [H("signed", "1986-06-09", "day", "Abidjan", "the loan accord signed in Abidjan on Monday with Ivory Coast")], conflict=True,
    note="Monday against Wednesday 1986-06-11 -> 06-09 (s06: today 06-10)"),
  A("CIV-FRA-structural-adjustment-credit-1985", "agreement", "French 900 mln franc structural adjustment credit to Ivory Coast (1985)", ["finance"], ["CIV", "FRA"],
    [fra, civ], [],
    [H("signed", "1985", "year", None, "France last year signed a 900 mln franc structural adjustment credit with Ivory Coast"),
     H("implemented", "1986-06-11", "on_or_before", None, "France last year signed a 900 mln franc structural adjustment credit with Ivory Coast")],
    note="fully disbursed -> implemented (news of the day)"),
  A("CIV-FRA-joint-cooperation-commission", "arrangement", "French-Ivorian joint cooperation commission", ["economic_cooperation"], ["CIV", "FRA"], [fra, civ], [],
    [H("in_force", None, "unknown", None, "The two sides also agreed to hold a session of their joint cooperation commission")], opt=True,
    note="review: existing joint commission, no stage of its own -> optional in_force undated (batch Q/R convention)"),
 ], [
  E(V_VER, "visit", "Vernier's visit to Ivory Coast (ending)", "held", "1986-06-09", "1986-06-11", "Ivory Coast", "CIV", "FRA",
    ["Jean-Paul Vernier"], ["CIV", "FRA"], [FL], "Minister Jean-Paul Vernier, who is ending a visit to Ivory Coast"),
  E(M_HB, "meeting", "Vernier met Houphouet-Boigny", "held", "1986-06-11", "1986-06-11", None, "CIV", "FRA",
    ["Jean-Paul Vernier", "Felix Houphouet-Boigny"], ["CIV", "FRA"], [], "met President Felix Houphouet-Boigny today"),
  E("CIV-FRA-joint-cooperation-commission-paris-1986", "meeting", "Session of the French-Ivorian joint cooperation commission in Paris", "planned", "1986-10", "1986-10", "Paris", "FRA", "CIV",
    [], ["CIV", "FRA"], [], "The two sides also agreed to hold a session of their joint cooperation commission in Paris in October"),
 ], "Reuters Paris. Cluster C with s06 (1.25 vs 1.2 bln francs; Monday vs today).")

# ===== s08 China-Namibia (Xinhua 2024) =====
doc("s08.txt")
chn, nam = S("China", "CHN"), S("Namibia", "NAM")
GH, ETC = "CHN-NAM-green-hydrogen-mou-2024", "CHN-NAM-economic-technical-cooperation-agreement-2024"
F("s08.txt", "2024-04-22", [
  A(GH, "memorandum", "China-Namibia MoU on cooperation in green hydrogen", ["energy"], ["CHN", "NAM"], [chn, nam], [],
    [H("signed", "2024-04-22", "day", None, "the two sides signed a memorandum of understanding on cooperation in green hydrogen")], note="after the Monday meeting; no signer named"),
  A(ETC, "agreement", "China-Namibia agreement on economic and technical cooperation (100 million yuan grant)", ["development_aid", "economic_cooperation"], ["CHN", "NAM"], [chn, nam], [],
    [H("signed", "2024-04-22", "day", None, "the two sides signed a memorandum of understanding on cooperation in green hydrogen")]),
  A("CHN-NAM-beef-sanitary-protocol-2024", "protocol", "Protocol on sanitary requirements for Namibian beef exports to China", ["agriculture", "trade"], ["CHN", "NAM"], [chn, nam], [],
    [H("planned", "2024", "year", None, "The two countries will sign a protocol on sanitary requirements for Namibian beef exports")], note="'later this year' -> 2024 target"),
  A("CHN-NAM-visa-exemption-diplomatic-service-passports-agreement", "agreement", "China-Namibia visa exemption agreement for diplomatic and service passports", ["visa"], ["CHN", "NAM"], [chn, nam], [],
    [H("signed", None, "unknown", None, "China and Namibia signed a visa exemption agreement"),
     H("in_force", "2023", "year", None, "China and Namibia signed a visa exemption agreement")], note="signing undated; in force 'last year' -> 2023"),
 ], [
  E("CHN-NAM-ding-kuugongelwa-amadhila-meeting-2024", "meeting", "Ding Xuexiang meets Namibian PM Saara Kuugongelwa-Amadhila", "held", "2024-04-22", "2024-04-22", "Beijing", "CHN", "NAM",
    ["Ding Xuexiang", "Saara Kuugongelwa-Amadhila"], ["CHN", "NAM"], [GH, ETC], "met with Namibian Prime Minister Saara Kuugongelwa-Amadhila in Beijing on Monday"),
  E("CHN-NAM-kuugongelwa-amadhila-visit-china-2024", "visit", "Namibian PM's official visit to China, April 20-25", "held", "2024-04-20", "2024-04-25", "China", "CHN", "NAM",
    ["Saara Kuugongelwa-Amadhila"], ["CHN", "NAM"], [GH, ETC], "who is on an official visit to China from April 20 to 25",
    note="under way at publication (ends 04-25); the Shanghai stop on Wednesday is part of it"),
 ], "Xinhua. FOCAC outcomes and the one-China principle are no instruments.")

# ===== s09 Russia-Mongolia (TASS 2021) =====
doc("s09.txt")
rus, mng = S("Russia", "RUS", ["Moscow"]), S("Mongolia", "MNG")
OIL, PROT, WG = "MNG-RUS-oil-products-supply-agreement-2021", "MNG-RUS-intergovernmental-commission-24th-session-protocol-2021", "MNG-RUS-ulan-bator-railway-investment-working-group-2021"
F("s09.txt", "2021-09-03", [
  A(OIL, "agreement", "Russia-Mongolia intergovernmental agreement on long-term oil products supplies", ["energy", "trade"], ["MNG", "RUS"], [rus, mng], [],
    [H("negotiating", "2021-09-03", "on_or_before", None, "The text is practically agreed."),
     H("planned", "2021-12", "month", None, "We expect to sign it in December")],
    note="'practically agreed' is not finalized -> negotiating; 'by year-end' / December -> planned 2021-12 (target)"),
  A(PROT, "protocol", "Protocol of the 24th session of the Russian-Mongolian intergovernmental commission", ["economic_cooperation", "trade"], ["MNG", "RUS"], [rus, mng], ["Alexei Overchuk", "Dorjkhand Otgonbayar"],
    [H("signed", "2021-09-03", "on_or_before", None, "The co-chairs signed the protocol of the session.")],
    note="signed by the co-chairs (Overchuk and Otgonbayar named in the previous sentence); day not given in the sentence"),
  A("MNG-RUS-ulan-bator-railway-agreement-1949", "agreement", "1949 agreement establishing the Ulan Bator Railway joint venture", ["transport"], ["MNG", "RUS"], [rus, mng], [],
    [H("signed", "1949", "year", None, "a joint venture set up under a 1949 agreement")]),
  A(WG, "arrangement", "Russia-Mongolia working group on the Ulan Bator Railway investment programme", ["transport", "investment"], ["MNG", "RUS"], [rus, mng], [],
    [H("agreed", "2021-09-03", "on_or_before", None, "agreed to set up a working group on the railway's investment programme")]),
  A("MNG-RUS-friendly-relations-comprehensive-strategic-partnership-treaty-2019", "treaty", "Russia-Mongolia Treaty on Friendly Relations and Comprehensive Strategic Partnership", ["comprehensive_cooperation", "diplomatic_relations"], ["MNG", "RUS"], [rus, mng], [],
    [H("signed", "2019", "year", None, "the Treaty on Friendly Relations and Comprehensive Strategic Partnership signed by the presidents"),
     H("ratified", None, "unknown", None, "the Treaty on Friendly Relations and Comprehensive Strategic Partnership signed by the presidents"),
     H("in_force", "2020", "year", None, "the Treaty on Friendly Relations and Comprehensive Strategic Partnership signed by the presidents")],
    note="presidents unnamed -> no signatories; 'last year' -> 2020"),
  A("MNG-RUS-loan-2017", "agreement", "Russian $1.5 billion loan to Mongolia (2017)", ["finance"], ["MNG", "RUS"], [rus, mng], [],
    [H("signed", "2017", "year", None, "Mongolia has also asked Russia to restructure a loan of $1.5 billion provided in 2017"),
     H("proposed", "2021-09-03", "on_or_before", None, "Mongolia has also asked Russia to restructure a loan")],
    note="'provided in 2017' coded signed 2017; review: the requested restructuring is a proposed stage of the same item (convention on amendments), not a separate item"),
  A("MNG-RUS-intergovernmental-commission-trade-economic-scientific-technical-cooperation", "arrangement", "Russian-Mongolian intergovernmental commission on trade, economic, scientific and technical cooperation", ["economic_cooperation", "trade", "science_technology"], ["MNG", "RUS"], [rus, mng], [],
    [H("in_force", None, "unknown", None, "The commission, co-chaired by Overchuk and Mongolian Deputy Prime Minister Dorjkhand Otgonbayar")], opt=True,
    note="review: existing intergovernmental commission, no stage of its own -> optional in_force undated (batch Q/R convention)"),
 ], [
  E("MNG-RUS-intergovernmental-commission-24th-session-2021", "meeting", "24th session of the Russian-Mongolian intergovernmental commission", "held", "2021-09-02", "2021-09-03", "Ulaanbaatar", "MNG", "RUS",
    ["Alexei Overchuk", "Dorjkhand Otgonbayar"], ["MNG", "RUS"], [PROT, WG], "met in the Mongolian capital on September 2-3",
    note="place: 'the Mongolian capital' = Ulaanbaatar (dateline city)"),
  E("MNG-RUS-intergovernmental-commission-25th-session-2022", "meeting", "Next session of the commission in Moscow", "planned", "2022", "2022", "Moscow", "RUS", "MNG",
    [], ["MNG", "RUS"], [], "The next session of the commission will be held in Moscow in 2022."),
 ], "TASS. Friday = publication day. 'Ulan Bator' vs 'Ulaanbaatar' spellings.")

# ===== s10 Algeria-Tunisia (APS 2022) =====
doc("s10.txt")
dza, tun = S("Algeria", "DZA"), S("Tunisia", "TUN")
BA, EI, HE, CU, MC = ("DZA-TUN-border-areas-development-agreement-2022", "DZA-TUN-electricity-interconnection-mou-2022",
                      "DZA-TUN-higher-education-cooperation-programme-2023-2025", "DZA-TUN-customs-mutual-administrative-assistance-agreement-2022",
                      "DZA-TUN-joint-monitoring-committee-2022")
LIST = "The documents include an agreement on the development of border areas"
F("s10.txt", "2022-10-28", [
  A(BA, "agreement", "Algeria-Tunisia agreement on the development of border areas", ["economic_cooperation", "border_security"], ["DZA", "TUN"], [dza, tun], [],
    [H("signed", "2022-10-28", "day", "Algiers", LIST)], note="signed at the closing (28 Oct) of the session in Algiers"),
  A(EI, "memorandum", "Algeria-Tunisia MoU on electricity interconnection", ["energy"], ["DZA", "TUN"], [dza, tun], [], [H("signed", "2022-10-28", "day", "Algiers", LIST)]),
  A(HE, "programme", "Algeria-Tunisia cooperation programme in higher education 2023-2025", ["education"], ["DZA", "TUN"], [dza, tun], [],
    [H("signed", "2022-10-28", "day", "Algiers", LIST)], vp={"from": "2023", "to": "2025"}),
  A(CU, "agreement", "Algeria-Tunisia agreement on mutual administrative assistance in customs matters", ["customs"], ["DZA", "TUN"], [dza, tun], [],
    [H("signed", "2022-10-28", "day", "Algiers", LIST)]),
  A("DZA-TUN-customs-agreement-1994", "agreement", "1994 Algeria-Tunisia customs agreement (replaced)", ["customs"], ["DZA", "TUN"], [dza, tun], [],
    [H("signed", "1994", "year", None, LIST), H("terminated", "2022-10-28", "day", None, LIST)],
    note="named only as the agreement the new one replaces; replaced -> terminated. Review: required (GUIDE: every instrument mentioned, even in passing; first annotator had it optional)"),
  A("DZA-TUN-high-joint-commission", "arrangement", "Algerian-Tunisian High Joint Commission", ["economic_cooperation"], ["DZA", "TUN"], [dza, tun], [],
    [H("in_force", None, "unknown", None, "at the closing of the 22nd session of the Algerian-Tunisian High Joint Commission")], opt=True,
    note="review: existing joint commission, no stage of its own -> optional in_force undated (batch Q/R convention)"),
  A(MC, "arrangement", "Algeria-Tunisia joint committee to monitor implementation of the commission's decisions", ["economic_cooperation"], ["DZA", "TUN"], [dza, tun], [],
    [H("agreed", "2022-10-28", "on_or_before", None, "The two sides also agreed to set up a joint committee")]),
  A("DZA-TUN-free-trade-agreement-2008", "agreement", "Algeria-Tunisia free trade agreement (2008)", ["trade"], ["DZA", "TUN"], [dza, tun], [],
    [H("signed", "2008", "year", None, "the free trade agreement signed by the two countries in 2008"),
     H("proposed", "2022-10-28", "on_or_before", None, "the free trade agreement signed by the two countries in 2008")],
    note="revision floated by the Algerian PM -> proposed (same item, convention on amendments)"),
 ], [
  E("DZA-TUN-high-joint-commission-22nd-session-2022", "meeting", "22nd session of the Algerian-Tunisian High Joint Commission", "held", "2022-10-27", "2022-10-28", "Algiers", "DZA", "TUN",
    ["Aimene Benabderrahmane", "Najla Bouden Romdhane"], ["DZA", "TUN"], [BA, EI, HE, CU, MC], "held in Algiers on 27-28 October", count=27),
  E("DZA-TUN-tebboune-bouden-meeting-2022", "meeting", "Tebboune receives Tunisian Head of Government Bouden", "held", "2022-10-27", "2022-10-27", None, "DZA", "TUN",
    ["Abdelmadjid Tebboune", "Bouden Romdhane"], ["DZA", "TUN"], [], "Bouden Romdhane was received on Thursday by President Abdelmadjid Tebboune."),
  E("DZA-TUN-high-joint-commission-23rd-session-2023", "meeting", "Next session of the High Joint Commission in Tunis", "planned", "2023", "2023", "Tunis", "TUN", "DZA",
    [], ["DZA", "TUN"], [], "The next session of the High Joint Commission will be held in Tunis in 2023."),
 ], "APS. 27 documents counted, four named. AfCFTA mentioned in passing only as a yardstick for the revision; no stage reported, left out (judgement).")

# ===== s11 Morocco-Guinea-Bissau (MAP 2023) =====
doc("s11.txt")
mar, gnb = S("Morocco", "MAR"), S("Guinea-Bissau", "GNB")
SIGN = "signed, Tuesday in Rabat, three cooperation agreements"
FI, VT, VX, ONP = ("GNB-MAR-fisheries-cooperation-agreement-2023", "GNB-MAR-vocational-training-cooperation-agreement-2023",
                   "GNB-MAR-visa-exemption-ordinary-passports-agreement-2023", "GNB-MAR-onp-fishery-processing-partnership-2023")
sig = ["Nasser Bourita", "Carlos Pinto Pereira"]
F("s11.txt", "2023-05-16", [
  A(FI, "agreement", "Morocco-Guinea-Bissau cooperation agreement on fisheries", ["agriculture", "maritime"], ["GNB", "MAR"], [mar, gnb], sig, [H("signed", "2023-05-16", "day", "Rabat", SIGN)]),
  A(VT, "agreement", "Morocco-Guinea-Bissau cooperation agreement on vocational training", ["education"], ["GNB", "MAR"], [mar, gnb], sig, [H("signed", "2023-05-16", "day", "Rabat", SIGN)]),
  A(VX, "agreement", "Morocco-Guinea-Bissau agreement on visa exemption for ordinary passports", ["visa"], ["GNB", "MAR"], [mar, gnb], sig, [H("signed", "2023-05-16", "day", "Rabat", SIGN)]),
  A(ONP, "contract", "Partnership agreement between Morocco's ONP and a Bissau-Guinean fishing company on fishery processing", ["agriculture", "industry"], ["GNB", "MAR"],
    [G("Office National des Pêches", "MAR", ["ONP"]), CO("Bissau-Guinean fishing company", "GNB")], [],
    [H("signed", "2023-05-16", "on_or_before", None, "signed a partnership agreement on the processing of fishery products")],
    opt=True, note="judgement: ONP is a public body, but the counterpart is a company; a commercial side deal of the visit -> optional"),
  A("GNB-MAR-joint-commission", "arrangement", "Morocco-Guinea-Bissau Joint Commission", ["economic_cooperation"], ["GNB", "MAR"], [mar, gnb], [],
    [H("in_force", None, "unknown", None, "agreed to hold the 4th session of the Morocco-Guinea-Bissau Joint Commission")], opt=True,
    note="review: existing joint commission, no stage of its own -> optional in_force undated (batch Q/R convention)"),
 ], [
  E("GNB-MAR-bourita-pinto-pereira-talks-rabat-2023", "talks", "Bourita-Pinto Pereira talks in Rabat", "held", "2023-05-16", "2023-05-16", "Rabat", "MAR", "GNB",
    sig, ["GNB", "MAR"], [FI, VT, VX], "at the end of their talks", count=3),
  E("GNB-MAR-joint-commission-4th-session-2023", "meeting", "4th session of the Morocco-Guinea-Bissau Joint Commission", "planned", "2023", "2023", "Bissau", "GNB", "MAR",
    [], ["GNB", "MAR"], [], "agreed to hold the 4th session of the Morocco-Guinea-Bissau Joint Commission in Bissau", note="'before the end of the year' -> 2023"),
 ], "MAP. Support for the Autonomy Plan and the 2020 consulate are no instruments.")

# ===== s12 Malaysia-Brunei (Bernama, NO YEAR) =====
doc("s12.txt")
mys, brn = S("Malaysia", "MYS"), S("Brunei", "BRN")
FOUR = "Malaysia and Brunei today signed four memoranda of understanding"
MOUS = [("BRN-MYS-halal-industry-mou", "Malaysia-Brunei MoU on the halal industry", ["industry", "trade"]),
        ("BRN-MYS-youth-and-sports-mou", "Malaysia-Brunei MoU on youth and sports", ["sports"]),
        ("BRN-MYS-digital-economy-mou", "Malaysia-Brunei MoU on the digital economy", ["telecommunications", "economic_cooperation"]),
        ("BRN-MYS-higher-education-qualifications-recognition-mou", "Malaysia-Brunei MoU on recognition of higher education qualifications", ["education"])]
JS, LT = "BRN-MYS-annual-leaders-consultation-joint-statement", "BRN-MYS-limbang-temburong-border-crossing-agreement"
F("s12.txt", None, [A(k, "memorandum", t, tp, ["BRN", "MYS"], [mys, brn], [], [H("signed", None, "unknown", "Bandar Seri Begawan", FOUR)]) for k, t, tp in MOUS] + [
  A(JS, "declaration", "Joint statement of the Malaysia-Brunei Annual Leaders' Consultation", ["comprehensive_cooperation"], ["BRN", "MYS"], [mys, brn], [],
    [H("signed", None, "unknown", None, "In a joint statement, the two leaders also welcomed")], opt=True, note="a joint statement issued, not said to be signed -> optional"),
  A(LT, "agreement", "Malaysia-Brunei agreement on the Limbang-Temburong border crossing", ["border_security", "transport"], ["BRN", "MYS"], [mys, brn], [],
    [H("finalized", None, "unknown", None, "welcomed the conclusion of negotiations on the agreement on the Limbang-Temburong border crossing"),
     H("planned", None, "unknown", None, "welcomed the conclusion of negotiations on the agreement on the Limbang-Temburong border crossing")]),
  A("BRN-MYS-maritime-boundary-exchange-of-letters", "agreement", "Malaysia-Brunei Exchange of Letters on the maritime boundary", ["maritime", "border_security"], ["BRN", "MYS"], [mys, brn], [],
    [H("implemented", None, "unknown", None, "The leaders noted that the Exchange of Letters on the maritime boundary had been fully implemented.")]),
 ], [
  E("BRN-MYS-annual-leaders-consultation", "meeting", "Malaysia-Brunei Annual Leaders' Consultation", "held", None, None, "Bandar Seri Begawan", "BRN", "MYS",
    ["Anwar Ibrahim", "Sultan Haji Hassanal Bolkiah"], ["BRN", "MYS"], [k for k, _, _ in MOUS], "The exchange of documents was witnessed by Prime Minister Datuk Seri Anwar Ibrahim", count=4,
    note="NO YEAR: dates null; witnesses, not signatories"),
  E("BRN-MYS-anwar-official-visit-brunei", "visit", "Anwar Ibrahim's two-day official visit to Brunei", "held", None, None, "Brunei", "BRN", "MYS",
    ["Anwar Ibrahim"], ["BRN", "MYS"], [], "Anwar, who arrived yesterday for a two-day official visit",
    note="the visit framing the consultation; review: required (a named two-day official visit, GUIDE Events; s08 keeps both meeting and visit required too)"),
 ], "Bernama, NO YEAR anywhere (dateline 'Aug 12' only): published null, all dates null.")

# ===== s13 Türkiye-Kenya (Anadolu 2024) =====
doc("s13.txt")
tur, ken = S("Türkiye", "TUR"), S("Kenya", "KEN")
MF, HEK = "KEN-TUR-military-framework-agreement-2021", "KEN-TUR-higher-education-cooperation-agreement-2021"
F("s13.txt", "2024-01-24", [
  A(MF, "agreement", "Türkiye-Kenya military framework agreement", ["defence", "military_technical"], ["KEN", "TUR"], [tur, ken], [],
    [H("signed", "2021-10", "month", "Ankara", "The agreement, signed in Ankara in October 2021"),
     H("ratified", "2024-01", "month", None, "Kenya's National Assembly ratified the deal earlier this year"),
     H("ratified", "2024-01-23", "day", None, "The Turkish Grand National Assembly on Tuesday approved a military framework agreement")],
    note="Tuesday against Wednesday 2024-01-24 -> 01-23; Kenya 'earlier this year' against 2024-01-24 -> 2024-01 (month; review). Entry into force only 'cleared' -> no stage"),
  A(HEK, "agreement", "Türkiye-Kenya agreement on cooperation in higher education", ["education"], ["KEN", "TUR"], [tur, ken], [],
    [H("signed", "2021-10", "month", None, "Parliament also approved an agreement with Kenya on cooperation in the field of higher education"),
     H("ratified", "2024-01-23", "day", None, "Parliament also approved an agreement with Kenya on cooperation in the field of higher education")],
    note="'signed at the same time' -> October 2021; approved by the same Tuesday session"),
  A("KEN-TUR-free-trade-agreement", "agreement", "Türkiye-Kenya free trade agreement (under negotiation)", ["trade"], ["KEN", "TUR"], [tur, ken], [],
    [H("negotiating", "2024-01-24", "on_or_before", None, "Türkiye and Kenya are currently negotiating a free trade agreement")]),
 ], [
  E("KEN-TUR-kenyatta-visit-turkiye-2021", "visit", "Kenyan President Uhuru Kenyatta's visit to Türkiye", "held", "2021-10", "2021-10", "Türkiye", "TUR", "KEN",
    ["Uhuru Kenyatta"], ["KEN", "TUR"], [MF, HEK], "during Kenyan President Uhuru Kenyatta's visit to Türkiye"),
  E("KEN-TUR-fta-third-round-nairobi-2024", "talks", "Third round of Türkiye-Kenya FTA talks in Nairobi", "planned", "2024-02", "2024-02", "Nairobi", "KEN", "TUR",
    [], ["KEN", "TUR"], ["KEN-TUR-free-trade-agreement"], "with the third round of talks due in Nairobi next month"),
 ], "Anadolu, date line 24.01.2024. Parliament approval = ratified.")

# ===== s14 Ghana MFA press release (2023) =====
doc("s14.txt")
gha, bfa = S("Ghana", "GHA"), S("Burkina Faso", "BFA")
F("s14.txt", "2023-03-07", [
  A("BFA-GHA-security-cooperation-mou-2019", "memorandum", "Ghana-Burkina Faso MoU on Security Cooperation (2019)", ["peace_security", "border_security"], ["BFA", "GHA"], [gha, bfa], [],
    [H("signed", "2019", "year", "Ouagadougou", "the Memorandum of Understanding on Security Cooperation signed in Ouagadougou in 2019"),
     H("agreed", "2023-03-06", "day", None, "the Memorandum of Understanding on Security Cooperation signed in Ouagadougou in 2019 should be reviewed")],
    note="both ministers agreed it should be reviewed (to add intelligence sharing) -> agreed (amendment in principle), same item"),
  A("BEN-BFA-CIV-GHA-TGO-accra-initiative-2017", "arrangement", "Accra Initiative regional security mechanism", ["peace_security", "counter_terrorism"], ["BEN", "BFA", "CIV", "GHA", "TGO"],
    [S("Benin", "BEN"), bfa, S("Côte d'Ivoire", "CIV"), gha, S("Togo", "TGO")], [],
    [H("agreed", "2017", "year", None, "the regional security mechanism set up in 2017"),
     H("implemented", "2023-03-06", "day", None, "the regional security mechanism set up in 2017")]),
  A("BFA-GHA-road-transport-of-goods-agreement-2015", "agreement", "Ghana-Burkina Faso agreement on the road transport of goods (2015)", ["transport", "trade"], ["BFA", "GHA"], [gha, bfa], [],
    [H("signed", "2015", "year", None, "the Ghana-Burkina Faso agreement on the road transport of goods, signed in 2015, remains in force"),
     H("in_force", "2023-03-07", "on_or_before", None, "the Ghana-Burkina Faso agreement on the road transport of goods, signed in 2015, remains in force")]),
  A("BFA-GHA-permanent-joint-commission-for-cooperation", "arrangement", "Ghana-Burkina Faso Permanent Joint Commission for Cooperation", ["economic_cooperation"], ["BFA", "GHA"], [gha, bfa], [],
    [H("in_force", None, "unknown", None, "the 6th Session of the Ghana-Burkina Faso Permanent Joint Commission for Cooperation")], opt=True,
    note="review: existing joint commission, no stage of its own -> optional in_force undated (batch Q/R convention)"),
 ], [
  E("BFA-GHA-botchwey-rouamba-call-2023", "call", "Telephone conversation between Shirley Ayorkor Botchwey and Olivia Rouamba", "held", "2023-03-06", "2023-03-06", None, None, None,
    ["Shirley Ayorkor Botchwey", "Olivia Rouamba"], ["BFA", "GHA"], ["BFA-GHA-security-cooperation-mou-2019"], "held a telephone conversation on Monday, 6th March, 2023",
    note="review: the MoU review agreed in the call is linked (as s03/s17 link mechanisms agreed at a meeting)"),
  E("BFA-GHA-permanent-joint-commission-6th-session-2023", "meeting", "6th Session of the Ghana-Burkina Faso Permanent Joint Commission (postponed)", "planned", None, None, "Accra", "GHA", "BFA",
    [], ["BFA", "GHA"], [], "originally scheduled for 20th to 22nd March, 2023 in Accra",
    note="judgement: postponed sine die, not called off -> planned with no date (the original dates no longer hold)"),
 ], "Ministry press release, 'Date: 7th March, 2023'. Review of the MoU agreed in the call.")

# ===== s15 Central Asia water analysis (2024) =====
doc("s15.txt")
kaz, kgz, tjk, tkm, uzb = S("Kazakhstan", "KAZ"), S("Kyrgyzstan", "KGZ", ["Bishkek"]), S("Tajikistan", "TJK", ["Dushanbe"]), S("Turkmenistan", "TKM"), S("Uzbekistan", "UZB")
F("s15.txt", "2024-06-30", [
  A("KAZ-KGZ-chu-talas-water-allocation-protocol-2023", "protocol", "Kazakhstan-Kyrgyzstan protocol on water allocation from the Chu and Talas rivers", ["environment", "agriculture"], ["KAZ", "KGZ"], [kaz, kgz], [],
    [H("signed", "2023-03", "month", "Bishkek", "Kazakhstan and Kyrgyzstan signed a protocol on water allocation")], note="'March last year' -> 2023-03"),
  A("KAZ-KGZ-shared-water-facilities-agreement-2000", "agreement", "Kazakhstan-Kyrgyzstan agreement on the shared use of water facilities", ["environment", "infrastructure"], ["KAZ", "KGZ"], [kaz, kgz], [],
    [H("in_force", "2000", "year", None, "an agreement on the shared use of water facilities that has been in force since 2000")]),
  A("KGZ-UZB-kempir-abad-reservoir-agreement-2022", "agreement", "Uzbekistan-Kyrgyzstan agreement on joint management of the Kempir-Abad reservoir", ["environment", "border_security"], ["KGZ", "UZB"], [uzb, kgz], [],
    [H("signed", "2022-11", "month", None, "Uzbekistan and Kyrgyzstan signed their agreement on the joint management of the Kempir-Abad reservoir in November 2022"),
     H("ratified", None, "unknown", None, "Bishkek's parliament ratified it within weeks")], note="'within weeks' not dated"),
  A("TJK-UZB-water-sharing-framework-2018", "agreement", "Tajikistan-Uzbekistan water-sharing framework (2018)", ["environment"], ["TJK", "UZB"], [tjk, uzb], [],
    [H("signed", "2018", "year", None, "Tajikistan, however, has yet to ratify the water-sharing framework")], note="'has yet to ratify' -> no ratified stage"),
  A("KAZ-KGZ-TJK-TKM-UZB-aral-sea-basin-declaration-2023", "declaration", "Regional declaration on the Aral Sea basin (Ashgabat)", ["environment"], ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
    [kaz, kgz, tjk, tkm, uzb], [],
    [H("signed", "2023", "year", "Ashgabat", "Dushanbe refused to sign the regional declaration on the Aral Sea basin"),
     H("rejected", None, "unknown", None, "Dushanbe refused to sign the regional declaration on the Aral Sea basin")],
    note="adopted by the four others in 2023 (adopted = signed); Tajikistan's refusal -> rejected, undated. The four are 'the four other Central Asian states' (named elsewhere in the piece)"),
  A("KGZ-RUS-naryn-cascade-joint-commission", "arrangement", "Russian proposal of a joint commission on the Naryn cascade", ["energy"], ["KGZ", "RUS"], [S("Russia", "RUS"), kgz], [],
    [H("proposed", None, "unknown", None, "Meanwhile a Russian proposal for a joint commission on the Naryn cascade")], opt=True, note="partners of the proposed commission not named"),
  A("IGO:WB-KGZ-irrigation-loan-2024", "agreement", "World Bank $250 million irrigation loan offered to Kyrgyzstan", ["finance", "agriculture"], ["IGO:WB", "KGZ"],
    [IO("World Bank", "IGO:WB"), kgz], [],
    [H("proposed", None, "unknown", None, "The World Bank has offered to lend the Kyrgyz government $250 million"),
     H("negotiating", "2024-06-30", "on_or_before", None, "The World Bank has offered to lend the Kyrgyz government $250 million")],
    note="conditional offer ('if Bishkek agrees'), talks continuing"),
  A("IGO:ICWC-KAZ-KGZ-TJK-TKM-UZB-hydromet-data-sharing-arrangement-2024", "arrangement", "Data-sharing arrangement among the Central Asian hydromet services", ["environment", "science_technology"], ["IGO:ICWC", "KAZ", "KGZ", "TJK", "TKM", "UZB"],
    [IO("Interstate Coordination Water Commission", "IGO:ICWC"), kaz, kgz, tjk, tkm, uzb], [],
    [H("agreed", "2024-04", "month", "Tashkent", "which the Interstate Coordination Water Commission approved in principle at its April meeting in Tashkent")],
    note="review: 'among the five states' hydromet services' -> IGO:ICWC plus the five states (GUIDE: IGO + members; as the Aral Sea declaration here)"),
 ], [
  E("IGO:ICWC-KAZ-KGZ-TJK-TKM-UZB-tashkent-meeting-2024", "meeting", "Interstate Coordination Water Commission meeting in Tashkent", "held", "2024-04", "2024-04", "Tashkent", "UZB", None,
    [], ["IGO:ICWC", "KAZ", "KGZ", "TJK", "TKM", "UZB"], ["IGO:ICWC-KAZ-KGZ-TJK-TKM-UZB-hydromet-data-sharing-arrangement-2024"], "at its April meeting in Tashkent",
    note="review: countries were [IGO:ICWC] only; the host UZB and the other members added"),
 ], "Op-ed analysis with several instruments in passing; negation ('has yet to ratify', 'refused to sign') and a condition ('if Bishkek agrees').")

# ===== s16 India-Central Asia summit round-up (2024) =====
doc("s16.txt")
ind = S("India", "IND")
DD, RC, U, SP, LOC, DTP, RM = ("IND-KAZ-KGZ-TJK-TKM-UZB-delhi-declaration-2024", "IND-KAZ-KGZ-TJK-TKM-UZB-rare-earths-research-centre-2024",
    "IND-KAZ-natural-uranium-supply-agreement-2024", "IND-KAZ-space-cooperation-mou-2024", "IND-UZB-exim-bank-line-of-credit-2024",
    "IND-KGZ-double-taxation-amending-protocol-2024", "IND-TJK-defence-cooperation-roadmap-2024")
kgz, tjk = S("Kyrgyzstan", "KGZ"), S("Tajikistan", "TJK")
six = [ind, kaz, kgz, tjk, tkm, uzb]
F("s16.txt", "2024-11-18", [
  A(DD, "declaration", "Delhi Declaration of the second India-Central Asia Summit", ["comprehensive_cooperation"], ["IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"], six, [],
    [H("signed", "2024-11-18", "day", None, "with the six countries adopting a joint declaration")]),
  A(RC, "arrangement", "India-Central Asia Centre for rare earths research", ["science_technology", "industry"], ["IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"], six, [],
    [H("agreed", "2024-11-18", "day", None, "set up an India-Central Asia Centre for rare earths research")]),
  A(U, "agreement", "India-Kazakhstan agreement on supply of natural uranium 2025-2029", ["energy", "trade"], ["IND", "KAZ"], [ind, kaz], [],
    [H("signed", "2024-11-18", "on_or_before", None, "India and Kazakhstan signed an agreement on the supply of natural uranium")], vp={"from": "2025", "to": "2029"}),
  A(SP, "memorandum", "India-Kazakhstan memorandum on space cooperation", ["space"], ["IND", "KAZ"], [ind, kaz], [],
    [H("signed", "2024-11-18", "on_or_before", None, "India and Kazakhstan signed an agreement on the supply of natural uranium")]),
  A("IND-KAZ-bilateral-investment-treaty-2024", "treaty", "India-Kazakhstan bilateral investment treaty (negotiations to be launched)", ["investment"], ["IND", "KAZ"], [ind, kaz], [],
    [H("proposed", "2024-11-18", "on_or_before", None, "agreed to launch negotiations on a bilateral investment treaty")],
    note="judgement: agreed to launch negotiations -> proposed (negotiations not begun)"),
  A(LOC, "agreement", "Exim Bank of India $300 million line of credit to Uzbekistan", ["finance", "infrastructure"], ["IND", "UZB"],
    [G("Exim Bank of India", "IND"), uzb], [], [H("signed", "2024-11-18", "on_or_before", None, "Exim Bank of India extended a $300 million line of credit to Uzbekistan")]),
  A(DTP, "protocol", "Protocol amending the India-Kyrgyzstan double taxation avoidance agreement", ["taxation"], ["IND", "KGZ"], [ind, kgz], [],
    [H("signed", "2024-11-18", "on_or_before", None, "The two countries signed a protocol amending their 1999 agreement")],
    note="judgement: the protocol is named as an instrument of its own, so it is a separate item from the 1999 agreement"),
  A("IND-KGZ-double-taxation-avoidance-agreement-1999", "agreement", "India-Kyrgyzstan agreement on avoidance of double taxation (1999)", ["taxation"], ["IND", "KGZ"], [ind, kgz], [],
    [H("signed", "1999", "year", None, "The two countries signed a protocol amending their 1999 agreement")]),
  A(RM, "roadmap", "India-Tajikistan defence cooperation roadmap", ["defence"], ["IND", "TJK"], [ind, tjk], [],
    [H("finalized", "2024-11-18", "on_or_before", None, "A defence cooperation roadmap was finalised"),
     H("planned", "2025", "year", "Dushanbe", "A defence cooperation roadmap was finalised")], note="to be signed when Rajnath Singh visits Dushanbe early next year -> planned 2025"),
  A("AFG-IND-PAK-TKM-tapi-gas-pipeline", "agreement", "Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline", ["energy", "infrastructure"], ["AFG", "IND", "PAK", "TKM"],
    [tkm, S("Afghanistan", "AFG"), S("Pakistan", "PAK"), ind], [],
    [H("negotiating", "2024-11-18", "on_or_before", None, "talks on the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline remained stalled")],
    opt=True, note="a project, instrument not named; stalled talks"),
 ], [
  E("IND-KAZ-KGZ-TJK-TKM-UZB-india-central-asia-summit-2024", "summit", "Second India-Central Asia Summit in New Delhi", "held", "2024-11-18", "2024-11-18", "New Delhi", "IND", None,
    ["Narendra Modi", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], ["IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"], [DD, RC, U, SP, LOC, DTP, RM],
    "Prime Minister Narendra Modi hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan",
    note="place from NEW DELHI dateline + 'hosted' (and 'Delhi Declaration'); Tuesday meetings after publication are planned"),
  E("IND-UZB-modi-mirziyoyev-meeting-2024", "meeting", "Modi-Mirziyoyev meeting at Hyderabad House", "held", "2024-11-18", "2024-11-18", "Hyderabad House", "IND", "UZB",
    ["Narendra Modi", "Shavkat Mirziyoyev"], ["IND", "UZB"], [LOC], "Photo caption: Modi with Uzbek President Shavkat Mirziyoyev at Hyderabad House on Monday", note="from the photo caption"),
  E("IND-KAZ-modi-tokayev-meeting-2024", "meeting", "Modi-Tokayev bilateral meeting", "held", "2024-11-18", "2024-11-18", None, "IND", "KAZ",
    ["Narendra Modi", "Kassym-Jomart Tokayev"], ["IND", "KAZ"], [U, SP], "President Kassym-Jomart Tokayev and Modi also agreed to launch negotiations", opt=True,
    note="implied by 'Modi held separate bilateral meetings with each of the five leaders on Monday and Tuesday'; which day not said"),
  E("IND-TJK-rajnath-singh-visit-dushanbe-2025", "visit", "Defence Minister Rajnath Singh's visit to Dushanbe", "planned", "2025", "2025", "Dushanbe", "TJK", "IND",
    ["Rajnath Singh"], ["IND", "TJK"], [RM], "when Defence Minister Rajnath Singh visits Dushanbe early next year"),
 ], "Web round-up with bullets, photo caption, 'Also read' links (noise). 'No agreements were signed' with Turkmenistan. Bilateral meetings with the other leaders unnamed except Tokayev/Mirziyoyev.")

# ===== s17 Iran-Tajikistan (IRNA 2022) =====
doc("s17.txt")
irn = S("Iran", "IRN")
INV, HY, JEC = "IRN-TJK-mutual-protection-of-investments-agreement-2022", "IRN-TJK-hydropower-mou-2022", "IRN-TJK-joint-economic-commission-2022"
F("s17.txt", "2022-05-31", [
  A(INV, "agreement", "Iran-Tajikistan agreement on mutual protection of investments", ["investment"], ["IRN", "TJK"], [irn, tjk], [],
    [H("signed", "2022-05-30", "day", "Dushanbe", "Iran and Tajikistan signed 12 cooperation documents in Dushanbe on Monday")]),
  A(HY, "memorandum", "Iran-Tajikistan MoU on hydropower", ["energy"], ["IRN", "TJK"], [irn, tjk], [],
    [H("signed", "2022-05-30", "day", "Dushanbe", "Iran and Tajikistan signed 12 cooperation documents in Dushanbe on Monday")]),
  A(JEC, "arrangement", "Revival of the Iran-Tajikistan joint economic commission", ["economic_cooperation"], ["IRN", "TJK"], [irn, tjk], [],
    [H("agreed", "2022-05-30", "day", None, "The two presidents also agreed to revive the Iran-Tajikistan joint economic commission")]),
  A("IRN-TJK-sangtuda-2-hydropower-agreement", "agreement", "Iran-Tajikistan agreement on the Sangtuda-2 hydropower plant", ["energy", "investment"], ["IRN", "TJK"], [irn, tjk], [],
    [H("suspended", None, "unknown", None, "the long-suspended agreement on the Sangtuda-2 hydropower plant"),
     H("proposed", "2022-05-31", "on_or_before", None, "the long-suspended agreement on the Sangtuda-2 hydropower plant")],
    note="reactivation announced by the Iranian side only -> proposed"),
 ], [
  E("IRN-TJK-raisi-state-visit-dushanbe-2022", "visit", "Iranian President Ebrahim Raisi's state visit to Tajikistan", "held", "2022-05-29", "2022-05-30", "Dushanbe", "TJK", "IRN",
    ["Seyed Ebrahim Raisi", "Emomali Rahmon", "Hossein Amir-Abdollahian"], ["IRN", "TJK"], [INV, HY, JEC], "Raisi arrived in Dushanbe on Sunday for a two-day state visit", count=12),
  E("IRN-TJK-rahmon-visit-tehran-2021", "visit", "Rahmon's visit to Tehran (cancelled)", "cancelled", "2021-12", "2021-12", "Tehran", "IRN", "TJK",
    ["Emomali Rahmon"], ["IRN", "TJK"], [], "A visit by Rahmon to Tehran, which had been planned for last December, was cancelled"),
  E("IRN-OMN-raisi-visit-oman-2022", "visit", "Raisi's next trip to Oman", "planned", None, None, "Oman", "OMN", "IRN",
    ["Seyed Ebrahim Raisi"], ["IRN", "OMN"], [], "The Iranian president is scheduled to travel next to Oman.", opt=True),
 ], "IRNA. Monday 05-30, Sunday 05-29 against Tuesday 2022-05-31. Resuming direct flights: agreed, but no instrument -> not an item.")

# ===== hard negatives s18-s25 =====
F("s18.txt", "2023-03-09", [], [], "NEGATIVE: company-to-company MoU (Chilean miner, Japanese trader) and an offtake contract; 'meets our target' is no meeting.")
F("s19.txt", None, [], [], "NEGATIVE, NO YEAR: player contract and a union-club release agreement (sport); the team's tour of Japan and Samoa is sport.")
F("s20.txt", "2010-02-11", [], [], "NEGATIVE: domestic opposition coalition pact / MoU between Malawian parties.")
F("s21.txt", "2021-11-02", [], [], "NEGATIVE: domestic cabinet meeting; domestic roadmap; a ministry-railway company memorandum is domestic; 'met its target' of exports.")
F("s22.txt", "2019-07-19", [], [], "NEGATIVE: court settlement between a Nigerian state government and an oil company (domestic legal settlement).")
F("s23.txt", "2024-04-05", [], [], "NEGATIVE: trade-union wage accord with an employers' federation; the Labour Secretariat only mediates.")
F("s24.txt", None, [], [], "NEGATIVE, NO YEAR: a singer's cultural tour of Japan; a reception at the Kenyan ambassador's residence for fans is no diplomatic event; label distribution talks are business.")
doc("s25.txt")
F("s25.txt", "2018-10-25", [
  A("JPN-PER-cusco-kyoto-sister-city-agreement-2018", "agreement", "Cusco-Kyoto sister city agreement", ["culture", "tourism"], ["JPN", "PER"],
    [G("Cusco", "PER"), G("Kyoto", "JPN")], ["Kenji Morimoto", "Carlos Huamán Quispe"],
    [H("signed", "2018-10-24", "day", None, "The mayors of Cusco and the Japanese city of Kyoto signed a sister city agreement on Wednesday")],
    opt=True, note="OPEN CALL: municipalities are government bodies, but twinning by mayors is no relation between states; optional either way. Wednesday against Thursday 2018-10-25 -> 10-24"),
 ], [
  E("JPN-PER-morimoto-visit-cusco-2018", "visit", "Kyoto Mayor Kenji Morimoto's visit to Peru", "held", "2018-10-24", "2018-10-24", "Cusco", "PER", "JPN",
    ["Kenji Morimoto", "Carlos Huamán Quispe"], ["JPN", "PER"], ["JPN-PER-cusco-kyoto-sister-city-agreement-2018"], "who is visiting Peru with a delegation of city officials", opt=True,
    note="mayors, not state officials -> optional"),
 ], "HARD NEGATIVE / open call: city twinning by mayors; nothing required.")

# ===== one passing diplomatic mention each: s26-s30 =====
doc("s26.txt")
F("s26.txt", None, [
  A("NZL-WSM-seasonal-work-mobility-arrangement", "arrangement", "New Zealand-Samoa seasonal work and mobility arrangement", ["labour_migration", "visa"], ["NZL", "WSM"],
    [S("New Zealand", "NZL"), S("Samoa", "WSM")], [],
    [H("signed", None, "unknown", None, "the seasonal work and mobility arrangement signed by New Zealand and Samoa"),
     H("implemented", None, "unknown", None, "the seasonal work and mobility arrangement signed by New Zealand and Samoa")],
    note="NO YEAR; applied to the troupe's visas -> implemented, undated"),
 ], [], "Arts news, NO YEAR, one passing mention. Pacific dance groups are culture.")
doc("s27.txt")
F("s27.txt", "2022-11-18", [
  A(LOAN, "agreement", "15 million dinar Kuwait Fund loan to Kyrgyzstan for a road project", ["finance", "transport"], ["KGZ", "KWT"],
    [kfaed], [], [H("signed", "2022-11", "month", None, "a 15 million dinar loan from the Kuwait Fund for Arab Economic Development signed earlier this week")],
    note="cluster B third outlet; 'earlier this week' against Friday 2022-11-18 -> week of 11-14, month precision"),
 ], [], "Currency report with one passing mention (cluster B). Central bank rate decision is domestic.")
doc("s28.txt")
F("s28.txt", "2022-08-29", [
  A("CHN-PAK-emergency-humanitarian-assistance-agreement-2022", "agreement", "China-Pakistan emergency humanitarian assistance agreement", ["development_aid"], ["CHN", "PAK"],
    [S("China", "CHN"), S("Pakistan", "PAK")], [],
    [H("signed", "2022-06", "month", "Beijing", "the emergency humanitarian assistance agreement that China and Pakistan signed in Beijing in June"),
     H("implemented", "2022-08-28", "day", None, "the emergency humanitarian assistance agreement that China and Pakistan signed in Beijing in June")],
    note="relief goods arrived Sunday 08-28 under it -> implemented"),
 ], [], "Disaster news with one passing mention.")
doc("s29.txt")
F("s29.txt", "2023-06-17", [], [
  E("OMN-UZB-saidov-albusaidi-talks-muscat-2023", "talks", "Uzbek FM Bakhtiyor Saidov's talks in Muscat with Sayyid Badr Albusaidi", "held", "2023-06-15", "2023-06-15", "Muscat", "OMN", "UZB",
    ["Bakhtiyor Saidov", "Sayyid Badr Albusaidi"], ["OMN", "UZB"], [], "held talks in Muscat with his Omani counterpart Sayyid Badr Albusaidi",
    note="'a day after' the Friday 06-16 match -> Thursday 06-15"),
 ], "Football report with one passing diplomatic event.")
doc("s30.txt")
F("s30.txt", "2023-10-03", [
  A("CHL-VNM-free-trade-agreement", "agreement", "Chile-Vietnam free trade agreement", ["trade"], ["CHL", "VNM"], [S("Chile", "CHL"), S("Vietnam", "VNM")], [],
    [H("in_force", "2014", "year", None, "the Chile-Vietnam free trade agreement, in force since 2014")], note="no signing year given -> none in the key"),
 ], [], "Company investment news with one passing mention of the FTA.")

assert len(files) == 30, len(files)
json.dump({"batch": "S", "files": files}, open(os.path.join(HERE, "batch_S.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
