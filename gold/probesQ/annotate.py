import json
def S(name, c, al=(), t='state'): return {"name": name, "country": c, "type": t, "aliases": list(al)}
def G(name, c, al=()): return S(name, c, al, 'government_body')
def IO(name, c, al=()): return S(name, c, al, 'international_organization')
def CO(name, c, al=()): return S(name, c, al, 'company')
def H(status, date, prec, place, quote): return {"status": status, "date": date, "date_precision": prec, "place": place, "quote": quote}
def A(key, kind, title, topics, countries, parties, sig, hist, opt=False, note=None, vp=None):
    a = {"key": key, "kind": kind, "title": title, "topics": topics, "countries": sorted(countries),
         "parties": parties, "signatories": sig, "history": hist}
    if vp: a["valid_period"] = vp
    if opt: a["optional"] = True
    if note: a["note"] = note
    return a
def E(key, kind, title, status, start, end, place, host, vis, parts, countries, akeys, quote, count=None, opt=False, note=None):
    e = {"key": key, "kind": kind, "title": title, "status": status, "date": {"start": start, "end": end},
         "place": place, "host_country": host, "visiting_country": vis, "participants": parts,
         "countries": sorted(countries), "agreement_keys": akeys, "agreement_count_reported": count, "quote": quote}
    if opt: e["optional"] = True
    if note: e["note"] = note
    return e
files = []
def F(name, pub, ags, evs, notes): files.append({"file": name, "published": pub, "agreements": ags, "events": evs, "notes": notes})

# ---------------- q01 / q02: Turkmen state visit to Seoul ----------------
K_EN, K_FW, K_CT, K_JC, K_RM = ("KOR-TKM-energy-mou-2023", "KOR-TKM-economic-cooperation-framework-agreement-2023",
    "KOR-TKM-galkynysh-desulfurization-contract-2023", "KOR-TKM-intergovernmental-joint-committee-2023", "KOR-TKM-education-roadmap-2023")
V_TKM, T_TKM = "KOR-TKM-berdimuhamedov-state-visit-seoul-2023", "KOR-TKM-yoon-berdimuhamedov-talks-2023"
kor1, tkm1 = S("South Korea", "KOR", ["Seoul"]), S("Turkmenistan", "TKM", [])
F("q01.txt", "2023-10-17", [
  A(K_EN, "memorandum", "MoU on cooperation in the energy sector between South Korea and Turkmenistan", ["energy"], ["KOR","TKM"],
    [G("Ministry of Trade, Industry and Energy (South Korea)", "KOR", ["Trade, Industry and Energy Minister"]), tkm1], ["Bang Moon-kyu", "Batyr Amanov"],
    [H("signed", "2023-10-17", "day", "Seoul", "Trade, Industry and Energy Minister Bang Moon-kyu and Turkmen Deputy Prime Minister Batyr Amanov signed a memorandum of understanding on cooperation in the energy sector, which covers gas processing, hydrogen and power grids.")]),
  A(K_FW, "agreement", "Framework agreement on economic cooperation (EDCF concessional loans) between South Korea and Turkmenistan", ["economic_cooperation", "finance"], ["KOR","TKM"],
    [kor1, tkm1], [],
    [H("signed", "2023-10-17", "day", "Seoul", "The two governments also signed a framework agreement on economic cooperation that will serve as a legal basis for concessional loans from the Economic Development Cooperation Fund (EDCF), Seoul's state development lender.")]),
  A(K_CT, "contract", "Hyundai Engineering - Turkmengaz contract for a desulfurization unit at the Galkynysh gas field", ["energy", "industry"], ["KOR","TKM"],
    [CO("Hyundai Engineering", "KOR"), CO("Turkmengaz", "TKM")], [],
    [H("signed", "2023-10-17", "day", None, "On the sidelines, Hyundai Engineering signed a US$1.2 billion contract with Turkmengaz to build a desulfurization unit at the Galkynysh gas field, the company said.")],
    opt=True, note="commercial contract on the sidelines of a state visit"),
  A(K_JC, "arrangement", "Korea-Turkmenistan intergovernmental joint committee raised to deputy prime minister level", ["economic_cooperation"], ["KOR","TKM"],
    [kor1, tkm1], [],
    [H("agreed", "2023-10-17", "day", None, "The leaders also agreed to raise the level of the Korea-Turkmenistan intergovernmental joint committee to deputy prime ministers, the office said.")],
    note="existing committee; the agreed upgrade is the stage"),
 ], [
  E(V_TKM, "visit", "Serdar Berdimuhamedov's state visit to South Korea", "held", "2023-10-16", "2023-10-17", "Seoul", "KOR", "TKM",
    ["Serdar Berdimuhamedov", "Yoon Suk Yeol"], ["KOR","TKM"], [K_EN, K_FW, K_CT, K_JC],
    "President Yoon Suk Yeol and Turkmen President Serdar Berdimuhamedov agreed on Tuesday to deepen cooperation in energy and plant construction as the Central Asian leader held summit talks here on a two-day state visit that began Monday.", count=8),
  E(T_TKM, "talks", "Yoon-Berdimuhamedov summit talks in Seoul", "held", "2023-10-17", "2023-10-17", "Seoul", "KOR", "TKM",
    ["Yoon Suk Yeol", "Serdar Berdimuhamedov", "Bang Moon-kyu", "Batyr Amanov"], ["KOR","TKM"], [K_EN, K_FW, K_JC],
    "After the talks at the presidential office in Yongsan, the two sides signed eight documents, according to Yoon's office.", count=8),
  E("KOR-TKM-yoon-visit-ashgabat-2024", "visit", "Yoon Suk Yeol's invited visit to Turkmenistan", "planned", "2024", "2024", "Ashgabat", "TKM", "KOR",
    ["Yoon Suk Yeol", "Serdar Berdimuhamedov"], ["KOR","TKM"], [],
    "Berdimuhamedov invited Yoon to visit Ashgabat next year, and Yoon accepted the invitation, officials said, without giving a date.", opt=True, note="invitation accepted, no date"),
 ], "Yonhap. 'two-day state visit that began Monday' with talks Tuesday -> 2023-10-16..17. Eight documents, four named. Hyundai-Turkmengaz contract optional (Turkmengaz is a state concern, but signed as a company deal). Same visit as q02.")

kor2, tkm2 = S("Republic of Korea", "KOR", ["Korean side"]), S("Turkmenistan", "TKM", ["Government of Turkmenistan"])
F("q02.txt", "2023-10-18", [
  A(K_FW, "agreement", "Framework Agreement between the Governments of Turkmenistan and the Republic of Korea on economic cooperation", ["economic_cooperation", "finance"], ["KOR","TKM"],
    [kor2, tkm2], [],
    [H("signed", "2023-10-17", "day", "Seoul", "Among them were a Framework Agreement between the Government of Turkmenistan and the Government of the Republic of Korea on economic cooperation and a Memorandum of Understanding between the Governments of the two countries on cooperation in the field of energy.")]),
  A(K_EN, "memorandum", "MoU between the Governments of Turkmenistan and the Republic of Korea on cooperation in the field of energy", ["energy"], ["KOR","TKM"],
    [kor2, tkm2], [],
    [H("signed", "2023-10-17", "day", "Seoul", "Among them were a Framework Agreement between the Government of Turkmenistan and the Government of the Republic of Korea on economic cooperation and a Memorandum of Understanding between the Governments of the two countries on cooperation in the field of energy.")]),
  A(K_CT, "contract", "Contract between State Concern Turkmengaz and Hyundai Engineering", ["energy", "industry"], ["KOR","TKM"],
    [CO("Turkmengaz", "TKM", ["State Concern \"Turkmengaz\""]), CO("Hyundai Engineering", "KOR")], [],
    [H("signed", "2023-10-17", "day", None, "In this regard, a contract was concluded between the State Concern \"Turkmengaz\" and the company Hyundai Engineering.")],
    opt=True, note="commercial contract during the visit"),
  A(K_JC, "arrangement", "Intergovernmental Turkmen-Korean Commission on Trade and Economic Cooperation co-chaired at deputy prime minister level", ["economic_cooperation"], ["KOR","TKM"],
    [kor2, tkm2], [],
    [H("agreed", "2023-10-17", "day", None, "It was also agreed that the Intergovernmental Turkmen-Korean Commission on Trade and Economic Cooperation will henceforth be co-chaired at the level of Deputy Chairmen of the Cabinet of Ministers.")]),
  A(K_RM, "roadmap", "Roadmap for the development of cooperation in education for 2024-2026 between Turkmenistan and the Republic of Korea", ["education"], ["KOR","TKM"],
    [G("Ministry of Education (Turkmenistan)", "TKM", ["ministers of education"]), G("Ministry of Education (Republic of Korea)", "KOR", ["ministers of education"])], [],
    [H("signed", "2023-10-17", "day", "Seoul", "In addition, the parties approved a Roadmap for the development of cooperation in the field of education for 2024-2026, which was signed by the ministers of education of the two countries.")],
    vp={"from": "2024", "to": "2026"}),
  A("KOR-TKM-diplomatic-relations-1992", "other", "Establishment of diplomatic relations between Turkmenistan and the Republic of Korea", ["diplomatic_relations"], ["KOR","TKM"],
    [kor2, tkm2], [],
    [H("agreed", "1992-10-07", "day", None, "The visit has opened new horizons for Turkmen-Korean relations, which were established on 7 October 1992.")],
    opt=True, note="no instrument named"),
 ], [
  E(V_TKM, "visit", "State visit of the President of Turkmenistan to the Republic of Korea", "held", "2023-10-17", "2023-10-17", "Seoul", "KOR", "TKM",
    ["Serdar Berdimuhamedov", "Yoon Suk Yeol"], ["KOR","TKM"], [K_FW, K_EN, K_CT, K_JC, K_RM],
    "The state visit of President of Turkmenistan Serdar Berdimuhamedov to the Republic of Korea concluded yesterday with a package of documents aimed at expanding the mutually beneficial partnership between the two countries.",
    note="only the last day (yesterday = 2023-10-17) is given"),
  E(T_TKM, "talks", "Negotiations between Serdar Berdimuhamedov and Yoon Suk Yeol in Seoul", "held", "2023-10-17", "2023-10-17", "Seoul", "KOR", "TKM",
    ["Serdar Berdimuhamedov", "Yoon Suk Yeol"], ["KOR","TKM"], [K_FW, K_EN, K_JC, K_RM],
    "During negotiations held in Seoul in narrow and expanded formats, the head of the Turkmen state and President Yoon Suk Yeol discussed trade, the fuel and energy complex, transport and the humanitarian sphere.",
    note="date taken from 'concluded yesterday with a package of documents'; the day of the talks is only implied"),
 ], "Turkmen government press release, same visit as q01 in other words ('the Turkmen leader', 'the Korean side'). Signing date inferred from 'concluded yesterday with a package of documents' (2023-10-17). Roadmap only in this source. Diplomatic relations 1992 optional.")

# ---------------- q03 / q04 / q05: Algeria-Mauritania road ----------------
R_RD, R_FZ, R_BC, V_DM = "DZA-MRT-tindouf-zouerat-road-agreement-2024", "DZA-MRT-free-trade-zone-mou-2024", "DZA-MRT-border-area-development-committee-2024", "DZA-MRT-ghazouani-visit-tindouf-2024"
dza, mrt = S("Algeria", "DZA", ["Algiers"]), S("Mauritania", "MRT", ["Nouakchott"])
F("q03.txt", "2024-02-22", [
  A(R_RD, "agreement", "Agreement on the construction, financing and operation of the Tindouf-Zouerat road", ["transport", "infrastructure"], ["DZA","MRT"],
    [dza, mrt], ["Lakhdar Rakhroukh"],
    [H("signed", "2024-02-22", "day", "Tindouf", "On this occasion, the two Heads of State supervised the signing of an agreement on the construction, financing and operation of the road, which will be fully funded by Algeria.")]),
  A(R_FZ, "memorandum", "MoU on a border free trade zone between Algeria and Mauritania", ["trade"], ["DZA","MRT"],
    [G("Ministry of Trade (Algeria)", "DZA", ["trade ministers"]), G("Ministry of Trade (Mauritania)", "MRT", ["trade ministers"])], [],
    [H("signed", "2024-02-22", "day", "Tindouf", "The two Presidents also inaugurated a free trade zone at the border, under a memorandum of understanding signed on this occasion by the trade ministers of the two countries.")],
    note="the zone was also inaugurated the same day (could be an implemented stage)"),
  A(R_BC, "arrangement", "Algeria-Mauritania bilateral committee for border area development", ["border_security", "economic_cooperation"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("agreed", "2024-02-22", "day", None, "The two countries agreed to set up a bilateral committee for border area development, which will meet every six months, alternately in Algiers and Nouakchott.")]),
 ], [
  E(V_DM, "visit", "Mauritanian President Ghazouani's working visit to Tindouf", "held", "2024-02-22", "2024-02-22", "Tindouf", "DZA", "MRT",
    ["Abdelmadjid Tebboune", "Mohamed Ould Cheikh El Ghazouani", "Lakhdar Rakhroukh"], ["DZA","MRT"], [R_RD, R_FZ, R_BC],
    "President of the Republic Abdelmadjid Tebboune and his Mauritanian counterpart Mohamed Ould Cheikh El Ghazouani on Thursday laid the foundation stone of the 840-km road linking Tindouf to Zouerat, during a working visit of the Mauritanian President to Tindouf."),
 ], "APS, dateline Algiers but events in Tindouf. Signatory of the road agreement: only the Algerian minister is named. Border crossing 'open since August 2018' is not an instrument. Same visit as q04/q05.")
F("q04.txt", "2024-02-23", [
  A(R_RD, "agreement", "Deal for Algeria to finance and build the Tindouf-Zouerat highway", ["transport", "infrastructure"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("signed", "2024-02-22", "day", None, "Nouakchott and Algiers signed a deal on Thursday under which Algeria will finance and build the highway from its garrison town of Tindouf to the Mauritanian mining hub of Zouerat, Mauritanian state media said.")]),
  A(R_FZ, "memorandum", "Memorandum creating a free trade zone on the Algeria-Mauritania border", ["trade"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("signed", "2024-02-22", "day", None, "A memorandum creating a free trade zone on the border was also signed, officials said, while a new joint committee on developing the border area was agreed.")]),
  A(R_BC, "arrangement", "Joint committee on developing the Algeria-Mauritania border area", ["border_security", "economic_cooperation"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("agreed", "2024-02-22", "day", None, "A memorandum creating a free trade zone on the border was also signed, officials said, while a new joint committee on developing the border area was agreed.")]),
  A("DZA-MRT-TUN-treaty-of-fraternity-and-concord-1983", "treaty", "1983 Treaty of Fraternity and Concord (Algeria, Tunisia, Mauritania)", ["comprehensive_cooperation", "peace_security"], ["DZA","MRT","TUN"],
    [dza, mrt, S("Tunisia", "TUN")], [],
    [H("signed", "1983", "year", None, "Algeria and Mauritania are bound by the 1983 Treaty of Fraternity and Concord, which Mauritania joined alongside Algeria and Tunisia."),
     H("in_force", None, "unknown", None, "Algeria and Mauritania are bound by the 1983 Treaty of Fraternity and Concord, which Mauritania joined alongside Algeria and Tunisia.")],
    note="background; 'joined' = accession in 1983 recorded as signed"),
  A("IGO:AMU-arab-maghreb-union-founding-1989", "treaty", "Creation of the Arab Maghreb Union (1989)", ["comprehensive_cooperation"], ["IGO:AMU"],
    [IO("Arab Maghreb Union", "IGO:AMU")], [],
    [H("signed", "1989", "year", None, "It has rarely been invoked since the creation of the Arab Maghreb Union in 1989.")],
    opt=True, note="an organization's creation, no instrument named"),
 ], [
  E(V_DM, "visit", "Ghazouani's trip to Tindouf to meet Tebboune", "held", "2024-02-22", "2024-02-22", "Tindouf", "DZA", "MRT",
    ["Mohamed Ould Cheikh El Ghazouani", "Abdelmadjid Tebboune"], ["DZA","MRT"], [R_RD, R_FZ, R_BC],
    "Mauritanian President Mohamed Ould Cheikh El Ghazouani travelled to Tindouf to meet Algerian President Abdelmadjid Tebboune for the ceremony."),
 ], "AFP with a Nouakchott dateline (no date in the dateline; Published line): 'on Thursday' resolved against Friday 2024-02-23. Capitals as parties. Morocco's Atlantic proposal not an instrument. AMU creation optional.")
F("q05.txt", None, [
  A(R_RD, "agreement", "Algeria-Mauritania road construction and financing agreement", ["transport", "infrastructure"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("signed", None, "unknown", "Tindouf", "The accord was signed in Tindouf on Thursday in the presence of Algerian President Abdelmadjid Tebboune and his Mauritanian counterpart Mohamed Ould Cheikh El Ghazouani, according to a statement from the Algerian presidency.")],
    note="'has yet to be ratified' -> no ratified stage"),
  A(R_FZ, "memorandum", "MoU to set up a free trade zone near the Algeria-Mauritania border crossing", ["trade"], ["DZA","MRT"],
    [dza, mrt], [],
    [H("signed", None, "unknown", None, "The two governments also signed a memorandum of understanding to set up a free trade zone near the border crossing.")]),
 ], [
  E(V_DM, "visit", "Meeting of Tebboune and Ghazouani in Tindouf", "held", None, None, "Tindouf", "DZA", "MRT",
    ["Abdelmadjid Tebboune", "Mohamed Ould Cheikh El Ghazouani"], ["DZA","MRT"], [R_RD, R_FZ],
    "The accord was signed in Tindouf on Thursday in the presence of Algerian President Abdelmadjid Tebboune and his Mauritanian counterpart Mohamed Ould Cheikh El Ghazouani, according to a statement from the Algerian presidency."),
 ], "Reuters, NO DATE: 'this week', 'on Thursday' unresolvable -> null dates, place Tindouf kept. Ratification pending (no stage). Same instruments as q03/q04.")

# ---------------- q06 / q07: NZ-Fiji SOFA ----------------
N_SOFA, N_DUA, N_CHP, V_LUX = "FJI-NZL-status-of-forces-agreement-2024", "FJI-NZL-duavata-partnership-2023", "CHN-FJI-police-cooperation-mou-2011", "FJI-NZL-luxon-visit-suva-2024"
nzl, fji, chn_b = S("New Zealand", "NZL", ["Wellington"]), S("Fiji", "FJI", ["Suva"]), S("China", "CHN", ["Beijing"])
F("q06.txt", "2024-06-18", [
  A(N_SOFA, "agreement", "New Zealand-Fiji status of forces agreement", ["defence"], ["FJI","NZL"], [nzl, fji], ["Christopher Luxon", "Sitiveni Rabuka"],
    [H("signed", "2024-06-17", "day", "Suva", "New Zealand and Fiji signed a status of forces agreement on Monday allowing their troops to train and deploy in each other's territory, the latest Pacific security pact as Western allies seek to counter China's growing presence.")],
    note="must still be ratified by Fiji's parliament: no ratified stage; place from 'signed the agreement in Suva'"),
  A(N_DUA, "other", "Duavata Partnership (New Zealand-Fiji cooperation framework)", ["comprehensive_cooperation"], ["FJI","NZL"], [nzl, fji], [],
    [H("signed", "2023", "year", None, "It builds on the Duavata Partnership, a broad cooperation framework the two countries signed in 2023.")]),
  A(N_CHP, "memorandum", "Fiji-China police cooperation arrangement (2011)", ["law_enforcement"], ["CHN","FJI"], [fji, chn_b], [],
    [H("signed", "2011", "year", None, "Fiji had earlier reviewed a 2011 police cooperation arrangement with Beijing, but Rabuka's government decided last year to keep it."),
     H("in_force", None, "unknown", None, "Fiji had earlier reviewed a 2011 police cooperation arrangement with Beijing, but Rabuka's government decided last year to keep it.")],
    note="'decided last year (2023) to keep it': the arrangement stays in force; the decision is not an entry into force, so date null"),
 ], [
  E(V_LUX, "visit", "Christopher Luxon's visit to Fiji", "held", "2024-06-17", "2024-06-17", "Suva", "FJI", "NZL",
    ["Christopher Luxon", "Sitiveni Rabuka"], ["FJI","NZL"], [N_SOFA],
    "Prime Minister Christopher Luxon and Fijian Prime Minister Sitiveni Rabuka signed the agreement in Suva after talks on Luxon's first visit to the Pacific nation since taking office."),
  E("FJI-NZL-luxon-rabuka-talks-2024", "talks", "Luxon-Rabuka talks in Suva", "held", "2024-06-17", "2024-06-17", "Suva", "FJI", "NZL",
    ["Christopher Luxon", "Sitiveni Rabuka"], ["FJI","NZL"], [N_SOFA],
    "Prime Minister Christopher Luxon and Fijian Prime Minister Sitiveni Rabuka signed the agreement in Suva after talks on Luxon's first visit to the Pacific nation since taking office.", opt=True, note="talks within the visit"),
  E("NZL-TON-luxon-visit-tonga-2024", "visit", "Christopher Luxon's visit to Tonga", "planned", "2024-06-19", "2024-06-19", "Tonga", "TON", "NZL",
    ["Christopher Luxon"], ["NZL","TON"], [], "Luxon flies on to Tonga on Wednesday."),
  E("NZL-WSM-luxon-visit-samoa-2024", "visit", "Christopher Luxon's planned stop in Samoa (called off)", "cancelled", "2024-06-20", "2024-06-20", "Samoa", "WSM", "NZL",
    ["Christopher Luxon"], ["NZL","WSM"], [], "A stop in Samoa planned for Thursday was called off because of a clash with the Samoan parliament's schedule, officials said."),
 ], "AFP, dated dateline Tuesday 2024-06-18: 'on Monday' -> 2024-06-17, 'on Wednesday' (future) -> 2024-06-19. NZ$15m aid announcement is not an instrument. Same SOFA and visit as q07.")
F("q07.txt", None, [
  A(N_SOFA, "agreement", "New Zealand-Fiji status of forces agreement", ["defence"], ["FJI","NZL"], [nzl, fji], ["Christopher Luxon", "Sitiveni Rabuka"],
    [H("signed", None, "unknown", "Suva", "The status of forces agreement, signed this week in Suva by New Zealand Prime Minister Christopher Luxon and his Fijian counterpart Sitiveni Rabuka, sets out the legal rules for troops visiting each other's country.")],
    note="'Fiji's parliament has yet to ratify it' -> no ratified stage"),
  A(N_CHP, "memorandum", "Fiji-China police cooperation memorandum (2011)", ["law_enforcement"], ["CHN","FJI"], [fji, S("China", "CHN")], [],
    [H("signed", "2011", "year", None, "Last year he said Fiji would keep a police cooperation memorandum signed with China in 2011, after earlier threatening to scrap it."),
     H("in_force", None, "unknown", None, "Last year he said Fiji would keep a police cooperation memorandum signed with China in 2011, after earlier threatening to scrap it.")]),
  A("AUS-FJI-status-of-forces-agreement-2022", "agreement", "Australia-Fiji status of forces agreement", ["defence"], ["AUS","FJI"], [S("Australia", "AUS", ["Canberra"]), fji], [],
    [H("signed", "2022", "year", None, "Analysts say Australia, which already has a similar arrangement with Fiji signed in 2022, is watching closely."),
     H("in_force", "2023", "year", None, "Canberra's own agreement with Suva came into force in 2023.")]),
 ], [
  E(V_LUX, "visit", "Christopher Luxon's visit to Fiji", "held", None, None, "Suva", "FJI", "NZL",
    ["Christopher Luxon", "Sitiveni Rabuka", "Ratu Wiliame Katonivere"], ["FJI","NZL"], [N_SOFA],
    "Mr Luxon, who is travelling with a business delegation, also met Fiji's President Ratu Wiliame Katonivere."),
 ], "BBC style, NO DATE: 'this week', 'Last year' unresolvable. Same SOFA and visit as q06 ('Wellington', 'Suva'). 'a similar arrangement' of Australia is a named SOFA-like instrument; 'Related:' teaser and image caption are noise.")

# ---------------- q08: Kyodo 1988 Japan-China ----------------
J_YEN, J_BIT = "CHN-JPN-third-yen-loan-package-1988", "CHN-JPN-investment-protection-agreement-1988"
jpn, chn = S("Japan", "JPN", []), S("China", "CHN", [])
F("q08.txt", "1988-08-25", [
  A(J_YEN, "programme", "Third package of Japanese government (OECF) yen loans to China, 810 billion yen for 1990-1995", ["finance", "development_aid"], ["CHN","JPN"],
    [jpn, chn, G("Overseas Economic Cooperation Fund", "JPN", [])], [],
    [H("agreed", "1988-08-25", "day", "Beijing", "The two governments agreed on the third package of yen loans during talks in the Great Hall of the People on the first day of Takeshita's five-day visit to China, the officials said.")],
    vp={"from": "1990", "to": "1995"}, note="'over six years from 1990' -> 1990-1995; yearly loan agreements by exchange of notes are a separate optional item"),
  A(J_BIT, "agreement", "Japan-China investment protection agreement", ["investment"], ["CHN","JPN"], [jpn, chn], [],
    [H("finalized", "1988-07", "month", "Tokyo", "The two leaders are also expected to witness the signing on Friday of a bilateral investment protection agreement, which negotiators initialed in Tokyo last month after nearly seven years of talks."),
     H("planned", "1988-08-26", "day", None, "The two leaders are also expected to witness the signing on Friday of a bilateral investment protection agreement, which negotiators initialed in Tokyo last month after nearly seven years of talks.")]),
  A("CHN-JPN-third-package-annual-loan-agreements", "agreement", "Yearly loan agreements (exchanges of notes) under the third yen loan package", ["finance", "development_aid"], ["CHN","JPN"], [jpn, chn], [],
    [H("planned", None, "unknown", None, "Individual loan agreements will be signed each fiscal year through exchange of notes.")],
    opt=True, note="review: several unnamed future instruments to be signed yearly (cf. q17 bilateral implementing agreements)"),
  A("CHN-JPN-treaty-of-peace-and-friendship-1978", "treaty", "1978 Japan-China Treaty of Peace and Friendship", ["diplomatic_relations", "peace_security"], ["CHN","JPN"], [jpn, chn], [],
    [H("signed", "1978", "year", None, "Takeshita said Japan would adhere to the principles of the 1978 Japan-China Treaty of Peace and Friendship, which marks its 10th anniversary this year.")]),
  A("CHN-JPN-first-yen-loan-package-1979", "programme", "First package of Japanese yen loans to China (1979)", ["finance", "development_aid"], ["CHN","JPN"], [jpn, chn], [],
    [H("agreed", "1979", "year", None, "The previous two yen loan packages, pledged in 1979 and 1984, totaled 680 billion yen.")], opt=True, note="'pledged' packages, background"),
  A("CHN-JPN-second-yen-loan-package-1984", "programme", "Second package of Japanese yen loans to China (1984)", ["finance", "development_aid"], ["CHN","JPN"], [jpn, chn], [],
    [H("agreed", "1984", "year", None, "The previous two yen loan packages, pledged in 1979 and 1984, totaled 680 billion yen.")], opt=True, note="'pledged' packages, background"),
 ], [
  E("CHN-JPN-takeshita-visit-china-1988", "visit", "Noboru Takeshita's five-day visit to China", "held", "1988-08-25", "1988-08-29", "China", "CHN", "JPN",
    ["Noboru Takeshita", "Li Peng", "Deng Xiaoping"], ["CHN","JPN"], [J_YEN, J_BIT],
    "The two governments agreed on the third package of yen loans during talks in the Great Hall of the People on the first day of Takeshita's five-day visit to China, the officials said.",
    note="first day Thursday 1988-08-25, five days -> ends 1988-08-29; under way at publication"),
  E("CHN-JPN-takeshita-li-peng-talks-1988", "talks", "Takeshita-Li Peng talks in Beijing", "held", "1988-08-25", "1988-08-25", "Beijing", "CHN", "JPN",
    ["Noboru Takeshita", "Li Peng"], ["CHN","JPN"], [J_YEN],
    "Prime Minister Noboru Takeshita told Chinese Premier Li Peng on Thursday that Japan will provide 810 billion yen in government loans to China over six years from 1990, Japanese officials said."),
  E("CHN-JPN-investment-agreement-signing-1988", "ceremony", "Planned signing of the Japan-China investment protection agreement", "planned", "1988-08-26", "1988-08-26", None, "CHN", "JPN",
    ["Noboru Takeshita", "Li Peng"], ["CHN","JPN"], [J_BIT],
    "The two leaders are also expected to witness the signing on Friday of a bilateral investment protection agreement, which negotiators initialed in Tokyo last month after nearly seven years of talks.", opt=True),
  E("CHN-JPN-takeshita-deng-meeting-1988", "meeting", "Takeshita's meeting with Deng Xiaoping", "planned", "1988-08-27", "1988-08-27", None, "CHN", "JPN",
    ["Noboru Takeshita", "Deng Xiaoping"], ["CHN","JPN"], [],
    "Takeshita is scheduled to meet Chinese leader Deng Xiaoping on Saturday before traveling to Xian and Dunhuang."),
 ], "Kyodo 1988 (Published line, dateline without year). Loan package 'agreed' (pledge accepted); investment agreement initialled last month (finalized 1988-07, Tokyo) and signing planned Friday 1988-08-26. Place of the talks: Great Hall of the People, recorded as Beijing. Earlier packages optional.")

# ---------------- q09: TASS 2005 Russia-China border ----------------
B_ADD = "CHN-RUS-eastern-border-additional-agreement-2004"
rus, chn9 = S("Russia", "RUS", []), S("China", "CHN", [])
F("q09.txt", "2005-05-20", [
  A(B_ADD, "agreement", "Additional Agreement between Russia and China on the Russian-Chinese state border on its eastern part", ["border_security"], ["CHN","RUS"],
    [rus, chn9], ["Sergei Lavrov", "Li Zhaoxing"],
    [H("signed", "2004-10-14", "day", "Beijing", "The agreement was signed in Beijing on October 14, 2004, by Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Li Zhaoxing in the presence of President Vladimir Putin and Chinese President Hu Jintao."),
     H("ratified", "2005-04-27", "day", None, "The Standing Committee of the National People's Congress of China ratified the agreement on April 27."),
     H("ratified", "2005-05-20", "day", None, "The State Duma on Friday ratified the Additional Agreement between Russia and China on the Russian-Chinese state border on its eastern part, which settles the last disputed sections of the 4,300-km border.")],
    note="Federation Council approval and exchange of instruments still pending: no stage"),
  A("CHN-RUS-eastern-border-agreement-1991", "agreement", "1991 Agreement on the eastern part of the Russian-Chinese border", ["border_security"], ["CHN","RUS"], [rus, chn9], [],
    [H("signed", "1991", "year", None, "The document supplements the 1991 Agreement on the eastern part of the border, which left the status of three islands unresolved.")]),
 ], [
  E("CHN-RUS-eastern-border-signing-beijing-2004", "ceremony", "Signing of the additional eastern border agreement in Beijing", "held", "2004-10-14", "2004-10-14", "Beijing", "CHN", "RUS",
    ["Sergei Lavrov", "Li Zhaoxing", "Vladimir Putin", "Hu Jintao"], ["CHN","RUS"], [B_ADD],
    "The agreement was signed in Beijing on October 14, 2004, by Russian Foreign Minister Sergei Lavrov and Chinese Foreign Minister Li Zhaoxing in the presence of President Vladimir Putin and Chinese President Hu Jintao."),
  E("CHN-RUS-lavrov-li-talks-vladivostok-2005", "talks", "Lavrov-Li Zhaoxing talks in Vladivostok", "planned", "2005-06-02", "2005-06-02", "Vladivostok", "RUS", "CHN",
    ["Sergei Lavrov", "Li Zhaoxing"], ["CHN","RUS"], [B_ADD],
    "Lavrov will hold talks with Li Zhaoxing in Vladivostok on June 2, where the two ministers are expected to exchange the instruments of ratification, a Foreign Ministry source told Itar-Tass."),
 ], "TASS 2005: two ratified stages (China NPC SC 2005-04-27, Duma Friday 2005-05-20); Duma stage place null (Moscow dateline only). Planned exchange of instruments not coded as a stage (no lifecycle status for it).")

# ---------------- q10: Xinhua 2018 China-Panama ----------------
P_FTA, P_BRI, P_VISA = "CHN-PAN-free-trade-agreement-2018", "CHN-PAN-belt-and-road-mou-2018", "CHN-PAN-visa-exemption-agreement-2018"
chnp, pan = S("China", "CHN", []), S("Panama", "PAN", [])
F("q10.txt", "2018-12-03", [
  A(P_FTA, "agreement", "China-Panama free trade agreement", ["trade"], ["CHN","PAN"], [chnp, pan], [],
    [H("negotiating", "2018-07", "month", None, "Negotiations on the free trade agreement were launched in July, and four rounds have been held so far."),
     H("negotiating", "2018-12-03", "day", "Panama City", "Chinese President Xi Jinping and Panamanian President Juan Carlos Varela on Monday agreed to speed up negotiations on a bilateral free trade agreement, as the two sides signed a series of cooperation documents.")]),
  A(P_BRI, "memorandum", "MoU on jointly promoting the Silk Road Economic Belt and the 21st Century Maritime Silk Road", ["economic_cooperation", "infrastructure"], ["CHN","PAN"], [chnp, pan], [],
    [H("signed", "2018-12-03", "day", "Panama City", "They included a memorandum of understanding on jointly promoting the Silk Road Economic Belt and the 21st Century Maritime Silk Road, and an agreement on the visa exemption for holders of diplomatic and service passports.")]),
  A(P_VISA, "agreement", "Agreement on visa exemption for holders of diplomatic and service passports", ["visa"], ["CHN","PAN"], [chnp, pan], [],
    [H("signed", "2018-12-03", "day", "Panama City", "They included a memorandum of understanding on jointly promoting the Silk Road Economic Belt and the 21st Century Maritime Silk Road, and an agreement on the visa exemption for holders of diplomatic and service passports.")]),
  A("CHN-PAN-diplomatic-relations-joint-communique-2017", "declaration", "Joint communique on the establishment of diplomatic relations between China and Panama", ["diplomatic_relations"], ["CHN","PAN"], [chnp, pan], [],
    [H("signed", "2017-06-13", "day", "Beijing", "The joint communique on the establishment of diplomatic ties was signed in Beijing on June 13, 2017.")]),
 ], [
  E("CHN-PAN-xi-state-visit-panama-2018", "visit", "Xi Jinping's state visit to Panama", "held", "2018-12-02", "2018-12-03", "Panama City", "PAN", "CHN",
    ["Xi Jinping", "Juan Carlos Varela"], ["CHN","PAN"], [P_BRI, P_VISA],
    "Xi, who arrived here Sunday for a state visit, the first by a Chinese head of state to Panama, held talks with Varela at the Palacio de las Garzas.", count=19),
  E("CHN-PAN-xi-varela-talks-2018", "talks", "Xi-Varela talks at the Palacio de las Garzas", "held", "2018-12-03", "2018-12-03", "Panama City", "PAN", "CHN",
    ["Xi Jinping", "Juan Carlos Varela"], ["CHN","PAN"], [P_BRI, P_VISA],
    "Chinese President Xi Jinping and Panamanian President Juan Carlos Varela on Monday agreed to speed up negotiations on a bilateral free trade agreement, as the two sides signed a series of cooperation documents.", count=19),
  E("CHN-PAN-varela-state-visit-china-2017", "visit", "Juan Carlos Varela's state visit to China", "held", "2017-11", "2017-11", "China", "CHN", "PAN",
    ["Juan Carlos Varela"], ["CHN","PAN"], [], "Varela paid a state visit to China in November last year."),
 ], "Xinhua: 19 documents, two named. FTA negotiating, two stages (launched July 2018; speed-up agreed Monday). Signing place Panama City from 'arrived here' + talks; the visit's end date is only the Monday talks.")

# ---------------- q11: AP 1995 Peru-Ecuador ----------------
I_DEC, I_RIO, I_OBS = "ARG-BRA-CHL-ECU-PER-USA-itamaraty-peace-declaration-1995", "ARG-BRA-CHL-ECU-PER-USA-rio-protocol-1942", "ARG-BRA-CHL-ECU-PER-USA-military-observer-mission-1995"
per, ecu = S("Peru", "PER", []), S("Ecuador", "ECU", ["Quito"])
guar = [S("Argentina", "ARG"), S("Brazil", "BRA"), S("Chile", "CHL"), S("United States", "USA")]
six = ["ARG","BRA","CHL","ECU","PER","USA"]
F("q11.txt", "1995-02-18", [
  A(I_DEC, "declaration", "Itamaraty Peace Declaration between Peru and Ecuador", ["peace_security"], six, [per, ecu] + guar, [],
    [H("signed", "1995-02-17", "day", "Brasilia", "Peru and Ecuador signed a declaration in Brazil's capital on Friday to halt three weeks of fighting over a disputed jungle border, but both sides reported new clashes on Saturday.")],
    note="signed by deputy foreign ministers (unnamed); guarantors signed as witnesses"),
  A(I_RIO, "protocol", "1942 Rio de Janeiro Protocol (Peru-Ecuador border)", ["border_security", "peace_security"], six, [per, ecu] + guar, [],
    [H("signed", "1942", "year", None, "The four guarantor countries of the 1942 Rio de Janeiro Protocol -- Argentina, Brazil, Chile and the United States -- also signed the document as witnesses."),
     H("rejected", "1960", "year", None, "But Ecuador has long rejected the 1942 protocol, which awarded Peru some 77,000 square miles of territory Ecuador claimed, and declared the treaty null in 1960.")]),
  A(I_OBS, "arrangement", "Guarantor military observer mission to supervise the Peru-Ecuador truce", ["peace_security"], six, guar + [per, ecu], [],
    [H("agreed", "1995-02-17", "day", None, "Under the declaration, the guarantors agreed to send a military observer mission of up to 50 officers to supervise the truce.")]),
 ], [
  E("ARG-BRA-CHL-ECU-PER-USA-brasilia-peace-talks-1995", "talks", "Peru-Ecuador peace talks in Brasilia with the guarantor countries", "held", "1995-02-14", "1995-02-17", "Brasilia", "BRA", None,
    [], six, [I_DEC, I_OBS], "The talks in Brasilia lasted four days and ended Friday."),
 ], "AP 1995: 'on Friday' (past) -> 1995-02-17 against Saturday publication; four-day talks ending Friday -> 02-14..02-17. Rio Protocol signed 1942 and rejected by Ecuador in 1960 (rejected stage). Fujimori 'would not negotiate' = no stage. No named participants at the talks.")

# ---------------- q12: Anadolu 2024 Türkiye-Iraq ----------------
T_W, T_DR, T_CT = "IRQ-TUR-water-strategic-framework-agreement-2024", "ARE-IRQ-QAT-TUR-development-road-mou-2024", "IRQ-TUR-counterterrorism-joint-permanent-committee-2024"
tur, irq = S("Türkiye", "TUR", ["Ankara"]), S("Iraq", "IRQ", ["Baghdad"])
F("q12.txt", "2024-04-22", [
  A(T_W, "agreement", "Türkiye-Iraq strategic framework agreement on water cooperation", ["environment", "agriculture"], ["IRQ","TUR"], [tur, irq], [],
    [H("signed", "2024-04-22", "day", "Baghdad", "The documents included a strategic framework agreement on water cooperation that sets out joint management of the Tigris and Euphrates for 10 years.")],
    note="10-year term without dates: no valid_period"),
  A(T_DR, "memorandum", "Quadrilateral MoU on cooperation for the Development Road project (Türkiye, Iraq, Qatar, UAE)", ["transport", "infrastructure"], ["ARE","IRQ","QAT","TUR"],
    [tur, irq, S("Qatar", "QAT"), S("United Arab Emirates", "ARE")], ["Abdulkadir Uraloglu"],
    [H("signed", "2024-04-22", "day", None, "In a separate ceremony, the transport ministers of Türkiye, Iraq, Qatar and the United Arab Emirates signed a quadrilateral memorandum of understanding on cooperation for the Development Road project, a 1,200-kilometer road and rail corridor from the Gulf port of Grand Faw to the Turkish border.")]),
  A(T_CT, "arrangement", "Türkiye-Iraq joint permanent committee to combat terrorism", ["counter_terrorism"], ["IRQ","TUR"], [tur, irq], [],
    [H("agreed", "2024-04-22", "day", None, "The two sides also agreed to set up a joint permanent committee to combat terrorism, a statement from the Turkish Presidency's Communications Directorate said.")]),
 ], [
  E("IRQ-TUR-erdogan-visit-baghdad-2024", "visit", "Recep Tayyip Erdogan's visit to Baghdad", "held", "2024-04-22", "2024-04-22", "Baghdad", "IRQ", "TUR",
    ["Recep Tayyip Erdogan", "Mohammed Shia al-Sudani", "Abdulkadir Uraloglu"], ["IRQ","TUR"], [T_W, T_DR, T_CT],
    "Türkiye and Iraq on Monday signed 24 agreements and memoranda of understanding during President Recep Tayyip Erdogan's first visit to Baghdad in 12 years.", count=24),
  E("IRQ-TUR-erdogan-visit-erbil-2024", "visit", "Erdogan's trip to Erbil to meet Kurdistan Regional Government officials", "planned", "2024-04-22", "2024-04-22", "Erbil", "IRQ", "TUR",
    ["Recep Tayyip Erdogan"], ["IRQ","TUR"], [],
    "Erdogan was expected to travel on Monday evening to Erbil, where he will meet officials of the Kurdistan Regional Government.", opt=True, note="sub-national hosts, unnamed"),
 ], "Anadolu ('Published:' line): signing ceremony in Baghdad ('the Iraqi capital'). The Iraq-Türkiye pipeline: 'have yet to agree on the resumption of oil flows' names no instrument -> not coded. Development Road MoU place not stated ('separate ceremony') -> null.")

# ---------------- q13: PTI 2016 India-Mozambique ----------------
M_P, M_D, M_Y = "IND-MOZ-pulses-import-mou-2016", "IND-MOZ-drug-demand-reduction-mou-2016", "IND-MOZ-youth-affairs-sports-agreement-2016"
ind, moz = S("India", "IND", []), S("Mozambique", "MOZ", [])
q13a = "India and Mozambique today signed three agreements, including a long-term pact for the import of pulses, as Prime Minister Narendra Modi held wide-ranging talks with President Filipe Jacinto Nyusi here."
q13b = "The other two pacts were a memorandum of understanding on drug demand reduction and prevention of illicit trafficking and an agreement on cooperation in youth affairs and sports."
F("q13.txt", "2016-07-07", [
  A(M_P, "memorandum", "India-Mozambique long-term MoU on the import of pulses", ["agriculture", "trade"], ["IND","MOZ"], [ind, moz], [],
    [H("signed", "2016-07-07", "day", "Maputo", q13a)], note="purchase schedule 2016-17 to 2020-21 is not a stated validity period (review: valid_period removed)"),
  A(M_D, "memorandum", "MoU on drug demand reduction and prevention of illicit trafficking", ["counter_narcotics"], ["IND","MOZ"], [ind, moz], [],
    [H("signed", "2016-07-07", "day", "Maputo", q13b)]),
  A(M_Y, "agreement", "Agreement on cooperation in youth affairs and sports", ["sports"], ["IND","MOZ"], [ind, moz], [],
    [H("signed", "2016-07-07", "day", "Maputo", q13b)]),
  A("IND-MOZ-solar-line-of-credit-2016", "agreement", "Proposed Indian line of credit to Mozambique for solar projects", ["finance", "energy"], ["IND","MOZ"], [ind, moz], [],
    [H("proposed", "2016-07-07", "day", "Maputo", "Modi also said India would provide a fresh line of credit for solar projects, but no agreement on it was signed during the visit.")],
    opt=True, note="offer only; 'no agreement on it was signed'"),
  A("IND-MOZ-exim-bank-lines-of-credit", "agreement", "Exim Bank of India lines of credit to Mozambique (water supply, rural electrification)", ["finance", "development_aid"], ["IND","MOZ"],
    [G("Exim Bank of India", "IND", []), moz], [],
    [H("implemented", None, "unknown", None, "Nyusi thanked India for the Lines of Credit extended by the Exim Bank of India, under which several water supply and rural electrification projects are being implemented.")],
    note="background, several credit lines named together, no year"),
 ], [
  E("IND-MOZ-modi-visit-maputo-2016", "visit", "Narendra Modi's visit to Mozambique", "held", "2016-07-07", "2016-07-07", "Maputo", "MOZ", "IND",
    ["Narendra Modi", "Filipe Jacinto Nyusi"], ["IND","MOZ"], [M_P, M_D, M_Y],
    "Modi arrived in Maputo this morning on the first leg of his four-nation tour of Africa, which will also take him to South Africa, Tanzania and Kenya.", count=3),
  E("IND-MOZ-modi-nyusi-talks-2016", "talks", "Modi-Nyusi talks in Maputo", "held", "2016-07-07", "2016-07-07", "Maputo", "MOZ", "IND",
    ["Narendra Modi", "Filipe Jacinto Nyusi"], ["IND","MOZ"], [M_P, M_D, M_Y], q13a, count=3),
  E("IND-ZAF-modi-visit-south-africa-2016", "visit", "Modi's visit to South Africa (Africa tour)", "planned", None, None, "South Africa", "ZAF", "IND",
    ["Narendra Modi"], ["IND","ZAF"], [], "Modi arrived in Maputo this morning on the first leg of his four-nation tour of Africa, which will also take him to South Africa, Tanzania and Kenya.", opt=True),
  E("IND-TZA-modi-visit-tanzania-2016", "visit", "Modi's visit to Tanzania (Africa tour)", "planned", None, None, "Tanzania", "TZA", "IND",
    ["Narendra Modi"], ["IND","TZA"], [], "Modi arrived in Maputo this morning on the first leg of his four-nation tour of Africa, which will also take him to South Africa, Tanzania and Kenya.", opt=True),
  E("IND-KEN-modi-visit-kenya-2016", "visit", "Modi's visit to Kenya (Africa tour)", "planned", None, None, "Kenya", "KEN", "IND",
    ["Narendra Modi"], ["IND","KEN"], [], "Modi arrived in Maputo this morning on the first leg of his four-nation tour of Africa, which will also take him to South Africa, Tanzania and Kenya.", opt=True),
 ], "PTI with 'today' and 'here' -> Maputo, 2016-07-07. Three agreements, all named. Solar credit line: offer only (optional, proposed). 'We agreed to deepen our cooperation in defence' has no instrument. Later legs of the tour optional planned visits.")

# ---------------- q14: Bernama 2021 Malaysia-Bangladesh ----------------
L_MOU, L_JWG, L_G2G = "BGD-MYS-workers-recruitment-mou-2021", "BGD-MYS-joint-working-group-2021", "BGD-MYS-g2g-plus-agreement-2016"
mys, bgd = S("Malaysia", "MYS", []), S("Bangladesh", "BGD", ["Dhaka"])
F("q14.txt", "2021-12-20", [
  A(L_MOU, "memorandum", "Malaysia-Bangladesh MoU on the supply and recruitment of Bangladeshi workers", ["labour_migration"], ["BGD","MYS"],
    [G("Ministry of Human Resources (Malaysia)", "MYS", ["the ministry"]), G("Ministry of Expatriates' Welfare and Overseas Employment (Bangladesh)", "BGD", ["Expatriates' Welfare and Overseas Employment Ministry"])],
    ["Ahmed Munirus Saleheen"],
    [H("signed", "2021-12-19", "day", None, "Human Resources Minister Datuk Seri M. Saravanan said the MoU was signed on Sunday by the secretary-general of the ministry and Bangladesh's Secretary of Expatriates' Welfare and Overseas Employment Ministry, Ahmed Munirus Saleheen, at a virtual ceremony.")],
    note="five-year validity without dates; Malaysian signatory unnamed (secretary-general)"),
  A(L_JWG, "arrangement", "Malaysia-Bangladesh joint working group to monitor implementation of the workers MoU", ["labour_migration"], ["BGD","MYS"], [mys, bgd], [],
    [H("agreed", "2021-12-20", "on_or_before", None, "Both countries have agreed to set up a joint working group to monitor implementation, which will hold its first meeting in Dhaka in mid-January")]),
  A(L_G2G, "agreement", "G2G Plus agreement on Bangladeshi workers (2016)", ["labour_migration"], ["BGD","MYS"], [mys, bgd], [],
    [H("signed", "2016-02", "month", None, "Malaysia suspended the previous arrangement, the G2G Plus agreement signed in February 2016, in September 2018 following allegations of exploitation of workers by recruitment agencies."),
     H("suspended", "2018-09", "month", None, "Malaysia suspended the previous arrangement, the G2G Plus agreement signed in February 2016, in September 2018 following allegations of exploitation of workers by recruitment agencies.")]),
 ], [
  E("BGD-MYS-workers-mou-virtual-signing-2021", "ceremony", "Virtual signing ceremony of the Malaysia-Bangladesh workers MoU", "held", "2021-12-19", "2021-12-19", None, None, None,
    ["Ahmed Munirus Saleheen"], ["BGD","MYS"], [L_MOU],
    "Human Resources Minister Datuk Seri M. Saravanan said the MoU was signed on Sunday by the secretary-general of the ministry and Bangladesh's Secretary of Expatriates' Welfare and Overseas Employment Ministry, Ahmed Munirus Saleheen, at a virtual ceremony.", opt=True, note="virtual ceremony"),
  E("BGD-MYS-jwg-first-meeting-dhaka-2022", "meeting", "First meeting of the Malaysia-Bangladesh joint working group", "planned", "2022-01", "2022-01", "Dhaka", "BGD", "MYS",
    [], ["BGD","MYS"], [L_JWG],
    "Both countries have agreed to set up a joint working group to monitor implementation, which will hold its first meeting in Dhaka in mid-January"),
 ], "Bernama: 'on Sunday' (past) -> 2021-12-19. JWG agreed with no day given -> on_or_before publication. G2G Plus: signed Feb 2016, suspended Sept 2018. The Malaysian 1990 housing Act is domestic law, not an instrument.")

# ---------------- q15: Norway press release 2011 ----------------
NB, NG, NF5, NF6 = "NOR-RUS-barents-sea-maritime-delimitation-treaty-2010", "NOR-RUS-grey-zone-agreement-1978", "NOR-RUS-fisheries-agreement-1975", "NOR-RUS-fisheries-agreement-1976"
nor, rus15 = S("Norway", "NOR", ["Kingdom of Norway"]), S("Russia", "RUS", ["Russian Federation"])
fq = "The existing fisheries cooperation under the bilateral fisheries agreements of 1975 and 1976 will continue, and these agreements will remain in force for 15 years, after which they may be extended."
gq = "With the entry into force of the treaty, the Grey Zone Agreement of 1978, a temporary practical arrangement for fisheries in a disputed area of the Barents Sea, ceases to apply."
F("q15.txt", "2011-07-07", [
  A(NB, "treaty", "Treaty between Norway and Russia concerning Maritime Delimitation and Cooperation in the Barents Sea and the Arctic Ocean", ["maritime", "border_security", "energy"], ["NOR","RUS"],
    [nor, rus15], ["Jonas Gahr Støre", "Sergey Lavrov"],
    [H("signed", "2010-09-15", "day", "Murmansk", "The treaty was signed in Murmansk on 15 September 2010 by Minister of Foreign Affairs Jonas Gahr Støre and Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, in the presence of Prime Minister Jens Stoltenberg and President Dmitry Medvedev."),
     H("ratified", "2011-02-08", "day", None, "The Storting gave its consent to ratification on 8 February 2011."),
     H("ratified", "2011-06-07", "day", "Oslo", "The instruments of ratification were exchanged in Oslo on 7 June 2011, and in accordance with Article 8 the treaty enters into force 30 days after the exchange."),
     H("in_force", "2011-07-07", "day", None, "The Treaty between the Kingdom of Norway and the Russian Federation concerning Maritime Delimitation and Cooperation in the Barents Sea and the Arctic Ocean enters into force today.")],
    note="Storting consent recorded as ratified; exchange of instruments as a second ratified stage"),
  A(NG, "agreement", "Grey Zone Agreement of 1978 (temporary fisheries arrangement in the Barents Sea)", ["maritime", "agriculture"], ["NOR","RUS"], [nor, rus15], [],
    [H("signed", "1978", "year", None, gq), H("terminated", "2011-07-07", "day", None, gq)]),
  A(NF5, "agreement", "Norway-Russia fisheries agreement of 1975", ["maritime", "agriculture"], ["NOR","RUS"], [nor, rus15], [],
    [H("signed", "1975", "year", None, fq), H("in_force", None, "unknown", None, fq)], note="continues in force for 15 years"),
  A(NF6, "agreement", "Norway-Russia fisheries agreement of 1976", ["maritime", "agriculture"], ["NOR","RUS"], [nor, rus15], [],
    [H("signed", "1976", "year", None, fq), H("in_force", None, "unknown", None, fq)], note="continues in force for 15 years"),
  A("NOR-RUS-joint-fisheries-commission", "arrangement", "Norwegian-Russian Joint Fisheries Commission", ["maritime", "agriculture"], ["NOR","RUS"], [nor, rus15], [],
    [H("in_force", None, "unknown", None, "The Norwegian-Russian Joint Fisheries Commission will hold its annual session in Kaliningrad in October.")],
    opt=True, note="review: existing joint commission (an agreed mechanism) mentioned in passing; no stage reported beyond its operation"),
 ], [
  E("NOR-RUS-barents-treaty-signing-murmansk-2010", "ceremony", "Signing of the Barents Sea treaty in Murmansk", "held", "2010-09-15", "2010-09-15", "Murmansk", "RUS", "NOR",
    ["Jonas Gahr Støre", "Sergey Lavrov", "Jens Stoltenberg", "Dmitry Medvedev"], ["NOR","RUS"], [NB],
    "The treaty was signed in Murmansk on 15 September 2010 by Minister of Foreign Affairs Jonas Gahr Støre and Minister of Foreign Affairs of the Russian Federation Sergey Lavrov, in the presence of Prime Minister Jens Stoltenberg and President Dmitry Medvedev."),
  E("NOR-RUS-barents-treaty-exchange-of-instruments-oslo-2011", "ceremony", "Exchange of instruments of ratification in Oslo", "held", "2011-06-07", "2011-06-07", "Oslo", "NOR", "RUS",
    [], ["NOR","RUS"], [NB],
    "The instruments of ratification were exchanged in Oslo on 7 June 2011, and in accordance with Article 8 the treaty enters into force 30 days after the exchange.", opt=True, note="no participants named"),
  E("NOR-RUS-joint-fisheries-commission-session-2011", "meeting", "Annual session of the Norwegian-Russian Joint Fisheries Commission", "planned", "2011-10", "2011-10", "Kaliningrad", "RUS", "NOR",
    [], ["NOR","RUS"], [], "The Norwegian-Russian Joint Fisheries Commission will hold its annual session in Kaliningrad in October."),
 ], "Government press release (Norwegian MFA), dated 07/07/2011 (DD/MM) with 'today'. Four stages of the treaty; 1978 Grey Zone Agreement terminated today; 1975/1976 fisheries agreements remain in force (date null). The Joint Fisheries Commission (existing mechanism) is an optional item with an undated in_force stage; its session is a planned event.")

# ---------------- q16: AFP 2026 Armenia-Azerbaijan ----------------
AA_T, AA_M = "ARM-AZE-peace-treaty-2025", "ARM-AZE-IGO:OSCE-minsk-group"
arm, aze = S("Armenia", "ARM", ["Yerevan"]), S("Azerbaijan", "AZE", ["Baku"])
F("q16.txt", "2026-03-12", [
  A(AA_T, "treaty", "Armenia-Azerbaijan peace treaty", ["peace_security", "diplomatic_relations"], ["ARM","AZE"], [arm, aze], [],
    [H("finalized", "2025-08", "month", "Washington", "The text of the treaty was initialled by the two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, at the White House in August last year, in the presence of US President Donald Trump.")],
    note="initialled, not signed: initialling ministers go on the event, not as signatories. Azerbaijan 'has refused to sign it until...' and 'could sign ... if' are conditional: status stays finalized (no rejected, no planned stage)"),
  A(AA_M, "arrangement", "OSCE Minsk Group (mediation mechanism for the Karabakh conflict)", ["peace_security"], ["ARM","AZE","IGO:OSCE"],
    [IO("OSCE", "IGO:OSCE", ["OSCE Minsk Group"]), arm, aze], [],
    [H("terminated", "2025-12", "month", None, "The OSCE Minsk Group, which mediated the conflict for three decades, was formally dissolved in December after both countries asked for its closure.")]),
 ], [
  E("ARM-AZE-USA-peace-treaty-initialling-washington-2025", "ceremony", "Initialling of the Armenia-Azerbaijan peace treaty at the White House", "held", "2025-08", "2025-08", "Washington", "USA", None,
    ["Ararat Mirzoyan", "Jeyhun Bayramov", "Donald Trump"], ["ARM","AZE","USA"], [AA_T],
    "The text of the treaty was initialled by the two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, at the White House in August last year, in the presence of US President Donald Trump."),
  E("ARM-AZE-pashinyan-aliyev-meeting-abu-dhabi-2026", "meeting", "Pashinyan-Aliyev meeting on the sidelines of a summit in Abu Dhabi", "planned", "2026-03", "2026-03", "Abu Dhabi", None, None,
    ["Nikol Pashinyan", "Ilham Aliyev"], ["ARM","AZE"], [],
    "Pashinyan and Azerbaijani President Ilham Aliyev are due to meet next week on the sidelines of a summit in Abu Dhabi, Pashinyan's office said, although no signing is planned.",
    note="'next week' -> week of 2026-03-16, recorded at month precision"),
 ], "AFP 2026 (Published line): initialled 'in August last year' -> 2025-08 (finalized, Washington from 'the White House'). Conditional 'could sign ... if', refusal to sign until a constitutional change and the rejection 'of the idea' on Wednesday are not coded as rejected: Baku refuses to sign now but initialled the text (cf. P judgement p30). Minsk Group dissolved 'in December' -> 2025-12 (terminated).")

# ---------------- q17: Reuters 2015 Cuba Paris Club ----------------
C_PC = "CAN-CUB-ESP-FRA-IGO:ParisClub-JPN-debt-settlement-2015"
cub = S("Cuba", "CUB", ["Havana"])
pcp = [cub, IO("Paris Club", "IGO:ParisClub", ["group of creditor nations"]), S("France", "FRA"), S("Japan", "JPN"), S("Spain", "ESP"), S("Canada", "CAN")]
F("q17.txt", "2015-12-12", [
  A(C_PC, "agreement", "Cuba-Paris Club creditors debt settlement ($11.1bn, $8.5bn forgiven)", ["finance"], ["CAN","CUB","ESP","FRA","IGO:ParisClub","JPN"], pcp, [],
    [H("negotiating", "2014", "year", None, "Cuba defaulted on the debt in 1986, and talks on the matter had stalled for decades before resuming in 2014."),
     H("agreed", "2015-12-12", "day", "Paris", "Under the agreement, reached in Paris with 14 creditor countries including France, Japan, Spain and Canada, Cuba will repay the remaining $2.6 billion over 18 years.")],
    note="'struck a deal' on Saturday; bilateral implementing agreements still to be signed -> agreed, not signed"),
  A("CAN-CUB-ESP-FRA-IGO:ParisClub-JPN-bilateral-implementing-agreements-2015", "agreement", "Bilateral agreements between each Paris Club creditor and Cuba implementing the deal", ["finance"], ["CAN","CUB","ESP","FRA","IGO:ParisClub","JPN"], pcp, [],
    [H("planned", None, "unknown", None, "Each creditor country will still have to sign a bilateral agreement with Havana to implement the deal, the Paris Club said in a statement.")],
    opt=True, note="several unnamed bilateral agreements"),
  A("CUB-RUS-soviet-era-debt-write-off-2014", "agreement", "Russian write-off of 90 percent of Cuba's Soviet-era debt", ["finance"], ["CUB","RUS"], [cub, S("Russia", "RUS")], [],
    [H("agreed", "2014", "year", None, "Russia agreed in 2014 to write off 90 percent of Cuba's $35 billion Soviet-era debt, and Mexico forgave 70 percent of a $487 million debt in 2013.")]),
  A("CUB-MEX-debt-relief-2013", "agreement", "Mexican forgiveness of 70 percent of Cuba's $487 million debt", ["finance"], ["CUB","MEX"], [cub, S("Mexico", "MEX")], [],
    [H("agreed", "2013", "year", None, "Russia agreed in 2014 to write off 90 percent of Cuba's $35 billion Soviet-era debt, and Mexico forgave 70 percent of a $487 million debt in 2013.")]),
  A("CUB-USA-restoration-of-diplomatic-relations-2015", "other", "Restoration of diplomatic ties between Cuba and the United States", ["diplomatic_relations"], ["CUB","USA"], [cub, S("United States", "USA", ["Washington"])], [],
    [H("agreed", "2015-07", "month", None, "The deal comes as Havana and Washington work to normalize relations after restoring diplomatic ties in July.")], opt=True, note="no instrument named"),
 ], [
  E("CAN-CUB-ESP-FRA-IGO:ParisClub-JPN-paris-club-debt-talks-paris-2015", "talks", "Cuba-Paris Club creditor talks in Paris", "held", "2015-12-12", "2015-12-12", "Paris", "FRA", "CUB",
    ["Ricardo Cabrisas"], ["CAN","CUB","ESP","FRA","IGO:ParisClub","JPN"], [C_PC],
    "Cuba struck a deal with a group of creditor nations on Saturday to settle $11.1 billion of defaulted debt, with the creditors agreeing to forgive $8.5 billion in interest and penalties, the Paris Club of creditor nations said."),
 ], "Reuters 2015 (Saturday). The Paris Club is coded IGO:ParisClub (informal creditor group) with the four named creditors; 'struck a deal' = agreed. Mexico 'forgave' recorded as agreed. Cuba's 1986 default is not an instrument.")

# ---------------- q18: web page 2024 Nepal-China ----------------
NP_F, NP_M, NP_R = "CHN-NPL-bri-cooperation-framework-2024", "CHN-NPL-bri-mou-2017", "CHN-NPL-kerung-kathmandu-railway-feasibility-study-agreement-2024"
npl, chn18 = S("Nepal", "NPL", ["Kathmandu"]), S("China", "CHN", [])
F("q18.txt", "2024-12-04", [
  A(NP_F, "agreement", "Framework for Belt and Road Cooperation between Nepal and China", ["economic_cooperation", "infrastructure"], ["CHN","NPL"], [npl, chn18], ["Amrit Bahadur Rai"],
    [H("signed", "2024-12-04", "day", "Beijing", "Nepal and China on Wednesday signed the Framework for Belt and Road Cooperation in Beijing, ending a seven-year wait for the implementation of projects under the Chinese initiative.")]),
  A(NP_M, "memorandum", "Nepal-China MoU on the Belt and Road Initiative (2017)", ["economic_cooperation", "infrastructure"], ["CHN","NPL"], [npl, chn18], [],
    [H("signed", "2017-05", "month", None, "Nepal had signed a memorandum of understanding on the Belt and Road Initiative with China in May 2017, but no project had moved forward since then.")]),
  A(NP_R, "agreement", "Agreement on the feasibility study of the Kerung-Kathmandu cross-border railway", ["transport", "infrastructure"], ["CHN","NPL"], [npl, chn18], [],
    [H("signed", "2024-12-04", "day", None, "The two sides also signed nine other documents, including an agreement on the feasibility study of the Kerung-Kathmandu cross-border railway.")]),
 ], [
  E("CHN-NPL-oli-visit-china-2024", "visit", "KP Sharma Oli's official visit to China", "held", "2024-12-03", "2024-12-04", "Beijing", "CHN", "NPL",
    ["KP Sharma Oli", "Li Qiang", "Xi Jinping", "Amrit Bahadur Rai"], ["CHN","NPL"], [NP_F, NP_R],
    "The framework was signed by Foreign Secretary Amrit Bahadur Rai and Chinese officials during Prime Minister KP Sharma Oli's official visit to China, the Prime Minister's Secretariat said.", count=10,
    note="dates from the dated meetings (Tuesday talks, Wednesday signing); the 'four-day' visit appears only in an 'Also read' link"),
  E("CHN-NPL-oli-li-qiang-talks-2024", "talks", "Oli-Li Qiang talks", "held", "2024-12-03", "2024-12-03", None, "CHN", "NPL",
    ["KP Sharma Oli", "Li Qiang"], ["CHN","NPL"], [], "Oli held talks with Premier Li Qiang on Tuesday and met President Xi Jinping the same day."),
  E("CHN-NPL-oli-xi-meeting-2024", "meeting", "Oli-Xi Jinping meeting", "held", "2024-12-03", "2024-12-03", None, "CHN", "NPL",
    ["KP Sharma Oli", "Xi Jinping"], ["CHN","NPL"], [], "Oli held talks with Premier Li Qiang on Tuesday and met President Xi Jinping the same day."),
 ], "Web page with noise (share bar, photo caption, two 'Also read' links, comments). Ten documents (framework + 'nine other'). 'aid assistance financing' compromise: no separate instrument.")

# ---------------- hard negatives ----------------
F("q19.txt", "2025-03-06", [], [], "HARD NEGATIVE: company-to-company lithium supply agreement and share purchase agreement (Kazakh miner, Korean battery maker); 'talks', 'meeting', 'visit' by engineers.")
F("q20.txt", "2025-01-09", [], [], "HARD NEGATIVE: sports contracts (coach agreement, F1 sponsorship deal, NBA contract extension); 'signed', 'struck a deal', 'meeting', 'talks', hospital 'visited'.")
F("q21.txt", "2023-05-22", [], [], "HARD NEGATIVE: domestic coalition MoU between Thai parties; 'agreed that', 'talks', 'first session' of parliament.")
F("q22.txt", "2024-03-13", [], [], "HARD NEGATIVE: labour wage agreements (Toyota, Nippon Steel unions); PM 'met with business and labor leaders' is domestic.")
F("q23.txt", "2019-09-18", [], [], "HARD NEGATIVE: merger agreement between two Indonesian cement makers; 'talks', shareholder 'meetings'.")
F("q24.txt", "2022-08-26", [], [], "HARD NEGATIVE: stock market report: 'trading session', 'meet targets', Fed 'annual meeting' (Jackson Hole symposium, domestic), plantation land sale agreement (company deal).")
F("q25.txt", None, [], [], "HARD NEGATIVE, NO DATE: K-pop singer's private visit to Paris; agency contract; 'talks' on a tour; share widget and photo caption.")
F("q26.txt", "2019-11-15", [], [], "HARD NEGATIVE: Mongolian parliament session passes budget; cabinet meeting; ruling party-opposition 'deal' (domestic); 'met the target'; working-group 'visit' to city districts.")

# ---------------- other news with a passing mention ----------------
F("q27.txt", "2023-03-05", [
  A("AUS-VUT-bilateral-security-agreement-2022", "agreement", "Australia-Vanuatu bilateral security agreement", ["peace_security", "defence"], ["AUS","VUT"],
    [S("Australia", "AUS", ["Canberra"]), S("Vanuatu", "VUT", [])], [],
    [H("signed", "2022-12", "month", "Port Vila", "Australia's assistance is being provided under the bilateral security agreement the two countries signed in Port Vila in December, which covers disaster response."),
     H("implemented", "2023-03-05", "on_or_before", None, "Australia's assistance is being provided under the bilateral security agreement the two countries signed in Port Vila in December, which covers disaster response.")],
    note="'in December' in a March 2023 article -> 2022-12; assistance 'is being provided under' it -> implemented (news of the day)"),
 ], [], "Disaster news with one passing mention: Australia-Vanuatu security agreement signed December (2022) and used for the aid. Aid flights are not diplomatic events.")
F("q28.txt", None, [
  A("IGO:ECOWAS-protocol-on-free-movement-of-persons-1979", "protocol", "ECOWAS Protocol on Free Movement of Persons", ["visa", "labour_migration"], ["IGO:ECOWAS"],
    [IO("ECOWAS", "IGO:ECOWAS", ["West African states"])], [],
    [H("signed", "1979", "year", None, "Under the ECOWAS Protocol on Free Movement of Persons, signed by West African states in 1979, citizens of member countries can enter other member states without a visa for up to 90 days."),
     H("in_force", None, "unknown", None, "Under the ECOWAS Protocol on Free Movement of Persons, signed by West African states in 1979, citizens of member countries can enter other member states without a visa for up to 90 days.")],
    note="no member state named as party"),
 ], [], "Sports news, NO DATE, with one passing mention (ECOWAS free-movement protocol 1979). 'respected the meeting' (a match), 'met their first target' are distractors.")
F("q29.txt", "2023-06-30", [
  A("IGO:IMF-LKA-extended-fund-facility-2023", "programme", "IMF Extended Fund Facility for Sri Lanka ($2.9 billion)", ["finance"], ["IGO:IMF","LKA"],
    [IO("International Monetary Fund", "IGO:IMF", []), S("Sri Lanka", "LKA", [])], [],
    [H("signed", "2023-03", "month", None, "The rupee has gained about 16% against the U.S. dollar this year, helped by the $2.9 billion Extended Fund Facility that the International Monetary Fund approved for Sri Lanka in March.")],
    note="IMF approval = signed (P convention)"),
 ], [], "Economic news with one passing mention: IMF EFF approved in March (2023). Central bank 'due to meet' is a domestic meeting.")
F("q30.txt", "2022-11-08", [], [
  E("CHN-KHM-hun-sen-li-keqiang-meeting-2022", "meeting", "Hun Sen-Li Keqiang meeting in Phnom Penh", "planned", "2022-11-10", "2022-11-10", "Phnom Penh", "KHM", "CHN",
    ["Hun Sen", "Li Keqiang"], ["CHN","KHM"], [],
    "The reopening came as Cambodia prepared to host the ASEAN summit in Phnom Penh, where Prime Minister Samdech Techo Hun Sen is scheduled to meet Chinese Premier Li Keqiang on Thursday."),
  E("IGO:ASEAN-KHM-summit-phnom-penh-2022", "summit", "ASEAN summit in Phnom Penh", "planned", None, None, "Phnom Penh", "KHM", None,
    [], ["IGO:ASEAN", "KHM"], [],
    "The reopening came as Cambodia prepared to host the ASEAN summit in Phnom Penh, where Prime Minister Samdech Techo Hun Sen is scheduled to meet Chinese Premier Li Keqiang on Thursday.", opt=True, note="no date, no participants named"),
 ], "Heritage news with one passing diplomatic mention: planned Hun Sen-Li Keqiang meeting on Thursday (future) -> 2022-11-10. Name written 'Samdech Techo Hun Sen' (honorifics).")

json.dump({"batch": "Q", "files": files}, open("gold/probesQ/batch_Q.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
