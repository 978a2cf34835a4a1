#!/usr/bin/env python3
"""Gold annotation of batch X (probesX), in the GUIDE batch format. Run from gold/probesX: python3 annotate.py"""
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
    s = re.sub(r"^[A-Za-z' ]+(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z]+\))? -{1,2} ", "", hits[0])  # drop a dateline prefix
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

# ================= x01 / x02: Canada-Jamaica aid debt write-off (Reuters 1987, cluster A) =================
CJ = "CAN-JAM-aid-debt-write-off-agreement-1987"
V_TT = "CAN-TTO-bouchard-visit-trinidad-1987"
can, jam = S("Canada", "CAN", ["Ottawa"]), S("Jamaica", "JAM", [])
doc("x01.txt")
F("x01.txt", "1987-05-08", [
  A(CJ, "agreement", "Canada-Jamaica agreement writing off Jamaica's Canadian aid (ODA) loans", ["finance", "development_aid"], ["CAN", "JAM"],
    [can, jam], ["Desmond Whyte", "Claire Bouchard"],
    [H("signed", "1987-05-07", "day", "Kingston", "Canada and Jamaica signed an agreement here on Thursday")],
    note="75 mln Canadian dlrs here, 72.5 mln in x02; 'Whyte' here, 'White' in x02. Thursday = 1987-05-07 (Friday publication); 'here' + KINGSTON dateline"),
  A("IGO:IMF-JAM-standby-credit-1987", "agreement", "New 15-month IMF standby credit for Jamaica (about 85 mln SDRs)", ["finance"], ["IGO:IMF", "JAM"],
    [jam, IO("International Monetary Fund", "IGO:IMF", [])], [],
    [H("negotiating", "1987-05-08", "on_or_before", None, "Jamaica is negotiating with the International Monetary Fund on a new 15-month standby credit")]),
  A("IGO:IMF-JAM-previous-standby-credit", "agreement", "Previous IMF standby credit for Jamaica, expired in March 1987", ["finance"], ["IGO:IMF", "JAM"],
    [jam, IO("International Monetary Fund", "IGO:IMF", [])], [],
    [H("terminated", "1987-03", "month", None, "to replace the one that expired in March")],
    note="'expired' = terminated (batch R convention); its own start year is not given, so no year in the key"),
  A("IGO:ParisClub-JAM-debt-rescheduling-1987", "agreement", "Paris Club rescheduling of 125 mln dlrs of Jamaican debt", ["finance"], ["IGO:ParisClub", "JAM"],
    [IO("Paris Club", "IGO:ParisClub", ["Western creditor governments"]), jam], [],
    [H("agreed", "1987-04", "month", None, "Western creditor governments in the Paris Club agreed last month to reschedule")],
    note="'last month' against May 1987 -> 1987-04. The bilateral agreements with each creditor 'will be signed over the coming months' are unnamed, plural instruments: no item. 'The Netherlands is expected to follow Canada's lead' names no instrument: no item."),
 ], [
  E("CAN-JAM-bouchard-visit-kingston-1987", "visit", "Canadian External Relations Minister Claire Bouchard's two-day visit to Jamaica", "held", "1987-05-06", "1987-05-07", "Kingston", "JAM", "CAN",
    ["Claire Bouchard", "Desmond Whyte", "Edward Seaga"], ["CAN", "JAM"], [CJ], "who arrived in Kingston on Wednesday for a two-day visit"),
  E("CAN-JAM-bouchard-seaga-talks-1987", "talks", "Claire Bouchard's talks with Prime Minister Edward Seaga", "held", "1987-05-07", "1987-05-07", None, "JAM", "CAN",
    ["Claire Bouchard", "Edward Seaga"], ["CAN", "JAM"], [], "Bouchard also held talks with Prime Minister Edward Seaga on Thursday afternoon"),
  E(V_TT, "visit", "Claire Bouchard's visit to Trinidad and Tobago", "planned", "1987-05-08", "1987-05-08", "Port of Spain", "TTO", "CAN",
    ["Claire Bouchard"], ["CAN", "TTO"], [], "Bouchard leaves for Port of Spain on Friday for talks with Trinidad and Tobago officials.",
    note="'leaves ... on Friday' in a Friday story: planned; only one day known (x02 gives Friday and Saturday)"),
  E("CAN-JAM-debt-agreement-signing-kingston-1987", "ceremony", "Signing of the Canada-Jamaica aid debt agreement", "held", "1987-05-07", "1987-05-07", "Kingston", "JAM", "CAN",
    ["Desmond Whyte", "Claire Bouchard"], ["CAN", "JAM"], [CJ], "Canada and Jamaica signed an agreement here on Thursday", opt=True),
 ], "Reuters 1987, Friday. Cluster A with x02 (figures and spelling of the finance minister differ; date agrees).")

doc("x02.txt")
can = S("Canada", "CAN", [])
F("x02.txt", "1987-05-07", [
  A(CJ, "agreement", "Canada-Jamaica agreement cancelling Jamaica's Canadian aid loans", ["finance", "development_aid"], ["CAN", "JAM"],
    [can, jam], ["Claire Bouchard", "Desmond White"],
    [H("signed", "1987-05-07", "day", "Kingston", "Canada today signed an agreement with Jamaica cancelling 72.5 mln dlrs of aid loans")],
    note="'today' against 1987-05-07; place from 'signed for Canada in the Jamaican capital, Kingston'"),
  A("CAN-GUY-aid-debt-forgiveness-agreement", "agreement", "Canada-Guyana aid debt forgiveness agreement", ["finance", "development_aid"], ["CAN", "GUY"],
    [can, S("Guyana", "GUY")], [],
    [H("negotiating", "1987-05-07", "on_or_before", None, "Similar agreements with Guyana and Belize are being negotiated")]),
  A("BLZ-CAN-aid-debt-forgiveness-agreement", "agreement", "Canada-Belize aid debt forgiveness agreement", ["finance", "development_aid"], ["BLZ", "CAN"],
    [can, S("Belize", "BLZ")], [],
    [H("negotiating", "1987-05-07", "on_or_before", None, "Similar agreements with Guyana and Belize are being negotiated")]),
 ], [
  E(V_TT, "visit", "Claire Bouchard's visit to Trinidad and Tobago", "planned", "1987-05-08", "1987-05-09", None, "TTO", "CAN",
    ["Claire Bouchard"], ["CAN", "TTO"], [], "Bouchard is also due to visit Trinidad and Tobago on Friday and Saturday."),
  E("BHS-CAN-IGO:Commonwealth-commonwealth-summit-nassau-1985", "summit", "Commonwealth summit in Nassau", "held", "1985-10", "1985-10", "Nassau", "BHS", None,
    ["Brian Mulroney"], ["BHS", "CAN", "IGO:Commonwealth"], [], "since Prime Minister Brian Mulroney pledged at the Commonwealth summit in Nassau in October 1985",
    opt=True, note="background; Mulroney's pledge is not an instrument"),
  E("CAN-JAM-debt-agreement-signing-kingston-1987", "ceremony", "Signing of the Canada-Jamaica aid debt agreement", "held", "1987-05-07", "1987-05-07", "Kingston", "JAM", "CAN",
    ["Claire Bouchard", "Desmond White"], ["CAN", "JAM"], [CJ], "Bouchard signed for Canada in the Jamaican capital, Kingston", opt=True,
    note="review: optional entry of x01's optional signing ceremony (same key); 'today' = 1987-05-07, Kingston from the statement sentence"),
 ], "Reuters Ottawa 1987, same day as the signing. Cluster A with x01. The Bouchard visit to Kingston is implied, not told ('signed for Canada in the Jamaican capital'): not listed here; the signing itself is an optional ceremony entry (review). The 1986 African debt write-offs name no country: no item.")

# ================= x03 / x04 / x26: Qatar-Tanzania (QNA, web, cluster B) =================
QA_AIR, QA_DTA, QA_LAB, QA_BIT = ("QAT-TZA-air-services-agreement-2023", "QAT-TZA-double-taxation-agreement-2023",
                                  "QAT-TZA-labour-mou-2023", "QAT-TZA-investment-protection-agreement-2023")
V_SAM = "QAT-TZA-samia-state-visit-doha-2023"
T_SAM = "QAT-TZA-tamim-samia-talks-doha-2023"
doc("x03.txt")
qat3, tza3 = S("Qatar", "QAT", ["State of Qatar"]), S("Tanzania", "TZA", ["United Republic of Tanzania"])
F("x03.txt", "2023-10-02", [
  A(QA_AIR, "agreement", "Qatar-Tanzania air services agreement", ["aviation", "transport"], ["QAT", "TZA"], [qat3, tza3],
    ["Jassim bin Saif Al-Sulaiti", "January Makamba"],
    [H("signed", "2023-10-02", "day", None, "These included an air services agreement")], expect_conflict=True,
    note="signed after the talks held 'today' -> 2023-10-02; place not in the signing sentences (the Doha dateline + 'today' sentence is the talks): null here, Doha from x26; x04 says Sunday (2023-10-01)"),
  A(QA_DTA, "agreement", "Qatar-Tanzania agreement on the avoidance of double taxation and the prevention of fiscal evasion", ["taxation"], ["QAT", "TZA"], [qat3, tza3],
    ["Ali bin Ahmed Al-Kuwari", "January Makamba"],
    [H("signed", "2023-10-02", "day", None, "An agreement on the avoidance of double taxation")], expect_conflict=True),
  A(QA_LAB, "memorandum", "Qatar-Tanzania MoU on the employment of Tanzanian manpower in Qatar", ["labour_migration"], ["QAT", "TZA"], [qat3, tza3], [],
    [H("signed", "2023-10-02", "day", None, "The two sides also signed a memorandum of understanding in the field of employment")], expect_conflict=True),
  A(QA_BIT, "agreement", "Qatar-Tanzania agreement on the reciprocal promotion and protection of investments", ["investment"], ["QAT", "TZA"], [qat3, tza3], [],
    [H("signed", "2023-10-02", "day", None, "The two sides also signed a memorandum of understanding in the field of employment")], expect_conflict=True),
  A("QAT-TZA-joint-committee", "arrangement", "Qatari-Tanzanian Joint Committee", ["comprehensive_cooperation"], ["QAT", "TZA"], [qat3, tza3], [],
    [H("in_force", None, "unknown", None, "The two sides agreed to hold the first meeting of the Qatari-Tanzanian Joint Committee")],
    opt=True, note="existing mechanism named only through its planned first meeting (batch Q/R convention: optional, in_force null)"),
 ], [
  E(T_SAM, "talks", "Official talks of the Amir of Qatar and the President of Tanzania at the Amiri Diwan", "held", "2023-10-02", "2023-10-02", "Doha", "QAT", "TZA",
    ["Sheikh Tamim bin Hamad Al-Thani", "Samia Suluhu Hassan"], ["QAT", "TZA"], [QA_AIR, QA_DTA, QA_LAB, QA_BIT],
    "held official talks at the Amiri Diwan today", count=6),
  E(V_SAM, "visit", "Tanzanian President Samia Suluhu Hassan's state visit to Qatar", "held", "2023-10-01", "2023-10-02", "Doha", "QAT", "TZA",
    ["Samia Suluhu Hassan", "Sheikh Tamim bin Hamad Al-Thani", "January Makamba"], ["QAT", "TZA"], [QA_AIR, QA_DTA, QA_LAB, QA_BIT],
    "arrived in Doha on Sunday on a state visit", count=6, note="arrived Sunday 2023-10-01; last dated day 2023-10-02"),
  E("QAT-TZA-joint-committee-first-meeting-dar-es-salaam-2024", "meeting", "First meeting of the Qatari-Tanzanian Joint Committee", "planned", "2024", "2024", "Dar es Salaam", "TZA", "QAT",
    [], ["QAT", "TZA"], [], "The two sides agreed to hold the first meeting of the Qatari-Tanzanian Joint Committee", note="'early next year' -> 2024"),
  E("QAT-TZA-agreements-signing-doha-2023", "ceremony", "Signing of six Qatar-Tanzania agreements and MoUs witnessed by the two heads of state", "held", "2023-10-02", "2023-10-02", "Doha", "QAT", "TZA",
    ["Sheikh Tamim bin Hamad Al-Thani", "Samia Suluhu Hassan", "Jassim bin Saif Al-Sulaiti", "January Makamba", "Ali bin Ahmed Al-Kuwari"], ["QAT", "TZA"],
    [QA_AIR, QA_DTA, QA_LAB, QA_BIT], "witnessed the signing of six agreements", count=6, opt=True),
 ], "QNA, 2023-10-02 (Monday): 'today' = 2023-10-02. Six documents signed, four named; the other two are only counted. Cluster B with x04 and x26.")

doc("x04.txt")
qat4, tza4 = S("Qatar", "QAT", []), S("Tanzania", "TZA", [])
DEALS = "the deals cover air services, double taxation"
F("x04.txt", "2023-10-03", [
  A(QA_AIR, "agreement", "Tanzania-Qatar air services agreement", ["aviation", "transport"], ["QAT", "TZA"], [qat4, tza4], [],
    [H("signed", "2023-10-01", "day", None, "Tanzania and Qatar on Sunday signed five agreements")], expect_conflict=True,
    note="'on Sunday' against Tuesday 2023-10-03 -> 2023-10-01; QNA (x03) says the signing followed the talks 'today' (2023-10-02)"),
  A(QA_DTA, "agreement", "Tanzania-Qatar double taxation agreement", ["taxation"], ["QAT", "TZA"], [qat4, tza4], [],
    [H("signed", "2023-10-01", "day", None, DEALS)], expect_conflict=True,
    note="'will enter into force only after both parliaments ratify it': a condition, no stage"),
  A(QA_LAB, "memorandum", "Tanzania-Qatar labour memorandum", ["labour_migration"], ["QAT", "TZA"], [qat4, tza4], [],
    [H("signed", "2023-10-01", "day", None, DEALS)], expect_conflict=True),
  A(QA_BIT, "agreement", "Tanzania-Qatar investment protection agreement (bilateral investment treaty)", ["investment"], ["QAT", "TZA"], [qat4, tza4], [],
    [H("signed", "2023-10-01", "day", None, DEALS),
     H("negotiating", "2019", "year", None, "Negotiations on a bilateral investment treaty began in 2019")], expect_conflict=True,
    note="the 'bilateral investment treaty' negotiated since 2019 read as the investment protection deal signed on Sunday"),
  A("QAT-TZA-diplomatic-training-mou-2023", "memorandum", "Tanzania-Qatar deal on the exchange of diplomatic training", ["education", "diplomatic_relations"], ["QAT", "TZA"], [qat4, tza4], [],
    [H("signed", "2023-10-01", "day", None, DEALS)], note="named only as 'the exchange of diplomatic training', but listed by State House as one of the five signed deals (review: required); probably one of the two unnamed documents in x03"),
  A("QAT-TZA-qatar-airways-air-tanzania-codeshare-mou-2023", "memorandum", "Qatar Airways-Air Tanzania codeshare memorandum", ["aviation"], ["QAT", "TZA"],
    [CO("Qatar Airways", "QAT"), CO("Air Tanzania", "TZA")], [],
    [H("signed", "2023-10-03", "on_or_before", None, "Qatar Airways and Air Tanzania signed a codeshare memorandum")],
    opt=True, note="airline-to-airline memorandum on the sidelines of a state visit: optional (GUIDE)"),
 ], [
  E(V_SAM, "visit", "President Samia Suluhu Hassan's three-day state visit to Qatar", "held", "2023-10-01", "2023-10-03", None, "QAT", "TZA",
    ["Samia Suluhu Hassan", "Sheikh Tamim bin Hamad Al Thani", "January Makamba"], ["QAT", "TZA"], [QA_AIR, QA_DTA, QA_LAB, QA_BIT],
    "as President Samia Suluhu Hassan began a three-day state visit", count=5, note="three days from Sunday 2023-10-01; x03 has the arrival Sunday too"),
  E(T_SAM, "talks", "Samia Suluhu Hassan and the Emir of Qatar at the Amiri Diwan", "held", "2023-10-01", "2023-10-01", "Doha", "QAT", "TZA",
    ["Samia Suluhu Hassan", "Sheikh Tamim bin Hamad Al Thani"], ["QAT", "TZA"], [],
    "at the Amiri Diwan in Doha on Sunday", note="from the photo caption; date differs from x03 (Monday)"),
 ], "Web page (cookie banner, byline, Updated line, share bar, caption, Read more, tags). Cluster B: five deals vs six in x03, Sunday vs 'today' (Monday) in x03. 'Emir'/'Al Thani' spelling. Meeting business leaders is not diplomatic. 'Dar port deal' teaser is not an item.")

# ================= x05 / x06 / x29: Colombia-Ecuador (BBC, Prensa Latina undated, BBC sport; cluster C) =================
CE_REL, CE_COM = "COL-ECU-restoration-of-diplomatic-relations-2010", "COL-ECU-binational-border-commission"
M_HP, S_COM = "COL-ECU-holguin-patino-meeting-quito-2010", "COL-ECU-border-commission-session-bogota-2011"
doc("x05.txt")
col5, ecu5 = S("Colombia", "COL", ["Bogota"]), S("Ecuador", "ECU", ["Quito"])
F("x05.txt", "2010-11-26", [
  A(CE_REL, "agreement", "Colombia-Ecuador agreement to restore full diplomatic relations", ["diplomatic_relations"], ["COL", "ECU"], [col5, ecu5], [],
    [H("agreed", "2010-11-26", "day", "Quito", "The announcement was made in the Ecuadorean capital, Quito, on Friday")],
    note="the 2008 break in relations is not an instrument: no terminated stage; 'Ambassadors will be exchanged' is implementation to come, no stage"),
  A(CE_COM, "arrangement", "Colombia-Ecuador binational border commission (reactivated)", ["border_security"], ["COL", "ECU"], [col5, ecu5], [],
    [H("agreed", "2010-11-26", "day", None, "The two ministers also agreed to reactivate the binational border commission")],
    note="agreed to reactivate at the Friday meeting"),
 ], [
  E(M_HP, "meeting", "Meeting of Foreign Ministers Maria Angela Holguin and Ricardo Patino in Quito", "held", "2010-11-26", "2010-11-26", "Quito", "ECU", "COL",
    ["Maria Angela Holguin", "Ricardo Patino"], ["COL", "ECU"], [CE_REL, CE_COM], "after a meeting between Foreign Ministers Maria Angela Holguin"),
  E(S_COM, "meeting", "Session of the Colombia-Ecuador binational border commission in Bogota", "planned", "2011-01", "2011-01", "Bogota", "COL", "ECU",
    [], ["COL", "ECU"], [], "to hold its next session in Bogota in January"),
  E("COL-ECU-santos-correa-border-meeting-2010", "meeting", "Planned meeting of Presidents Juan Manuel Santos and Rafael Correa on the border", "planned", "2010-12", "2010-12", None, None, None,
    ["Juan Manuel Santos", "Rafael Correa"], ["COL", "ECU"], [], "Mr Santos and Mr Correa are expected to meet on the border next month"),
 ], "BBC 2010 (Friday 26 Nov). Cluster C with x06 (undated, accents) and x29.")

doc("x06.txt")
col6, ecu6 = S("Colombia", "COL", ["Bogotá"]), S("Ecuador", "ECU", ["Quito"])
F("x06.txt", None, [
  A(CE_REL, "agreement", "Ecuador-Colombia normalization of diplomatic relations at the level of ambassadors", ["diplomatic_relations"], ["COL", "ECU"], [col6, ecu6], [],
    [H("agreed", None, "unknown", "Quito", "Ecuador and Colombia today decided to normalize their diplomatic relations")],
    note="NO year: 'today' with 'Nov 26' dateline -> null; 'announced here' with Quito dateline"),
  A(CE_COM, "arrangement", "Binational Border Commission (Combifron)", ["border_security"], ["COL", "ECU"], [col6, ecu6], [],
    [H("agreed", None, "unknown", None, "the Binational Border Commission (Combifron) will resume its work")]),
  A("COL-ECU-refugee-protection-memorandum", "memorandum", "Colombia-Ecuador memorandum on the protection of refugees", ["other"], ["COL", "ECU"], [col6, ecu6], [],
    [H("planned", None, "unknown", None, "also agreed to sign, at a date to be set, a memorandum on the protection of refugees")]),
 ], [
  E(M_HP, "meeting", "Meeting of Ricardo Patiño and María Ángela Holguín in Quito", "held", None, None, "Quito", "ECU", "COL",
    ["Ricardo Patiño", "María Ángela Holguín"], ["COL", "ECU"], [CE_REL, CE_COM], "after meeting his Colombian counterpart"),
  E("COL-ECU-holguin-visit-quito", "visit", "Colombian Foreign Minister María Ángela Holguín's two-day visit to Quito", "held", None, None, "Quito", "ECU", "COL",
    ["María Ángela Holguín"], ["COL", "ECU"], [CE_REL, CE_COM], "Holguín arrived in Quito on Thursday for a two-day visit."),
  E(S_COM, "meeting", "Resumption of the Binational Border Commission in Bogotá", "planned", None, None, "Bogotá", "COL", "ECU",
    [], ["COL", "ECU"], [], "will resume its work in January in the Colombian capital", note="'the Colombian capital' = Bogotá"),
 ], "Prensa Latina, NO DATE (dateline 'Nov 26' without year). All dates null; the 2008 break is background. 'more than a year of dialogue facilitated by the Carter Center and the OAS' is not coded as an event (undated, facilitators not parties).")

# ================= x07: Cameroon-Chad transhumance (web 2022) =================
doc("x07.txt")
TR, HC = "CMR-TCD-transhumance-agreement-2022", "CMR-TCD-herder-farmer-joint-committee-2022"
cmr, tcd = S("Cameroon", "CMR"), S("Chad", "TCD")
F("x07.txt", "2022-03-18", [
  A(TR, "agreement", "Cameroon-Chad agreement on cross-border transhumance", ["agriculture", "border_security"], ["CMR", "TCD"], [cmr, tcd],
    ["Taiga", "Abderahim Awat Atteib"],
    [H("signed", "2022-03-16", "day", "Garoua", "Cameroon and Chad on Wednesday signed an agreement on transhumance")],
    note="Wednesday -> 2022-03-16 (Friday publication); place from 'was signed in Garoua'. Cameroon's minister written 'Dr Taiga' (one name)"),
  A(HC, "arrangement", "Cameroon-Chad joint committee of governors and traditional rulers on herder-farmer clashes", ["peace_security"], ["CMR", "TCD"], [cmr, tcd], [],
    [H("agreed", "2022-03-18", "on_or_before", None, "The two countries also agreed to set up a joint committee")]),
  A("CMR-TCD-movement-of-persons-agreement-1972", "agreement", "Cameroon-Chad 1972 agreement on the movement of persons", ["visa"], ["CMR", "TCD"], [cmr, tcd], [],
    [H("signed", "1972", "year", None, "would also revise their 1972 agreement on the movement of persons"),
     H("planned", None, "unknown", None, "would also revise their 1972 agreement on the movement of persons")],
    note="revision = same item (amendment rule), planned with no date"),
  A("CMR-IGO:ECCAS-TCD-free-movement-protocol", "protocol", "ECCAS protocol on free movement of persons", ["visa"], ["CMR", "IGO:ECCAS", "TCD"],
    [IO("Economic Community of Central African States", "IGO:ECCAS", ["ECCAS"]), cmr, tcd], [],
    [H("ratified", "2017", "year", None, "whose protocol on free movement of persons Cameroon ratified in 2017")],
    note="ratified by Cameroon; 'Chad has yet to ratify it' -> no stage"),
  A("CMR-TCD-joint-commission", "arrangement", "Cameroon-Chad Joint Commission", ["comprehensive_cooperation"], ["CMR", "TCD"], [cmr, tcd], [],
    [H("in_force", None, "unknown", None, "at the close of a three-day meeting of the Cameroon-Chad Joint Commission")], opt=True,
    note="existing mechanism shown meeting (optional, in_force null)"),
 ], [
  E("CMR-TCD-joint-commission-meeting-garoua-2022", "meeting", "Three-day meeting of the Cameroon-Chad Joint Commission in Garoua", "held", "2022-03-14", "2022-03-16", "Garoua", "CMR", "TCD",
    ["Taiga", "Abderahim Awat Atteib"], ["CMR", "TCD"], [TR, HC], "at the close of a three-day meeting of the Cameroon-Chad Joint Commission",
    note="opened Monday 03-14, closed with the signing Wednesday 03-16"),
  E("CMR-TCD-joint-commission-session-ndjamena-2024", "meeting", "Next session of the Cameroon-Chad Joint Commission in N'Djamena", "planned", "2024", "2024", "N'Djamena", "TCD", "CMR",
    [], ["CMR", "TCD"], [], "the next session of the joint commission would be held in N'Djamena in 2024"),
 ], "Web page (cookie banner, byline, share, caption, Related, tags). Chérif Mahamat Zene is quoted, not placed at the meeting.")

# ================= x08: Saudi Fund - Eswatini (SPA 2023) =================
doc("x08.txt")
SFD = G("Saudi Fund for Development", "SAU", ["SFD"])
swz = S("Kingdom of Eswatini", "SWZ", ["Eswatini"])
LN = "SAU-SWZ-mbabane-bypass-road-loan-agreement-2023"
F("x08.txt", "2023-06-14", [
  A(LN, "agreement", "Saudi Fund for Development $40 million loan to Eswatini for the Mbabane Bypass Road (phase 2)", ["finance", "infrastructure", "transport"], ["SAU", "SWZ"],
    [SFD, swz], ["Sultan bin Abdulrahman Al-Marshad", "Neal Rijkenberg"],
    [H("signed", "2023-06-14", "day", "Riyadh", "The Saudi Fund for Development (SFD) signed today a development loan agreement")],
    note="place from 'at the fund's headquarters in Riyadh' in the signatory sentence"),
  A("SAU-SWZ-lubombo-hospital-loan-agreement-2019", "agreement", "SFD loan agreement for the Lubombo referral hospital", ["finance", "health"], ["SAU", "SWZ"],
    [SFD, swz], [],
    [H("signed", "2019", "year", None, "including a loan agreement signed in 2019 for the construction of the Lubombo referral hospital"),
     H("implemented", None, "unknown", None, "including a loan agreement signed in 2019 for the construction of the Lubombo referral hospital")],
    note="hospital 'now operational' -> implemented, no date"),
  A("SAU-SWZ-rural-schools-grant-agreement-2023", "agreement", "SFD $5 million grant agreement for rural school rehabilitation in Eswatini", ["development_aid", "education"], ["SAU", "SWZ"],
    [SFD, G("Eswatini Ministry of Education and Training", "SWZ", [])], [],
    [H("negotiating", "2023-06-14", "on_or_before", None, "a grant agreement worth $5 million for the rehabilitation of rural schools is being finalized"),
     H("planned", "2023-07", "month", None, "a grant agreement worth $5 million for the rehabilitation of rural schools is being finalized")],
    note="'is being finalized' = still negotiating (not finalized); signing expected 'next month' -> planned 2023-07 (target)"),
 ], [
  E("SAU-SWZ-loan-signing-riyadh-2023", "ceremony", "Signing of the SFD-Eswatini Mbabane Bypass loan at the fund's headquarters", "held", "2023-06-14", "2023-06-14", "Riyadh", "SAU", "SWZ",
    ["Sultan bin Abdulrahman Al-Marshad", "Neal Rijkenberg"], ["SAU", "SWZ"], [LN], "at the fund's headquarters in Riyadh", opt=True),
 ], "SPA 2023. The 1991 start of SFD activities and the five projects (over $100 million) name no further instrument.")

# ================= x09: Iran-Uganda (IRNA 2023) =================
doc("x09.txt")
irn, uga = S("Iran", "IRN", ["Tehran"]), S("Uganda", "UGA", [])
DOCS9 = "The documents, signed at State House in Entebbe"
IU = ["IRN-UGA-agriculture-mou-2023", "IRN-UGA-health-mou-2023", "IRN-UGA-visa-waiver-official-passports-mou-2023", "IRN-UGA-joint-economic-committee-mou-2023"]
F("x09.txt", "2023-07-13", [
  A(IU[0], "memorandum", "Iran-Uganda MoU on agricultural cooperation", ["agriculture"], ["IRN", "UGA"], [irn, uga], [],
    [H("signed", "2023-07-12", "day", "Entebbe", DOCS9)]),
  A(IU[1], "memorandum", "Iran-Uganda MoU on health cooperation", ["health"], ["IRN", "UGA"], [irn, uga], [],
    [H("signed", "2023-07-12", "day", "Entebbe", DOCS9)]),
  A(IU[2], "memorandum", "Iran-Uganda MoU on visa waiver for diplomatic and service passports", ["visa"], ["IRN", "UGA"], [irn, uga], [],
    [H("signed", "2023-07-12", "day", "Entebbe", DOCS9)]),
  A(IU[3], "memorandum", "Iran-Uganda MoU on the establishment of a joint economic committee", ["economic_cooperation"], ["IRN", "UGA"], [irn, uga], [],
    [H("signed", "2023-07-12", "day", "Entebbe", DOCS9)], note="an MoU establishing a mechanism: kind memorandum; the committee itself is not a separate item"),
  A("IRN-UGA-investment-protection-agreement", "agreement", "Iran-Uganda agreement on the mutual promotion and protection of investment (draft)", ["investment"], ["IRN", "UGA"], [irn, uga], [],
    [H("negotiating", "2023-07-13", "on_or_before", None, "A draft agreement on the mutual promotion and protection of investment is being negotiated")],
    note="'could be signed during Museveni's planned visit': condition, no planned stage"),
 ], [
  E("IRN-UGA-raisi-visit-uganda-2023", "visit", "President Ebrahim Raisi's visit to Uganda", "held", "2023-07-12", "2023-07-13", "Kampala", "UGA", "IRN",
    ["Ebrahim Raisi", "Yoweri Museveni", "Hossein Amir-Abdollahian"], ["IRN", "UGA"], IU, "who arrived in Kampala on Wednesday morning", count=4,
    note="arrived Wednesday 07-12, leaves Thursday 07-13"),
  E("IRN-UGA-raisi-museveni-talks-2023", "talks", "Raisi-Museveni talks", "held", "2023-07-12", "2023-07-12", None, "UGA", "IRN",
    ["Ebrahim Raisi", "Yoweri Museveni"], ["IRN", "UGA"], IU, "held talks with Museveni on expanding economic ties"),
  E("IRN-UGA-amir-abdollahian-odongo-meeting-2023", "meeting", "Meeting of Foreign Ministers Hossein Amir-Abdollahian and Jeje Odongo", "held", "2023-07-12", "2023-07-12", None, "UGA", "IRN",
    ["Hossein Amir-Abdollahian", "Jeje Odongo"], ["IRN", "UGA"], [], "also met separately and agreed that the first meeting",
    note="'also met separately' within the Wednesday programme: dated 07-12 (a judgement call)"),
  E("IRN-KEN-raisi-visit-kenya-2023", "visit", "Raisi's visit to Kenya, first leg of his African tour", "held", "2023-07-11", "2023-07-11", None, "KEN", "IRN",
    ["Ebrahim Raisi"], ["IRN", "KEN"], [], "an African tour that took him to Kenya on Tuesday"),
  E("IRN-ZWE-raisi-visit-zimbabwe-2023", "visit", "Raisi's visit to Zimbabwe", "planned", "2023-07-13", "2023-07-13", None, "ZWE", "IRN",
    ["Ebrahim Raisi"], ["IRN", "ZWE"], [], "The Iranian president will leave Kampala for Zimbabwe on Thursday."),
  E("IRN-UGA-joint-economic-committee-first-meeting-tehran-2023", "meeting", "First meeting of the Iran-Uganda joint economic committee in Tehran", "planned", "2023", "2023", "Tehran", "IRN", "UGA",
    [], ["IRN", "UGA"], [], "the first meeting of the joint economic committee should be held in Tehran before the end of the year"),
  E("IRN-UGA-museveni-visit-tehran", "visit", "Museveni's planned visit to Tehran", "planned", None, None, "Tehran", "IRN", "UGA",
    ["Yoweri Museveni"], ["IRN", "UGA"], [], "could be signed during Museveni's planned visit to Tehran"),
  E("IRN-UGA-mous-signing-entebbe-2023", "ceremony", "Signing of four Iran-Uganda MoUs in the presence of the two presidents", "held", "2023-07-12", "2023-07-12", "Entebbe", "UGA", "IRN",
    ["Ebrahim Raisi", "Yoweri Museveni"], ["IRN", "UGA"], IU, "Iran and Uganda signed four memoranda of understanding on Wednesday", count=4, opt=True),
 ], "IRNA 2023 (Thursday 13 July). Wednesday = 07-12, Tuesday = 07-11. Four MoUs, no named signatories (presidents only present).")

# ================= x10: China-Gambia (Xinhua 2019) =================
doc("x10.txt")
chn, gmb = S("China", "CHN", []), S("Gambia", "GMB", [])
ETC, AGR = "CHN-GMB-economic-technical-cooperation-agreement-2019", "CHN-GMB-agricultural-cooperation-mou-2019"
F("x10.txt", "2019-01-15", [
  A(ETC, "agreement", "China-Gambia agreement on economic and technical cooperation (60 million yuan grant)", ["economic_cooperation", "development_aid"], ["CHN", "GMB"], [chn, gmb],
    ["Wang Yi", "Mamadou Tangara"],
    [H("signed", "2019-01-15", "day", "Banjul", "China and Gambia on Tuesday signed an agreement on economic and technical cooperation")],
    note="signatories from 'signed by Wang and Gambian Foreign Minister Mamadou Tangara after their talks in Banjul'"),
  A(AGR, "memorandum", "China-Gambia MoU on agricultural cooperation", ["agriculture"], ["CHN", "GMB"], [chn, gmb], ["Wang Yi", "Mamadou Tangara"],
    [H("signed", "2019-01-15", "day", "Banjul", "China and Gambia on Tuesday signed an agreement on economic and technical cooperation")]),
  A("CHN-GMB-belt-and-road-mou-2018", "memorandum", "China-Gambia MoU on jointly building the Belt and Road", ["economic_cooperation", "infrastructure"], ["CHN", "GMB"], [chn, gmb], [],
    [H("signed", "2018-09", "month", "Beijing", "Gambia signed a memorandum of understanding with China on jointly building the Belt and Road")],
    note="'September last year' -> 2018-09; on the sidelines of the FOCAC Beijing summit -> Beijing"),
  A("CHN-GMB-resumption-of-diplomatic-relations-2016", "agreement", "China-Gambia resumption of diplomatic relations", ["diplomatic_relations"], ["CHN", "GMB"], [chn, gmb], [],
    [H("agreed", "2016-03", "month", None, "China and Gambia resumed diplomatic relations in March 2016")], opt=True,
    note="background; no instrument named (a joint communique is implied): optional"),
 ], [
  E("CHN-GMB-wang-yi-visit-gambia-2019", "visit", "Chinese State Councilor and Foreign Minister Wang Yi's visit to Gambia", "held", "2019-01-14", "2019-01-15", "Banjul", "GMB", "CHN",
    ["Wang Yi", "Mamadou Tangara", "Adama Barrow"], ["CHN", "GMB"], [ETC, AGR], "Wang arrived in Banjul on Monday"),
  E("CHN-GMB-wang-tangara-talks-2019", "talks", "Wang Yi - Mamadou Tangara talks in Banjul", "held", "2019-01-15", "2019-01-15", "Banjul", "GMB", "CHN",
    ["Wang Yi", "Mamadou Tangara"], ["CHN", "GMB"], [ETC, AGR], "after their talks in Banjul"),
  E("CHN-GMB-barrow-wang-meeting-2019", "meeting", "President Adama Barrow meets Wang Yi", "held", "2019-01-15", "2019-01-15", None, "GMB", "CHN",
    ["Adama Barrow", "Wang Yi"], ["CHN", "GMB"], [], "Gambian President Adama Barrow met Wang earlier on Tuesday"),
  E("CHN-ERI-wang-yi-visit-eritrea-2019", "visit", "Wang Yi's visit to Eritrea on his African tour", "planned", None, None, None, "ERI", "CHN",
    ["Wang Yi"], ["CHN", "ERI"], [], "which will also take him to Eritrea"),
  E("CHN-GMB-focac-beijing-summit-2018", "summit", "FOCAC Beijing summit", "held", "2018-09", "2018-09", "Beijing", "CHN", None,
    [], ["CHN", "GMB"], [], "on the sidelines of the Forum on China-Africa Cooperation (FOCAC) Beijing summit", opt=True, note="background"),
 ], "Xinhua 2019 (Tuesday 15 Jan). One-China policy is not an instrument.")

# ================= x11: Russia-Burundi (TASS 2021) =================
doc("x11.txt")
rus, bdi = S("Russia", "RUS", []), S("Burundi", "BDI", [])
MIL = "BDI-RUS-military-cooperation-agreement-2021"
F("x11.txt", "2021-11-26", [
  A(MIL, "agreement", "Russia-Burundi intergovernmental agreement on military cooperation", ["defence"], ["BDI", "RUS"], [rus, bdi],
    ["Alexander Fomin", "Alain Tribert Mutabazi"],
    [H("signed", "2021-11-25", "day", "Moscow", "The document was signed in Moscow on Thursday")],
    note="Thursday -> 2021-11-25 (Friday publication); 'will have to ratify ... before it takes effect': no stage"),
  A("BDI-RUS-military-technical-cooperation-agreement-2018", "agreement", "Russia-Burundi agreement on military-technical cooperation", ["military_technical"], ["BDI", "RUS"], [rus, bdi], [],
    [H("signed", "2018", "year", None, "the agreement on military-technical cooperation that the two countries signed in 2018"),
     H("in_force", "2020", "year", None, "the agreement on military-technical cooperation that the two countries signed in 2018")],
    note="'entered into force last year' -> 2020; 'discussed the implementation' gives no implemented stage"),
  A("BDI-RUS-visa-free-official-passports-agreement", "agreement", "Russia-Burundi agreement on visa-free travel for diplomatic and service passports", ["visa"], ["BDI", "RUS"], [rus, bdi], [],
    [H("proposed", "2021-11-26", "on_or_before", None, "The Russian side also proposed to sign an agreement on visa-free travel")]),
 ], [
  E("BDI-RUS-fomin-mutabazi-talks-2021", "talks", "Talks of Alexander Fomin and Alain Tribert Mutabazi", "held", "2021-11-25", "2021-11-25", None, "RUS", "BDI",
    ["Alexander Fomin", "Alain Tribert Mutabazi"], ["BDI", "RUS"], [MIL], "Fomin and Mutabazi also held talks on Thursday"),
  E("BDI-RUS-military-agreement-signing-moscow-2021", "ceremony", "Signing of the Russia-Burundi military cooperation agreement", "held", "2021-11-25", "2021-11-25", "Moscow", "RUS", "BDI",
    ["Alexander Fomin", "Alain Tribert Mutabazi"], ["BDI", "RUS"], [MIL], "The document was signed in Moscow on Thursday", opt=True),
 ], "TASS style 2021 (Friday). Date line 'Published: 2021-11-26'.")

# ================= x12: Lithuania-Mongolia (MFA press release 2021) =================
doc("x12.txt")
ltu, mng = S("Lithuania", "LTU", []), S("Mongolia", "MNG", [])
DTM = "LTU-MNG-diplomatic-training-mou-2021"
F("x12.txt", "2021-04-08", [
  A(DTM, "memorandum", "Lithuania-Mongolia MoU on cooperation between the diplomatic training institutions of the two foreign ministries", ["education", "diplomatic_relations"], ["LTU", "MNG"],
    [G("Ministry of Foreign Affairs of the Republic of Lithuania", "LTU", []), G("Ministry of Foreign Affairs of Mongolia", "MNG", [])],
    ["Mantas Adomėnas", "Davaasuren Damdinsuren"],
    [H("signed", "2021-04-07", "day", "Vilnius", "The Vice-Minister and the State Secretary signed a Memorandum of Understanding")],
    note="signed during the consultations of 7 April in Vilnius"),
  A("LTU-MNG-double-taxation-agreement", "agreement", "Lithuania-Mongolia agreement on the avoidance of double taxation", ["taxation"], ["LTU", "MNG"], [ltu, mng], [],
    [H("negotiating", "2021-04-07", "day", None, "The parties agreed to launch negotiations on an Agreement on the Avoidance of Double Taxation")],
    note="'agreed to launch negotiations', draft handed over: negotiating"),
  A("LTU-MNG-air-services-agreement-2019", "agreement", "Lithuania-Mongolia air services agreement", ["aviation"], ["LTU", "MNG"], [ltu, mng], [],
    [H("signed", "2019", "year", "Ulaanbaatar", "The Agreement between Lithuania and Mongolia on Air Services, signed in Ulaanbaatar in 2019"),
     H("in_force", "2021-03-01", "day", None, "The Agreement between Lithuania and Mongolia on Air Services, signed in Ulaanbaatar in 2019")],
    note="'on 1 March this year' -> 2021-03-01"),
 ], [
  E("LTU-MNG-political-consultations-vilnius-2021", "talks", "Lithuania-Mongolia political consultations in Vilnius", "held", "2021-04-07", "2021-04-07", "Vilnius", "LTU", "MNG",
    ["Mantas Adomėnas", "Davaasuren Damdinsuren"], ["LTU", "MNG"], [DTM], "held political consultations in Vilnius"),
  E("LTU-MNG-political-consultations-ulaanbaatar-2022", "talks", "Next round of Lithuania-Mongolia political consultations", "planned", "2022", "2022", "Ulaanbaatar", "MNG", "LTU",
    [], ["LTU", "MNG"], [], "The next round of political consultations will take place in Ulaanbaatar in 2022."),
 ], "Ministry press release, header 'Press release | 08.04.2021'. The State Secretary's meeting with the Confederation of Industrialists (business) is not a diplomatic event.")

# ================= x13: analysis, Gulf of Guinea (web 2022) =================
doc("x13.txt")
F("x13.txt", "2022-09-05", [
  A("CMR-GHA-NGA-TGO-yaounde-code-of-conduct-2013", "other", "Yaoundé Code of Conduct on maritime security in West and Central Africa", ["maritime", "peace_security"], ["CMR", "GHA", "NGA", "TGO"],
    [S("Nigeria", "NGA"), S("Ghana", "GHA"), S("Cameroon", "CMR"), S("Togo", "TGO")], [],
    [H("signed", "2013-06", "month", "Yaoundé", "The centrepiece is the Yaoundé Code of Conduct")],
    note="25 signatory states, four named; 'the Cameroonian capital' = Yaoundé; non-binding code: kind other"),
  A("CMR-GHA-NGA-TGO-binding-maritime-security-agreement", "agreement", "Promised binding agreement to replace the Yaoundé Code of Conduct", ["maritime", "peace_security"], ["CMR", "GHA", "NGA", "TGO"],
    [S("Nigeria", "NGA"), S("Ghana", "GHA"), S("Cameroon", "CMR"), S("Togo", "TGO")], [],
    [H("proposed", None, "unknown", None, "the promised binding agreement to replace it has not even been drafted")], opt=True,
    note="promised, not drafted: optional proposed"),
  A("BEN-NGA-operation-prosperity-joint-patrol-arrangement-2011", "arrangement", "Benin-Nigeria joint maritime patrol arrangement (Operation Prosperity)", ["maritime", "peace_security"], ["BEN", "NGA"],
    [S("Benin", "BEN"), S("Nigeria", "NGA", ["Abuja"])], [],
    [H("implemented", "2011", "year", None, "Benin and Nigeria ran joint patrols from 2011"),
     H("terminated", "2016", "year", None, "Benin and Nigeria ran joint patrols from 2011")],
    note="'wound down in 2016' = terminated"),
  A("GHA-TGO-joint-maritime-patrols-mou-2021", "memorandum", "Ghana-Togo MoU on joint maritime patrols", ["maritime", "peace_security"], ["GHA", "TGO"],
    [S("Ghana", "GHA", ["Accra"]), S("Togo", "TGO")], [],
    [H("signed", "2021-02", "month", "Lomé", "Ghana and Togo signed a memorandum of understanding on joint maritime patrols in Lomé in February 2021.")],
    note="'first joint patrol has yet to take place': no implemented stage"),
  A("BEN-TGO-radar-data-sharing-protocol-2022", "protocol", "Benin-Togo radar data sharing (protocol to formalise it)", ["maritime", "peace_security"], ["BEN", "TGO"],
    [S("Benin", "BEN"), S("Togo", "TGO")], [],
    [H("agreed", "2022", "year", None, "Togo and Benin agreed earlier this year to share radar data"),
     H("negotiating", "2022-09-05", "on_or_before", None, "Togo and Benin agreed earlier this year to share radar data")],
    note="agreement in principle and the protocol formalising it coded as one item"),
  A("GNQ-STP-joint-surveillance-zone-agreement", "agreement", "São Tomé and Príncipe - Equatorial Guinea joint surveillance zone", ["maritime", "peace_security"], ["GNQ", "STP"],
    [S("São Tomé and Príncipe", "STP"), S("Equatorial Guinea", "GNQ", ["Malabo"])], [],
    [H("negotiating", "2022-09-05", "on_or_before", None, "are discussing a joint surveillance zone")],
    note="'Malabo has refused to sign the draft text presented in April': refusal gives no stage (batch R convention), the item stays negotiating"),
  A("IGO:EU-gulf-of-guinea-programme", "programme", "EU Gulf of Guinea maritime security programme (29 million euros)", ["maritime", "development_aid"], ["IGO:EU"],
    [IO("European Union", "IGO:EU", [])], [],
    [H("implemented", "2022-09-05", "on_or_before", None, "The European Union's Gulf of Guinea programme, worth 29 million euros, ends next year")], opt=True,
    note="EU programme with no named partner state: optional"),
 ], [], "Op-ed analysis (web 2022): several instruments in passing, no events. The 2017 tribunal ruling (Côte d'Ivoire-Ghana) is a judgment, not an agreement.")

# ================= x14: Pacific Islands Forum round-up (web 2023) =================
doc("x14.txt")
pif = IO("Pacific Islands Forum", "IGO:PIF", [])
wsm, fji = S("Samoa", "WSM"), S("Fiji", "FJI")
DEC, FWL, SVM, KTW, PRF = ("AUS-FJI-IGO:PIF-KIR-NZL-PNG-SLB-TUV-VUT-WSM-apia-declaration-on-climate-mobility-2023", "FJI-WSM-labour-mobility-mou-2023",
                            "SLB-VUT-maritime-boundary-treaty-2016", "KIR-TUV-fisheries-surveillance-working-group-2023", "IGO:PIF-pacific-resilience-facility-treaty")
F("x14.txt", "2023-08-26", [
  A(DEC, "declaration", "Apia Declaration on Climate Mobility", ["environment", "labour_migration"], ["AUS", "FJI", "IGO:PIF", "KIR", "NZL", "PNG", "SLB", "TUV", "VUT", "WSM"],
    [pif, wsm, fji, S("Papua New Guinea", "PNG"), S("New Zealand", "NZL", ["Wellington"]), S("Australia", "AUS", ["Canberra"]),
     S("Vanuatu", "VUT"), S("Solomon Islands", "SLB"), S("Tuvalu", "TUV"), S("Kiribati", "KIR")], [],
    [H("signed", "2023-08-25", "day", "Apia", "by adopting the Apia Declaration on Climate Mobility")],
    note="adopted Friday 08-25 in Apia. Review: organisation-wide instrument -> IGO:PIF plus the member states the text places at this forum (host Samoa, leaders or ministers of Fiji, PNG, NZ, Australia, side deals of Vanuatu, Solomon Islands, Tuvalu, Kiribati); Tonga (next host) is not placed at it"),
  A(FWL, "memorandum", "Samoa-Fiji MoU on labour mobility", ["labour_migration"], ["FJI", "WSM"], [wsm, fji], ["Sitiveni Rabuka", "Fiamē Naomi Mata'afa"],
    [H("signed", "2023-08-24", "day", None, "Samoa and Fiji signed a memorandum of understanding on labour mobility on Thursday")],
    note="signatory written 'Ms Mata'afa' in the signing sentence; full name from the earlier sentence"),
  A(SVM, "treaty", "Vanuatu-Solomon Islands maritime boundary treaty", ["maritime", "border_security"], ["SLB", "VUT"],
    [S("Vanuatu", "VUT", ["Port Vila"]), S("Solomon Islands", "SLB")], [],
    [H("signed", "2016", "year", "Honiara", "The treaty was signed in Honiara seven years ago"),
     H("in_force", "2023-08-26", "on_or_before", None, "Vanuatu and the Solomon Islands exchanged instruments of ratification of their 2016 maritime boundary treaty")],
    note="exchange of instruments of ratification 'bringing it into force', day not given -> in_force on_or_before"),
  A(KTW, "arrangement", "Tuvalu-Kiribati joint fisheries surveillance working group", ["maritime", "agriculture"], ["KIR", "TUV"],
    [S("Tuvalu", "TUV"), S("Kiribati", "KIR")], [],
    [H("agreed", "2023-08-26", "on_or_before", None, "Tuvalu and Kiribati agreed to establish a joint fisheries surveillance working group.")]),
  A("NZL-PNG-statement-of-partnership", "declaration", "New Zealand-Papua New Guinea statement of partnership", ["comprehensive_cooperation"], ["NZL", "PNG"],
    [S("Papua New Guinea", "PNG"), S("New Zealand", "NZL", ["Wellington"])], [],
    [H("negotiating", "2023-08-23", "day", None, "The two leaders agreed to start negotiations on a statement of partnership")],
    note="agreed at the Wednesday meeting to start negotiations; conclusion hoped for next year (no stage)"),
  A(PRF, "treaty", "Pacific Resilience Facility treaty", ["finance", "environment"], ["IGO:PIF"], [pif], [],
    [H("signed", "2023-08-24", "day", None, "The Pacific Resilience Facility treaty, a regional fund")],
    note="five more signatures on Thursday (nine in total), signatories not named; entry into force conditional"),
  A("AUS-WSM-faleolo-airport-loan", "agreement", "Australian A$50 million loan to Samoa for the Faleolo airport upgrade", ["finance", "aviation", "infrastructure"], ["AUS", "WSM"],
    [S("Australia", "AUS", ["Canberra"]), wsm], [],
    [H("proposed", "2023-08-26", "on_or_before", None, "Australian Foreign Minister Penny Wong announced that Canberra would extend")],
    note="announced by one side, 'no agreement has been signed yet': proposed (verb-only loan)"),
 ], [
  E("AUS-FJI-IGO:PIF-NZL-PNG-WSM-forum-leaders-meeting-apia-2023", "summit", "Pacific Islands Forum leaders' meeting in Apia", "held", "2023-08-22", "2023-08-25", "Apia", "WSM", None,
    ["Fiamē Naomi Mata'afa", "Sitiveni Rabuka", "James Marape", "Chris Hipkins", "Penny Wong"], ["AUS", "FJI", "IGO:PIF", "NZL", "PNG", "WSM"], [DEC, FWL, SVM, KTW, PRF],
    "The four-day meeting, which opened on Tuesday"),
  E("NZL-PNG-marape-hipkins-meeting-2023", "meeting", "James Marape meets Chris Hipkins", "held", "2023-08-23", "2023-08-23", None, None, None,
    ["James Marape", "Chris Hipkins"], ["NZL", "PNG"], [], "Papua New Guinea's Prime Minister James Marape met New Zealand's Chris Hipkins on Wednesday."),
  E("IGO:PIF-TON-forum-leaders-meeting-nukualofa-2024", "summit", "Next Pacific Islands Forum leaders' meeting in Nuku'alofa", "planned", "2024", "2024", "Nuku'alofa", "TON", None,
    [], ["IGO:PIF", "TON"], [], "Next year's forum will be held in Nuku'alofa, Tonga."),
 ], "Long round-up (web 2023, Saturday). Friday 08-25, Thursday 08-24, Wednesday 08-23, opened Tuesday 08-22.")

# ================= x15: India-Bhutan (BBC 2007) =================
doc("x15.txt")
ind, btn = S("India", "IND"), S("Bhutan", "BTN")
BT = "BTN-IND-friendship-treaty-2007"
PUN = "BTN-IND-punatsangchhu-hydroelectric-agreement-2007"
F("x15.txt", "2007-02-08", [
  A(BT, "treaty", "India-Bhutan friendship treaty (2007)", ["diplomatic_relations", "comprehensive_cooperation"], ["BTN", "IND"], [ind, btn],
    ["Pranab Mukherjee", "Jigme Khesar Namgyel Wangchuck"],
    [H("signed", "2007-02-08", "on_or_before", "Delhi", "The treaty was signed in Delhi by Indian Foreign Minister Pranab Mukherjee")],
    note="BBC 'have signed', no day: on_or_before; 'must still be ratified': no stage"),
  A("BTN-IND-friendship-treaty-1949", "treaty", "India-Bhutan treaty of 1949", ["diplomatic_relations"], ["BTN", "IND"], [ind, btn], [],
    [H("signed", "1949", "year", None, "It replaces a 1949 treaty")],
    note="'replaces' while the new treaty awaits ratification: no terminated stage"),
  A(PUN, "agreement", "India-Bhutan agreement on the Punatsangchhu hydroelectric project", ["energy", "development_aid"], ["BTN", "IND"], [ind, btn], [],
    [H("signed", "2007-02-08", "on_or_before", None, "The two sides also signed an agreement on the Punatsangchhu hydroelectric project")]),
  A("BTN-IND-chukha-tala-hydropower-agreements", "agreement", "Earlier India-Bhutan agreements on the Chukha and Tala hydropower plants", ["energy"], ["BTN", "IND"], [ind, btn], [],
    [H("implemented", None, "unknown", None, "India already buys most of the power produced by the Chukha and Tala hydropower plants")], opt=True,
    note="plural agreements 'signed in earlier decades', not told apart: one optional item"),
  A("BTN-IND-rail-link-agreement", "agreement", "India-Bhutan rail link agreement", ["transport", "infrastructure"], ["BTN", "IND"], [ind, btn], [],
    [H("proposed", "2005", "year", None, "an agreement on a rail link between the two countries, first proposed in 2005, was still being negotiated"),
     H("negotiating", "2007-02-08", "on_or_before", None, "an agreement on a rail link between the two countries, first proposed in 2005, was still being negotiated")]),
 ], [
  E("BTN-IND-crown-prince-visit-india-2007", "visit", "Bhutan's Crown Prince Jigme Khesar Namgyel Wangchuck's five-day visit to India", "held", "2007-02-08", "2007-02-08", "India", "IND", "BTN",
    ["Jigme Khesar Namgyel Wangchuck", "Pranab Mukherjee", "Manmohan Singh"], ["BTN", "IND"], [BT, PUN], "who is on a five-day visit to India",
    note="only Thursday is dated"),
  E("BTN-IND-crown-prince-singh-talks-2007", "talks", "Crown prince's talks with Prime Minister Manmohan Singh", "held", "2007-02-08", "2007-02-08", None, "IND", "BTN",
    ["Jigme Khesar Namgyel Wangchuck", "Manmohan Singh"], ["BTN", "IND"], [], "Earlier on Thursday, the crown prince held talks with Prime Minister Manmohan Singh."),
 ], "BBC 2007 (Thursday 8 Feb). Bhutan's 2008 elections are domestic.")

# ================= x16: Honduras-El Salvador (web 2023) =================
doc("x16.txt")
hnd, slv = S("Honduras", "HND"), S("El Salvador", "SLV")
FON, TRI = "HND-SLV-gulf-of-fonseca-fisheries-mou-2023", "HND-NIC-SLV-gulf-of-fonseca-trinational-commission"
F("x16.txt", "2023-05-22", [
  A(FON, "memorandum", "El Salvador-Honduras MoU on sustainable fisheries management in the Gulf of Fonseca", ["agriculture", "maritime"], ["HND", "SLV"], [hnd, slv],
    ["Eduardo Enrique Reina", "Alexandra Hill Tinoco"],
    [H("signed", "2023-05-20", "day", "Amapala", "El Salvador and Honduras on Saturday signed a memorandum of understanding")],
    note="Saturday -> 2023-05-20 (Monday publication); place from 'signed in Amapala, Honduras'"),
  A(TRI, "arrangement", "Gulf of Fonseca trinational commission (El Salvador, Honduras, Nicaragua)", ["maritime"], ["HND", "NIC", "SLV"],
    [hnd, slv, S("Nicaragua", "NIC", ["Managua"])], [],
    [H("agreed", "2023-05-22", "on_or_before", None, "The two ministers also agreed to revive the trinational commission with Nicaragua")],
    note="revival agreed by two of three; Nicaragua has not answered. The 1992 ICJ ruling is a judgment, not an agreement"),
  A("GTM-HND-SLV-customs-union-protocol-2017", "protocol", "Protocol integrating Honduras into the Guatemala-El Salvador customs union", ["customs", "trade"], ["GTM", "HND", "SLV"],
    [hnd, S("Guatemala", "GTM"), slv], [],
    [H("signed", "2017", "year", None, "A customs union protocol that would integrate Honduras"),
     H("suspended", "2022", "year", None, "but Honduras suspended its participation in the customs union last year")],
    note="'last year' -> 2022; suspension of participation read as suspended"),
  A("GTM-SLV-customs-union", "arrangement", "Guatemala-El Salvador customs union", ["customs", "trade"], ["GTM", "SLV"],
    [S("Guatemala", "GTM"), slv], [],
    [H("in_force", None, "unknown", None, "A customs union protocol that would integrate Honduras")], opt=True,
    note="review: the customs union itself, named in passing as the arrangement Honduras was to join; existing, no dated stage of its own: optional"),
 ], [
  E("HND-SLV-reina-hill-meeting-amapala-2023", "meeting", "Meeting of Foreign Ministers Eduardo Enrique Reina and Alexandra Hill Tinoco in Amapala", "held", "2023-05-20", "2023-05-20", "Amapala", "HND", "SLV",
    ["Eduardo Enrique Reina", "Alexandra Hill Tinoco"], ["HND", "SLV"], [FON, TRI], "The memorandum was signed in Amapala, Honduras"),
  E("HND-SLV-castro-visit-san-salvador-2023", "visit", "President Xiomara Castro's visit to San Salvador", "planned", "2023-06", "2023-06", "San Salvador", "SLV", "HND",
    ["Xiomara Castro"], ["HND", "SLV"], [], "Honduran President Xiomara Castro is expected to visit San Salvador in June"),
  E("HND-SLV-defence-ministers-meeting-2023", "meeting", "Meeting of the Honduran and Salvadoran defence ministers", "cancelled", "2023-05", "2023-05", None, None, None,
    [], ["HND", "SLV"], [], "a planned meeting between the two countries' defence ministers in May was called off"),
 ], "Web page 2023 (bilingual cookie banner, byline, caption, READ MORE, tags).")

# ================= x17: Portugal-Cabo Verde (web 2023) =================
doc("x17.txt")
prt, cpv = S("Portugal", "PRT"), S("Cabo Verde", "CPV", ["Praia"])
SW, PEC, MAR = "CPV-PRT-debt-for-nature-swap-agreement-2023", "CPV-PRT-strategic-cooperation-programme-2022-2026", "CPV-PRT-maritime-surveillance-mou-2023"
F("x17.txt", "2023-06-21", [
  A(SW, "agreement", "Portugal-Cabo Verde debt-for-nature swap (12 million euros into a climate and environmental fund)", ["finance", "environment"], ["CPV", "PRT"], [prt, cpv],
    ["Fernando Medina", "Olavo Correia"],
    [H("signed", "2023-06-20", "day", "Lisbon", "Portugal and Cabo Verde signed an agreement in Lisbon on Tuesday")],
    note="'ready to extend the swap ... if the first tranche proved successful': condition, no stage"),
  A(PEC, "programme", "Portugal-Cabo Verde strategic cooperation programme 2022-2026 (95 million euros)", ["development_aid", "comprehensive_cooperation"], ["CPV", "PRT"], [prt, cpv], [],
    [H("signed", "2023-06-21", "on_or_before", None, "The two governments also renewed their strategic cooperation programme for 2022-2026")],
    vp={"from": "2022", "to": "2026"}, note="'renewed' = signed (a renewal of the same programme); day not in the sentence"),
  A(MAR, "memorandum", "Portugal-Cabo Verde memorandum on maritime surveillance of Cabo Verde's EEZ", ["maritime", "defence"], ["CPV", "PRT"], [prt, cpv], [],
    [H("signed", "2023-06-21", "on_or_before", None, "signed a memorandum on cooperation in the maritime surveillance")]),
  A("CPV-IGO:IMF-extended-credit-facility-2022", "agreement", "IMF extended credit facility for Cabo Verde (about $60 million)", ["finance"], ["CPV", "IGO:IMF"],
    [IO("International Monetary Fund", "IGO:IMF", []), cpv], [],
    [H("signed", "2022", "year", None, "The International Monetary Fund approved an extended credit facility")],
    note="IMF approval = signed (batch Q/R convention); kind agreement (a loan facility, as the IMF standby credits in x01; review)"),
 ], [
  E("CPV-PRT-sixth-summit-lisbon-2023", "summit", "Sixth Portugal-Cabo Verde summit", "held", "2023-06-20", "2023-06-20", "Lisbon", "PRT", "CPV",
    ["António Costa", "Ulisses Correia e Silva", "Fernando Medina", "Olavo Correia"], ["CPV", "PRT"], [SW, PEC, MAR],
    "The signing took place during the sixth Portugal-Cabo Verde summit"),
 ], "Web page 2023 (Wednesday). Tuesday = 06-20; caption places the two PMs in Lisbon on Tuesday.")

# ================= hard negatives =================
F("x18.txt", "2022-11-09", [], [], "HARD NEGATIVE: company MoU (Namibian uranium explorer / Japanese trading house), a protocol with a regional council on local hiring (domestic), Japanese bankers' site visit, 'met every drilling target'.")
F("x19.txt", "2024-01-17", [], [], "HARD NEGATIVE: boxer's promotional agreement, fight night, minister's visit to a training camp, 'met all its targets', a memorandum between two national sports federations (not government bodies).")
F("x20.txt", "2009-05-10", [], [], "HARD NEGATIVE: domestic coalition agreement (Iceland, Social Democrats and Left-Greens), 'signed', 'talks', first cabinet meeting, EU membership application only as a future domestic vote, 'meet the spending targets'.")
F("x21.txt", "1986-06-13", [], [], "HARD NEGATIVE: trade-union wage accord (Norwegian oil workers and shipowners), state mediator, minister's comment, 'talks', 'meet the employers'.")
F("x22.txt", None, [], [], "HARD NEGATIVE, NO DATE: court settlement of Maya villagers' claims against a hydro company; company memorandum with a municipality; ministry 'welcomed' it.")
F("x23.txt", "2023-09-21", [], [], "HARD NEGATIVE: central bank policy committee, 'agreed unanimously', domestic cabinet meeting approving a spending plan and a pension 'roadmap', 'meet its deficit target'.")
F("x24.txt", "2024-02-12", [], [], "HARD NEGATIVE: celebrity concert tour; courtesy call on a culture minister by a private artist (not an official of another state); recording contract.")
F("x25.txt", "2023-11-28", [], [], "HARD NEGATIVE (open call): twinning agreement signed by two mayors (Lilongwe, Curitiba) and a joint working group of council officials. Judged not an item: city councils are local authorities, not the state or an organ of the state's foreign relations (GUIDE: party must be a state, government body or IGO; earlier batches coded mayors' twinning as a negative). The Brazilian embassy's help does not make it a state act.")

# ================= other news with one passing mention =================
doc("x26.txt")
F("x26.txt", "2023-10-11", [
  A(QA_AIR, "agreement", "Tanzania-Qatar air services agreement", ["aviation", "transport"], ["QAT", "TZA"], [S("Tanzania", "TZA"), S("Qatar", "QAT")], [],
    [H("signed", "2023-10-02", "day", "Doha", "The flights were made possible by the air services agreement Tanzania and Qatar signed in Doha"),
     H("implemented", "2023-10-11", "on_or_before", None, "The flights were made possible by the air services agreement Tanzania and Qatar signed in Doha")],
    expect_conflict=True, note="'October 2' agrees with x03, not with x04 (Sunday = October 1); new flights under it -> implemented (news of the day)"),
 ], [
  E(V_SAM, "visit", "President Samia Suluhu Hassan's state visit to Qatar", "held", "2023-10-02", "2023-10-02", "Doha", "QAT", "TZA",
    ["Samia Suluhu Hassan"], ["QAT", "TZA"], [QA_AIR], "during President Samia Suluhu Hassan's state visit on October 2", opt=True,
    note="told only as the setting of the signing: optional here"),
 ], "Tourism news (web 2023) with one passing mention: the Qatar-Tanzania air services agreement (cluster B).")
doc("x27.txt")
F("x27.txt", "1986-05-20", [
  A("IGO:ICO-international-coffee-agreement", "agreement", "International Coffee Agreement (export quotas suspended February 1986)", ["trade", "agriculture"], ["IGO:ICO"],
    [IO("International Coffee Organization", "IGO:ICO", ["ICO"])], [],
    [H("suspended", "1986-02", "month", None, "since export quotas under the International Coffee Agreement were suspended in February")],
    note="quota provisions suspended: the agreement's stage 'suspended'; no member state named"),
 ], [], "Reuters 1986 commodity report with one passing mention: ICA quotas suspended in February 1986.")
doc("x28.txt")
F("x28.txt", None, [
  A("BTN-IND-cultural-exchange-programme", "programme", "India-Bhutan cultural exchange programme", ["culture"], ["BTN", "IND"], [S("India", "IND"), S("Bhutan", "BTN")], [],
    [H("implemented", None, "unknown", None, "The exhibition is organised under the cultural exchange programme between India and Bhutan")],
    note="NO DATE; the exhibition is held under the programme -> implemented, null. Not the 2007 friendship treaty of x15"),
 ], [], "Culture news, NO DATE, with one passing mention: the India-Bhutan cultural exchange programme.")
doc("x29.txt")
F("x29.txt", "2010-12-29", [
  A(CE_REL, "agreement", "Colombia-Ecuador restoration of full diplomatic relations", ["diplomatic_relations"], ["COL", "ECU"],
    [S("Colombia", "COL", ["Bogota"]), S("Ecuador", "ECU", ["Quito"])], [],
    [H("agreed", "2010-11", "month", None, "which the two governments agreed in November")]),
 ], [], "Football news (BBC 2010) with one passing mention: the restoration of diplomatic relations agreed in November (cluster C). The friendly is sport.")
doc("x30.txt")
F("x30.txt", "2024-03-05", [
  A("GTM-TWN-free-trade-agreement", "agreement", "Guatemala-Taiwan free trade agreement", ["trade"], ["GTM", "TWN"], [S("Guatemala", "GTM"), S("Taiwan", "TWN")], [],
    [H("in_force", "2006", "year", None, "under the free trade agreement in force between the two since 2006")],
    note="signing year not given: no year in the key"),
 ], [], "Commodity news (web 2024) with one passing mention: Guatemala-Taiwan FTA in force since 2006. Gulf and Indian buyers are trade.")

assert len(files) == 30
json.dump({"batch": "X", "files": files}, open(os.path.join(HERE, "batch_X.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
