#!/usr/bin/env python3
"""Gold annotation of batch U (probesU), in the GUIDE batch format. Run: python3 gold/probesU/annotate.py"""
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

guy, sur = S("Guyana", "GUY", ["GUYANA"]), S("Suriname", "SUR")
BR = "GUY-SUR-corentyne-river-bridge-mou-2023"; WG = "GUY-SUR-bridge-joint-working-group-2023"; VSAN = "GUY-SUR-santokhi-visit-georgetown-2023"
# ================= u01 / u02: Guyana-Suriname bridge MoU (cluster A) =================
doc("u01.txt")
F("u01.txt", "2023-07-29", [
  A(BR, "memorandum", "Guyana-Suriname MoU on a bridge across the Corentyne River (about US$250 million)", ["infrastructure", "transport"], ["GUY", "SUR"],
    [guy, sur], ["Hugh Todd", "Albert Ramdin"],
    [H("signed", "2023-07-28", "day", "Georgetown", "The MoU was signed at the Arthur Chung Conference Centre in Georgetown")],
    note="'on Friday' against Saturday 2023-07-29 -> 07-28; presidents present, ministers sign"),
  A(WG, "arrangement", "Guyana-Suriname joint technical working group on the bridge's financing and design", ["infrastructure"], ["GUY", "SUR"],
    [guy, sur], [], [H("agreed", "2023-07-29", "on_or_before", None, "the two leaders had also agreed to establish a joint technical working group")],
    note="agreed mechanism, no day given"),
  A("GUY-SUR-ferry-service-agreement-1998", "agreement", "Guyana-Suriname agreement on the Moleson Creek-South Drain ferry service", ["transport"], ["GUY", "SUR"],
    [guy, sur], [], [H("signed", "1998", "year", None, "under an agreement signed by the two governments in 1998"),
                     H("in_force", None, "unknown", None, "under an agreement signed by the two governments in 1998")],
    note="background: signed 1998, 'remains in force' without a time anchor"),
  A("GUY-SUR-bridge-financing-framework-agreement-2023", "agreement", "Guyana-Suriname framework agreement on the financing of the Corentyne bridge", ["infrastructure", "finance"], ["GUY", "SUR"],
    [guy, sur], [], [H("planned", "2023-10", "month", "Paramaribo", "when the two sides hope to sign a framework agreement on the bridge's financing")],
    opt=True, note="a hoped-for signing during a planned visit in October"),
 ], [
  E(VSAN, "visit", "Surinamese President Chandrikapersad Santokhi's two-day official visit to Guyana", "held", "2023-07-27", "2023-07-28", "Georgetown", "GUY", "SUR",
    ["Chandrikapersad Santokhi", "Irfaan Ali", "Hugh Todd", "Albert Ramdin"], ["GUY", "SUR"], [BR, WG], "who was on a two-day official visit to Guyana",
    note="talks Thursday 07-27, signing Friday 07-28"),
  E("GUY-SUR-ali-santokhi-talks-2023", "talks", "Ali-Santokhi bilateral talks", "held", "2023-07-27", "2023-07-27", None, "GUY", "SUR",
    ["Irfaan Ali", "Chandrikapersad Santokhi"], ["GUY", "SUR"], [], "The two heads of state held bilateral talks on Thursday", opt=True,
    note="talks within the visit"),
  E("GUY-SUR-ali-visit-paramaribo-2023", "visit", "President Irfaan Ali's return visit to Paramaribo", "planned", "2023-10", "2023-10", "Paramaribo", "SUR", "GUY",
    ["Irfaan Ali"], ["GUY", "SUR"], ["GUY-SUR-bridge-financing-framework-agreement-2023"], "President Ali is expected to pay a return visit to Paramaribo in October"),
 ], "Guyanese web page (cookie banner, photo caption, tags). Cluster A with u02 (cost US$250m here vs 200m in u02; 'Chandrikapersad Santokhi' vs 'Chan Santokhi').")

doc("u02.txt")
F("u02.txt", "2023-07-29", [
  A(BR, "memorandum", "Suriname-Guyana memorandum on the first bridge over the Corentyne River (about 200 million US dollars)", ["infrastructure", "transport"], ["GUY", "SUR"],
    [sur, S("Guyana", "GUY")], [],
    [H("signed", "2023-07-28", "day", "Georgetown", "The document was signed on Friday in Georgetown during a visit by Surinamese President Chan Santokhi")],
    note="signers not named"),
  A(WG, "arrangement", "Suriname-Guyana bilateral working group on financing and technical design of the bridge", ["infrastructure"], ["GUY", "SUR"],
    [sur, S("Guyana", "GUY")], [], [H("agreed", "2023-07-29", "on_or_before", None, "the two presidents agreed to create a bilateral working group")]),
  A("GUY-SUR-energy-cooperation-mou-2021", "memorandum", "Guyana-Suriname energy cooperation memorandum", ["energy"], ["GUY", "SUR"],
    [S("Guyana", "GUY"), sur], [], [H("signed", "2021", "year", None, "with Guyana and Suriname having signed an energy cooperation memorandum in 2021")],
    note="background"),
 ], [
  E(VSAN, "visit", "Chan Santokhi's visit to Guyana", "held", "2023-07-27", "2023-07-28", "Georgetown", "GUY", "SUR",
    ["Chan Santokhi", "Mohamed Irfaan Ali"], ["GUY", "SUR"], [BR, WG], "Santokhi's visit, from Thursday to Friday, was his third to Guyana since taking office."),
 ], "Xinhua, Paramaribo dateline. Cluster A with u01. CARICOM membership and Chinese builders are context, not items.")

# ================= u03 / u04: Brazil-Angola oil-backed credit (cluster B, 1986) =================
CR, JCP, VKI = "AGO-BRA-oil-backed-credit-agreement-1986", "AGO-BRA-joint-commission-protocol-1986", "AGO-BRA-kiala-delegation-visit-brasilia-1986"
ago, bra = S("Angola", "AGO"), S("Brazil", "BRA")
doc("u03.txt")
F("u03.txt", "1986-11-12", [
  A(CR, "agreement", "Brazilian 200 mln dlr credit line to Angola repaid in oil", ["finance", "trade"], ["AGO", "BRA"],
    [bra, ago], ["Paulo Tarso Lins", "Mateus Kiala"],
    [H("signed", "1986-11-11", "day", None, "The credit agreement was signed on Tuesday by Brazilian Finance Ministry")],
    note="lead sentence 'has agreed to extend' is the same deal; 'on Tuesday' against Wednesday 1986-11-12 -> 11-11; place not in the sentence"),
  A("BRA-NGA-oil-for-credit-scheme", "agreement", "Brazil-Nigeria oil-for-credit scheme", ["finance", "trade"], ["BRA", "NGA"],
    [bra, S("Nigeria", "NGA")], [], [H("negotiating", "1986-11-12", "on_or_before", None, "Brazil is negotiating a similar oil-for-credit scheme with Nigeria")],
    note="'no agreement expected before next year' -> no further stage"),
  A(JCP, "protocol", "Angola-Brazil protocol setting up a joint commission on trade", ["trade", "economic_cooperation"], ["AGO", "BRA"],
    [ago, bra], [], [H("planned", "1986-11-13", "day", None, "The Angolan delegation will also sign a protocol setting up a joint commission on trade before it leaves on Thursday")],
    note="to be signed before Thursday 1986-11-13 (target date); u04 reports it signed on Wednesday 11-12"),
 ], [
  E(VKI, "visit", "Angolan delegation led by Foreign Trade Minister Mateus Kiala in Brasilia", "held", "1986-11-11", "1986-11-13", "Brasilia", "BRA", "AGO",
    ["Mateus Kiala", "Paulo Tarso Lins"], ["AGO", "BRA"], [CR, JCP], "who is leading a delegation to Brasilia",
    note="only the signing Tuesday and the departure Thursday known here; u04 gives four days of talks ending Tuesday"),
  E("AGO-BRA-joint-commission-first-meeting-1987", "meeting", "First meeting of the Angola-Brazil joint trade commission in Luanda", "planned", "1987-03", "1987-03", "Luanda", "AGO", "BRA",
    [], ["AGO", "BRA"], [], "The first meeting of the commission is planned for Luanda in March."),
 ], "Reuters 1986, Brasilia dateline. Cluster B with u04 (200 mln vs 180 mln dlrs, 'Kiala' vs 'Quiala', protocol planned Thursday vs signed Wednesday). Recognition of the MPLA in 1975 is not an instrument.")

doc("u04.txt")
F("u04.txt", "1986-11-13", [
  A(CR, "agreement", "Angola-Brazil 180 mln dlr credit agreement repaid in crude oil", ["finance", "trade"], ["AGO", "BRA"],
    [ago, bra], ["Mateus Quiala"],
    [H("signed", "1986-11-11", "day", "Brasilia", "ANGOP said the agreement was signed in Brasilia on Tuesday")],
    note="'on Tuesday' against Thursday 1986-11-13 -> 11-11"),
  A(JCP, "protocol", "Angola-Brazil protocol establishing a mixed commission for economic and trade cooperation", ["trade", "economic_cooperation"], ["AGO", "BRA"],
    [ago, bra], [], [H("signed", "1986-11-12", "day", None, "The two countries on Wednesday also signed a protocol establishing a mixed commission")]),
  A("AGO-BRA-trade-economic-cooperation-agreement-1980", "agreement", "1980 Angola-Brazil trade and economic cooperation agreement", ["trade", "economic_cooperation"], ["AGO", "BRA"],
    [ago, bra], [], [H("signed", "1980", "year", None, "Trade between the two countries is governed by a 1980 trade and economic cooperation agreement."),
                     H("in_force", None, "unknown", None, "Trade between the two countries is governed by a 1980 trade and economic cooperation agreement.")],
    note="background"),
  A("AGO-PRT-new-credits", "agreement", "New Portuguese credits for Angola", ["finance"], ["AGO", "PRT"],
    [ago, S("Portugal", "PRT")], [], [H("negotiating", "1986-11-13", "on_or_before", None, "Diplomats in Luanda said Angola was also seeking new credits from Portugal")],
    opt=True, note="vague 'seeking new credits', talks made little progress"),
 ], [
  E(VKI, "visit", "Angolan Foreign Trade Minister Mateus Quiala's talks in Brazil", "held", "1986-11-08", "1986-11-12", "Brasilia", "BRA", "AGO",
    ["Mateus Quiala", "Roberto Abreu Sodre"], ["AGO", "BRA"], [CR, JCP], "at the end of four days of talks with the Brazilian government",
    note="four days of talks ending Tuesday 11-11 -> from 11-08; protocol signed Wednesday 11-12"),
  E("AGO-BRA-quiala-abreu-sodre-meeting-1986", "meeting", "Quiala received by Brazilian Foreign Minister Roberto Abreu Sodre", "held", "1986-11-10", "1986-11-10", None, "BRA", "AGO",
    ["Mateus Quiala", "Roberto Abreu Sodre"], ["AGO", "BRA"], [], "It said Quiala had been received on Monday by Brazilian Foreign Minister Roberto Abreu Sodre.", opt=True),
 ], "Reuters 1986 citing ANGOP, Luanda dateline. Cluster B with u03.")

# ================= u05 / u06: Moldova-Romania Ungheni bridge (cluster C, with u26) =================
UB, EMM, JGM = "MDA-ROU-ungheni-prut-bridge-agreement-2024", "MDA-ROU-emergency-situations-memorandum-2024", "MDA-ROU-joint-government-meeting-chisinau-2024"
mda, rou = S("Moldova", "MDA"), S("Romania", "ROU")
doc("u05.txt")
F("u05.txt", "2024-03-15", [
  A(UB, "agreement", "Moldova-Romania intergovernmental agreement on a new road bridge over the Prut at Ungheni (EUR 45 million)", ["infrastructure", "transport"], ["MDA", "ROU"],
    [mda, rou], ["Vasile Ceban", "Mihai Dobre"],
    [H("signed", "2024-03-14", "day", "Chisinau", "Moldova and Romania on Thursday signed an intergovernmental agreement on the construction of a new road bridge")],
    note="'on Thursday' against Friday 2024-03-15 -> 03-14; place from the next sentence 'The agreement was signed in Chisinau' (review: the text places the stage); pending ratification -> no stage"),
  A("MDA-ROU-leova-prut-bridge-agreement-2022", "agreement", "Moldova-Romania agreement on the bridge at Leova", ["infrastructure", "transport"], ["MDA", "ROU"],
    [rou, mda], [], [H("signed", "2022", "year", None, "Romania has yet to ratify the agreement on the bridge at Leova, signed in 2022")],
    note="'has yet to ratify' -> no ratified stage"),
  A("MDA-ROU-energy-interconnections-action-plan-2024", "action_plan", "Moldova-Romania action plan on energy interconnections for 2024-2026", ["energy"], ["MDA", "ROU"],
    [mda, rou], [], [H("agreed", "2024-03-14", "day", None, "At the joint meeting the two governments also adopted an action plan on energy interconnections")],
    vp={"from": "2024", "to": "2026"}, note="adopted at the joint meeting (Thursday)"),
  A(EMM, "memorandum", "Moldova-Romania memorandum on cooperation in emergency situations", ["other"], ["MDA", "ROU"],
    [mda, rou], [], [H("signed", "2024-03-14", "day", None, "signed a memorandum on cooperation in emergency situations")]),
 ], [
  E(JGM, "meeting", "Joint meeting of the Moldovan and Romanian governments in Chisinau", "held", "2024-03-14", "2024-03-14", "Chisinau", "MDA", "ROU",
    ["Dorin Lupascu", "Marcel Ionescu", "Vasile Ceban", "Mihai Dobre"], ["MDA", "ROU"], [UB, "MDA-ROU-energy-interconnections-action-plan-2024", EMM],
    "during a joint meeting of the two governments, chaired by Prime Ministers Dorin Lupascu and Marcel Ionescu"),
  E("MDA-ROU-joint-government-meeting-bucharest-2024", "meeting", "Next joint meeting of the two governments in Bucharest", "planned", "2024", "2024", "Bucharest", "ROU", "MDA",
    [], ["MDA", "ROU"], [], "The next joint government meeting will take place in Bucharest in the autumn.", note="'in the autumn' -> year precision"),
 ], "Moldovan web page (cookie banner, caption, Read more, tags). Cluster C with u06 (EUR 40m) and u26. Romania's development assistance programme is unilateral funding, not coded. EU accession link is noise.")

doc("u06.txt")
F("u06.txt", "2024-03-14", [
  A(UB, "agreement", "Romania-Moldova agreement to build a third bridge over the Prut at Ungheni (40 million euros)", ["infrastructure", "transport"], ["MDA", "ROU"],
    [rou, mda], ["Mihai Dobre", "Vasili Ceban"],
    [H("signed", "2024-03-14", "day", "Chisinau", "Romania and Moldova on Thursday signed an agreement to build a new bridge over the Prut river")],
    note="Thursday = publication day; place in the same sentence"),
  A(EMM, "memorandum", "Romania-Moldova memorandum of understanding on emergency situations", ["other"], ["MDA", "ROU"],
    [rou, mda], [], [H("signed", "2024-03-14", "on_or_before", None, "The two sides also signed a memorandum of understanding on emergency situations")]),
 ], [
  E(JGM, "meeting", "Romanian-Moldovan joint government session in Chisinau", "held", "2024-03-14", "2024-03-14", "Chisinau", "MDA", "ROU",
    ["Marcel Ionescu", "Dorin Lupascu", "Mihai Dobre", "Vasili Ceban"], ["MDA", "ROU"], [UB, EMM],
    "Romanian Prime Minister Marcel Ionescu and his Moldovan counterpart Dorin Lupascu co-chaired the meeting"),
 ], "Anadolu, date line dd.mm.yyyy, Ankara byline. Cluster C ('Vasili Ceban', 40m euros). Moldova's EU application (2022) is not an instrument.")

# ================= u07: Croatia-Montenegro (BBC 2009) =================
doc("u07.txt")
hrv, mne = S("Croatia", "HRV"), S("Montenegro", "MNE")
PV = "HRV-MNE-prevlaka-icj-referral-protocol-2009"
F("u07.txt", "2009-11-23", [
  A(PV, "protocol", "Croatia-Montenegro protocol on referring the Prevlaka maritime border dispute to the International Court of Justice", ["diplomatic_relations", "maritime"], ["HRV", "MNE"],
    [hrv, mne], ["Ivana Markovic", "Dusko Radonjic"],
    [H("signed", "2009-11-22", "day", "Dubrovnik", "signed a protocol to that effect in the Croatian city of Dubrovnik on Sunday")],
    note="'on Sunday' against Monday 2009-11-23; ratification only expected -> no stage"),
  A("HRV-MNE-prevlaka-interim-protocol-2002", "protocol", "2002 Croatia-Montenegro interim protocol on Prevlaka (joint border regime)", ["border_security", "maritime"], ["HRV", "MNE"],
    [hrv, mne], [], [H("signed", "2002", "year", None, "An interim protocol signed in 2002"),
                     H("in_force", None, "unknown", None, "An interim protocol signed in 2002")]),
  A("HRV-SVN-border-arbitration-agreement-2009", "agreement", "Croatia-Slovenia arbitration agreement on the border dispute", ["diplomatic_relations"], ["HRV", "SVN"],
    [hrv, S("Slovenia", "SVN")], [], [H("signed", "2009-11", "month", "Stockholm", "under an agreement the two countries signed in Stockholm earlier this month")]),
  A("HRV-IGO:EU-accession-treaty", "treaty", "Croatia's EU accession (membership talks)", ["comprehensive_cooperation"], ["HRV", "IGO:EU"],
    [hrv, IO("European Union", "IGO:EU", ["EU", "Brussels"])], [], [H("negotiating", "2009-11-23", "on_or_before", None, "Croatia, which hopes to complete its EU membership talks next year")],
    opt=True, note="membership talks, no instrument named"),
 ], [
  E("HRV-MNE-markovic-radonjic-talks-dubrovnik-2009", "talks", "Markovic-Radonjic talks in Dubrovnik", "held", "2009-11-22", "2009-11-22", "Dubrovnik", "HRV", "MNE",
    ["Ivana Markovic", "Dusko Radonjic"], ["HRV", "MNE"], [PV], "signed a protocol to that effect in the Croatian city of Dubrovnik on Sunday"),
  E("HRV-MNE-markovic-visit-podgorica-2010", "visit", "Invitation to Croatian PM Markovic to visit Podgorica", "planned", "2010", "2010", "Podgorica", "MNE", "HRV",
    ["Ivana Markovic"], ["HRV", "MNE"], [], "Mr Radonjic said he had invited Ms Markovic to visit Podgorica in the spring.", opt=True,
    note="invitation only; 'in the spring' from November 2009 -> 2010"),
 ], "BBC 2009 page. Pending ratification with an expectation -> no stage.")

# ================= u08: Russia-Mozambique (TASS 2021) =================
doc("u08.txt")
moz, rus = S("Mozambique", "MOZ"), S("Russia", "RUS")
VX, CP = "MOZ-RUS-visa-exemption-official-passports-agreement-2021", "MOZ-RUS-foreign-ministry-consultations-plan-2022-2024"
F("u08.txt", "2021-09-07", [
  A(VX, "agreement", "Russia-Mozambique agreement on mutual visa exemption for diplomatic and service passport holders", ["visa"], ["MOZ", "RUS"],
    [rus, moz], ["Sergei Vorontsov", "Verónica Macuácua"],
    [H("signed", "2021-09-06", "day", "Moscow", "The document was signed on Monday in Moscow by Russian Deputy Foreign Minister Sergei Vorontsov")]),
  A(CP, "action_plan", "Plan of consultations between the Russian and Mozambican foreign ministries for 2022-2024", ["diplomatic_relations"], ["MOZ", "RUS"],
    [rus, moz], [], [H("signed", "2021-09-07", "on_or_before", None, "The sides also signed a plan of consultations between the two foreign ministries for 2022-2024")],
    vp={"from": "2022", "to": "2024"}),
  A("MOZ-RUS-military-technical-cooperation-agreement-2018", "agreement", "Russia-Mozambique agreement on military-technical cooperation", ["military_technical"], ["MOZ", "RUS"],
    [rus, moz], [], [H("in_force", "2018", "year", None, "the agreement on military-technical cooperation that entered into force in 2018")]),
  A("MOZ-RUS-peaceful-atomic-energy-agreement", "agreement", "Draft Russia-Mozambique agreement on cooperation in the peaceful use of atomic energy", ["energy"], ["MOZ", "RUS"],
    [rus, moz], [], [H("negotiating", "2021-09-07", "on_or_before", None, "agreed to speed up work on a draft agreement on cooperation in the peaceful use of atomic energy")]),
  A("MOZ-RUS-intergovernmental-commission-on-economic-cooperation", "arrangement", "Russia-Mozambique intergovernmental commission on economic cooperation", ["economic_cooperation"], ["MOZ", "RUS"],
    [rus, moz], [], [H("in_force", None, "unknown", None, "preparations for the next session of the intergovernmental commission on economic cooperation")],
    opt=True, note="review: existing mechanism (GUIDE: agreed mechanisms, joint commissions), no stage reported -> optional, in_force null (batch Q/R review convention)"),
 ], [
  E("MOZ-RUS-macuacua-working-visit-moscow-2021", "visit", "Mozambican Foreign Minister Verónica Macuácua's four-day working visit to Moscow", "held", "2021-09-05", "2021-09-08", "Moscow", "RUS", "MOZ",
    ["Verónica Macuácua", "Sergei Vorontsov", "Andrei Lavrenko"], ["MOZ", "RUS"], [VX, CP], "The Mozambican minister arrived in Moscow on Sunday on a four-day working visit.",
    note="arrived Sunday 09-05, four days -> 09-08 (under way at publication)"),
  E("MOZ-RUS-vorontsov-macuacua-talks-2021", "talks", "Vorontsov-Macuácua talks", "held", "2021-09-06", "2021-09-06", "Moscow", "RUS", "MOZ",
    ["Sergei Vorontsov", "Verónica Macuácua"], ["MOZ", "RUS"], [VX, CP], "The document was signed on Monday in Moscow by Russian Deputy Foreign Minister Sergei Vorontsov", opt=True,
    note="talks within the visit"),
  E("MOZ-RUS-lavrenko-macuacua-meeting-2021", "meeting", "Planned meeting with Russian Foreign Minister Andrei Lavrenko", "planned", "2021-09-08", "2021-09-08", None, "RUS", "MOZ",
    ["Verónica Macuácua", "Andrei Lavrenko"], ["MOZ", "RUS"], [], "On Wednesday she is due to meet Russian Foreign Minister Andrei Lavrenko."),
  E("MOZ-RUS-intergovernmental-commission-session-maputo-2022", "meeting", "Next session of the Russia-Mozambique intergovernmental commission in Maputo", "planned", "2022", "2022", "Maputo", "MOZ", "RUS",
    [], ["MOZ", "RUS"], [], "which is to be held in Maputo in the first half of next year", note="'first half of next year' -> 2022"),
 ], "TASS 2021. The intergovernmental commission is an existing mechanism named only through its next session; review: optional item (in_force null) plus the session event.")

# ================= u09: Algeria-Senegal (APS 2022) =================
doc("u09.txt")
dza, sen = S("Algeria", "DZA"), S("Senegal", "SEN")
AS, HY, CU = "DZA-SEN-air-services-agreement-2022", "DZA-SEN-hydrocarbons-mou-2022", "DZA-SEN-cultural-exchange-programme-2022-2025"
F("u09.txt", "2022-05-25", [
  A(AS, "agreement", "Algeria-Senegal air services agreement", ["aviation"], ["DZA", "SEN"], [dza, sen], [],
    [H("signed", "2022-05-24", "day", "Algiers", "They include an air services agreement")], note="one of the eight texts signed Tuesday 2022-05-24 in Algiers (day and place from the lead, review)"),
  A(HY, "memorandum", "MoU between the Algerian and Senegalese energy ministries on hydrocarbons", ["energy"], ["DZA", "SEN"],
    [G("Algerian Ministry of Energy", "DZA"), G("Senegalese Ministry of Energy", "SEN")], [],
    [H("signed", "2022-05-24", "day", "Algiers", "a memorandum of understanding between the ministries of energy on cooperation in hydrocarbons")]),
  A(CU, "programme", "Algeria-Senegal programme of cultural exchanges 2022-2025", ["culture"], ["DZA", "SEN"], [dza, sen], [],
    [H("signed", "2022-05-24", "day", "Algiers", "a programme of cultural exchanges for the 2022-2025 period")], vp={"from": "2022", "to": "2025"}),
  A("DZA-SEN-joint-business-council-2022", "arrangement", "Algerian-Senegalese joint business council", ["trade"], ["DZA", "SEN"], [dza, sen], [],
    [H("agreed", "2022-05-25", "on_or_before", None, "the two countries had agreed to set up a joint business council to boost trade")],
    opt=True, note="a business council; agreed by the two governments"),
  A("DZA-SEN-high-joint-commission", "arrangement", "Algerian-Senegalese High Joint Commission", ["comprehensive_cooperation"], ["DZA", "SEN"], [dza, sen], [],
    [H("in_force", None, "unknown", None, "at the close of the 4th session of the Algerian-Senegalese High Joint Commission")],
    opt=True, note="review: existing mechanism, no stage reported -> optional, in_force null (batch Q/R review convention)"),
 ], [
  E("DZA-SEN-high-joint-commission-4th-session-2022", "meeting", "4th session of the Algerian-Senegalese High Joint Commission in Algiers", "held", "2022-05-23", "2022-05-24", "Algiers", "DZA", "SEN",
    ["Aymen Benabdelrahmane", "Amadou Sy"], ["DZA", "SEN"], [AS, HY, CU], "The session, held on 23 and 24 May", count=8),
  E("DZA-SEN-high-joint-commission-preparatory-meetings-2022", "meeting", "Experts' and ministerial preparatory meetings before the 4th High Joint Commission session", "held", "2022-05-22", "2022-05-22", None, "DZA", "SEN",
    [], ["DZA", "SEN"], [], "was preceded by a meeting of experts and a ministerial preparatory meeting on Sunday", opt=True,
    note="review: officials' meeting on Sunday 2022-05-22 (against Wednesday 05-25); optional, no participants named"),
  E("DZA-SEN-tebboune-sy-meeting-2022", "meeting", "President Tebboune receives Senegalese PM Amadou Sy", "held", "2022-05-24", "2022-05-24", None, "DZA", "SEN",
    ["Amadou Sy", "Abdelmadjid Tebboune"], ["DZA", "SEN"], [], "The Senegalese Prime Minister was received earlier on Tuesday by the President of the Republic, Abdelmadjid Tebboune.",
    note="Sy named earlier in the article"),
  E("DZA-SEN-high-joint-commission-5th-session-2024", "meeting", "5th session of the High Joint Commission in Dakar", "planned", "2024", "2024", "Dakar", "SEN", "DZA",
    [], ["DZA", "SEN"], [], "The two sides agreed to hold the 5th session of the High Joint Commission in Dakar in 2024."),
 ], "APS 2022. Eight texts, three named (count 8 on the session). Sunday preparatory meetings: optional event (review). Tuesday -> 2022-05-24.")

# ================= u10: Morocco-Gabon (MAP 2023) =================
doc("u10.txt")
mar, gab = S("Morocco", "MAR", ["Kingdom"]), S("Gabon", "GAB")
FI, VT, JC = "GAB-MAR-maritime-fisheries-agreement-2023", "GAB-MAR-vocational-training-agreement-2023", "GAB-MAR-criminal-judicial-cooperation-agreement-2023"
sig10 = ["Youssef Alaoui Benhima", "Flavien Nzengui Mboumba"]
lead10 = "Morocco and Gabon signed, Monday in Rabat, three cooperation agreements"
F("u10.txt", "2023-02-21", [
  A(FI, "agreement", "Morocco-Gabon agreement on maritime fisheries", ["agriculture", "maritime"], ["GAB", "MAR"], [mar, gab], sig10,
    [H("signed", "2023-02-20", "day", "Rabat", lead10)], note="'Monday' against Tuesday 2023-02-21"),
  A(VT, "agreement", "Morocco-Gabon agreement on vocational training", ["education"], ["GAB", "MAR"], [mar, gab], sig10,
    [H("signed", "2023-02-20", "day", "Rabat", lead10)]),
  A(JC, "agreement", "Morocco-Gabon agreement on judicial cooperation in criminal matters", ["legal_assistance"], ["GAB", "MAR"], [mar, gab], sig10,
    [H("signed", "2023-02-20", "day", "Rabat", lead10)]),
  A("GAB-MAR-double-taxation-agreement-2017", "agreement", "2017 Morocco-Gabon agreement on the avoidance of double taxation", ["taxation"], ["GAB", "MAR"], [mar, gab], [],
    [H("signed", "2017", "year", None, "the implementation of the 2017 agreement on the avoidance of double taxation, which entered into force last year"),
     H("in_force", "2022", "year", None, "the implementation of the 2017 agreement on the avoidance of double taxation, which entered into force last year")],
    note="'last year' against 2023 -> 2022"),
  A("GAB-MAR-investment-protection-convention-2022", "agreement", "Morocco-Gabon convention on the mutual protection of investments", ["investment"], ["GAB", "MAR"], [mar, gab], [],
    [H("finalized", "2022-12", "month", None, "whose negotiations were concluded in December")],
    note="negotiations concluded December (2022, against February 2023) = finalized; signing being prepared, no date"),
  A("GAB-MAR-joint-commission", "arrangement", "Morocco-Gabon joint commission", ["comprehensive_cooperation"], ["GAB", "MAR"], [mar, gab], [],
    [H("in_force", None, "unknown", None, "agreed to hold the next session of the Morocco-Gabon joint commission in Libreville before the end of the year")],
    opt=True, note="review: existing mechanism, no stage reported -> optional, in_force null (batch Q/R review convention)"),
 ], [
  E("GAB-MAR-nzengui-mboumba-working-visit-2023", "visit", "Gabonese Foreign Minister Flavien Nzengui Mboumba's working visit to Morocco", "held", "2023-02-20", "2023-02-20", "Rabat", "MAR", "GAB",
    sig10, ["GAB", "MAR"], [FI, VT, JC], "on the occasion of the latter's working visit to the Kingdom", note="only the Monday known"),
  E("GAB-MAR-joint-commission-libreville-2023", "meeting", "Next session of the Morocco-Gabon joint commission in Libreville", "planned", "2023", "2023", "Libreville", "GAB", "MAR",
    [], ["GAB", "MAR"], [], "agreed to hold the next session of the Morocco-Gabon joint commission in Libreville before the end of the year"),
 ], "MAP 2023. Consulate opening (2020) and AU return (2017) are not instruments. 'the Kingdom' = Morocco.")

# ================= u11: Latvia-Ghana (MFA press release 2024) =================
doc("u11.txt")
lva, gha = S("Latvia", "LVA"), S("Ghana", "GHA")
PC = "GHA-LVA-political-consultations-mou-2024"
F("u11.txt", "2024-06-12", [
  A(PC, "memorandum", "Memorandum of Understanding on Political Consultations between the foreign ministries of Latvia and Ghana", ["diplomatic_relations"], ["GHA", "LVA"],
    [G("Ministry of Foreign Affairs of Latvia", "LVA"), G("Ministry of Foreign Affairs of Ghana", "GHA")], ["Kristaps Ozolins", "Shirley Ayorkor Mensah-Boateng"],
    [H("signed", "2024-06-11", "day", None, "Following the meeting, the ministers signed a Memorandum of Understanding on Political Consultations")],
    note="signed after the 11 June meeting"),
  A("GHA-LVA-double-taxation-agreement", "agreement", "Latvia-Ghana agreement on the avoidance of double taxation", ["taxation"], ["GHA", "LVA"], [lva, gha], [],
    [H("negotiating", "2023", "year", None, "the negotiations on an agreement on the avoidance of double taxation, launched in 2023")]),
 ], [
  E("GHA-LVA-mensah-boateng-visit-riga-2024", "visit", "Ghanaian Foreign Minister Shirley Ayorkor Mensah-Boateng's working visit to Riga", "held", "2024-06-11", "2024-06-12", "Riga", "LVA", "GHA",
    ["Shirley Ayorkor Mensah-Boateng", "Kristaps Ozolins"], ["GHA", "LVA"], [PC], "who is in Riga on a working visit", note="11 June meeting, 12 June programme (publication day)"),
  E("GHA-LVA-ozolins-mensah-boateng-meeting-2024", "meeting", "Ozolins-Mensah-Boateng meeting", "held", "2024-06-11", "2024-06-11", "Riga", "LVA", "GHA",
    ["Kristaps Ozolins", "Shirley Ayorkor Mensah-Boateng"], ["GHA", "LVA"], [PC], "On 11 June, the Minister for Foreign Affairs of Latvia, Kristaps Ozolins, met with the Minister", opt=True,
    note="the meeting within the visit"),
  E("GHA-LVA-mensah-boateng-saeima-speaker-meeting-2024", "meeting", "Mensah-Boateng's meeting with the Speaker of the Saeima", "planned", "2024-06-12", "2024-06-12", "Riga", "LVA", "GHA",
    ["Shirley Ayorkor Mensah-Boateng"], ["GHA", "LVA"], [], "Minister Mensah-Boateng is scheduled to meet the Speaker of the Saeima", opt=True),
  E("GHA-LVA-ozolins-visit-accra-2025", "visit", "Possible visit of Latvian Foreign Minister Ozolins to Accra", "planned", "2025", "2025", "Accra", "GHA", "LVA",
    ["Kristaps Ozolins"], ["GHA", "LVA"], [], "The visit could take place in the first half of 2025.", opt=True, note="invitation, 'could take place'"),
 ], "Ministry press release. UN General Assembly resolution is not a bilateral instrument.")

# ================= u12: Mercosur analysis (2024) =================
doc("u12.txt")
MS = IO("Mercosur", "IGO:MERCOSUR", ["Mercosur"])
SG = "IGO:MERCOSUR-SGP-free-trade-agreement-2023"
F("u12.txt", "2024-11-04", [
  A("IGO:EU-IGO:MERCOSUR-association-agreement-2019", "agreement", "EU-Mercosur association agreement", ["trade", "comprehensive_cooperation"], ["IGO:EU", "IGO:MERCOSUR"],
    [MS, IO("European Union", "IGO:EU")], [],
    [H("finalized", "2019-06", "month", None, "was concluded \"in principle\" in June 2019 after twenty years of talks")],
    note="France 'will refuse to sign' and ratification 'would have to' are a stance and a condition -> no stage"),
  A("IGO:EFTA-IGO:MERCOSUR-free-trade-agreement-2019", "agreement", "Mercosur-EFTA free trade agreement", ["trade"], ["IGO:EFTA", "IGO:MERCOSUR"],
    [MS, IO("European Free Trade Association", "IGO:EFTA")], [],
    [H("finalized", "2019-08", "month", None, "whose negotiations were concluded in August 2019")],
    note="'could be signed by the end of this year' is speculation -> no planned stage"),
  A(SG, "agreement", "Mercosur-Singapore free trade agreement", ["trade"], ["IGO:MERCOSUR", "SGP"], [MS, S("Singapore", "SGP")], [],
    [H("signed", "2023-12", "month", "Rio de Janeiro", "the free trade agreement with Singapore, signed at the Mercosur summit in Rio de Janeiro in December 2023"),
     H("ratified", "2024-09", "month", None, "Paraguay approved it only in September")],
    note="Paraguay's approval (September 2024) = a party's ratification; Brazil 'has yet to ratify' -> no stage"),
  A("CAN-IGO:MERCOSUR-free-trade-agreement", "agreement", "Mercosur-Canada free trade agreement (talks)", ["trade"], ["CAN", "IGO:MERCOSUR"], [MS, S("Canada", "CAN")], [],
    [H("negotiating", "2018", "year", None, "Talks with Canada, launched in 2018, have not met since 2021.")]),
  A("CHN-URY-free-trade-agreement", "agreement", "Proposed Uruguay-China bilateral free trade agreement", ["trade"], ["CHN", "URY"], [S("Uruguay", "URY"), S("China", "CHN", ["Beijing"])], [],
    [H("proposed", "2021", "year", None, "proposed a bilateral free trade agreement with China in 2021")],
    note="feasibility study is not an instrument"),
  A("ARG-BRA-IGO:MERCOSUR-PRY-URY-treaty-of-asuncion-1991", "treaty", "1991 Treaty of Asunción creating Mercosur", ["trade", "comprehensive_cooperation"], ["ARG", "BRA", "IGO:MERCOSUR", "PRY", "URY"],
    [MS, S("Argentina", "ARG"), S("Brazil", "BRA"), S("Paraguay", "PRY"), S("Uruguay", "URY")], [],
    [H("signed", "1991", "year", None, "the 1991 Treaty of Asunción, which created Mercosur"),
     H("in_force", None, "unknown", None, "the 1991 Treaty of Asunción, which created Mercosur")],
    note="members named in the article listed (GUIDE: IGO plus named members)"),
 ], [
  E("BRA-IGO:MERCOSUR-summit-rio-de-janeiro-2023", "summit", "Mercosur summit in Rio de Janeiro", "held", "2023-12", "2023-12", "Rio de Janeiro", "BRA", None,
    [], ["BRA", "IGO:MERCOSUR"], [SG], "signed at the Mercosur summit in Rio de Janeiro in December 2023", opt=True, note="summit in passing"),
 ], "Op-ed analysis, several instruments in passing, negations and conditions. Montevideo byline is not a stage place.")

# ================= u13: Africa-CARICOM summit round-up (2024) =================
doc("u13.txt")
AU, CC = IO("African Union", "IGO:AU", ["African Union Commission", "AU Commission"]), IO("Caribbean Community", "IGO:CARICOM", ["CARICOM", "CARICOM Secretariat"])
brb, ken, nga, gha2, tto, rwa, guy2, jam = S("Barbados", "BRB"), S("Kenya", "KEN"), S("Nigeria", "NGA"), S("Ghana", "GHA"), S("Trinidad and Tobago", "TTO"), S("Rwanda", "RWA"), S("Guyana", "GUY"), S("Jamaica", "JAM")
AUM, ASA, BD = "IGO:AU-IGO:CARICOM-cooperation-mou-2024", "BRB-KEN-air-services-agreement-2024", "IGO:AU-IGO:CARICOM-bridgetown-declaration-2024"
RG, GJ = "GUY-RWA-agricultural-cooperation-agreement-2024", "GHA-JAM-joint-commission-2024"
F("u13.txt", "2024-09-09", [
  A(AUM, "memorandum", "MoU between the African Union Commission and the CARICOM Secretariat formalising cooperation", ["comprehensive_cooperation"], ["IGO:AU", "IGO:CARICOM"],
    [AU, CC], ["Moussa Idrissou", "Carla Barnett-Rowe"],
    [H("signed", "2024-09-07", "day", "Bridgetown", "closed on Saturday with the signing of a memorandum of understanding")],
    note="'on Saturday' against Monday 2024-09-09 -> 09-07; Bridgetown dateline in the same sentence"),
  A(ASA, "agreement", "Barbados-Kenya bilateral air services agreement", ["aviation"], ["BRB", "KEN"], [brb, ken], ["Musalia Odhiambo", "Kerrie Symmonds"],
    [H("signed", "2024-09-06", "day", None, "signed it on Friday after talks between President William Kiprono")]),
  A("BRB-NGA-visa-waiver-agreement-2024", "agreement", "Nigeria-Barbados agreement on visa waiver for ordinary passports", ["visa"], ["BRB", "NGA"], [nga, brb], [],
    [H("signed", "2024-09-09", "on_or_before", None, "signed an agreement on the waiver of visas for holders of ordinary passports")]),
  A("GHA-TTO-oil-gas-mou-2024", "memorandum", "Ghana-Trinidad and Tobago MoU on oil and gas cooperation", ["energy"], ["GHA", "TTO"], [gha2, tto], [],
    [H("signed", "2024-09-09", "on_or_before", None, "signed an MoU on cooperation in oil and gas")]),
  A(RG, "agreement", "Rwanda-Guyana agreement on agricultural cooperation", ["agriculture"], ["GUY", "RWA"], [rwa, guy2], [],
    [H("finalized", "2024-09-09", "on_or_before", None, "initialled an agreement on agricultural cooperation"),
     H("planned", "2024-11", "month", "Georgetown", "which is to be signed when President Paul Kagabo visits Georgetown in November")]),
  A(GJ, "arrangement", "Jamaica-Ghana joint commission", ["comprehensive_cooperation"], ["GHA", "JAM"], [jam, gha2], [],
    [H("agreed", "2024-09-09", "on_or_before", None, "agreed to set up a joint commission, to meet for the first time in Accra next year")]),
  A("GUY-IGO:AFREXIMBANK-host-country-agreement-2024", "agreement", "Afreximbank host country agreement with Guyana for a regional office", ["finance", "diplomatic_relations"], ["GUY", "IGO:AFREXIMBANK"],
    [IO("African Export-Import Bank", "IGO:AFREXIMBANK", ["Afreximbank"]), guy2], [],
    [H("signed", "2024-09-09", "on_or_before", None, "said it had signed a host country agreement with Guyana for a regional office")]),
  A("IGO:AFREXIMBANK-caribbean-trade-finance-facility-2024", "arrangement", "Afreximbank $1.5 billion facility for Caribbean trade finance", ["finance", "trade"], ["IGO:AFREXIMBANK"],
    [IO("African Export-Import Bank", "IGO:AFREXIMBANK", ["Afreximbank"])], [],
    [H("proposed", "2024-09-09", "on_or_before", None, "Afreximbank announced a $1.5 billion facility for Caribbean trade finance")],
    opt=True, note="announced facility, no counterpart named"),
  A("JAM-ZAF-mutual-legal-assistance-treaty", "treaty", "South Africa-Jamaica mutual legal assistance treaty (meeting called off)", ["legal_assistance"], ["JAM", "ZAF"],
    [S("South Africa", "ZAF"), jam], [], [H("proposed", None, "unknown", None, "A planned meeting between South Africa and Jamaica on a mutual legal assistance treaty did not take place")],
    opt=True, note="only the subject of a cancelled meeting"),
  A(BD, "declaration", "Bridgetown Declaration of the second Africa-CARICOM Summit", ["comprehensive_cooperation", "finance"], ["IGO:AU", "IGO:CARICOM"], [AU, CC], [],
    [H("agreed", "2024-09-09", "on_or_before", None, "The leaders also adopted the Bridgetown Declaration")], note="adopted = agreed"),
 ], [
  E("BRB-IGO:AU-IGO:CARICOM-second-africa-caricom-summit-2024", "summit", "Second Africa-CARICOM Summit in Bridgetown", "held", "2024-09-06", "2024-09-07", "Bridgetown", "BRB", None,
    ["Moussa Idrissou", "Carla Barnett-Rowe", "William Kiprono", "Mia Mottley-Clarke"], ["BRB", "IGO:AU", "IGO:CARICOM"], [AUM, BD, ASA, "BRB-NGA-visa-waiver-agreement-2024", "GHA-TTO-oil-gas-mou-2024", RG, GJ],
    "where heads of state and government from 14 African and 15 Caribbean countries met on Friday and Saturday"),
  E("BRB-KEN-kiprono-mottley-clarke-talks-2024", "talks", "Kiprono-Mottley-Clarke talks", "held", "2024-09-06", "2024-09-06", None, "BRB", "KEN",
    ["William Kiprono", "Mia Mottley-Clarke", "Musalia Odhiambo", "Kerrie Symmonds"], ["BRB", "KEN"], [ASA], "signed it on Friday after talks between President William Kiprono"),
  E("GUY-RWA-kagabo-visit-georgetown-2024", "visit", "Rwandan President Paul Kagabo's visit to Georgetown", "planned", "2024-11", "2024-11", "Georgetown", "GUY", "RWA",
    ["Paul Kagabo"], ["GUY", "RWA"], [RG], "which is to be signed when President Paul Kagabo visits Georgetown in November"),
  E("GHA-JAM-joint-commission-first-meeting-2025", "meeting", "First meeting of the Jamaica-Ghana joint commission in Accra", "planned", "2025", "2025", "Accra", "GHA", "JAM",
    [], ["GHA", "JAM"], [GJ], "agreed to set up a joint commission, to meet for the first time in Accra next year"),
  E("JAM-ZAF-mlat-meeting-bridgetown-2024", "meeting", "South Africa-Jamaica meeting on a mutual legal assistance treaty (did not take place)", "cancelled", "2024-09", "2024-09", "Bridgetown", None, None,
    [], ["JAM", "ZAF"], [], "A planned meeting between South Africa and Jamaica on a mutual legal assistance treaty did not take place"),
  E("ETH-IGO:AU-IGO:CARICOM-third-africa-caricom-summit-2026", "summit", "Third Africa-CARICOM Summit in Addis Ababa", "planned", "2026", "2026", "Addis Ababa", "ETH", None,
    [], ["ETH", "IGO:AU", "IGO:CARICOM"], [], "The third summit will be held in Addis Ababa in 2026."),
 ], "Long summit round-up with many bilateral deals. Friday 09-06, Saturday 09-07 against Monday 2024-09-09. Deals without a day -> on_or_before. Related links are noise.")

# ================= u14: IDB loan to Honduras (Reuters 1988) =================
doc("u14.txt")
hnd, IDB = S("Honduras", "HND"), IO("Inter-American Development Bank", "IGO:IDB", ["IDB"])
HL = "HND-IGO:IDB-rural-roads-loan-1988"
F("u14.txt", "1988-06-08", [
  A(HL, "agreement", "IDB 60 mln dlr loan to Honduras for rural road repairs", ["finance", "transport"], ["HND", "IGO:IDB"], [IDB, hnd], [],
    [H("agreed", "1988-06-08", "on_or_before", None, "The Inter-American Development Bank said it approved a 60 mln dlr loan to Honduras"),
     H("planned", "1988-06", "month", "Tegucigalpa", "The IDB loan will be signed in Tegucigalpa later this month")],
    note="approval coded agreed here because the text reports a separate signing planned later this month"),
  A("HND-IGO:IDB-arrears-clearance-schedule-1988", "arrangement", "Honduras-IDB schedule to clear arrears", ["finance"], ["HND", "IGO:IDB"], [hnd, IDB], [],
    [H("agreed", "1988-03", "month", None, "since the government and the bank agreed in March on a schedule to clear its arrears")]),
  A("HND-IGO:IMF-standby-credit-1988", "agreement", "IMF standby credit for Honduras", ["finance"], ["HND", "IGO:IMF"], [hnd, IO("International Monetary Fund", "IGO:IMF")], [],
    [H("negotiating", "1988-06-08", "on_or_before", None, "The Honduran government is also negotiating with the International Monetary Fund on a standby credit")]),
  A("HND-official-debt-rescheduling", "agreement", "Rescheduling of Honduras's official debt", ["finance"], ["HND"], [hnd], [],
    [H("proposed", None, "unknown", None, "which would open the way for a rescheduling of its official debt")], opt=True, note="conditional prospect, creditors unnamed"),
 ], [
  E("HND-IGO:IDB-loan-signing-tegucigalpa-1988", "ceremony", "Signing of the IDB road loan in Tegucigalpa", "planned", "1988-06", "1988-06", "Tegucigalpa", "HND", None,
    ["Reinaldo Mejia Castro"], ["HND", "IGO:IDB"], [HL], "The IDB loan will be signed in Tegucigalpa later this month"),
 ], "Reuters 1988. Joint Honduras-Nicaragua request for bridge co-financing not formally submitted -> not an item.")

# ================= u15: Ghana-China debt (2024) =================
doc("u15.txt")
chn, gha3 = S("China", "CHN"), S("Ghana", "GHA")
GC = "CHN-GHA-bilateral-debt-restructuring-agreement-2024"
F("u15.txt", "2024-10-18", [
  A(GC, "agreement", "Ghana-China bilateral agreement restructuring about US$1.9 billion of debt", ["finance"], ["CHN", "GHA"], [gha3, chn],
    ["Mohammed Amin Bawumia-Ofori", "Liao Min-jie"],
    [H("signed", "2024-10-17", "day", "Beijing", "Ghana on Thursday signed a bilateral agreement with China to restructure about US$1.9 billion")],
    note="Thursday against Friday 2024-10-18; place from the next sentence 'signed the agreement in Beijing' (review)"),
  A("CHN-FRA-GHA-official-creditor-committee-mou-2024", "memorandum", "MoU between Ghana and its Official Creditor Committee (co-chaired by China and France)", ["finance"], ["CHN", "FRA", "GHA"],
    [gha3, S("China", "CHN"), S("France", "FRA")], [],
    [H("signed", "2024-01", "month", "Paris", "Ghana signed with its Official Creditor Committee, co-chaired by China and France, in Paris in January")]),
  A("FRA-GHA-bilateral-debt-restructuring-agreement", "agreement", "Ghana-France bilateral debt agreement (talks)", ["finance"], ["FRA", "GHA"], [gha3, S("France", "FRA")], [],
    [H("negotiating", "2024-10-18", "on_or_before", None, "the government was also in talks with France and other members of the committee")]),
  A("GHA-IGO:IMF-extended-credit-facility-2023", "agreement", "IMF US$3 billion Extended Credit Facility for Ghana", ["finance"], ["GHA", "IGO:IMF"],
    [gha3, IO("International Monetary Fund", "IGO:IMF")], [],
    [H("signed", "2023-05", "month", None, "The ECF programme was approved in May 2023.")],
    note="IMF approval = signed (batch Q convention); third review expected in December is not a stage"),
 ], [
  E("CHN-GHA-debt-agreement-signing-beijing-2024", "ceremony", "Signing of the Ghana-China debt agreement in Beijing", "held", "2024-10-17", "2024-10-17", "Beijing", "CHN", "GHA",
    ["Mohammed Amin Bawumia-Ofori", "Liao Min-jie"], ["CHN", "GHA"], [GC], "signed the agreement in Beijing with Chinese Vice Minister of Finance Liao Min-jie"),
 ], "Ghanaian business web page. Eurobond exchange is private debt, not coded.")

# ================= u16: DR Congo-Rwanda (BBC 2008) =================
doc("u16.txt")
cod, rwa2 = S("Democratic Republic of Congo", "COD", ["Congo"]), S("Rwanda", "RWA", ["Kigali"])
F("u16.txt", "2008-10-16", [
  A("COD-RWA-joint-border-verification-protocol-2008", "protocol", "Draft DR Congo-Rwanda protocol on joint border verification", ["border_security", "peace_security"], ["COD", "RWA"],
    [cod, rwa2], [], [H("rejected", "2008-10-16", "on_or_before", None, "after Kigali refused to sign a draft protocol on joint border verification")],
    note="refused to sign = rejected"),
  A("COD-RWA-nairobi-communique-2007", "declaration", "Nairobi communique of DR Congo and Rwanda on disarming Hutu militias", ["peace_security"], ["COD", "RWA"], [cod, rwa2], [],
    [H("agreed", "2007-11", "month", None, "under which the two governments agreed in November last year")]),
  A("COD-goma-peace-agreement-2008", "agreement", "Goma peace agreement between the Congolese government and armed groups", ["peace_security"], ["COD"], [cod], [],
    [H("signed", "2008-01", "month", None, "the Goma peace agreement, signed with armed groups in January")],
    note="state party with armed groups; 'now dead' is a claim, no terminated stage"),
 ], [
  E("COD-KEN-RWA-foreign-ministers-meeting-nairobi-2008", "meeting", "DR Congo-Rwanda foreign ministers' meeting in Nairobi (cancelled)", "cancelled", "2008-10-17", "2008-10-17", "Nairobi", "KEN", None,
    ["Rosemary Mukantwari"], ["COD", "KEN", "RWA"], [], "due to take place in Nairobi on Friday, has been cancelled", note="Friday after Thursday 2008-10-16"),
  E("IGO:UN-RWA-adeyinka-kagabo-call-2008", "call", "UN envoy Olufemi Adeyinka's call with Rwandan President Paul Kagabo", "held", "2008-10-15", "2008-10-15", None, None, None,
    ["Olufemi Adeyinka", "Paul Kagabo"], ["IGO:UN", "RWA"], [], "spoke by telephone with Rwandan President Paul Kagabo on Wednesday"),
 ], "BBC 2008. Cancelled meeting, refusal to sign.")

# ================= u17: Cuba-Sao Tome (Prensa Latina, undated) =================
doc("u17.txt")
cub, stp = S("Cuba", "CUB"), S("Sao Tome and Principe", "STP")
HA = "CUB-STP-health-cooperation-agreement"
F("u17.txt", None, [
  A(HA, "agreement", "Cuba-Sao Tome and Principe intergovernmental agreement on health cooperation", ["health"], ["CUB", "STP"], [cub, stp],
    ["Jose Ramon Cardenas Lugo", "Celsio Junqueira"],
    [H("signed", None, "unknown", "Havana", "signed here a new intergovernmental agreement on cooperation in the health sector")],
    note="NO DATE; 'here' with the Havana dateline in the same sentence"),
  A("CUB-STP-previous-health-cooperation-accord", "agreement", "Previous Cuba-Sao Tome health cooperation accord (expired)", ["health"], ["CUB", "STP"], [cub, stp], [],
    [H("terminated", None, "unknown", None, "The document replaces the previous accord, which expired last year")],
    note="'last year' unresolvable in an undated article"),
  A("CUB-STP-medical-faculty-working-group", "arrangement", "Cuba-Sao Tome working group on a medical faculty in Sao Tome", ["health", "education"], ["CUB", "STP"], [cub, stp], [],
    [H("agreed", None, "unknown", None, "The two sides agreed to set up a working group to study the creation of a medical faculty in Sao Tome")]),
 ], [
  E("CUB-STP-junqueira-visit-cuba", "visit", "Sao Tome Health Minister Celsio Junqueira's official visit to Cuba", "held", None, None, "Cuba", "CUB", "STP",
    ["Celsio Junqueira", "Jose Ramon Cardenas Lugo", "Yaneris Castillo Pena"], ["CUB", "STP"], [HA], "who is on an official visit to Cuba"),
  E("CUB-STP-junqueira-castillo-talks", "talks", "Junqueira's talks with Deputy Foreign Minister Yaneris Castillo Pena", "held", None, None, None, "CUB", "STP",
    ["Celsio Junqueira", "Yaneris Castillo Pena"], ["CUB", "STP"], [], "also held talks with the Deputy Minister of Foreign Affairs", opt=True),
 ], "Prensa Latina, NO DATE, no year anywhere. Establishment of diplomatic relations is not an instrument.")

# ================= u18-u25: hard negatives =================
NEG = {
 "u18.txt": ("2023-05-10", "Hard negative: company contract and corporate MoU (Airtel Nigeria-Nokia), no government party, not during a state visit; 'meet our target' is not an agreement."),
 "u19.txt": ("2022-07-21", "Hard negative: football loan agreement between clubs; Uruguay-Ghana World Cup group is sport."),
 "u20.txt": ("2023-09-13", "Hard negative: domestic coalition agreement (Latvia) and a domestic cabinet meeting meeting a deficit target."),
 "u21.txt": ("2023-04-20", "Hard negative: domestic Council of Ministers (Peru), fiscal target met, meetings with regional governors are domestic."),
 "u22.txt": (None, "Hard negative, NO DATE: court-approved settlement between a mining company and communities."),
 "u23.txt": (None, "Hard negative, NO DATE: cultural tour by the National Ballet of Cuba, promoters and sponsors only, no officials."),
 "u24.txt": ("2024-02-26", "Hard negative: celebrity private visit; received by the mayor of Dakar (domestic official with a singer), not diplomacy."),
 "u25.txt": ("1987-03-30", "Hard negative: trade-union wage agreement and central framework accord between employers and unions; government wage target."),
}
for n, (pub, note) in NEG.items():
    doc(n); F(n, pub, [], [], note)

# ================= u26-u30: one passing mention each =================
doc("u26.txt")
F("u26.txt", "2024-04-22", [
  A(UB, "agreement", "Moldova-Romania agreement on the new bridge at Ungheni", ["infrastructure", "transport"], ["MDA", "ROU"],
    [S("Moldova", "MDA", ["Chisinau"]), S("Romania", "ROU", ["Bucharest"])], [],
    [H("signed", "2024-03", "month", None, "under the agreement Chisinau and Bucharest signed last month")],
    note="cluster C; 'last month' against April 2024 -> 2024-03"),
 ], [], "Wine export news with one passing mention (cluster C).")
doc("u27.txt")
F("u27.txt", "2022-11-14", [
  A("CIV-GHA-abidjan-declaration-2018", "declaration", "Abidjan Declaration of Ivory Coast and Ghana on cocoa", ["agriculture", "trade"], ["CIV", "GHA"],
    [S("Ivory Coast", "CIV"), S("Ghana", "GHA")], [],
    [H("signed", "2018-03", "month", None, "under the Abidjan Declaration the two countries signed in March 2018"),
     H("implemented", None, "unknown", None, "under the Abidjan Declaration the two countries signed in March 2018")],
    note="prices supported by the differential under the declaration -> implemented, no time anchor"),
 ], [], "Cocoa market news (Bernama-Reuters) with one passing mention.")
doc("u28.txt")
F("u28.txt", "2008-08-20", [
  A("DMA-VEN-petrocaribe-energy-accord-2005", "agreement", "PetroCaribe energy accord (Dominica's participation, fuel from Venezuela)", ["energy"], ["DMA", "VEN"],
    [S("Dominica", "DMA"), S("Venezuela", "VEN")], [],
    [H("signed", "2005", "year", None, "under the PetroCaribe energy accord it joined in 2005"),
     H("implemented", None, "unknown", None, "under the PetroCaribe energy accord it joined in 2005")],
    note="joined = signed (accession); imports under it = implemented"),
 ], [], "BBC 2008 storm news with one passing mention. Island prime minister's appeal is domestic.")
doc("u29.txt")
F("u29.txt", "2023-07-05", [
  A("MNE-TUR-visa-waiver-agreement-2008", "agreement", "Montenegro-Türkiye visa waiver agreement", ["visa"], ["MNE", "TUR"],
    [S("Montenegro", "MNE"), S("Türkiye", "TUR")], [],
    [H("in_force", "2008", "year", None, "since a visa waiver agreement between the two countries took effect in 2008")]),
 ], [], "Tourism news with one passing mention. Airline routes are commerce.")
doc("u30.txt")
F("u30.txt", None, [
  A("ETH-NOR-cultural-heritage-memorandum", "memorandum", "Norway-Ethiopia memorandum on cooperation in cultural heritage (culture ministries)", ["culture"], ["ETH", "NOR"],
    [G("Norwegian Ministry of Culture", "NOR"), G("Ethiopian Ministry of Culture", "ETH")], [],
    [H("signed", None, "unknown", "Addis Ababa", "the culture ministries of Norway and Ethiopia signed in Addis Ababa"),
     H("implemented", None, "unknown", None, "It was organised under the memorandum on cooperation in cultural heritage")],
    note="NO DATE; the exhibition is organised under the memorandum -> implemented"),
 ], [], "Culture news, NO DATE, with one passing mention.")

files.sort(key=lambda f: f["file"])
assert len(files) == 30, len(files)
json.dump({"batch": "U", "files": files}, open(os.path.join(HERE, "batch_U.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
