#!/usr/bin/env python3
"""Gold annotation of batch W (probesW), in the GUIDE batch format. Run: python3 gold/probesW/annotate.py"""
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
    s = re.sub(r"^[A-Za-zÁÉÍÓÚáéíóúã' ]+(, [A-Z][a-z]+\.? \d{1,2})?(,? \(?[A-Za-z]+\)?)?( -{1,2}|:| —) ", "", hits[0])  # drop a dateline prefix
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
def OOB(status, pub, place, frag): return H(status, pub, "on_or_before", place, frag)
def U(status, place, frag): return H(status, None, "unknown", place, frag)

# ================= w01 / w02: Botswana-Lesotho water transfer treaty (cluster A) =================
WT, WTC, WTM3 = "BWA-LSO-water-transfer-treaty-2023", "BWA-LSO-joint-permanent-technical-commission-2023", "BWA-LSO-ZAF-water-transfer-tripartite-mou"
V_MAS = "BWA-LSO-masisi-visit-maseru-2023"
bwa, lso = S("Botswana", "BWA", ["Gaborone"]), S("Lesotho", "LSO", ["the kingdom"])
doc("w01.txt")
F("w01.txt", "2023-06-15", [
  A(WT, "treaty", "Botswana-Lesotho treaty on the Lesotho-Botswana Water Transfer Scheme (about US$2.4 billion)", ["infrastructure", "environment"], ["BWA", "LSO"],
    [bwa, lso], ["Kefentse Mzwinila", "Mohlomi Moleko"],
    [H("signed", "2023-06-13", "day", "Maseru", "The treaty was signed in Maseru by Botswana's Minister")],
    note="'on Tuesday' (first sentence) -> 2023-06-13 (Thursday publication); place from the next sentence; ratification and entry into force are future/conditional -> no stage"),
  A(WTM3, "memorandum", "Tripartite memorandum with South Africa on the Lesotho-Botswana water transfer scheme", ["infrastructure", "environment"], ["BWA", "LSO", "ZAF"],
    [bwa, lso, S("South Africa", "ZAF", ["Pretoria"])], [],
    [OOB("negotiating", "2023-06-15", None, "a tripartite memorandum with Pretoria on the scheme is still being negotiated")],
    note="'is still being negotiated', news of the day; South Africa 'has yet to give its consent' -> no stage"),
  A(WTC, "arrangement", "Botswana-Lesotho joint permanent technical commission on the water transfer scheme", ["infrastructure"], ["BWA", "LSO"],
    [bwa, lso], [],
    [OOB("agreed", "2023-06-15", None, "The two governments also agreed to set up a joint permanent technical commission")],
    note="agreed mechanism; no day given -> on_or_before"),
 ], [
  E(V_MAS, "visit", "Botswana President Masisi's two-day working visit to Lesotho", "held", "2023-06-12", "2023-06-13", "Maseru", "LSO", "BWA",
    ["Mokgweetsi Masisi", "Sam Matekane"], ["BWA", "LSO"], [WT, WTC], "Masisi was in Maseru on Monday and Tuesday for a two-day working visit"),
 ], "Crawled web page (cookie banner, share bar, photo caption, Read more, Related). Cluster A with w02: Xinhua gives 2.5 billion dollars and only Tuesday for the visit. Drought 'Read more' link is noise.")

doc("w02.txt")
bwa2, lso2 = S("Botswana", "BWA"), S("Lesotho", "LSO")
F("w02.txt", "2023-06-14", [
  A(WT, "treaty", "Lesotho-Botswana Water Transfer treaty (estimated 2.5 billion US dollars)", ["infrastructure", "environment"], ["BWA", "LSO"],
    [lso2, bwa2], ["Mohlomi Moleko", "Kefentse Mzwinila"],
    [H("signed", "2023-06-13", "day", "Maseru", "Lesotho and Botswana signed a treaty here on Tuesday")],
    note="MASERU dateline with 'here' -> Maseru; ratification 'in the coming months' is one side's intention -> no stage"),
  A("BWA-LSO-water-transfer-mou-2017", "memorandum", "Botswana-Lesotho memorandum of understanding on the water transfer project (2017)", ["infrastructure", "environment"], ["BWA", "LSO"],
    [bwa2, lso2], [],
    [H("signed", "2017", "year", None, "Botswana and Lesotho earlier signed a memorandum of understanding on the project in 2017")],
    note="separate earlier instrument named in passing"),
  A("BWA-LSO-joint-communique-2023", "declaration", "Botswana-Lesotho joint communique on Masisi's visit", ["comprehensive_cooperation"], ["BWA", "LSO"],
    [bwa2, lso2], [],
    [OOB("signed", "2023-06-14", None, "Masisi and Matekane also held talks on trade, energy and the free movement of people, according to a joint communique.")],
    opt=True, note="joint communique cited as a source; issued, day not given"),
 ], [
  E(V_MAS, "visit", "Botswana President Masisi's visit to Lesotho", "held", "2023-06-13", "2023-06-13", "Maseru", "LSO", "BWA",
    ["Mokgweetsi Eric Masisi", "Samuel Ntsokoane Matekane"], ["BWA", "LSO"], [WT], "in the presence of Lesotho Prime Minister Samuel Ntsokoane Matekane and visiting Botswana President",
    note="only Tuesday is known here (w01: Monday and Tuesday) -> start = end = 2023-06-13"),
  E("BWA-LSO-masisi-matekane-talks-2023", "talks", "Masisi-Matekane talks on trade, energy and free movement", "held", None, None, None, "LSO", "BWA",
    ["Mokgweetsi Eric Masisi", "Samuel Ntsokoane Matekane"], ["BWA", "LSO"], [], "Masisi and Matekane also held talks on trade, energy and the free movement of people",
    note="day not given"),
 ], "Xinhua wire, 2023-06-14 stamp with June 13 dateline: publication 2023-06-14. Cluster A with w01 (figure 2.5 vs 2.4 billion; names in fuller form). Lesotho Highlands Water Project road is background, no instrument.")

# ================= w03 / w04: Kenya-Uganda (cluster B, Reuters 1987) =================
KTP, KBC, KBR = "KEN-UGA-trade-protocol-1987", "KEN-UGA-joint-border-commission-1987", "KEN-UGA-malaba-border-reopening-1987"
V_MUS = "KEN-UGA-museveni-visit-nairobi-1987"
ken, uga = S("Kenya", "KEN", ["Nairobi"]), S("Uganda", "UGA", [])
doc("w03.txt")
F("w03.txt", "1987-05-06", [
  A(KTP, "protocol", "Kenya-Uganda trade protocol", ["trade"], ["KEN", "UGA"], [ken, uga], [],
    [H("planned", "1987-05", "month", "Nairobi", "also agreed that a new trade protocol would be signed when Ugandan President")],
    note="'later this month' -> 1987-05 target"),
  A(KBC, "arrangement", "Kenya-Uganda joint border commission", ["border_security"], ["KEN", "UGA"], [ken, uga], [],
    [OOB("agreed", "1987-05-06", None, "The ministers agreed to set up a joint border commission to investigate incidents")],
    note="agreed at the Tuesday meeting but the sentence gives no day -> on_or_before"),
  A(KBR, "arrangement", "Kenya-Uganda agreement to reopen the Malaba border crossing", ["border_security", "trade"], ["KEN", "UGA"], [ken, uga], [],
    [H("agreed", "1987-05-05", "day", "Malaba", "Kenya and Uganda agreed to reopen their main border crossing at Malaba")],
    opt=True, note="'agreed to reopen' is a decision rather than an instrument -> optional"),
  A("KEN-UGA-security-pact-1986", "agreement", "Draft Kenya-Uganda security pact allowing hot pursuit of rebels", ["peace_security", "border_security"], ["KEN", "UGA"],
    [ken, uga], [],
    [H("proposed", "1986", "year", None, "Diplomats said Uganda had refused to sign a draft security pact proposed by Nairobi last year"),
     U("rejected", None, "Diplomats said Uganda had refused to sign a draft security pact proposed by Nairobi last year")],
    note="proposed 'last year' -> 1986; refusal undated -> unknown"),
 ], [
  E("KEN-UGA-ministers-meeting-malaba-1987", "meeting", "Mwangale-Ssemogerere foreign ministers' meeting at Malaba", "held", "1987-05-05", "1987-05-05", "Malaba", None, None,
    ["Elijah Mwangale", "Paul Ssemogerere"], ["KEN", "UGA"], [KBR, KBC, KTP], "Kenya and Uganda agreed to reopen their main border crossing at Malaba after ministers"),
  E(V_MUS, "visit", "Ugandan President Museveni's visit to Nairobi", "planned", "1987-05", "1987-05", "Nairobi", "KEN", "UGA",
    ["Yoweri Museveni"], ["KEN", "UGA"], [KTP], "also agreed that a new trade protocol would be signed when Ugandan President"),
 ], "Reuters 1987. 'on Tuesday' -> 1987-05-05 (Wednesday publication). Border meeting on the frontier: no host. Cluster B with w04. The December border closure is background, no instrument.")

doc("w04.txt")
F("w04.txt", "1987-05-20", [
  A(KTP, "protocol", "Kenya-Uganda trade protocol (barter of coffee and cotton for manufactures, about 60 mln dlrs a year)", ["trade"], ["KEN", "UGA"], [ken, uga],
    ["Noor Abdi Ogle", "Evaristo Nyanzi"],
    [H("signed", "1987-05-19", "day", "Nairobi", "Kenya and Uganda signed a trade protocol on Tuesday during a three-day visit to Nairobi")],
    note="signed during the visit to Nairobi"),
  A(KBC, "arrangement", "Kenya-Uganda joint border commission", ["border_security"], ["KEN", "UGA"], [ken, uga], [],
    [H("implemented", "1987-05", "month", "Busia", "A joint Kenya-Uganda border commission set up by the two foreign ministers held its first session in Busia last week")],
    note="first session 'last week' (week of May 11) -> implemented, month precision"),
  A(KBR, "arrangement", "Kenya-Uganda agreement to reopen the Malaba border", ["border_security", "trade"], ["KEN", "UGA"], [ken, uga], [],
    [H("agreed", "1987-05", "month", None, "his first visit since the two countries agreed earlier this month to reopen the border at Malaba")],
    opt=True),
  A("KEN-UGA-credit-line-1987", "agreement", "Kenyan 10 mln dlr credit line to Uganda for fuel purchases", ["finance", "energy"], ["KEN", "UGA"], [ken, uga], [],
    [U("planned", None, "Moi said Kenya would extend a 10 mln dlr credit line to Uganda for fuel purchases")],
    note="verb-only loan ('would extend a credit line'), no details -> planned, no date"),
 ], [
  E(V_MUS, "visit", "Ugandan President Yoweri Museveni's three-day visit to Nairobi", "held", "1987-05-19", "1987-05-21", "Nairobi", "KEN", "UGA",
    ["Yoweri Kaguta Museveni", "Daniel arap Moi"], ["KEN", "UGA"], [KTP], "during a three-day visit to Nairobi by Ugandan President Yoweri Kaguta Museveni",
    note="three days ending Thursday -> Tue 05-19 .. Thu 05-21; under way at publication"),
  E("KEN-UGA-museveni-moi-talks-1987", "talks", "Museveni-Moi talks at State House", "held", "1987-05-19", "1987-05-19", "State House", "KEN", "UGA",
    ["Yoweri Kaguta Museveni", "Daniel arap Moi"], ["KEN", "UGA"], [], "Museveni held talks with President Daniel arap Moi at State House on Tuesday"),
  E("KEN-UGA-border-commission-session-busia-1987", "meeting", "First session of the Kenya-Uganda joint border commission", "held", "1987-05", "1987-05", "Busia", None, None,
    [], ["KEN", "UGA"], [], "held its first session in Busia last week", opt=True, note="commission session; no named officials"),
 ], "Reuters 1987, cluster B with w03 (Museveni's name in fuller form). Tuesday -> 1987-05-19.")

# ================= w05 / w06 / w07: Bahrain-Uzbekistan (cluster C) =================
VIS, PCM, DTA = "BHR-UZB-visa-exemption-diplomatic-passports-agreement-2024", "BHR-UZB-political-consultations-mou-2024", "BHR-UZB-double-taxation-agreement"
V_SAI, T_SAI, M_HAM, JC1 = "BHR-UZB-saidov-visit-bahrain-2024", "BHR-UZB-saidov-al-zayani-talks-2024", "BHR-UZB-king-hamad-saidov-meeting-2024", "BHR-UZB-joint-commission-first-session-tashkent-2024"
bhr, uzb = S("Bahrain", "BHR", ["Kingdom"]), S("Uzbekistan", "UZB", [])
JCI = "BHR-UZB-joint-intergovernmental-commission"
JCNOTE = "existing joint commission, only a meeting reported -> optional arrangement, in_force with date null (probesR review convention for existing commissions; GUIDE 'agreed mechanisms (joint commissions, working groups)')"
doc("w05.txt")
F("w05.txt", "2024-02-20", [
  A(VIS, "agreement", "Bahrain-Uzbekistan agreement on mutual visa exemption for diplomatic, special and service passports", ["visa"], ["BHR", "UZB"],
    [bhr, uzb], ["Abdullatif bin Rashid Al Zayani", "Bakhtiyor Saidov"],
    [H("signed", "2024-02-20", "day", "Manama", "Bahrain and Uzbekistan today signed an agreement on mutual visa exemption")],
    note="Manama dateline with 'today' -> Manama, 2024-02-20 (w06 says Monday 02-19)"),
  A(PCM, "memorandum", "Memorandum of understanding on political consultations between the Bahraini and Uzbek foreign ministries", ["diplomatic_relations"], ["BHR", "UZB"],
    [bhr, uzb], ["Abdullatif bin Rashid Al Zayani", "Bakhtiyor Saidov"],
    [OOB("signed", "2024-02-20", None, "The two ministers also signed a memorandum of understanding on political consultations")]),
  A(DTA, "agreement", "Bahrain-Uzbekistan agreement on the avoidance of double taxation", ["taxation"], ["BHR", "UZB"], [bhr, uzb], [],
    [H("in_force", "2023", "year", None, "welcomed the entry into force last year of the agreement on the avoidance of double taxation")]),
  A(JCI, "arrangement", "Bahraini-Uzbek joint intergovernmental commission (on trade and economic cooperation)", ["economic_cooperation", "trade"], ["BHR", "UZB"], [bhr, uzb], [],
    [U("in_force", None, "the first session of the Bahraini-Uzbek joint intergovernmental commission")], opt=True,
    note="REVIEW: " + JCNOTE),
 ], [
  E(V_SAI, "visit", "Uzbek Foreign Minister Bakhtiyor Saidov's official visit to Bahrain", "held", "2024-02-20", "2024-02-20", "Manama", "BHR", "UZB",
    ["Bakhtiyor Saidov", "Abdullatif bin Rashid Al Zayani", "Hamad bin Isa Al Khalifa"], ["BHR", "UZB"], [VIS, PCM], "who is on an official visit to the Kingdom",
    note="only the signing day is known -> start = end"),
  E(T_SAI, "talks", "Second round of Bahrain-Uzbekistan political consultations (Al Zayani-Saidov)", "held", "2024-02-20", "2024-02-20", "Manama", "BHR", "UZB",
    ["Abdullatif bin Rashid Al Zayani", "Bakhtiyor Saidov"], ["BHR", "UZB"], [PCM], "chaired the second round of those consultations"),
  E(M_HAM, "meeting", "King Hamad receives Saidov", "held", "2024-02-20", "2024-02-20", "Al-Sakhir Palace", "BHR", "UZB",
    ["Hamad bin Isa Al Khalifa", "Bakhtiyor Saidov"], ["BHR", "UZB"], [], "His Majesty King Hamad bin Isa Al Khalifa received Mr Saidov at Al-Sakhir Palace."),
  E(JC1, "meeting", "First session of the Bahraini-Uzbek joint intergovernmental commission", "planned", "2024", "2024", "Tashkent", "UZB", "BHR",
    [], ["BHR", "UZB"], [], "the first session of the Bahraini-Uzbek joint intergovernmental commission, to be held in Tashkent later this year"),
 ], "BNA, date in the second line (Tuesday 20 February 2024). 'today' -> 2024-02-20. Cluster C with w06 (Monday) and w07 (undated). The commission's creation is not reported as a stage -> only the planned first session.")

doc("w06.txt")
F("w06.txt", "2024-02-21", [
  A(VIS, "agreement", "Uzbekistan-Bahrain intergovernmental agreement on visa-free travel for diplomatic and official passports", ["visa"], ["BHR", "UZB"],
    [uzb, S("Bahrain", "BHR", [])], ["Bakhtiyor Saidov", "Abdullatif Al-Zayani"],
    [H("signed", "2024-02-19", "day", "Manama", "The document was signed in Manama on Monday by Foreign Minister Bakhtiyor Saidov")],
    note="Monday -> 2024-02-19 against Wednesday publication; conflicts with BNA's 'today' (02-20)"),
  A("BHR-UZB-joint-investment-fund", "arrangement", "Joint Uzbek-Bahraini investment fund ($100 million), proposed by Tashkent", ["investment", "finance"], ["BHR", "UZB"],
    [uzb, S("Bahrain", "BHR", [])], [],
    [U("proposed", None, "the parties also discussed the creation of a joint Uzbek-Bahraini investment fund")],
    note="one side's proposal; when it was put forward is not said"),
  A("BHR-UZB-investment-protection-agreement", "agreement", "Draft Bahrain-Uzbekistan agreement on the protection of investments", ["investment"], ["BHR", "UZB"],
    [uzb, S("Bahrain", "BHR", [])], [],
    [OOB("negotiating", "2024-02-21", None, "A draft agreement on the protection of investments is under negotiation")]),
 ], [
  E(T_SAI, "talks", "Saidov-Al-Zayani talks at the Bahraini foreign ministry", "held", "2024-02-19", "2024-02-19", "Manama", "BHR", "UZB",
    ["Bakhtiyor Saidov", "Abdullatif Al-Zayani"], ["BHR", "UZB"], [VIS], "The document was signed in Manama on Monday by Foreign Minister Bakhtiyor Saidov"),
  E(V_SAI, "visit", "Uzbek Foreign Minister Bakhtiyor Saidov's visit to Bahrain", "held", "2024-02-19", "2024-02-19", "Manama", "BHR", "UZB",
    ["Bakhtiyor Saidov", "Abdullatif Al-Zayani"], ["BHR", "UZB"], [VIS], "The document was signed in Manama on Monday by Foreign Minister Bakhtiyor Saidov",
    opt=True, note="REVIEW: the visit is implied (Uzbek minister signing and holding talks in Manama) but not named -> optional entry of the cluster-C visit; only Monday known"),
  E("BHR-UZB-salman-saidov-meeting-2024", "meeting", "Saidov meets Crown Prince and Prime Minister Salman bin Hamad Al Khalifa", "held", None, None, None, "BHR", "UZB",
    ["Bakhtiyor Saidov", "Salman bin Hamad Al Khalifa"], ["BHR", "UZB"], [], "Saidov also met Crown Prince and Prime Minister Salman bin Hamad Al Khalifa."),
 ], "Crawled web page (cookie line, share bar, photo caption, Read more, tags), Published 21.02.2024. Cluster C. 'Read more' items (Uzbekistan-Qatar flights) are links, not reported content.")

doc("w07.txt")
F("w07.txt", None, [
  A(VIS, "agreement", "Agreement between the Governments of Uzbekistan and Bahrain on mutual exemption from visa requirements for holders of diplomatic and service passports", ["visa"], ["BHR", "UZB"],
    [S("Uzbekistan", "UZB", ["Republic of Uzbekistan"]), S("Bahrain", "BHR", ["Kingdom of Bahrain"])], ["Baxtiyor Saidov", "Abdullatif bin Rashid Az-Zayani"],
    [U("signed", None, "Following the talks, the ministers signed the Agreement between the Government")],
    note="NO DATE; transliteration Baxtiyor / Az-Zayani"),
  A(PCM, "memorandum", "Memorandum on political consultations (Uzbekistan-Bahrain)", ["diplomatic_relations"], ["BHR", "UZB"],
    [S("Uzbekistan", "UZB", []), S("Bahrain", "BHR", [])], ["Baxtiyor Saidov", "Abdullatif bin Rashid Az-Zayani"],
    [U("signed", None, "as well as the Memorandum on political consultations")]),
  A(DTA, "agreement", "Uzbekistan-Bahrain Convention on the avoidance of double taxation", ["taxation"], ["BHR", "UZB"],
    [S("Uzbekistan", "UZB", []), S("Bahrain", "BHR", [])], [],
    [U("in_force", None, "The sides noted that the Convention on the avoidance of double taxation, which entered into force")],
    note="called 'Convention' here, 'agreement' in w05; same instrument"),
  A(JCI, "arrangement", "Uzbek-Bahraini Intergovernmental Commission on trade and economic cooperation", ["economic_cooperation", "trade"], ["BHR", "UZB"],
    [S("Uzbekistan", "UZB", []), S("Bahrain", "BHR", [])], [],
    [U("in_force", None, "Agreement was reached to hold the first meeting of the Intergovernmental Commission")], opt=True,
    note="REVIEW: " + JCNOTE),
 ], [
  E(V_SAI, "visit", "Baxtiyor Saidov's official visit to Bahrain", "held", None, None, "Manama", "BHR", "UZB",
    ["Baxtiyor Saidov", "Abdullatif bin Rashid Az-Zayani", "Hamad bin Isa Al Khalifa"], ["BHR", "UZB"], [VIS, PCM], "who is in the Kingdom of Bahrain on an official visit"),
  E(T_SAI, "talks", "Saidov-Az-Zayani talks in Manama", "held", None, None, "Manama", "BHR", "UZB",
    ["Baxtiyor Saidov", "Abdullatif bin Rashid Az-Zayani"], ["BHR", "UZB"], [VIS, PCM], "held talks with the Minister of Foreign Affairs of Bahrain Abdullatif bin Rashid Az-Zayani"),
  E(M_HAM, "meeting", "King Hamad receives the Uzbek minister", "held", None, None, None, "BHR", "UZB",
    ["Hamad bin Isa Al Khalifa", "Baxtiyor Saidov"], ["BHR", "UZB"], [], "The Uzbek minister was also received by King Hamad bin Isa Al Khalifa."),
  E(JC1, "meeting", "First meeting of the Uzbek-Bahraini Intergovernmental Commission", "planned", None, None, "Tashkent", "UZB", "BHR",
    [], ["BHR", "UZB"], [], "Agreement was reached to hold the first meeting of the Intergovernmental Commission"),
 ], "Dunyo agency style, NO DATE (no year anywhere). Cluster C. 'agreed to strengthen cooperation within international organizations' is not an instrument.")

# ================= w08: Haiti-Dominican Republic (BBC 2004) =================
doc("w08.txt")
MIG = "DOM-HTI-migrant-repatriation-protocol-2004"
F("w08.txt", "2004-11-17", [
  A(MIG, "protocol", "Haiti-Dominican Republic protocol on the repatriation of migrants", ["readmission", "border_security"], ["DOM", "HTI"],
    [S("Haiti", "HTI"), S("Dominican Republic", "DOM")], ["Carlos Morales Troncoso", "Herard Abraham"],
    [H("signed", "2004-11-16", "day", "Dajabon", "The protocol was signed on Tuesday in the Dominican border town of Dajabon")],
    note="Tuesday -> 2004-11-16 (Wednesday page)"),
  A("DOM-HTI-bilateral-joint-commission", "arrangement", "Haiti-Dominican Republic bilateral joint commission (dormant since 1999)", ["economic_cooperation"], ["DOM", "HTI"],
    [S("Haiti", "HTI"), S("Dominican Republic", "DOM")], [],
    [U("in_force", None, "Both ministers said a bilateral joint commission, dormant since 1999")], opt=True,
    note="REVIEW: " + JCNOTE),
 ], [
  E("DOM-HTI-foreign-ministers-meeting-dajabon-2004", "ceremony", "Signing of the repatriation protocol by the two foreign ministers in Dajabon", "held", "2004-11-16", "2004-11-16", "Dajabon", "DOM", "HTI",
    ["Carlos Morales Troncoso", "Herard Abraham"], ["DOM", "HTI"], [MIG], "The protocol was signed on Tuesday in the Dominican border town of Dajabon"),
  E("DOM-HTI-joint-commission-port-au-prince-2005", "meeting", "Meeting of the Haiti-Dominican Republic bilateral joint commission", "planned", "2005-01", "2005-01", "Port-au-Prince", "HTI", "DOM",
    [], ["DOM", "HTI"], [], "would meet again in Port-au-Prince in January", note="'in January' in a future sentence -> 2005-01"),
  E("DOM-HTI-latortue-visit-santo-domingo-2004", "visit", "Haitian interim PM Gerard Latortue's visit to Santo Domingo (called off)", "cancelled", None, None, "Santo Domingo", "DOM", "HTI",
    ["Gerard Latortue"], ["DOM", "HTI"], [], "A planned visit to Santo Domingo by Haiti's interim Prime Minister, Gerard Latortue, was called off last week",
    note="the visit's own date is not given (called off last week)"),
 ], "BBC page 2004. Minustah welcoming is not an event. IDB lending 'suspended since 2001' and Haiti's intention to ask for its resumption: no instrument named -> no item (judgement call).")

# ================= w09: Russia-Eritrea (TASS 2023) =================
doc("w09.txt")
GEO = "ERI-RUS-geology-subsoil-mou-2023"
eri, rus = S("Eritrea", "ERI"), S("Russia", "RUS")
F("w09.txt", "2023-10-11", [
  A(GEO, "memorandum", "Russia-Eritrea memorandum of understanding on cooperation in geology and subsoil use", ["industry", "science_technology"], ["ERI", "RUS"],
    [rus, eri], ["Sergey Lavrov", "Osman Saleh"],
    [H("signed", "2023-10-11", "day", None, "Russia and Eritrea on Wednesday signed a memorandum of understanding on cooperation in geology")],
    note="dateline ASMARA without 'here' -> place null; Lavrov written in full as Sergey Lavrov earlier"),
  A("ERI-RUS-massawa-port-agreement", "agreement", "Russia-Eritrea intergovernmental agreement on the use of the port of Massawa as a logistics hub", ["maritime", "transport"], ["ERI", "RUS"],
    [rus, eri], [],
    [OOB("negotiating", "2023-10-11", None, "the sides were working on an intergovernmental agreement on the use of the port of Massawa")],
    note="'could be signed next year' is a hedge -> no planned stage (judgement call)"),
  A("ERI-RUS-visa-free-diplomatic-service-passports-agreement-2022", "agreement", "Russia-Eritrea agreement on visa-free travel for diplomatic and service passports", ["visa"], ["ERI", "RUS"],
    [rus, eri], [],
    [H("signed", "2022", "year", None, "signed in 2022, had entered into force"),
     U("in_force", None, "signed in 2022, had entered into force")],
    note="entry into force without a time anchor -> unknown"),
 ], [
  E("ERI-RUS-lavrov-visit-eritrea-2023", "visit", "Russian Foreign Minister Sergey Lavrov's visit to Eritrea", "held", "2023-10-10", "2023-10-12", "Asmara", "ERI", "RUS",
    ["Sergey Lavrov", "Isaias Afwerki", "Osman Saleh"], ["ERI", "RUS"], [GEO], "Lavrov, who arrived in Asmara on Tuesday",
    note="arrived Tuesday 10-10, leaves Thursday 10-12"),
  E("ERI-RUS-lavrov-afwerki-talks-2023", "talks", "Lavrov-Afwerki talks", "held", "2023-10-11", "2023-10-11", None, "ERI", "RUS",
    ["Sergey Lavrov", "Isaias Afwerki"], ["ERI", "RUS"], [GEO], "Russian Foreign Minister Sergey Lavrov said after talks with Eritrean President Isaias Afwerki"),
  E("ETH-RUS-lavrov-visit-addis-ababa-2023", "visit", "Lavrov's onward trip to Addis Ababa", "planned", "2023-10-12", "2023-10-12", "Addis Ababa", "ETH", "RUS",
    ["Sergey Lavrov"], ["ETH", "RUS"], [], "The minister leaves Asmara for Addis Ababa on Thursday."),
  E("ERI-RUS-russia-africa-summit", "summit", "Russia-Africa summit (Afwerki accepted the invitation)", "planned", None, None, None, "RUS", "ERI",
    ["Isaias Afwerki"], ["ERI", "RUS"], [], "Afwerki has accepted an invitation to attend the Russia-Africa summit", opt=True,
    note="multilateral summit, only Eritrea's attendance reported; date and place not given"),
 ], "TASS. Wednesday = publication day.")

# ================= w10: Malaysia-Timor-Leste (Bernama 2024) =================
doc("w10.txt")
mys, tls = S("Malaysia", "MYS"), S("Timor-Leste", "TLS")
M3 = "Malaysia and Timor-Leste today exchanged three memoranda of understanding"
OG, HE, YD, JCM = "MYS-TLS-oil-gas-mou-2024", "MYS-TLS-higher-education-mou-2024", "MYS-TLS-youth-development-mou-2024", "MYS-TLS-joint-commission-2024"
F("w10.txt", "2024-05-08", [
  A(OG, "memorandum", "Petronas-Timor GAP MoU on oil and gas cooperation", ["energy"], ["MYS", "TLS"],
    [CO("Petronas", "MYS"), CO("Timor GAP", "TLS")], [],
    [H("signed", "2024-05-08", "day", "Putrajaya", M3)], opt=True,
    note="exchanged between state oil companies during the official visit -> optional (no government body signs)"),
  A(HE, "memorandum", "Malaysia-Timor-Leste MoU on higher education", ["education"], ["MYS", "TLS"], [mys, tls], [],
    [H("signed", "2024-05-08", "day", "Putrajaya", M3)], note="dateline with 'today' -> Putrajaya"),
  A(YD, "memorandum", "Malaysia-Timor-Leste MoU on youth development", ["sports", "education"], ["MYS", "TLS"], [mys, tls], [],
    [H("signed", "2024-05-08", "day", "Putrajaya", M3)]),
  A(JCM, "arrangement", "Malaysia-Timor-Leste Joint Commission at foreign minister level", ["diplomatic_relations"], ["MYS", "TLS"], [mys, tls], [],
    [OOB("agreed", "2024-05-08", None, "The two leaders also agreed to establish a Joint Commission at foreign minister level")]),
  A("IGO:ASEAN-TLS-full-membership-roadmap", "roadmap", "ASEAN roadmap for Timor-Leste's full membership", ["diplomatic_relations"], ["IGO:ASEAN", "TLS"],
    [IO("ASEAN", "IGO:ASEAN", []), tls], [],
    [U("signed", None, "the roadmap for its full membership adopted by ASEAN leaders was on track")],
    note="adopted by ASEAN leaders, background without a date -> signed (approved), unknown"),
 ], [
  E("MYS-TLS-xanana-official-visit-malaysia-2024", "visit", "Timor-Leste PM Xanana Gusmao's official visit to Malaysia", "held", "2024-05-07", "2024-05-09", "Malaysia", "MYS", "TLS",
    ["Kay Rala Xanana Gusmao", "Anwar Ibrahim"], ["MYS", "TLS"], [OG, HE, YD, JCM], "Xanana is on an official visit to Malaysia from May 7 to 9.", count=3),
 ], "Bernama. 'today' = 2024-05-08. Three MoUs exchanged, one between state companies (optional).")

# ================= w11: Iran-Venezuela (IRNA 2023) =================
doc("w11.txt")
irn, ven = S("Iran", "IRN", ["Tehran"]), S("Venezuela", "VEN", ["Caracas"])
RM = "IRN-VEN-25-year-cooperation-roadmap-2023"
F("w11.txt", "2023-09-25", [
  A(RM, "roadmap", "Iran-Venezuela 25-year comprehensive cooperation roadmap", ["comprehensive_cooperation"], ["IRN", "VEN"], [irn, ven],
    ["Hossein Amir-Abdollahian", "Yván Gil Pinto"],
    [H("signed", "2023-09-25", "day", "Tehran", "Iran and Venezuela signed a 25-year comprehensive cooperation roadmap in Tehran on Monday")],
    note="'his Venezuelan counterpart signed' = Yván Gil Pinto"),
  A("IRN-VEN-preferential-trade-agreement", "agreement", "Iran-Venezuela preferential trade agreement", ["trade"], ["IRN", "VEN"], [irn, ven], [],
    [OOB("negotiating", "2023-09-25", None, "Tehran and Caracas were negotiating a preferential trade agreement")]),
  A("IRN-VEN-joint-economic-commission", "arrangement", "Iran-Venezuela joint economic commission", ["economic_cooperation"], ["IRN", "VEN"], [irn, ven], [],
    [U("in_force", None, "would hold the next session of their joint economic commission")], opt=True,
    note="REVIEW: " + JCNOTE),
 ], [
  E("IRN-VEN-gil-pinto-visit-tehran-2023", "visit", "Venezuelan Foreign Minister Yván Gil Pinto's two-day visit to Tehran", "held", "2023-09-24", "2023-09-25", "Tehran", "IRN", "VEN",
    ["Yván Gil Pinto", "Hossein Amir-Abdollahian"], ["IRN", "VEN"], [RM], "Gil Pinto, who arrived in Tehran on Sunday for a two-day visit"),
  E("IRN-VEN-foreign-ministers-meeting-2023", "meeting", "Amir-Abdollahian-Gil Pinto meeting at the Foreign Ministry", "held", "2023-09-25", "2023-09-25", "Tehran", "IRN", "VEN",
    ["Hossein Amir-Abdollahian", "Yván Gil Pinto"], ["IRN", "VEN"], [RM], "Foreign Minister Hossein Amir-Abdollahian and his Venezuelan counterpart signed the document after a meeting"),
  E("IRN-VEN-raisi-gil-pinto-meeting-2023", "meeting", "Gil Pinto to meet President Raisi", "planned", None, None, None, "IRN", "VEN",
    ["Yván Gil Pinto", "Ebrahim Raisi"], ["IRN", "VEN"], [], "is also due to meet President Ebrahim Raisi"),
  E("IRN-VEN-maduro-visit-tehran-2022", "visit", "Venezuelan President Nicolás Maduro's visit to Tehran (June 2022)", "held", "2022-06", "2022-06", "Tehran", "IRN", "VEN",
    ["Nicolás Maduro"], ["IRN", "VEN"], [], "the 19 documents signed during President Nicolás Maduro's visit to Tehran in June 2022", count=19,
    note="19 documents, none named -> count on the event, no items"),
  E("IRN-VEN-joint-economic-commission-caracas-2023", "meeting", "Next session of the Iran-Venezuela joint economic commission", "planned", "2023-12", "2023-12", "Caracas", "VEN", "IRN",
    [], ["IRN", "VEN"], [], "would hold the next session of their joint economic commission in Caracas in December"),
 ], "IRNA. Monday = publication day; arrived Sunday 09-24. Review of the 2022 documents' implementation: no instrument named.")

# ================= w12: Saudi Arabia-Tonga (SPA 2022) =================
doc("w12.txt")
DR = "SAU-TON-diplomatic-relations-joint-communique-2022"
F("w12.txt", "2022-08-04", [
  A(DR, "declaration", "Saudi Arabia-Tonga joint communique establishing diplomatic relations at ambassador level", ["diplomatic_relations"], ["SAU", "TON"],
    [S("Saudi Arabia", "SAU", ["Kingdom of Saudi Arabia", "the Kingdom"]), S("Tonga", "TON", ["Kingdom of Tonga"])], ["Abdulaziz Alwasil", "Viliami Va'inga Tone"],
    [H("signed", "2022-08-04", "day", None, "The Kingdom of Saudi Arabia and the Kingdom of Tonga today signed a joint communique")],
    note="signed by the UN permanent representatives; the text does not say where -> place null (New York likely, judgement call)"),
 ], [
  E("SAU-TON-joint-communique-signing-2022", "ceremony", "Signing of the Saudi-Tongan joint communique by the two UN permanent representatives", "held", "2022-08-04", "2022-08-04", None, None, None,
    ["Abdulaziz Alwasil", "Viliami Va'inga Tone"], ["SAU", "TON"], [DR], "The communique was signed on behalf of the Kingdom by the Permanent Representative", opt=True),
 ], "SPA, 'Riyadh, Thursday 4 August 2022' line. 'today' = 2022-08-04.")

# ================= w13: Slovenia-Rwanda press release (undated) =================
doc("w13.txt")
svn_mfa = G("Ministry of Foreign and European Affairs of the Republic of Slovenia", "SVN", [])
rwa_mfa = G("Ministry of Foreign Affairs and International Cooperation of the Republic of Rwanda", "RWA", [])
RPC = "RWA-SVN-political-consultations-mou"
F("w13.txt", None, [
  A(RPC, "memorandum", "Slovenia-Rwanda MoU on political consultations between the foreign ministries", ["diplomatic_relations"], ["RWA", "SVN"],
    [svn_mfa, rwa_mfa], ["Samuel Žbogar", "Manasseh Nshuti"],
    [U("signed", None, "The two signed a Memorandum of Understanding on Political Consultations")]),
  A("RWA-SVN-visa-abolition-diplomatic-passports-agreement", "agreement", "Slovenia-Rwanda agreement on the abolition of visas for holders of diplomatic passports", ["visa"], ["RWA", "SVN"],
    [S("Slovenia", "SVN"), S("Rwanda", "RWA")], [],
    [U("finalized", "Kigali", "initialled in Kigali last year, is ready for signature")],
    note="NO DATE: 'last year' unresolvable; 'ready for signature' is no further stage"),
 ], [
  E("RWA-SVN-zbogar-nshuti-meeting-ljubljana", "meeting", "State Secretary Žbogar receives Rwandan Minister of State Nshuti", "held", None, None, "Ljubljana", "SVN", "RWA",
    ["Samuel Žbogar", "Manasseh Nshuti"], ["RWA", "SVN"], [RPC], "State Secretary Samuel Žbogar today received Rwanda's Minister of State"),
  E("RWA-SVN-rwandan-fm-visit-slovenia", "visit", "Visit of the Rwandan Foreign Minister to Slovenia (postponed indefinitely)", "cancelled", None, None, "Slovenia", "SVN", "RWA",
    [], ["RWA", "SVN"], [], "The visit of the Rwandan Minister of Foreign Affairs to Slovenia, planned for the spring, has been postponed indefinitely.",
    note="'postponed indefinitely' coded cancelled (judgement call); minister not named"),
 ], "Ministry press release, NO DATE (closing 'Ljubljana, 30 January' without a year). Slovenia's own development cooperation programme is not a bilateral instrument.")

# ================= w14: analysis, Andean gas (2024) =================
doc("w14.txt")
arg, bol, bra = S("Argentina", "ARG", ["Buenos Aires"]), S("Bolivia", "BOL"), S("Brazil", "BRA")
F("w14.txt", "2024-07-19", [
  A("ARG-BOL-gas-supply-contract-addendum-2021", "agreement", "Addendum to the Argentina-Bolivia long-term gas supply contract (2021)", ["energy", "trade"], ["ARG", "BOL"],
    [G("Argentine energy ministry", "ARG", []), G("Bolivian energy ministry", "BOL", []), arg, bol], [],
    [H("signed", "2021", "year", None, "The addendum to their long-term gas supply contract, signed by the two state energy ministries in 2021"),
     H("terminated", "2023-09", "month", None, "It was terminated in September last year after Bolivian output dropped")],
    note="contract and addendum as one item (GUIDE: amendment = same item); kind agreement, not contract, as it is between the two states' ministries (judgement call); 'September last year' -> 2023-09"),
  A("ARG-BRA-vaca-muerta-gas-mou-2024", "memorandum", "Argentina-Brazil memorandum to study gas flows from Vaca Muerta", ["energy"], ["ARG", "BRA"], [bra, arg], [],
    [H("signed", "2024-01", "month", "Brasília", "Brazil, for its part, signed a memorandum with Argentina in Brasília in January")]),
  A("ARG-BRA-vaca-muerta-gas-agreement", "agreement", "Argentina-Brazil follow-up agreement on Vaca Muerta gas", ["energy", "trade"], ["ARG", "BRA"], [bra, arg], [],
    [H("planned", "2024", "year", None, "the follow-up agreement that both governments said would be signed")],
    note="'by the end of the year' -> target 2024; 'has yet to be drafted' -> no negotiating stage"),
  A("BOL-PER-ilo-gas-pipeline-agreement", "agreement", "Peru-Bolivia gas pipeline accord to the port of Ilo", ["energy", "infrastructure"], ["BOL", "PER"],
    [S("Peru", "PER", ["Lima"]), bol], [],
    [H("negotiating", "2019", "year", None, "Peru and Bolivia have been negotiating a gas pipeline accord to the port of Ilo since 2019")],
    note="'talks have stalled' is no lifecycle stage"),
  A("ARG-BOL-PRY-gas-transit-agreement", "agreement", "Trilateral gas transit agreement proposed by Argentina and Bolivia to Paraguay", ["energy", "transport"], ["ARG", "BOL", "PRY"],
    [S("Paraguay", "PRY"), arg, bol], [],
    [U("proposed", None, "Paraguay refused last month to sign a trilateral transit agreement proposed by Argentina and Bolivia"),
     H("rejected", "2024-06", "month", None, "Paraguay refused last month to sign a trilateral transit agreement proposed by Argentina and Bolivia")]),
  A("ARG-CHL-energy-interconnection-agreement", "agreement", "Argentina-Chile energy interconnection agreement", ["energy", "infrastructure"], ["ARG", "CHL"],
    [S("Chile", "CHL"), arg], [],
    [H("ratified", "2024-03", "month", None, "its energy interconnection agreement with Argentina, ratified by the Chilean Senate in March"),
     H("in_force", "2024-05", "month", None, "its energy interconnection agreement with Argentina, ratified by the Chilean Senate in March, entered into force in May")]),
 ], [], "Op-ed-like analysis with six instruments in passing, no events. 'If Bolivia found new reserves' is a conditional, no stage. Related lithium link is noise.")

# ================= w15: CPLP summit round-up (2023) =================
doc("w15.txt")
cplp = IO("Community of Portuguese Language Countries", "IGO:CPLP", ["CPLP"])
AP, SUM = "AGO-PRT-strategic-cooperation-programme-2023-2027", "IGO:CPLP-summit-sao-tome-2023"
F("w15.txt", "2023-08-28", [
  A("IGO:CPLP-sao-tome-declaration-2023", "declaration", "CPLP São Tomé declaration on youth and sustainability", ["comprehensive_cooperation", "education", "environment"], ["IGO:CPLP"],
    [cplp], [],
    [H("signed", "2023-08-27", "day", "São Tomé", "closed their two-day summit in São Tomé with a declaration on youth and sustainability")],
    note="adopted at the close on Sunday -> signed (approved), 2023-08-27"),
  A("IGO:CPLP-mobility-agreement-2021", "agreement", "CPLP Mobility Agreement", ["visa", "labour_migration"], ["IGO:CPLP"], [cplp], [],
    [H("signed", "2021", "year", "Luanda", "The CPLP Mobility Agreement, signed in Luanda in 2021"),
     OOB("ratified", "2023-08-28", None, "The CPLP Mobility Agreement, signed in Luanda in 2021, has now been ratified by all nine member states")],
    note="member states not named -> IGO:CPLP only"),
  A("IGO:CPLP-mobility-second-protocol", "protocol", "Second protocol to the CPLP Mobility Agreement extending it to students and researchers", ["visa", "education"], ["IGO:CPLP"], [cplp], [],
    [OOB("proposed", "2023-08-28", None, "leaders agreed to start talks on a second protocol extending it to students and researchers")],
    opt=True, note="'agreed to start talks' (judgement call: proposed, optional)"),
  A(AP, "programme", "Angola-Portugal strategic cooperation programme 2023-2027", ["comprehensive_cooperation", "education", "health"], ["AGO", "PRT"],
    [S("Angola", "AGO"), S("Portugal", "PRT")], [],
    [OOB("signed", "2023-08-28", None, "Angola and Portugal signed a new strategic cooperation programme for 2023-2027")],
    vp={"from": "2023", "to": "2027"}, note="on the sidelines, day not given"),
  A("BRA-MOZ-joint-commission", "arrangement", "Brazil-Mozambique joint commission (relaunched)", ["comprehensive_cooperation"], ["BRA", "MOZ"],
    [S("Brazil", "BRA"), S("Mozambique", "MOZ")], [],
    [OOB("agreed", "2023-08-28", None, "agreed to relaunch a joint commission that has not met since 2015")]),
  A("BRA-MOZ-debt-relief", "agreement", "Brazilian relief of part of Mozambique's official debt", ["finance"], ["BRA", "MOZ"],
    [S("Brazil", "BRA"), S("Mozambique", "MOZ")], [],
    [OOB("proposed", "2023-08-28", None, "Lula said Brazil would forgive part of Mozambique's official debt, but no agreement was signed.")],
    opt=True, note="one side's announcement, 'no agreement was signed'"),
  A("CPV-TLS-driving-licences-agreement-2023", "agreement", "Cabo Verde-Timor-Leste agreement on mutual recognition of driving licences", ["transport"], ["CPV", "TLS"],
    [S("Cabo Verde", "CPV"), S("Timor-Leste", "TLS")], [],
    [OOB("signed", "2023-08-28", None, "Cabo Verde and Timor-Leste signed an agreement on the mutual recognition of driving licences.")]),
  A("GNQ-STP-maritime-boundary-treaty", "treaty", "Equatorial Guinea-São Tomé and Príncipe maritime boundary treaty", ["maritime", "border_security"], ["GNQ", "STP"],
    [S("Equatorial Guinea", "GNQ"), S("São Tomé and Príncipe", "STP")], [],
    [OOB("finalized", "2023-08-28", None, "Equatorial Guinea and São Tomé and Príncipe said they had finalized the text of a maritime boundary treaty"),
     U("planned", "Malabo", "Equatorial Guinea and São Tomé and Príncipe said they had finalized the text of a maritime boundary treaty")],
    note="'in the coming weeks' -> no precise target date"),
 ], [
  E(SUM, "summit", "CPLP summit of heads of state and government in São Tomé", "held", "2023-08-26", "2023-08-27", "São Tomé", "STP", None,
    ["João Lourenço", "António Costa", "Luiz Inácio Lula da Silva", "Filipe Nyusi", "Umaro Sissoco Embaló", "Zacarias da Costa"], ["IGO:CPLP"],
    ["IGO:CPLP-sao-tome-declaration-2023", "IGO:CPLP-mobility-second-protocol"], "on Sunday closed their two-day summit in São Tomé",
    note="two days closing Sunday -> 08-26..08-27 (photo caption: Saturday)"),
  E("AGO-PRT-programme-signing-ceremony-2023", "ceremony", "Angola-Portugal signing ceremony (Lourenço, Costa)", "held", None, None, None, None, None,
    ["João Lourenço", "António Costa"], ["AGO", "PRT"], [AP], "in a ceremony attended by President João Lourenço and Prime Minister António Costa"),
  E("BRA-MOZ-lula-nyusi-meeting-2023", "meeting", "Lula-Nyusi meeting on the summit sidelines", "held", None, None, None, None, None,
    ["Luiz Inácio Lula da Silva", "Filipe Nyusi"], ["BRA", "MOZ"], ["BRA-MOZ-joint-commission"], "Brazil's President Luiz Inácio Lula da Silva and Mozambique's President Filipe Nyusi agreed to relaunch",
    opt=True, note="meeting implied by the joint decision"),
  E("GNB-PRT-embalo-costa-meeting-2023", "meeting", "Embaló-Costa bilateral meeting (cancelled)", "cancelled", None, None, None, None, None,
    ["Umaro Sissoco Embaló", "António Costa"], ["GNB", "PRT"], [], "cancelled a planned bilateral meeting with the Portuguese prime minister"),
  E("IGO:CPLP-summit-brazil-2025", "summit", "Next CPLP summit in Brazil", "planned", "2025", "2025", "Brazil", "BRA", None,
    [], ["IGO:CPLP"], [], "The next summit will be held in Brazil in 2025."),
 ], "Long web round-up (cookie banner, share bar, photo caption, Read more, tags). Sunday -> 2023-08-27 (Monday page). Sideline deals: day not given -> on_or_before.")

# ================= w16: Venezuela-Nicaragua oil debt (Reuters 1987) =================
doc("w16.txt")
NV = "NIC-VEN-oil-debt-rescheduling-agreement-1987"
ven2, nic = S("Venezuela", "VEN", ["Caracas"]), S("Nicaragua", "NIC", ["Managua"])
F("w16.txt", "1987-09-15", [
  A(NV, "agreement", "Venezuela-Nicaragua agreement rescheduling about 250 mln dlrs of Nicaraguan oil debt", ["finance", "energy"], ["NIC", "VEN"],
    [ven2, nic], ["Manuel Azpurua", "Joaquin Cuadra"],
    [H("signed", "1987-09-14", "day", "Caracas", "The rescheduling agreement, signed in Caracas on Monday by Venezuelan Finance Minister")],
    note="Monday -> 1987-09-14 (Tuesday publication); 'has agreed to reschedule' (lead) is the same signing; resumption of deliveries conditional -> no stage"),
  A("MEX-VEN-san-jose-accord-1980", "agreement", "San Jose accord (Venezuela and Mexico supply oil on soft terms to Central America and the Caribbean)", ["energy", "development_aid"], ["MEX", "VEN"],
    [ven2, S("Mexico", "MEX")], [],
    [H("signed", "1980", "year", None, "signed in 1980 by Venezuela and Mexico")]),
 ], [
  E("NIC-VEN-oil-debt-rescheduling-signing-caracas-1987", "ceremony", "Signing of the Venezuela-Nicaragua oil debt rescheduling agreement in Caracas", "held", "1987-09-14", "1987-09-14", "Caracas", "VEN", "NIC",
    ["Manuel Azpurua", "Joaquin Cuadra"], ["NIC", "VEN"], [NV], "The rescheduling agreement, signed in Caracas on Monday by Venezuelan Finance Minister",
    opt=True, note="REVIEW: signing by officials of two states (GUIDE 'Events': signing ceremonies), reported only as the signing -> optional, like the w12 ceremony"),
  E("NIC-VEN-consalvi-visit-managua-1987", "visit", "Venezuelan Foreign Minister Simon Alberto Consalvi's visit to Managua", "planned", "1987-09", "1987-09", "Managua", "NIC", "VEN",
    ["Simon Alberto Consalvi"], ["NIC", "VEN"], [], "Venezuelan Foreign Minister Simon Alberto Consalvi will visit Managua next week",
    note="'next week' -> week of 1987-09-21, month precision"),
 ], "Reuters 1987. Mexico 'has yet to agree to a similar deal' -> no item (negation).")

# ================= w17: Guinea-Sierra Leone (web 2021) =================
doc("w17.txt")
gin, sle = S("Guinea", "GIN"), S("Sierra Leone", "SLE")
BP = "GIN-SLE-joint-border-security-patrols-mou-2021"
F("w17.txt", "2021-03-09", [
  A(BP, "memorandum", "Guinea-Sierra Leone memorandum on joint border security patrols", ["border_security", "defence"], ["GIN", "SLE"], [gin, sle],
    ["Kellie Conteh", "Mohamed Diané"],
    [H("signed", "2021-03-08", "day", "Freetown", "The memorandum was signed in Freetown by the defence ministers")],
    note="Monday (lead) -> 2021-03-08; patrol deployment future -> no stage"),
  A("GIN-SLE-yenga-border-demarcation-protocol-2019", "protocol", "Guinea-Sierra Leone protocol demarcating the border around Yenga", ["border_security"], ["GIN", "SLE"], [gin, sle], [],
    [H("finalized", "2019", "year", "Conakry", "A protocol demarcating the border around Yenga, initialled in Conakry in 2019, has yet to be signed.")],
    note="'has yet to be signed' -> no signed stage"),
  A("GIN-IGO:MRU-SLE-non-aggression-security-cooperation-treaty", "treaty", "Mano River Union non-aggression and security cooperation treaty", ["peace_security"], ["GIN", "IGO:MRU", "SLE"],
    [IO("Mano River Union", "IGO:MRU", []), sle, gin], [],
    [H("ratified", "2020", "year", None, "Sierra Leone's parliament ratified the Mano River Union non-aggression and security cooperation treaty last year"),
     H("ratified", "2019", "year", None, "Guinea ratified it in 2019.")],
    note="two parties' ratifications; 'last year' -> 2020"),
  A("GIN-SLE-joint-border-commission", "arrangement", "Guinea-Sierra Leone joint border commission", ["border_security"], ["GIN", "SLE"], [gin, sle], [],
    [U("in_force", None, "on the final day of a two-day meeting of the joint border commission")], opt=True,
    note="REVIEW: " + JCNOTE),
 ], [
  E("GIN-SLE-joint-border-commission-freetown-2021", "meeting", "Two-day meeting of the Guinea-Sierra Leone joint border commission", "held", "2021-03-07", "2021-03-08", "Freetown", "SLE", "GIN",
    ["Kellie Conteh", "Mohamed Diané"], ["GIN", "SLE"], [BP], "on the final day of a two-day meeting of the joint border commission",
    note="final day Monday 03-08 -> 03-07..03-08"),
  E("GIN-SLE-bio-visit-conakry-2021", "visit", "President Bio's visit to Conakry to meet President Condé", "planned", "2021-04", "2021-04", "Conakry", "GIN", "SLE",
    ["Julius Maada Bio", "Alpha Condé"], ["GIN", "SLE"], [], "President Julius Maada Bio is expected to travel to Conakry next month"),
 ], "Crawled web page (privacy banner, photo caption, share bar, More from Africa). Ebola and Liberia links are noise.")

# ================= hard negatives =================
F("w18.txt", "2022-04-12", [], [], "HARD NEGATIVE: company supply agreement, company MoU on training and 'protocol' on spare parts (Uruguayan and Finnish firms); 'talks', delegation 'visited' the plant; 'meet our target'. Web furniture.")
F("w19.txt", "2019-01-30", [], [], "HARD NEGATIVE: football transfer contract (Bolivian club, Paraguayan player), friendly against a Peruvian club, kit sponsorship 'agreed', sports minister 'visited' the camp, 'talks with the board', 'target'.")
F("w20.txt", "2024-05-16", [], [], "HARD NEGATIVE: domestic coalition agreement (HDZ and Homeland Movement, Croatia) 'signed' after 'talks'; first cabinet 'meeting' next week; party 'conference'.")
F("w21.txt", None, [], [], "HARD NEGATIVE, NO DATE: court-approved settlement between fishing communities and a tanker owner (Philippines); a government department 'welcomed' it; provincial board 'meeting'; 'restoration programme' is a company's obligation.")
F("w22.txt", "2022-10-04", [], [], "HARD NEGATIVE: domestic cabinet meeting approves a coffee export 'roadmap' and a 'memorandum' on a bill; ministers 'agreed that'; 'met its revenue target'.")
F("w23.txt", "2023-03-14", [], [], "HARD NEGATIVE: celebrity visit (Brazilian ex-footballer in Dhaka, organised by a company); 'met' the sports minister at a reception - not officials of two states.")
F("w24.txt", "2021-11-23", [], [], "HARD NEGATIVE: trade-union wage accord with a terminal operators' association, signed in the presence of the labour minister; 'the government was not a party'; 'talks', 'targets'.")
F("w25.txt", "2023-05-25", [], [], "HARD NEGATIVE (open call): twinning agreement between the mayors of Samarkand and Cartagena during a city delegation 'visit'. Decided: municipalities are not states, national government bodies or IGOs, and city twinning is not a state instrument -> no item, no event.")

# ================= other news with one passing mention =================
doc("w26.txt")
F("w26.txt", "1987-02-10", [
  A("IGO:UNCTAD-international-natural-rubber-agreement-successor-1987", "agreement", "Successor to the International Natural Rubber Agreement (negotiated under UNCTAD)", ["trade", "agriculture"], ["IGO:UNCTAD"],
    [IO("United Nations Conference on Trade and Development", "IGO:UNCTAD", ["UNCTAD"])], [],
    [H("negotiating", "1987-02-09", "day", "Geneva", "where producer and consumer countries resumed negotiations on Monday under the United Nations Conference on Trade and Development")],
    note="Monday -> 1987-02-09 (Tuesday publication); no state named"),
 ], [
  E("IGO:UNCTAD-rubber-negotiating-conference-geneva-1987", "conference", "UNCTAD negotiations on a successor natural rubber agreement in Geneva", "held", "1987-02-09", "1987-02-09", "Geneva", None, None,
    [], ["IGO:UNCTAD"], ["IGO:UNCTAD-international-natural-rubber-agreement-successor-1987"], "Dealers said the market was also watching talks in Geneva on a successor", opt=True,
    note="the negotiating session itself; only its resumption day is known"),
 ], "Rubber market report with one passing mention: talks on a successor International Natural Rubber Agreement. Prices, futures and export offers are noise.")
doc("w27.txt")
F("w27.txt", "2023-01-30", [
  A("JPN-MWI-flood-warning-grant-agreement-2021", "agreement", "Japan-Malawi grant agreement for a flood warning system on the lower Shire", ["development_aid", "environment"], ["JPN", "MWI"],
    [S("Japan", "JPN"), S("Malawi", "MWI")], [],
    [H("signed", "2021", "year", None, "installed under a grant agreement signed by Japan and Malawi in 2021"),
     OOB("implemented", "2023-01-30", None, "installed under a grant agreement signed by Japan and Malawi in 2021")],
    note="system installed under it and working -> implemented, news of the day"),
 ], [], "Flood news with one passing mention: Japan-Malawi grant agreement (2021).")
doc("w28.txt")
F("w28.txt", None, [
  A("MAR-MEX-cultural-exchange-programme", "programme", "Morocco-Mexico programme of cultural exchange", ["culture"], ["MAR", "MEX"],
    [S("Morocco", "MAR"), S("Mexico", "MEX")], [],
    [U("signed", None, "has been organised under the programme of cultural exchange between Morocco and Mexico signed by the culture ministers"),
     U("implemented", None, "has been organised under the programme of cultural exchange between Morocco and Mexico signed by the culture ministers")],
    note="NO DATE; the exhibition is carried out under it -> implemented; ministers not named -> no signatories"),
 ], [], "Culture news, NO DATE, with one passing mention: Morocco-Mexico cultural exchange programme.")
doc("w29.txt")
F("w29.txt", "2024-04-10", [
  A("PRY-QAT-sports-cooperation-mou-2019", "memorandum", "Paraguay-Qatar sports cooperation memorandum (2019)", ["sports"], ["PRY", "QAT"],
    [S("Qatar", "QAT"), S("Paraguay", "PRY")], [],
    [H("signed", "2019", "year", None, "under a sports cooperation memorandum the two countries signed in 2019"),
     OOB("implemented", "2024-04-10", None, "built with funding from Qatar under a sports cooperation memorandum the two countries signed in 2019")],
    note="training centre funded under it -> implemented (news of the day, as r27)"),
 ], [], "Football news with one passing mention: Paraguay-Qatar sports MoU. The match with Chile and the return match are sport.")
doc("w30.txt")
F("w30.txt", "2019-09-26", [
  A("CHN-CRI-pineapple-phytosanitary-protocol-2019", "protocol", "China-Costa Rica phytosanitary protocol on fresh pineapple exports", ["agriculture", "trade"], ["CHN", "CRI"],
    [S("Costa Rica", "CRI"), S("China", "CHN")], [],
    [H("signed", "2019-09", "month", None, "after the two countries' agriculture authorities signed a phytosanitary protocol on fresh pineapple exports earlier this month")],
    note="'earlier this month' -> 2019-09"),
 ], [], "Agribusiness news with one passing mention: China-Costa Rica pineapple protocol. Trade mission to Shanghai is exporters', not officials'.")

assert len(files) == 30
json.dump({"batch": "W", "files": files}, open(os.path.join(HERE, "batch_W.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
