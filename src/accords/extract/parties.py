"""The parties of an instrument mention: named in its phrase ("between X and Y", "with Y",
"the X-Y pact", "a World Bank loan to Z"), else the subject of its clause, else the states of
its own clause by the parse, else the two sides the article is about; and its signatories."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from accords.annotate.context import WIRE_DATELINE, DocContext, SentenceInfo
from accords.annotate.entities import (
    actor_from_phrase,
    find_unnamed_roles,
    generic_ministries,
    split_pair,
    states_ministries,
)
from accords.annotate.gazetteer import Place, gazetteer
from accords.annotate.told_from import told_from_state
from accords.data import load_json, load_tsv
from accords.extract.cues import topics_in
from accords.extract.instruments import Phrase, head_token
from accords.naming import CURRENCY_UNITS
from accords.records import Actor

_SIGN_VERB = re.compile(r"\b(?:signed|inked|signs|sign|initial(?:l)?ed)\b(?! of)", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.I)

# ("the two neighbours", "both allies": the article's pair, as "the two countries")
_PAIR_WORDS = re.compile(r"\b(?:two|both) (?:sides|countries|nations|governments|states|leaders|"
                         r"neighbou?rs|allies|partners|"
                         r"presidents|prime ministers|premiers|heads of state|delegations|"
                         r"foreign ministers|ministers)|"
                         r"\bthe countries\b|\bbilateral\b|\bthe sides\b", re.I)


STATE_ACTOR = ("state", "government_body", "international_organization")


def instrument_parties(ctx: DocContext, info: SentenceInfo, p: Phrase, cue_at: int,
             anaphoric: bool = False) -> tuple[list[Actor], bool]:
    """The parties named in the phrase, else in the clause's subject, else the pair of states
    the document is about; and whether a state stands behind the instrument."""
    text = info.sentence.text
    gaz = gazetteer()
    actors: list[Actor] = []
    comp = p.complement
    m = re.search(r"\b(?:between|involving|among)\s+(.+)$", comp) or (
        _MADE_BETWEEN.match(text, p.end) if not comp else None)
    if m:
        inner = re.split(r"\s+(?:to|for|on|under|aimed|in order)\s+(?=[a-z])", m.group(1))[0]
        # "between the U.S., Japan, West Germany, Britain and France": the parse ends the
        # phrase at the list's first comma; the names after it are sides too
        more = _listed_after(text, p.end, info.places) if comp and inner == m.group(1) else []
        generic = generic_ministries(inner)
        if generic:
            actors = [Actor(f"{generic[0][2]} ({gaz.name(c)})", c, "government_body")
                      for c in ctx.pair[:2]]
        elif _PAIR_WORDS.search(inner):
            actors = pair_states(ctx)
        elif re.match(r"\s*between\s+(?:them|the two)\b", comp):
            # ("the previous fisheries agreement between them": the pair the article names;
            # not "an arrangement with Malaysia to facilitate travel between them", whose
            # "between" is the travel's). Both states or none: one state alone is not "them"
            pair = pair_states(ctx, countries=True)
            actors = pair if len(pair) >= 2 else []
        else:
            for part in split_pair(inner):
                a = actor_from_phrase(part, info.places)
                if a:
                    actors.append(a)
                    continue
                # "between Iran and six major powers - Britain, China, France and Russia":
                # the named members of a list, in the phrase or right after it
                for b in _apposed_members(part, text, p.end, info.places):
                    if b.country not in {x.country for x in actors}:
                        actors.append(b)
            if actors:
                actors += [b for b in more if b.country not in {x.country for x in actors}]
    wm = re.search(r"\bwith\s+(?:the\s+)?(.+)$", comp) or _MADE_WITH.match(text, p.end) \
        or (_WITH_AFTER_WHEN.match(text, p.end) if not comp else None)
    listed: list[Actor] = []
    with_list: list[Actor] = []  # a serial or apposed list after "with" the parse cut off
    stateless_side: Actor | None = None  # a side of no state: its country is never filled in
    if not actors and wm:
        after_with = wm.group(1)
        # "a nuclear accord with Britain, China, France and Germany": the parse ends the
        # phrase at the list's first comma; the names after it are sides too
        at_end = bool(comp) and comp.endswith(after_with)
        more = _listed_after(text, p.end, info.places) if at_end else []
        named = _before_finite_verb(info, _named_with(after_with), p.start)
        a = _state_of_signer(actor_from_phrase(named, info.places), named)
        side = re.sub(r"^(?:the|its|their)\s+", "", named.strip(" ,.;:"), flags=re.I)
        armed = _ARMED_GROUP.match(side)
        if armed and not re.fullmatch(r"(?:\s+[a-z].*)?", side[armed.end():]):
            armed = None  # ("rebels by shelling their camps": the group, then its deeds)
        if a:
            actors.append(a)
            # (each a counterpart, as "with Australia and Britain" below: taken beside the
            # clause's subject, once it is known)
            with_list = merge_actors([a], more) if more else []
        elif armed:
            # "broke an 18-month ceasefire with rebels": a non-state armed group is a side
            # of the instrument a government makes with it, though no state
            stateless_side = Actor(armed.group(0), None, "organization")
            actors.append(stateless_side)
        else:  # "access agreements with Australia and Britain": each a counterpart
            # ("an accord with seven steel-exporting nations - Australia, Brazil and Japan":
            # the members the list after the group's noun names)
            listed = _each_named(named, info.places)
            with_list = (merge_actors(listed, more) if listed else _apposed_members(
                named.strip(" ,.;:"), text, p.end, info.places)) if at_end else []
    with_sides = list(actors)  # (what the "with" gave, before any other reading)
    made_in = _MADE_IN.match(text, p.end) if not actors else None
    forum = [x for x in _found(info, text[made_in.end():made_in.end() + 80])
             if x.form == "igo" and x.start == 0] if made_in else []
    if forum:
        # "the accord, reached in the so-called Paris Club": the organization it was made in
        actors = [Actor(gaz.name(forum[0].code), forum[0].code, "international_organization")]
    by_own_clause = False
    if not actors:
        actors = _agents(info, p)
        by_own_clause = bool(actors)
    by = _BY_AGENTS.match(text[p.end:]) if not actors else None
    if by and _PAIR_WORDS.match(re.sub(r"^the\s+", "", by.group("agents"))):
        # "the accord ... signed by the two countries in 1995": the two states the article names
        actors = pair_states(ctx, countries=bool(_TWO_COUNTRIES.match(
            re.sub(r"^the\s+", "", by.group("agents")))))
        if len(actors) == 1 and _unknown_sides(ctx, by.group("agents")):
            actors = []  # (two sides of which the article knows one state: see below)
    pair_clause = _PAIR_CONTACT.match(text, p.end) if not actors else None
    if pair_clause:
        # "under a civil-protection agreement the two countries signed in 2011": the subject of
        # the instrument's own contact clause is the pair the article names
        actors = pair_states(ctx, countries=bool(_TWO_COUNTRIES.match(pair_clause.group(1))))
    if _TWO_GOVERNMENTS.search(p.modifiers):
        actors = _governments_pair(ctx, actors)
    subject = _urged_side(_subordinate_subject(info, clause_subject(text, p, cue_at),
                                               cue_at if cue_at > 0 else p.start, p.start))
    if _opens_own_clause(info, p, cue_at):
        # "Financing agreements were reached with Chile and Venezuela, an accord with the
        # Philippines seems to be close at hand": the instrument is the subject of a clause of
        # its own, so the clause before it, whose sides are another instrument's, is not its
        subject = ""
    subject_actors = _subject_actors(ctx, info, subject)
    if len(with_list) >= 2 and subject_actors and actors == with_sides \
            and all(a.type in STATE_ACTOR for a in with_list):
        # "Iran signed an accord with Britain, China, France and Germany", "the U.S. reached
        # accords with seven nations - A, B and C": the clause's subject and every state the
        # list names (with no subject known, the sentence's states stand as before)
        actors = merge_actors(subject_actors, with_list)
    reported = _REPORTED_CLAUSE.search(subject)
    if reported:
        # "A British spokesman said on Monday that Peru and Ecuador had signed": when the
        # reported clause names two sides of its own, the reporter's state is none of them
        # (one side alone, "Peru said Ecuador would sign", may have the reporter as the other)
        own_sides = _subject_actors(ctx, info, subject[reported.end():])
        told = {a.country for a in own_sides if a.country}
        # ("U.S. officials said Egypt is the only country which has signed a peace treaty
        # with Israel": the reported clause's subject and the counterpart after "with" are
        # its two sides, so the reporter's state is neither)
        with_side = {a.country for a in actors if a.country} if wm else set()
        if len(told) >= 2 or (told and with_side - told):
            subject_actors = own_sides
    sponsor_is_state = any(a.type in STATE_ACTOR for a in subject_actors) or bool(
        _PAIR_WORDS.search(subject))
    subject_at = (cue_at if cue_at > 0 else p.start) - len(subject)
    # The office-holders who sign give the states they sign for ("Trade Minister X and Turkmen
    # Deputy Prime Minister Y signed", "the MoU was signed by X and his Egyptian counterpart
    # Y"), when the clause names fewer than two states and none besides theirs.
    by_signers = _BY_AGENTS.match(text[p.end:])
    signed = signers_states(ctx, info, subject_at, subject) or (signers_states(
        ctx, info, p.end + by_signers.start("agents"), by_signers.group("agents"))
        if by_signers else [])
    # (an organization the NER model finds among the signers' offices, "Trade, Industry and
    # Energy Minister X", is no firm)
    # (a state's own lender is no firm: "China's Exim Bank will lend ..." names a government
    # body, where "French bank X" names only a state beside the bank)
    # ("The company said the Chile-Vietnam trade pact lets it ...": a firm that reports a
    # clause whose subject is the instrument itself is only the source, not a side of it)
    reporter_only = reported is not None and re.fullmatch(
        r"\s*(?:(?:the|an?)\s*)?", subject[reported.end():], re.I) is not None
    company = not reporter_only and ((_COMPANY.search(subject) and not any(
        a.type in ("government_body", "international_organization") for a in subject_actors))
        or (not subject_actors and not signed and any(
            subject_at <= a and b <= subject_at + len(subject)
            and not _OFFICIAL.search(info.sentence.text[a:b])
            and not _ORG_IN_OFFICE_TITLE.search(info.sentence.text[:a])
            for a, b in info.organizations)))
    if not company and subject_actors and _states_as_firms_homes(info, subject, subject_at,
                                                                  subject_actors):
        # "Egypt's Orascom and Saudi Arabia's ACWA Power signed": each state is only the home
        # of the firm its possessive names (the model's organization, no office word)
        company = True
    if company and _GOVERNMENT_BESIDE_FIRM.search(subject):
        # "The government of Kazakhstan and the French company X signed": a government signs
        # beside the firm, so the deal is an instrument of that state (the GUIDE keeps it)
        company = False
    if company and _CREDITORS_AS_SUBJECT.match(subject) and _DEBT_TALK.search(text):
        # "About 300 other creditor banks are expected to approve the agreement": a state's
        # creditors on its debt, not firms' own deal (creditor_group names them below)
        company = False
    if company and instrument_igos(info, p, ctx):
        # "OPEC states ... when the group reviews its pact", "the ICCO's buffer stock rules":
        # the organization's own instrument ("group" here is no firm)
        company = False
    # (the subject of the deal's own verb, after any report of it: "the government said X had")
    own_subject = _REPORTED_BY.split(subject)[-1]
    government_with = _government_and_side(ctx, info, own_subject) \
        if not actors and not subject_actors and not signed and not company else None
    if government_with:
        # "X and the government signed an agreement": the government is the state the story
        # is about, the named side beside it (a firm, a body of no state) is the other; not
        # the story's second state, which may be only the firm's home ("controlled by
        # France's Suez")
        # (only where a state stands behind the deal already: a side the model reads as a
        # firm's keeps the deal a firm's, as before)
        actors, stateless_side = list(government_with), government_with[1]
        sponsor_is_state = True
    if not company and not _OFFICIAL.search(own_subject) and _known_company_in(own_subject):
        # "Rosneft had signed a supply deal with China": the verb's subject is a company the
        # gazetteer knows, so the deal's own side is a firm (round 13 audit)
        company = True
        if wm and not _OFFICIAL.search(wm.group(1)[:60]) and len(actors) <= 1:
            # its counterpart, a state named bare ("with China"), stands for that state's
            # firm: a deal between companies, not an instrument of the state
            return [], False
    if company and not any(a.type in STATE_ACTOR for a in actors):
        # "American Express signs debt/equity deal", "Everbright said it signed an accord with
        # a unit of Lotus": a company's deal with no state or government party.
        return [], False
    if not actors:
        actors = subject_actors + [a for a in listed if a.country not in
                                   {x.country for x in subject_actors}]
    if not actors:
        actors = sentence_states(info, within=_argument_spans(info, p))
        sponsor_is_state = sponsor_is_state or len(actors) >= 2
    have = {a.country for a in actors if a.country}
    if signed and not company and len(have) < 2 and have <= {a.country for a in signed}:
        actors = merge_actors(actors, [a for a in signed if a.country not in have])
        sponsor_is_state = True
    # "an agreement to open a European Community office": the organization the phrase names.
    for place in _found(info, p.complement):
        if place.form == "igo" and place.code not in {a.country for a in actors} and not re.search(
                r"\b(?:violat\w*|under|breach\w*|rules? of)\s+(?:the\s+)?\S*$",
                p.complement[:place.start]):
            actors = [*actors, Actor(gaz.name(place.code), place.code,
                                     "international_organization")]
        at = text.find(p.complement, p.start)
        # (the words after the phrase too: the parse may cut "plus Canada" off)
        plus = _PLUS_STATE.match(text, at + place.end) if place.form == "igo" and at >= 0 \
            else None
        extra = actor_from_phrase(plus.group(1), info.places) if plus else None
        if extra and extra.type == "state" and extra.country not in {a.country for a in actors}:
            # "the Louvre accord of the Group of Five nations plus Canada": the state named
            # with "plus" beside the group is a side with its members
            actors = [*actors, extra]
    # "A U.K. agreement with the SEC", "the U.S.-Japanese pact", "a World Bank loan": a country
    # or an international organization in the name is a party.
    for place in _found(info, p.modifiers):
        if _BROKER.match(p.modifiers, place.end):
            continue  # "its US-backed deal with the UAE": the state behind it is no party
        if _CURRENCY_AFTER_NAME.match(p.modifiers, place.end):
            continue  # "a 500 mln U.S. dlr loan": the amount's currency, not a side
        if place.form in ("name", "alias", "demonym") and place.code not in {a.country for a in actors}:
            actors = [*actors, Actor(gaz.name(place.code), place.code, "state")]
        elif place.form == "igo" and place.code not in {a.country for a in actors}:
            actors = [*actors, Actor(gaz.name(place.code), place.code,
                                     "international_organization")]
    # "GATT's farm agreement", "the treaty establishing a constitution for the European
    # Union", "the South Asian Free Trade Area Agreement": the organization's own instrument.
    # (the organizations that make it, as against one it is made with: "the OPEC pact", "EU
    # ministers agreed a package", not "a trade deal with the EU" nor "the UK-EU deal")
    in_name = [x for x in _found(info, p.modifiers) if x.form in ("name", "alias", "demonym", "igo")]
    makers = [*instrument_igos(info, p, ctx), *(a.country for a in _agents(info, p)
                                           if a.country and a.type == "international_organization")]
    holder: set[str] = set()
    if _MEMBERS_AS_SUBJECT.search(subject):  # "EU finance ministers", "the six GCC states"
        makers += [x.code for x in _found(info, subject) if x.form == "igo"]
    elif _ORGANIZATION_PRESIDENCY.search(subject):
        # "with the bloc's Luxembourg presidency hoping to strike a deal": the member state
        # holding an organization's presidency acts for the organization, whose own instrument
        # it is (among the members the article names), not a deal of that state with it
        # ("The Community's Danish presidency signed ... on behalf of the EC": the
        # organization the clause names when the subject's own word is no name the
        # gazetteer knows)
        makers += [x.code for x in _found(info, subject) if x.form == "igo"] or [
            a.country for a in actors
            if a.country and a.type == "international_organization"]
        # (the state that holds the office is named as the office, not as a side: "the EU's
        # Swedish presidency hopes to sign a fisheries agreement with Morocco" is the EU's
        # with Morocco; the members the article names otherwise join below)
        holder = {x.code for x in _found(info, subject)
                  if x.form in ("name", "alias", "demonym")
                  and _PRESIDENCY_AFTER.match(subject, x.end)}
        if holder and makers:
            actors = [a for a in actors if a.country not in holder]
            subject_actors = [a for a in subject_actors if a.country not in holder]
    elif _organization_makes_alone(ctx, info, p, subject, subject_actors, cue_at) \
            and not wm and not m:
        # "The Gulf Cooperation Council signed a unified economic agreement": an organization
        # alone as the subject, with no other side named, makes the instrument among its
        # members (not "the EU signed a trade pact with Japan", nor "the EU and Japan signed")
        makers += [subject_actors[0].country or ""]
    if not any(x.form != "igo" for x in in_name):
        makers += [x.code for x in in_name]
    for code in instrument_igos(info, p, ctx):
        if code not in {a.country for a in actors}:
            actors = [*actors, Actor(gaz.name(code), code, "international_organization")]
    # "a loan to Argentina", "a credit line to Cuba", "a loan made to Chile": the borrower is a party.
    tm = re.match(r"(?:(?:made|granted|extended|given|awarded|approved)\s+)?(?:to|for)\s+(?:the\s+)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)",
                  comp or text[p.end:].lstrip())  # (the parse may have cut the complement off)
    # (also a named lending instrument, "a loan package for Mexico", not only a bare "loan")
    before_borrower = p.text.split(tm.group(0))[0] if tm else ""
    if tm and (p.weak or _LENDING.search(before_borrower)):
        # ("for Senegal's power plants": the state, not its possessive)
        a = actor_from_phrase(re.sub(r"['’]s?$", "", tm.group(1)), info.places)
        if a and a.country and a.country not in {x.country for x in actors}:
            actors = [*actors, a]
    # "a loan from China's Exim Bank", "credits from the Kuwait Fund": the lender a loan's own
    # phrase names (not "a framework agreement ... for loans from X") is a party when it is a state, a state's own lender or an organization of states
    fm = _LOAN_FROM.search(comp) if _LENDING.search(p.head) else None
    lender = actor_from_phrase(fm.group(1), info.places) if fm else None
    if lender and lender.type in STATE_ACTOR and lender.country \
            and lender.country not in {x.country for x in actors}:
        actors = [*actors, lender]
    # An international organization alone lends to, or agrees with, the state the article is about.
    # (not an organization's treaty known by its name, "the 1973 European Patent Convention":
    # its parties are the organization's members, not whichever state the story is about)
    if actors and all(a.type == "international_organization" for a in actors) and ctx.pair \
            and not ctx.pair[0].startswith("IGO:") and _named_outright(ctx, ctx.pair[0]) \
            and not _venue_only(ctx, ctx.pair[0]) \
            and not _ag_known_by_name(info, p) and ctx.pair[0] not in holder \
            and not _outside_own_members(ctx.pair[0], actors, makers) \
            and not _author_only(info, actors):
        # (the state's own body when the clause's subject names it: "Sri Lanka's finance
        # ministry signed a loan with the ADB" is the ministry's, GUIDE "Ministry of X (State)")
        own_body = [a for a in subject_actors
                    if a.type == "government_body" and a.country == ctx.pair[0]]
        # (the states the loan's own clause names as where its money goes, "approved two
        # loans ... for farm projects in Bangladesh and Nepal", before the story's first
        # state, which in a digest of items may be another item's)
        purpose = [] if own_body else _lent_to_states(info, p)
        actors = [*actors, *(own_body or purpose
                             or [Actor(gaz.name(ctx.pair[0]), ctx.pair[0], "state")])]
    elif len(actors) == 1 and actors[0].type == "organization" and not actors[0].country \
            and not company and (actors[0] == stateless_side or _OFFICIAL.search(subject)
                                 or _OFFICE_WORDS.search(subject)) \
            and (any(a.type in ("state", "government_body") for a in subject_actors)
                 or _subject_officials_state(ctx, info, subject_at, subject, None)):
        # "Colombia's government signed a peace deal with the FARC", "President X broke a
        # ceasefire with rebels": a side of no state; the state whose government or
        # office-holder makes it with it is the other (not "Ghana striker X signs a deal with
        # Al Ahly", "Kazakh miner signs a deal with ...": no government in the subject)
        stateless_side = actors[0]
        actors = merge_actors([a for a in subject_actors if a.type in STATE_ACTOR]
                              or _subject_officials_state(ctx, info, subject_at, subject, None),
                              actors)
        sponsor_is_state = True
    elif len(actors) == 1 and actors[0].type in ("company", "organization") \
            and actors[0].country and any(
            a.type in ("state", "government_body") for a in subject_actors):
        # "Niger signed a mining agreement with the French company X": the state that signs
        # with the firm is a side (the GUIDE keeps a deal a government signs); only a firm
        # whose home is known and a state subject, not "OPEC ... a deal with Union Pacific
        # Corp" (dev reuters-6184)
        actors = merge_actors(subject_actors, actors)
    elif len(actors) == 1 and actors[0].type in ("state", "government_body") \
            and (not _COMPANY.search(subject) or any(
                a.type in ("government_body", "international_organization") for a in subject_actors)):
        # not "French bank X": a company's country; "Mr Brown has signed a deal with
        # Tanzania": the official who signs stands for his state; "the European Investment
        # Bank signed a loan with Greece": a lender of states whose name has a firm's word
        # ("Investment Bank") is still a side, as the company test above already says
        # ("Baker said the agreement Mexico reached with its banks was a model": a maker the
        # instrument's own clause names leaves the main clause's subject, who speaks of it,
        # out of it)
        own = [] if by_own_clause else subject_actors or _subject_officials_state(
            ctx, info, subject_at, subject, actors[0].country)
        if not own and not by_own_clause and (wm or _TWO_WAY.search(p.text)):
            # "the arms treaty with Russia, which expires in February, could be extended":
            # a clause whose subject names no side; the other side is the state the story is about
            own = _home_state(ctx, actors[0].country)
        actors = merge_actors(own, actors)
    elif actors and not any(a.country for a in actors) and _CREDITORS.search(wm.group(1) if wm else ""):
        # "Venezuela signed a rescheduling agreement with its bank advisory committee": the
        # counterpart has no country; the clause's subject is the other side
        actors = merge_actors(subject_actors, actors)
    # The states the article is about, when the clause names no party: only for a named kind
    # of instrument in an article about two states, or when the clause says "both sides".
    # An anaphoric item ("They included ... an extradition deal") has its antecedent's parties.
    sovereign = bool(_SOVEREIGN.search(text))
    # (a state and the organization it deals with only for an instrument named by its field:
    # "a separate investment protection agreement", not "the current pact")
    two_sides = pair_states(ctx) if len(ctx.pair) >= 2 or topics_in(p.text) else []
    with_creditors = bool(wm and _CREDITORS.search(_named_with(wm.group(1))))
    if with_creditors:
        # "X's administration is trying to hammer out an agreement with the creditors": the
        # other side is the creditors, not the article's second state
        two_sides = []
    if not actors:
        # "The new pact was agreed after all three states decided ...": the states a sentence
        # just before listed, not the two the article is mostly about
        actors = _counted_states_before(ctx, info)
        sponsor_is_state = sponsor_is_state or bool(actors)
    if not actors:
        actors = _pronoun_for_pair(ctx, info, subject) or _between_in_predicate(info, p)
        sponsor_is_state = sponsor_is_state or bool(actors)
    # ("Western creditor governments have reached agreement", "Industrial nations agreed":
    # a group of states the clause does not name is not the two the article is about)
    group = _UNNAMED_GROUP.search(subject)
    unnamed_group = group is not None and not _PAIR_WORDS.search(subject) \
        and not re.search(r"\b(?:two|both|three|four|five|six|seven|eight|nine|ten|twelve)\b",
                          subject[max(0, group.start() - 20):], re.I) \
        and not _found(info, subject)
    if not actors and not unnamed_group and ((_PAIR_WORDS.search(text) and not with_creditors)
                       or (len(two_sides) >= 2 and not p.generic
                                                   and (not p.weak or anaphoric)
                                                   and (anaphoric or _speaks_of_states(ctx, info)))):
        actors = pair_states(ctx, countries=bool(_TWO_COUNTRIES.search(text)))
        sponsor_is_state = True
        if len(actors) == 1 and _unknown_sides(ctx, text):
            # "A memorandum of understanding signed by the two sides said Bond would acquire
            # Atlas' loans": two sides of which the article knows one state at most are not
            # known to be states (two firms, a firm and its creditors); that one state, a
            # firm's home, is no side
            actors, sponsor_is_state = [], False
        if actors and all(a.type == "international_organization" for a in actors):
            # "COCOA PACT TALKS ... ICCO members will meet in London": an article about one
            # organization and no state (its venue aside) tells its own instrument, among the
            # members it names
            makers += [a.country for a in actors if a.country]
        elif not _PAIR_WORDS.search(text):
            # "Ministers were trying to agree a joint statement" in an article about the EC's
            # ministers: members with no state of their own in the subject, whose two
            # states the article names are both members of the organization it is about,
            # make the organization's own instrument (the members it names join below)
            igo = _members_organization(ctx, subject, actors, info, p)
            if igo:
                actors = [Actor(gaz.name(igo), igo, "international_organization"),
                          *(a for a in actors if a.country != igo)]
                makers.append(igo)
    elif not actors and (sovereign or with_creditors) and ctx.pair and not p.generic \
            and not unnamed_group:
        # Wire copy on a country's debt: the loan or rescheduling is the state's.
        actors = pair_states(ctx)[:1]
        sponsor_is_state = bool(actors)
    # A body named without its country, beside one with a country, belongs to the other state.
    if len(actors) == 2 and len(ctx.pair) >= 2 and all(a.type != "company" for a in actors):
        known = {a.country for a in actors if a.country}
        if len(known) == 1:
            other = next((c for c in ctx.pair[:2] if c not in known), None)
            actors = [a if a.country or a == stateless_side else Actor(a.name, other, a.type, a.role)
                      for a in actors]
    if _JOINING.search(text):  # "Dili must accede to ...": a state joining, not a member
        makers = []
    creditors = creditor_group(ctx, info, p, actors)
    if creditors is not None:
        actors = [*actors, creditors]
        sponsor_is_state = True
    by_name = known_instrument_parties(ctx, info, p)
    if by_name:
        # "the Withdrawal Agreement", "New START": an instrument known by its name has its
        # known sides, not the states the sentence happens to name nearby (Ireland beside the
        # Northern Ireland Protocol, the state that is leaving a deal)
        return _under_government(ctx, info, p, by_name), True
    actors = _seat_as_organization(ctx, actors)
    actors = _with_its_debtor(ctx, named_members(ctx, actors, makers))
    return _under_government(ctx, info, p, _sovereign_for_territory(ctx, actors)), sponsor_is_state


# "the signing of the Maastricht Treaty, under John Major's government", "a pact signed under
# Brian Mulroney's government": the person whose government, presidency or leadership the
# instrument was made under names a state that made it.
_UNDER_GOVERNMENT = re.compile(
    r",?\s+(?:(?:was\s+|were\s+)?(?:signed|agreed|concluded|negotiated|ratified|reached|"
    r"struck)\s+)?under\s+(?:the\s+)?(?:(?:former|then|late)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:government|presidency|"
    r"leadership|administration|premiership)\b")


def _under_government(ctx: DocContext, info: SentenceInfo, p: Phrase,
                      actors: list[Actor]) -> list[Actor]:
    """The sides, with the state of the person the instrument was made under ("..., under
    John Major's government": his state), when the article gives that person a state."""
    m = _UNDER_GOVERNMENT.match(info.sentence.text, p.end)
    if m is None:
        return actors
    at = info.sentence.start
    person = next((x for x in info.people
                   if x.start <= at + m.start("name") and at + m.end("name") <= x.end), None)
    if person is not None:
        person = ctx.person(person.name) or person
    code = person.country if person is not None else None
    if not code or code.startswith("IGO:") or any(a.country == code for a in actors):
        return actors
    return [*actors, Actor(gazetteer().name(code), code, "state")]


@cache
def _known_instrument_table() -> tuple[tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str] | None], ...]:
    """named_instruments.tsv: instruments known by name, their sides, and the words the
    document must hold for a shared name to be this one ("the nuclear deal" with Iran and the
    world powers)."""
    rows = []
    for row in load_tsv("named_instruments.tsv"):
        names = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in row["names"].split("|") if n)
        context = re.compile(row["context"], re.I) if row.get("context") else None
        rows.append((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.I),
                     tuple(row["parties"].split("|")), context))
    return tuple(rows)


def known_instrument_parties(ctx: DocContext, info: SentenceInfo, p: Phrase) -> list[Actor]:
    """The sides of an instrument the phrase names by a name it is known by (data), else []."""
    written = info.sentence.text[max(0, p.start - 40):p.end]
    for pattern, codes, context in _known_instrument_table():
        m = pattern.search(written)
        if not m or m.end() < len(written) - (p.end - p.start):
            continue  # (the name must reach into the phrase, not only the words before it)
        if context and not context.search(ctx.clean.text):
            continue
        return _code_actors(codes)
    if p.modifiers or p.complement or not p.head.islower():
        return []
    # "implementing the Northern Ireland Protocol in good faith ... as we implement the
    # protocol": a bare head that repeats the last word of a known instrument named earlier in
    # its sentence is that instrument, with its known sides (not the states the sentence names
    # beside it)
    before = info.sentence.text[:p.start]
    last: tuple[int, tuple[str, ...]] | None = None
    for pattern, codes, context in _known_instrument_table():
        for m in pattern.finditer(before):
            if m.group(0).split()[-1].lower() == p.head.lower() and (
                    context is None or context.search(ctx.clean.text)) \
                    and (last is None or m.start() > last[0]):
                last = (m.start(), codes)
    return _code_actors(last[1]) if last else []


def _code_actors(codes: tuple[str, ...]) -> list[Actor]:
    """The sides a known instrument's row gives, as actors: states and organizations."""
    gaz = gazetteer()
    return [Actor(gaz.name(c), c, "international_organization" if c.startswith("IGO:")
                  else "state") for c in codes]


# A capital that seats an organization and is used for it: "the deal the UK reached with
# Brussels" is with the EU, not Belgium. Only when the article never names the state itself
# (a capital found as Belgium) and names the organization.
_ORGANIZATION_SEATED_IN = {"BEL": ("IGO:EU", "IGO:EC")}


def _seat_as_organization(ctx: DocContext, actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        seated = _ORGANIZATION_SEATED_IN.get(a.country or "")
        if seated and a.type == "state" and not _named_outright(ctx, a.country or ""):
            named = [c for c in seated if any(p.code == c and p.form == "igo"
                                              for info in ctx.sentences for p in info.places)]
            if named:
                a = Actor(gazetteer().name(named[0]), named[0], "international_organization")
        if a.country not in {x.country for x in out} or not a.country:
            out.append(a)
    return out


# An article on a territory's handover: "the accord on the handover of the territory", "the
# colony, which reverts to Chinese rule". The territory is what the instrument is about.
_HANDED_OVER = re.compile(r"\b(?:handover|hand(?:s|ed|ing)?\s+(?:it\s+)?over|revert\w*|"
                          r"sovereignty|transfer\s+of\s+(?:the\s+)?(?:territory|colony|enclave))\b",
                          re.I)


@cache
def _sovereign_of() -> dict[str, str]:
    """Territories whose name in the gazetteer says whose region they are ("Hong Kong Special
    Administrative Region of China"): territory code -> the sovereign state's code."""
    gaz = gazetteer()
    out: dict[str, str] = {}
    for surface, (code, form) in gaz.lookup.items():
        m = re.search(r"administrative region of (?:the\s+)?(.+)$", surface, re.I)
        if form == "alias" and m:
            hit = gaz.lookup.get(m.group(1)) or gaz.lookup.get(m.group(1).lower())
            if hit and hit[1] in ("name", "alias") and hit[0] != code:
                out[code] = hit[0]
    return out


def _sovereign_for_territory(ctx: DocContext, actors: list[Actor]) -> list[Actor]:
    """In an article on a territory's handover, the territory (Macao, Hong Kong) is no side
    of the instrument: the state it is handed to is ("the handover accord between Portugal
    and China"), not a party beside it."""
    sovereign = _sovereign_of()
    # (not when the sovereign is already a side: "the Sino-British agreement" on the colony,
    # named in the sentence beside it, is another instrument, kept apart by its own states)
    if not any(a.type == "state" and a.country in sovereign and sovereign[a.country] not in
               {x.country for x in actors} for a in actors) or not any(
            _HANDED_OVER.search(info.sentence.text) for info in ctx.sentences):
        return actors
    gaz = gazetteer()
    out: list[Actor] = []
    for a in actors:
        if a.type == "state" and a.country in sovereign:
            a = Actor(gaz.name(sovereign[a.country]), sovereign[a.country], "state")
        if a.country not in {x.country for x in out}:
            out.append(a)
    return out


# A reduced relative that names the counterpart after the phrase ("its deal struck with the
# UAE", "the accord signed with Chad in May"), where the parse cut the complement off.
# (also in a relative clause with its own subject: "the treaty it signed with Albania",
# "the accord that Peru had signed with Chile in 2019")
_MADE_WITH = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:it|they|he|she|we|the\s+two(?:\s+"
                        r"\w+)?|[A-Z][\w.'’-]*)\s+)?(?:had\s+|has\s+|have\s+)?(?:first\s+|"
                        r"earlier\s+|previously\s+|originally\s+)?(?:signed|struck|reached|"
                        r"concluded|agreed|sealed|inked|negotiated)\s+with\s+(?:the\s+)?([^,;.]+)")
# The same reduced relative with "between" ("an agreement reached between Nigeria and the
# Paris Club in December", "deals signed in 2018 between Nepal and China"): the parse cut the
# complement off, and the sides it names are the instrument's own (not the article's pair).
_MADE_BETWEEN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                           r"(?:signed|struck|reached|concluded|agreed|sealed|inked|negotiated)"
                           r"(?:\s+(?:here|there|yesterday|recently|earlier|in\s+principle|"
                           r"last\s+(?:week|month|year)|in\s+\d{4}|in\s+[A-Z][a-z]+|"
                           r"on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)){0,2}\s+between\s+([^;]+)")
# The forum an instrument was made in ("the accord, reached in the so-called Paris Club of
# western governments", "a pact agreed within OPEC"): an organization of states there makes it.
# (not "agreed by EC foreign ministers": the agents, whom _agents reads with the counterpart)
_MADE_IN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
                      r"(?:signed|struck|reached|concluded|agreed|sealed|negotiated|adopted)"
                      r"\s+(?:in|within)\s+(?:the\s+)?(?:so-called\s+)?(?=[A-Z])")
# The "with" of an instrument after the words that say when or where it was made, which the
# parse attaches to the verb and not to the instrument: "reached an agreement here last week
# with the Paris Club", "signed a treaty in Lima on Monday with Chile".
_WITH_AFTER_WHEN = re.compile(
    r"\s+(?:(?:here|there|yesterday|today|tonight|recently|earlier|"
    r"last\s+(?:week|month|year|night)|(?:earlier\s+)?this\s+(?:week|month|year|morning)|"
    r"on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|in\s+[A-Z][a-z]+(?:\s+\d{4})?)\s+){1,3}"
    r"with\s+(?:the\s+)?([^,;.]+)")
# A state named before "-backed", "-brokered" ... in an instrument's name stands behind the
# deal of others ("a US-brokered ceasefire between A and B"), it does not make it.
_BROKER = re.compile(r"\s*-\s*(?:backed|brokered|mediated|sponsored|supported|facilitated)\b", re.I)
# A state's name that only names the currency of an amount: "a 500 mln U.S. dlr loan", "a
# 1-billion-U.S.-dollar loan agreement", "a 100 mln Swiss franc credit". The currency says
# nothing of who lends or borrows (Xinhua and wire copy write amounts this way). A dollar
# sign glued to the name before a figure is the same currency: "a US$390 million deal" (not
# "will lend Jordan $80 million", where a space parts them).
_CURRENCY_AFTER_NAME = re.compile(
    rf"\$(?=\d)|\s*-?\s*(?:{CURRENCY_UNITS}|marks?|pounds?|crowns?|kronas?|renminbi|euros?|ecus?|"
    r"shillings?|rand|nairas?|cedis?|baht|ringgit|won|rupiah)\b", re.I)
# The members of an organization as the clause's subject: "EU finance ministers", "ministers
# of the Gulf Cooperation Council", "OPEC members", "the G-7 countries".
_MEMBERS_AS_SUBJECT = re.compile(r"\b(?:ministers|leaders|members|member states|states|countries|"
                                 r"nations|governments|partners|heads of state|delegates)\b", re.I)
# A subject that ends in an organization's presidency: "the bloc's Luxembourg presidency",
# "the EC's Belgian presidency", "the EU presidency" (the office a member holds in turn for the
# organization), not a state's own ("the Philippine presidency": no possessive or acronym).
_ORGANIZATION_PRESIDENCY = re.compile(r"(?:['’]s|\b[A-Z]{2,5})\s+(?:(?:rotating|current)\s+)?"
                                      r"(?:[A-Z][\w-]*\s+)?presidency\s*$")
# The office right after a state's name: "Luxembourg presidency", "Swedish rotating presidency".
_PRESIDENCY_AFTER = re.compile(r"\s+(?:(?:rotating|current)\s+)?presidency\b")
# A subject that is only the members of a body, with no state or organization named in it
# ("Ministers", "the leaders", "member states", "Foreign ministers").
_BARE_MEMBERS = re.compile(r"^\W*(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?i:ministers|leaders|member states|"
                           r"delegates|heads of (?:state|government))\b[^,;]*$")


# The subject of a clause that is a group of states it does not name: "Western creditor
# governments", "the major industrial nations", "many developing countries".
# (not "the governments", "both nations", "their countries": the article's own sides)
_UNNAMED_GROUP = re.compile(r"(?:^|\s)(?:(?!(?:the|these|those|both|two|their|its|our|all)\b)"
                            r"[A-Za-z][\w-]*\s+){1,3}(?:governments|nations|countries|states)\s*"
                            r"(?:have\s+|had\s+|has\s+)?$", re.I)


# A state named beside an organization's members with "plus": "the Group of Five nations plus
# Canada", "the G-5 plus Canada".
_PLUS_STATE = re.compile(r"\s*(?:(?:nations|countries|states|members)\s+)?plus\s+(?:the\s+)?"
                         r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _members_organization(ctx: DocContext, subject: str, states: list[Actor],
                          info: SentenceInfo | None = None, p: Phrase | None = None) -> str | None:
    """The organization the article is about, when the clause's subject is only its members
    ("Ministers were trying to agree a statement"), or the instrument is itself the subject of
    a sentence that names that organization and no state ("The March accord set a quota for
    the OPEC countries"), and every state the article gives as its sides is one of that
    organization's members."""
    igo = _main_igo(ctx)
    members, _ = _igo_knowledge()
    if igo is None or igo not in members or igo in _creditor_clubs():
        return None
    if not _BARE_MEMBERS.match(subject.strip()) and not (
            info is not None and p is not None and _own_sentence_of(info, p, igo)):
        return None
    own = [a.country for a in states if a.country != igo]
    return igo if own and all(c in members[igo] for c in own) else None


# A determiner that names an instrument as one already known ("the Geneva accord").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
# An instrument that is only the object of a preposition (an adjunct of another verb).
_ADJUNCT_OBJECT = frozenset({"pobj"})


def _own_sentence_of(info: SentenceInfo, p: Phrase, igo: str) -> bool:
    """Does the instrument open its sentence as the subject of its own verb (only a determiner
    before it: "The December accord set ...") in a sentence that names the organization and no
    state? Then the instrument is the organization's, not the article's two states'."""
    text = info.sentence.text
    token = head_token(text, p, info.parse) if info.parse is not None else None
    if token is None or info.parse is None:
        return False
    if re.fullmatch(r"\W*(?:(?:the|this|that|its|their)\s+)?", text[:p.start], re.I):
        if info.parse.tokens[token].dep != "nsubj":
            return False  # the subject of its own verb ("set", "restored"), not a heading
    elif not (_DEFINITE_BEFORE.search(text[:p.start]) and text != text.upper()
              and info.parse.tokens[token].dep in _ADJUNCT_OBJECT
              and all(x.code.startswith("IGO:") for x in _found(info, text)
                      if x.end <= p.start or x.start >= p.end)):
        # "Prices rallied after the Geneva accord but fell on reports that OPEC was producing
        # more": an instrument the sentence names as known, as the object of a preposition
        # only (no one in the clause makes it), in a sentence naming the organization alone
        # outside the instrument's own name (not "Under the roadmap, Dili must accede to
        # ASEAN's agreements": a capital stands for its state)
        return False
    places = _found(info, text)
    return any(x.code == igo and x.form == "igo" for x in places) and not any(
        x.form in ("name", "alias", "demonym") and not x.code.startswith("IGO:") for x in places)


# (not "joint": "a joint statement of EC ministers" is the members' own, no state joining)
_JOINING = re.compile(r"\b(?:accede\w*|accession|membership|admission|admit\w*|join(?:s|ed|ing)?)\b", re.I)


# A commodity agreement an organization administers ("International Cocoa Agreement" of the
# International Cocoa Organization): the commodity it is named by.
_COMMODITY_PACT = re.compile(r"(?:^|\|)International\s+([^|]+?)\s+Agreement(?=\||$)")


# The verb by which an organization makes an instrument itself: "the GCC signed", "OPEC agreed",
# "the G-7 issued a communique" (not "the EC charges the accord breached GATT rules").
_ORGANIZATION_MAKING = re.compile(
    r"\s*(?:(?:has|have|had|will|would|is|was|were|to)\s+)?(?:(?:also|finally|formally|"
    r"jointly|now|just|unanimously)\s+)?(?:sign|agree|adopt|reach|conclud|struck|strik|"
    r"approv|renew|extend|issu|ratif|initial|endors|finali[sz]|seal|unveil|launch|"
    r"set(?:s|ting)?\s+up|establish|draw)\w*\b", re.I)


def _organization_makes_alone(ctx: DocContext, info: SentenceInfo, p: Phrase, subject: str,
                              subject_actors: list[Actor], cue_at: int) -> bool:
    """Is the clause's subject one organization with known members, alone, whose own verb
    makes the instrument ("The Gulf Cooperation Council signed a unified economic agreement",
    "the G-7 issued a communique")? Not when the subject presses the organization ("the U.S.
    pressed the EC to reach ..."), when the phrase names a state ("a British aid package the
    Commission approved"), nor when the article elsewhere makes the organization the other side
    of a state ("a trade deal with the EU", "between the UK and the EU")."""
    members, _ = _igo_knowledge()
    codes = {a.country for a in subject_actors}
    if len(subject_actors) != 1 or subject_actors[0].type != "international_organization" \
            or not codes <= set(members) or _URGED.search(info.sentence.text[:p.start]):
        return False
    text = info.sentence.text
    verb_at = cue_at if cue_at > 0 else p.start
    between = text[verb_at:p.start] if cue_at > 0 else ""
    if not (_ORGANIZATION_MAKING.match(text, verb_at) or _ORGANIZATION_MAKING.search(between)):
        return False
    if any(x.form in ("name", "alias", "demonym") for x in _found(info, text[p.start:p.end])):
        return False
    # The organization heads the subject ("EU ministers", "the GCC today"), not "meetings of
    # the Group of 10 and the IMF Interim Committee", nor a firm named after it ("<Arabian
    # Investment Banking Corp EC>")
    if re.search(r"<[^<>]*>", subject):  # (a wire's company tag)
        return False
    heads = [x for x in info.places if x.code in codes and x.end <= verb_at
             and x.start >= verb_at - len(subject) - 1]
    rest = text[heads[-1].end:verb_at] if heads else ","
    if re.search(r",|\band\b|\bof\s+(?:the\s+)?$", rest) or len(rest.split()) > 3 or (
            heads and re.search(r"\bof\s+(?:the\s+)?$", text[:heads[-1].start])):
        return False
    code = subject_actors[0].country
    for other in ctx.sentences:
        for place in other.places:
            before = other.sentence.text[:place.start]
            if place.code == code and re.search(r"\b(?:with|and|between\s+[^,;]{1,40}\s+and)"
                                                r"\s+(?:the\s+)?$", before):
                return False
    return True


@cache
def _igo_knowledge() -> tuple[dict[str, frozenset[str]], tuple[tuple[re.Pattern[str], str], ...]]:
    """From igos.tsv: each organization's member states, and the names of the instruments
    that are its own ("South Asian Free Trade Area" is SAARC's, the Multi-Fibre Arrangement
    GATT's)."""
    members: dict[str, frozenset[str]] = {}
    names: list[tuple[re.Pattern[str], str]] = []
    for row in load_tsv("igos.tsv"):
        code = "IGO:" + row["code"]
        if row.get("members"):
            members[code] = frozenset(row["members"].split("|"))
        for body in _COMMODITY_PACT.finditer(row.get("instruments") or ""):
            # "a new international cocoa pact", "the current international rubber accord":
            # the International Cocoa Agreement by another of its common nouns
            words = r"\s+".join(re.escape(w) for w in body.group(1).split())
            names.append((re.compile(rf"\binternational\s+{words}\s+(?:agreements?|pacts?|"
                                     rf"accords?)\b", re.I), code))
        if row.get("instruments"):
            alternatives = "|".join(re.escape(n) for n in row["instruments"].split("|") if n)
            names.append((re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I), code))
    return members, tuple(names)


# An instrument that makes or founds the organization: "the treaty establishing a
# constitution for the European Union", "the Treaty of Asuncion creating Mercosur".
_FOUNDING = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:establish|creat|found|set\w* up|launch)"
                       r"\w*\b[^,;:()]{0,60}", re.I)


# An organization named again by a common noun, as the owner of the instrument: "the group's
# output pact", "the cartel reviews its pact", "the bloc will renew its accord" (the
# organization is the one the sentence names before).
_COLLECTIVE_OWNER = re.compile(
    r"\b(?:the|this)\s+(?:group|cartel|organi[sz]ation|bloc|alliance|club|grouping)"
    r"(?:(?:'s|’s)|\s+(?:\w+\s+){0,3}?(?:its|their))\s+(?:[\w-]+\s+){0,4}$", re.I)


# "the forum's 2050 Strategy", "the bank's loan": the possessive of a definite noun (a word of
# the organization's own name, or a word for any group) before the instrument
_DEFINITE_OWNER = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+([a-z]+)(?:'s|’s)\s+(?:[\w-]+\s+){0,4}$")
_GROUP_NOUNS = frozenset({"group", "cartel", "organisation", "organization", "bloc", "alliance",
                          "club", "grouping"})
_NAME_HEAD = re.compile(r"^(.*?)(?:\s+(?:of|for|on)\s+.*)?$", re.I)
# How many sentences back a definite noun still finds its organization.
_BACK = 3


def _name_head(name: str) -> str:
    """The head word of an organization's name: its last word before any "of"/"for" phrase
    ("Fund" of "Abu Dhabi Fund for Arab Economic Development", "Forum" of "Pacific Islands
    Forum")."""
    m = _NAME_HEAD.match(name.strip())
    words = (m.group(1) if m else name).split()
    return words[-1].lower() if words else ""


def _owner_by_head(ctx: DocContext, info: SentenceInfo, noun: str, before: int) -> str | None:
    """The organization "the <noun>" refers back to: the nearest one named before it, in its
    own sentence or the few before, whose name has that head ("the forum": "the Pacific
    Islands Forum", "the bank": "the Asian Development Bank"). None when a nearer name of
    another kind has that head too ("Chase Manhattan Bank"), or two organizations would do."""
    gaz = gazetteer()
    at = next((i for i, s in enumerate(ctx.sentences) if s is info), None)
    if at is None or noun in _GROUP_NOUNS:
        return None
    other = re.compile(r"\b" + re.escape(noun.capitalize()) + r"\b")
    for back, s in enumerate(reversed(ctx.sentences[max(0, at - _BACK):at + 1])):
        end = len(s.sentence.text) if back else before
        found = [x for x in s.places if x.form == "igo" and x.end <= end]
        hits = [x for x in found
                if noun in {_name_head(x.text), _name_head(gaz.name(x.code))}]
        others = [m.start() for m in other.finditer(s.sentence.text[:end])
                  if not any(x.start <= m.start() < x.end for x in found)]
        if others and (not hits or max(others) > hits[-1].start):
            return None  # ("Chase Manhattan Bank said ... The bank's loan": not the IGO)
        codes = list(dict.fromkeys(x.code for x in hits))
        if codes:
            return codes[0] if len(codes) == 1 else None
    return None


_DEFINITE_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Tt]his)\s+([a-z]+)\s*$")


def _definite_subject(ctx: DocContext, info: SentenceInfo, subject: str) -> list[Actor]:
    """"The bank approved a loan to Nepal", after a sentence naming the Asian Development Bank:
    a clause's subject that is only a definite noun, the head of an organization's name a
    recent sentence gives, is that organization."""
    m = _DEFINITE_SUBJECT.fullmatch(subject)
    at = info.sentence.text.find(subject.strip()) if m else -1
    code = _owner_by_head(ctx, info, m.group(1), at) if m and at >= 0 else None
    return [Actor(gazetteer().name(code), code, "international_organization")] if code else []


# A relative clause whose subject is the organization: "the pact, by which OPEC maintained ...".
_WHEREBY = re.compile(r"\s*,?\s*(?:by|under|through|in) which\s+(?:the\s+)?([^,;]{1,60})", re.I)


def instrument_igos(info: SentenceInfo, p: Phrase, ctx: DocContext | None = None) -> list[str]:
    """The organizations whose own instrument the phrase names: the possessor before it
    ("GATT's farm agreement", "the EU's stability pact"), an organization the phrase is itself
    the name of ("the General Agreement on Tariffs and Trade"), one its founding clause names,
    and one whose instrument it is by name (igos.tsv: instruments)."""
    text = info.sentence.text
    gaz = gazetteer()
    out: list[str] = []
    possessor = re.search(r"((?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)(?:'s|’s|')\s+(?:[a-z][\w-]*\s+){0,2}$",
                          text[:p.start])
    if possessor:
        out += [x.code for x in _found(info, possessor.group(1)) if x.form == "igo"]
    collective = _COLLECTIVE_OWNER.search(text[:p.start])
    if collective:  # "OPEC states ... when the group reviews its pact": the organization's
        owner = [x for x in info.places if x.form == "igo" and x.end <= collective.start()
                 and not re.search(r"\b(?:at|with|from|to|by|against|in)\s+(?:the\s+)?$",
                                   text[:x.start])]  # (not "talks with the EU": another side)
        if owner:
            out.append(owner[-1].code)
    definite = _DEFINITE_OWNER.search(text[:p.start]) if ctx is not None and not out else None
    if definite and ctx is not None:
        # "The forum's 2050 Strategy", "the bank's second loan": a definite noun in the
        # possessive refers back to the organization a recent sentence named by a name with
        # that head ("the Pacific Islands Forum", "the Asian Development Bank")
        code = _owner_by_head(ctx, info, definite.group(1), definite.start())
        if code:
            out.append(code)
    head_at = text.find(p.head, p.start)
    out += [x.code for x in info.places if x.form == "igo" and x.start <= head_at < x.end]
    founding = _FOUNDING.match(text[p.end:])
    if founding:
        out += [x.code for x in gaz.find(founding.group(0)) if x.form == "igo"]
    by = re.match(r"by\s+(?:the\s+)?", p.complement)
    if by:  # "the agreement by the G8 group of wealthy nations": its maker
        out += [x.code for x in gaz.find(p.complement) if x.form == "igo" and x.start == by.end()]
    whereby = _WHEREBY.match(text[p.end:])
    if whereby:  # "the pact, by which OPEC maintained its ceiling": OPEC's pact
        out += [x.code for x in gaz.find(whereby.group(1)) if x.form == "igo" and x.start == 0]
    _, names = _igo_knowledge()
    written = text[p.start:p.end]
    known = [(pattern, code) for pattern, code in names if pattern.search(written)]
    by_name = [code for _, code in known]
    its_igo = _its_owner(info, head_at)
    if by_name and its_igo and its_igo not in by_name:
        # "The World Trade Organisation is to end its Multi-Fibre Agreement": the organization
        # the clause names as the owner ("its") holds the instrument now, not the one the
        # table knows it by (the WTO took over GATT's instruments)
        by_name = [its_igo]
    if ctx is not None and by_name and not any(_named_in(ctx, code) for code in by_name):
        # An organization that the table knows holds the instrument but that the article never
        # names gives way to the one another sentence names as its owner by "its" ("The MFA
        # pact has helped ..." after "The WTO is to end its Multi-Fibre Agreement (MFA)"): the
        # article tells who holds it now. (Told by no other, the instrument stays the table's:
        # "join the International Cocoa Agreement" is the ICCO's; nor is the table's dropped
        # for another organization the sentence merely names, "the EC's obligation under the
        # Food Aid Convention": agparties20's part (b), which let consolidation fuse the
        # convention into an aid package.)
        elsewhere = _owner_elsewhere(ctx, [pattern for pattern, _ in known])
        if elsewhere:
            by_name = elsewhere
    out += by_name
    return list(dict.fromkeys(out))


def _its_owner(info: SentenceInfo, at: int) -> str | None:
    """The organization a clause names before "its" right before the offset ("The WTO is
    to end its Multi-Fibre Agreement"), else None."""
    its = re.search(r"\bits\s+(?:[\w-]+\s+){0,3}$", info.sentence.text[:at])
    if not its:
        return None
    before = [x.code for x in info.places if x.form == "igo" and x.end <= its.start()]
    return before[-1] if before else None


def _owner_elsewhere(ctx: DocContext, patterns: list[re.Pattern[str]]) -> list[str]:
    """The organization another sentence of the article names as the owner ("its") of an
    instrument the patterns name."""
    for info in ctx.sentences:
        for pattern in patterns:
            for m in pattern.finditer(info.sentence.text):
                owner = _its_owner(info, m.start())
                if owner:
                    return [owner]
    return []


def _named_in(ctx: DocContext, code: str) -> bool:
    """Does the article name the organization (or state) by any of its names?"""
    return any(x.code == code for info in ctx.sentences for x in info.places)


@cache
def _ag_instrument_names() -> re.Pattern[str]:
    """The written names of the organizations' instruments (igos.tsv: instruments)."""
    names = [n for row in load_tsv("igos.tsv") for n in (row.get("instruments") or "").split("|")
             if n]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])",
                      re.I)


def _ag_known_by_name(info: SentenceInfo, p: Phrase) -> bool:
    """Is the phrase the written name of an organization's instrument, "the European Patent
    Convention", "the Treaty of Asuncion"?"""
    return bool(_ag_instrument_names().search(info.sentence.text[p.start:p.end]))


_WRITINGS = frozenset(load_json("instruments.json")["writings"])


def _author_only(info: SentenceInfo, actors: list[Actor]) -> bool:
    """Is every organization of the sentence's sides named, by the parse, only as the owner of
    a writing ("A UN report found that even with countries keeping to the Paris agreement",
    "the IMF study said")? Then it wrote of the instrument: no state joins it as the other side
    of a deal the organization makes with the state the article is about."""
    parse = info.parse
    if parse is None:
        return False
    codes = {a.country for a in actors}
    found = [x for x in info.places if x.form == "igo" and x.code in codes]
    if not found or {x.code for x in found} != codes:
        return False
    for x in found:
        k = parse.token_at(x.start, x.end)
        if k is None:
            return False
        tok = parse.tokens[k]
        if tok.dep not in ("compound", "poss", "nmod", "amod") or tok.head == k \
                or parse.tokens[tok.head].text.lower() not in _WRITINGS:
            return False
    return True


def _outside_own_members(state: str, actors: list[Actor], makers: list[str]) -> bool:
    """Is the instrument an organization's own ("the OPEC communique", "the G7 accord") while
    the state the article is about is none of that organization's members? Then the state is
    the article's (a dateline, a reporter's country), not a party."""
    members, _ = _igo_knowledge()
    own = [a.country for a in actors if a.country in makers and a.country in members]
    return bool(own) and all(state not in members[c] for c in own)


@cache
def _creditor_clubs() -> frozenset[str]:
    """The organizations of creditors whose instruments are made with a debtor, not among
    their members (igos.tsv `deals_with`: the Paris Club, the London Club)."""
    return frozenset("IGO:" + row["code"] for row in load_tsv("igos.tsv")
                     if (row.get("deals_with") or "") == "debtors")


def _with_its_debtor(ctx: DocContext, actors: list[Actor]) -> list[Actor]:
    """A creditors' club's instrument ("the Paris Club had agreed to a moratorium", "a pact
    agreed by Paris Club creditor nations") is made with a debtor. When its sides hold no
    state outside the club, the debtor is the state the article is about that is none of the
    club's creditors; a creditor member beside it (the minister who reports the club's
    decision, the creditor of a bilateral deal made under it) is no side of it."""
    clubs = [a.country for a in actors if a.country in _creditor_clubs()]
    if not clubs:
        return actors
    members, _ = _igo_knowledge()
    creditors = frozenset().union(*(members.get(c, frozenset()) for c in clubs if c))
    states = [a for a in actors if a.country and not a.country.startswith("IGO:")]
    if any(a.country not in creditors for a in states):
        return actors
    # (only among the states the article is about: an article about the creditors' plan "for
    # the poorest debtor countries" names no debtor of its own, whatever state it mentions)
    debtor = next((c for c in ctx.pair
                   if not c.startswith("IGO:") and c not in creditors
                   and _named_outright(ctx, c) and not _venue_only(ctx, c)), None)
    kept = [a for a in actors if a not in states]
    if debtor is None:
        # ("the accord, reached in the Paris Club, calls for rescheduling the debts of
        # sub-Saharan African countries" in a story told by a creditor's minister: no debtor
        # of its own; its creditor members are still no sides, the club stands for them)
        return kept
    return [*kept, Actor(gazetteer().name(debtor), debtor, "state")]


def _counterpart_elsewhere(info: SentenceInfo, place: Place, igos: list[str]) -> bool:
    """Is the state named right after "with" ("a free trade zone with Canada"), the other side
    of something else, and not beside the organization itself ("founding members of the
    Mercosur bloc with Paraguay": a member with the others)?"""
    text = info.sentence.text
    with_ = re.search(r"\bwith\s+(?:the\s+)?$", text[:place.start])
    if with_ is None:
        return False
    return not any(x.code in igos and with_.start() - 60 <= x.start < with_.start()
                   for x in info.places)


def _in_dateline(info: SentenceInfo, place: Place) -> bool:
    """Is the place named inside the sentence's wire dateline ("OSLO, March 3 (Reuters) - ")?"""
    return place.start < info.dateline_end()


def named_members(ctx: DocContext, actors: list[Actor], makers: list[str]) -> list[Actor]:
    """An instrument an organization makes among its members ("the GCC's unified economic
    agreement", "the OPEC pact", "EU ministers agreed a package") takes the member states the
    article names; not one with a state outside the organization ("the EU-Morocco fisheries
    agreement"), nor one it makes with another side ("a trade deal with the EU")."""
    members, _ = _igo_knowledge()
    # (a creditors' club's members are its debtor's creditors, not its instrument's sides)
    igos = [a.country for a in actors if a.country in members and a.country in makers
            and a.country not in _creditor_clubs()]
    states = {a.country for a in actors if a.country and not a.country.startswith("IGO:")}
    if not igos:
        return actors
    if len({a.country for a in actors if a.country and a.country.startswith("IGO:")}) >= 2:
        return actors  # "the ASEAN-GCC joint statement": made between organizations, not members
    joined = frozenset().union(*(members[c] for c in igos if c))
    if not states <= joined:
        return actors
    gaz = gazetteer()
    # (not a venue: "ministers meeting in Luxembourg"; not the counterpart of another deal:
    # "authority to negotiate a free trade zone with Canada", though "members of the Mercosur
    # bloc with Paraguay" are members together; not a currency: "pegged to the French franc"
    # names no state)
    # (nor the city of a wire dateline, "LUXEMBOURG, April 27 - EC ministers agreed ...": where
    # the story was filed, named as a place like "in Luxembourg", not as a member)
    named = [p.code for info in ctx.sentences for p in info.places
             if p.code in joined and p.form in ("name", "alias", "demonym")
             and not _in_dateline(info, p)
             and not re.search(r"\b(?:in|at)\s+(?:the\s+)?$", info.sentence.text[:p.start])
             and not _counterpart_elsewhere(info, p, igos)
             and not _PRESIDENCY_AFTER.match(info.sentence.text, p.end)
             and not _CURRENCY_OF.match(info.sentence.text, p.end)]
    # (not a member that stands apart from it: "Iraq dissociated itself from the accord")
    apart = {p.code for info in ctx.sentences for p in info.places
             if p.code in joined and _stands_apart(info, p)}
    named = [c for c in named if c not in apart]
    seen = {a.country for a in actors}
    out = list(actors)
    for code in dict.fromkeys(named):
        if code not in seen:
            out.append(Actor(gaz.name(code), code, "state"))
    return out


_DISSOCIATING = re.compile(r"(?:{})$".format(load_json("instruments.json")["dissociating"]), re.I)


def _stands_apart(info: SentenceInfo, place: Place) -> bool:
    """Is the state the subject of a verb by which it stands apart from an instrument ("Iraq
    disassociated itself from the December agreement", "Libya rejected the accord")?"""
    parse = info.parse
    if parse is None:
        return False
    at = parse.token_at(place.start, place.end)
    if at is None or parse.tokens[at].dep != "nsubj":
        return False
    verb = parse.tokens[parse.tokens[at].head]
    return verb.tag.startswith("VB") and bool(_DISSOCIATING.match(verb.text))


_COMPANY = re.compile(r"<[A-Z][A-Z0-9.]*>|\b(?:Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|LLC|"
                      r"Holdings|AG|GmbH|Motors|Pharma|"
                      r"Industries(?!\s+(?:Minister|Ministry|Secretary|Department|Association)))\b|"
                      r"(?i:\b(?:company|companies|firms?|group|airline|carrier|conglomerate|"
                      r"(?:car|auto|drug|chip|plane|jet|steel|truck|tyre|tire|phone)?maker|"
                      r"manufacturer|chambers?\s+of\s+commerce|universit(?:y|ies)|"
                      r"banks?)\b(?<!central bank)(?<!world bank)(?<!development bank))")
# ("Japanese carmaker X", "Germany's Brandt AG": a firm's legal form or trade word, beside
# which a state's adjective or possessive only says where the firm is from; the trade's
# "-maker" words are listed, since "lawmakers" and "policymakers" are a state's own people,
# and singular only: "Japanese chipmakers' violation of the agreement" is a state's industry
# under the states' pact, not one firm making a deal)
# (the lookbehinds inside the case-blind group: "the Asian Development Bank" is no company)
# A government named as one conjunct of the subject, beside a firm: "the government of X and
# the company Y", "X's government and Y Ltd".
_GOVERNMENT_BESIDE_FIRM = re.compile(r"\b(?:government|ministry|ministries)\s+of\s+(?:the\s+)?[A-Z]"
                                     r"[\w'’-]*\s+and\s|\b[A-Z][\w'’-]*(?:['’]s)?\s+government\s+and\s",
                                     re.I)


# A state's possessive right before a name: "Egypt's Orascom", "Britain's BP"
_POSSESSIVE_END = re.compile(r"[A-Z][\w.-]*['’]s\s+$")
# Words of a state's office or person beside a name: "Russia's President Putin"
_OFFICE_WORDS = re.compile(r"\b(?:president|premier|prime|minister|king|queen|emir|chancellor|"
                           r"leader|envoy|ambassador|foreign|defen[cs]e)\b", re.I)


def _states_as_firms_homes(info: SentenceInfo, subject: str, subject_at: int,
                           subject_actors: list[Actor]) -> bool:
    """Is every state the clause's subject names only the home of a firm after its
    possessive ("Egypt's Orascom and Saudi Arabia's ACWA Power", "Brazil's Vale")? (Not
    "Germany's KfW and Ghana": Ghana itself is a side.)"""
    text = info.sentence.text
    if _OFFICE_WORDS.search(subject) or _OFFICIAL.search(subject):
        return False
    firms = [(a, b) for a, b in info.organizations
             if subject_at <= a and b <= subject_at + len(subject)
             and not _OFFICIAL.search(text[a:b])]
    homes = [(a, b) for a, b in firms if _POSSESSIVE_END.search(text[max(0, a - 40):a])]
    possessives = len(re.findall(r"['’]s\s+[A-Z]", subject))
    states = {a.country for a in subject_actors}
    return bool(homes) and len(homes) == len(firms) == possessives == len(states)


# A verb that reports the clause after it: "the ministry said (that) ..."
_REPORTED_BY = re.compile(r"\b(?:said|says|announced|reported|confirmed|added)\s+(?:that\s+)?")


# The last reporting verb in a clause's subject, with what may stand before the clause it
# reports ("said on Monday that", "told reporters", "announced in a statement that").
_REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?(?:reporters|journalists|parliament|\w+ers)|"
    r"announced|reported|confirmed|added|stated|declared|noted|disclosed)\b"
    r"(?:[^,;]{0,40}?\bthat\b)?(?!.*\b(?:said|says|told|announced|reported|confirmed|added|"
    r"stated|declared|noted|disclosed)\b)", re.I | re.S)


def _known_company_in(subject: str) -> bool:
    """Does the clause's subject name a company the gazetteer knows (organizations.tsv type
    "company": "Rosneft", "Gazprom")?"""
    # (the whole subject: the name, then at most a few lower-case words such as "had", "also
    # has"; not a conjunct before it, "a postal agreement between X Post and Y Post, along with")
    subject = WIRE_DATELINE.sub("", subject)
    gaz = gazetteer()
    for place in gaz.find(subject):
        if place.form == "body" and re.fullmatch(r"\s*(?:[Tt]he\s+)?", subject[:place.start]) \
                and re.fullmatch(r"(?:\s+[a-z]+){0,3}\s*", subject[place.end:]):
            body = gaz.body(subject[place.start:place.end])
            if body is not None and body.type == "company":
                return True
    return False


_CREDITORS = re.compile(r"\b(?:banks?|creditors?|lenders?|bondholders|committee|club)\b", re.I)
# A state's private creditors as one body, as the text names it: "its commercial bank
# creditors", "the 460 creditor banks", "a 12-bank advisory committee", "the steering committee
# for its 320 creditor banks", "foreign creditors", "bondholders". (The Paris Club, of creditor
# governments, is an international organization in the gazetteer.)
_CREDITOR_GROUP = re.compile(
    r"(?:(?:\d[\d,]*|[\w-]+-(?:bank|member))\s+)?(?:(?:bank|banks'|creditor|commercial|debt)\s+)*"
    r"(?:advisory|steering|co-?ordinating|negotiating)\s+committee"
    r"(?:\s+(?:for|of)\s+(?:its|the\s+country's|[A-Z][a-z]+'s)\s+(?:\d[\d,]*\s+)?"
    r"(?:creditors?|commercial|foreign)\s+banks)?"
    r"|(?:(?:commercial|foreign|creditor|international|western|private|official)\s+){1,2}"
    r"(?:bank\s+)?(?:banks|creditors|lenders)\b"
    r"|\bbank (?:creditors|lenders)\b|\bbondholders\b", re.I)
# A clause whose subject is a state's creditors: "About 300 other creditor banks ...", "34
# banks holding more than 70 pct of the frozen debt ..." (not a named bank or officer).
_CREDITORS_AS_SUBJECT = re.compile(r"\W*(?:(?i:about|some|all|most|the|its|other|\d[\d,]*)\s+|"
                                   r"[a-z][\w-]*\s+){0,5}(?:banks|creditors)\b")
# A debt told by its holders, banks of a kind ("commercial bank debt", "foreign bank loans"):
# the kind of banks that hold it, as one body.
_BANK_DEBT = re.compile(r"\b(commercial|foreign|private|western|international)\s+bank\s+"
                        r"(?:debts?|loans?|credits?|borrowings?|obligations)\b", re.I)
# What a state settles with its creditors: its debt, a rescheduling, new money, a standstill.
_DEBT_DEAL = re.compile(r"\b(?:debts?|reschedul\w*|restructur\w*|refinanc\w*|financing|"
                        r"standstill|new money|new-money|loans?|credits?|eurocredits?|"
                        r"rollover|roll-over|term sheet)\b", re.I)
# (the same, without a loan or credit: only these make a bare "agreement" one with the
# creditors the article names elsewhere)
_DEBT_TALK = re.compile(r"\b(?:debts?|reschedul\w*|restructur\w*|refinanc\w*|standstill|"
                        r"new money|creditors?|term sheet)\b", re.I)


def creditor_group(ctx: DocContext, info: SentenceInfo, p: Phrase,
                   actors: list[Actor]) -> Actor | None:
    """The creditor banks of one state's debt deal ("Chile reached agreement with commercial
    banks on debt rescheduling", "the 20.3 billion dlr rescheduling" in a story that names the
    "460 creditor banks"): the instrument's own words, else its sentence's, else the article's
    first. Not for a deal that already has a lender of its own (another state, an
    international organization, a company), nor for one the sentence gives no debt words."""
    states = {a.country for a in actors if a.country}
    own = re.match(r"with\s+(?:(?:its|their|the)\s+)?(?:" + _CREDITOR_GROUP.pattern + ")",
                   p.complement, re.I)
    # ("Venezuela, Chile and the Philippines reached agreement with commercial banks": each
    # state with its own, which the record splits)
    if not states or (len(states) > 1 and not own) or any(c.startswith("IGO:") for c in states) \
            or any(a.type not in ("state", "government_body") for a in actors):
        return None
    text = info.sentence.text
    if not _DEBT_DEAL.search(p.text) and not _DEBT_TALK.search(text):
        return None
    found = _CREDITOR_GROUP.search(p.complement) or _nearest(_CREDITOR_GROUP, text, p)
    owed = _BANK_DEBT.search(p.complement) or _nearest(_BANK_DEBT, text, p)
    if found is None and owed is not None:
        # "an agreement to reschedule 1.8 billion dlrs of commercial bank debt": the debt's
        # own noun names its holders, the commercial banks
        return Actor(f"{owed.group(1).lower()} banks", None, "organization")
    if found is None and (_DEBT_TALK.search(p.text) or _DEBT_TALK.search(text)) \
            and ctx.pair[:1] == [next(iter(states))]:
        # the article's own state's deal: its creditors as the article first names them
        found = next((m for i in ctx.sentences
                      for m in [_CREDITOR_GROUP.search(i.sentence.text)] if m), None)
    if found is None:
        return None
    name = re.sub(r"^(?:(?:its|their|the|a|an)\s+)+", "", found.group(0), flags=re.I)
    return Actor(name, None, "organization")


def _nearest(pattern: re.Pattern[str], text: str, p: Phrase) -> re.Match[str] | None:
    """The match of the pattern nearest to the phrase in the sentence."""
    hits = list(pattern.finditer(text))
    return min(hits, key=lambda m: abs(m.start() - p.start)) if hits else None
# An organization of a state or of states, whatever the NER model calls it.
_OFFICIAL = re.compile(r"\b(?:ministry|ministries|government|central bank|bank of|reserve bank|"
                       r"national bank|state bank|commission|council|agency|authority|fund|club|"
                       r"committee|parliament|congress|senate|assembly|treasury|department|"
                       r"office|cabinet|presidency|embassy|exim|export-import|development bank|"
                       r"union|organi[sz]ation|community|secretariat|board)\b", re.I)
# What the NER model tags as an organization may be the tail of an office's title: "Minister
# of State X", "Secretary of State", "Minister for Foreign Affairs": an official, no firm.
_ORG_IN_OFFICE_TITLE = re.compile(r"\b(?:Ministers?|Secretary|Secretaries)\s+(?:of|for)\s+"
                                  r"(?:the\s+)?$")
# What is lent to a borrower: the state after "for" or "to" is a side.
# the lender after "from" in a loan's own phrase: a name, possessive and "of/for" inside it
_LOAN_FROM = re.compile(r"^(?:(?:[\w$.,-]+\s+){0,3}?)from\s+(?:the\s+)?([A-Z][\w.'’&-]*"
                        r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.'’&-]*)*)")
_LENDING = re.compile(r"\b(?:loans?|credits?|credit lines?|financing|facility|bail-?out)\b", re.I)
_SOVEREIGN = re.compile(r"\b(?:debt|reschedul\w*|eurocredit|euroloan|syndicated|sovereign|"
                        r"creditor banks|advisory committee|Paris Club|IMF|World Bank|central bank|"
                        r"state-owned|government)\b", re.I)


# "The accord, signed in 2015 by Iran, China and France": the passive's agents made it.
_BY_AGENTS = re.compile(r"^\W*(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been|have been)\s+)?"
                        r"(?:(?:first|jointly|originally|later|formally)\s+)?(?:signed|agreed|"
                        r"concluded|reached|adopted|ratified|initial(?:l)?ed|negotiated|brokered|"
                        r"endorsed)\s+(?:[^,;]{0,40}?\s)?by\s+(?!(?:the\s+)?(?:end|start|middle|close|deadline|"
                        r"time|next|this|mid|early|late|then|now|\d|(?-i:[A-Z][a-z]+day|Jan|Feb|Mar|"
                        r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b)(?P<agents>[^;:()]+)", re.I)


# A contact clause right after the phrase whose subject made it: "a $1 billion loan the World
# Bank approved for Kenya", "the pact Peru and Chile signed in 2020" (its subject: at most a
# few capitalised words, with "the" before them; the verb has no object of its own).
# A contact clause whose subject is the pair: "the pact the two countries signed in 2011"
_PAIR_CONTACT = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:the\s+)?((?:two|both)\s+(?:countries|nations|states|governments|"
    r"sides))\s+(?:(?:had|has|have|formally|jointly|recently|later)\s+)?"
    r"(?:signed|inked|sealed|concluded|ratified|initial(?:l)?ed|adopted|reached|agreed|renewed|"
    r"extended|prolonged|amended)\b", re.I)

# An instrument's own lowercase word that says its sides are two governments ("an
# intergovernmental agreement on ...", "the Korea-Turkmenistan intergovernmental joint
# committee"): not a capitalized name ("the Intergovernmental Authority on Development")
_TWO_GOVERNMENTS = re.compile(r"(?-i:\b(?:intergovernmental|inter-governmental|"
                              r"government-to-government)\b)")


def _governments_pair(ctx: DocContext, actors: list[Actor]) -> list[Actor]:
    """The sides of an instrument its own words call intergovernmental: the states it names,
    and when it names fewer than two, the two states the article is about (of which it names
    none or one). Not when it names another state or an organization."""
    states = {a.country for a in actors if a.country}
    if len(states) >= 2 or any(a.type not in ("state", "government_body") for a in actors):
        return actors
    pair = pair_states(ctx, countries=True)
    codes = [a.country for a in pair if a.type == "state" and a.country]
    if len(codes) < 2 or not states <= set(codes):
        return actors
    return actors + [a for a in pair if a.country not in states]


_CONTACT_AGENTS = re.compile(
    r"^\s+(?:that\s+|which\s+)?(?P<agents>(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,4}"
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3})?)\s+"
    r"(?:(?:had|has|have|formally|jointly|recently)\s+)?"
    r"(?:signed|inked|sealed|concluded|approved|ratified|initial(?:l)?ed|adopted|reached|"
    r"struck|negotiated)\b"
    r"(?!\s+(?:to|on|upon|a|an|the|this|that|these|those|its|their|his|her|our|new|\d+)\b)")


def _agents(info: SentenceInfo, p: Phrase) -> list[Actor]:
    """The states or organizations after "signed by" right after the phrase, or the subject of
    a contact clause right after it ("the loan the World Bank approved")."""
    m = _BY_AGENTS.match(info.sentence.text[p.end:]) or _CONTACT_AGENTS.match(
        info.sentence.text[p.end:])
    if not m:
        return []
    agents = re.split(r",\s+(?=(?:is|was|has|had|which|who|said|but|and\s+(?:is|was|has)|to)\b)|"
                      # ("signed by Peru and Ecuador was a step forward, a U.S. spokesman
                      # said": the agents end where the sentence's own verb begins)
                      r"\s+(?=(?:is|was|were|are|has|have|had|will|would|could|should|can|may|"
                      r"might|must|remains?|remained)\s)|"
                      r"\s+(?:on|in|at|during|after|before|under|for|as|at)\s+(?=the\b|a\b|[a-z]|"
                      # ("... and Togo on Monday", "in March", "in 2019": when, not who)
                      r"(?-i:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                      r"[a-z]*\.?\b|\d)|"
                      # ("by OPEC ministers in Vienna", "by the six states at Geneva": the
                      # venue of the signing, not one of its makers)
                      r"\s+(?:in|at)\s+(?=(?-i:[A-Z]))",
                      m.group("agents"))[0]
    listed = [re.sub(r"^(?:then|former|the late|late)\s+", "", x)
              for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", agents)]
    out: list[Actor] = []
    gaz = gazetteer()
    for part in listed:
        a = _state_of_signer(actor_from_phrase(part, info.places), part)
        if (a is None or a.country is None) and (re.search(r"\bmembers?\b|\bmember (?:states|countries|nations)\b", part)
                          or _MEMBERS_AS_SUBJECT.search(part)):
            # "all 25 European Union members", "OPEC ministers", "the GCC states": the
            # organization's members, as the organization
            igo = next((x.code for x in gaz.find(part) if x.form == "igo"), None)
            a = Actor(gaz.name(igo), igo, "international_organization") if igo else None
        if a is None or a.country is None:
            # "signed by X and Y, World Bank vice-president for Asia": an organization's
            # officer signs for the organization
            igo = _officer_of_organization(part)
            a = Actor(gaz.name(igo), igo, "international_organization") if igo else a
        if a and a.country and a.type not in STATE_ACTOR:
            # "signed by Australian Prime Minister Anthony Albanese": a signatory; the party is
            # the state
            a = Actor(gaz.name(a.country), a.country, "state")
        if a and a.country and a.country not in {x.country for x in out}:
            out.append(a)
    return out


@cache
def _officer_words() -> re.Pattern[str]:
    """An office right after an organization's name: the heads of data/titles.json, with their
    modifiers, or an official, representative, head or chief."""
    heads = sorted(load_json("titles.json")["heads"], key=len, reverse=True)
    head = "|".join(re.escape(h) for h in heads)
    return re.compile(r"(?:['’]s\s+)?(?:(?:deputy|vice|acting|senior|chief|first|regional)[\s-]+)*"
                      rf"(?:{head}|officials?|representatives?|head|chief)\b", re.I)


def _officer_of_organization(part: str) -> str | None:
    """The organization of states whose officer `part` names: "World Bank vice-president for
    Asia", "the IMF's managing director" (the organization's name first, then the office)."""
    start = re.match(r"\s*(?:the\s+)?", part)
    at = start.end() if start else 0
    igo = next((x for x in gazetteer().find(part) if x.form == "igo" and x.start == at), None)
    if igo is None or not _officer_words().match(part, igo.end + 1 if part[igo.end:igo.end + 1]
                                                    in " " else igo.end):
        return None
    return igo.code


def counterparts(p: Phrase, places: list[Place], after: str = "") -> list[Actor]:
    """The states a plural instrument's "with" names one by one ("similar agreements with
    Australia and Britain", "with other countries, such as Indonesia and Japan"): each has
    its own instrument with the clause's subject. `after` is the sentence after the phrase:
    a serial list the phrase stops inside ("with nine countries, including Lebanon, Libya and
    Tunisia") goes on there."""
    complement = p.complement
    if re.match(r",\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])", after):
        complement += after
    m = re.match(r"with\s+(?:the\s+)?(.+)$", complement)
    if not m:
        return []
    # "with other regional countries, such as Indonesia and Japan": the ones named
    listed = re.search(r"\b(?:such as|including|notably|namely)\s+(.+)$", m.group(1))
    out = _each_named(_named_with(_serial_list((listed or m).group(1))).rstrip(" .;:"), places)
    return out if len(out) >= 2 and all(a.type == "state" for a in out) else []


# A name as the wire writes it in a list: up to four capitalised words ("West Germany", "the
# United States", "U.S."), not the wire's capitalised "And" after an abbreviation ("the U.S. And
# West Germany").
_LIST_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?!And\b)(?-i:[A-Z])[\w'’.-]*){0,3}"
# The rest of a serial list right after a phrase the parse ended at its first comma: ", C, D
# and E" (or ", C, and D"), names only, closed by "and" and a name.
_LIST_GOES_ON = re.compile(rf",\s+{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+(?:and|And)\s+"
                           rf"{_LIST_NAME}(?![\w'’-])|,\s+(?:and|And)\s+{_LIST_NAME}(?![\w'’-])")
_GROUP_OF_STATES = re.compile(r"\b(?:powers|countries|nations|members|states|governments|"
                         r"signatories)$")


def _list_goes_on(text: str, end: int) -> list[str]:
    """The names of a serial list the instrument's phrase stops inside ("with Britain, China,
    France and Germany", the phrase ending at "Britain"): [China, France, Germany]; none when
    no such list follows (a clause after the comma, "with Britain, officials said", or a name
    alone, "with Britain, France said")."""
    m = _LIST_GOES_ON.match(text, end)
    if not m:
        return []
    return [x for x in re.split(r",\s+(?:(?:and|And)\s+)?|\s+(?:and|And)\s+", m.group(0)) if x]


def _listed_after(text: str, end: int, places: list[Place]) -> list[Actor]:
    """The actors of the serial list that goes on after an instrument's phrase; none unless
    every name of it is a state or an organization of states (a list of firms, "with Sears,
    Roebuck and Co", is no list of sides)."""
    out: list[Actor] = []
    for name in _list_goes_on(text, end):
        a = actor_from_phrase(name, places)
        if not a or not a.country or a.type not in ("state", "international_organization"):
            return []
        if a.country not in {x.country for x in out}:
            out.append(a)
    return out


def _apposed_members(part: str, text: str, end: int, places: list[Place]) -> list[Actor]:
    """The states a list apposed to a group noun names: "six major powers - Britain, China,
    France and Russia", "seven steel-exporting nations, Australia, Brazil and Japan" (the
    list after a dash, colon or bracket, or a comma list of names only), or in `part`
    itself."""
    members = part
    if _GROUP_OF_STATES.search(part):
        after = re.match(r"\s*[-–—:(]\s*([^–—:;()]+)", text[end:])
        listed = [] if after else _list_goes_on(text, end)
        if after:
            members = f"{part} - {after.group(1)}"
        elif listed:
            members = " - ".join([part, *listed])
    out: list[Actor] = []
    for item in re.split(r",\s*(?:and\s+)?|\s+[-–—]\s+|\s+and\s+|\s+And\s+", members):
        b = actor_from_phrase(item, places)
        if b and b.country and b.country not in {x.country for x in out}:
            out.append(b)
    return out


# A serial list of capitalised names closed by "and" ("Lebanon, Libya and Tunisia", "A, B, and
# C"): its commas join names, not clauses, so they read as "and" before the "with" is cut at
# its first comma.
def _serial_list(text: str) -> str:
    """'Lebanon, Libya and Tunisia, officials said' -> 'Lebanon and Libya and Tunisia, ...':
    only a list that ends in "and" and a name; a lone "with Libya, Tunisia has ..." keeps its
    comma (a clause follows)."""
    m = re.match(r"(?P<list>(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
                 r",\s+)+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},?\s+and\s+)"
                 r"(?=(?:the\s+)?(?-i:[A-Z]))", text)
    if not m:
        return text
    head = re.sub(r",\s+(?:and\s+)?", " and ", m.group("list"))
    return re.sub(r"\s+and\s+and\s+", " and ", head) + text[m.end():]


# An instrument whose words say it has two sides, one of them unnamed: "reciprocal green lane
# arrangements for travel to China", "a bilateral investment treaty with Chile".
_TWO_WAY = re.compile(r"\b(?:reciprocal|bilateral|mutual)\b", re.I)


def _home_state(ctx: DocContext, counterpart: str | None) -> list[Actor]:
    """The state the story is about, as the unnamed side of an instrument with `counterpart`:
    the most salient state other than the counterpart that the article names outright."""
    gaz = gazetteer()
    for code in ctx.pair[:2]:
        if code != counterpart and not code.startswith("IGO:") and _named_outright(ctx, code):
            return [Actor(gaz.name(code), code, "state")]
    return []


def two_way_home(ctx: DocContext, p: Phrase, parties: list[Actor]) -> list[Actor]:
    """A two-way instrument ("reciprocal green lane arrangements being made for safe travel to
    China") whose sides, read from its sentence, are one state only: the other side is the
    state the story is about."""
    states = {a.country for a in parties if a.country}
    if len(states) != 1 or not _TWO_WAY.search(p.text):
        return parties
    return merge_actors(parties, _home_state(ctx, next(iter(states))))


# A subject that names no state but stands for the one the story is about ("The government is
# negotiating similar agreements with ...", "It has similar deals with ...").
_UNNAMED_STATE_SUBJECT = re.compile(
    r"^\W*(?:the\s+(?:government|country|administration|kingdom|republic|state)|it)\s+"
    r"(?:(?:is|was|has|had|have|are|were|also|already|now|still|been)\s+){0,3}\w+\b", re.I)


# "Aguas Argentinas and the government signed", "the government and Minera Andina signed":
# the story's own government beside one named side of no state (its name: one to four
# capitalized words, "de"/"del"/"of" between them)
_SIDE_NAME = r"(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:(?:de|del|da|do|di|du|la|of)\s+)?(?-i:[A-Z])[\w.'’&-]*){0,3}"
_GOVERNMENT_AND_SIDE = re.compile(
    r"(?:^|,\s*)\W*(?:(?:the\s+)?(?P<before>" + _SIDE_NAME + r")\s+and\s+the\s+"
    r"(?:government|authorities)|the\s+(?:government|authorities)\s+and\s+(?:the\s+)?"
    r"(?P<after>" + _SIDE_NAME + r"))\s*$", re.I)


def _story_state(ctx: DocContext, taken: set[str | None]) -> Actor | None:
    """Of the story's main states, the one it names first (the headline's or lead's subject:
    "UK signs deportation deal with Jordan"), not the one named most often."""
    for sent in ctx.sentences:
        for pl in sent.places:
            if pl.code in ctx.pair[:3] and pl.code not in taken and not pl.code.startswith("IGO:") \
                    and pl.form in ("name", "alias", "demonym"):
                return Actor(gazetteer().name(pl.code), pl.code, "state")
    return None


def _government_and_side(ctx: DocContext, info: SentenceInfo,
                         subject: str) -> tuple[Actor, Actor] | None:
    """The two sides of a subject that joins "the government" (the story's state) and one
    named side that is no state, organization of states or government body."""
    m = _GOVERNMENT_AND_SIDE.search(subject.rstrip())
    if not m:
        return None
    name = m.group("before") or m.group("after") or ""
    side = actor_from_phrase(name, info.places)
    if side is None or side.type not in ("company", "organization") or _found(info, name):
        return None  # ("Egypt and the government", "the EU and the government": no firm)
    state = _story_state(ctx, set())
    return (state, side) if state else None


def story_state_as_subject(ctx: DocContext, info: SentenceInfo, p: Phrase,
                           others: list[Actor]) -> list[Actor]:
    """The state the story is about, when the clause's subject before the instrument is one
    that names no state ("The government is negotiating similar agreements with A, B and C")."""
    before = info.sentence.text[:p.start]
    if not _UNNAMED_STATE_SUBJECT.match(before) or len(before.split()) > 8:
        return []
    state = _story_state(ctx, {o.country for o in others})
    return [state] if state else []


def parties_named_in_clause(ctx: DocContext, info: SentenceInfo, p: Phrase) -> bool:
    """Whether the instrument's own words say whose it is: "between A and B", a counterpart
    after "with" ("signed with the Ruritanian government"), agents after "signed by"
    ("signed by A, B and C", "signed by the two countries"), the two states as the subject of
    its own contact clause, or "intergovernmental" - as against a bare "the
    agreement" whose parties only the rest of the sentence or the article suggests."""
    if re.match(r"(?:between|among|involving|with)\b", p.complement) or \
            _MADE_WITH.match(info.sentence.text, p.end) or \
            (not p.complement and _MADE_BETWEEN.match(info.sentence.text, p.end)):
        return True
    m = _BY_AGENTS.match(info.sentence.text[p.end:])
    if (_PAIR_CONTACT.match(info.sentence.text, p.end) or _TWO_GOVERNMENTS.search(p.modifiers)) \
            and len(pair_states(ctx, countries=True)) >= 2:
        # "under an agreement that the two governments renewed in January", "an
        # intergovernmental agreement on ...": its own words say it is the two states'
        return True
    return bool(_agents(info, p) or (m and _PAIR_WORDS.match(re.sub(r"^the\s+", "", m.group("agents")))
                                     and len(ctx.pair) >= 2))


def _named_with(after_with: str) -> str:
    """Who a "with" names, not the purpose after it ("with Vietnam to set up a joint
    company"), a clause after a comma, its worth or a relative clause ("with the IMF worth
    about $2 billion", "a deal with the EU that ...") nor where it was made ("with Namibia's
    foreign minister in Cape Town") nor a participle that tells its content ("with Egypt
    delimiting the two countries' zones", "with Norway covering the Skagerrak"; its object's
    article or a preposition marks the verb, not "with US manufacturing giant 3M", a name)."""
    return re.split(r"\s+(?:to|for|on|under|in order)\s+(?=[a-z])|,|"
                    r"\s+(?=[a-z]\w*(?:ing|ed)\s+(?:the|a|an|its|their|both|two|all|in|on|by|at|from)\b)|"
                    r"\s+(?:worth|valued|totall?ing|which|that|who|whose)\b|"
                    r"\s+(?:in|at)\s+(?=[A-Z])|"
                    # (when, not who: "with the Ruritanian government last year")
                    r"\s+(?:last|this|next|earlier|in|on)\s+(?=(?:year|month|week|\d|[A-Z]))",
                    after_with)[0]


# An officeholder named with his title ("Kenya's Transport Cabinet Secretary Jane Doe",
# "Ruritanian Foreign Minister John Smith"): he signs for his state, which is the party.
_OFFICE_HOLDER = re.compile(r"\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|"
                            r"Envoy|King|Emir|Sultan|Governor|Commissioner)\b[^,;]*?"
                            r"\s(?-i:[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’.-]+)$")


def _state_of_signer(a: Actor | None, phrase: str) -> Actor | None:
    """The state a named officeholder signs for, instead of his title as a party."""
    if a and a.country and not a.country.startswith("IGO:") and a.type != "state" \
            and _OFFICE_HOLDER.search(phrase.strip(" ,.;:")):
        return Actor(gazetteer().name(a.country), a.country, "state")
    return a


def _each_named(names: str, places: list[Place]) -> list[Actor]:
    """The actors of "A and B", one each."""
    return [x for x in (actor_from_phrase(part, places) for part in split_pair(names)) if x]


def speaks_of_two_sides(text: str) -> bool:
    """'the two leaders', 'both sides', 'bilateral': the sentence tells of two parties."""
    return bool(_PAIR_WORDS.search(text))


# "the United States had brought pressure on the IMF to approve a loan", "Britain urged Japan
# to sign the accord": who presses only asks another to make the instrument; the one pressed
# ends the subject.
_URGED = re.compile(r"\b(?:urg(?:ed|es|ing)|press(?:ed|es|ing)|pressured|lobbied|"
                    r"(?:brought|put|puts|putting|bring|bringing)\s+(?:\w+\s+)?pressure\s+on|"
                    r"call(?:ed|s|ing)?\s+on|prodd(?:ed|ing)|push(?:ed|es|ing))\s+"
                    r"(?P<who>(?:the\s+)?[A-Z][^,;]{0,60}?)\s+to\s+(?:\w+\s+){0,2}$")


def _urged_side(subject: str) -> str:
    """The one pressed to make the instrument, when the subject's verb presses another."""
    m = _URGED.search(subject)
    return m.group("who") if m else subject


# The other side of an instrument that is a non-state armed group ("rebels", "Maoist
# insurgents"; data/instruments.json, armed_groups)
_ARMED_GROUP = re.compile(load_json("instruments.json")["armed_groups"], re.I)
# The subordinating conjunctions of time and cause that open an adverbial clause before the
# instrument's verb ("France has kept troops there since the president broke a ceasefire")
# (not a concession, "even though Washington abandoned that agreement": a clause that
# looks back at the instrument the main clause names, whose sides it tells)
_SUBORDINATORS = frozenset({"after", "before", "when", "since", "because", "once", "until",
                            "whenever"})


def _subordinate_subject(info: SentenceInfo, subject: str, at: int, phrase_at: int) -> str:
    """The subject of the instrument's own verb when an adverbial clause holds it: "Ghana
    sent troops to Togo after President X broke a ceasefire" is the president's ceasefire,
    not Ghana's. The parse says so: a subordinating conjunction (dep mark) whose verb is the
    instrument's verb or comes after it; not a preposition ("Britain, after long talks,
    signed" keeps Britain)."""
    if info.parse is None or not subject:
        return subject
    begin = at - len(subject)
    cut = None
    for t in info.parse.tokens:
        # (the instrument in the adverbial clause too: not "farmers demanding a better deal
        # blocked roads before their leaders announced a truce")
        if t.dep == "mark" and t.text.lower() in _SUBORDINATORS and begin <= t.start \
                and t.end <= min(at, phrase_at) and info.parse.tokens[t.head].start >= at:
            cut = t.end
    if cut is None:
        return subject
    own = subject[cut - begin:]
    # (only when the adverbial clause names a side of its own, a state, an organization or a
    # person: "when the Obama administration negotiated the accord" names none the gazetteer
    # knows, and the main clause's subject stays the best guess)
    at_sentence = info.sentence.start + cut
    if _found(info, own) or any(at_sentence <= p.start and p.end <= info.sentence.start + at
                                for p in info.people):
        return own
    return subject


# The words before the state a loan goes to, after the loan's phrase: "two loans amounting to
# 75 mln dlrs for farm projects in Bangladesh and Nepal", "a credit for a dam in Ghana"
_TO_STATE_BEFORE = re.compile(r"\b(?:in|for|to)\s+(?:the\s+)?$", re.I)
# The words that join one more state to the list ("Bangladesh and Nepal", "Laos, Fiji and Tonga")
_STATE_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def _lent_to_states(info: SentenceInfo, p: Phrase) -> list[Actor]:
    """The states a lending phrase's own clause names as where the money goes: after the
    phrase, up to the end of its clause (the parse), the first state after "in", "for" or
    "to", with the states listed right after it. Not a state in another clause of the
    sentence ("..., while Belgium launched a paper program")."""
    if info.parse is None or not _LENDING.search(p.head):
        return []
    text = info.sentence.text
    token = head_token(text, p, info.parse)
    end = info.parse.clause_end(token, len(text)) if token is not None else len(text)
    # (from the head noun on: the phrase's own complement may hold them, "a loan of 50 mln
    # dlrs for a road in Nepal")
    at = text.find(p.head, p.start)
    begin = at + len(p.head) if 0 <= at < p.end else p.end
    gaz = gazetteer()
    out: list[Actor] = []
    last = -1
    for place in sorted(_found(info, text[begin:end]), key=lambda x: x.start):
        if place.form not in ("name", "alias"):
            continue
        before = text[begin:begin + place.start]
        if (not out and _TO_STATE_BEFORE.search(before)) or (
                out and _STATE_LIST_JOIN.fullmatch(text[begin + last:begin + place.start])):
            if place.code not in {a.country for a in out}:
                out.append(Actor(gaz.name(place.code), place.code, "state"))
            last = place.end
        elif out:
            break
    return out


_COMMA_ARTICLE = re.compile(r"[,;]\s+(?:and\s+|but\s+|while\s+)?(?:an?|the)\s+$", re.I)


def _opens_own_clause(info: SentenceInfo, p: Phrase, cue_at: int) -> bool:
    """Does the phrase open a clause of its own after a comma, as that clause's subject, with a
    finite verb of its own after it and another clause with a finite verb before the comma?
    ("X was reached with A, an accord with B seems close"; not an apposition, "Ghana and Togo
    signed a pact, a deal that ...", whose phrase governs no verb of its own.)"""
    text = info.sentence.text
    comma = _COMMA_ARTICLE.search(text[:p.start])
    if info.parse is None or comma is None or (0 < cue_at < p.start):
        return False
    token = head_token(text, p, info.parse)
    if token is None:
        return False
    t = info.parse.tokens[token]
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    verb = info.parse.tokens[t.head]
    if verb.start < p.end or verb.tag not in _FINITE_VERB_TAGS:
        return False
    return any(x.tag in _FINITE_VERB_TAGS and x.end <= comma.start() for x in info.parse.tokens)


def clause_subject(text: str, p: Phrase, cue_at: int) -> str:
    """The words before the instrument's verb (or the phrase) in its own clause."""
    subject = text[:cue_at] if cue_at > 0 else text[:p.start]
    # (a wire dateline at the start, "MANILA, April 4, 2023 (PNA) - ", is no part of it)
    line = WIRE_DATELINE.match(subject)
    if line:
        subject = subject[line.end():]
    starts = [m.end() for m in _CLAUSE_START.finditer(subject)
              if not (m.group(0) == "as" and _COMPARISON.search(subject[:m.start()]))
              and not _state_list_goes_on(subject, m)]
    return subject[starts[-1]:] if starts else subject


def _state_list_goes_on(subject: str, m: re.Match[str]) -> bool:
    """Is ", the" inside a list of states ("Britain, Japan, the United States and West
    Germany signed ...", "Bahrain, Kuwait, the UAE and Oman")? A state's name before the
    comma and one right after "the": the list goes on, no new clause begins there (else the
    subject kept only the last two of the list)."""
    if not m.group(0).startswith(","):
        return False
    states = ("name", "alias")
    before = [x for x in gazetteer().find(subject[max(0, m.start() - 40):m.start()])
              if x.form in states]
    after = gazetteer().find(subject[m.end():m.end() + 40])
    return bool(before) and before[-1].end == min(40, m.start()) and bool(after) \
        and after[0].form in states and after[0].start in (0, 4)


# Where a clause begins: "..., while", "as the two sides signed". Not the "as" of a comparison
# ("the same margin as Mexico", "as well as"): what follows it is no clause's subject. ("loans
# such as a World Bank loan to Hungary": an example, whose parties are its own words.)
_CLAUSE_START = re.compile(r"[;:]\s+|,\s+(?=(?:while|and|but|as|the|The)\b)|\bwhile\b|"
                           r"\bas\b(?! (?:well|much|many|soon|far|long|of)\b)")
_COMPARED = re.compile(r"(?:\bsame\b[^,;]{0,60}\sas|\bthan|\b(?:un)?like)\s+(?:the\s+)?$", re.I)
_COMPARISON = re.compile(r"\b(?:(?:well|much|many|soon|far|long)\s+|same\b[^,;]{0,60}\s)$")


# Who makes an instrument of one state's politics at home: "opposition leaders issued a joint
# statement", "the unions signed a pact", "the demonstrators adopted a declaration" (a crowd
# of protest, by any of its names: round-25 audit).
# (Not rebels: a ceasefire or peace deal a state signs with them is an instrument of that state.)
_DOMESTIC_SUBJECT = re.compile(r"\b(?:opposition|(?<!both )(?<!two )(?<!the )part(?:y|ies)|"
                               r"lawmakers|MPs|legislators|(?:trade |labou?r )?unions?|"
                               r"protesters|protestors|demonstrators|marchers|strikers|"
                               r"activists|coalition partners|campaigners)\b", re.I)


def domestic_subject(text: str, p: Phrase, cue_at: int) -> bool:
    subject = clause_subject(text, p, cue_at)
    return bool(_DOMESTIC_SUBJECT.search(subject)) and not any(
        pl.form in ("name", "alias", "igo") for pl in gazetteer().find(subject))


def sentence_states(info: SentenceInfo, least: int = 2,
                     within: list[tuple[int, int]] | None = None) -> list[Actor]:
    """Two or more states named in the sentence ("for the Saudis to supply Brazil"), by name
    or by a people's plural; an adjective alone ("the French club") does not count. With
    `within`, only those inside these spans of the sentence (the instrument's own clause)."""
    gaz = gazetteer()
    seen: dict[str, Actor] = {}
    for place in info.places:
        if place.code.startswith("IGO:") or not place.code:
            continue
        if within is not None and not any(a <= place.start and place.end <= b
                                          for a, b in within):
            continue
        if _COMPARED.search(info.sentence.text[:place.start]):
            continue  # "the same margin as Colombia": a yardstick, not a side
        if _in_dateline(info, place):
            continue  # "LUXEMBOURG, April 27 - ": where the story was filed, not a side
        if _in_person_name(info, info.sentence.text, place):
            continue  # "Pedro Lagos signed": a person's name, not Nigeria's city
        if _CURRENCY_OF.match(info.sentence.text, place.end):
            continue  # "30 Malaysian/Singapore dollars": a currency, not a side
        if _city_then_state(info.sentence.text, info.places, place):
            continue  # "a summit in Reykjavik, Iceland": the venue, not a side
        if place.form in ("name", "alias") or (place.form == "demonym" and place.text.endswith("s")):
            seen.setdefault(place.code, Actor(gaz.name(place.code), place.code, "state"))
    return list(seen.values()) if len(seen) >= least else []


def _argument_spans(info: SentenceInfo, p: Phrase) -> list[tuple[int, int]] | None:
    """Where in the sentence the instrument's parties can stand, by the parse (None without
    one: then anywhere)."""
    if info.parse is None:
        return None
    head = head_token(info.sentence.text, p, info.parse)
    return None if head is None else info.parse.argument_spans(head)


def _named_outright(ctx: DocContext, code: str) -> bool:
    """Does the article name the state itself, not only its capital ("OPEC ministers meeting
    in Vienna" is about OPEC, not Austria)?"""
    return any(p.code == code and p.form in ("name", "alias", "demonym")
               for info in ctx.sentences for p in info.places)


# A number of states referred back to: "all three", "the four countries", "the five states".
_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTED_STATES = re.compile(r"\b(?:all|the|these|those)\s+(three|four|five|six|seven|eight)\b"
                             r"(?!\s+(?:years?|months?|weeks?|days?|times?|per|of\b|\w+s?\s+of\b))",
                             re.I)


def _counted_states_before(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The states that "all three" or "the four countries" in the sentence refers back to: the
    ones the nearest sentence before it (within three) names, when it names just that many."""
    m = _COUNTED_STATES.search(info.sentence.text)
    if not m:
        return []
    want = _NUMBER_WORDS[m.group(1).lower()]
    gaz = gazetteer()
    before = [x for x in ctx.sentences if x.sentence.index < info.sentence.index][-3:]
    for prev in reversed(before):
        codes = list(dict.fromkeys(x.code for x in prev.places if x.form in ("name", "alias")
                                   and x.code and not x.code.startswith("IGO:")))
        if len(codes) >= 2:
            return [Actor(gaz.name(c), c, "state") for c in codes] if len(codes) == want else []
    return []


def pair_states(ctx: DocContext, countries: bool = False) -> list[Actor]:
    """The two sides the article is about: its two states, or its state and the international
    organization it deals with ("Turkey ... the IMF ... the two sides"). With `countries` ("the
    two countries"), two states: the second may be one the article names only once."""
    gaz = gazetteer()
    states = [Actor(gaz.name(c), c, "state") for c in ctx.pair[:2]
              if not c.startswith("IGO:") and (countries or not _venue_only(ctx, c))]
    if countries and len(states) == 1:
        second = next((c for c in _states_by_mentions(ctx) if c != states[0].country), None)
        if second is None:
            # "President X received Hungarian Foreign Minister Y ... Both countries signed":
            # the other state named only through its one office-holder
            others = {p.country for info in ctx.sentences for p in info.people
                      if p.role and p.country and not p.country.startswith("IGO:")
                      and p.country != states[0].country}
            second = others.pop() if len(others) == 1 else None
        if second:
            states.append(Actor(gaz.name(second), second, "state"))
    if len(states) == 1:
        igo = _main_igo(ctx)
        if igo:
            states.append(Actor(gaz.name(igo), igo, "international_organization"))
    return states


# Where a city stands as the place of something, not as its state's government by metonymy
# ("talks in London", "meeting at Vienna", not "London and Dublin signed").
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|from|to)\s+(?:the\s+)?$", re.I)


def _city_then_state(text: str, places: list[Place], place: Place) -> bool:
    """Is the state's name only the one its venue city carries after a comma ("at their summit
    in Reykjavik, Iceland", "talks in Geneva, Switzerland")? Then it says where, like the
    city, and names no side."""
    return place.form in ("name", "alias") and any(
        q.code == place.code and q.form in ("capital", "city") and q.end <= place.start
        and re.fullmatch(r",\s*", text[q.end:place.start]) is not None
        and _AT_PLACE.search(text[:q.start]) is not None for q in places)


def _venue_only(ctx: DocContext, code: str) -> bool:
    """Does the article name the state only by a city that is where things happen (its
    dateline, "in London", "at Vienna"), by its currency or as a firm's home? Then the state
    is the venue of the story (the ICCO meeting in London, OPEC's in Vienna) or a company's
    address, not one of the two sides it is about."""
    seen = False
    for info in ctx.sentences:
        told_from = info.dateline_end()
        for p in info.places:
            if p.code != code:
                continue
            seen = True
            if _CURRENCY_OF.match(info.sentence.text, p.end):
                continue  # "231 Malaysian/Singapore cents": a currency, not a side
            if _firms_home(info, p):
                continue  # "US oil giant ExxonMobil", "France's Total": a firm's home
            if p.start < told_from:
                continue  # "LUXEMBOURG, April 27 - ", "OSAKA, Japan, May 2 - ": where it was filed
            if _city_then_state(info.sentence.text, info.places, p):
                continue  # "in Reykjavik, Iceland": the venue city's state, where, not who
            if p.form not in ("capital", "city"):
                return False
            if p.start >= told_from and not _AT_PLACE.search(
                    info.sentence.text[:p.start]):
                return False
    return seen


# A state's name or adjective before a word for a firm ("US oil giant X", "the French
# company Y", "a Japanese trading house")
_FIRM_AFTER_STATE = re.compile(r"\s+(?:(?!(?:and|or|its|their|his|her|the|a|an|with|to|of)\s)"
                               r"[a-z-]+\s+){0,2}(?:company|companies|firms?|group|"
                               r"corporation|conglomerate|giant|maker|producer|operator|"
                               r"carrier|airline|house|utility|bank|banks|insurer|retailer)\b")


def _firms_home(info: SentenceInfo, p: Place) -> bool:
    """Is the state named only as the home of a firm: a word for a firm after it ("US oil
    giant ExxonMobil"), or a possessive before a name the model reads as an organization and
    no office word ("France's Total", not "France's Finance Ministry")?"""
    text = info.sentence.text
    if p.form in ("name", "alias", "demonym") and _FIRM_AFTER_STATE.match(text, p.end) \
            and not _OFFICIAL.search(text[p.end:p.end + 40]):
        return True
    possessive = re.match(r"['’]s?\s+", text[p.end:])
    if not possessive:
        return False
    at = p.end + possessive.end()
    return any(a == at and not _OFFICIAL.search(text[a:b]) and not _OFFICE_WORDS.search(text[a:b])
               for a, b in info.organizations)


# A state's name or adjective that names a currency ("Malaysian/Singapore cents", "U.S.
# dollars", "Hong Kong dlrs")
_CURRENCY_OF = re.compile(r"\$(?=\d)|(?:\s*/\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*-?\s*(?:cents?|currenc(?:y|ies)|"
                          + _CURRENCY_AFTER_NAME.pattern.split("(?:", 1)[1], re.I)


def _states_by_mentions(ctx: DocContext) -> list[str]:
    """Every state the article names, most named first (then first named first)."""
    counts: dict[str, int] = {}
    for info in ctx.sentences:
        for pl in info.places:
            if pl.code and not pl.code.startswith("IGO:") and pl.form in (
                    "name", "alias", "demonym", "capital"):
                counts[pl.code] = counts.get(pl.code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])  # (stable: first named first on a tie)


# "the two countries", "both nations": states, not a state and an organization
# "the two sides", "both partners": two sides, not said to be states
_TWO_PARTIES = re.compile(r"\b(?:two|both) (?:sides|partners)\b|\bthe sides\b", re.I)
# the words of _PAIR_WORDS that say the two sides are states or their governments or leaders
_STATE_PAIR_WORDS = re.compile(r"\b(?:two|both) (?:countries|nations|governments|states|leaders|"
                               r"neighbou?rs|allies|presidents|prime ministers|premiers|"
                               r"heads of state|delegations|foreign ministers|ministers)\b|"
                               r"\bthe countries\b|\bbilateral\b", re.I)


def _unknown_sides(ctx: DocContext, text: str) -> bool:
    """"the two sides", not "the two countries": sides the words do not say are states, in an
    article that names no office-holder of a state (whose side it would be)."""
    return bool(_TWO_PARTIES.search(text)) and not _STATE_PAIR_WORDS.search(text) and not any(
        p.role and p.country for p in ctx.people.values())


_TWO_COUNTRIES = re.compile(r"\b(?:two|both) (?:countries|nations|states|governments)\b|"
                            r"\bthe countries\b", re.I)


# Words of a state acting, in a sentence that names no state: "the government signed an
# accord on trade", "an accord due to be signed during the visit" in a story about two states
# is theirs.
_STATE_WORDS = re.compile(r"\b(?:government|ministers?|ministry|officials?|president|premier|"
                          r"prime minister|delegations?|embassy|ambassadors?|envoys?|"
                          r"chancellor|king|foreign secretary|visits?|talks|summit)\b", re.I)


# "They signed a second defence agreement", "We also signed ...": a plural pronoun opening
# the clause stands for the sides the sentence before named (its two states, or people of
# two states), as "the two countries" does.
_PLURAL_PRONOUN_SUBJECT = re.compile(r"^\W*(?:they|we)\b(?:\s+(?:also|later|then|have|had|"
                                     r"will|would|jointly|both|each))*\s+\w+", re.I)


def _pronoun_for_pair(ctx: DocContext, info: SentenceInfo, subject: str) -> list[Actor]:
    """The two states a plural pronoun opening the clause stands for: those the sentence
    before names, by name or through their people (a city, as a dateline's, names no side);
    none unless exactly two."""
    if not _PLURAL_PRONOUN_SUBJECT.match(subject + " x"):
        return []
    before = ctx.sentence_before(info)
    if before is None:
        return []
    states = [pl.code for pl in before.places if pl.code and not pl.code.startswith("IGO:")
              and pl.form in ("name", "alias", "demonym")]
    states += [pm.country for pm in before.people
               if pm.country and not pm.country.startswith("IGO:")]
    codes = list(dict.fromkeys(states))
    if len(codes) != 2:
        return []
    gaz = gazetteer()
    return [Actor(gaz.name(c), c, "state") for c in codes]


# "The trade pact, signed in Lome on February 20, will cut tariffs between Ghana and Togo":
# an instrument opening the sentence as its subject whose sides the predicate names after
# "between" (two states, each by name).
# (after a wire dateline "ACCRA, March 7 (Reuters) - " too)
_OPENING_ARTICLE = re.compile(r"(?:^|\s[-–—]\s+)\W*(?:the|a|an)\s+$", re.I)
_BETWEEN_TWO = re.compile(r"\bbetween\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})"
                          r"\s+and\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")


def _between_in_predicate(info: SentenceInfo, p: Phrase) -> list[Actor]:
    """The two states named after "between" in the predicate of a sentence the instrument
    opens as subject; none unless both are states."""
    text = info.sentence.text
    if not _OPENING_ARTICLE.search(text[:p.start]):
        return []
    m = _BETWEEN_TWO.search(text, p.end)
    if not m:
        return []
    found = [actor_from_phrase(m.group(i).rstrip("."), info.places) for i in (1, 2)]
    sides = [a for a in found if a is not None and a.type == "state"]
    if len(sides) != 2 or sides[0].country == sides[1].country:
        return []
    return sides


def _speaks_of_states(ctx: DocContext, info: SentenceInfo) -> bool:
    """Does the sentence speak of states at all: a place, organization or person of a state, or
    a word of government? An instrument in a sentence that speaks of none ("I either signed the
    agreement or left", "the protocol agreed by leaders" of a church) is not the article's
    two states' just because the story is about them."""
    if any(pl.code for pl in info.places) or any(pm.country for pm in info.people):
        return True
    return bool(_STATE_WORDS.search(info.sentence.text))


# An organization named only as where talks were held: "talks at the Asian Development Bank",
# "the annual meeting of the 44-nation Inter-American Development Bank" (its host, no side).
_GATHERING_OF = re.compile(r"\b(?:at|(?:annual|general|spring|ministerial|plenary)?\s*(?:meetings?|"
                           r"conference|assembly|sessions?|summit|forum)\s+of)\s+(?:the\s+)?"
                           r"(?:\S+-(?:nation|member|country)\s+)?$", re.I)


def _main_igo(ctx: DocContext) -> str | None:
    counts: dict[str, int] = {}
    for info in ctx.sentences:
        hosts: set[int] = set()  # where a host's name ends ("... Bank (IADB)" is one name)
        for p in info.places:
            before = info.sentence.text[:p.start]
            if _GATHERING_OF.search(before) or (before.endswith("(") and
                                                len(before.rstrip(" (")) in hosts):
                hosts.add(p.end)
                continue
            if p.code.startswith("IGO:") and p.form == "igo":
                counts[p.code] = counts.get(p.code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _found(info: SentenceInfo, text: str) -> list[Place]:
    """The gazetteer's places in a part of the sentence, each coded as the sentence's own
    places code it: an acronym the article defines ("the Islamic Development Bank (IDB)")
    names what the article says, not what the gazetteer knows by the same letters; a capital
    or city is the state's that held it on the article's date ("the Kremlin" in 1987: the
    Soviet Union's, `Gazetteer.as_of`)."""
    own = {x.text: x.code for x in info.places if x.form in ("igo", "capital", "city")}
    return [replace(x, code=own[x.text]) if x.form in ("igo", "capital", "city")
            and own.get(x.text, x.code) != x.code else x for x in gazetteer().find(text)]


def _office_of(info: SentenceInfo, code: str, after: str) -> bool:
    """The words after a state's name are the office of a person of that state the sentence
    names ("French Trade Minister Jean Dupont")."""
    after = after.lstrip()
    return any(p.role and p.country == code and after.startswith(p.role) for p in info.people)


def _in_person_name(info: SentenceInfo, text: str, place: Place) -> bool:
    """Is the place word part of a person's name the sentence names ("President Miguel de la
    Madrid", "Pedro Lagos"), not a place of its own? (`place` has offsets in `text`.)"""
    for person in info.people:
        name = person.name
        if name == place.text or place.text not in name:
            continue
        at = text.find(name)
        while at >= 0:
            if at <= place.start and place.end <= at + len(name):
                return True
            at = text.find(name, at + 1)
    return False


# A city's market or its traders after the city's name ("Tokyo stocks", "the London bullion
# market", "Frankfurt dealers"): the place of a market, not its state's government.
_MARKET_AFTER_CITY = re.compile(
    r"\s+(?:(?:stock|bullion|money|currency|bond|oil|gold|metal|grain|commodity|financial)\s+)?"
    r"(?:stocks?|shares|equities|bonds|markets?|bourse|exchanges?|futures|"
    r"traders|dealers|brokers|investors|trading|prices)\b")
# A state's adjective that only says where a place or thing is ("a hard Irish border", "the
# Chinese coast", "Greek waters", "the Turkish economy"): a topic of the clause, not a side.
_PLACE_AFTER_DEMONYM = re.compile(
    r"\s+(?:(?:land|sea|maritime|southern|northern|eastern|western)\s+)?"
    r"(?:borders?|frontiers?|border\s+(?:region|areas?|crossings?)|coast(?:line)?|waters|"
    r"territory|soil|islands?|mainland|economy)\b")
# A noun (lower case) and a preposition of location right before a state's name: the state is
# where the noun is ("his death in custody in Iraq", "the troops in Iraq"), not who acts, unless
# the noun is the state's own rulers ("the government in Iraq", "the authorities in Kabul").
_PLACE_OF_NOUN = re.compile(
    r"\b(?-i:(?!(?:governments?|authorit(?:y|ies)|officials|leaders(?:hip)?|regimes?|"
    r"administrations?|rulers|ministers|parliaments?|legislatures?|junta|cabinet|"
    r"delegations?|representatives)\b)[a-z][\w'’-]*)\s+"
    r"(?:in|inside|within|throughout|across)\s+(?:the\s+)?$")
# A state's adjective, then a word for a firm and the firm's name ("the French company Orano",
# "the Chinese firm Sinohydro"): the name is the party, a company of that state.
_FIRM_OF_STATE = re.compile(r"\s+(?:state-owned\s+|state\s+|private\s+)?(?:company|firm|group|"
                            r"corporation|conglomerate|utility|operator|giant)\s+"
                            r"((?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3})")


def _subject_actors(ctx: DocContext, info: SentenceInfo, subject: str) -> list[Actor]:
    # (Not narrowed by the parse: the small model's attachments are wrong too often on long
    # wire sentences, and "Brazil's refusal to sign" has its party outside any verb's subject.)
    gaz = gazetteer()
    subject = WIRE_DATELINE.sub("", subject)  # "BAHRAIN, March 2 -" says where, not who
    # "Sri Lanka's finance ministry", "the ministries of health of Kenya and Uganda": each a
    # government body of the state named, not the state (GUIDE's "Ministry of X (State)")
    ministries = [Actor(n, c, "government_body") for n, c in states_ministries(subject)]
    generic = generic_ministries(subject)
    if generic and not ministries:
        return [Actor(f"{generic[0][2]} ({gaz.name(c)})", c, "government_body") for c in ctx.pair[:2]]
    if _PAIR_WORDS.search(subject) and not ministries:
        return pair_states(ctx, countries=bool(_TWO_COUNTRIES.search(subject)))
    out: list[Actor] = list(ministries)
    body = None if ministries else re.search(r"(?:\b(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Ministry|Committee|Authority|"
                     r"Fund|Foundation|Chamber|Bank|Corporation|Organization|Post|Agency)\b[^,;]*)",
                     subject)  # ("Agency": "the French Development Agency signed a loan")
    if body:
        # ("Central Bank director X said Argentina's banks ...": the body's name ends before
        # the verb of the clause it stands in)
        body_name = _before_finite_verb(info, body.group(0), 0)
        # (a side named before the body, "Jordan and the Saudi Fund for Development signed":
        # the body's phrase starts at its own name, so its conjunct is read here)
        before = re.search(r"\b((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+and\s+$",
                           subject[:body.start()])
        for part in ([before.group(1)] if before else []) + split_pair(body_name):
            a = actor_from_phrase(part, info.places)
            if a and a.country:
                out.append(a)
        if out:
            return out
    seen: set[str] = {a.country for a in ministries if a.country}
    two_offices = len({p.country for p in info.people
                       if p.role and p.country and p.name in subject}) >= 2
    hosts: set[str] = set()
    found = _found(info, subject)
    for place in found:
        if re.match(r"\s+(?-i:[A-Z][a-z])", subject[place.end:]) and not re.match(
                r"\s+(?:and|or|on|in)\b", subject[place.end:]) and not (
                _office_of(info, place.code, subject[place.end:]) and two_offices):
            continue  # "UK Athletics", "Pakistan Post": part of an organization's name
            # (not "French Trade Minister X and German Energy Minister Y signed": the states
            # of the ministers who sign; one such minister alone is one side of a deal whose
            # other side the article names elsewhere)
        if (place.form == "capital" or gaz.places.get(place.text) == place.code) and re.search(
                r"\b(?:in|at|from|to|near|outside)\s+$", subject[:place.start], re.I):
            continue  # "In Tokyo, a Canon spokesman said", "talks in Luxembourg": where, not who
        if place.form in ("name", "alias") and not place.code.startswith("IGO:") \
                and _PLACE_OF_NOUN.search(subject[:place.start]):
            continue  # "Baha Mousa's death in British custody in Iraq", "troops in Iraq": a
            # place a noun stands in, not a side (not "the government in Iraq": its rulers)
        if _city_then_state(subject, found, place):
            continue  # "their summit in Reykjavik, Iceland": the venue city's state, where
        if place.form in ("capital", "city") and _MARKET_AFTER_CITY.match(subject, place.end):
            continue  # "Prospects for Tokyo stocks", "London dealers": a market, not a government
        if _COMPARED.search(subject[:place.start]):
            continue  # "the same margin as Mexico", "more than Brazil": a yardstick, not a side
        if _HOST_BEFORE.search(subject[:place.start]) or place.code in hosts:
            # "Delegates at the conference, held under the auspices of UNCTAD, reached
            # agreement", "talks brokered by Norway": the host or broker, not a side (nor
            # its acronym after it, "(UNCTAD)")
            hosts.add(place.code)
            continue
        if _in_person_name(info, subject, place):
            continue  # "Mexican President Miguel de la Madrid": a name, not Spain's capital
        if place.form == "demonym" and _PLACE_AFTER_DEMONYM.match(subject, place.end):
            continue  # "any move to impose a hard Irish border would ...": a topic, not a side
        firm = _FIRM_OF_STATE.match(subject, place.end) if place.form == "demonym" else None
        if firm:
            # "the French company Orano": a firm of that state, not the state itself
            out.append(Actor(firm.group(1), place.code, "company"))
            continue
        if place.form in ("name", "alias", "demonym", "capital") and place.code not in seen:
            seen.add(place.code)
            kind = "international_organization" if place.code.startswith("IGO:") else "state"
            out.append(Actor(gaz.name(place.code), place.code, kind))
        elif place.form == "igo" and place.code not in seen:
            seen.add(place.code)
            out.append(Actor(gaz.name(place.code), place.code, "international_organization"))
        elif place.form == "body":
            # "USAID and Ghana's government signed", "Rosatom and Egypt's X Authority": a state's
            # own agency the table knows is a side for its state, as a ministry is
            body_row = gaz.body(place.text)
            if not (body_row and body_row.type == "government_body" and body_row.country):
                continue
            agency = Actor(body_row.name, body_row.country, "government_body")
            owner = next((a for a in out if a.type == "state" and a.country != body_row.country
                          and re.search(re.escape(a.name if a.name in subject else "\0")
                                        + r"['’]s?\s+$", subject[:place.start])), None) \
                if re.search(r"['’]s?\s+$", subject[:place.start]) else None
            if owner is not None and owner.country:
                # "Japan's Ex-Im bank": the possessor's own agency of that kind, not the one of
                # another state the table knows by the same short name
                out = [Actor(f"{place.text} ({owner.name})", owner.country, "government_body")
                       if a is owner else a for a in out]
                continue
            if body_row.country not in seen:
                seen.add(body_row.country)
                out.append(agency)
            elif re.search(r"['’]s?\s+$", subject[:place.start]):
                # "Ghana and Germany's KfW development bank signed": the state is only the
                # agency's owner, so the agency stands in its place
                out = [agency if a.country == body_row.country and a.type == "state" else a
                       for a in out]
    return out or _definite_subject(ctx, info, subject)


# The words that name a gathering's host or an instrument's broker before its name ("under
# the auspices of", "hosted by", "mediated by"), as against one of its sides.
_HOST_BEFORE = re.compile(r"\b(?:(?:under|with)\s+the\s+(?:auspices|aegis|sponsorship)\s+of|"
                          r"(?:hosted|brokered|mediated|convened)\s+by)\s+(?:the\s+)?$", re.I)


_FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _before_finite_verb(info: SentenceInfo, phrase: str, after: int) -> str:
    """A party's phrase up to the first finite verb the parse finds in it ("the Paris Club of
    western government creditors covers 125.5 mln dlrs" -> "the Paris Club of western
    government creditors"): a name holds no verb of its own. `after`: where in the sentence
    to look for the phrase (its first occurrence from there)."""
    at = info.sentence.text.find(phrase, max(after, 0))
    if info.parse is None or at < 0 or not phrase:
        return phrase
    for t in info.parse.tokens:
        if at < t.start < at + len(phrase) and t.tag in _FINITE_VERB_TAGS:
            return phrase[:t.start - at].rstrip(" ,")
    return phrase


def _subject_officials_state(ctx: DocContext, info: SentenceInfo, at: int, subject: str,
                             counterpart: str | None) -> list[Actor]:
    """The state of the one office-holder the clause's subject names ("Chancellor Gordon
    Brown has signed ..."), when the article knows it and it is not the counterpart's."""
    start = info.sentence.start + max(at, 0)
    named = [ctx.person(p.name) or p for p in info.people
             if start <= p.start and p.end <= start + len(subject)]
    states = {p.country for p in named if p.country and p.role and p.country != counterpart}
    if len(states) != 1:
        return []
    code = states.pop()
    return [Actor(gazetteer().name(code), code, "state")]


def merge_actors(a: list[Actor], b: list[Actor]) -> list[Actor]:
    def key(x: Actor) -> str:
        return x.name.lower() or f"{x.country}:{x.role}"
    keys = {key(x) for x in a}
    return a + [x for x in b if key(x) not in keys]


# A person or office followed by a possessive owns the next noun ("X's visit", "the Prime
# Minister's Secretariat"): not a signer.
_POSSESSOR = re.compile(r"['’]s\b")


def people_actors(ctx: DocContext, info: SentenceInfo, after: int = 0) -> list[Actor]:
    out = []
    for p in info.people:
        if p.start - info.sentence.start < after:
            continue
        if _POSSESSOR.match(info.sentence.text, p.end - info.sentence.start) or re.search(
                r"['’]s$", info.sentence.text[:p.end - info.sentence.start]):  # (span with it)
            continue  # "during Prime Minister X's visit": whose visit, not who signed
        full = ctx.person(p.name) or p
        out.append(Actor(full.name, full.country or p.country, "person", full.role or p.role))
    for r in find_unnamed_roles(info.sentence.text, info.sentence.start, info.places, info.people):
        if r.start - info.sentence.start >= after and not _POSSESSOR.match(
                info.sentence.text, r.end - info.sentence.start):  # "the President's office"
            out.append(Actor("", r.country, "role", r.role))
    return out


# Signers whose states the article leaves to the reader: "X and his Jordanian counterpart Y
# signed", "Trade Minister X and Turkmen Deputy Prime Minister Y signed" (an agency's own
# minister, named by office alone).
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+){0,2}counterparts?\b", re.I)


def _office_nationality(before: str) -> str | None:
    """The state the words of a signer's office name, right before the name ("Chilean Mining
    Minister"): from the last "and" or comma."""
    office = re.split(r",\s*|\s+and\s+", before)[-1]
    codes = {x.code for x in gazetteer().find(office)
             if x.form in ("demonym", "name", "alias") and not x.code.startswith("IGO:")}
    return codes.pop() if len(codes) == 1 else None


def signers_states(ctx: DocContext, info: SentenceInfo, at: int, span: str) -> list[Actor]:
    """The states of the office-holders who sign, named in `span` (the verb's subject or the
    passive's agents, starting at `at` in the sentence): each by the nationality of the office
    or by what the article knows of the person; one with an office and no state, beside a
    foreign signer, is an official of the state the article is told from (its dateline's
    country, its agency's). Two states or more, or nothing."""
    start = info.sentence.start + max(at, 0)
    signers = [p for p in info.people
               if start <= p.start and p.end <= start + len(span) and p.role]
    if len(signers) < 2:
        return []
    codes: list[str | None] = []
    for p in signers:
        full = ctx.person(p.name)
        code = p.country or (full.country if full else None) or _office_nationality(
            span[:p.start - start])
        codes.append(code if code and not code.startswith("IGO:") else None)
    known = [c for c in codes if c]
    if not known:
        return []
    if None in codes:
        home = told_from_state(ctx)
        if home is None and _COUNTERPART_OF.search(span) and ctx.pair:
            # "X and his Egyptian counterpart Y": X is of the other state the article is about
            home = next((c for c in ctx.pair[:2] if c not in known), None)
        if home is None or home in known or codes.count(None) > 1:
            return []
        codes = [c or home for c in codes]
    states = list(dict.fromkeys(c for c in codes if c))
    if len(states) < 2:
        return []
    gaz = gazetteer()
    return [Actor(gaz.name(c), c, "state") for c in states]


def subject_signers(ctx: DocContext, info: SentenceInfo, at: int | None = None) -> list[Actor]:
    """People who are the subject of a signing verb: 'Niyazov, who signed the contract',
    'Schroeder ... by signing a deal'. Not 'welcomed the signing of'. With `at` (where the
    instrument stands in the sentence), the verb is the last one before it: "X and Y signed
    the trade accord, while A and B signed the MoU" has two pairs of signers."""
    text = info.sentence.text
    verbs = list(_SIGN_VERB.finditer(text))
    m = verbs[0] if verbs else None
    if at is not None:
        m = next((v for v in reversed(verbs) if v.start() < at), m)
    if not m or _PASSIVE_BEFORE.search(text[:m.start()]):
        return []  # "a roadmap ..., which was signed by the ministers": the thing, not the signer
    out = []
    for p in info.people:
        rel = p.start - info.sentence.start
        between = text[p.end - info.sentence.start:m.start()]
        if rel < m.start() and not re.search(
                r"\b(?:welcomed|witnessed|praised|said|during|with|meeting|met|after)\b|[;:]",
                between) and not _SIGN_VERB.search(between):
            full = ctx.person(p.name) or p
            out.append(Actor(full.name, full.country or p.country, "person", full.role or p.role))
    return out[-2:]


# A state the article says stays out of an instrument others make: "Iraq refused to be a party
# to the agreement", "Italy, which refused to join the Paris pact", "the US has refused to sign
# up to the Kyoto treaty", "Norway is not a party to the convention". Only a refusal to belong
# (join, accede, sign up, be a party): "refused to sign the accord" may be a side's rejection of
# its own bilateral deal, and "refused to join a G-7 meeting" names no instrument.
_STAYS_OUT = re.compile(
    r"\b(?:(?:refus\w*|declin\w*|unwilling\w*)\s+to\s+(?:(?:be|become)\s+(?:a\s+)?part(?:y|ies)\s+to"
    r"|join|accede\s+to|sign\s+up\s+to)"
    r"|(?:(?:is|are|was|were)\s+not|(?:has|have)\s+never\s+been)\s+(?:a\s+)?"
    r"(?:part(?:y|ies)|signator(?:y|ies))\s+to)"
    r"\s+(?:the\s+|an?\s+|this\s+|that\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:pact|accord|agreement|treaty|protocol|convention|deal|charter|arrangement)s?\b", re.I)


def states_staying_out(ctx: DocContext) -> dict[str, int]:
    """The states the article says refuse to belong to an instrument others make (or are no
    party to it), each with the index of the sentence that refuses (-1 for "is not a party"):
    the subject, the last state the sentence names before it, in the same clause."""
    out: dict[str, int] = {}
    for info in ctx.sentences:
        text = info.sentence.text
        for m in _STAYS_OUT.finditer(text):
            before = [p for p in info.places if p.end <= m.start() and p.code
                      and not p.code.startswith("IGO:")
                      and p.form in ("name", "alias", "demonym")
                      and not re.search(r"[;:]|\b(?:but|and|while|whereas)\s", text[p.end:m.start()])]
            if before and m.start() - before[-1].end <= 60:
                # (a refusal is its own mention's rejected stage, by the refusing side; a
                # state that is no party is none anywhere: -1)
                refused = re.match(r"(?:refus|declin|unwilling)", m.group(0), re.I)
                out.setdefault(before[-1].code, info.sentence.index if refused else -1)
    return out
