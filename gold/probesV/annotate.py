#!/usr/bin/env python3
"""Gold annotation of batch V (probesV), in the GUIDE batch format. Run from gold/probesV: python3 annotate.py"""
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

khm, tha = S("Cambodia", "KHM", ["Kingdom"]), S("Thailand", "THA")
# ================= v01 / v02: Cambodia-Thailand rail link (AKP / Thai web page) =================
RAIL, LAB, WG = "KHM-THA-cross-border-rail-transport-agreement-2023", "KHM-THA-labour-mou-2023", "KHM-THA-border-trade-working-group-2023"
MOU01, VIS, TLK = "KHM-THA-overlapping-claims-area-mou-2001", "KHM-THA-kittipong-visit-cambodia-2023", "KHM-THA-hun-rathana-kittipong-talks-2023"
doc("v01.txt")
F("v01.txt", "2023-11-14", [
  A(RAIL, "agreement", "Cambodia-Thailand agreement on cross-border rail transport between Poipet and Aranyaprathet", ["transport"], ["KHM", "THA"],
    [khm, tha], ["Peng Sovicheat", "Surachai Wongsawat"],
    [H("signed", "2023-11-13", "day", "Phnom Penh", "Cambodia and Thailand signed here on Monday")],
    note="'signed here on Monday' with PHNOM PENH dateline -> Phnom Penh; Monday against Tuesday 2023-11-14 -> 11-13; PMs present, not signatories"),
  A(LAB, "memorandum", "Cambodia-Thailand memorandum of understanding on the employment of workers (replacing the 2015 MoU)", ["labour_migration"], ["KHM", "THA"],
    [khm, tha], [],
    [H("signed", "2023-11-13", "day", None, "witnessed the exchange of a memorandum of understanding on the employment of workers")],
    note="exchanged during the Monday talks = signed; place of the sentence is the Peace Palace (no city in the sentence) -> null"),
  A("KHM-THA-labour-mou-2015", "memorandum", "Cambodia-Thailand labour MoU of 2015 (replaced)", ["labour_migration"], ["KHM", "THA"],
    [khm, tha], [],
    [H("signed", "2015", "year", None, "replacing the one signed in 2015"),
     H("terminated", "2023-11-13", "day", None, "replacing the one signed in 2015")],
    note="replaced by the MoU exchanged on Monday 11-13 -> terminated that day (review V: a replaced instrument ends)"),
  A(WG, "arrangement", "Cambodia-Thailand joint working group on border trade", ["trade", "border_security"], ["KHM", "THA"],
    [khm, tha], [],
    [H("agreed", "2023-11-13", "day", None, "agreed to set up a joint working group on border trade")]),
  A("KHM-THA-joint-commission-on-bilateral-cooperation", "arrangement", "Cambodia-Thailand Joint Commission on Bilateral Cooperation", ["comprehensive_cooperation"], ["KHM", "THA"],
    [khm, tha], [],
    [H("in_force", None, "unknown", None, "Joint Commission on Bilateral Cooperation will hold its 11th meeting")], opt=True,
    note="standing mechanism known only from its meeting (optional, as batch R)"),
  A(MOU01, "memorandum", "2001 Cambodia-Thailand MoU on the maritime overlapping claims area", ["maritime", "energy"], ["KHM", "THA"],
    [khm, tha], [],
    [H("signed", "2001", "year", None, "which have made little progress since a 2001 memorandum of understanding")]),
  A("KHM-THA-overlapping-claims-area-negotiations", "agreement", "Cambodia-Thailand negotiations on the maritime overlapping claims area", ["maritime"], ["KHM", "THA"],
    [khm, tha], [],
    [H("negotiating", "2023-11-14", "on_or_before", None, "asked the Thai side to speed up negotiations on the maritime overlapping claims area")], opt=True,
    note="negotiations with no instrument named -> optional"),
 ], [
  E(VIS, "visit", "Thai Prime Minister Kittipong Sangsuwan's official visit to Cambodia", "held", "2023-11-12", "2023-11-13", "Phnom Penh", "KHM", "THA",
    ["Kittipong Sangsuwan", "Hun Rathana"], ["KHM", "THA"], [RAIL, LAB, WG], "arrived in Phnom Penh on Sunday for a two-day official visit",
    note="arrived Sunday (11-12), two-day -> 11-12..11-13; v02 says one-day visit on Monday (conflict across outlets)"),
  E(TLK, "talks", "Talks between Cambodian PM Hun Rathana and Thai PM Kittipong Sangsuwan", "held", "2023-11-13", "2023-11-13", "Phnom Penh", "KHM", "THA",
    ["Hun Rathana", "Kittipong Sangsuwan"], ["KHM", "THA"], [LAB, WG], "During their bilateral talks at the Peace Palace on Monday"),
  E("KHM-THA-joint-commission-11th-meeting-2024", "meeting", "11th meeting of the Cambodia-Thailand Joint Commission on Bilateral Cooperation", "planned", "2024", "2024", "Siem Reap", "KHM", "THA",
    [], ["KHM", "THA"], [], "will hold its 11th meeting in Siem Reap early next year", note="'early next year' -> 2024"),
  E("KHM-THA-rail-agreement-signing-2023", "ceremony", "Signing of the Cambodia-Thailand cross-border rail agreement in the presence of the two prime ministers", "held", "2023-11-13", "2023-11-13", "Phnom Penh", "KHM", "THA",
    ["Peng Sovicheat", "Surachai Wongsawat", "Hun Rathana", "Kittipong Sangsuwan"], ["KHM", "THA"], [RAIL],
    "The agreement was signed by Cambodian Minister of Public Works and Transport Peng Sovicheat", opt=True,
    note="review V: signing ceremony 'in the presence of' the PMs (optional, as the batch R review's r15 ceremony); place from 'signed here'"),
 ], "AKP. Monday against Tuesday 2023-11-14. Trade target not an item. Cluster with v02 (rail agreement, labour MoU, working group, visit, talks; 'Peng Sovicheat' vs 'Peng Sovichet'; two-day vs one-day visit).")

doc("v02.txt")
khm = S("Cambodia", "KHM", ["Phnom Penh"])
F("v02.txt", "2023-11-15", [
  A(RAIL, "agreement", "Thailand-Cambodia agreement on passenger and freight trains between Aranyaprathet and Poipet", ["transport"], ["KHM", "THA"],
    [S("Cambodia", "KHM", ["Phnom Penh"]), tha], ["Surachai Wongsawat", "Peng Sovichet"],
    [H("signed", "2023-11-13", "day", None, "Thailand and Cambodia on Monday signed a long-awaited agreement")],
    note="Monday against Wednesday 2023-11-15 -> 11-13; no place in the sentence"),
  A(LAB, "memorandum", "New Thailand-Cambodia labour MoU", ["labour_migration"], ["KHM", "THA"], [khm, tha], [],
    [H("signed", "2023-11-13", "day", None, "Officials also exchanged a new labour MoU")], note="exchanged on the same Monday (context)"),
  A(WG, "arrangement", "Thailand-Cambodia working group on border trade", ["trade", "border_security"], ["KHM", "THA"], [khm, tha], [],
    [H("agreed", "2023-11-13", "day", None, "the two premiers agreed to create a working group on border trade")]),
  A(MOU01, "memorandum", "2001 Thailand-Cambodia MoU on the disputed Gulf of Thailand waters", ["maritime"], ["KHM", "THA"], [khm, tha], [],
    [H("signed", "2001", "year", None, "A joint technical committee under the 2001 MoU has not met since 2014.")],
    note="'hoped to restart formal talks' -> no negotiating stage (talks not under way)"),
  A("KHM-THA-joint-technical-committee-overlapping-claims", "arrangement", "Thailand-Cambodia joint technical committee under the 2001 MoU", ["maritime"], ["KHM", "THA"], [khm, tha], [],
    [H("in_force", None, "unknown", None, "A joint technical committee under the 2001 MoU has not met since 2014.")], opt=True,
    note="review V: agreed mechanism named in passing (dormant since 2014); optional in_force, date null, as the joint commissions"),
 ], [
  E(VIS, "visit", "Thai PM Kittipong Sangsuwan's visit to Phnom Penh", "held", "2023-11-13", "2023-11-13", "Phnom Penh", "KHM", "THA",
    ["Kittipong Sangsuwan", "Hun Rathana"], ["KHM", "THA"], [RAIL, LAB, WG], "Kittipong returned to Bangkok on Monday evening after the one-day visit.",
    note="one-day visit on Monday here (v01: two days from Sunday)"),
  E(TLK, "talks", "Meeting of PM Kittipong Sangsuwan and Cambodian PM Hun Rathana at the Peace Palace", "held", "2023-11-13", "2023-11-13", "Phnom Penh", "KHM", "THA",
    ["Kittipong Sangsuwan", "Hun Rathana"], ["KHM", "THA"], [WG], "shakes hands with Cambodian Prime Minister Hun Rathana at the Peace Palace in Phnom Penh on Monday",
    note="meeting told by the photo caption and 'the two premiers agreed'"),
 ], "Crawled web page (cookie banner, share bar, caption, Read more, tags). Cluster with v01. 'Peng Sovichet' spelling.")

# ================= v03 / v04: Abu Dhabi Fund loan to Syria (Reuters 1985) =================
ADL = "ARE-SYR-adfaed-power-station-loan-1985"
CER = "ARE-SYR-adfaed-loan-signing-1985"
syr = S("Syria", "SYR")  # review V: in v03 'Damascus' is only the city (signing place, road), not a name for Syria
doc("v03.txt")
F("v03.txt", "1985-05-13", [
  A(ADL, "agreement", "Abu Dhabi Fund for Arab Economic Development loan of 150 mln dirhams to Syria for a thermal power station near Baniyas", ["finance", "energy"], ["ARE", "SYR"],
    [G("Abu Dhabi Fund for Arab Economic Development", "ARE", ["ADFAED"]), syr], [],
    [H("agreed", "1985-05-13", "on_or_before", None, "has agreed to lend Syria 150 mln dirhams"),
     H("planned", "1985-05", "month", "Damascus", "will be signed in Damascus next week")],
    note="verb-only deal; named future signers are not signatories (on the planned ceremony, optional); 'next week' -> 1985-05 (20-26 May)"),
  A("ARE-SYR-adfaed-road-loan-1982", "agreement", "1982 Abu Dhabi Fund credit of 90 mln dirhams for the Damascus-Deraa road", ["finance", "transport"], ["ARE", "SYR"],
    [G("Abu Dhabi Fund for Arab Economic Development", "ARE", ["fund"]), syr], [],
    [H("signed", "1982", "year", None, "a 1982 credit of 90 mln dirhams"),
     H("implemented", None, "unknown", None, "which officials said had been fully disbursed")],
    note="review V: 'had been fully disbursed' is background with no time anchor -> date null (GUIDE conventions)"),
  A("SAU-SYR-credit-1985", "agreement", "Saudi credit of 500 mln dlrs sought by Syria", ["finance"], ["SAU", "SYR"],
    [S("Saudi Arabia", "SAU"), syr], [],
    [H("negotiating", "1985-05-13", "on_or_before", None, "Talks on that credit were continuing, they said.")]),
  A("IGO:LAS-SYR-baghdad-summit-aid-pledges-1978", "other", "1978 Baghdad Arab summit aid pledges to Syria (lapsed)", ["development_aid", "finance"], ["IGO:LAS", "SYR"],
    [IO("Arab League", "IGO:LAS"), syr], [],
    [H("agreed", "1978", "year", None, "since the 1978 Baghdad summit pledges lapsed"),
     H("terminated", None, "unknown", None, "since the 1978 Baghdad summit pledges lapsed")], opt=True,
    note="pledges of a summit, not a named instrument -> optional"),
 ], [
  E("ARE-SYR-zayed-qaddoura-meeting-1985", "meeting", "UAE President Sheikh Zayed receives Syrian Deputy PM Abdel-Qader Qaddoura", "held", "1985-05-12", "1985-05-12", "Abu Dhabi", "ARE", "SYR",
    ["Sheikh Zayed bin Sultan al-Nahayan", "Abdel-Qader Qaddoura"], ["ARE", "SYR"], [], "received Syrian Deputy Prime Minister Abdel-Qader Qaddoura here on Sunday",
    note="'here on Sunday' with ABU DHABI dateline; Sunday against Monday 1985-05-13"),
  E(CER, "ceremony", "Signing of the Abu Dhabi Fund loan to Syria in Damascus", "planned", "1985-05", "1985-05", "Damascus", "SYR", "ARE",
    ["Nasser al-Suwaidi", "Mohammed al-Imadi"], ["ARE", "SYR"], [ADL], "will be signed in Damascus next week", opt=True),
 ], "Reuters 1985. Cluster with v04 (150 mln dirhams vs 40 mln dlrs; al-Suwaidi/al-Suweidi, al-Imadi/al-Emadi; ADFAED).")
syr = S("Syria", "SYR", ["Damascus"])  # v04: 'between Damascus and Moscow'
doc("v04.txt")
F("v04.txt", "1985-05-21", [
  A(ADL, "agreement", "Syria-Abu Dhabi Fund loan agreement of about 40 mln dlrs for a coastal power station", ["finance", "energy"], ["ARE", "SYR"],
    [G("Abu Dhabi Fund for Arab Economic Development", "ARE", ["fund"]), syr], ["Muhammad al-Emadi", "Nasir al-Suweidi"],
    [H("signed", "1985-05-20", "day", None, "signed a loan agreement worth about 40 mln dlrs on Monday")],
    note="Monday against Tuesday 1985-05-21; DAMASCUS dateline without 'here' -> place null"),
  A("SUN-SYR-treaty-of-friendship-and-cooperation-1980", "treaty", "1980 Soviet-Syrian Treaty of Friendship and Cooperation", ["comprehensive_cooperation", "alliance"], ["SUN", "SYR"],
    [S("Soviet Union", "SUN", ["Moscow"]), syr], [],
    [H("signed", "1980", "year", None, "the 1980 Treaty of Friendship and Cooperation between Damascus and Moscow")]),
  A("SUN-SYR-soviet-credit-1985", "agreement", "New Soviet credit hoped for by Syria", ["finance"], ["SUN", "SYR"],
    [S("Soviet Union", "SUN"), syr], [],
    [H("proposed", None, "unknown", None, "was also hoping for a new Soviet credit")], opt=True, note="a hope, 'no talks have been announced'"),
 ], [
  E(CER, "ceremony", "Signing of the Abu Dhabi Fund loan agreement", "held", "1985-05-20", "1985-05-20", None, "SYR", "ARE",
    ["Muhammad al-Emadi", "Nasir al-Suweidi"], ["ARE", "SYR"], [ADL], "signed a loan agreement worth about 40 mln dlrs on Monday", opt=True),
 ], "Reuters 1985 Damascus citing SANA. Same loan as v03 (figures and spellings differ).")

# ================= v05 / v06: Japan-Vanuatu Lapetasi wharf loan =================
EON, JICA, KV, KT, KC = ("JPN-VUT-exchange-of-notes-lapetasi-wharf-loan-2024", "JPN-VUT-jica-loan-agreement-lapetasi-wharf-2024",
    "JPN-VUT-kamikawa-visit-vanuatu-2024", "JPN-VUT-kamikawa-salwai-talks-2024", "JPN-VUT-lapetasi-loan-signing-ceremony-2024")
jpn, vut = S("Japan", "JPN"), S("Vanuatu", "VUT", ["Republic of Vanuatu"])
doc("v05.txt")
F("v05.txt", "2024-08-22", [
  A(EON, "agreement", "Japan-Vanuatu exchange of notes on an ODA loan of up to 6.12 billion yen for the Lapetasi Wharf Expansion Project", ["finance", "infrastructure", "maritime"], ["JPN", "VUT"],
    [jpn, vut], ["TANABE Kiyoshi", "Johnson Natuman"],
    [H("signed", "2024-08-21", "day", None, "signed and exchanged notes concerning a Japanese ODA Loan")],
    note="Japanese name order 'TANABE Kiyoshi' as written"),
  A(JICA, "agreement", "JICA-Vanuatu loan agreement for the Lapetasi Wharf Expansion Project", ["finance", "infrastructure"], ["JPN", "VUT"],
    [G("Japan International Cooperation Agency", "JPN", ["JICA"]), G("Government of the Republic of Vanuatu", "VUT")], [],
    [H("signed", "2024-08-21", "day", None, "signed the Loan Agreement for the project")], note="'On the same day' = August 21"),
  A("JPN-VUT-security-of-information-agreement", "agreement", "Japan-Vanuatu agreement on the security of information (negotiations to start)", ["defence"], ["JPN", "VUT"],
    [jpn, vut], [],
    [H("proposed", "2024-08-20", "day", None, "Both sides confirmed their intention to start negotiations")], opt=True,
    note="intention to start negotiations: not yet negotiating -> optional proposed"),
 ], [
  E(KV, "visit", "Japanese Parliamentary Vice-Minister for Foreign Affairs Kamikawa Ryoko's visit to Vanuatu", "held", "2024-08-20", "2024-08-21", "Port Vila", "VUT", "JPN",
    ["KAMIKAWA Ryoko", "Charlot Salwai Tabimasmas"], ["JPN", "VUT"], [EON, JICA], "The signing took place during the visit of Mr KAMIKAWA Ryoko",
    note="talks on Aug 20 and signing on Aug 21 during the visit -> 08-20..08-21"),
  E(KT, "talks", "Talks between Kamikawa Ryoko and PM Charlot Salwai Tabimasmas", "held", "2024-08-20", "2024-08-20", "Port Vila", "VUT", "JPN",
    ["KAMIKAWA Ryoko", "Charlot Salwai Tabimasmas"], ["JPN", "VUT"], [], "who held talks in Port Vila with Prime Minister Charlot Salwai Tabimasmas on August 20"),
  E(KC, "ceremony", "Signing and exchange of notes on the Lapetasi wharf loan", "held", "2024-08-21", "2024-08-21", None, "VUT", "JPN",
    ["TANABE Kiyoshi", "Johnson Natuman"], ["JPN", "VUT"], [EON, JICA], "signed and exchanged notes concerning a Japanese ODA Loan", opt=True),
 ], "MOFA Japan press release. Cluster with v06 (6.12 vs six billion yen; 'TANABE Kiyoshi' vs 'Kiyoshi Tanabe'). Grant aid since 1981 is not an instrument.")
doc("v06.txt")
vut = S("Vanuatu", "VUT")
F("v06.txt", None, [
  A(EON, "agreement", "Exchange of notes on a six billion yen Japanese loan to expand the Lapetasi wharf", ["finance", "infrastructure", "maritime"], ["JPN", "VUT"],
    [jpn, vut], ["Johnson Natuman", "Kiyoshi Tanabe"],
    [H("signed", None, "unknown", None, "after the two governments exchanged notes on Wednesday")], note="NO DATE: Wednesday -> null"),
  A(JICA, "agreement", "Loan agreement with JICA for the Lapetasi wharf", ["finance", "infrastructure"], ["JPN", "VUT"],
    [G("JICA", "JPN", ["the Japanese aid agency"]), vut], [],
    [H("signed", None, "unknown", None, "A separate loan agreement was signed with JICA")]),
  A("CHN-VUT-exim-luganville-wharf-loan", "agreement", "China Exim Bank concessional loan for the Luganville wharf", ["finance", "infrastructure"], ["CHN", "VUT"],
    [G("China Exim Bank", "CHN"), vut], [],
    [H("implemented", None, "unknown", None, "which Vanuatu is still repaying")], note="background, being repaid -> implemented, no date"),
 ], [
  E(KT, "talks", "Kamikawa meets PM Salwai", "held", None, None, None, "VUT", "JPN", ["Kamikawa", "Salwai"], ["JPN", "VUT"], [],
    "Japan's Parliamentary Vice-Minister Kamikawa met Prime Minister Salwai on Tuesday.", note="NO DATE; surnames only as written"),
  E(KC, "ceremony", "Ceremony at the Ministry of Foreign Affairs for the notes and JICA loan", "held", None, None, None, "VUT", "JPN",
    ["Johnson Natuman", "Kiyoshi Tanabe"], ["JPN", "VUT"], [EON, JICA], "at the same ceremony at the Ministry of Foreign Affairs", opt=True),
 ], "NO DATE web page. Same loan as v05. Chinese-funded convention centre is not an instrument; opposition MP's claims not a stage.")

# ================= v07: BBC 2009 Sri Lanka IMF loan =================
lka = S("Sri Lanka", "LKA", ["Colombo"])
doc("v07.txt")
F("v07.txt", "2009-07-25", [
  A("IGO:IMF-LKA-standby-arrangement-2009", "arrangement", "IMF $2.4bn 20-month standby arrangement for Sri Lanka", ["finance"], ["IGO:IMF", "LKA"],
    [IO("International Monetary Fund", "IGO:IMF", ["IMF"]), lka], [],
    [H("signed", "2009-07-24", "day", "Washington", "The IMF board approved the 20-month arrangement at a meeting in Washington on Friday"),
     H("implemented", "2009-07-24", "day", None, "releasing a first tranche of $322m immediately")],
    note="IMF approval = signed (batch Q/R convention); Friday against Saturday 2009-07-25; first tranche released -> implemented"),
  A("CHN-LKA-credit-line-2009", "agreement", "Chinese $1bn credit line to Sri Lanka for roads and a port in Hambantota", ["finance", "infrastructure"], ["CHN", "LKA"],
    [S("China", "CHN"), lka], [],
    [H("agreed", "2009-07-25", "on_or_before", None, "China had agreed to extend a $1bn credit line")], note="verb-only deal"),
  A("IND-LKA-currency-swap", "agreement", "India-Sri Lanka currency swap", ["finance"], ["IND", "LKA"], [S("India", "IND"), lka], [],
    [H("negotiating", "2009-07-25", "on_or_before", None, "talks with India on a currency swap were")]),
  A("LKA-USA-status-of-forces-agreement", "agreement", "Proposed US-Sri Lanka Status of Forces Agreement", ["defence"], ["LKA", "USA"],
    [lka, S("United States", "USA")], [],
    [H("rejected", "2009-07-25", "on_or_before", None, "Colombo has also rejected a proposed Status of Forces Agreement")]),
 ], [
  E("JPN-LKA-akashi-visit-colombo-2009", "visit", "Japanese envoy Yasushi Akashi's visit to Colombo", "planned", "2009-07-27", "2009-08-02", "Colombo", "LKA", "JPN",
    ["Yasushi Akashi", "Mahinda Rajapaksa"], ["JPN", "LKA"], [], "Yasushi Akashi is due in Colombo next week",
    note="'next week' against Saturday 2009-07-25 -> the week 07-27..08-02"),
  E("JPN-LKA-donor-conference-tokyo-2009", "conference", "Donor conference on Sri Lanka in Tokyo", "cancelled", "2009-09", "2009-09", "Tokyo", "JPN", None,
    [], ["JPN", "LKA"], [], "A donor conference planned for September in Tokyo was called off last month"),
 ], "BBC 2009. US/UK/Germany abstaining in the IMF vote is not an event. IMF board meeting is the approval stage, not a diplomatic event.")

# ================= v08: IRNA 2016 Iran-Armenia =================
arm, irn = S("Armenia", "ARM", ["Yerevan"]), S("Iran", "IRN")
PROT, MTL, FEZ = "ARM-IRN-gas-for-electricity-extension-protocol-2016", "ARM-IRN-third-transmission-line-mou-2016", "ARM-IRN-meghri-free-economic-zone-working-group-2016"
doc("v08.txt")
F("v08.txt", "2016-10-05", [
  A(PROT, "protocol", "Iran-Armenia protocol extending the gas-for-electricity swap agreement until 2030", ["energy"], ["ARM", "IRN"], [arm, irn],
    ["Hamid Chitchian", "Ashot Manukyan"],
    [H("signed", "2016-10-04", "day", "Tehran", "The protocol was signed in Tehran by Iranian Energy Minister Hamid Chitchian")],
    note="Tuesday against Wednesday 2016-10-05; the protocol is named as its own instrument -> separate item from the 2004 agreement (judgement call)"),
  A("ARM-IRN-gas-for-electricity-swap-agreement-2004", "agreement", "2004 Iran-Armenia gas-for-electricity swap agreement", ["energy"], ["ARM", "IRN"], [arm, irn], [],
    [H("signed", "2004", "year", None, "Under the original agreement, signed in 2004 and implemented since 2009"),
     H("implemented", "2009", "year", None, "Under the original agreement, signed in 2004 and implemented since 2009")],
    vp={"from": None, "to": "2030"}, note="extended until 2030 by the protocol"),
  A(MTL, "memorandum", "Iran-Armenia MoU on a third power transmission line", ["energy", "infrastructure"], ["ARM", "IRN"], [arm, irn],
    ["Hamid Chitchian", "Ashot Manukyan"],
    [H("signed", "2016-10-04", "day", None, "The two ministers also signed a memorandum of understanding")]),
  A(FEZ, "arrangement", "Iran-Armenia working group on a free economic zone at Meghri", ["trade", "investment"], ["ARM", "IRN"], [arm, irn], [],
    [H("agreed", "2016-10-04", "day", None, "agreed to set up a free economic zone working group at Meghri")]),
  A("ARM-IRN-joint-economic-commission", "arrangement", "Iran-Armenia Joint Economic Commission", ["economic_cooperation"], ["ARM", "IRN"], [arm, irn], [],
    [H("in_force", None, "unknown", None, "15th meeting of the Iran-Armenia Joint Economic Commission")], opt=True),
  A("IGO:EAEU-IRN-interim-free-trade-agreement", "agreement", "Interim free trade agreement between Iran and the Eurasian Economic Union", ["trade"], ["IGO:EAEU", "IRN"],
    [IO("Eurasian Economic Union", "IGO:EAEU"), irn], [],
    [H("negotiating", "2016-10-05", "on_or_before", None, "which is under negotiation")], note="Armenia pushes for it but is not named as a party"),
 ], [
  E("ARM-IRN-joint-economic-commission-15th-meeting-2016", "meeting", "15th meeting of the Iran-Armenia Joint Economic Commission", "held", "2016-10-04", "2016-10-04", "Tehran", "IRN", "ARM",
    ["Hamid Chitchian", "Ashot Manukyan"], ["ARM", "IRN"], [PROT, MTL, FEZ], "The protocol was signed in Tehran by Iranian Energy Minister Hamid Chitchian",
    note="only the signing day is known -> start = end"),
  E("ARM-IRN-manukyan-rouhani-meeting-2016", "meeting", "Armenian minister Ashot Manukyan to meet President Hassan Rouhani", "planned", "2016-10-05", "2016-10-05", None, "IRN", "ARM",
    ["Ashot Manukyan", "Hassan Rouhani"], ["ARM", "IRN"], [], "The Armenian minister is scheduled to meet President Hassan Rouhani on Wednesday.",
    note="Wednesday = publication day, future tense -> planned"),
 ], "IRNA 2016.")

# ================= v09: SPA 2019 Saudi-Iraqi Coordination Council =================
irq, sau = S("Iraq", "IRQ"), S("Saudi Arabia", "SAU", ["the Kingdom", "Kingdom"])
ELEC = "IRQ-SAU-electrical-interconnection-mou-2019"
doc("v09.txt")
F("v09.txt", "2019-04-04", [
  A(ELEC, "memorandum", "Saudi-Iraqi MoU on electrical interconnection", ["energy"], ["IRQ", "SAU"], [irq, sau], ["Khalid Al-Falih", "Luay al-Khatib"],
    [H("signed", "2019-04-04", "day", None, "They included a memorandum of understanding on electrical interconnection")]),
  A("IRQ-SAU-development-grant-2019", "agreement", "Saudi grant of one billion dollars to Iraq for development projects", ["development_aid", "finance"], ["IRQ", "SAU"], [irq, sau], [],
    [H("agreed", "2019-04-04", "on_or_before", None, "The Kingdom also agreed to extend a grant of one billion dollars to Iraq")], note="verb-only"),
  A("IRQ-SAU-arar-border-crossing-reopening-2019", "arrangement", "Saudi-Iraqi agreement to reopen the Arar border crossing by October", ["border_security", "trade"], ["IRQ", "SAU"], [irq, sau], [],
    [H("agreed", "2019-04-04", "on_or_before", None, "Both sides agreed to reopen the Arar border crossing by October.")], opt=True,
    note="'agreed to' a measure, no instrument named -> optional"),
  A("IRQ-SAU-coordination-council", "arrangement", "Saudi-Iraqi Coordination Council", ["comprehensive_cooperation"], ["IRQ", "SAU"], [irq, sau], [],
    [H("in_force", None, "unknown", None, "The Saudi-Iraqi Coordination Council held its third meeting")], opt=True),
 ], [
  E("IRQ-SAU-coordination-council-3rd-meeting-2019", "meeting", "Third meeting of the Saudi-Iraqi Coordination Council", "held", "2019-04-04", "2019-04-04", "Riyadh", "SAU", "IRQ",
    ["Majid bin Abdullah Al-Qasabi", "Nouri Sabah al-Dulaimi"], ["IRQ", "SAU"], [ELEC], "The Saudi-Iraqi Coordination Council held its third meeting in Riyadh today", count=13),
  E("IRQ-SAU-abdul-mahdi-visit-saudi-arabia-2019", "visit", "Iraqi PM Adil Abdul-Mahdi's official visit to Saudi Arabia", "held", "2019-04-03", "2019-04-04", "Riyadh", "SAU", "IRQ",
    ["Adil Abdul-Mahdi", "Salman bin Abdulaziz"], ["IRQ", "SAU"], [ELEC], "accompanying Prime Minister Adil Abdul-Mahdi on his official visit to the Kingdom, which began on Wednesday",
    note="began Wednesday 04-03, still under way at publication -> end = publication day"),
  E("IRQ-SAU-salman-abdul-mahdi-meeting-2019", "meeting", "King Salman receives Iraqi PM Adil Abdul-Mahdi at Al-Yamamah Palace", "held", "2019-04-03", "2019-04-03", None, "SAU", "IRQ",
    ["Salman bin Abdulaziz", "Adil Abdul-Mahdi"], ["IRQ", "SAU"], [], "received the Iraqi Prime Minister at Al-Yamamah Palace on Wednesday"),
 ], "SPA 2019 (Hijri date in the dateline). 13 agreements and MoUs -> count on the council meeting; only one named. Saudi Fund office is not an instrument.")

# ================= v10: Bernama 2018 Malaysia-Indonesia =================
idn, mys = S("Indonesia", "IDN", ["Jakarta"]), S("Malaysia", "MYS")
doc("v10.txt")
F("v10.txt", "2018-09-12", [
  A("IDN-MYS-sulawesi-sea-territorial-sea-treaty-2017", "treaty", "Malaysia-Indonesia treaty on the delimitation of the territorial sea in the Sulawesi Sea", ["maritime", "border_security"], ["IDN", "MYS"],
    [idn, mys], [],
    [H("signed", "2017-12-20", "day", "Kota Kinabalu", "The treaty was signed in Kota Kinabalu on Dec 20 last year"),
     H("ratified", "2018-09-07", "day", None, "the instrument of ratification was deposited with Jakarta last Friday")],
    note="Malaysian ratification deposited last Friday (2018-09-07); Indonesia 'has yet to complete' -> no stage; foreign ministers unnamed -> no signatories"),
  A("IDN-MYS-domestic-workers-mou-2017", "memorandum", "Malaysia-Indonesia MoU on the recruitment and placement of Indonesian domestic workers", ["labour_migration"], ["IDN", "MYS"], [idn, mys], [],
    [H("signed", "2017-05", "month", None, "signed in May last year, was being implemented"),
     H("implemented", "2018-09-12", "on_or_before", None, "signed in May last year, was being implemented")]),
  A("IDN-MYS-sebatik-border-crossing-mou-2011", "memorandum", "Malaysia-Indonesia MoU on the Sebatik border crossing", ["border_security", "customs"], ["IDN", "MYS"], [idn, mys], [],
    [H("signed", "2011", "year", None, "the separate MoU on the Sebatik border crossing, signed in 2011"),
     H("terminated", None, "unknown", None, "had been terminated by mutual consent")],
    note="review V: 'had been terminated' is background with no day or anchor -> date null (GUIDE conventions: 'has already ratified it' -> null)"),
  A("IDN-MYS-strait-of-malacca-maritime-boundary-treaty", "treaty", "Malaysia-Indonesia treaty on the maritime boundary in the Strait of Malacca", ["maritime"], ["IDN", "MYS"], [idn, mys], [],
    [H("negotiating", "2018-09-12", "on_or_before", None, "Both sides are also negotiating a treaty on the maritime boundary")]),
 ], [
  E("IDN-MYS-13th-annual-consultation-2018", "meeting", "13th Malaysia-Indonesia Annual Consultation (Mahathir to Jakarta)", "planned", "2018-10", "2018-10", "Jakarta", "IDN", "MYS",
    ["Mahathir Mohamad", "Joko Widodo"], ["IDN", "MYS"], [], "would travel to Jakarta next month for the 13th Annual Consultation"),
 ], "Bernama 2018. 'last Friday' against Wednesday 2018-09-12 -> 09-07.")

# ================= v11: TASS 2023 Russia-Myanmar =================
mmr, rus = S("Myanmar", "MMR"), S("Russia", "RUS")
RM = "MMR-RUS-small-modular-nuclear-plant-roadmap-2023"
doc("v11.txt")
F("v11.txt", "2023-06-28", [
  A(RM, "roadmap", "Rosatom-Myanmar roadmap on building a small modular nuclear power plant", ["energy", "science_technology"], ["MMR", "RUS"],
    [G("Rosatom", "RUS", ["Russian state corporation"]), G("Ministry of Electric Power", "MMR")], ["Alexey Likhachev", "Thaung Han"],
    [H("signed", "2023-06-27", "day", "Moscow", "The document was signed on Tuesday in Moscow")], note="state corporation and ministry -> government bodies"),
  A("MMR-RUS-peaceful-atomic-energy-agreement-2023", "agreement", "Russia-Myanmar intergovernmental agreement on the peaceful use of atomic energy", ["energy"], ["MMR", "RUS"], [mmr, rus], [],
    [H("signed", "2023-02", "month", None, "signed in February, the statement said")]),
  A("MMR-RUS-investment-protection-agreement", "agreement", "Russia-Myanmar agreement on mutual protection of investments", ["investment"], ["MMR", "RUS"], [mmr, rus], [],
    [H("negotiating", "2023-06-28", "on_or_before", None, "an agreement on mutual protection of investments was being negotiated")]),
 ], [
  E("MMR-RUS-novak-thaung-han-talks-2023", "talks", "Talks between Russian Deputy PM Alexander Novak and Myanmar minister Thaung Han", "held", "2023-06-26", "2023-06-26", None, "RUS", "MMR",
    ["Alexander Novak", "Thaung Han"], ["MMR", "RUS"], [], "held talks with Thaung Han on Monday"),
  E("MMR-RUS-sac-chairman-visit-moscow-2023", "visit", "Visit of Myanmar's State Administration Council chairman to Moscow", "cancelled", "2023-07", "2023-07", "Moscow", "RUS", "MMR",
    [], ["MMR", "RUS"], [], "which had been scheduled for next week, has been postponed indefinitely",
    note="'postponed indefinitely' -> cancelled; 'next week' against Wednesday 2023-06-28 -> early July"),
 ], "TASS 2023. Atomexpo forum is not a diplomatic event.")

# ================= v12: Kazakh MFA press release 2022 =================
kaz, qat = S("Kazakhstan", "KAZ"), S("Qatar", "QAT", ["State of Qatar"])
DTA, QIA = "KAZ-QAT-double-taxation-agreement", "KAZ-QAT-qia-kidf-investment-mou"
doc("v12.txt")
F("v12.txt", "2022-02-17", [
  A("KAZ-QAT-visa-exemption-agreement", "agreement", "Kazakhstan-Qatar agreement on mutual visa exemption for holders of ordinary passports", ["visa"], ["KAZ", "QAT"], [kaz, qat], [],
    [H("in_force", "2021", "year", None, "entry into force of the Agreement on mutual visa exemption")], note="'last year' -> 2021"),
  A(DTA, "agreement", "Kazakhstan-Qatar agreement on the avoidance of double taxation", ["taxation"], ["KAZ", "QAT"], [kaz, qat], [],
    [H("negotiating", "2022-02-17", "on_or_before", None, "They agreed to accelerate the finalization"),
     H("planned", "2022", "year", None, "They agreed to accelerate the finalization")],
    note="to be signed during the Emir's visit (second half of the year) -> planned 2022"),
  A(QIA, "memorandum", "MoU between the Qatar Investment Authority and the Kazakhstan Investment Development Fund", ["investment"], ["KAZ", "QAT"],
    [G("Qatar Investment Authority", "QAT"), G("Kazakhstan Investment Development Fund", "KAZ")], [],
    [H("negotiating", "2022-02-17", "on_or_before", None, "They agreed to accelerate the finalization"),
     H("planned", "2022", "year", None, "They agreed to accelerate the finalization")],
    note="state investment funds -> government bodies (required)"),
  A("KAZ-QAT-intergovernmental-commission", "arrangement", "Kazakhstan-Qatar intergovernmental commission on trade, economic, scientific and technical cooperation", ["economic_cooperation"], ["KAZ", "QAT"], [kaz, qat], [],
    [H("in_force", None, "unknown", None, "the next meeting of the Kazakhstan-Qatar intergovernmental commission")], opt=True),
 ], [
  E("KAZ-QAT-tileuberdi-al-muraikhi-call-2022", "call", "Phone call between Kazakh FM Mukhtar Tileuberdi and Qatari Minister of State Sultan bin Saad Al-Muraikhi", "held", "2022-02-17", "2022-02-17", None, None, None,
    ["Mukhtar Tileuberdi", "Sultan bin Saad Al-Muraikhi"], ["KAZ", "QAT"], [], "held a telephone conversation with Minister of State for Foreign Affairs"),
  E("KAZ-QAT-emir-tamim-visit-kazakhstan-2022", "visit", "Official visit of the Emir of Qatar Sheikh Tamim bin Hamad Al Thani to Kazakhstan", "planned", "2022", "2022", "Kazakhstan", "KAZ", "QAT",
    ["Tamim bin Hamad Al Thani"], ["KAZ", "QAT"], [DTA, QIA], "upcoming official visit of the Emir of Qatar", note="'second half of the year' -> 2022"),
  E("KAZ-QAT-intergovernmental-commission-meeting-2022", "meeting", "Next meeting of the Kazakhstan-Qatar intergovernmental commission", "planned", "2022-04", "2022-04", "Doha", "QAT", "KAZ",
    [], ["KAZ", "QAT"], [], "the next meeting of the Kazakhstan-Qatar intergovernmental commission"),
 ], "Ministry press release (`17.02.2022`). 'Today' = publication day.")

# ================= v13: Xinhua 2017 China-Maldives =================
chn, mdv = S("China", "CHN"), S("Maldives", "MDV", ["Indian Ocean archipelago"])
FTA, BRI, OBS = "CHN-MDV-free-trade-agreement-2017", "CHN-MDV-belt-and-road-mou-2017", "CHN-MDV-ocean-observation-station-protocol-2017"
doc("v13.txt")
F("v13.txt", "2017-12-08", [
  A(FTA, "agreement", "China-Maldives free trade agreement", ["trade"], ["CHN", "MDV"], [chn, mdv], ["Zhong Shan", "Mohamed Saeed"],
    [H("negotiating", "2015-09", "month", None, "Negotiations on the FTA were launched in September 2015"),
     H("finalized", "2017-09", "month", None, "Negotiations on the FTA were launched in September 2015"),
     H("signed", "2017-12-07", "day", "Beijing", "signed a free trade agreement (FTA) in Beijing on Thursday")],
    note="Thursday against Friday 2017-12-08; entry into force after domestic procedures -> no stage"),
  A(BRI, "memorandum", "China-Maldives MoU on jointly promoting the Belt and Road Initiative", ["economic_cooperation", "infrastructure"], ["CHN", "MDV"], [chn, mdv], [],
    [H("signed", "2017-12-07", "day", None, "The two sides also signed a memorandum of understanding")]),
  A(OBS, "protocol", "China-Maldives protocol on a joint ocean observation station in Makunudhoo", ["science_technology", "maritime"], ["CHN", "MDV"], [chn, mdv], [],
    [H("signed", "2017-12-07", "day", None, "a protocol on the establishment of a joint ocean observation station")]),
 ], [
  E("CHN-MDV-xi-yameen-talks-2017", "talks", "Talks between Xi Jinping and Abdulla Yameen Abdul Gayoom", "held", "2017-12-07", "2017-12-07", "Beijing", "CHN", "MDV",
    ["Xi Jinping", "Abdulla Yameen Abdul Gayoom"], ["CHN", "MDV"], [FTA], "after talks between Chinese President Xi Jinping and Maldivian President Abdulla Yameen Abdul Gayoom"),
  E("CHN-MDV-yameen-state-visit-china-2017", "visit", "Maldivian President Abdulla Yameen's state visit to China", "held", "2017-12-06", "2017-12-09", "China", "CHN", "MDV",
    ["Abdulla Yameen Abdul Gayoom"], ["CHN", "MDV"], [FTA, BRI, OBS], "Yameen is on a state visit to China from Dec. 6 to 9.", note="under way at publication; dates as announced"),
 ], "Xinhua 2017 (header `2017-12-08 18:22:05|Editor`).")

# ================= v14: Anadolu 2022 OTS Samarkand summit =================
OTSC = ["AZE", "IGO:OTS", "KAZ", "KGZ", "TUR", "UZB"]
ots = IO("Organization of Turkic States", "IGO:OTS", ["OTS"])
mem = [S("Türkiye", "TUR"), S("Azerbaijan", "AZE"), S("Kazakhstan", "KAZ"), S("Kyrgyzstan", "KGZ"), S("Uzbekistan", "UZB")]
SD, STR, TIF = "AZE-IGO:OTS-KAZ-KGZ-TUR-UZB-samarkand-declaration-2022", "AZE-IGO:OTS-KAZ-KGZ-TUR-UZB-ots-strategy-2022-2026", "AZE-IGO:OTS-KAZ-KGZ-TUR-UZB-turkic-investment-fund-2022"
PTA = "TUR-UZB-preferential-trade-agreement-2022"
doc("v14.txt")
F("v14.txt", "2022-11-12", [
  dict(A(SD, "declaration", "Samarkand Declaration of the Organization of Turkic States", ["comprehensive_cooperation"], OTSC, [ots] + mem, [],
    [H("signed", "2022-11-11", "day", "Samarkand", "adopted the Samarkand Declaration at their ninth summit in the Uzbek city on Friday")],
    note="adopted/signed by the presidents (unnamed in that sentence) -> no signatories; observers Hungary and Turkmenistan not parties; "
         "review V: the presidents of Türkiye, Uzbekistan and Kazakhstan are named elsewhere -> inferable_signatories (neither required nor penalised)"),
    inferable_signatories=["Recep Tayyip Erdoğan", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"]),
  A(PTA, "agreement", "Türkiye-Uzbekistan preferential trade agreement", ["trade"], ["TUR", "UZB"], [S("Türkiye", "TUR"), S("Uzbekistan", "UZB")],
    ["Mehmet Muş", "Laziz Kudratov"],
    [H("signed", "2022-11-11", "day", None, "signed a preferential trade agreement that will cut tariffs")], note="on the sidelines of the Friday summit"),
  A(STR, "programme", "OTS Strategy 2022-2026", ["comprehensive_cooperation"], OTSC, [ots] + mem, [],
    [H("signed", "2022-11-11", "day", None, "The summit approved the OTS Strategy 2022-2026")], vp={"from": "2022", "to": "2026"},
    note="approved by the summit = signed (approved by the signing parties)"),
  A(TIF, "arrangement", "Turkic Investment Fund (initial capital 500 million dollars)", ["investment", "finance"], OTSC, [ots] + mem, [],
    [H("agreed", "2022-11-11", "day", None, "leaders agreed to set up a Turkic Investment Fund")]),
  A("IGO:OTS-KAZ-turkic-space-agency", "arrangement", "Proposed Turkic space agency", ["space"], ["IGO:OTS", "KAZ"], [ots, S("Kazakhstan", "KAZ")], [],
    [H("proposed", "2022-11-11", "day", None, "proposed a Turkic space agency")], opt=True, note="floated by one member, 'would study'"),
 ], [
  E("AZE-HUN-IGO:OTS-KAZ-KGZ-TKM-TUR-UZB-ots-summit-samarkand-2022", "summit", "Ninth summit of the Organization of Turkic States in Samarkand", "held", "2022-11-11", "2022-11-11", "Samarkand", "UZB", None,
    ["Recep Tayyip Erdoğan", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"], ["AZE", "HUN", "IGO:OTS", "KAZ", "KGZ", "TKM", "TUR", "UZB"], [SD, STR, TIF],
    "adopted the Samarkand Declaration at their ninth summit in the Uzbek city on Friday", note="observers Hungary and Turkmenistan attended -> in event countries"),
  E("TUR-UZB-erdogan-mirziyoyev-meeting-2022", "meeting", "Bilateral meeting of Recep Tayyip Erdoğan and Shavkat Mirziyoyev", "held", "2022-11-11", "2022-11-11", "Samarkand", "UZB", "TUR",
    ["Recep Tayyip Erdoğan", "Shavkat Mirziyoyev"], ["TUR", "UZB"], [], "also held a bilateral meeting with Uzbek President Shavkat Mirziyoyev"),
  E("IGO:OTS-KAZ-ots-summit-astana-2023", "summit", "Next OTS summit in Astana", "planned", "2023", "2023", "Astana", "KAZ", None,
    [], ["IGO:OTS", "KAZ"], [], "The next OTS summit will be held in Astana next year."),
 ], "Anadolu 2022. Friday against Saturday 2022-11-12.")

# ================= v15: analysis 2024, Pacific security pacts =================
aus = S("Australia", "AUS", ["Canberra"])
doc("v15.txt")
F("v15.txt", "2024-03-18", [
  A("AUS-PNG-pukpuk-treaty-2023", "treaty", "Australia-Papua New Guinea Pukpuk mutual-defence treaty", ["defence", "alliance"], ["AUS", "PNG"], [aus, S("Papua New Guinea", "PNG")], [],
    [H("signed", "2023-12", "month", "Port Moresby", "The treaty, signed in Port Moresby in December"),
     H("ratified", "2024-02", "month", None, "ratified the Pukpuk Treaty with Australia last month")],
    note="PNG ratification 'last month' -> 2024-02; December -> 2023-12; Australia 'still has to' -> no stage"),
  A("CHN-SLB-security-agreement-2022", "agreement", "Solomon Islands-China security agreement", ["peace_security", "law_enforcement"], ["CHN", "SLB"], [S("Solomon Islands", "SLB"), S("China", "CHN")], [],
    [H("signed", "2022", "year", None, "since Solomon Islands signed its security agreement with China in 2022")]),
  A("PLW-USA-compact-of-free-association-amendment-2023", "agreement", "Amended US-Palau Compact of Free Association", ["finance", "defence", "development_aid"], ["PLW", "USA"],
    [S("United States", "USA", ["Washington", "Congress"]), S("Palau", "PLW")], [],
    [H("signed", "2023-05", "month", None, "the amended compact with Palau was signed in May last year"),
     H("ratified", "2024-03", "month", None, "the amended compact with Palau was signed in May last year")],
    note="approved by Congress 'this month' -> ratified 2024-03"),
  A("FSM-USA-compact-of-free-association-amendment", "agreement", "Amended US-Micronesia Compact of Free Association", ["finance", "defence", "development_aid"], ["FSM", "USA"],
    [S("United States", "USA", ["Congress"]), S("Micronesia", "FSM")], [],
    [H("ratified", "2024-03", "month", None, "together with those of Micronesia and the Marshall Islands")]),
  A("MHL-USA-compact-of-free-association-amendment", "agreement", "Amended US-Marshall Islands Compact of Free Association", ["finance", "defence", "development_aid"], ["MHL", "USA"],
    [S("United States", "USA", ["Congress"]), S("Marshall Islands", "MHL")], [],
    [H("ratified", "2024-03", "month", None, "together with those of Micronesia and the Marshall Islands")]),
  A("AUS-VUT-security-agreement-2022", "agreement", "Vanuatu-Australia security agreement", ["peace_security"], ["AUS", "VUT"], [S("Vanuatu", "VUT", ["Port Vila"]), aus], [],
    [H("signed", "2022-12", "month", None, "Vanuatu's security agreement with Australia, signed in December 2022")],
    note="'never ratified ... will renegotiate it': no rejected stage (judgement call)"),
  A("AUS-KIR-police-cooperation-arrangement", "arrangement", "Kiribati-Australia police cooperation arrangement", ["law_enforcement", "police_training"], ["AUS", "KIR"], [S("Kiribati", "KIR"), aus], [],
    [H("suspended", "2024-01", "month", None, "Kiribati suspended its police cooperation arrangement with Australia in January")]),
  A("NZL-TON-maritime-security-mou", "memorandum", "Tonga-New Zealand maritime security memorandum", ["maritime", "peace_security"], ["NZL", "TON"], [S("Tonga", "TON"), S("New Zealand", "NZL")], [],
    [H("negotiating", "2024-03-18", "on_or_before", None, "Tonga, meanwhile, is negotiating a maritime security memorandum with New Zealand")]),
  A("FJI-IGO:PIF-zone-of-peace-declaration", "declaration", "Fiji's proposed Pacific 'zone of peace' declaration", ["peace_security"], ["FJI", "IGO:PIF"], [S("Fiji", "FJI"), IO("Pacific Islands Forum", "IGO:PIF")], [],
    [H("proposed", "2023", "year", None, "floated a \"zone of peace\" declaration")], opt=True, note="floated by one member; 'last year' -> 2023"),
  A("IGO:PIF-2050-strategy-blue-pacific-continent-2022", "programme", "Pacific Islands Forum 2050 Strategy for the Blue Pacific Continent", ["comprehensive_cooperation"], ["IGO:PIF"], [IO("Pacific Islands Forum", "IGO:PIF", ["forum"])], [],
    [H("signed", "2022", "year", None, "The forum's 2050 Strategy for the Blue Pacific Continent, adopted in 2022")], note="adopted = signed; no member state named"),
 ], [
  E("IGO:PIF-leaders-meeting-2023", "meeting", "Pacific Islands Forum leaders' meeting", "held", "2023", "2023", None, None, None, [], ["IGO:PIF"], [],
    "at the Pacific Islands Forum leaders' meeting last year", opt=True),
 ], "Analysis/op-ed web page 2024 with instruments in passing. 'Related: Nauru switches recognition' is a link title, not coded.")

# ================= v16: ASEAN-GCC summit round-up 2025 =================
asean, gcc = IO("Association of Southeast Asian Nations", "IGO:ASEAN", ["ASEAN"]), IO("Gulf Cooperation Council", "IGO:GCC", ["GCC"])
JS, FOC, HAL, VISA = "IGO:ASEAN-IGO:GCC-joint-statement-2025", "IGO:ASEAN-IGO:GCC-framework-of-cooperation-2024-2028-implementation-plan", "KWT-MYS-halal-industry-mou-2025", "SAU-VNM-visa-exemption-diplomatic-official-passports-2025"
doc("v16.txt")
F("v16.txt", "2025-05-27", [
  A(JS, "declaration", "Joint Statement of the second ASEAN-GCC summit", ["comprehensive_cooperation"], ["IGO:ASEAN", "IGO:GCC"], [asean, gcc], [],
    [H("signed", "2025-05-27", "day", "Kuala Lumpur", "adopted a Joint Statement and the ASEAN-GCC Framework of Cooperation")]),
  A(FOC, "action_plan", "Implementation plan of the ASEAN-GCC Framework of Cooperation 2024-2028", ["comprehensive_cooperation"], ["IGO:ASEAN", "IGO:GCC"], [asean, gcc], [],
    [H("signed", "2025-05-27", "day", "Kuala Lumpur", "adopted a Joint Statement and the ASEAN-GCC Framework of Cooperation")], vp={"from": "2024", "to": "2028"}),
  A("IGO:ASEAN-IGO:GCC-free-trade-agreement", "agreement", "ASEAN-GCC free trade agreement", ["trade"], ["IGO:ASEAN", "IGO:GCC"], [asean, gcc], [],
    [H("negotiating", "2025-05-27", "on_or_before", None, "instructed officials to launch negotiations on an ASEAN-GCC free trade agreement")],
    note="negotiations to be launched: coded negotiating (judgement call; 'agreed' or 'proposed' arguable)"),
  A(HAL, "memorandum", "Malaysia-Kuwait MoU on halal industry cooperation", ["trade", "industry"], ["KWT", "MYS"], [S("Malaysia", "MYS"), S("Kuwait", "KWT")], [],
    [H("signed", "2025-05-26", "day", None, "signed a memorandum of understanding on halal industry cooperation")], note="Monday against Tuesday 2025-05-27; witnesses are not signatories"),
  A("ARE-IDN-cepa-2022", "agreement", "Indonesia-UAE Comprehensive Economic Partnership Agreement", ["trade", "investment"], ["ARE", "IDN"], [S("Indonesia", "IDN"), S("United Arab Emirates", "ARE")], [],
    [H("signed", "2022", "year", None, "Comprehensive Economic Partnership Agreement, signed in 2022"),
     H("in_force", "2025-05-27", "on_or_before", None, "Comprehensive Economic Partnership Agreement, signed in 2022")]),
  A(VISA, "agreement", "Vietnam-Saudi Arabia agreement on visa exemption for diplomatic and official passport holders", ["visa"], ["SAU", "VNM"], [S("Vietnam", "VNM"), S("Saudi Arabia", "SAU")],
    ["Do Hung Viet", "Waleed Elkhereiji"],
    [H("signed", "2025-05-27", "on_or_before", None, "signed an agreement on visa exemption for diplomatic and official passport holders")]),
  A("PHL-QAT-domestic-workers-labour-agreement", "agreement", "Philippines-Qatar labour agreement on domestic workers", ["labour_migration"], ["PHL", "QAT"], [S("Philippines", "PHL"), S("Qatar", "QAT")], [],
    [H("negotiating", "2025-05-27", "on_or_before", None, "agreed to start talks on a labour agreement covering domestic workers")], note="same call as the FTA: talks agreed -> negotiating"),
  A("BHR-THA-air-services-agreement", "agreement", "Thailand-Bahrain air services agreement", ["aviation"], ["BHR", "THA"], [S("Thailand", "THA"), S("Bahrain", "BHR")], [],
    [H("planned", None, "unknown", None, "were expected to sign an air services agreement")], note="signing postponed -> stays planned, no new date"),
 ], [
  E("IGO:ASEAN-IGO:GCC-MYS-summit-kuala-lumpur-2025", "summit", "Second ASEAN-GCC summit in Kuala Lumpur", "held", "2025-05-27", "2025-05-27", "Kuala Lumpur", "MYS", None,
    ["Anwar Ibrahim"], ["IGO:ASEAN", "IGO:GCC", "MYS"], [JS, FOC, "IGO:ASEAN-IGO:GCC-free-trade-agreement"], "at their second summit here on Tuesday",
    note="review V: FTA negotiations announced at the summit -> linked"),
  E("KWT-MYS-anwar-sabah-halal-mou-ceremony-2025", "ceremony", "Signing of the Malaysia-Kuwait halal MoU witnessed by Anwar Ibrahim and Crown Prince Sheikh Sabah Al-Khalid Al-Sabah", "held", "2025-05-26", "2025-05-26", None, "MYS", "KWT",
    ["Anwar Ibrahim", "Sheikh Sabah Al-Khalid Al-Sabah"], ["KWT", "MYS"], [HAL], "witnessed by Anwar and Kuwait's Crown Prince Sheikh Sabah Al-Khalid Al-Sabah on Monday"),
  E("ARE-IDN-prabowo-mansour-meeting-2025", "meeting", "President Prabowo Subianto meets UAE Vice-President Sheikh Mansour bin Zayed", "held", None, None, None, "MYS", None,
    ["Prabowo Subianto", "Sheikh Mansour bin Zayed"], ["ARE", "IDN"], [], "President Prabowo Subianto met UAE Vice-President Sheikh Mansour bin Zayed",
    note="no day given (summit sidelines, Monday or Tuesday) -> null"),
  E("IGO:ASEAN-IGO:GCC-SAU-summit-2027", "summit", "Third ASEAN-GCC summit in Saudi Arabia", "planned", "2027", "2027", "Saudi Arabia", "SAU", None,
    [], ["IGO:ASEAN", "IGO:GCC", "SAU"], [], "The third ASEAN-GCC summit will be held in Saudi Arabia in 2027."),
  E("BHR-THA-air-services-signing-2025", "ceremony", "Postponed signing of the Thailand-Bahrain air services agreement", "cancelled", None, None, None, None, None,
    [], ["BHR", "THA"], ["BHR-THA-air-services-agreement"], "the signing was postponed because the Thai transport minister could not travel", opt=True),
 ], "Crawled web page round-up (cookie banner, caption, share bar, list of bilateral deals, Read more, tags). 'here on Tuesday' with KUALA LUMPUR dateline. Business forum is not a diplomatic event.")

# ================= v17: Reuters 1986 India-USSR credit =================
ind, sun = S("India", "IND", ["New Delhi"]), S("Soviet Union", "SUN", ["Moscow"])
CR = "IND-SUN-credit-agreement-1986"
doc("v17.txt")
F("v17.txt", "1986-10-03", [
  A(CR, "agreement", "Soviet credit of 1.5 billion roubles to India for power, steel and oil projects", ["finance", "energy", "industry"], ["IND", "SUN"], [ind, sun], [],
    [H("finalized", "1986-10-03", "on_or_before", "New Delhi", "The agreement was finalised during talks here this week"),
     H("planned", "1986-11", "month", None, "under an agreement to be signed during Soviet leader Mikhail Gorbachev's visit next month")],
    note="'finalised during talks here this week' (no day; talks ended Thursday) -> on_or_before; signing planned during the November visit"),
  A("IND-SUN-economic-technical-cooperation-agreement-1985", "agreement", "1985 India-Soviet agreement on economic and technical cooperation (one billion rouble credit)", ["economic_cooperation", "finance"], ["IND", "SUN"], [ind, sun], [],
    [H("signed", "1985", "year", None, "reviewed progress under the 1985 agreement on economic and technical cooperation"),
     H("implemented", "1986-10-03", "on_or_before", None, "reviewed progress under the 1985 agreement on economic and technical cooperation")]),
  A("IND-SUN-joint-shipping-line-agreement", "agreement", "Soviet draft agreement on a joint India-Soviet shipping line", ["maritime", "transport"], ["IND", "SUN"], [ind, sun], [],
    [H("negotiating", "1986-10-03", "on_or_before", None, "India had refused to sign a Soviet draft on a joint shipping line")],
    note="refused the draft but 'would continue talks' -> negotiating, not rejected (judgement call)"),
 ], [
  E("IND-SUN-rao-talyzin-talks-1986", "talks", "Talks between P.V. Narasimha Rao and Nikolai Talyzin in New Delhi", "held", "1986-10-02", "1986-10-02", "New Delhi", "IND", "SUN",
    ["P.V. Narasimha Rao", "Nikolai Talyzin"], ["IND", "SUN"], [CR], "The agreement was finalised during talks here this week",
    note="'this week', ended Thursday -> only last day known, start = end = 10-02"),
  E("IND-SUN-gorbachev-visit-india-1986", "visit", "Mikhail Gorbachev's four-day visit to India", "planned", "1986-11-25", "1986-11-28", "New Delhi", "IND", "SUN",
    ["Mikhail Gorbachev"], ["IND", "SUN"], [CR], "Gorbachev is due in New Delhi on November 25 for a four-day visit"),
 ], "Reuters 1986.")

# ================= hard negatives =================
F("v18.txt", "2021-03-09", [], [], "HARD NEGATIVE: company-to-company palm oil supply MoU (Sarawak firm and Indian refiner), a state deputy minister only witnesses, no official visit; 'meet its export target'; joint venture study.")
F("v19.txt", "2024-01-30", [], [], "HARD NEGATIVE: football coach contract extension, kit deal, friendly against Vietnam, 'met our target', sports minister visited the camp.")
F("v20.txt", "2024-07-15", [], [], "HARD NEGATIVE: Nepali Congress-UML seven-point coalition agreement (domestic party pact), confidence vote, first cabinet meeting.")
F("v21.txt", None, [], [], "HARD NEGATIVE, NO DATE: court settlement of a haze lawsuit between villagers and a plantation company; ministry 'welcomed' it and talks with the company continue (domestic).")
F("v22.txt", "2023-09-04", [], [], "HARD NEGATIVE: domestic cabinet meeting approves an LDC-graduation 'roadmap', a ministry 'memorandum', a land lease by a state authority with a local developer; 'meet its target'.")
F("v23.txt", None, [], [], "HARD NEGATIVE, NO DATE: Hollywood actress's private visit to Bhutan, 'would not hold any official meetings'.")
F("v24.txt", "2023-11-08", [], [], "HARD NEGATIVE: garment unions-BGMEA wage accord presided over by the labour state minister (domestic labour deal), strike called off.")
doc("v25.txt")
F("v25.txt", "2019-06-20", [
  A("GEO-KAZ-almaty-tbilisi-sister-city-agreement-2019", "agreement", "Almaty-Tbilisi sister-city agreement", ["culture", "tourism", "transport"], ["GEO", "KAZ"],
    [G("Almaty city administration", "KAZ", ["Almaty"]), G("Tbilisi", "GEO")], ["Bakytzhan Sagintayev", "Kakha Kaladze"],
    [H("signed", "2019-06-20", "day", "Almaty", "on Thursday signed a sister-city agreement")], opt=True,
    note="city twinning by mayors: municipalities are local government bodies, not states; the GUIDE's scope is diplomacy between states -> optional (open call)"),
 ], [
  E("GEO-KAZ-kaladze-visit-almaty-2019", "visit", "Tbilisi Mayor Kakha Kaladze's working visit to Almaty", "held", "2019-06-20", "2019-06-20", "Almaty", "KAZ", "GEO",
    ["Kakha Kaladze", "Bakytzhan Sagintayev"], ["GEO", "KAZ"], ["GEO-KAZ-almaty-tbilisi-sister-city-agreement-2019"], "during Kaladze's three-day working visit to the southern capital", opt=True,
    note="mayors, not state officials -> optional"),
 ], "HARD NEGATIVE (required items none): mayors' sister-city agreement; coded optional (open call, see README). Direct flights 'agreed' is not an instrument.")

# ================= other news with one passing mention =================
doc("v26.txt")
F("v26.txt", "1988-02-16", [
  A("MYS-PAK-countertrade-agreement-1987", "agreement", "Malaysia-Pakistan palm oil countertrade agreement", ["trade", "agriculture"], ["MYS", "PAK"], [S("Pakistan", "PAK"), S("Malaysia", "MYS")], [],
    [H("signed", "1987-10", "month", None, "under its countertrade agreement with Malaysia signed last October"),
     H("implemented", "1988-02-16", "on_or_before", None, "under its countertrade agreement with Malaysia signed last October")],
    note="'last October' against February 1988 -> 1987-10"),
 ], [], "Commodity wire with one passing mention: Malaysia-Pakistan countertrade agreement.")
doc("v27.txt")
F("v27.txt", None, [
  A("GEO-JPN-cultural-exchange-programme", "programme", "Japan-Georgia cultural exchange programme", ["culture"], ["GEO", "JPN"], [S("Japan", "JPN"), S("Georgia", "GEO")], [],
    [H("signed", None, "unknown", None, "The tour is organised under the cultural exchange programme signed by the governments of Japan and Georgia last year"),
     H("implemented", None, "unknown", None, "The tour is organised under the cultural exchange programme signed by the governments of Japan and Georgia last year")],
    note="NO DATE: 'last year' -> null"),
 ], [], "Culture news, NO DATE, one passing mention: Japan-Georgia cultural exchange programme.")
doc("v28.txt")
F("v28.txt", "2024-01-11", [
  A("IGO:EU-VNM-free-trade-agreement", "agreement", "EU-Vietnam Free Trade Agreement (EVFTA)", ["trade"], ["IGO:EU", "VNM"], [IO("European Union", "IGO:EU"), S("Vietnam", "VNM")], [],
    [H("in_force", "2020-08", "month", None, "which took effect in August 2020"),
     H("implemented", "2024-01-11", "on_or_before", None, "Exporters have benefited from tariff cuts under the EU-Vietnam Free Trade Agreement")]),
 ], [], "Commodity news with one passing mention: EVFTA in force August 2020.")
doc("v29.txt")
F("v29.txt", "2013-06-19", [
  A("IRN-PAK-electricity-supply-agreement", "agreement", "Iran-Pakistan agreement on electricity supply to Balochistan (Mand-Pishin line)", ["energy"], ["IRN", "PAK"], [S("Iran", "IRN"), S("Pakistan", "PAK")], [],
    [H("signed", "2013-01", "month", None, "supplied under an agreement that the two governments renewed in January"),
     H("implemented", "2013-06-19", "on_or_before", None, "supplied under an agreement that the two governments renewed in January")],
    note="renewal = signed stage of the same item (one item per instrument); original year unknown -> key without year"),
 ], [], "BBC 2013 heatwave news with one passing mention: Iran-Pakistan electricity agreement renewed in January.")
doc("v30.txt")
F("v30.txt", "2024-02-26", [
  A("AUS-FJI-vuvale-partnership-2019", "other", "Fiji-Australia Vuvale Partnership", ["comprehensive_cooperation", "development_aid"], ["AUS", "FJI"], [S("Australia", "AUS"), S("Fiji", "FJI")], [],
    [H("signed", "2019", "year", None, "which was signed by the two prime ministers in 2019"),
     H("implemented", "2024-02-26", "on_or_before", None, "which was signed by the two prime ministers in 2019")],
    note="prime ministers unnamed -> no signatories; funding under it -> implemented"),
 ], [], "Health web page with one passing mention: Vuvale Partnership.")

assert len(files) == 30
json.dump({"batch": "V", "files": files}, open(os.path.join(HERE, "batch_V.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
