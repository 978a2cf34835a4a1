#!/usr/bin/env python3
"""Gold annotation of batch AB (probesAB), in the GUIDE batch format. Run from /tmp/probesAB: python3 annotate.py"""
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
    s = re.sub(r"^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \([A-Z]+\) -{1,3} ", "", s)  # "Maputo, 19 Oct (AIM) - "
    s = re.sub(r"^[A-Z][a-z]+ \([A-Za-z]+\), [A-Z][a-z]+ \d{1,2} \([A-Z]+\) ", "", s)  # "Victoria (Seychelles), Aug 25 (PTI) "
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


# ================= ab01 / ab05: West Germany-Sudan aid (Reuters 1987, cluster A) =================
AID, PROT, COMM, RESCH = ("DEU-SDN-port-sudan-aid-agreement-1987", "DEU-SDN-loan-conversion-protocol-1987",
                          "DEU-SDN-joint-project-monitoring-committee-1987", "DEU-SDN-debt-rescheduling-agreement-1985")
V_SD, V_ET = "DEU-SDN-brenner-visit-khartoum-1987", "DEU-ETH-brenner-visit-addis-ababa-1987"
CER_SD = "DEU-SDN-aid-signing-khartoum-1987"
doc("ab01.txt")
deu, sdn = S("West Germany", "DEU", ["Bonn"]), S("Sudan", "SDN", [])
F("ab01.txt", "1987-06-16", [
  A(AID, "agreement", "West German-Sudanese agreement on grant aid for the Port Sudan power station and water supply", ["development_aid", "energy", "infrastructure"], ["DEU", "SDN"],
    [deu, sdn], ["Beshir Omer Fadl", "Klaus Brenner"],
    [H("signed", "1987-06-15", "day", "Khartoum", "West Germany and Sudan signed an agreement here on Monday")], expect_conflict=True,
    note="85 mln marks here, 82 mln in ab05; 'Beshir Omer Fadl' here, 'Bashir Omar Fadl' in ab05. Monday = 1987-06-15 (Tuesday story); 'here' + KHARTOUM dateline"),
  A(PROT, "protocol", "West German-Sudanese protocol converting development loans into grants", ["finance", "development_aid"], ["DEU", "SDN"],
    [deu, sdn], ["Beshir Omer Fadl", "Klaus Brenner"],
    [H("signed", "1987-06-15", "day", None, "the two ministers put their names to a protocol converting 120 mln marks")], expect_conflict=True,
    note="'at the same ceremony' = Monday; 120 mln marks here, 115 mln in ab05; 'the two ministers' = the two signatories named in the previous sentence"),
  A(COMM, "arrangement", "West German-Sudanese joint committee to monitor German-financed projects", ["development_aid"], ["DEU", "SDN"],
    [S("West Germany", "DEU"), S("Sudan", "SDN")], [],
    [H("agreed", "1987-06-16", "on_or_before", None, "The two governments also agreed to set up a joint committee")],
    note="agreed during the visit, day not given -> on_or_before the publication date"),
  A(RESCH, "agreement", "West German-Sudanese bilateral debt rescheduling agreement of March 1985", ["finance"], ["DEU", "SDN"],
    [S("West Germany", "DEU"), S("Sudan", "SDN")], [],
    [H("signed", "1985-03", "month", "Khartoum", "rescheduled under a bilateral agreement signed in Khartoum in March 1985")],
    note="background"),
 ], [
  E(V_SD, "visit", "West German Economic Cooperation Minister Klaus Brenner's two-day visit to Sudan", "held", "1987-06-14", "1987-06-16", "Khartoum", "SDN", "DEU",
    ["Klaus Brenner", "Beshir Omer Fadl", "Sadiq al-Mahdi"], ["DEU", "SDN"], [AID, PROT, COMM], "who arrived in Khartoum on Sunday for a two-day visit",
    note="arrived Sunday 14 June; 'left Khartoum for Addis Ababa today' (Tuesday 16 June) is the last day in Khartoum (review AB)"),
  E("DEU-SDN-brenner-mahdi-talks-1987", "talks", "Klaus Brenner's talks with Prime Minister Sadiq al-Mahdi", "held", "1987-06-15", "1987-06-15", None, "SDN", "DEU",
    ["Klaus Brenner", "Sadiq al-Mahdi"], ["DEU", "SDN"], [], "Brenner also held talks with Prime Minister Sadiq al-Mahdi on Monday evening"),
  E(V_ET, "visit", "Klaus Brenner's visit to Ethiopia", "held", "1987-06-16", "1987-06-16", "Addis Ababa", "ETH", "DEU",
    ["Klaus Brenner"], ["DEU", "ETH"], [], "Brenner left Khartoum for Addis Ababa today",
    note="'left ... today' in the Tuesday story: under way, held; ab05 (Monday) has it planned for Tuesday and Wednesday"),
  E("DEU-SDN-joint-committee-first-meeting-bonn-1987", "meeting", "First meeting of the West German-Sudanese joint project committee", "planned", "1987-11", "1987-11", "Bonn", "DEU", "SDN",
    [], ["DEU", "SDN"], [], "which will hold its first meeting in Bonn in November"),
  E(CER_SD, "ceremony", "Signing of the West German-Sudanese aid agreement and loan-conversion protocol", "held", "1987-06-15", "1987-06-15", "Khartoum", "SDN", "DEU",
    ["Beshir Omer Fadl", "Klaus Brenner"], ["DEU", "SDN"], [AID, PROT], "West Germany and Sudan signed an agreement here on Monday", opt=True),
 ], "Reuters Khartoum 1987, Tuesday. Cluster A with ab05 (figures of both instruments and the minister's spelling differ; the date agrees).")

doc("ab05.txt")
deu5, sdn5 = S("West Germany", "DEU", ["Bonn"]), S("Sudan", "SDN", [])
F("ab05.txt", "1987-06-15", [
  A(AID, "agreement", "West Germany-Sudan capital aid agreement for power and water projects in Port Sudan", ["development_aid", "energy", "infrastructure"], ["DEU", "SDN"],
    [deu5, sdn5], ["Klaus Brenner", "Bashir Omar Fadl"],
    [H("signed", "1987-06-15", "day", "Khartoum", "signed for Bonn in Khartoum")], expect_conflict=True,
    note="'today' (first sentence) = 1987-06-15; place and signatories from the second sentence; 82 mln marks vs 85 mln in ab01"),
  A(PROT, "protocol", "West Germany-Sudan protocol converting old loans into grants", ["finance", "development_aid"], ["DEU", "SDN"],
    [deu5, sdn5], [],
    [H("signed", "1987-06-15", "day", None, "a separate protocol converting 115 mln marks")], expect_conflict=True,
    note="'at the same time' as today's signing; no signer named in this sentence (Brenner and Fadl inferable)"),
 ], [
  E(V_SD, "visit", "Klaus Brenner's two-day visit to Sudan", "held", "1987-06-15", "1987-06-15", "Khartoum", "SDN", "DEU",
    ["Klaus Brenner", "Bashir Omar Fadl"], ["DEU", "SDN"], [AID], "who is on a two-day visit to Sudan",
    note="only the signing day is known here"),
  E(V_ET, "visit", "Klaus Brenner's visit to Ethiopia", "planned", "1987-06-16", "1987-06-17", "Addis Ababa", "ETH", "DEU",
    ["Klaus Brenner"], ["DEU", "ETH"], [], "Brenner is due in Addis Ababa on Tuesday for two days of talks"),
  E(CER_SD, "ceremony", "Signing of the West German-Sudanese aid agreement", "held", "1987-06-15", "1987-06-15", "Khartoum", "SDN", "DEU",
    ["Klaus Brenner", "Bashir Omar Fadl"], ["DEU", "SDN"], [AID, PROT], "signed for Bonn in Khartoum", opt=True),
 ], "Reuters Bonn 1987, same day as the signing. Cluster A with ab01. The 'four billion marks' of conversions since 1978 name no partner: no item.")

# ================= ab02 / ab07 / ab26: Oman-Kazakhstan (ONA, web, tourism; cluster B) =================
KO_VISA, KO_INV, KO_AGRI, KO_CULT, KO_COMM = ("KAZ-OMN-diplomatic-passports-visa-exemption-agreement-2024", "KAZ-OMN-investment-protection-agreement-2024",
    "KAZ-OMN-agriculture-food-security-mou-2024", "KAZ-OMN-cultural-cooperation-programme-2024", "KAZ-OMN-intergovernmental-commission-2024")
KO_VIS, KO_TALK, KO_IGC1 = ("KAZ-OMN-tokayev-state-visit-muscat-2024", "KAZ-OMN-haitham-tokayev-talks-muscat-2024",
                            "KAZ-OMN-intergovernmental-commission-first-session-astana-2024")
doc("ab02.txt")
omn2, kaz2 = S("Oman", "OMN", ["Sultanate"]), S("Kazakhstan", "KAZ", ["Republic of Kazakhstan"])
EXCH = "The two sides also exchanged a memorandum of understanding on cooperation in agriculture"
F("ab02.txt", "2024-05-21", [
  A(KO_VISA, "agreement", "Oman-Kazakhstan agreement on mutual visa exemption for diplomatic, special and service passports", ["visa"], ["KAZ", "OMN"], [omn2, kaz2],
    ["Sayyid Badr bin Hamad Al Busaidi", "Murat Nurtleu"],
    [H("signed", "2024-05-21", "day", None, "These included an agreement on mutual exemption from visa requirements")],
    note="exchanged after the talks held 'today' (2024-05-21); the exchange sentence gives no place"),
  A(KO_INV, "agreement", "Oman-Kazakhstan agreement on the promotion and reciprocal protection of investments", ["investment"], ["KAZ", "OMN"], [omn2, kaz2],
    ["Qais bin Mohammed Al Yousef", "Serik Zhumangarin"],
    [H("signed", "2024-05-21", "day", None, "An agreement on the promotion and reciprocal protection of investments was signed by")], expect_conflict=True,
    note="ONA: signed; ab07: only initialled, to be signed during the Sultan's visit in 2025"),
  A(KO_AGRI, "memorandum", "Oman-Kazakhstan MoU on cooperation in agriculture and food security", ["agriculture"], ["KAZ", "OMN"], [omn2, kaz2], [],
    [H("signed", "2024-05-21", "day", None, EXCH)]),
  A(KO_CULT, "programme", "Oman-Kazakhstan executive programme for cultural cooperation 2024-2027", ["culture"], ["KAZ", "OMN"], [omn2, kaz2], [],
    [H("signed", "2024-05-21", "day", None, EXCH)], vp={"from": "2024", "to": "2027"}),
  A("KAZ-OMN-oia-baiterek-investment-platform-framework-2024", "agreement", "Oman Investment Authority-Baiterek framework agreement on a joint investment platform", ["investment"], ["KAZ", "OMN"],
    [G("Oman Investment Authority", "OMN"), CO("Baiterek National Managing Holding", "KAZ")], [],
    [H("signed", "2024-05-21", "day", None, "The Oman Investment Authority and the Baiterek National Managing Holding of Kazakhstan signed a framework agreement")],
    note="one of the 11 documents exchanged; the Oman Investment Authority (a government body) signs: required under the GUIDE (review AB; was optional)"),
  A(KO_COMM, "arrangement", "Omani-Kazakh intergovernmental commission on trade, economic, scientific and technical cooperation", ["economic_cooperation", "trade"], ["KAZ", "OMN"],
    [omn2, kaz2], [],
    [H("agreed", "2024-05-21", "day", None, "The two sides agreed to establish an Omani-Kazakh intergovernmental commission")]),
 ], [
  E(KO_TALK, "talks", "Official talks of Sultan Haitham bin Tarik and President Kassym-Jomart Tokayev at Al Alam Palace", "held", "2024-05-21", "2024-05-21", "Muscat", "OMN", "KAZ",
    ["Haitham bin Tarik", "Kassym-Jomart Tokayev"], ["KAZ", "OMN"], [KO_VISA, KO_INV, KO_AGRI, KO_CULT, KO_COMM],
    "held official talks at Al Alam Palace today", count=11),
  E(KO_VIS, "visit", "Kazakh President Kassym-Jomart Tokayev's state visit to Oman", "held", "2024-05-20", "2024-05-21", "Muscat", "OMN", "KAZ",
    ["Kassym-Jomart Tokayev", "Haitham bin Tarik"], ["KAZ", "OMN"], [KO_VISA, KO_INV, KO_AGRI, KO_CULT, "KAZ-OMN-oia-baiterek-investment-platform-framework-2024", KO_COMM],
    "President Tokayev arrived in the Sultanate yesterday on a two-day state visit", count=11,
    note="'the Sultanate' = Oman; the Royal Airport and Al Alam Palace are in Muscat (dateline + today)"),
  E(KO_IGC1, "meeting", "First session of the Omani-Kazakh intergovernmental commission", "planned", "2024", "2024", "Astana", "KAZ", "OMN",
    [], ["KAZ", "OMN"], [], "whose first session will be held in Astana in the autumn", note="'in the autumn' -> 2024; ab07 says October"),
  E("KAZ-OMN-agreements-exchange-muscat-2024", "ceremony", "Exchange of 11 Omani-Kazakh agreements and MoUs witnessed by the two leaders", "held", "2024-05-21", "2024-05-21", "Muscat", "OMN", "KAZ",
    ["Haitham bin Tarik", "Kassym-Jomart Tokayev", "Sayyid Badr bin Hamad Al Busaidi", "Murat Nurtleu", "Qais bin Mohammed Al Yousef", "Serik Zhumangarin"], ["KAZ", "OMN"],
    [KO_VISA, KO_INV, KO_AGRI, KO_CULT], "the two leaders witnessed the exchange of 11 agreements", count=11, opt=True),
 ], "ONA, Tuesday 2024-05-21: 'today' = 2024-05-21, 'yesterday' = 2024-05-20. 11 documents, five named plus the OIA-Baiterek framework. Cluster B with ab07 and ab26.")

doc("ab07.txt")
kaz7, omn7 = S("Kazakhstan", "KAZ", []), S("Oman", "OMN", ["Sultanate"])
F("ab07.txt", "2024-05-22", [
  A(KO_VISA, "agreement", "Kazakhstan-Oman visa waiver for diplomatic and service passports", ["visa"], ["KAZ", "OMN"], [kaz7, omn7], [],
    [H("signed", "2024-05-21", "day", None, "the foreign ministers inked an agreement waiving visas")],
    note="on Tuesday (first sentence) = 2024-05-21; the signers are 'the foreign ministers' (Murat Nurtleu named later, not as signer)"),
  A(KO_AGRI, "memorandum", "Kazakhstan-Oman memorandum on agriculture and food security", ["agriculture"], ["KAZ", "OMN"], [kaz7, omn7], [],
    [H("signed", "2024-05-21", "day", None, "The two sides also signed a memorandum on agriculture and food security")]),
  A(KO_CULT, "programme", "Kazakhstan-Oman cultural cooperation programme until 2027", ["culture"], ["KAZ", "OMN"], [kaz7, omn7], [],
    [H("signed", "2024-05-21", "day", None, "a cultural cooperation programme until 2027")], vp={"from": "2024", "to": "2027"}),
  A(KO_INV, "agreement", "Kazakhstan-Oman investment protection agreement", ["investment"], ["KAZ", "OMN"], [kaz7, omn7], [],
    [H("finalized", "2024-05-21", "day", None, "The long-awaited investment protection agreement was only initialled on Tuesday"),
     H("planned", "2025", "year", None, "it would be signed when the Sultan visits Kazakhstan next year")], expect_conflict=True,
    note="initialled (finalized), not signed: disagrees with ONA (ab02)"),
  A("KAZ-OMN-ordinary-passports-visa-waiver", "agreement", "Kazakhstan-Oman visa waiver for ordinary passport holders (under negotiation)", ["visa", "tourism"], ["KAZ", "OMN"],
    [S("Kazakhstan", "KAZ"), S("Oman", "OMN")], [],
    [H("negotiating", "2024-05-22", "on_or_before", None, "The governments are also negotiating a visa waiver for ordinary passport holders")]),
  A(KO_COMM, "arrangement", "Kazakhstan-Oman intergovernmental commission", ["economic_cooperation", "trade"], ["KAZ", "OMN"], [kaz7, omn7], [],
    [H("agreed", "2024-05-22", "on_or_before", None, "An intergovernmental commission set up during the visit will hold its first meeting in Astana in October")],
    note="'set up during the visit' (20-21 May), day not given: on_or_before the publication date (GUIDE convention; review AB, was month 2024-05)"),
  A("KAZ-OMN-air-astana-oman-air-codeshare-mou-2024", "memorandum", "Air Astana-Oman Air codeshare memorandum", ["aviation"], ["KAZ", "OMN"],
    [CO("Air Astana", "KAZ"), CO("Oman Air", "OMN")], [],
    [H("signed", "2024-05-22", "on_or_before", None, "Separately, Air Astana and Oman Air signed a codeshare memorandum")],
    opt=True, note="airline (company) memorandum reported with the visit: optional"),
  A("KAZ-OMN-diplomatic-relations-1992", "agreement", "Establishment of diplomatic relations between Kazakhstan and Oman", ["diplomatic_relations"], ["KAZ", "OMN"],
    [S("Kazakhstan", "KAZ"), S("Oman", "OMN")], [],
    [H("agreed", "1992", "year", None, "since the two countries established diplomatic relations in 1992")], opt=True,
    note="background; establishment of relations with no instrument named: optional"),
 ], [
  E(KO_VIS, "visit", "Kassym-Jomart Tokayev's first state visit to Oman", "held", "2024-05-20", "2024-05-21", "Muscat", "OMN", "KAZ",
    ["Kassym-Jomart Tokayev"], ["KAZ", "OMN"], [KO_VISA, KO_AGRI, KO_CULT, KO_INV, KO_COMM], "Tokayev arrived in Muscat on Monday", count=10),
  E(KO_TALK, "talks", "Tokayev's talks with Sultan Haitham bin Tariq", "held", "2024-05-21", "2024-05-21", None, "OMN", "KAZ",
    ["Kassym-Jomart Tokayev", "Haitham bin Tariq"], ["KAZ", "OMN"], [KO_VISA], "After the talks with Sultan Haitham bin Tariq",
    note="day from the Tuesday signings"),
  E(KO_IGC1, "meeting", "First meeting of the Kazakhstan-Oman intergovernmental commission", "planned", "2024-10", "2024-10", "Astana", "KAZ", "OMN",
    [], ["KAZ", "OMN"], [], "will hold its first meeting in Astana in October"),
  E("KAZ-OMN-haitham-visit-kazakhstan-2025", "visit", "Sultan Haitham bin Tariq's visit to Kazakhstan", "planned", "2025", "2025", "Astana", "KAZ", "OMN",
    ["Haitham bin Tariq"], ["KAZ", "OMN"], [KO_INV], "we expect him in Astana in 2025"),
 ], "Web page (Astana), Wednesday 2024-05-22: 'on Tuesday' = 2024-05-21, 'on Monday' = 2024-05-20. Cluster B with ab02 (10 documents vs 11; the investment agreement initialled here, signed there; commission session October vs autumn). Read-more links are teasers.")

doc("ab26.txt")
F("ab26.txt", "2024-09-12", [
  A(KO_CULT, "programme", "Oman-Kazakhstan cultural cooperation programme", ["culture", "tourism"], ["KAZ", "OMN"], [S("Oman", "OMN"), S("Kazakhstan", "KAZ")], [],
    [H("signed", "2024-05", "month", "Muscat", "the cultural cooperation programme the two governments signed in Muscat in May")],
    note="'in May' against September 2024 -> 2024-05; the two governments = Oman and Kazakhstan (previous paragraph)"),
 ], [], "Tourism news (web 2024) with one passing mention: the cultural cooperation programme signed in May (cluster B). The new air route is a company matter.")

# ================= ab03 / ab09: Malawi-Mozambique waterway (BBC, AIM 2007; cluster C) =================
MM_WAY, MM_COM, MM_SADC = ("MOZ-MWI-shire-zambezi-waterway-agreement-2007", "MOZ-MWI-waterway-joint-commission-2007",
                           "IGO:SADC-MOZ-MWI-revised-shared-watercourses-protocol")
MM_PORT, MM_CER = "MOZ-MWI-nsanje-port-inauguration-2007", "MOZ-MWI-waterway-signing-blantyre-2007"
doc("ab03.txt")
mwi, moz = S("Malawi", "MWI", []), S("Mozambique", "MOZ", [])
F("ab03.txt", "2007-10-19", [
  A(MM_WAY, "agreement", "Malawi-Mozambique agreement on navigation on the Shire and Zambezi rivers", ["transport", "maritime", "infrastructure"], ["MOZ", "MWI"],
    [mwi, moz], ["Goodall Chirwa", "Armando Cuamba"],
    [H("signed", "2007-10-18", "day", "Blantyre", "The deal was signed on Thursday in the commercial capital, Blantyre")], expect_conflict=True,
    note="Thursday = 2007-10-18 (Friday page); AIM (ab09) says Wednesday; 'Goodall' here, 'Goodal' in ab09"),
  A(MM_COM, "arrangement", "Malawi-Mozambique joint technical commission on navigation and dredging of the Shire-Zambezi waterway", ["transport", "maritime"], ["MOZ", "MWI"],
    [mwi, moz], [],
    [H("agreed", "2007-10-18", "day", None, "the two countries agreed to set up a joint technical commission")],
    note="agreed under the accord signed on Thursday; Zambia only invited to join: not a party"),
  A(MM_SADC, "protocol", "SADC revised protocol on shared watercourses", ["environment"], ["IGO:SADC", "MOZ", "MWI"],
    [IO("Southern African Development Community", "IGO:SADC"), mwi, moz], [],
    [H("ratified", None, "unknown", None, "Both countries have ratified the Southern African Development Community's revised protocol on shared watercourses")],
    note="background, no date"),
 ], [
  E(MM_PORT, "ceremony", "Opening of the inland port at Nsanje by Presidents Bingu wa Mutharika and Armando Guebuza", "planned", "2007-10-23", "2007-10-23", "Nsanje", "MWI", "MOZ",
    ["Bingu wa Mutharika", "Armando Guebuza"], ["MOZ", "MWI"], [], "are due to open the new inland port at Nsanje"),
  E(MM_CER, "ceremony", "Signing of the Shire-Zambezi waterway agreement in Blantyre", "held", "2007-10-18", "2007-10-18", "Blantyre", "MWI", "MOZ",
    ["Goodall Chirwa", "Armando Cuamba"], ["MOZ", "MWI"], [MM_WAY], "The deal was signed on Thursday in the commercial capital, Blantyre", opt=True),
 ], "BBC 2007 (Friday). Cluster C with ab09 (signing day Thursday vs Wednesday; spelling of the Malawian minister). 'SEE ALSO' links are teasers.")

doc("ab09.txt")
moz9, mwi9 = S("Mozambique", "MOZ", []), S("Malawi", "MWI", [])
F("ab09.txt", "2007-10-19", [
  A(MM_WAY, "agreement", "Mozambique-Malawi agreement on navigation on the Shire and Zambezi rivers", ["transport", "maritime", "infrastructure"], ["MOZ", "MWI"],
    [moz9, mwi9], ["Armando Cuamba", "Goodal Chirwa"],
    [H("signed", "2007-10-17", "day", "Blantyre", "on Wednesday signed in Blantyre an agreement on navigation")], expect_conflict=True,
    note="Wednesday = 2007-10-17 (Friday story); ratification by the Assembly of the Republic still ahead: a condition, no stage"),
  A(MM_COM, "arrangement", "Mozambique-Malawi joint commission to supervise navigation", ["transport", "maritime"], ["MOZ", "MWI"], [moz9, mwi9], [],
    [H("agreed", "2007-10-17", "day", None, "a joint commission will supervise navigation")], opt=True,
    note="'a joint commission will supervise navigation' under the agreement: probably the joint technical commission of ab03; optional link here"),
 ], [
  E("MOZ-MWI-cuamba-visit-blantyre-2007", "visit", "Mozambican Transport Minister Armando Cuamba's visit to Blantyre", "held", "2007-10-16", "2007-10-17", "Blantyre", "MWI", "MOZ",
    ["Armando Cuamba", "Goodal Chirwa"], ["MOZ", "MWI"], [MM_WAY], "at the end of two days of talks in Blantyre",
    note="two days of talks ending with the Wednesday signing -> 16-17 October; returned to Maputo on Thursday"),
  E(MM_PORT, "ceremony", "Inauguration of the Nsanje port by Armando Guebuza and Bingu wa Mutharika", "planned", "2007-10-23", "2007-10-23", "Nsanje", "MWI", "MOZ",
    ["Armando Guebuza", "Bingu wa Mutharika"], ["MOZ", "MWI"], [], "President Armando Guebuza will travel to Nsanje on 23 October"),
  E(MM_CER, "ceremony", "Signing of the navigation agreement in Blantyre", "held", "2007-10-17", "2007-10-17", "Blantyre", "MWI", "MOZ",
    ["Armando Cuamba", "Goodal Chirwa"], ["MOZ", "MWI"], [MM_WAY], "on Wednesday signed in Blantyre an agreement on navigation", opt=True),
 ], "AIM Maputo, Friday 2007-10-19. Cluster C with ab03. The 2006 barge episode names no instrument ('without a bilateral agreement in place'): no item.")

# ================= ab04: China-Sierra Leone (Xinhua 2019) =================
CS_ETC, CS_NOTES = "CHN-SLE-economic-technical-cooperation-agreement-2019", "CHN-SLE-tombo-fishing-harbour-exchange-of-notes-2019"
doc("ab04.txt")
chn, sle = S("China", "CHN", ["Beijing"]), S("Sierra Leone", "SLE", [])
F("ab04.txt", "2019-03-28", [
  A(CS_ETC, "agreement", "China-Sierra Leone agreement on economic and technical cooperation (200 million yuan grant)", ["development_aid", "economic_cooperation"], ["CHN", "SLE"],
    [chn, sle], ["Wang Lixin", "Fatmata Kamara-Sesay"],
    [H("signed", "2019-03-28", "day", "Freetown", "The agreement was signed in Freetown by visiting Chinese Assistant Foreign Minister Wang Lixin")]),
  A(CS_NOTES, "agreement", "China-Sierra Leone exchange of notes on the Tombo fishing harbour", ["infrastructure", "maritime", "development_aid"], ["CHN", "SLE"],
    [chn, sle], [],
    [H("signed", "2019-03-28", "day", None, "The two sides also exchanged notes on the construction of a fishing harbour at Tombo")],
    note="an exchange of notes is an agreement; exchanged with the Thursday agreement"),
  A("CHN-SLE-mamamah-airport-loan-agreement", "agreement", "China-Sierra Leone loan agreement for the Mamamah airport (cancelled)", ["finance", "aviation", "infrastructure"], ["CHN", "SLE"],
    [S("Sierra Leone", "SLE"), S("China", "CHN")], [],
    [H("terminated", "2018-10", "month", None, "Sierra Leone's government last October cancelled a 400-million-dollar loan agreement with China")],
    note="'last October' against March 2019 -> 2018-10; signing year not given: no year in the key"),
  A("CHN-SLE-foreign-ministries-political-consultations", "arrangement", "China-Sierra Leone political consultations between the foreign ministries", ["diplomatic_relations"], ["CHN", "SLE"],
    [chn, sle], [],
    [H("in_force", None, "unknown", None, "The two sides agreed to hold the next round of political consultations")], opt=True,
    note="existing mechanism named through its next round: optional, in_force null (as ab06's commission and ab14's partnership commission; review AB)"),
 ], [
  E("CHN-SLE-wang-lixin-visit-freetown-2019", "visit", "Chinese Assistant Foreign Minister Wang Lixin's visit to Sierra Leone", "held", "2019-03-27", "2019-03-28", "Freetown", "SLE", "CHN",
    ["Wang Lixin", "Julius Maada Bio", "Fatmata Kamara-Sesay"], ["CHN", "SLE"], [CS_ETC, CS_NOTES], "Wang, who arrived in Freetown on Wednesday"),
  E("CHN-SLE-wang-bio-meeting-2019", "meeting", "Wang Lixin's meeting with President Julius Maada Bio", "held", "2019-03-28", "2019-03-28", "Freetown", "SLE", "CHN",
    ["Wang Lixin", "Julius Maada Bio"], ["CHN", "SLE"], [], "met with Sierra Leonean President Julius Maada Bio on Thursday morning"),
  E("CHN-SLE-political-consultations-beijing-2019", "talks", "Next round of China-Sierra Leone political consultations between foreign ministries", "planned", "2019", "2019", "Beijing", "CHN", "SLE",
    [], ["CHN", "SLE"], [], "The two sides agreed to hold the next round of political consultations"),
  E("CHN-SLE-focac-beijing-summit", "summit", "Beijing Summit of the Forum on China-Africa Cooperation", "held", None, None, "Beijing", "CHN", None,
    [], ["CHN", "SLE"], [], "implement the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation", opt=True,
    note="background, no date; its 'outcomes' name no instrument"),
 ], "Xinhua, Thursday 2019-03-28. The one-China remarks are no instrument.")

# ================= ab06: Russia-Laos (TASS 2021) =================
RL_NUC = "LAO-RUS-nuclear-science-technology-centre-agreement-2021"
doc("ab06.txt")
rus, lao = S("Russia", "RUS", []), S("Laos", "LAO", [])
F("ab06.txt", "2021-11-18", [
  A(RL_NUC, "agreement", "Russia-Laos intergovernmental agreement on a centre for nuclear science and technology in Laos", ["energy", "science_technology"], ["LAO", "RUS"],
    [rus, lao], [],
    [H("finalized", "2021-11-18", "on_or_before", None, "The text has been agreed by our experts"),
     H("planned", "2021-12", "month", None, "The text has been agreed by our experts")],
    note="text agreed (finalized), signing hoped for in December (the lead: 'before the end of the year')"),
  A("LAO-RUS-foreign-ministries-consultations-plan-2021", "action_plan", "Plan of consultations between the Russian and Lao foreign ministries for 2022-2024", ["diplomatic_relations"], ["LAO", "RUS"],
    [rus, lao], ["Sergey Lavrov", "Saleumxay Kommasith"],
    [H("signed", "2021-11-18", "on_or_before", None, "the ministers signed a plan of consultations")], vp={"from": "2022", "to": "2024"},
    note="'the ministers' = Lavrov and Saleumxay; day not stated (news of the day)"),
  A("LAO-RUS-ordinary-passports-visa-free-agreement", "agreement", "Russia-Laos agreement on visa-free travel for ordinary passport holders", ["visa", "tourism"], ["LAO", "RUS"],
    [rus, lao], [],
    [H("in_force", "2017", "year", None, "which has been in force since 2017")], note="background; signing year not given"),
  A("LAO-RUS-intergovernmental-commission", "arrangement", "Russian-Lao intergovernmental commission on trade, economic, scientific and technical cooperation", ["economic_cooperation"], ["LAO", "RUS"],
    [rus, lao], [],
    [H("in_force", None, "unknown", None, "The next session of the Russian-Lao intergovernmental commission")], opt=True,
    note="existing mechanism named through its next session: optional, in_force null"),
 ], [
  E("LAO-RUS-lavrov-saleumxay-talks-moscow-2021", "talks", "Talks of Sergey Lavrov and Saleumxay Kommasith", "held", "2021-11-18", "2021-11-18", "Moscow", "RUS", "LAO",
    ["Sergey Lavrov", "Saleumxay Kommasith"], ["LAO", "RUS"], ["LAO-RUS-foreign-ministries-consultations-plan-2021"],
    "said on Thursday after talks with his Lao counterpart Saleumxay Kommasith"),
  E("LAO-RUS-saleumxay-visit-moscow-2021", "visit", "Lao Foreign Minister Saleumxay Kommasith's working visit to Moscow", "held", "2021-11-18", "2021-11-18", "Moscow", "RUS", "LAO",
    ["Saleumxay Kommasith"], ["LAO", "RUS"], [], "Saleumxay Kommasith is in Moscow on a working visit."),
  E("LAO-RUS-intergovernmental-commission-session-vientiane-2021", "meeting", "Next session of the Russian-Lao intergovernmental commission", "planned", "2021-12", "2021-12", "Vientiane", "LAO", "RUS",
    [], ["LAO", "RUS"], [], "will take place in Vientiane in December"),
  E("LAO-RUS-lavrov-visit-laos-2022", "visit", "Sergey Lavrov's visit to Laos", "planned", "2022", "2022", None, "LAO", "RUS",
    ["Sergey Lavrov"], ["LAO", "RUS"], [], "Lavrov said he had accepted an invitation to visit Laos next year."),
 ], "TASS, Thursday 2021-11-18.")

# ================= ab08: Indonesia-Peru (Antara 2024) =================
IP_CEPA, IP_HALAL = "IDN-PER-comprehensive-economic-partnership-agreement", "IDN-PER-halal-product-assurance-mou-2024"
doc("ab08.txt")
idn, per = S("Indonesia", "IDN", []), S("Peru", "PER", [])
F("ab08.txt", "2024-08-15", [
  A(IP_CEPA, "agreement", "Indonesia-Peru Comprehensive Economic Partnership Agreement (IP-CEPA)", ["trade", "investment"], ["IDN", "PER"], [idn, per], [],
    [H("finalized", "2024-08", "month", "Lima", "Our negotiators wrapped up the sixth and final round in Lima last week."),
     H("planned", "2024-11", "month", "Lima", "with the pact expected to be signed in November on the sidelines of the APEC leaders' meeting in Lima")],
    note="negotiations concluded 'last week' (5-11 August 2024) -> finalized 2024-08; signing planned for November. No year given for the instrument: no year in the key"),
  A(IP_HALAL, "memorandum", "MoU between Indonesia's BPJPH and Peru's INACAL on halal product assurance", ["trade"], ["IDN", "PER"],
    [G("Halal Product Assurance Organizing Agency", "IDN", ["BPJPH"]), G("National Institute of Quality", "PER", ["INACAL"])], [],
    [H("signed", "2024-08-15", "on_or_before", None, "signed a memorandum of understanding on halal product assurance")],
    note="'during the visit' (began Wednesday), day not given -> on_or_before"),
 ], [
  E("IDN-PER-wicaksono-quispe-meeting-jakarta-2024", "meeting", "Meeting of Indonesian Trade Minister Arif Wicaksono and Peruvian Minister Mariela Quispe Torres", "held", "2024-08-15", "2024-08-15", "Jakarta", "IDN", "PER",
    ["Arif Wicaksono", "Mariela Quispe Torres"], ["IDN", "PER"], [], "Wicaksono said after meeting Peru's Minister of Foreign Trade and Tourism"),
  E("IDN-PER-quispe-visit-jakarta-2024", "visit", "Peruvian Foreign Trade Minister Mariela Quispe Torres's visit to Indonesia", "held", "2024-08-14", "2024-08-15", "Jakarta", "IDN", "PER",
    ["Mariela Quispe Torres", "Arif Wicaksono"], ["IDN", "PER"], [IP_HALAL], "Quispe is in Jakarta for a three-day visit that began on Wednesday.",
    note="three-day visit from Wednesday 14 August; last dated day Thursday 15"),
  E("IDN-PER-cepa-final-round-lima-2024", "talks", "Sixth and final round of IP-CEPA negotiations in Lima", "held", "2024-08", "2024-08", "Lima", "PER", "IDN",
    [], ["IDN", "PER"], [IP_CEPA], "Our negotiators wrapped up the sixth and final round in Lima last week."),
  E("IDN-IGO:APEC-PER-apec-leaders-meeting-lima-2024", "summit", "APEC leaders' meeting in Lima (planned IP-CEPA signing)", "planned", "2024-11", "2024-11", "Lima", "PER", None,
    [], ["IDN", "IGO:APEC", "PER"], [IP_CEPA], "with the pact expected to be signed in November on the sidelines of the APEC leaders' meeting in Lima", opt=True),
 ], "Antara, Thursday 2024-08-15.")

# ================= ab10: South Korea-Tunisia (Yonhap 2012) =================
KT_EDCF, KT_STUDY, KT_EGOV = "KOR-TUN-edcf-loan-framework-arrangement-2012", "KOR-TUN-fta-joint-study-group-2012", "KOR-TUN-e-government-cooperation-mou"
doc("ab10.txt")
kor, tun = S("South Korea", "KOR", ["Seoul"]), S("Tunisia", "TUN", [])
F("ab10.txt", "2012-03-06", [
  A(KT_EDCF, "agreement", "South Korea-Tunisia framework arrangement on EDCF concessional loans for 2012-2014 (up to 200 million dollars)", ["finance", "development_aid"], ["KOR", "TUN"],
    [kor, tun], ["Park Jae-won", "Mounir Ben Slama"],
    [H("signed", "2012-03-06", "day", "Seoul", "was signed by Foreign Minister Park Jae-won and his Tunisian counterpart Mounir Ben Slama after their talks in Seoul")],
    vp={"from": "2012", "to": "2014"}, note="a loan framework: kind agreement although called 'framework arrangement'; Tuesday = 2012-03-06"),
  A(KT_STUDY, "arrangement", "South Korea-Tunisia joint study group on the feasibility of a free trade agreement", ["trade"], ["KOR", "TUN"], [kor, tun], [],
    [H("agreed", "2012-03-06", "on_or_before", None, "The two ministers also agreed to set up a joint study group")]),
  A("KOR-TUN-free-trade-agreement", "agreement", "Possible South Korea-Tunisia free trade agreement", ["trade"], ["KOR", "TUN"], [kor, tun], [],
    [H("proposed", "2012-03-06", "on_or_before", None, "to examine the feasibility of a bilateral free trade agreement")], opt=True,
    note="only a study of its feasibility: optional"),
  A(KT_EGOV, "memorandum", "South Korea-Tunisia MoU on e-government cooperation", ["telecommunications", "science_technology"], ["KOR", "TUN"], [kor, tun], [],
    [H("finalized", "2011-12", "month", "Tunis", "which was initialled in Tunis in December"),
     H("planned", "2012-05", "month", None, "will be signed when Prime Minister Kim Hwang-sik visits Tunisia in May")],
    note="'December' before a March 2012 story -> 2011-12"),
 ], [
  E("KOR-TUN-park-ben-slama-talks-seoul-2012", "talks", "Talks of Foreign Ministers Park Jae-won and Mounir Ben Slama", "held", "2012-03-06", "2012-03-06", "Seoul", "KOR", "TUN",
    ["Park Jae-won", "Mounir Ben Slama"], ["KOR", "TUN"], [KT_EDCF, KT_STUDY], "after their talks in Seoul"),
  E("KOR-TUN-ben-slama-visit-seoul-2012", "visit", "Tunisian Foreign Minister Mounir Ben Slama's three-day visit to South Korea", "held", "2012-03-05", "2012-03-06", "Seoul", "KOR", "TUN",
    ["Mounir Ben Slama", "Park Jae-won"], ["KOR", "TUN"], [KT_EDCF, KT_STUDY], "Ben Slama is on a three-day visit to South Korea that began Monday",
    note="began Monday 5 March; last dated day Tuesday 6 (the Wednesday call on Lee is planned)"),
  E("KOR-TUN-ben-slama-lee-meeting-2012", "meeting", "Mounir Ben Slama's call on President Lee Myung-bak", "planned", "2012-03-07", "2012-03-07", None, "KOR", "TUN",
    ["Mounir Ben Slama", "Lee Myung-bak"], ["KOR", "TUN"], [], "Ben Slama is scheduled to call on President Lee Myung-bak on Wednesday"),
  E("KOR-TUN-kim-hwang-sik-visit-tunisia-2012", "visit", "Prime Minister Kim Hwang-sik's visit to Tunisia", "planned", "2012-05", "2012-05", None, "TUN", "KOR",
    ["Kim Hwang-sik"], ["KOR", "TUN"], [KT_EGOV], "will be signed when Prime Minister Kim Hwang-sik visits Tunisia in May"),
  E("KOR-TUN-fta-study-group-first-meeting-2012", "meeting", "First meeting of the South Korea-Tunisia FTA joint study group", "planned", "2012", "2012", None, None, None,
    [], ["KOR", "TUN"], [], "with the first meeting slated for the second half of the year", opt=True),
 ], "Yonhap, Tuesday 2012-03-06.")

# ================= ab11: Turkiye-Bosnia (Anadolu 2022) =================
TB_PROT = "BIH-TUR-social-security-agreement-amending-protocol-2021"
doc("ab11.txt")
tur, bih = S("Türkiye", "TUR", []), S("Bosnia and Herzegovina", "BIH", [])
F("ab11.txt", "2022-06-09", [
  A(TB_PROT, "protocol", "Protocol amending the Türkiye-Bosnia and Herzegovina social security agreement", ["labour_migration", "health"], ["BIH", "TUR"],
    [tur, bih], ["Derya Yanik", "Ankica Gudeljevic"],
    [H("signed", "2021-09", "month", "Sarajevo", "The protocol, signed in Sarajevo in September last year"),
     H("ratified", "2022-03", "month", None, "Bosnia and Herzegovina's parliamentary assembly ratified the protocol in March."),
     H("ratified", "2022-06-08", "day", None, "The Turkish Grand National Assembly on Wednesday approved a protocol amending the social security agreement")],
    note="Wednesday = 2022-06-08; entry into force is conditional (a clause of the text): no stage"),
  A("BIH-TUR-social-security-agreement-2003", "agreement", "Türkiye-Bosnia and Herzegovina social security agreement (2003)", ["labour_migration", "health"], ["BIH", "TUR"],
    [tur, bih], [],
    [H("signed", "2003", "year", None, "The original social security agreement was signed in 2003"),
     H("in_force", "2005", "year", None, "The original social security agreement was signed in 2003")],
    note="named as a separate instrument from its amending protocol"),
  A("BIH-TUR-defence-industry-cooperation-framework-agreement-2021", "agreement", "Türkiye-Bosnia and Herzegovina framework agreement on defence industry cooperation", ["defence", "military_technical"], ["BIH", "TUR"],
    [tur, bih], [],
    [H("signed", "2021-11", "month", "Ankara", "The defence industry framework agreement, signed in Ankara last November"),
     H("ratified", "2022-06-08", "day", None, "as well as a framework agreement on defence industry cooperation between the two countries")],
    note="'last November' against June 2022 -> 2021-11"),
 ], [
  E("BIH-TUR-erdogan-visit-sarajevo-2021", "visit", "President Recep Tayyip Erdogan's visit to Sarajevo", "held", "2021-09", "2021-09", "Sarajevo", "BIH", "TUR",
    ["Recep Tayyip Erdogan"], ["BIH", "TUR"], [TB_PROT], "signed during President Recep Tayyip Erdogan's visit to Sarajevo in September 2021", count=7,
    note="background visit; he met 'the members of the Bosnian presidency' (unnamed)"),
 ], "Anadolu, Thursday 2022-06-09. 'Related news' link is a teaser.")

# ================= ab12: Egypt-Cyprus pipeline (MENA 2018) =================
EC_PIPE = "CYP-EGY-aphrodite-subsea-pipeline-agreement-2018"
doc("ab12.txt")
egy, cyp = S("Egypt", "EGY", []), S("Cyprus", "CYP", [])
F("ab12.txt", "2018-10-11", [
  A(EC_PIPE, "agreement", "Egypt-Cyprus intergovernmental agreement on a subsea pipeline from the Aphrodite gas field", ["energy", "infrastructure"], ["CYP", "EGY"],
    [egy, cyp], ["Tarek El Molla", "Giorgos Lakkotrypis"],
    [H("signed", "2018-10-10", "day", "Nicosia", "signed the deal in Nicosia in the presence of Cypriot President Nicos Anastasiades")],
    note="'put their names to ... on Wednesday' = 2018-10-10; ratification still needed: no stage"),
  A("CYP-EGY-cross-median-line-reservoirs-framework-agreement-2013", "agreement", "Egypt-Cyprus framework agreement on hydrocarbon reservoirs straddling the median line (2013)", ["energy"], ["CYP", "EGY"],
    [egy, cyp], [],
    [H("signed", "2013", "year", None, "It builds on a 2013 framework agreement on the development of hydrocarbon reservoirs")], note="background"),
  A("CYP-EGY-eez-delimitation-agreement-2003", "agreement", "Egypt-Cyprus agreement delimiting the exclusive economic zones (2003)", ["maritime", "border_security"], ["CYP", "EGY"],
    [egy, cyp], [],
    [H("signed", "2003", "year", None, "the 2003 accord that delimited their exclusive economic zones")], note="background"),
 ], [
  E("CYP-EGY-el-molla-visit-nicosia-2018", "visit", "Egyptian Petroleum Minister Tarek El Molla's two-day visit to Cyprus", "held", "2018-10-09", "2018-10-10", "Nicosia", "CYP", "EGY",
    ["Tarek El Molla", "Giorgos Lakkotrypis", "Nicos Anastasiades"], ["CYP", "EGY"], [EC_PIPE], "who arrived in Nicosia on Tuesday for a two-day visit"),
  E("CYP-EGY-GRC-trilateral-summit-crete-2018", "summit", "Sixth Egypt-Cyprus-Greece trilateral summit in Crete", "planned", "2018-11", "2018-11", "Crete", "GRC", None,
    [], ["CYP", "EGY", "GRC"], [], "The leaders of Egypt, Cyprus and Greece will meet in Crete next month"),
  E("CYP-EGY-pipeline-signing-nicosia-2018", "ceremony", "Signing of the Egypt-Cyprus pipeline agreement", "held", "2018-10-10", "2018-10-10", "Nicosia", "CYP", "EGY",
    ["Tarek El Molla", "Giorgos Lakkotrypis", "Nicos Anastasiades"], ["CYP", "EGY"], [EC_PIPE], "signed the deal in Nicosia in the presence of Cypriot President Nicos Anastasiades", opt=True),
 ], "MENA, Thursday 2018-10-11 (dateline Oct 10).")

# ================= ab13: India-Seychelles (PTI 2016) =================
IS_HYD, IS_WS, IS_LOC = "IND-SYC-hydrographic-survey-mou-2016", "IND-SYC-white-shipping-information-technical-agreement-2016", "IND-SYC-defence-line-of-credit-agreement-2016"
doc("ab13.txt")
ind, syc = S("India", "IND", []), S("Seychelles", "SYC", [])
F("ab13.txt", "2016-08-25", [
  A(IS_HYD, "memorandum", "India-Seychelles MoU on hydrographic survey", ["maritime", "science_technology"], ["IND", "SYC"], [ind, syc], ["M K Rajendran", "Joel Morgan"],
    [H("signed", "2016-08-25", "day", "Victoria", "India and Seychelles today signed a memorandum of understanding on hydrographic survey")],
    note="'today' + 'here' (Victoria dateline) in the same sentence"),
  A(IS_WS, "agreement", "India-Seychelles technical agreement on sharing white shipping information", ["maritime", "peace_security"], ["IND", "SYC"], [ind, syc], ["M K Rajendran", "Joel Morgan"],
    [H("signed", "2016-08-25", "day", "Victoria", "India and Seychelles today signed a memorandum of understanding on hydrographic survey")]),
  A(IS_LOC, "agreement", "USD 10 million Indian line of credit to Seychelles for defence equipment", ["finance", "defence"], ["IND", "SYC"],
    [G("Export-Import Bank of India", "IND"), G("Seychelles Ministry of Finance", "SYC")], [],
    [H("signed", "2016-08-25", "on_or_before", None, "Under a separate agreement signed by the Export-Import Bank of India and the Seychelles Ministry of Finance")]),
  A("IND-SYC-assumption-island-agreement-2015", "agreement", "India-Seychelles agreement on developing infrastructure on Assumption Island", ["defence", "infrastructure"], ["IND", "SYC"], [ind, syc], [],
    [H("signed", "2015-03", "month", None, "which was signed in March last year but has not been placed before the Seychelles National Assembly"),
     H("negotiating", "2016-08-25", "on_or_before", None, "Both sides are discussing a revised text that addresses the concerns raised")],
    note="'March last year' -> 2015-03; now being reworked (negotiating)"),
 ], [
  E("IND-SYC-rajendran-michel-talks-2016", "talks", "Talks of Minister of State M K Rajendran with President James Michel", "held", "2016-08-25", "2016-08-25", "Victoria", "SYC", "IND",
    ["M K Rajendran", "James Michel"], ["IND", "SYC"], [IS_HYD, IS_WS], "held talks with President James Michel here"),
  E("IND-SYC-rajendran-visit-victoria-2016", "visit", "Indian Minister of State for External Affairs M K Rajendran's two-day visit to Seychelles", "held", "2016-08-24", "2016-08-25", "Victoria", "SYC", "IND",
    ["M K Rajendran", "James Michel", "Joel Morgan"], ["IND", "SYC"], [IS_HYD, IS_WS, IS_LOC], "who arrived here yesterday on a two-day visit"),
  E("IND-SYC-modi-visit-seychelles-2015", "visit", "Prime Minister Narendra Modi's trip to Seychelles", "held", "2015", "2015", None, "SYC", "IND",
    ["Narendra Modi"], ["IND", "SYC"], [], "since Prime Minister Narendra Modi's trip last year", opt=True, note="background"),
 ], "PTI, Thursday 2016-08-25. The Dornier aircraft handover is not an instrument.")

# ================= ab14: Luxembourg-Burkina Faso (press release 2019) =================
LB_ICP4 = "BFA-LUX-indicative-cooperation-programme-iv-2019"
doc("ab14.txt")
lux, bfa = S("Luxembourg", "LUX", []), S("Burkina Faso", "BFA", [])
F("ab14.txt", "2019-03-14", [
  A(LB_ICP4, "programme", "Fourth Indicative Cooperation Programme (ICP IV) between Luxembourg and Burkina Faso, 2019-2023", ["development_aid", "education"], ["BFA", "LUX"],
    [lux, bfa], ["Paulette Lenert", "Alpha Barry"],
    [H("signed", "2019-03-13", "day", "Luxembourg", "signed the fourth Indicative Cooperation Programme (ICP IV) between Luxembourg and Burkina Faso in Luxembourg")],
    vp={"from": "2019", "to": "2023"}),
  A("BFA-LUX-indicative-cooperation-programme-iii", "programme", "Third Indicative Cooperation Programme between Luxembourg and Burkina Faso", ["development_aid"], ["BFA", "LUX"],
    [lux, bfa], [],
    [H("terminated", "2018-12", "month", None, "It succeeds the third programme, which ended in December 2018")],
    note="ended after five years of implementation: terminated 2018-12"),
  A("BFA-LUX-partnership-commission", "arrangement", "Luxembourg-Burkina Faso partnership commission", ["development_aid"], ["BFA", "LUX"], [lux, bfa], [],
    [H("in_force", None, "unknown", None, "the 13th session of the partnership commission between the two countries")], opt=True,
    note="existing mechanism named through its session: optional"),
  A("IGO:G5Sahel-LUX-joint-force-trust-fund-contribution-2019", "other", "Luxembourg contribution of 2 million euros to the G5 Sahel joint force trust fund", ["peace_security", "finance"], ["IGO:G5Sahel", "LUX"],
    [lux, IO("G5 Sahel", "IGO:G5Sahel")], [],
    [H("agreed", "2019-03-13", "day", "Luxembourg", "Luxembourg confirmed its contribution of 2 million euros to the G5 Sahel joint force trust fund")], opt=True,
    note="a pledge confirmed at the partnership commission, no instrument named: optional"),
 ], [
  E("BFA-LUX-partnership-commission-13th-session-2019", "meeting", "13th session of the Luxembourg-Burkina Faso partnership commission", "held", "2019-03-13", "2019-03-13", "Luxembourg", "LUX", "BFA",
    ["Paulette Lenert", "Alpha Barry"], ["BFA", "LUX"], [LB_ICP4], "held in Luxembourg on 13 March 2019 and co-chaired by the two ministers"),
  E("BFA-LUX-lenert-visit-ouagadougou-2019", "visit", "Minister Paulette Lenert's visit to Burkina Faso", "planned", "2019", "2019", "Ouagadougou", "BFA", "LUX",
    ["Paulette Lenert"], ["BFA", "LUX"], [], "Minister Lenert will travel to Ouagadougou in the autumn"),
 ], "Ministry press release, 2019-03-14. The G5 Sahel trust fund contribution is a pledge, no instrument: optional item.")

# ================= ab15: Bulgaria-North Macedonia (analysis 2025) =================
BM_TR, BM_HIST, BM_PROT = "BGR-MKD-friendship-good-neighbourliness-treaty-2017", "BGR-MKD-joint-historical-commission-2017", "BGR-MKD-bilateral-protocol-2022"
doc("ab15.txt")
bgr, mkd = S("Bulgaria", "BGR", ["Sofia"]), S("North Macedonia", "MKD", ["Skopje"])
F("ab15.txt", "2025-02-03", [
  A(BM_TR, "treaty", "Treaty of Friendship, Good-Neighbourliness and Cooperation between Bulgaria and North Macedonia", ["comprehensive_cooperation", "diplomatic_relations"], ["BGR", "MKD"],
    [bgr, mkd], [],
    [H("signed", "2017-08", "month", "Skopje", "When Bulgaria and North Macedonia signed their Treaty of Friendship, Good-Neighbourliness and Cooperation in Skopje in August 2017"),
     H("ratified", "2018-01", "month", None, "The treaty, which both parliaments ratified in January 2018"),
     H("in_force", "2018-02", "month", None, "The treaty, which both parliaments ratified in January 2018")]),
  A(BM_HIST, "arrangement", "Bulgarian-Macedonian joint multidisciplinary commission of historians", ["culture", "education"], ["BGR", "MKD"], [bgr, mkd], [],
    [H("suspended", "2023-06", "month", None, "but it suspended its work in June 2023")],
    note="set up under the 2017 treaty (no separate date); met more than twenty times, suspended June 2023"),
  A(BM_PROT, "protocol", "Bulgaria-North Macedonia bilateral protocol (2022)", ["diplomatic_relations"], ["BGR", "MKD"], [bgr, mkd],
    ["Bujar Osmani", "Teodora Genchovska"],
    [H("signed", "2022-07-17", "day", "Sofia", "was signed by the two foreign ministers, Bujar Osmani and Teodora Genchovska, in Sofia on 17 July 2022")]),
  A("BGR-MKD-protocol-interpretative-annex-2024", "other", "Proposed interpretative annex to the 2022 Bulgaria-North Macedonia protocol", ["diplomatic_relations"], ["BGR", "MKD"],
    [mkd, bgr], [],
    [H("proposed", "2024-11", "month", None, "In November Mickoski floated an \"interpretative annex\" to the 2022 protocol"),
     H("rejected", "2024-11", "month", None, "Sofia rejected the idea within a day.")], opt=True,
    note="'November' in a February 2025 piece -> 2024-11; an annex to the protocol: its own item or none, optional"),
  A("BGR-FRA-IGO:EU-MKD-french-compromise-2022", "other", "French-brokered compromise lifting Bulgaria's veto on North Macedonia's EU accession talks", ["diplomatic_relations"], ["BGR", "FRA", "IGO:EU", "MKD"],
    [bgr, mkd, S("France", "FRA")], [],
    [H("agreed", None, "unknown", None, "a veto lifted only after a French-brokered compromise")], opt=True,
    note="a political compromise whose 'centrepiece' is the protocol: optional"),
  A("GRC-MKD-prespa-agreement-2018", "agreement", "Prespa agreement between Greece and North Macedonia", ["diplomatic_relations"], ["GRC", "MKD"],
    [S("North Macedonia", "MKD"), S("Greece", "GRC")], [],
    [H("signed", "2018", "year", None, "Its 2018 Prespa agreement with Greece, which changed the country's name")],
    note="background; '2018 agreement' read as signed 2018"),
 ], [
  E("IGO:EU-MKD-first-intergovernmental-conference-brussels-2022", "conference", "First intergovernmental conference between North Macedonia and the EU", "held", "2022-07-19", "2022-07-19", "Brussels", None, "MKD",
    [], ["IGO:EU", "MKD"], [], "Two days later North Macedonia held its first intergovernmental conference with the EU in Brussels"),
 ], "Analysis/op-ed, 2025-02-03. All background with explicit dates. The constitutional amendment is domestic; NATO membership is mentioned without an instrument.")

# ================= ab16: Kuwait-Ukraine (KUNA 1996) =================
KU_ECON, KU_CONS, KU_JEC, KU_DTA = ("KWT-UKR-economic-trade-technical-cooperation-agreement-1996", "KWT-UKR-political-consultations-protocol-1996",
                                    "KWT-UKR-joint-economic-committee-1996", "KWT-UKR-double-taxation-agreement-1996")
doc("ab16.txt")
kwt, ukr = S("Kuwait", "KWT", []), S("Ukraine", "UKR", [])
SIG16 = ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Hennadiy Udovenko"]
F("ab16.txt", "1996-05-14", [
  A(KU_ECON, "agreement", "Kuwait-Ukraine agreement on economic, trade and technical cooperation", ["economic_cooperation", "trade"], ["KWT", "UKR"], [kwt, ukr], SIG16,
    [H("signed", "1996-05-14", "day", "Kiev", "Kuwait and Ukraine signed here today an agreement on economic, trade and technical cooperation")]),
  A(KU_CONS, "protocol", "Kuwait-Ukraine protocol on political consultations between the foreign ministries", ["diplomatic_relations"], ["KWT", "UKR"], [kwt, ukr], SIG16,
    [H("signed", "1996-05-14", "day", "Kiev", "Kuwait and Ukraine signed here today an agreement on economic, trade and technical cooperation")]),
  A(KU_JEC, "arrangement", "Kuwait-Ukraine joint economic committee", ["economic_cooperation"], ["KWT", "UKR"], [kwt, ukr], [],
    [H("agreed", "1996-05-14", "day", None, "Under the agreement, the two sides will set up a joint economic committee")],
    note="set up under the agreement signed today"),
  A(KU_DTA, "agreement", "Kuwait-Ukraine agreement on the avoidance of double taxation", ["taxation"], ["KWT", "UKR"], [kwt, ukr], [],
    [H("finalized", "1996-02", "month", "Kuwait", "initialled by experts in Kuwait in February"),
     H("planned", "1996", "year", None, "is expected to be signed during a visit by President Kuchma to Kuwait later this year")]),
 ], [
  E("KWT-UKR-sabah-udovenko-talks-kiev-1996", "talks", "Talks of Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah and Hennadiy Udovenko", "held", "1996-05-14", "1996-05-14", "Kiev", "UKR", "KWT",
    SIG16, ["KWT", "UKR"], [KU_ECON, KU_CONS], "at the end of talks between First Deputy Prime Minister and Foreign Minister"),
  E("KWT-UKR-sabah-visit-kiev-1996", "visit", "Kuwaiti First Deputy Prime Minister and Foreign Minister Sheikh Sabah's official visit to Ukraine", "held", "1996-05-12", "1996-05-14", "Kiev", "UKR", "KWT",
    ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Hennadiy Udovenko", "Leonid Kuchma"], ["KWT", "UKR"], [KU_ECON, KU_CONS], "Sheikh Sabah arrived in Kiev on Sunday on a three-day official visit",
    note="Sunday 12 May to Tuesday 14 May (the signing day)"),
  E("KWT-UKR-sabah-kuchma-meeting-1996", "meeting", "Sheikh Sabah's meeting with President Leonid Kuchma", "held", "1996-05-13", "1996-05-13", None, "UKR", "KWT",
    ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Leonid Kuchma"], ["KWT", "UKR"], [], "He met President Leonid Kuchma on Monday"),
  E("KWT-UKR-kuchma-visit-kuwait-1996", "visit", "President Leonid Kuchma's visit to Kuwait", "planned", "1996", "1996", None, "KWT", "UKR",
    ["Leonid Kuchma"], ["KWT", "UKR"], [KU_DTA], "during a visit by President Kuchma to Kuwait later this year"),
  E("KWT-UKR-joint-economic-committee-first-meeting-1996", "meeting", "First meeting of the Kuwait-Ukraine joint economic committee", "planned", "1996", "1996", "Kuwait", "KWT", "UKR",
    [], ["KWT", "UKR"], [], "which will hold its first meeting in Kuwait before the end of the year"),
 ], "KUNA Kiev, Tuesday 1996-05-14.")

# ================= ab17: Bolivia-Paraguay (BBC, NO DATE) =================
doc("ab17.txt")
bol, pry = S("Bolivia", "BOL", []), S("Paraguay", "PRY", [])
F("ab17.txt", None, [
  A("BOL-PRY-chaco-border-treaty", "treaty", "Bolivia-Paraguay treaty fixing the border in the Chaco", ["border_security", "peace_security"], ["BOL", "PRY"], [bol, pry],
    ["Evo Morales", "Fernando Lugo"],
    [H("signed", None, "unknown", "Buenos Aires", "signed the document on Monday at the presidential palace in Buenos Aires")],
    note="NO DATE: 'on Monday' cannot be resolved"),
  A("BOL-PRY-chaco-peace-treaty-1938", "treaty", "1938 Treaty of Peace, Friendship and Limits between Bolivia and Paraguay", ["peace_security", "border_security"], ["BOL", "PRY"], [bol, pry], [],
    [H("signed", "1938", "year", None, "The 1938 Treaty of Peace, Friendship and Limits ended the Chaco War")],
    note="background; Argentina helped broker it (not a party)"),
  A("BOL-PRY-joint-demarcation-commission", "arrangement", "Bolivia-Paraguay joint demarcation commission", ["border_security"], ["BOL", "PRY"], [bol, pry], [],
    [H("implemented", None, "unknown", None, "A joint demarcation commission of the two countries finished placing the last border markers last year.")],
    opt=True, note="existing mechanism that finished its work ('last year' unresolvable): optional"),
  A("BOL-PRY-ypfb-petropar-gas-supply-letter-of-intent", "other", "YPFB-Petropar letter of intent on gas supplies", ["energy"], ["BOL", "PRY"],
    [CO("YPFB", "BOL"), CO("Petropar", "PRY")], [],
    [H("signed", None, "unknown", None, "Petropar had signed a letter of intent on gas supplies")], opt=True,
    note="state energy companies' letter of intent reported with the summit: optional"),
 ], [
  E("ARG-BOL-PRY-chaco-treaty-signing-buenos-aires", "ceremony", "Signing of the Bolivia-Paraguay Chaco border treaty in Buenos Aires", "held", None, None, "Buenos Aires", "ARG", None,
    ["Evo Morales", "Fernando Lugo", "Cristina Fernandez de Kirchner"], ["ARG", "BOL", "PRY"], ["BOL-PRY-chaco-border-treaty"],
    "signed the document on Monday at the presidential palace in Buenos Aires"),
 ], "BBC page with NO YEAR. All relative dates unresolvable (null).")

# ================= ab18-ab25: hard negatives =================
for n, note in [("ab18.txt", "Sports: a memorandum between two football associations (not governments); UEFA approval is sport. No items."),
                ("ab19.txt", "Reuters 1986 company joint venture; MITI approval is a domestic regulator. No items."),
                ("ab20.txt", "BBC 2006 domestic coalition 'protocol'. No items."),
                ("ab21.txt", "Court settlement between farmers and a company. No items."),
                ("ab22.txt", "Weather, NO DATE. No items."),
                ("ab23.txt", "Culture tour; the ambassador at a concert is no meeting. No items."),
                ("ab24.txt", "Union wage agreement with a company. No items."),
                ("ab25.txt", "Football club visit and a sponsorship deal. No items.")]:
    doc(n)
    pub = {"ab18.txt": "2023-07-11", "ab19.txt": "1986-09-17", "ab20.txt": "2006-02-22", "ab21.txt": "2021-04-22", "ab22.txt": None,
           "ab23.txt": "2019-10-08", "ab24.txt": "2024-03-27", "ab25.txt": "2022-01-26"}[n]
    F(n, pub, [], [], note)

# ================= ab27-ab30: other news with one passing mention =================
doc("ab27.txt")
F("ab27.txt", "1988-06-08", [
  A("SUN-USA-long-term-grain-agreement", "agreement", "U.S.-Soviet long-term grain agreement", ["trade", "agriculture"], ["SUN", "USA"],
    [S("Soviet Union", "SUN", ["Moscow"]), S("United States", "USA", ["U.S."])], [],
    [H("implemented", "1988-06-08", "on_or_before", None, "for delivery in the current fifth year of the U.S.-Soviet long-term grain agreement")],
    note="purchases under it reported today: implemented; its signing year is not given"),
 ], [], "Reuters 1988 grain report with one passing mention: the U.S.-Soviet long-term grain agreement (SUN = USSR).")
doc("ab28.txt")
F("ab28.txt", "2024-02-20", [
  A("PHL-VNM-rice-trade-mou-2024", "memorandum", "Vietnam-Philippines five-year memorandum of understanding on rice trade", ["trade", "agriculture"], ["PHL", "VNM"],
    [S("Vietnam", "VNM", ["Hanoi"]), S("Philippines", "PHL", ["Manila"])], [],
    [H("signed", "2024-01", "month", "Hanoi", "the five-year memorandum of understanding on rice trade that Hanoi and Manila signed in Hanoi last month")],
    note="'last month' against February 2024 -> 2024-01"),
 ], [], "Commodity news (web 2024) with one passing mention: the Vietnam-Philippines rice MoU.")
doc("ab29.txt")
F("ab29.txt", None, [
  A("GHA-HUN-education-cooperation-programme", "programme", "Ghana-Hungary education cooperation programme", ["education"], ["GHA", "HUN"],
    [S("Ghana", "GHA"), S("Hungary", "HUN")], [],
    [H("implemented", None, "unknown", None, "The students were awarded places under the education cooperation programme between Ghana and Hungary")],
    note="NO DATE; places awarded under the programme -> implemented, null"),
 ], [], "Education news, NO DATE, with one passing mention: the Ghana-Hungary education cooperation programme.")
doc("ab30.txt")
F("ab30.txt", "2010-03-03", [
  A("DOM-ESP-extradition-treaty-1981", "treaty", "Extradition treaty between Spain and the Dominican Republic (1981)", ["extradition"], ["DOM", "ESP"],
    [S("Spain", "ESP"), S("Dominican Republic", "DOM")], [],
    [H("signed", "1981", "year", None, "under the extradition treaty between Spain and the Dominican Republic, signed in 1981")],
    note="the request is still to come: no new stage"),
 ], [], "Crime news (BBC 2010) with one passing mention: the Spain-Dominican Republic extradition treaty.")

files.sort(key=lambda f: f["file"])
assert len(files) == 30
json.dump({"batch": "AB", "files": files}, open(os.path.join(HERE, "batch_AB.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print(len(files), "files")
