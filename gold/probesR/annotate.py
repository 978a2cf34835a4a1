#!/usr/bin/env python3
"""Gold annotation of batch R (probesR), in the GUIDE batch format. Run from /tmp/probesR: python3 annotate.py"""
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
    return s
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
def ORG(name, c, al=()): return S(name, c, al, 'organization')
def CO(name, c, al=()): return S(name, c, al, 'company')
def H(status, date, prec, place, frag): return {"status": status, "date": date, "date_precision": prec, "place": place, "quote": q(frag)}
def A(key, kind, title, topics, countries, parties, sig, hist, opt=False, note=None, vp=None):
    a = {"key": key, "kind": kind, "title": title, "topics": topics, "countries": sorted(countries),
         "parties": parties, "signatories": sig, "history": hist}
    if vp: a["valid_period"] = vp
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

# ================= r01 / r02: Egypt-Soviet military debt rescheduling (Reuters 1987) =================
D_DEBT, D_TP = "EGY-SUN-military-debt-rescheduling-agreement-1987", "EGY-SUN-trade-protocol-1987"
V_TIK = "EGY-SUN-tikhonenko-visit-cairo-1987"
egy, sun = S("Egypt", "EGY", ["Cairo"]), S("Soviet Union", "SUN", ["Moscow"])
sun2 = S("Soviet Union", "SUN", ["Moscow", "USSR", "Kremlin"])
doc("r01.txt")
F("r01.txt", "1987-03-24", [
  A(D_DEBT, "agreement", "Egypt-Soviet Union agreement rescheduling Egypt's military debt (about 3 billion dlrs over 25 years)", ["finance", "defence"], ["EGY", "SUN"],
    [egy, sun], [],
    [H("finalized", "1987-03-21", "day", "Moscow", "The accord was initialled in Moscow on Saturday"),
     H("planned", "1987-04", "month", "Cairo", "The agreement is expected to be signed in Cairo next month")],
    note="initialled Saturday (1987-03-21, Tuesday publication) = finalized; initialling officials go on the talks event, not as signatories; signing 'next month' = planned (target date)"),
  A("EGY-OMN-soft-loan-1987", "agreement", "Omani soft loan of 150 mln dlrs to Egypt for food and fuel imports", ["finance"], ["EGY", "OMN"],
    [S("Oman", "OMN", ["The Gulf state"]), egy], [],
    [H("agreed", "1987-03-24", "on_or_before", None, "Separately, officials said Oman had agreed to lend Egypt")],
    note="verb-only deal ('had agreed to lend'), news of the day without a day -> on_or_before publication; 'The Gulf state' = Oman"),
  A("EGY-ISR-peace-treaty-1979", "treaty", "1979 Egypt-Israel peace treaty", ["peace_security", "diplomatic_relations"], ["EGY", "ISR"],
    [egy, S("Israel", "ISR")], [],
    [H("signed", "1979", "year", None, "after Egypt signed its 1979 peace treaty with Israel")],
    note="named in passing as background"),
  A("EGY-IGO:IMF-standby-credit-1987", "agreement", "IMF standby credit for Egypt", ["finance"], ["EGY", "IGO:IMF"],
    [egy, IO("International Monetary Fund", "IGO:IMF", ["IMF"])], [],
    [H("negotiating", "1987-03-24", "on_or_before", None, "Egypt is also negotiating with the International Monetary Fund on a standby credit")],
    note="'hope to reach agreement by the end of April' is a hope, no stage"),
  A("EGY-western-government-debt-rescheduling", "agreement", "Rescheduling of Egypt's debts to Western governments", ["finance"], ["EGY"],
    [egy], [],
    [H("proposed", None, "unknown", None, "An IMF accord would open the way for Egypt to reschedule debts owed to Western governments")],
    opt=True, note="conditional prospect ('would open the way'), creditors not named"),
 ], [
  E("EGY-SUN-moscow-debt-talks-1987", "talks", "Egyptian-Soviet talks in Moscow on military debt", "held", "1987-03-12", "1987-03-21", "Moscow", "SUN", "EGY",
    ["Fouad Abdel-Latif", "Yuri Sedov"], ["EGY", "SUN"], [D_DEBT], "The accord was initialled in Moscow on Saturday",
    note="ten days of talks ending with the initialling on Saturday 1987-03-21 -> 03-12..03-21"),
  E(V_TIK, "visit", "Soviet Deputy Prime Minister Vladimir Tikhonenko's visit to Egypt", "planned", "1987-04", "1987-04", "Cairo", "EGY", "SUN",
    ["Vladimir Tikhonenko"], ["EGY", "SUN"], [D_DEBT], "The agreement is expected to be signed in Cairo next month"),
 ], "Reuters, Published line. Saturday resolved against Tuesday 1987-03-24 -> 03-21. 'The Gulf state' = Oman (verb-only loan deal). Restart of payments not an instrument. Same debt accord and Tikhonenko visit as r02.")

doc("r02.txt")
F("r02.txt", "1987-04-15", [
  A(D_DEBT, "agreement", "Soviet-Egyptian accord rescheduling Egypt's military debt", ["finance", "defence"], ["EGY", "SUN"],
    [sun2, egy], ["Vladimir Tikhonenko", "Mahmoud Sherif Nour"],
    [H("finalized", "1987-03", "month", "Moscow", "Western diplomats in Moscow said the deal, initialled here last month"),
     H("signed", "1987-04-14", "day", "Cairo", "The Soviet Union and Egypt signed an agreement in Cairo on Tuesday")],
    note="Moscow dateline with 'here' in the initialling sentence -> Moscow; 'last month' -> 1987-03"),
  A(D_TP, "protocol", "Soviet-Egyptian trade protocol for 1987", ["trade"], ["EGY", "SUN"], [sun2, egy], [],
    [H("signed", "1987-04-14", "day", None, "The two sides also signed on Tuesday a trade protocol for 1987")],
    note="place not stated in the sentence"),
 ], [
  E(V_TIK, "visit", "Vladimir Tikhonenko's four-day visit to Egypt", "held", "1987-04-13", "1987-04-16", "Cairo", "EGY", "SUN",
    ["Vladimir Tikhonenko", "Mahmoud Sherif Nour", "Hosni Mubarak"], ["EGY", "SUN"], [D_DEBT, D_TP],
    "during a four-day visit by Tikhonenko that ends tomorrow",
    note="four-day visit ending tomorrow (Thursday 1987-04-16) -> 04-13..04-16, still under way at publication"),
  E("EGY-SUN-moscow-debt-talks-1987", "talks", "Initialling of the debt accord in Moscow (Sedov and Abdel Latif)", "held", "1987-03", "1987-03", "Moscow", "SUN", "EGY",
    ["Yuri Sedov", "Fuad Abdel Latif"], ["EGY", "SUN"], [D_DEBT], "initialled here last month by Yuri Sedov and Fuad Abdel Latif", opt=True,
    note="same Moscow round as r01, reported here only as the initialling last month"),
  E("EGY-SUN-tikhonenko-mubarak-meeting-1987", "meeting", "Tikhonenko-Mubarak meeting", "held", "1987-04-15", "1987-04-15", None, "EGY", "SUN",
    ["Vladimir Tikhonenko", "Hosni Mubarak"], ["EGY", "SUN"], [], "Tikhonenko also met President Hosni Mubarak on Wednesday"),
  E("EGY-SUN-mubarak-visit-moscow-1987", "visit", "Possible Mubarak visit to Moscow", "planned", "1987", "1987", "Moscow", "SUN", "EGY",
    ["Hosni Mubarak"], ["EGY", "SUN"], [], "which diplomats said could take place later this year", opt=True,
    note="invitation, acceptance not reported; 'could take place later this year'"),
 ], "Reuters Moscow citing Tass. 'on Tuesday' -> 1987-04-14, 'on Wednesday' = publication day 1987-04-15. Spellings differ from r01 ('Fuad Abdel Latif', 'Kremlin', 'USSR'). Debt figure differs (3.2 vs about 3 billion).")

# ================= r03: cocoa pact (Reuters 1987) =================
doc("r03.txt")
ICCO = IO("International Cocoa Organization", "IGO:ICCO", ["ICCO"])
F("r03.txt", "1987-01-21", [
  A("CIV-DEU-GHA-IGO:ICCO-NLD-international-cocoa-agreement-1986", "agreement", "International Cocoa Agreement, 1986", ["trade", "agriculture"],
    ["IGO:ICCO", "CIV", "GHA", "DEU", "NLD"],
    [ICCO, S("Ivory Coast", "CIV"), S("Ghana", "GHA"), S("West Germany", "DEU"), S("Netherlands", "NLD")], [],
    [H("signed", "1986-12", "month", None, "which signed the agreement in December after staying out of the previous pact"),
     H("in_force", "1987-01-20", "day", None, "The 1986 agreement entered into force provisionally on Tuesday")],
    note="provisional entry into force coded in_force; Ivory Coast's signature is a party's stage; Ghana 'has yet to ratify' -> no stage"),
  A("IGO:ICCO-buffer-stock-rules-1987", "arrangement", "ICCO buffer stock rules under the 1986 International Cocoa Agreement", ["trade", "agriculture"], ["IGO:ICCO"],
    [ICCO], [],
    [H("agreed", "1987-01-20", "day", "London", "The council of the International Cocoa Organization (ICCO) agreed rules for the buffer stock")],
    note="rules adopted by the ICCO council; 'here' with London dateline"),
  A("IGO:ICCO-international-cocoa-agreement-1980", "agreement", "International Cocoa Agreement, 1980", ["trade", "agriculture"], ["IGO:ICCO"],
    [ICCO], [],
    [H("terminated", "1986-09", "month", None, "The 1980 International Cocoa Agreement, whose buffer stock ran out of money in 1983, expired last September.")],
    note="expired = terminated; 'last September' against January 1987 -> 1986-09"),
 ], [
  E("IGO:ICCO-council-session-london-1987", "meeting", "ICCO council session on buffer stock rules", "held", "1987-01-13", "1987-01-20", "London", None, None,
    [], ["IGO:ICCO"], ["IGO:ICCO-buffer-stock-rules-1987"], "The council of the International Cocoa Organization (ICCO) agreed rules for the buffer stock",
    note="eight days of negotiation ending late on Tuesday 1987-01-20 -> 01-13..01-20"),
 ], "Reuters commodity copy. Tuesday = 1987-01-20 (publication Wednesday). Members named in the text listed as parties of the 1986 pact. Buffer stock buying 'could begin within weeks' is not a stage.")

# ================= r04 / r05: EU-Serbia SAA (BBC 2008, Tanjug undated) =================
SAA, IA, C_SAA = "IGO:EU-SRB-stabilisation-and-association-agreement-2008", "IGO:EU-SRB-interim-trade-agreement-2008", "IGO:EU-SRB-saa-signing-luxembourg-2008"
eu, srb = IO("European Union", "IGO:EU", ["EU"]), S("Serbia", "SRB", ["Belgrade"])
doc("r04.txt")
F("r04.txt", "2008-04-29", [
  A(SAA, "agreement", "Stabilisation and Association Agreement between the EU and Serbia", ["comprehensive_cooperation", "trade"], ["IGO:EU", "SRB"],
    [eu, srb], ["Bozidar Djelic", "Olli Rehn", "Dimitrij Rupel"],
    [H("finalized", "2007-11", "month", None, "Serbia initialled the agreement in November last year."),
     H("signed", "2008-04-29", "on_or_before", "Luxembourg", "The agreement was signed in Luxembourg by Serbian Deputy Prime Minister")],
    note="'has signed' with no day -> on_or_before publication; Tadic attended but is not said to sign here; Dutch/Belgian freeze and pending ratification -> no stage; Kostunica's party 'would seek to annul' is a domestic party, no rejected stage"),
  A(IA, "agreement", "Interim Agreement on trade between the EU and Serbia", ["trade"], ["IGO:EU", "SRB"], [eu, srb], [],
    [H("signed", "2008-04-29", "on_or_before", None, "An interim agreement on trade was signed at the same time.")]),
 ], [
  E(C_SAA, "ceremony", "Signing of the EU-Serbia SAA in Luxembourg", "held", "2008-04-29", "2008-04-29", "Luxembourg", None, "SRB",
    ["Bozidar Djelic", "Olli Rehn", "Dimitrij Rupel", "Boris Tadic"], ["IGO:EU", "SRB"], [SAA, IA],
    "Serbian President Boris Tadic, who flew to Luxembourg for the ceremony at a meeting of EU foreign ministers"),
  E("NLD-SRB-verhagen-visit-belgrade-2008", "visit", "Dutch Foreign Minister Maxime Verhagen's visit to Belgrade (called off)", "cancelled", "2008-05", "2008-05", "Belgrade", "SRB", "NLD",
    ["Maxime Verhagen"], ["NLD", "SRB"], [], "A visit to Belgrade by Dutch Foreign Minister Maxime Verhagen",
    note="'planned for next week' from Tuesday 2008-04-29 -> week of May 5, coded at month precision"),
 ], "BBC, date in the 'Page last updated' line. Kosovo's declaration of independence is not an agreement. Related link is noise.")

doc("r05.txt")
F("r05.txt", None, [
  A(SAA, "agreement", "EU-Serbia Stabilisation and Association Agreement", ["comprehensive_cooperation", "trade"], ["IGO:EU", "SRB"],
    [srb, eu], ["Boris Tadić", "Božidar Đelić", "Dimitrij Rupel", "Olli Rehn"],
    [H("finalized", None, "unknown", "Brussels", "had been initialled in Brussels in November last year"),
     H("signed", None, "unknown", "Luxembourg", "Serbia and the European Union signed the Stabilisation and Association Agreement in Luxembourg on Tuesday")],
    note="NO DATE: 'on Tuesday', 'November last year' unresolvable -> null; here Tadić is said to sign (r04 says he attended): signatories differ across outlets"),
  A(IA, "agreement", "Interim Agreement on Trade and Trade-Related Matters (EU-Serbia)", ["trade"], ["IGO:EU", "SRB"], [srb, eu], [],
    [H("signed", None, "unknown", None, "The Interim Agreement on Trade and Trade-Related Matters, signed together with the SAA")],
    note="entry into force future/conditional -> no stage"),
 ], [
  E(C_SAA, "ceremony", "Signing of the SAA in Luxembourg", "held", None, None, "Luxembourg", None, "SRB",
    ["Boris Tadić", "Božidar Đelić", "Dimitrij Rupel", "Olli Rehn"], ["IGO:EU", "SRB"], [SAA, IA],
    "Serbia and the European Union signed the Stabilisation and Association Agreement in Luxembourg on Tuesday"),
  E("IGO:EU-ITA-SRB-tadic-rehn-ministers-meeting", "meeting", "Tadić meets Rehn and EU foreign ministers after the signing", "held", None, None, "Luxembourg", None, "SRB",
    ["Boris Tadić", "Olli Rehn", "Massimo D'Alema"], ["IGO:EU", "ITA", "SRB"], [], "After the ceremony, Tadić met Rehn and the foreign ministers"),
 ], "Tanjug style, NO DATE (dateline without date). Diacritics (Đelić, Tadić) vs r04's Djelic/Tadic. Candidate status 'by the end of next year' is not an instrument.")

# ================= r06 / r07 / r08: Indonesia-Vietnam EEZ (Antara, VNA, web page, 2022) =================
EEZ, POA, HAL, HOT = ("IDN-VNM-eez-delimitation-agreement-2022", "IDN-VNM-strategic-partnership-plan-of-action-2022",
                      "IDN-VNM-halal-products-mou-2022", "IDN-VNM-fisheries-hotline-2022")
V_PHUC, T_PHUC = "IDN-VNM-phuc-state-visit-indonesia-2022", "IDN-VNM-phuc-widodo-talks-2022"
idn, vnm = S("Indonesia", "IDN", ["Jakarta"]), S("Viet Nam", "VNM", [])
vnm7 = S("Vietnam", "VNM", [])
doc("r06.txt")
F("r06.txt", "2022-12-22", [
  A(EEZ, "agreement", "Indonesia-Viet Nam agreement on the delimitation of the exclusive economic zone", ["maritime", "border_security"], ["IDN", "VNM"],
    [idn, vnm], [],
    [H("finalized", "2022-12-22", "day", "Jakarta", "Indonesia and Viet Nam have concluded negotiations on the delimitation of their exclusive economic zones (EEZ)"),
     H("planned", None, "unknown", None, "The agreement will be signed after both countries complete their internal procedures")],
    note="negotiations concluded = finalized; 'announced here on Thursday' with Jakarta dateline -> place Jakarta; signing after internal procedures = planned, no date"),
  A(POA, "action_plan", "Plan of Action 2024-2028 to implement the Indonesia-Viet Nam Strategic Partnership", ["comprehensive_cooperation"], ["IDN", "VNM"],
    [idn, vnm], [],
    [H("signed", "2022-12-22", "on_or_before", None, "During the visit, the two leaders witnessed the exchange of a Plan of Action")],
    vp={"from": "2024", "to": "2028"}, note="exchange witnessed by leaders = signed; day not given -> on_or_before"),
  A(HAL, "memorandum", "Indonesia-Viet Nam MoU on cooperation in the development of halal products", ["trade", "industry"], ["IDN", "VNM"],
    [idn, vnm], [],
    [H("signed", "2022-12-22", "on_or_before", None, "During the visit, the two leaders witnessed the exchange of a Plan of Action")]),
  A("IDN-VNM-strategic-partnership-2013", "other", "Indonesia-Viet Nam Strategic Partnership (2013)", ["comprehensive_cooperation"], ["IDN", "VNM"],
    [idn, vnm], [],
    [H("agreed", "2013", "year", None, "The Indonesia-Viet Nam Strategic Partnership was established in 2013.")],
    opt=True, note="a partnership framework 'established', no instrument named"),
 ], [
  E(V_PHUC, "visit", "Nguyen Xuan Phuc's state visit to Indonesia", "held", "2022-12-21", "2022-12-23", "Jakarta", "IDN", "VNM",
    ["Nguyen Xuan Phuc", "Joko Widodo"], ["IDN", "VNM"], [EEZ, POA, HAL],
    "Phuc is on a state visit to Indonesia from December 21 to 23 at the invitation of President Widodo."),
  E(T_PHUC, "talks", "Widodo-Phuc talks and joint press statement at the Merdeka Palace", "held", "2022-12-22", "2022-12-22", "Jakarta", "IDN", "VNM",
    ["Joko Widodo", "Nguyen Xuan Phuc"], ["IDN", "VNM"], [EEZ], "Widodo said in a joint press statement with Vietnamese President Nguyen Xuan Phuc at the Merdeka Palace",
    opt=True, note="second review: the leaders' meeting implied by the joint press statement 'here on Thursday' (same key as r07's talks)"),
 ], "Antara. Trade target of US$15 billion by 2028 is not an instrument. Same EEZ deal, plan and visit as r07/r08.")

doc("r07.txt")
F("r07.txt", "2022-12-22", [
  A(EEZ, "agreement", "Vietnam-Indonesia agreement on the delimitation of the exclusive economic zone", ["maritime", "border_security"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("finalized", "2022-12-22", "day", "Jakarta", "announced the completion of negotiations on the delimitation of the exclusive economic zone (EEZ)"),
     H("planned", None, "unknown", None, "The two sides agreed to soon complete their respective domestic procedures to sign and ratify the agreement")]),
  A("IDN-VNM-continental-shelf-delimitation-agreement-2003", "agreement", "Vietnam-Indonesia agreement on the delimitation of the continental shelf boundary", ["maritime", "border_security"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("signed", "2003", "year", None, "which the two countries signed in 2003 and which took effect in 2007"),
     H("in_force", "2007", "year", None, "which the two countries signed in 2003 and which took effect in 2007")]),
  A(POA, "action_plan", "Action Programme for 2024-2028 on implementing the Vietnam-Indonesia strategic partnership", ["comprehensive_cooperation"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("signed", "2022-12-22", "day", "Jakarta", "The two leaders witnessed the exchange of cooperation documents")],
    vp={"from": "2024", "to": "2028"}, note="exchange at the Dec 22 talks in Jakarta"),
  A(HOT, "arrangement", "Hotline between the fisheries authorities of Vietnam and Indonesia", ["maritime", "agriculture"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("agreed", "2022-12-22", "day", "Jakarta", "They agreed to set up a hotline between the fisheries authorities")]),
  A("IDN-VNM-joint-commission-for-bilateral-cooperation", "arrangement", "Vietnam-Indonesia Joint Commission for Bilateral Cooperation", ["comprehensive_cooperation"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("in_force", None, "unknown", None, "The Vietnam-Indonesia Joint Commission for Bilateral Cooperation will hold its fifth meeting")],
    opt=True, note="second review: an existing agreed mechanism (joint commission), no dated stage (batch Q review convention: optional, in_force null)"),
  A("IDN-VNM-strategic-partnership-2013", "other", "Vietnam-Indonesia strategic partnership", ["comprehensive_cooperation"], ["IDN", "VNM"],
    [vnm7, idn], [],
    [H("in_force", None, "unknown", None, "on implementing the Vietnam-Indonesia strategic partnership")],
    opt=True, note="second review: same partnership framework as r06 (optional there), named here as being implemented; no date"),
 ], [
  E(V_PHUC, "visit", "Nguyen Xuan Phuc's state visit to Indonesia", "held", "2022-12-22", "2022-12-22", "Jakarta", "IDN", "VNM",
    ["Nguyen Xuan Phuc", "Joko Widodo", "Puan Maharani"], ["IDN", "VNM"], [EEZ, POA, HOT],
    "following talks in Jakarta within the framework of Phuc's state visit to Indonesia",
    note="only the day of the talks is dated here"),
  E(T_PHUC, "talks", "Phuc-Widodo talks in Jakarta", "held", "2022-12-22", "2022-12-22", "Jakarta", "IDN", "VNM",
    ["Nguyen Xuan Phuc", "Joko Widodo"], ["IDN", "VNM"], [EEZ, POA, HOT],
    "following talks in Jakarta within the framework of Phuc's state visit to Indonesia"),
  E("IDN-VNM-phuc-puan-maharani-meeting-2022", "meeting", "Phuc meets House Speaker Puan Maharani", "held", "2022-12-22", "2022-12-22", None, "IDN", "VNM",
    ["Nguyen Xuan Phuc", "Puan Maharani"], ["IDN", "VNM"], [], "On the same day, Phuc met with Speaker of the House of Representatives Puan Maharani."),
  E("IDN-VNM-joint-commission-fifth-meeting-2023", "meeting", "Fifth meeting of the Vietnam-Indonesia Joint Commission for Bilateral Cooperation", "planned", "2023", "2023", "Hanoi", "VNM", "IDN",
    [], ["IDN", "VNM"], [], "will hold its fifth meeting in Hanoi in 2023"),
 ], "VNA. 'on December 22' with publication year. Dates of stages given at day precision from the dated talks. 'East Sea' = South China Sea (not an instrument).")

doc("r08.txt")
F("r08.txt", "2022-12-23", [
  A(EEZ, "agreement", "Indonesia-Vietnam exclusive economic zone delimitation agreement", ["maritime", "border_security"], ["IDN", "VNM"],
    [S("Indonesia", "IDN", ["Jakarta"]), S("Vietnam", "VNM", ["Hanoi"])], [],
    [H("finalized", "2022-12-22", "day", None, "Jokowi and Phuc announced on Thursday that negotiators had finalised the text")],
    note="signing and ratification still needed (no stage; 'could be completed next year if' is conditional)"),
  A("CHN-IGO:ASEAN-south-china-sea-code-of-conduct", "other", "ASEAN-China code of conduct in the South China Sea", ["maritime", "peace_security"], ["CHN", "IGO:ASEAN"],
    [IO("ASEAN", "IGO:ASEAN", []), S("China", "CHN")], [],
    [H("negotiating", "2002", "year", None, "talks with China on a code of conduct in the South China Sea")],
    note="named instrument under negotiation, passing mention by analysts; 'since 2002' = start of the talks"),
 ], [
  E(V_PHUC, "visit", "Nguyen Xuan Phuc's three-day state visit to Indonesia", "held", "2022-12-21", "2022-12-23", "Jakarta", "IDN", "VNM",
    ["Nguyen Xuan Phuc", "Joko \"Jokowi\" Widodo"], ["IDN", "VNM"], [EEZ],
    "Vietnamese President Nguyen Xuan Phuc left Jakarta on Friday at the end of a three-day state visit",
    note="left Friday 2022-12-23 after three days -> 12-21..12-23"),
  E(T_PHUC, "talks", "Jokowi-Phuc meeting at the Merdeka Palace", "held", "2022-12-22", "2022-12-22", None, "IDN", "VNM",
    ["Joko \"Jokowi\" Widodo", "Nguyen Xuan Phuc"], ["IDN", "VNM"], [EEZ], "Jokowi and Phuc announced on Thursday that negotiators had finalised the text",
    opt=True, note="second review: the leaders' Thursday meeting implied by the joint announcement and the Merdeka Palace caption (same key as r07's talks)"),
 ], "Web page (cookie banner, share bar, photo caption, Related links, tags). 'Jokowi' nickname; 'Hanoi and Jakarta' as parties. 'Jokowi to host ASEAN leaders next year' is a Related teaser: noise, not an event.")

# ================= r09: MFA extension (Reuters 1986) =================
doc("r09.txt")
MFA = "HKG-IGO:EC-IGO:GATT-PAK-USA-multi-fibre-arrangement-extension-protocol-1986"
F("r09.txt", "1986-08-01", [
  A(MFA, "protocol", "Protocol extending the Multi-Fibre Arrangement (MFA) for five years", ["trade", "industry"], ["IGO:GATT", "IGO:EC", "USA", "HKG", "PAK"],
    [IO("GATT", "IGO:GATT", []), IO("European Community", "IGO:EC", []), S("United States", "USA"), S("Hong Kong", "HKG"), S("Pakistan", "PAK")], [],
    [H("agreed", "1986-08-01", "day", "Geneva", "Textile exporting and importing countries agreed here early today to extend the Multi-Fibre Arrangement (MFA)"),
     H("planned", "1986-08", "month", None, "The protocol will be open for signature at GATT headquarters from next week.")],
    vp={"from": None, "to": "1991-07-31"},
    note="the MFA and its extension protocol are one item (extension rule); Pakistan 'had not yet decided whether to sign' and Hong Kong 'would accept' -> no stage; signature from next week = planned (target)"),
 ], [
  E("HKG-IGO:EC-IGO:GATT-PAK-USA-mfa-renewal-talks-geneva-1986", "talks", "MFA renewal talks in Geneva chaired by Arthur Dunkel", "held", "1986-08-01", "1986-08-01", "Geneva", None, None,
    ["Arthur Dunkel", "Tariq Mahmood"], ["HKG", "IGO:EC", "IGO:GATT", "PAK", "USA"], [MFA],
    "The protocol of extension was agreed after three weeks of talks chaired by GATT Director-General Arthur Dunkel",
    note="three weeks of talks, only the last day known -> start = end"),
  E("IGO:GATT-URY-punta-del-este-ministerial-1986", "conference", "Trade ministers' meeting in Punta del Este to launch a new trade round", "planned", "1986-09-15", "1986-09-15", "Punta del Este", "URY", None,
    [], ["IGO:GATT", "URY"], [], "meet in Punta del Este, Uruguay, on September 15"),
 ], "Reuters Geneva. 'here early today' -> Geneva, 1986-08-01. Valid until July 31, 1991 (start not stated).")

# ================= r10: Nigeria World Bank loan (Reuters 1986) =================
doc("r10.txt")
WBL, PCL = "IGO:WB-NGA-trade-and-foreign-exchange-policy-loan-1986", "IGO:ParisClub-NGA-debt-rescheduling-1986"
nga = S("Nigeria", "NGA", ["Lagos"])
F("r10.txt", "1986-11-21", [
  A(WBL, "agreement", "World Bank 450 mln dlr trade and foreign exchange policy loan to Nigeria", ["finance", "trade"], ["IGO:WB", "NGA"],
    [nga, IO("World Bank", "IGO:WB", [])], ["Chukwuma Nwosu", "Edward Larkin"],
    [H("signed", "1986-11-20", "day", "Washington", "Nigeria signed a 450 mln dlr trade and foreign exchange policy loan with the World Bank in Washington on Thursday")]),
  A(PCL, "agreement", "Paris Club rescheduling of about 7.5 billion dlrs of Nigerian debt", ["finance"], ["IGO:ParisClub", "NGA"],
    [IO("Paris Club", "IGO:ParisClub", ["Western creditor governments"]), nga], [],
    [H("agreed", "1986-11-21", "on_or_before", None, "Officials said the Paris Club of Western creditor governments had agreed in principle"),
     H("planned", "1986-12", "month", "Paris", "Officials said the Paris Club of Western creditor governments had agreed in principle")],
    note="agreed in principle (news of the day); terms to be formalised next month in Paris = planned target"),
  A("NGA-commercial-bank-debt-rescheduling-1986", "agreement", "Rescheduling of 1.5 billion dlrs of Nigerian arrears with commercial bank creditors", ["finance"], ["NGA"],
    [nga, ORG("London steering committee", None, ["Commercial bank creditors"]), CO("Citibank", "USA")], [],
    [H("negotiating", "1986-11-21", "on_or_before", None, "Commercial bank creditors will reschedule a further 1.5 billion dlrs of arrears")],
    opt=True, note="state with commercial banks (not state lenders): optional"),
  A("IGO:IMF-NGA-proposed-imf-loan-1985", "agreement", "Proposed IMF loan to Nigeria, rejected in 1985", ["finance"], ["IGO:IMF", "NGA"],
    [nga, IO("International Monetary Fund", "IGO:IMF", ["IMF"])], [],
    [H("rejected", "1985-12", "month", None, "Last December President Ibrahim Babangida rejected a proposed International Monetary Fund loan")],
    note="a party (Nigeria) refused it: rejected; 'Last December' against November 1986 -> 1985-12"),
  A("IGO:IMF-NGA-standby-arrangement-1986", "arrangement", "IMF standby arrangement for Nigeria", ["finance"], ["IGO:IMF", "NGA"],
    [nga, IO("International Monetary Fund", "IGO:IMF", ["IMF"])], [],
    [H("agreed", None, "unknown", None, "Lagos has since reached agreement with the IMF on a standby arrangement")],
    note="a different instrument from the rejected 1985 loan; 'has since' gives no time anchor -> null; not drawing on it is not a stage"),
 ], [
  E("IGO:WB-NGA-loan-signing-washington-1986", "ceremony", "Signing of the World Bank loan to Nigeria in Washington", "held", "1986-11-20", "1986-11-20", "Washington", None, "NGA",
    ["Chukwuma Nwosu", "Edward Larkin"], ["IGO:WB", "NGA"], [WBL], "It was signed by Finance Minister Chukwuma Nwosu"),
  E("FRA-IGO:ParisClub-NGA-paris-meeting-1986", "meeting", "Paris Club meeting to formalise Nigeria's rescheduling", "planned", "1986-12", "1986-12", "Paris", "FRA", "NGA",
    [], ["FRA", "IGO:ParisClub", "NGA"], [PCL], "Officials said the Paris Club of Western creditor governments had agreed in principle"),
 ], "Reuters Lagos. Thursday -> 1986-11-20 (Friday publication). Two IMF instruments: 1985 loan rejected; later standby agreed. London Club rescheduling optional (commercial creditors).")

# ================= r11: UK-Jordan deportation MoU (BBC 2005) =================
doc("r11.txt")
gbr = S("United Kingdom", "GBR", ["UK", "Britain"])
F("r11.txt", "2005-08-10", [
  A("GBR-JOR-deportation-mou-2005", "memorandum", "UK-Jordan memorandum of understanding on deportations (assurances against ill-treatment)", ["readmission", "counter_terrorism"], ["GBR", "JOR"],
    [gbr, S("Jordan", "JOR", ["Jordanian authorities"])], ["Malcolm Harwood", "Sami Tarawneh"],
    [H("signed", "2005-08-10", "on_or_before", "Amman", "The memorandum of understanding was signed in Amman by the British ambassador")],
    note="'has signed', no day -> on_or_before; 'Sir Malcolm Harwood' written with title"),
  A("GBR-LBY-deportation-mou", "memorandum", "UK-Libya deportation agreement (under negotiation)", ["readmission", "counter_terrorism"], ["GBR", "LBY"],
    [gbr, S("Libya", "LBY", ["Tripoli"])], [],
    [H("negotiating", "2005-08-10", "on_or_before", None, "The government is negotiating similar agreements with nine other countries, including Lebanon, Libya and Tunisia.")],
    note="'could be signed within weeks if Tripoli accepted' is conditional: no planned stage"),
  A("GBR-LBN-deportation-mou", "memorandum", "UK-Lebanon deportation agreement (under negotiation)", ["readmission", "counter_terrorism"], ["GBR", "LBN"],
    [gbr, S("Lebanon", "LBN")], [],
    [H("negotiating", "2005-08-10", "on_or_before", None, "The government is negotiating similar agreements with nine other countries, including Lebanon, Libya and Tunisia.")]),
  A("GBR-TUN-deportation-mou", "memorandum", "UK-Tunisia deportation agreement (under negotiation)", ["readmission", "counter_terrorism"], ["GBR", "TUN"],
    [gbr, S("Tunisia", "TUN")], [],
    [H("negotiating", "2005-08-10", "on_or_before", None, "The government is negotiating similar agreements with nine other countries, including Lebanon, Libya and Tunisia.")],
    note="'has so far refused to put any assurances in writing' is a refusal 'so far' during negotiation: no rejected stage"),
 ], [
  E("GBR-JOR-deportation-mou-signing-amman-2005", "ceremony", "Signing of the UK-Jordan deportation MoU in Amman", "held", "2005-08-10", "2005-08-10", "Amman", "JOR", "GBR",
    ["Malcolm Harwood", "Sami Tarawneh"], ["GBR", "JOR"], ["GBR-JOR-deportation-mou-2005"], "The memorandum of understanding was signed in Amman by the British ambassador",
    note="day not given; news of the day -> publication date"),
  E("GBR-TUN-blair-ben-ali-meeting-london-2005", "meeting", "Tony Blair meets Tunisian President Zine el-Abidine Ben Ali in London", "planned", "2005-09", "2005-09", "London", "GBR", "TUN",
    ["Tony Blair", "Zine el-Abidine Ben Ali"], ["GBR", "TUN"], [], "Prime Minister Tony Blair is due to discuss the issue with Tunisian President"),
 ], "BBC. 'nine other countries' is a vague count: only the three named countries get items. Amnesty criticism is not a stage.")

# ================= r12: Sudan-Chad Dakar agreement (BBC 2008) =================
doc("r12.txt")
DAK = "SDN-TCD-dakar-agreement-2008"
sdn, tcd = S("Sudan", "SDN", ["Khartoum"]), S("Chad", "TCD", ["N'Djamena"])
F("r12.txt", "2008-03-14", [
  A(DAK, "agreement", "Dakar agreement between Sudan and Chad", ["peace_security"], ["SDN", "TCD"], [sdn, tcd], ["Omar al-Bashir", "Idriss Deby"],
    [H("signed", "2008-03-13", "day", "Dakar", "Sudan's Omar al-Bashir and Chad's Idriss Deby signed the accord in Dakar on Thursday evening")]),
  A("SDN-TCD-dakar-contact-group-2008", "arrangement", "Regional contact group of foreign ministers to monitor the Dakar agreement", ["peace_security"], ["SDN", "TCD"], [sdn, tcd], [],
    [H("agreed", "2008-03-13", "day", "Dakar", "A contact group of foreign ministers from the region will meet monthly to monitor its implementation")],
    note="mechanism set up under the deal; its members are not named"),
  A("SDN-TCD-tripoli-agreement-2006", "agreement", "Tripoli agreement between Sudan and Chad", ["peace_security"], ["SDN", "TCD"], [sdn, tcd], [],
    [H("signed", "2006-02", "month", "Tripoli", "The Tripoli agreement, signed in the Libyan capital in February 2006"),
     H("suspended", "2006-04", "month", None, "The Tripoli agreement, signed in the Libyan capital in February 2006")],
    note="'two months later' -> 2006-04; place as written would be 'the Libyan capital' = Tripoli"),
  A("SDN-TCD-riyadh-agreement-2007", "agreement", "Riyadh accord between Sudan and Chad brokered by Saudi Arabia", ["peace_security"], ["SDN", "TCD"], [sdn, tcd], [],
    [H("agreed", "2007-05", "month", "Riyadh", "A further accord, brokered by Saudi Arabia in Riyadh in May last year, was never implemented.")],
    note="broker is not a party; 'never implemented' -> no stage; brokered = agreed (signing not stated)"),
 ], [
  E("IGO:UN-SDN-SEN-TCD-dakar-signing-ceremony-2008", "ceremony", "Signing of the Sudan-Chad Dakar agreement", "held", "2008-03-13", "2008-03-13", "Dakar", "SEN", None,
    ["Omar al-Bashir", "Idriss Deby", "Abdoulaye Wade", "Ban Ki-moon"], ["IGO:UN", "SDN", "SEN", "TCD"], [DAK, "SDN-TCD-dakar-contact-group-2008"],
    "The ceremony was hosted by Senegalese President Abdoulaye Wade and attended by UN Secretary General Ban Ki-moon."),
  E("IGO:OIC-SEN-oic-summit-dakar-2008", "summit", "OIC summit in Dakar", "held", "2008-03-13", "2008-03-13", "Dakar", "SEN", None,
    [], ["IGO:OIC", "SEN"], [], "on the sidelines of a summit of the Organisation of the Islamic Conference (OIC)",
    note="only the day of the signing is known"),
 ], "BBC. 'on Thursday evening' -> 2008-03-13 (Friday publication). Three named Sudan-Chad accords: Dakar (signed), Tripoli (signed, suspended), Riyadh (agreed, never implemented). Same Dakar accord as r29.")

# ================= r13: Israel-Hamas truce (BBC 2008) =================
doc("r13.txt")
F("r13.txt", "2008-06-18", [
  A("ISR-gaza-truce-2008", "agreement", "Egyptian-brokered six-month truce between Israel and Hamas in and around Gaza", ["peace_security"], ["ISR"],
    [S("Israel", "ISR", ["Jerusalem"]), ORG("Hamas", None, ["Palestinian militant group Hamas"])], [],
    [H("agreed", "2008-06-17", "day", None, "The ceasefire was announced by Egypt on Tuesday")],
    note="Israel 'refused to sign any written document': no signed stage; start Thursday 06:00 is a future entry into effect, not coded; Egypt is mediator, not party"),
 ], [
  E("EGY-ISR-gilad-suleiman-talks-cairo-2008", "talks", "Amos Gilad-Omar Suleiman talks in Cairo", "held", "2008-06-16", "2008-06-16", "Cairo", "EGY", "ISR",
    ["Amos Gilad", "Omar Suleiman"], ["EGY", "ISR"], ["ISR-gaza-truce-2008"], "Israeli defence official Amos Gilad held talks with Mr Suleiman in Cairo on Monday"),
  E("EGY-ISR-shalit-negotiations-cairo-2008", "talks", "Negotiations in Cairo on the release of Gilad Shalit", "planned", "2008-06", "2008-06", "Cairo", "EGY", None,
    [], ["EGY", "ISR"], [], "Negotiations on the release of the captured Israeli soldier Gilad Shalit are expected to resume in Cairo next week.",
    note="'next week' from Wednesday 2008-06-18 -> June 23-27, month precision"),
  E("EGY-ISR-indirect-truce-talks-2008", "talks", "Egyptian-mediated indirect talks on the Gaza truce", "held", None, None, None, None, None,
    ["Omar Suleiman"], ["EGY", "ISR"], ["ISR-gaza-truce-2008"], "after months of indirect talks mediated by Egyptian intelligence chief Omar Suleiman",
    opt=True, note="second review: months of indirect talks, no dates; optional"),
 ], "BBC. Monday -> 2008-06-16, Tuesday -> 2008-06-17. 'months of indirect talks' is not a dated event (second review: optional undated talks event). Gilad Shalit is not a participant.")

# ================= r14: Estonia-Finland press release (2019) =================
doc("r14.txt")
SAR = "EST-FIN-maritime-search-and-rescue-agreement-2019"
est, fin = S("Estonia", "EST", ["Government of the Republic of Estonia"]), S("Finland", "FIN", ["Government of the Republic of Finland"])
F("r14.txt", "2019-05-14", [
  A(SAR, "agreement", "Estonia-Finland agreement on co-operation in maritime search and rescue and the prevention of marine pollution in the Gulf of Finland", ["maritime", "environment"], ["EST", "FIN"],
    [est, fin], ["Urmas Reinsalu", "Timo Soini"],
    [H("signed", "2019-05-14", "day", "Tallinn", "Today in Tallinn, Minister of Foreign Affairs Urmas Reinsalu and Finnish Minister for Foreign Affairs Timo Soini signed")],
    note="entry into force after notifications: future, no stage"),
  A("EST-FIN-marine-pollution-agreement-1995", "agreement", "1995 Estonia-Finland agreement on co-operation in combating marine pollution", ["maritime", "environment"], ["EST", "FIN"],
    [est, fin], [],
    [H("signed", "1995", "year", None, "It will replace the agreement on co-operation in combating marine pollution signed by the two countries in 1995.")],
    note="to be replaced in future: no terminated stage"),
  A("EST-FIN-tallinn-helsinki-rail-link-working-group-2019", "arrangement", "Joint working group on the feasibility of a Tallinn-Helsinki fixed rail link", ["transport", "infrastructure"], ["EST", "FIN"],
    [est, fin], [],
    [H("agreed", "2019-05-14", "day", "Tallinn", "The ministers also agreed to set up a joint working group")],
    note="'also agreed' in the same meeting in Tallinn today"),
  A("EST-LTU-LVA-rail-baltica-agreement-2017", "agreement", "Rail Baltica intergovernmental agreement of Estonia, Latvia and Lithuania", ["transport", "infrastructure"], ["EST", "LTU", "LVA"],
    [est, S("Latvia", "LVA"), S("Lithuania", "LTU")], [],
    [H("signed", "2017", "year", None, "under the intergovernmental agreement signed by Estonia, Latvia and Lithuania in 2017")],
    note="Finland not a party ('hopes to link')"),
 ], [
  E("EST-FIN-soini-visit-tallinn-2019", "visit", "Finnish Foreign Minister Timo Soini's one-day visit to Estonia", "held", "2019-05-14", "2019-05-14", "Tallinn", "EST", "FIN",
    ["Timo Soini", "Urmas Reinsalu", "Jüri Ratas"], ["EST", "FIN"], [SAR, "EST-FIN-tallinn-helsinki-rail-link-working-group-2019"],
    "Minister Soini, who is on a one-day visit to Estonia, also met Prime Minister Jüri Ratas."),
  E("EST-FIN-soini-ratas-meeting-2019", "meeting", "Timo Soini meets Prime Minister Jüri Ratas", "held", "2019-05-14", "2019-05-14", None, "EST", "FIN",
    ["Timo Soini", "Jüri Ratas"], ["EST", "FIN"], [], "Minister Soini, who is on a one-day visit to Estonia, also met Prime Minister Jüri Ratas."),
  E("EST-FIN-reinsalu-visit-helsinki-2019", "visit", "Urmas Reinsalu's official visit to Helsinki", "planned", "2019-06", "2019-06", "Helsinki", "FIN", "EST",
    ["Urmas Reinsalu"], ["EST", "FIN"], [], "Minister Reinsalu will pay an official visit to Helsinki in June."),
 ], "Government press release, date in the header as 14.05.2019. 'Today in Tallinn' -> 2019-05-14, Tallinn.")

# ================= r15: Laos-Myanmar (Xinhua 2019) =================
doc("r15.txt")
PWR, BTC = "LAO-MMR-electric-power-mou-2019", "LAO-MMR-border-trade-joint-committee-2019"
lao, mmr = S("Laos", "LAO", ["Lao"]), S("Myanmar", "MMR", [])
F("r15.txt", "2019-08-07", [
  A(PWR, "memorandum", "Laos-Myanmar MoU on cooperation in the electric power sector", ["energy"], ["LAO", "MMR"], [lao, mmr], ["Khammany Inthirath", "U Tun Naing"],
    [H("signed", "2019-08-07", "day", "Vientiane", "Laos and Myanmar on Wednesday signed a memorandum of understanding (MoU) on cooperation in the electric power sector")],
    note="place from the joint commission meeting 'in the Lao capital' that the signing followed"),
  A(BTC, "arrangement", "Laos-Myanmar joint committee on border trade", ["trade"], ["LAO", "MMR"], [lao, mmr], [],
    [H("agreed", "2019-08-07", "day", "Vientiane", "Laos and Myanmar on Wednesday signed a memorandum of understanding (MoU) on cooperation in the electric power sector")]),
  A("LAO-MMR-visa-exemption-agreement", "agreement", "Laos-Myanmar agreement on visa exemption for holders of ordinary passports", ["visa"], ["LAO", "MMR"], [lao, mmr], [],
    [H("in_force", "2016", "year", None, "which has been in force since 2016")]),
  A("LAO-MMR-joint-commission-for-bilateral-cooperation", "arrangement", "Laos-Myanmar Joint Commission for Bilateral Cooperation", ["comprehensive_cooperation"], ["LAO", "MMR"], [lao, mmr], [],
    [H("in_force", None, "unknown", None, "The signing followed the eighth meeting of the Laos-Myanmar Joint Commission for Bilateral Cooperation")],
    opt=True, note="second review: an existing agreed mechanism (joint commission) shown meeting, no dated stage (batch Q review convention: optional, in_force null)"),
 ], [
  E("LAO-MMR-joint-commission-eighth-meeting-2019", "meeting", "Eighth meeting of the Laos-Myanmar Joint Commission for Bilateral Cooperation", "held", "2019-08-07", "2019-08-07", "Vientiane", "LAO", "MMR",
    ["Saleumxay Kommasith", "U Kyaw Tin"], ["LAO", "MMR"], [PWR, BTC], "The signing followed the eighth meeting of the Laos-Myanmar Joint Commission for Bilateral Cooperation",
    note="'in the Lao capital' = Vientiane"),
  E("LAO-MMR-joint-commission-ninth-meeting-2021", "meeting", "Ninth meeting of the Laos-Myanmar Joint Commission in Nay Pyi Taw", "planned", "2021", "2021", "Nay Pyi Taw", "MMR", "LAO",
    [], ["LAO", "MMR"], [], "They agreed to hold the ninth meeting of the joint commission in Nay Pyi Taw in 2021."),
  E("LAO-MMR-power-mou-signing-vientiane-2019", "ceremony", "Signing of the Laos-Myanmar electric power MoU", "held", "2019-08-07", "2019-08-07", "Vientiane", "LAO", "MMR",
    ["Khammany Inthirath", "U Tun Naing", "Saleumxay Kommasith", "U Kyaw Tin"], ["LAO", "MMR"], [PWR], "The MoU was signed by Lao Minister of Energy and Mines Khammany Inthirath",
    opt=True, note="second review: signing 'in the presence of' two ministers, right after the joint commission meeting; optional like r16's signing"),
 ], "Xinhua, header '2019-08-07 21:40:15|Editor' and dateline 'Aug. 7'. Wednesday = 2019-08-07. The Friendship Bridge (opened 2015) is not an instrument; the joint commission itself has no new stage (second review: kept as an optional in_force item with null date, batch Q convention).")

# ================= r16: DPRK-Syria (KCNA, undated) =================
doc("r16.txt")
HLT = "PRK-SYR-public-health-cooperation-agreement"
prk, syr = S("DPRK", "PRK", []), S("Syrian Arab Republic", "SYR", ["Syria"])
F("r16.txt", None, [
  A(HLT, "agreement", "Agreement on cooperation in the field of public health between the governments of the DPRK and Syria", ["health"], ["PRK", "SYR"],
    [prk, syr], ["Ri Kyong Sik", "Adnan Haddad"],
    [H("signed", None, "unknown", "Pyongyang", "was signed here on Tuesday")],
    note="NO year: 'June 12' in the dateline and 'on Tuesday' -> date null; 'here' with Pyongyang dateline"),
  A("PRK-SYR-cultural-and-scientific-exchange-plan-2020-2022", "action_plan", "DPRK-Syria plan for cultural and scientific exchange for 2020-2022", ["culture", "science_technology"], ["PRK", "SYR"],
    [prk, syr], [],
    [H("signed", None, "unknown", None, "the plan for cultural and scientific exchange between the two countries for 2020-2022 was signed last year")],
    vp={"from": "2020", "to": "2022"}, note="'last year' unresolvable without a year"),
 ], [
  E("PRK-SYR-syrian-health-delegation-visit", "visit", "Visit of the Syrian Ministry of Health delegation led by Adnan Haddad to the DPRK", "held", None, None, "Pyongyang", "PRK", "SYR",
    ["Adnan Haddad", "Ri Kyong Sik", "Kim Chol Su"], ["PRK", "SYR"], [HLT], "The delegation arrived here on Sunday."),
  E("PRK-SYR-kim-chol-su-meets-health-delegation", "meeting", "Vice-premier Kim Chol Su meets the Syrian health delegation", "held", None, None, None, "PRK", "SYR",
    ["Kim Chol Su"], ["PRK", "SYR"], [], "Before the signing, Kim Chol Su, vice-premier of the Cabinet, met and had a friendly talk"),
  E("PRK-SYR-health-agreement-signing", "ceremony", "Signing of the DPRK-Syria public health agreement", "held", None, None, "Pyongyang", "PRK", "SYR",
    ["Ri Kyong Sik", "Adnan Haddad"], ["PRK", "SYR"], [HLT], "was signed here on Tuesday", opt=True, note="signing within the visit"),
 ], "KCNA style, NO DATE (dateline 'June 12' without year). All dates null.")

# ================= r17: Greece-Egypt EEZ (web page 2020) =================
doc("r17.txt")
GE = "EGY-GRC-eez-delimitation-agreement-2020"
grc, egy17 = S("Greece", "GRC", ["Athens"]), S("Egypt", "EGY", ["Cairo"])
F("r17.txt", "2020-08-28", [
  A(GE, "agreement", "Greece-Egypt agreement on the delimitation of exclusive economic zones", ["maritime", "border_security"], ["EGY", "GRC"],
    [grc, egy17], ["Nikos Dendias", "Sameh Shoukry"],
    [H("signed", "2020-08-06", "day", "Cairo", "The deal was signed in Cairo on August 6 by Foreign Minister Nikos Dendias"),
     H("ratified", "2020-08-27", "day", None, "Greek lawmakers on Thursday ratified an agreement with Egypt delimiting")],
    note="ratified by Greece only; Egypt 'has yet to approve' -> no stage"),
  A("GRC-ITA-eez-delimitation-agreement-2020", "agreement", "Greece-Italy maritime boundary agreement covering the Ionian Sea", ["maritime", "border_security"], ["GRC", "ITA"],
    [grc, S("Italy", "ITA")], [],
    [H("signed", "2020-06", "month", None, "In June, Greece signed a similar agreement with Italy covering the Ionian Sea")]),
 ], [
  E("EGY-GRC-eez-signing-cairo-2020", "ceremony", "Signing of the Greece-Egypt EEZ agreement in Cairo", "held", "2020-08-06", "2020-08-06", "Cairo", "EGY", "GRC",
    ["Nikos Dendias", "Sameh Shoukry"], ["EGY", "GRC"], [GE], "The deal was signed in Cairo on August 6 by Foreign Minister Nikos Dendias"),
  E("EGY-GRC-mitsotakis-sisi-call-2020", "call", "Mitsotakis-Sisi phone call", "held", "2020-08-26", "2020-08-26", None, None, None,
    ["Kyriakos Mitsotakis", "Abdel-Fattah al-Sisi"], ["EGY", "GRC"], [GE], "Prime Minister Kyriakos Mitsotakis discussed the deal with Egyptian President"),
  E("CYP-EGY-GRC-trilateral-summit-cairo-2020", "summit", "Greece-Egypt-Cyprus trilateral summit in Cairo", "planned", "2020-10", "2020-10", "Cairo", "EGY", "GRC",
    ["Kyriakos Mitsotakis"], ["CYP", "EGY", "GRC"], [], "Mitsotakis is expected to travel to Cairo in October for a trilateral summit with Egypt and Cyprus."),
 ], "Web page (cookie banner, share bar, image caption, Related, Most read). Thursday -> 2020-08-27, Wednesday -> 2020-08-26 (Friday publication). 'Athens metro strike called off' is a teaser, not an event.")

# ================= hard negatives =================
F("r18.txt", "1987-06-09", [], [], "HARD NEGATIVE: company licensing and supply agreement, company MoU and 'protocol' on training (Swedish and Portuguese firms); 'talks', delegation 'visit' to a plant.")
F("r19.txt", "2008-01-03", [], [], "HARD NEGATIVE: football coach contract with the Ghana FA, kit sponsorship deal, friendly against Nigeria, 'met our target', sports minister 'visited' the camp.")
F("r20.txt", "2007-07-06", [], [], "HARD NEGATIVE: domestic coalition agreement (One Wales) between Welsh Labour and Plaid Cymru; 'signed', 'talks', 'conference', first cabinet 'meeting'.")
F("r21.txt", "1987-03-11", [], [], "HARD NEGATIVE: domestic prices and incomes Accord between the Australian government and the ACTU (labour; a government is a party but it is domestic), 'first signed in 1983'; dock strike settlement; 'meet its inflation target'.")
F("r22.txt", None, [], [], "HARD NEGATIVE, NO DATE: court settlement of pollution claims by Zambian villagers against a mining company; takeover talks with a Canadian miner; the Zambian government 'welcomed' it; cookie banner, share bar, photo caption.")
F("r23.txt", "2019-11-14", [], [], "HARD NEGATIVE: central bank Monetary Board policy meeting (domestic), 'agreed that', 'meeting our target', next policy meeting Dec. 12.")
F("r24.txt", "2019-09-19", [], [], "HARD NEGATIVE: domestic cabinet meeting approves a housing 'roadmap' and a ministry 'memorandum' on a bill; ministers 'agreed that'; 'meet their revenue collection targets'.")
F("r25.txt", "2014-06-16", [], [], "HARD NEGATIVE: former president's private trip to London; business chamber (Ghana-UK Chamber of Commerce) conference; 'would not hold any talks with British government officials'.")

# ================= other news with one passing mention =================
doc("r26.txt")
F("r26.txt", "1987-01-12", [
  A("IGO:OPEC-production-accord-1986", "agreement", "OPEC production accord of December 1986 (output ceiling 15.8 mln bpd, fixed prices)", ["energy", "trade"], ["IGO:OPEC"],
    [IO("OPEC", "IGO:OPEC", ["OPEC members"])], [],
    [H("agreed", "1986-12", "month", "Geneva", "the production accord reached in Geneva last month")],
    note="'last month' against January 1987 -> 1986-12; no member state named"),
 ], [], "Oil market report with one passing mention: OPEC's December 1986 Geneva accord. Tanker data and futures are noise.")
doc("r27.txt")
F("r27.txt", "2006-10-16", [
  A("GBR-MWI-health-workforce-mou-2005", "memorandum", "Six-year DfID-Malawi memorandum of understanding funding health worker salary top-ups", ["health", "development_aid"], ["GBR", "MWI"],
    [G("Department for International Development", "GBR", ["DfID"]), S("Malawi", "MWI", ["Malawian government"])], [],
    [H("signed", "2005", "year", None, "under a six-year memorandum of understanding it signed with the Malawian government last year"),
     H("implemented", "2006-10-16", "on_or_before", None, "under a six-year memorandum of understanding it signed with the Malawian government last year")],
    note="'last year' against 2006 -> 2005; top-ups paid under it -> implemented (news of the day); six-year term without dates: no valid_period"),
 ], [], "Health news with one passing mention: DfID-Malawi MoU signed 2005.")
doc("r28.txt")
F("r28.txt", None, [
  A("ESP-MEX-cultural-educational-cooperation-programme-2018-2021", "programme", "Spain-Mexico programme of cultural and educational cooperation for 2018-2021", ["culture", "education"], ["ESP", "MEX"],
    [S("Spain", "ESP"), S("Mexico", "MEX")], [],
    [H("signed", None, "unknown", None, "The exhibition forms part of the programme of cultural and educational cooperation for 2018-2021 signed by the governments of Spain and Mexico."),
     H("implemented", None, "unknown", None, "The exhibition forms part of the programme of cultural and educational cooperation for 2018-2021 signed by the governments of Spain and Mexico.")],
    vp={"from": "2018", "to": "2021"}, note="NO DATE; the exhibition is carried out under the programme -> implemented, date null"),
 ], [], "Culture news, NO DATE, with one passing mention: Spain-Mexico cultural programme 2018-2021.")
doc("r29.txt")
F("r29.txt", "2008-04-07", [
  A(DAK, "agreement", "Chad-Sudan non-aggression accord signed in Dakar", ["peace_security"], ["SDN", "TCD"], [S("Chad", "TCD"), S("Sudan", "SDN")], [],
    [H("signed", "2008-03", "month", "Dakar", "since the presidents of Chad and Sudan signed a non-aggression accord in the Senegalese capital Dakar last month")],
    note="same instrument as r12 (Dakar agreement); presidents not named -> no signatories"),
 ], [], "Football news with one passing mention: the Dakar accord ('last month' against April 2008 -> 2008-03). Same key as r12. Return match in Omdurman is sport.")
doc("r30.txt")
F("r30.txt", "2020-06-09", [
  A("IGO:WB-KEN-development-policy-loan-2020", "agreement", "World Bank $1 billion development policy loan to Kenya", ["finance"], ["IGO:WB", "KEN"],
    [IO("World Bank", "IGO:WB", []), S("Kenya", "KEN")], [],
    [H("signed", "2020-05", "month", None, "supported by a $1 billion development policy loan the World Bank approved for Kenya last month")],
    note="World Bank approval = signed (batch Q convention for IMF approval); 'last month' -> 2020-05"),
 ], [], "Commodity/currency news with one passing mention: World Bank loan approved in May 2020. Buyers from Pakistan and Egypt are trade, not diplomacy.")

assert len(files) == 30
json.dump({"batch": "R", "files": files}, open(os.path.join(HERE, "batch_R.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
