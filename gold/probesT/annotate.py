#!/usr/bin/env python3
"""Gold annotation of batch T (probesT), in the GUIDE batch format. Run: python3 annotate.py (writes batch_T.json beside it)"""
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
    s = hits[0]
    for pat in (r"^[A-Za-z' ]+(, [A-Z][a-z]+\.? \d{1,2})?( \([A-Za-z]+\))? -{1,2} ",   # HARARE, Nov 26 - / ANKARA (AA) - / COLOMBO, March 16 (Bernama) --
                r"^[A-Z]+, [A-Z][a-z]+ \d{1,2}, \d{4}, SPA -- ",                      # SPA
                r"^[A-Za-z]+, [A-Z][a-z]+ \d{1,2} \([A-Za-z ]+\) ",                   # Havana, Apr 24 (Prensa Latina)
                r"^[A-Za-z' ,]+ — "):                                               # Bairiki, Tarawa —
        s = re.sub(pat, "", s)  # drop a dateline prefix
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
files = []
def F(name, pub, ags, evs, notes): files.append({"file": name, "published": pub, "agreements": ags, "events": evs, "notes": notes})
def doc(name): CUR["t"] = text(name)

# ================= t01 / t02: Zimbabwe-Mozambique Beira corridor security accord (Reuters 1986) =================
BEIRA, LOANGB, DEF81, TP87 = ("MOZ-ZWE-beira-corridor-security-agreement-1986", "GBR-ZWE-corridor-railway-loan-1986",
                              "MOZ-ZWE-defence-cooperation-agreement-1981", "MOZ-ZWE-trade-protocol-1987")
V_MUG = "MOZ-ZWE-mugabe-visit-maputo-1986"
zwe, moz = S("Zimbabwe", "ZWE", ["Harare"]), S("Mozambique", "MOZ", ["Maputo"])
doc("t01.txt")
F("t01.txt", "1986-11-26", [
  A(BEIRA, "agreement", "Zimbabwe-Mozambique security agreement on the protection of the Beira corridor by Zimbabwean troops", ["defence", "peace_security", "transport"], ["MOZ", "ZWE"],
    [zwe, moz], [],
    [H("finalized", "1986-11-24", "day", "Harare", "Zimbabwe and Mozambique initialled a security agreement on Monday"),
     H("planned", "1986-12", "month", "Maputo", "He said the agreement would be signed in Maputo next month")],
    note="initialled Monday (Wednesday publication -> 1986-11-24) = finalized, place from the next sentence ('initialled in Harare'); initialling ministers on the talks event, not signatories; Malawi 'invited to join ... yet to reply' -> no party, no stage"),
  A(LOANGB, "agreement", "British loan to Zimbabwe to rebuild railway sidings on the Beira corridor (12 mln stg)", ["finance", "transport"], ["GBR", "ZWE"],
    [S("Britain", "GBR"), S("Zimbabwe", "ZWE")], [],
    [H("agreed", "1986-11-26", "on_or_before", None, "Separately, officials said Britain had agreed to lend Zimbabwe 12 mln stg")],
    note="verb-only loan ('had agreed to lend'), news of the day -> on_or_before publication"),
  A(DEF81, "agreement", "1981 Zimbabwe-Mozambique defence cooperation agreement", ["defence"], ["MOZ", "ZWE"],
    [zwe, moz], [],
    [H("signed", "1981", "year", None, "A 1981 defence cooperation agreement between Harare and Maputo"),
     H("in_force", "1986-11-26", "on_or_before", None, "A 1981 defence cooperation agreement between Harare and Maputo")],
    note="'remains in force' said today -> on_or_before; signed year from the instrument's name"),
 ], [
  E("MOZ-ZWE-harare-security-talks-1986", "talks", "Zimbabwe-Mozambique security talks in Harare ending with the initialling", "held", "1986-11-23", "1986-11-24", "Harare", "ZWE", "MOZ",
    ["Ernest Kadungure", "Sergio Vieira"], ["MOZ", "ZWE"], [BEIRA], "The pact was initialled in Harare by",
    note="'after two days of talks' ending with the initialling on Monday -> 11-23..11-24"),
  E(V_MUG, "visit", "Robert Mugabe's visit to Maputo", "planned", "1986-12", "1986-12", "Maputo", "MOZ", "ZWE",
    ["Robert Mugabe"], ["MOZ", "ZWE"], [BEIRA], "when Prime Minister Robert Mugabe is due to visit the Mozambican capital"),
 ], "Reuters Harare. Monday -> 1986-11-24. Same accord, loan and Mugabe visit as t02 (loan 12 mln stg here, 10 mln in t02; troops 10,000 vs 12,000). Machel's death is not an event.")

doc("t02.txt")
moz = S("Mozambique", "MOZ")  # 'Maputo' only in the capitalised dateline here
F("t02.txt", "1986-12-05", [
  A(BEIRA, "agreement", "Zimbabwe-Mozambique defence accord on protecting the Beira transport corridor", ["defence", "peace_security", "transport"], ["MOZ", "ZWE"],
    [zwe, moz], ["Robert Mugabe", "Joaquim Chissano"],
    [H("finalized", "1986-11", "month", "Harare", "The accord, initialled in Harare late last month"),
     H("signed", "1986-12-05", "day", "Maputo", "signed a defence accord here today")],
    note="'here today' with the Maputo dateline -> Maputo, 1986-12-05; 'for two years' without dates -> no valid_period"),
  A(TP87, "protocol", "Zimbabwe-Mozambique trade protocol for 1987", ["trade"], ["MOZ", "ZWE"], [zwe, moz], [],
    [H("signed", "1986-12-05", "on_or_before", None, "also signed a trade protocol for 1987")],
    note="ministers not named -> no signatories; no day -> on_or_before; 'for 1987' -> valid_period 1987 (review)", vp={"from": "1987", "to": "1987"}),
  A(LOANGB, "agreement", "British 10 mln stg loan to Zimbabwe for the corridor railway", ["finance", "transport"], ["GBR", "ZWE"],
    [S("Britain", "GBR", ["London"]), S("Zimbabwe", "ZWE")], [],
    [H("agreed", "1986-11", "month", None, "that Britain agreed last month to extend to Zimbabwe"),
     H("planned", "1987-01", "month", "London", "that Britain agreed last month to extend to Zimbabwe")],
    note="same loan as t01 (figure differs: 10 vs 12 mln stg); signing 'in London in January' = planned target"),
 ], [
  E(V_MUG, "visit", "Robert Mugabe's three-day visit to Mozambique", "held", "1986-12-03", "1986-12-05", "Maputo", "MOZ", "ZWE",
    ["Robert Mugabe", "Joaquim Chissano"], ["MOZ", "ZWE"], [BEIRA, TP87], "Mugabe arrived on Wednesday for a three-day visit",
    note="arrived Wednesday 12-03, three days -> 12-03..12-05 (publication Friday)"),
  E("MOZ-TZA-ZWE-mugabe-chissano-mkapa-talks-1986", "talks", "Mugabe and Chissano talks with Tanzanian Foreign Minister Benjamin Mkapa", "held", "1986-12-04", "1986-12-04", None, "MOZ", None,
    ["Robert Mugabe", "Joaquim Chissano", "Benjamin Mkapa"], ["MOZ", "TZA", "ZWE"], [], "The two leaders held talks on Thursday with Tanzanian Foreign Minister Benjamin Mkapa"),
  E("MOZ-ZWE-frontline-states-summit-harare-1987", "summit", "Frontline States summit in Harare", "planned", "1987-02", "1987-02", "Harare", "ZWE", None,
    ["Joaquim Chissano"], ["MOZ", "ZWE"], [], "would ask the Frontline States summit in Harare next February", opt=True,
    note="Frontline States is a grouping, not an IGO; members other than MOZ/ZWE not named; 'corridor protection plan' not coded as a separate instrument"),
 ], "Reuters Maputo citing AIM. today = 1986-12-05, Wednesday -> 12-03, Thursday -> 12-04. Chissano signs here (t01 had no signatories).")

# ================= t03 / t04: Kazakhstan-Azerbaijan Trans-Caspian fibre-optic MoU (Kazinform, web page 2023) =================
FOC, JWG, RM22, IGA, JV = ("AZE-KAZ-trans-caspian-fibre-optic-line-mou-2023", "AZE-KAZ-fibre-optic-joint-working-group-2023",
                           "AZE-KAZ-cooperation-roadmap-2022", "AZE-KAZ-trans-caspian-cable-intergovernmental-agreement-2023",
                           "AZE-KAZ-azertelecom-kazakhtelecom-joint-venture-agreement-2023")
kaz, aze = S("Kazakhstan", "KAZ"), S("Azerbaijan", "AZE")
doc("t03.txt")
F("t03.txt", "2023-03-02", [
  A(FOC, "memorandum", "Kazakhstan-Azerbaijan MoU on the construction of a Trans-Caspian fibre-optic communication line", ["telecommunications", "infrastructure"], ["AZE", "KAZ"],
    [kaz, aze], ["Bagdat Mussin", "Rashad Nabiyev"],
    [H("signed", "2023-03-02", "day", "Baku", "Kazakhstan and Azerbaijan signed a memorandum of understanding on the construction of a Trans-Caspian fibre-optic communication line on Thursday")],
    note="Thursday = publication day; place from the next sentence ('signed in Baku')"),
  A(JWG, "arrangement", "Kazakhstan-Azerbaijan joint working group on the fibre-optic line feasibility study", ["telecommunications"], ["AZE", "KAZ"],
    [kaz, aze], [],
    [H("agreed", "2023-03-02", "on_or_before", None, "The parties also agreed to set up a joint working group")]),
  A(RM22, "roadmap", "2022 Roadmap for the development of Kazakhstan-Azerbaijan cooperation", ["comprehensive_cooperation"], ["AZE", "KAZ"],
    [kaz, aze], [],
    [H("signed", "2022-08", "month", "Baku", "signed during the visit of President Kassym-Jomart Tokayev to Baku in August last year"),
     H("implemented", "2023-03-02", "on_or_before", None, "signed during the visit of President Kassym-Jomart Tokayev to Baku in August last year")],
    note="'August last year' -> 2022-08; 'is being implemented' -> implemented, news of the day"),
 ], [
  E("AZE-KAZ-mussin-working-visit-baku-2023", "visit", "Kazakh Digital Development Minister Bagdat Mussin's working visit to Baku", "held", "2023-03-01", "2023-03-03", "Baku", "AZE", "KAZ",
    ["Bagdat Mussin", "Rashad Nabiyev", "Ali Asadov"], ["AZE", "KAZ"], [FOC], "Bagdat Mussin is in Baku on a working visit from March 1 to 3.",
    note="under way at publication (ends the next day)"),
  E("AZE-KAZ-fibre-optic-mou-signing-baku-2023", "ceremony", "Signing of the Caspian fibre-optic memorandum in Baku", "held", "2023-03-02", "2023-03-02", "Baku", "AZE", "KAZ",
    ["Bagdat Mussin", "Rashad Nabiyev"], ["AZE", "KAZ"], [FOC], "The document was signed in Baku by Kazakh Minister of Digital Development Bagdat Mussin", opt=True,
    note="review: same signing as t04's ceremony (same key); t03 reports the signing, not a ceremony -> optional entry"),
  E("AZE-KAZ-mussin-asadov-talks-2023", "talks", "Mussin-Asadov talks", "held", "2023-03-01", "2023-03-01", None, "AZE", "KAZ",
    ["Bagdat Mussin", "Ali Asadov"], ["AZE", "KAZ"], [], "On Wednesday he held talks with Azerbaijani Prime Minister Ali Asadov."),
  E("AZE-KAZ-tokayev-visit-baku-2022", "visit", "President Tokayev's visit to Baku", "held", "2022-08", "2022-08", "Baku", "AZE", "KAZ",
    ["Kassym-Jomart Tokayev"], ["AZE", "KAZ"], [RM22], "signed during the visit of President Kassym-Jomart Tokayev to Baku in August last year"),
 ], "Kazinform, header '2023-03-02 18:40 | Kazinform'. Thursday = publication day, Wednesday -> 03-01. Same MoU as t04 ('Baghdat Musin', 380 km vs 400 km, 50 vs 45-50 million).")

doc("t04.txt")
F("t04.txt", "2023-03-03", [
  A(FOC, "memorandum", "Azerbaijan-Kazakhstan memorandum on a fibre-optic cable across the Caspian Sea", ["telecommunications", "infrastructure"], ["AZE", "KAZ"],
    [aze, S("Kazakhstan", "KAZ", ["Astana"])], ["Rashad Nabiyev", "Baghdat Musin"],
    [H("signed", "2023-03-02", "day", "Baku", "Azerbaijan and Kazakhstan yesterday signed a memorandum on laying a fibre-optic cable across the Caspian Sea")],
    note="'yesterday' against Friday 2023-03-03 -> 03-02; place from 'at a ceremony in Baku'"),
  A(IGA, "agreement", "Azerbaijan-Kazakhstan intergovernmental agreement on the Trans-Caspian cable project", ["telecommunications", "infrastructure"], ["AZE", "KAZ"],
    [aze, kaz], [],
    [H("planned", "2023", "year", None, "The governments expect to sign an intergovernmental agreement on the project by the end of the year")],
    note="target 'by the end of the year' -> planned 2023"),
  A(JV, "contract", "AzerTelecom-Kazakhtelecom joint venture agreement for the Caspian cable", ["telecommunications"], ["AZE", "KAZ"],
    [CO("AzerTelecom", "AZE"), CO("Kazakhtelecom", "KAZ")], [],
    [H("signed", "2023-03-02", "day", None, "The two operators signed a separate agreement on a joint venture on the same day.")],
    opt=True, note="company-to-company agreement signed alongside the ministers' memorandum -> optional"),
 ], [
  E("AZE-KAZ-fibre-optic-mou-signing-baku-2023", "ceremony", "Signing ceremony of the Caspian fibre-optic memorandum in Baku", "held", "2023-03-02", "2023-03-02", "Baku", "AZE", "KAZ",
    ["Rashad Nabiyev", "Baghdat Musin"], ["AZE", "KAZ"], [FOC], "Kazakhstan's Digital Development Minister Baghdat Musin at a ceremony in Baku"),
 ], "Web page as crawled (cookie banner, breadcrumbs, share bar, photo caption, Read more, tags). Spelling 'Baghdat Musin' vs t03 'Bagdat Mussin'; 400 km and $45-50 million vs 380 km and 50 million.")

# ================= t05 / t06: Kiribati-New Zealand maritime surveillance arrangement (web 2021, Kiribati government undated) =================
MSA = "KIR-NZL-maritime-surveillance-arrangement-2021"
C_MSA = "KIR-NZL-surveillance-arrangement-signing-tarawa-2021"
kir, nzl = S("Kiribati", "KIR"), S("New Zealand", "NZL")
doc("t05.txt")
F("t05.txt", "2021-08-12", [
  A(MSA, "arrangement", "Kiribati-New Zealand maritime surveillance arrangement (RNZAF patrols over Kiribati's EEZ)", ["maritime", "law_enforcement"], ["KIR", "NZL"],
    [kir, nzl], ["Ribanataake Tiwau", "Michael Upton"],
    [H("signed", "2021-08-10", "day", "Tarawa", "The arrangement was signed on Tuesday in Tarawa by")],
    note="Tuesday against Thursday publication -> 2021-08-10; 'for three years, starting in October' (t06: four years) -> no valid_period; patrols not yet started -> no implemented"),
  A("KIR-niue-treaty-subsidiary-agreement", "agreement", "Niue Treaty Subsidiary Agreement (Pacific fisheries surveillance data sharing)", ["maritime", "law_enforcement"], ["KIR"],
    [kir], [],
    [H("in_force", None, "unknown", None, "Kiribati is also a party to the Niue Treaty Subsidiary Agreement")],
    note="background, no time anchor -> in_force null; other parties not named"),
 ], [
  E(C_MSA, "ceremony", "Signing of the Kiribati-New Zealand maritime surveillance arrangement", "held", "2021-08-10", "2021-08-10", "Tarawa", "KIR", "NZL",
    ["Ribanataake Tiwau", "Michael Upton"], ["KIR", "NZL"], [MSA], "The arrangement was signed on Tuesday in Tarawa by"),
  E("KIR-NZL-mahuta-visit-kiribati-2021", "visit", "New Zealand Foreign Minister Nanaia Mahuta's trip to Kiribati for the signing (cancelled)", "cancelled", "2021-08-10", "2021-08-10", None, "KIR", "NZL",
    ["Nanaia Mahuta"], ["KIR", "NZL"], [], "was due to attend the signing but cancelled her trip"),
  E("KIR-NZL-mahuta-maamau-call-2021", "call", "Mahuta-Maamau video call", "held", "2021-08-09", "2021-08-09", None, None, None,
    ["Nanaia Mahuta", "Taneti Maamau"], ["KIR", "NZL"], [], "She spoke to President Maamau by video call on Monday."),
 ], "Web page (cookie prompt, photo caption, share bar). Tuesday -> 08-10, Monday -> 08-09. Kiribati's 2019 switch of recognition from Taipei to Beijing: no instrument named, not coded.")

doc("t06.txt")
F("t06.txt", None, [
  A(MSA, "arrangement", "Kiribati-New Zealand Maritime Surveillance Arrangement", ["maritime", "law_enforcement"], ["KIR", "NZL"],
    [G("Government of Kiribati", "KIR"), G("Government of New Zealand", "NZL")], ["Ribanataake Tiwau", "Michael Upton"],
    [H("signed", None, "unknown", "Bairiki", "signed the Maritime Surveillance Arrangement")],
    note="NO DATE: 'on Tuesday' unresolvable -> null; place Bairiki (Tarawa in t05); runs 'for four years' (three in t05)"),
  A("AUS-KIR-maritime-surveillance-arrangement", "arrangement", "Kiribati-Australia maritime surveillance arrangement (talks started)", ["maritime", "law_enforcement"], ["AUS", "KIR"],
    [kir, S("Australia", "AUS")], [],
    [H("negotiating", None, "unknown", None, "talks with Australia on a similar arrangement have started")]),
 ], [
  E(C_MSA, "ceremony", "Signing ceremony at the Ministry of Fisheries in Bairiki", "held", None, None, "Bairiki", "KIR", "NZL",
    ["Ribanataake Tiwau", "Michael Upton"], ["KIR", "NZL"], [MSA], "at a ceremony at the Ministry of Fisheries in Bairiki"),
 ], "Kiribati government media release, NO DATE (no year anywhere). Same arrangement and signing as t05; 'Hon.' / 'His Excellency' titles.")

# ================= t07: GCC-Central Asia summit in Jeddah (SPA 2023), round-up =================
CA = ["IGO:GCC", "KAZ", "KGZ", "SAU", "TJK", "TKM", "UZB"]
CAP = "IGO:GCC-KAZ-KGZ-SAU-TJK-TKM-UZB"
JDEC, JAP, TJL, KZM, UZC, KGC, TKV = (CAP + "-jeddah-joint-declaration-2023", CAP + "-action-plan-2023-2027", "SAU-TJK-dushanbe-hospital-loan-agreement-2023",
    "KAZ-SAU-renewable-energy-mou-2023", "SAU-UZB-karakalpakstan-wind-farm-contract-2023", "KGZ-SAU-sme-credit-line-2023", "SAU-TKM-diplomatic-passport-visa-exemption-agreement-2023")
gcc = IO("Gulf Cooperation Council", "IGO:GCC", ["GCC"])
ca_parties = [gcc, S("Saudi Arabia", "SAU", ["The Kingdom"]), S("Kazakhstan", "KAZ"), S("Kyrgyzstan", "KGZ", ["Kyrgyz Republic"]), S("Tajikistan", "TJK"), S("Turkmenistan", "TKM"), S("Uzbekistan", "UZB")]
doc("t07.txt")
F("t07.txt", "2023-07-20", [
  A(JDEC, "declaration", "Jeddah Joint Declaration of the first GCC-Central Asia summit", ["comprehensive_cooperation"], CA, ca_parties, [],
    [H("signed", "2023-07-19", "day", "Jeddah", "which adopted the Jeddah Joint Declaration")],
    note="'adopted' a declaration -> signed (approved by the parties); Wednesday -> 2023-07-19; member states: those the article names"),
  A(JAP, "action_plan", "GCC-Central Asia five-year action plan 2023-2027", ["comprehensive_cooperation"], CA, ca_parties, [],
    [H("signed", "2023-07-19", "day", "Jeddah", "which adopted the Jeddah Joint Declaration and a five-year action plan")], vp={"from": "2023", "to": "2027"}),
  A(TJL, "agreement", "Saudi Fund for Development 100 million dollar loan to Tajikistan for a hospital in Dushanbe", ["finance", "health"], ["SAU", "TJK"],
    [G("Saudi Fund for Development", "SAU", ["Fund"]), S("Tajikistan", "TJK", ["Republic of Tajikistan"])], ["Sultan Al-Murshid", "Fayziddin Qahhorzoda"],
    [H("signed", "2023-07-19", "day", "Jeddah", "The Saudi Fund for Development signed a loan agreement worth 100 million US dollars")],
    note="signed 'on the sidelines of the summit' (Wednesday in Jeddah)"),
  A(KZM, "memorandum", "Saudi Arabia-Kazakhstan MoU on renewable energy cooperation", ["energy"], ["KAZ", "SAU"],
    [S("Saudi Arabia", "SAU"), S("Kazakhstan", "KAZ", ["Republic of Kazakhstan"])], ["Abdulaziz bin Salman", "Almassadam Satkaliyev"],
    [H("signed", "2023-07-19", "day", "Jeddah", "Saudi Arabia and the Republic of Kazakhstan signed a memorandum of understanding on cooperation in the field of renewable energy")]),
  A(UZC, "contract", "ACWA Power contract with the Uzbek Ministry of Energy for a 1.5 GW wind farm in Karakalpakstan", ["energy", "investment"], ["SAU", "UZB"],
    [CO("ACWA Power", "SAU"), G("Uzbek Ministry of Energy", "UZB")], [],
    [H("signed", "2023-07-20", "on_or_before", None, "ACWA Power signed a contract with the Uzbek Ministry of Energy")],
    note="commercial contract, but a government body signs -> required (GUIDE convention); no day in the sentence -> on_or_before"),
  A(KGC, "agreement", "Saudi 50 million dollar credit line to Kyrgyzstan for SMEs", ["finance", "sme"], ["KGZ", "SAU"],
    [S("Saudi Arabia", "SAU", ["The Kingdom"]), G("Saudi Exim Bank", "SAU"), S("Kyrgyzstan", "KGZ", ["Kyrgyz Republic"])], [],
    [H("agreed", "2023-07-20", "on_or_before", None, "The Kingdom will extend a credit line of 50 million dollars to the Kyrgyz Republic")],
    note="verb-only commitment ('will extend a credit line'), announced by the lender -> agreed, on_or_before (judgement call: could be read as planned)"),
  A(TKV, "agreement", "Saudi Arabia-Turkmenistan agreement on visa exemption for diplomatic passport holders", ["visa"], ["SAU", "TKM"],
    [S("Saudi Arabia", "SAU"), S("Turkmenistan", "TKM")], [],
    [H("planned", "2023", "year", "Riyadh", "Saudi Arabia and Turkmenistan agreed to sign an agreement on visa exemption")],
    note="'agreed to sign ... in the autumn' -> planned, target 2023 (autumn, month unknown)"),
 ], [
  E(CAP + "-jeddah-summit-2023", "summit", "First GCC-Central Asia summit in Jeddah", "held", "2023-07-19", "2023-07-19", "Jeddah", "SAU", None,
    ["Mohammed bin Salman", "Shavkat Mirziyoyev"], CA, [JDEC, JAP, TJL, KZM], "chaired the first summit between the Gulf Cooperation Council (GCC) and the Central Asian countries in Jeddah on Wednesday"),
  E("SAU-UZB-mbs-mirziyoyev-meeting-2023", "meeting", "Crown Prince Mohammed bin Salman meets President Shavkat Mirziyoyev", "held", "2023-07-19", "2023-07-19", "Jeddah", "SAU", "UZB",
    ["Mohammed bin Salman", "Shavkat Mirziyoyev"], ["SAU", "UZB"], [], "In a meeting with President of Uzbekistan Shavkat Mirziyoyev",
    note="no day in the sentence: on the summit day"),
  E("SAU-TKM-turkmen-fm-visit-riyadh-2023", "visit", "Turkmen foreign minister's visit to Riyadh", "planned", "2023", "2023", "Riyadh", "SAU", "TKM",
    [], ["SAU", "TKM"], [TKV], "during the visit of the Turkmen foreign minister to Riyadh in the autumn"),
  E(CAP + "-samarkand-summit-2025", "summit", "Next GCC-Central Asia summit in Samarkand", "planned", "2025", "2025", "Samarkand", "UZB", None,
    [], CA, [], "Leaders agreed to hold the next summit in Samarkand in 2025."),
 ], "SPA summit round-up, 'JEDDAH, July 20, 2023, SPA --'. Wednesday -> 2023-07-19. Seven instruments, two required bilateral signings with named signatories, a contract with a ministry, a verb-only credit line, a planned signing.")

# ================= t08: analysis piece on the Nile treaties (2024) =================
CFA = "ETH-KEN-RWA-SSD-TZA-UGA-nile-basin-cooperative-framework-agreement-2010"
GERD = "EGY-ETH-SDN-gerd-filling-agreement"
doc("t08.txt")
F("t08.txt", "2024-10-15", [
  A(CFA, "agreement", "Nile Basin Cooperative Framework Agreement", ["environment", "comprehensive_cooperation"], ["ETH", "KEN", "RWA", "SSD", "TZA", "UGA"],
    [S("Ethiopia", "ETH"), S("Rwanda", "RWA"), S("Tanzania", "TZA"), S("Uganda", "UGA"), S("Kenya", "KEN"), S("South Sudan", "SSD")], [],
    [H("signed", "2010", "year", None, "The framework was opened for signature in 2010 and signed that year by Ethiopia, Rwanda, Tanzania, Uganda and Kenya."),
     H("ratified", "2024-07", "month", None, "South Sudan ratified it in July"),
     H("in_force", "2024-10-13", "day", None, "When the Nile Basin Cooperative Framework Agreement entered into force on Sunday")],
    note="Sunday against Tuesday 2024-10-15 -> 10-13; 'Kenya has signed but has yet to ratify' -> no stage; Egypt and Sudan 'have refused to sign' are not parties -> no rejected stage (judgement call)"),
  A("EGY-SDN-nile-waters-agreement-1959", "agreement", "1959 Nile Waters Agreement between Egypt and Sudan", ["environment"], ["EGY", "SDN"],
    [S("Egypt", "EGY", ["Cairo"]), S("Sudan", "SDN", ["Khartoum"])], [],
    [H("signed", "1959", "year", None, "their shares under the 1959 Nile Waters Agreement between the two countries")]),
  A("EGY-ETH-SDN-declaration-of-principles-2015", "declaration", "2015 Declaration of Principles on the Grand Ethiopian Renaissance Dam (Egypt, Ethiopia, Sudan)", ["environment", "energy"], ["EGY", "ETH", "SDN"],
    [S("Egypt", "EGY"), S("Ethiopia", "ETH"), S("Sudan", "SDN")], [],
    [H("signed", "2015", "year", "Khartoum", "Nor has the 2015 Declaration of Principles, signed in Khartoum by the leaders of Egypt, Ethiopia and Sudan")]),
  A(GERD, "agreement", "Binding Egypt-Ethiopia-Sudan agreement on filling the Grand Ethiopian Renaissance Dam", ["environment", "energy"], ["EGY", "ETH", "SDN"],
    [S("Egypt", "EGY"), S("Ethiopia", "ETH"), S("Sudan", "SDN")], [],
    [H("negotiating", "2023-12", "month", "Addis Ababa", "The last round of talks on such a deal collapsed in Addis Ababa in December last year.")],
    note="talks collapsed 'in December last year' -> 2023-12, no deal: negotiating"),
  A("ETH-KEN-RWA-SSD-TZA-UGA-nile-river-basin-commission", "arrangement", "Nile River Basin Commission under the Cooperative Framework Agreement", ["environment"], ["ETH", "KEN", "RWA", "SSD", "TZA", "UGA"],
    [S("Ethiopia", "ETH"), S("Rwanda", "RWA"), S("Tanzania", "TZA"), S("Uganda", "UGA"), S("Kenya", "KEN"), S("South Sudan", "SSD")], [],
    [H("planned", None, "unknown", None, "The framework's supporters say a Nile River Basin Commission will now be set up.")],
    opt=True, note="body to be set up under the framework; parties = the framework's"),
 ], [
  E("EGY-ETH-SDN-gerd-talks-addis-ababa-2023", "talks", "Last round of Egypt-Ethiopia-Sudan talks on the GERD filling deal", "held", "2023-12", "2023-12", "Addis Ababa", "ETH", None,
    [], ["EGY", "ETH", "SDN"], [GERD], "The last round of talks on such a deal collapsed in Addis Ababa in December last year."),
 ], "Op-ed-like analysis with several instruments in passing. 'If Egypt and Sudan joined, a basin-wide water allocation could ... be negotiated': conditional, no item.")

# ================= t09: Costa Rica MFA press release (2022) =================
MIG, PCM, AIR, DL = ("CRI-DOM-migration-information-exchange-agreement-2022", "CRI-DOM-political-consultation-mechanism-mou-2013",
                     "CRI-DOM-air-transport-agreement", "CRI-DOM-driving-licence-recognition-agreement-2019")
cri, dom = S("Costa Rica", "CRI"), S("Dominican Republic", "DOM")
doc("t09.txt")
F("t09.txt", "2022-06-09", [
  A(MIG, "agreement", "Costa Rica-Dominican Republic agreement on the exchange of migration information", ["visa", "law_enforcement"], ["CRI", "DOM"],
    [cri, dom], ["Arnoldo André Tinoco", "Roberto Álvarez"],
    [H("signed", "2022-06-09", "day", "San José", "signed today at the Ministry of Foreign Affairs and Worship an agreement on the exchange of migration information")],
    note="'San José, June 9.' dateline ends its own sentence; 'today' = 06-09; place San José from the release's place line"),
  A(PCM, "memorandum", "2013 MoU creating the Costa Rica-Dominican Republic Bilateral Political Consultation Mechanism", ["diplomatic_relations"], ["CRI", "DOM"],
    [cri, dom], [],
    [H("signed", "2013", "year", None, "which was created by a memorandum of understanding signed in 2013"),
     H("implemented", "2022-06-09", "on_or_before", None, "The ministers also held the Second Meeting of the Bilateral Political Consultation Mechanism")],
    note="the mechanism meets (second meeting) -> implemented; MoU and mechanism coded as one item"),
  A(AIR, "agreement", "Costa Rica-Dominican Republic air transport agreement", ["aviation"], ["CRI", "DOM"], [cri, dom], [],
    [H("negotiating", "2022-06-09", "on_or_before", None, "both delegations reviewed the negotiations of an air transport agreement")],
    note="'agreed to conclude them before the end of the year' is an aim, no stage"),
  A(DL, "agreement", "2019 Costa Rica-Dominican Republic agreement on the recognition of driving licences", ["transport"], ["CRI", "DOM"], [cri, dom], [],
    [H("signed", "2019", "year", None, "for ratifying the 2019 agreement on the recognition of driving licences"),
     H("ratified", None, "unknown", None, "for ratifying the 2019 agreement on the recognition of driving licences")],
    note="Dominican ratification, no time anchor -> null (judgement call: could be read as recent news, on_or_before)"),
  A("CRI-IGO:SICA-tourism-council-accession", "other", "Costa Rica's application to join SICA's Tourism Council", ["tourism"], ["CRI", "IGO:SICA"],
    [cri, IO("Central American Integration System", "IGO:SICA")], [],
    [H("proposed", None, "unknown", None, "reiterated its support for Costa Rica's application to join the Central American Integration System's Tourism Council")],
    opt=True, note="application to join an IGO body: accession-like, optional"),
 ], [
  E("CRI-DOM-alvarez-official-visit-2022", "visit", "Dominican Foreign Minister Roberto Álvarez's official visit to Costa Rica", "held", "2022-06-08", "2022-06-09", "San José", "CRI", "DOM",
    ["Roberto Álvarez", "Arnoldo André Tinoco", "Rodrigo Chaves Robles"], ["CRI", "DOM"], [MIG], "during the official visit of the Dominican minister to Costa Rica",
    note="met the President on Wednesday (06-08), signing Thursday 06-09"),
  E("CRI-DOM-political-consultation-mechanism-2nd-meeting-2022", "meeting", "Second Meeting of the Costa Rica-Dominican Republic Bilateral Political Consultation Mechanism", "held", "2022-06-09", "2022-06-09", "San José", "CRI", "DOM",
    ["Arnoldo André Tinoco", "Roberto Álvarez"], ["CRI", "DOM"], [], "The ministers also held the Second Meeting of the Bilateral Political Consultation Mechanism"),
  E("CRI-DOM-alvarez-chaves-meeting-2022", "meeting", "Álvarez meets President Rodrigo Chaves Robles", "held", "2022-06-08", "2022-06-08", None, "CRI", "DOM",
    ["Roberto Álvarez", "Rodrigo Chaves Robles"], ["CRI", "DOM"], [], "Minister Álvarez also met with the President of the Republic, Rodrigo Chaves Robles, on Wednesday."),
  E("CRI-DOM-andre-tinoco-visit-santo-domingo-2023", "visit", "André Tinoco's visit to Santo Domingo", "planned", "2023", "2023", "Santo Domingo", "DOM", "CRI",
    ["Arnoldo André Tinoco"], ["CRI", "DOM"], [], "accepted an invitation to visit Santo Domingo in 2023"),
 ], "Ministry press release, header date '09.06.2022'. Wednesday -> 06-08.")

# ================= t10: Cuba-Angola (Prensa Latina 2019) =================
HEA, OIL, DEBT16 = "AGO-CUB-health-cooperation-agreement-2019", "AGO-CUB-oil-exploration-agreement-2019", "AGO-CUB-debt-restructuring-agreement-2016"
cub, ago = S("Cuba", "CUB"), S("Angola", "AGO")
doc("t10.txt")
F("t10.txt", "2019-04-24", [
  A(HEA, "agreement", "Cuba-Angola health cooperation agreement (Cuban doctors in Angola for three more years)", ["health"], ["AGO", "CUB"],
    [cub, ago], ["Ricardo Cabrisas", "Manuel Augusto"],
    [H("signed", "2019-04-23", "day", "Havana", "Cuba and Angola signed on Tuesday agreements on health cooperation and on oil exploration")],
    note="Tuesday against Wednesday publication -> 04-23; 'held here' with the Havana dateline -> Havana"),
  A(OIL, "agreement", "Cuba-Angola agreement on oil exploration (CUPET in the Kwanza basin)", ["energy"], ["AGO", "CUB"],
    [cub, ago], ["Ricardo Cabrisas", "Manuel Augusto"],
    [H("signed", "2019-04-23", "day", "Havana", "Cuba and Angola signed on Tuesday agreements on health cooperation and on oil exploration")]),
  A(DEBT16, "agreement", "2016 Cuba-Angola debt restructuring agreement", ["finance"], ["AGO", "CUB"], [cub, ago], [],
    [H("signed", "2016", "year", None, "also reviewed a debt restructuring agreement signed in 2016"),
     H("implemented", "2019-04-24", "on_or_before", None, "also reviewed a debt restructuring agreement signed in 2016")]),
  A("AGO-CUB-investment-protection-agreement", "agreement", "New Cuba-Angola agreement on the mutual protection of investments", ["investment"], ["AGO", "CUB"], [cub, ago], [],
    [H("agreed", "2019-04-24", "on_or_before", None, "Both sides agreed to negotiate a new agreement on the mutual protection of investments")],
    opt=True, note="'agreed to negotiate': agreed to start negotiating; stage unclear (agreed/planned/negotiating) -> optional"),
  A("AGO-CUB-intergovernmental-commission", "arrangement", "Cuba-Angola Intergovernmental Commission", ["comprehensive_cooperation"], ["AGO", "CUB"], [cub, ago], [],
    [H("in_force", None, "unknown", None, "at the close of the 11th session of the Cuba-Angola Intergovernmental Commission held here")], opt=True),
 ], [
  E("AGO-CUB-intergovernmental-commission-11th-session-2019", "meeting", "11th session of the Cuba-Angola Intergovernmental Commission in Havana", "held", "2019-04-22", "2019-04-23", "Havana", "CUB", "AGO",
    ["Ricardo Cabrisas", "Manuel Augusto"], ["AGO", "CUB"], [HEA, OIL], "The intergovernmental commission, which met on Monday and Tuesday"),
  E("AGO-CUB-augusto-diaz-canel-meeting-2019", "meeting", "Manuel Augusto received by President Miguel Díaz-Canel", "held", "2019-04-24", "2019-04-24", "Havana", "CUB", "AGO",
    ["Manuel Augusto", "Miguel Díaz-Canel"], ["AGO", "CUB"], [], "Augusto was received on Wednesday by President Miguel Díaz-Canel"),
  E("AGO-CUB-intergovernmental-commission-12th-session-2020", "meeting", "Next session of the Cuba-Angola Intergovernmental Commission in Luanda", "planned", "2020", "2020", "Luanda", "AGO", "CUB",
    [], ["AGO", "CUB"], [], "to hold the next session of the commission in Luanda in 2020"),
 ], "Prensa Latina, 'Havana, Apr 24 (Prensa Latina)' without a dash. Monday/Tuesday -> 04-22/04-23, Wednesday = publication day.")

# ================= t11: Iran-Oman (IRNA 2022) =================
io = [S("Iran", "IRN"), S("Oman", "OMN")]
MOUS = [("IRN-OMN-oil-and-gas-mou-2022", "oil and gas", ["energy"]), ("IRN-OMN-transport-mou-2022", "transport", ["transport"]),
        ("IRN-OMN-environment-mou-2022", "environment", ["environment"]), ("IRN-OMN-sports-mou-2022", "sports", ["sports"])]
SHIP, PIPE = "IRN-OMN-joint-shipping-line-mou-2022", "IRN-OMN-undersea-gas-pipeline-agreement-2013"
doc("t11.txt")
F("t11.txt", "2022-05-24", [
  *[A(k, "memorandum", f"Iran-Oman memorandum of understanding on {w}", tp, ["IRN", "OMN"], io, [],
      [H("signed", "2022-05-23", "day", "Muscat", "include memoranda of understanding on oil and gas, transport, environment and sports")],
      note="one of the 12 documents signed Monday in Muscat, named by field only") for k, w, tp in MOUS],
  A(SHIP, "memorandum", "Iran-Oman memorandum on a joint shipping line between Bandar Abbas and Sohar", ["maritime", "transport"], ["IRN", "OMN"], io, [],
    [H("signed", "2022-05-24", "on_or_before", None, "Iran and Oman also signed a memorandum on the establishment of a joint shipping line")],
    note="'also signed', no day in the sentence -> on_or_before; may be the same document as the transport MoU, the text names it separately"),
  A(PIPE, "agreement", "2013 Iran-Oman undersea gas pipeline agreement", ["energy", "infrastructure"], ["IRN", "OMN"], io, [],
    [H("signed", "2013", "year", None, "had agreed to revive the 2013 undersea gas pipeline agreement"),
     H("suspended", None, "unknown", None, "which was shelved after US sanctions"),
     H("agreed", "2022-05-24", "on_or_before", None, "had agreed to revive the 2013 undersea gas pipeline agreement")],
    note="shelved = suspended (no date); 'agreed to revive' -> agreed, news of the day; negotiations 'would begin next month' -> no stage"),
  A("IRN-nuclear-deal-2015", "agreement", "2015 nuclear deal (JCPOA)", ["peace_security", "energy"], ["IRN"], [S("Iran", "IRN")], [],
    [H("agreed", "2015", "year", None, "including efforts to revive the 2015 nuclear deal"),
     H("negotiating", "2022-05-24", "on_or_before", None, "including efforts to revive the 2015 nuclear deal")],
    note="named in passing; other parties not named"),
 ], [
  E("IRN-OMN-raisi-visit-muscat-2022", "visit", "President Ebrahim Raisi's one-day visit to Muscat", "held", "2022-05-23", "2022-05-23", "Muscat", "OMN", "IRN",
    ["Seyyed Ebrahim Raisi", "Haitham bin Tarik", "Javad Owji"], ["IRN", "OMN"], [k for k, _, _ in MOUS] + [SHIP],
    "Raisi arrived in Muscat on Monday on a one-day visit", count=12),
  E("IRN-OMN-raisi-haitham-talks-2022", "talks", "Raisi-Sultan Haitham talks on regional issues", "held", "2022-05-23", "2022-05-23", "Muscat", "OMN", "IRN",
    ["Seyyed Ebrahim Raisi", "Haitham bin Tarik"], ["IRN", "OMN"], [], "and held talks with him on regional issues"),
  E("IRN-OMN-haitham-visit-tehran", "visit", "Sultan Haitham's visit to Tehran (invitation accepted)", "planned", None, None, "Tehran", "IRN", "OMN",
    ["Haitham bin Tarik"], ["IRN", "OMN"], [], "Raisi invited Sultan Haitham to visit Tehran, and the invitation was accepted"),
 ], "IRNA. Monday -> 2022-05-23. Twelve documents (count on the visit), four named by field, plus the shipping line memo.")

# ================= t12: Morocco-Rwanda (MAP 2018) =================
DTA, VOC, AIR16, MLA = ("MAR-RWA-double-taxation-agreement-2018", "MAR-RWA-vocational-training-mou-2018", "MAR-RWA-air-services-agreement-2016",
                        "MAR-RWA-mutual-legal-assistance-criminal-matters-agreement-2017")
mr = [S("Morocco", "MAR"), S("Rwanda", "RWA")]
doc("t12.txt")
F("t12.txt", "2018-10-19", [
  A(DTA, "agreement", "Morocco-Rwanda agreement on avoidance of double taxation and prevention of tax evasion", ["taxation"], ["MAR", "RWA"], mr,
    ["Mohcine Jazouli", "Uzziel Ndagijimana"],
    [H("signed", "2018-10-18", "day", "Kigali", "Morocco and Rwanda signed, on Thursday in Kigali, an agreement on avoidance of double taxation")]),
  A(VOC, "memorandum", "Morocco-Rwanda MoU on vocational training", ["education"], ["MAR", "RWA"], mr, [],
    [H("signed", "2018-10-19", "on_or_before", None, "The two sides also signed a memorandum of understanding in the field of vocational training")]),
  A(AIR16, "agreement", "2016 Morocco-Rwanda air services agreement (renewed)", ["aviation"], ["MAR", "RWA"], mr, [],
    [H("signed", "2016", "year", None, "renewed the 2016 air services agreement, which was due to expire in December"),
     H("signed", "2018-10-19", "on_or_before", None, "renewed the 2016 air services agreement, which was due to expire in December")],
    note="renewal = a second signed stage of the same item (GUIDE: extension is one item)"),
  A(MLA, "agreement", "Morocco-Rwanda agreement on mutual legal assistance in criminal matters", ["legal_assistance"], ["MAR", "RWA"], mr, [],
    [H("finalized", "2017", "year", "Rabat", "initialled at the first session of the commission in Rabat in 2017")],
    note="'has still not been signed' -> no stage"),
  A("MAR-RWA-joint-commission", "arrangement", "Morocco-Rwanda Joint Commission", ["comprehensive_cooperation"], ["MAR", "RWA"], mr, [],
    [H("in_force", None, "unknown", None, "during the 2nd session of the Morocco-Rwanda Joint Commission")], opt=True),
 ], [
  E("MAR-RWA-joint-commission-2nd-session-kigali-2018", "meeting", "2nd session of the Morocco-Rwanda Joint Commission in Kigali", "held", "2018-10-18", "2018-10-18", "Kigali", "RWA", "MAR",
    ["Mohcine Jazouli", "Uzziel Ndagijimana"], ["MAR", "RWA"], [DTA, VOC, AIR16], "during the 2nd session of the Morocco-Rwanda Joint Commission"),
  E("MAR-RWA-jazouli-kagame-meeting-2018", "meeting", "Jazouli received by President Paul Kagame", "held", "2018-10-19", "2018-10-19", None, "RWA", "MAR",
    ["Mohcine Jazouli", "Paul Kagame"], ["MAR", "RWA"], [], "Mohcine Jazouli was received on Friday by President Paul Kagame"),
  E("MAR-RWA-joint-commission-1st-session-rabat-2017", "meeting", "1st session of the Morocco-Rwanda Joint Commission in Rabat", "held", "2017", "2017", "Rabat", "MAR", "RWA",
    [], ["MAR", "RWA"], [MLA], "initialled at the first session of the commission in Rabat in 2017"),
  E("MAR-RWA-joint-commission-3rd-session-rabat-2020", "meeting", "Next session of the Joint Commission in Rabat", "planned", "2020", "2020", "Rabat", "MAR", "RWA",
    [], ["MAR", "RWA"], [], "The next session of the Joint Commission is scheduled to be held in Rabat in 2020."),
 ], "MAP, 'Kigali - ' dateline. Thursday -> 10-18, Friday = publication day.")

# ================= t13: Trans-Saharan gas pipeline (APS, undated) =================
TSGP = "DZA-NER-NGA-trans-saharan-gas-pipeline-mou"
tri = [S("Algeria", "DZA"), S("Niger", "NER"), S("Nigeria", "NGA")]
doc("t13.txt")
F("t13.txt", None, [
  A(TSGP, "memorandum", "Algeria-Niger-Nigeria tripartite memorandum on the Trans-Saharan Gas Pipeline", ["energy", "infrastructure"], ["DZA", "NER", "NGA"], tri,
    ["Mohamed Arkab", "Mahaman Moustapha Barké", "Timipre Sylva"],
    [H("signed", None, "unknown", "Algiers", "Algeria, Niger and Nigeria signed on Thursday in Algiers a memorandum of understanding")],
    note="NO DATE: Thursday unresolvable; no year in the key"),
  A("DZA-NER-NGA-trans-saharan-gas-pipeline-task-force", "arrangement", "Joint task force to update the Trans-Saharan pipeline feasibility study", ["energy"], ["DZA", "NER", "NGA"], tri, [],
    [H("agreed", None, "unknown", None, "The three ministers agreed to set up a joint task force")]),
  A("DZA-NER-NGA-trans-saharan-gas-pipeline-mou-2009", "memorandum", "2009 Trans-Saharan Gas Pipeline memorandum (replaced)", ["energy", "infrastructure"], ["DZA", "NER", "NGA"], tri, [],
    [H("signed", "2009", "year", None, "The new memorandum replaces the one signed in 2009"),
     H("terminated", None, "unknown", None, "The new memorandum replaces the one signed in 2009")],
    note="replaced by the new memorandum -> terminated (no date); 'Niger has yet to ratify' -> no stage"),
 ], [
  E("DZA-NER-NGA-tripartite-ministerial-meeting-algiers", "meeting", "Third tripartite ministerial meeting on the Trans-Saharan Gas Pipeline", "held", None, None, "Algiers", "DZA", None,
    ["Mohamed Arkab", "Mahaman Moustapha Barké", "Timipre Sylva"], ["DZA", "NER", "NGA"], [TSGP], "at the end of the third tripartite ministerial meeting devoted to the project"),
  E("DZA-NER-NGA-trans-saharan-mou-signing-algiers", "ceremony", "Signing ceremony of the tripartite pipeline memorandum", "held", None, None, "Algiers", "DZA", None,
    ["Mohamed Arkab", "Mahaman Moustapha Barké", "Timipre Sylva"], ["DZA", "NER", "NGA"], [TSGP], "Prior to the signing ceremony", opt=True,
    note="named in passing; the signing is already on the ministerial meeting -> optional"),
  E("DZA-NER-NGA-tripartite-ministerial-meeting-abuja", "meeting", "Next tripartite ministerial meeting in Abuja", "planned", None, None, "Abuja", "NGA", None,
    [], ["DZA", "NER", "NGA"], [], "The ministers will meet again in Abuja next month"),
  E("DZA-NGA-sylva-benabderrahmane-meeting", "meeting", "Timipre Sylva received by Prime Minister Aïmene Benabderrahmane", "held", None, None, None, "DZA", "NGA",
    ["Timipre Sylva", "Aïmene Benabderrahmane"], ["DZA", "NGA"], [], "the Nigerian minister was received by the Prime Minister"),
 ], "APS, NO DATE (no year except 2009). 'Minister of Energy and Mines Mohamed Arkab' without country (Algerian agency style).")

# ================= t14: Russia-Bangladesh Rooppur credit (TASS 2021) =================
RCR, RPROT = "BGD-RUS-rooppur-state-credit-agreement-2016", "BGD-RUS-rooppur-credit-extension-protocol-2021"
rb = [S("Russia", "RUS"), S("Bangladesh", "BGD")]
doc("t14.txt")
F("t14.txt", "2021-10-14", [
  A(RCR, "agreement", "Russia-Bangladesh intergovernmental agreement on the 11.38 billion dollar state credit for the Rooppur NPP", ["finance", "energy"], ["BGD", "RUS"], rb, [],
    [H("signed", "2016", "year", None, "The intergovernmental agreement on the 11.38 billion US dollar state credit was signed in 2016.")],
    note="talks on switching payments to national currencies 'under way' concern the credit's terms: not coded as a stage (judgement call)"),
  A(RPROT, "protocol", "Protocol to the Rooppur credit agreement extending the period of use of the loan until 2027", ["finance", "energy"], ["BGD", "RUS"], rb, [],
    [H("agreed", "2021-10-14", "on_or_before", None, "We have agreed with our Bangladeshi partners to extend the period of use of the loan until 2027."),
     H("planned", "2021", "year", None, "The corresponding protocol to the intergovernmental agreement will be signed in the coming weeks")],
    note="named as a protocol to the agreement -> its own item; 'in the coming weeks' -> planned 2021 (year precision)"),
  A("BGD-RUS-nuclear-personnel-training-mou-2021", "memorandum", "Russia-Bangladesh memorandum on training nuclear personnel", ["energy", "education"], ["BGD", "RUS"], rb, [],
    [H("signed", "2021", "year", None, "Earlier this year, Russia and Bangladesh signed a memorandum on cooperation in training nuclear personnel")]),
 ], [
  E("BGD-RUS-momen-visit-moscow-2021", "visit", "Bangladesh Foreign Minister AK Abdul Momen's visit to Moscow", "held", "2021-03", "2021-03", "Moscow", "RUS", "BGD",
    ["AK Abdul Momen"], ["BGD", "RUS"], [], "Bangladesh's Foreign Minister AK Abdul Momen visited Moscow in March"),
 ], "TASS ('MOSCOW, October 14. /TASS/.'). Verb-only: 'Russia will extend the repayment period'; quote in quotation marks.")

# ================= t15: Türkiye-Philippines (Anadolu 2024) =================
DIC, MTF, CTM = "PHL-TUR-defence-industry-cooperation-agreement-2024", "PHL-TUR-military-training-framework-agreement-2016", "PHL-TUR-counter-terrorism-mou-2024"
tp = [S("Türkiye", "TUR"), S("Philippines", "PHL")]
doc("t15.txt")
F("t15.txt", "2024-05-08", [
  A(DIC, "agreement", "Türkiye-Philippines agreement on defence industry cooperation", ["defence", "military_technical"], ["PHL", "TUR"], tp,
    ["Yasar Guler", "Gilberto Teodoro"],
    [H("signed", "2024-05-07", "day", "Ankara", "Türkiye and the Philippines signed an agreement on defence industry cooperation on Tuesday in Ankara")],
    note="ratification pending ('will enter into force after', 'Senate has yet to take up') -> no stage"),
  A(MTF, "agreement", "2016 Türkiye-Philippines framework agreement on military training", ["defence"], ["PHL", "TUR"], tp, [],
    [H("signed", "2016", "year", None, "the implementation of the 2016 framework agreement on military training"),
     H("implemented", "2024-05-08", "on_or_before", None, "the implementation of the 2016 framework agreement on military training")]),
  A(CTM, "memorandum", "Türkiye-Philippines memorandum on cooperation against terrorism", ["counter_terrorism"], ["PHL", "TUR"], tp, [],
    [H("planned", "2024", "year", "Manila", "The two countries plan to sign a memorandum on cooperation against terrorism")]),
 ], [
  E("PHL-TUR-teodoro-official-visit-2024", "visit", "Philippine Defence Secretary Gilberto Teodoro's official visit to Türkiye", "held", "2024-05-06", "2024-05-09", "Ankara", "TUR", "PHL",
    ["Gilberto Teodoro", "Yasar Guler"], ["PHL", "TUR"], [DIC], "who is paying an official visit to Türkiye from May 6-9",
    note="under way at publication"),
  E("PHL-TUR-teodoro-fidan-meeting-2024", "meeting", "Teodoro-Fidan meeting", "planned", "2024-05-08", "2024-05-08", None, "TUR", "PHL",
    ["Gilberto Teodoro", "Hakan Fidan"], ["PHL", "TUR"], [], "Teodoro will also meet Foreign Minister Hakan Fidan on Wednesday",
    note="future tense, Wednesday = publication day -> planned"),
  E("PHL-TUR-fidan-visit-manila-2024", "visit", "Hakan Fidan's visit to Manila", "planned", "2024", "2024", "Manila", "PHL", "TUR",
    ["Hakan Fidan"], ["PHL", "TUR"], [CTM], "when Turkish Foreign Minister Hakan Fidan visits Manila later this year"),
 ], "Anadolu, 'ANKARA (AA) -'. Tuesday -> 05-07.")

# ================= t16: Brazil-Paraguay Itaipu (BBC 2009) =================
ITD, PL, BIC = "BRA-PRY-itaipu-joint-declaration-2009", "BRA-PRY-itaipu-asuncion-power-line-financing-2009", "BRA-PRY-itaipu-binational-commission-2009"
bp = [S("Brazil", "BRA", ["Brasilia"]), S("Paraguay", "PRY")]
doc("t16.txt")
F("t16.txt", "2009-07-27", [
  A(ITD, "declaration", "Brazil-Paraguay joint declaration on Itaipu (tripling Brazil's payments for Paraguay's surplus energy)", ["energy"], ["BRA", "PRY"], bp,
    ["Luiz Inacio Lula da Silva", "Fernando Lugo"],
    [H("signed", "2009-07-25", "day", "Asuncion", "signed a joint declaration in Asuncion on Saturday")],
    note="Saturday against Monday 2009-07-27 -> 07-25; approval by Brazil's Congress pending, opposition 'will block it' -> no stage"),
  A("BRA-PRY-itaipu-treaty-1973", "treaty", "1973 Itaipu Treaty", ["energy", "infrastructure"], ["BRA", "PRY"], bp, [],
    [H("signed", "1973", "year", None, "The change to the annex of the 1973 Itaipu Treaty must still be approved by Brazil's Congress")],
    note="the annex change is the content of the joint declaration; Lugo's campaign 'to renegotiate' -> no stage"),
  A(PL, "agreement", "Brazilian financing of a $450m power line from Itaipu to Asuncion", ["energy", "finance", "infrastructure"], ["BRA", "PRY"], bp, [],
    [H("agreed", "2009-07-27", "on_or_before", None, "Brazil also agreed to finance a $450m power line from Itaipu to Asuncion.")],
    note="verb-only ('agreed to finance')"),
  A(BIC, "arrangement", "Brazil-Paraguay binational commission overseeing the Itaipu changes", ["energy"], ["BRA", "PRY"], bp, [],
    [H("agreed", "2009-07-27", "on_or_before", None, "The presidents also agreed to set up a binational commission")]),
 ], [
  E("BRA-PRY-lula-lugo-talks-asuncion-2009", "talks", "Lula-Lugo talks in Asuncion", "held", "2009-07-25", "2009-07-25", "Asuncion", "PRY", "BRA",
    ["Luiz Inacio Lula da Silva", "Fernando Lugo"], ["BRA", "PRY"], [ITD, PL, BIC], "after a day of talks"),
  E("BRA-IGO:MERCOSUR-PRY-URY-montevideo-summit-2009", "summit", "Mercosur summit in Montevideo", "planned", "2009", "2009", "Montevideo", "URY", None,
    [], ["BRA", "IGO:MERCOSUR", "PRY", "URY"], [], "before the Mercosur summit in Montevideo later this year", opt=True,
    note="mentioned in analysts' comment; members other than BRA/PRY not named"),
 ], "BBC 2009 'Page last updated' line. 'Mr Lugo' without a full stop (BBC style).")

# ================= t17: Malaysia-Sri Lanka (Bernama 2017) =================
FTA, SME = "LKA-MYS-free-trade-agreement", "LKA-MYS-sme-cooperation-mou-2017"
ml = [S("Malaysia", "MYS"), S("Sri Lanka", "LKA", ["Colombo"])]
doc("t17.txt")
F("t17.txt", "2017-03-16", [
  A(FTA, "agreement", "Malaysia-Sri Lanka bilateral free trade agreement", ["trade"], ["LKA", "MYS"], ml, [],
    [H("negotiating", "2014", "year", None, "The talks, launched in 2014, were suspended in 2015"),
     H("suspended", "2015", "year", None, "The talks, launched in 2014, were suspended in 2015"),
     H("negotiating", "2017-03-15", "day", "Colombo", "said the decision was made at his meeting with Sri Lankan Development Strategies")],
    note="negotiations suspended 2015, resumption agreed 'yesterday' (03-15) -> negotiating; first round in KL in June is a planned round (event), no instrument stage"),
  A(SME, "memorandum", "Malaysia-Sri Lanka MoU on cooperation in small and medium enterprises", ["sme"], ["LKA", "MYS"], ml, [],
    [H("signed", "2017-03-16", "on_or_before", None, "Both sides also signed a memorandum of understanding on cooperation in the field of small and medium enterprises")]),
  A("LKA-MYS-double-taxation-agreement-1997", "agreement", "Malaysia-Sri Lanka agreement on the avoidance of double taxation", ["taxation"], ["LKA", "MYS"], ml, [],
    [H("in_force", "1997", "year", None, "Malaysia and Sri Lanka have had an agreement on the avoidance of double taxation since 1997.")]),
 ], [
  E("LKA-MYS-mustapa-samarawickrama-meeting-2017", "meeting", "Mustapa Mohamed-Malik Samarawickrama meeting in Colombo", "held", "2017-03-15", "2017-03-15", "Colombo", "LKA", "MYS",
    ["Mustapa Mohamed", "Malik Samarawickrama"], ["LKA", "MYS"], [FTA], "said the decision was made at his meeting with Sri Lankan Development Strategies"),
  E("LKA-MYS-mustapa-working-visit-2017", "visit", "Mustapa Mohamed's working visit to Sri Lanka", "held", "2017-03-14", "2017-03-16", "Sri Lanka", "LKA", "MYS",
    ["Mustapa Mohamed"], ["LKA", "MYS"], [SME], "Mustapa is on a three-day working visit to Sri Lanka from March 14 to 16."),
  E("LKA-MYS-wickremesinghe-visit-malaysia-2017", "visit", "Ranil Wickremesinghe's visit to Malaysia (called off)", "cancelled", "2017-03", "2017-03", "Malaysia", "MYS", "LKA",
    ["Ranil Wickremesinghe"], ["LKA", "MYS"], [], "visit to Malaysia, which had been planned for this month, has been called off"),
  E("LKA-MYS-fta-talks-kuala-lumpur-2017", "talks", "First round of resumed FTA negotiations in Kuala Lumpur", "planned", "2017-06", "2017-06", "Kuala Lumpur", "MYS", "LKA",
    [], ["LKA", "MYS"], [FTA], "with the first round scheduled in Kuala Lumpur in June"),
 ], "Bernama, 'COLOMBO, March 16 (Bernama) --'. 'here yesterday' -> Colombo 03-15. Name with honorifics 'Datuk Seri Mustapa Mohamed'.")

# ================= hard negatives =================
F("t18.txt", "1985-06-12", [], [], "HARD NEGATIVE: company supply agreement, company MoU on a joint venture and a training 'protocol' (Argentine and Brazilian firms); talks with a Chilean distributor; executives' 'visit' to a plant; 'meet its export target'.")
F("t19.txt", "2004-11-05", [], [], "HARD NEGATIVE: rugby coach contract with the Tonga RFU, sponsorship deal with a Fijian firm, test against Samoa, tour of Japan, sports minister 'visited' the camp, 'talked to the players', World Cup target.")
F("t20.txt", "2022-02-10", [], [], "HARD NEGATIVE: domestic electoral alliance agreement of Mauritian opposition parties; 'talks', 'joint conference', a cabinet 'meeting'.")
F("t21.txt", None, [], [], "HARD NEGATIVE, NO DATE: court-approved settlement between Amazon communities and an oil company; Ministry of Environment 'would monitor'; sale talks with a Colombian group; cookie banner, caption, share bar, Related.")
F("t22.txt", "2019-08-21", [], [], "HARD NEGATIVE: trade-union wage agreement with an employers' federation signed at the CCMA; 'met the union's target'; minister 'would convene a meeting' (domestic); separate talks with mining employers.")
F("t23.txt", "2011-05-03", [], [], "HARD NEGATIVE: celebrity's private trip to Samarkand; met students; talks with a production company; 'did not meet any government officials'.")
F("t24.txt", "1988-10-05", [], [], "HARD NEGATIVE: folk ensemble's tour of three socialist states, 'meeting the target' of the culture ministry, 'annual exchange programme between cultural associations' (not governments), a tour being 'discussed' with a concert agency, ministry board meeting.")
doc("t25.txt")
F("t25.txt", "2017-11-23", [
  A("KEN-ZAF-mombasa-durban-sister-city-agreement-2017", "agreement", "Mombasa-Durban sister-city agreement", ["culture", "tourism", "environment"], ["KEN", "ZAF"],
    [G("Mombasa", "KEN"), G("Durban", "ZAF")], ["Hassan Ali Joho", "Zandile Gumede"],
    [H("signed", "2017-11-23", "day", "Mombasa", "The mayors of Mombasa and Durban on Thursday signed a sister-city agreement")],
    opt=True, note="city twinning signed by local government heads: not a state, ministry or IGO instrument; a city is arguably a government body -> optional (open call)"),
 ], [
  E("KEN-ZAF-gumede-visit-mombasa-2017", "visit", "Durban Mayor Zandile Gumede's four-day visit to Mombasa", "held", "2017-11-21", "2017-11-24", "Mombasa", "KEN", "ZAF",
    ["Zandile Gumede", "Hassan Ali Joho"], ["KEN", "ZAF"], ["KEN-ZAF-mombasa-durban-sister-city-agreement-2017"], "Gumede, who is on a four-day visit to Mombasa", opt=True,
    note="visit by a mayor (local official) -> optional; leaves after Friday's Kilifi trip -> ends 11-24, four days -> from 11-21"),
 ], "HARD NEGATIVE (open call): city twinning by a county governor and a mayor; no required items. Headline says 'mayors', body 'Mombasa Governor'.")

# ================= other news, one passing mention =================
doc("t26.txt")
F("t26.txt", "1988-10-05", [
  A("IGO:ICO-international-coffee-agreement", "agreement", "International Coffee Agreement (export quotas set by the ICO council)", ["trade", "agriculture"], ["IGO:ICO"],
    [IO("International Coffee Organization", "IGO:ICO")], [],
    [H("in_force", "1988-10-05", "on_or_before", None, "which will set export quotas for 1988/89 under the International Coffee Agreement")],
    note="quotas to be set under the agreement -> in force at publication; no year of the agreement in the text"),
 ], [
  E("IGO:ICO-council-session-london-1988", "meeting", "International Coffee Organization council session in London", "planned", "1988-10", "1988-10", "London", None, None,
    [], ["IGO:ICO"], [], "International Coffee Organization council session in London late this month", opt=True,
    note="part of the single passing mention; IGO meeting without named officials -> optional"),
 ], "Commodity report with one passing mention: the ICO council session and the International Coffee Agreement. Colombian exporter, roasters: trade.")
doc("t27.txt")
F("t27.txt", "2010-03-04", [
  A("ARG-CHL-disaster-assistance-agreement-2006", "agreement", "Argentina-Chile disaster-assistance agreement", ["other"], ["ARG", "CHL"],
    [S("Argentina", "ARG"), S("Chile", "CHL")], [],
    [H("signed", "2006", "year", None, "Argentina sent a field hospital under a disaster-assistance agreement the two countries signed in 2006."),
     H("implemented", "2010-03-04", "on_or_before", None, "Argentina sent a field hospital under a disaster-assistance agreement the two countries signed in 2006.")]),
 ], [], "BBC 2010 quake news with one passing mention. 'Saturday's earthquake' is not diplomatic.")
doc("t28.txt")
F("t28.txt", "2021-09-29", [
  A("CHN-MNG-gashuunsukhait-rail-agreement-2019", "agreement", "2019 Mongolia-China intergovernmental agreement on the Gashuunsukhait rail crossing", ["transport", "infrastructure"], ["CHN", "MNG"],
    [S("Mongolia", "MNG"), S("China", "CHN")], [],
    [H("signed", "2019", "year", None, "where a new rail spur built under a 2019 intergovernmental agreement with China is due to open next year"),
     H("implemented", "2021-09-29", "on_or_before", None, "where a new rail spur built under a 2019 intergovernmental agreement with China is due to open next year")],
    note="spur built under it -> implemented"),
 ], [], "Web page (cookie notice, Read more, tags), markets news with one passing mention. 'met its export target' is not an agreement.")
doc("t29.txt")
F("t29.txt", None, [
  A("IGO:EAC-northern-corridor-single-tourist-visa", "arrangement", "East African Community Northern Corridor single tourist visa arrangement", ["visa", "tourism"], ["IGO:EAC"],
    [IO("East African Community", "IGO:EAC")], [],
    [H("implemented", None, "unknown", None, "many using the single tourist visa introduced under the East African Community's Northern Corridor arrangement")],
    note="NO DATE; member states not named; Tanzania 'has yet to join' -> not a party, no stage"),
 ], [], "Football news, NO DATE, one passing mention: EAC Northern Corridor tourist visa.")
doc("t30.txt")
F("t30.txt", "2024-05-08", [
  A("CHN-MDG-agricultural-cooperation-agreement-2017", "agreement", "China-Madagascar agricultural cooperation agreement", ["agriculture"], ["CHN", "MDG"],
    [S("China", "CHN"), S("Madagascar", "MDG")], [],
    [H("signed", "2017", "year", None, "under the agricultural cooperation agreement China and Madagascar signed in 2017"),
     H("implemented", "2024-05-08", "on_or_before", None, "under the agricultural cooperation agreement China and Madagascar signed in 2017")]),
 ], [], "Xinhua agriculture news with one passing mention. 'Our target is ...' is not an agreement.")

assert len(files) == 30, len(files)
json.dump({"batch": "T", "files": files}, open(os.path.join(HERE, "batch_T.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
