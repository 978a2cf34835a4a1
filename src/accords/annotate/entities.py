"""People, bodies and states named in a sentence, each with its country.

- states: gazetteer hits (names, demonyms, possessives, capitals);
- people: spaCy PERSON entities and "Title Name" patterns, with the role and country their
  title gives ("his Belarusian counterpart Ivan Kubrakov", "Pakistan Prime Minister X"), or,
  when the text gives neither, the dated officeholders do (a 1987 "Shultz");
- bodies: ministries and other organizations, with the country named in or before them;
  generic references ("the interior ministries of the two countries") expand to one body per
  country of the pair the document is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accords.annotate.gazetteer import Place, gazetteer, officeholders
from accords.data import load_json
from accords.records import Actor


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None
    country: str | None
    # What the officeholders table, not the text, gave: undone when the article names the
    # person in full as someone else than the table's holder of that surname
    table_role: bool = False
    table_country: bool = False


@dataclass(frozen=True)
class _TitleRules:
    title: re.Pattern[str]
    person_after_title: re.Pattern[str]
    honorific: re.Pattern[str]
    head: re.Pattern[str]  # an office without its 'of' part: "Deputy Foreign Minister"
    portfolios: re.Pattern[str]  # "Investment, Industry and Trade", "National Defence"
    name_after: re.Pattern[str]  # ", H.E. Mr X" after a title


# Names are kept as written, accents and all: a capital may be accented ("Šefčovič", "Émile"),
# and a hyphen may join two capitalised parts ("Jean-Noël", "Kosiniak-Kamysz").
_NAME_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_NAME_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķłńňōőœŕřśşšţťūůűųźżžə"
# A capital and an apostrophe may begin a surname ("O’Brien", "D'Alema", "N'Guessan"):
# without it the name stops at the apostrophe ("Robert O’").
# So may a patronymic or article prefix written closed up before a second capital ("MacGregor",
# "McNamara", "FitzGerald", "DeConcini", "LaRouche"): without it the name stops at the prefix
# ("John Mac").
_NAME_TOKEN = (rf"(?:[{_NAME_UPPER}]['’](?=[{_NAME_UPPER}])|"
               rf"(?:Mac|Mc|Fitz|De|Di|Du|La|Le)(?=[{_NAME_UPPER}][{_NAME_LOWER}]))?"
               rf"[{_NAME_UPPER}][{_NAME_LOWER}'’]+(?:-[{_NAME_UPPER}{_NAME_LOWER}][{_NAME_LOWER}'’]+)*-?")
# A middle initial, with or without its full stop, inside a name: "George W Bush".
_INITIAL = r"(?:\s+[A-Z]\.?(?=\s+[A-Z][a-z]))?"
# Particles inside a name, lower case or capitalised as the family writes them: "Ursula von der
# Leyen", "Mohamed Ould Cheikh El Ghazouani", "Tamim bin Hamad Al Thani", "Lula da Silva".
_NAME_PARTICLE = (r"(?:al-|el-|(?:bin|bint|ibn|ould|Ould|de|De|del|della|di|du|da|dos|das|von|van|"
                r"von der|van der|van den|de la|le|la|ter|El|Al|Bin|Ibn)\s+)")
_NAME_PARTICLE_WORDS = re.compile(r"al-|el-|bin|bint|ibn|ould|Ould|de|De|del|della|di|du|da|dos|das|"
                                r"von|van|der|den|la|le|ter|El|Al|Bin|Ibn")
# A monarch's regnal number ends the name: "King Abdullah II", "Charles III".
_REGNAL = r"(?:\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII)\b)?"
_NAME = rf"{_NAME_TOKEN}{_INITIAL}(?:\s+{_NAME_PARTICLE}?{_NAME_TOKEN}){{0,4}}{_REGNAL}"


@cache
def _title_rules() -> _TitleRules:
    raw = load_json("titles.json")
    heads = sorted(raw["heads"], key=len, reverse=True)
    portfolios = sorted(raw["portfolios"], key=len, reverse=True)
    head = "|".join(re.escape(h) for h in heads)
    port = "|".join(re.escape(p) for p in portfolios)
    mods = (r"(?:(?:Deputy|Vice|Acting|First|Former|Senior|Federal|State|Chief|Foreign|Interim|"
            r"Coordinating|Cabinet)\s+)*")
    of_part = (r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:State\s+for\s+)?"
               rf"(?:{port}|[A-Z][\w-]+(?:\s+(?:for|of|and|the)?\s*[A-Z][\w-]+){{0,6}}))?")
    title = rf"{mods}(?:(?:{port})\s+)?(?:{head}){of_part}"
    honor = "|".join(re.escape(h) for h in sorted(raw["honorifics"], key=len, reverse=True))
    # A portfolio may carry one adjective the list does not hold ("National Defence",
    # "Maritime Affairs") and come in a list ("Investment, Industry and Trade").
    one_port = rf"(?:[A-Z][a-z]+\s+)?(?:{port}|Affairs|Integration|Cooperation)\b"
    # ... and one noun after a portfolio where the list goes on past it ("Minister of Energy
    # Infrastructures and Natural Resources X", "Water Resources and Irrigation"): without it
    # the noun is read as the name. Not before a new office ("Minister of Energy X and Trade
    # Minister Y"), where the capitalised word is a name.
    one_port = (rf"{one_port}(?:\s+[A-Z][a-z]+\b(?=,?\s+and\s+{one_port}(?!\s+(?:{head})\b)))?")
    return _TitleRules(
        re.compile(title),
        # (an office one is chosen for and not yet in is written with "-designate" or "-elect"
        # after it: "Prime Minister-designate X", "President-elect Y")
        re.compile(rf"(?P<title>{title}(?:-(?:designate|elect))?)(?:,)?\s+"
                   rf"(?:(?:{honor})\.?\s+)*(?P<name>{_NAME})"),
        re.compile(rf"^(?:(?:{honor})\.?(?:\s+|$))+"),
        re.compile(rf"(?<![\w-]){mods}(?:(?:{port})\s+)?(?:{head})\b"),
        re.compile(rf"{one_port}(?:(?:,\s*|,?\s+and\s+){one_port})*"),
        re.compile(rf",?\s+(?:(?:H\.\s?E\.|{honor})\.?\s+)*(?P<name>{_NAME})"),
    )


def _country_before(text: str, start: int, places: list[Place]) -> str | None:
    """A demonym or country name right before a title: 'Belarusian Interior Minister'."""
    for p in places:
        # (nothing but a space, an abbreviation's full stop or the bracket of an acronym after
        # the name, "Food and Agriculture Organization (FAO) Director-General", between them:
        # "with the UAE, Prime Minister X said" is no Emirati minister; the comma ends the clause
        # the state is in)
        if p.end <= start and start - p.end <= 2 and p.form != "body" \
                and re.fullmatch(r"[.)]?\s*", text[p.end:start]):
            return p.code
        # "Chile's peace negotiator", "Peru's Foreign Minister": the state's own official
        if p.end <= start and re.fullmatch(r"['’]s\s+", text[p.end:start]) and p.form != "body":
            return p.code
    # "Turkey's European Affairs Minister X": a portfolio the title table does not know between
    # the state's possessive and the title (capitalized words, no other place among them)
    for p in reversed(places):
        if p.end <= start and p.form != "body" and re.fullmatch(
                r"['’]s\s+(?:[A-Z][\w&-]*\s+){1,3}", text[p.end:start]) and not any(
                    p.end <= q.start < start for q in places):
            return p.code
    return None


def _country_inside(span_start: int, span_end: int, places: list[Place]) -> str | None:
    for p in places:
        if span_start <= p.start and p.end <= span_end and p.form != "body":
            return p.code
    return None


def _not_a_name(name: str) -> bool:
    """A state, people, capital or body, not a person; a GeoNames city may be a surname
    ("Clinton")."""
    gaz = gazetteer()
    hit = gaz.lookup.get(name.lower()) or gaz.lookup.get(name)
    return hit is not None and (hit[1] != "city" or name in gaz.exact)


def with_office(person: PersonMention, published: str | None) -> PersonMention:
    """The country and role the officeholders table gives a person on the article's date, where
    the text says neither: a 1987 "Shultz" is the US Secretary of State."""
    if person.country and person.role:
        return person
    term = officeholders().resolve(person.name, published)
    if term is None:
        return person
    return PersonMention(person.start, person.end, person.name, person.role or term.role or None,
                         person.country or term.country,
                         table_role=not person.role and bool(term.role),
                         table_country=not person.country and bool(term.country))


def without_other_holder(person: PersonMention, full: PersonMention | None,
                         published: str | None) -> PersonMention:
    """A surname the officeholders table resolved ("Mr Suleiman" -> Lebanon's Michel Suleiman)
    keeps no state or office from the table when the article names the person in full as
    someone else ("Omar Suleiman"): the surname is that person's, whatever the table says."""
    if not (person.table_role or person.table_country) or len(person.name.split()) > 1 \
            or full is None or len(full.name.split()) < 2:
        return person
    term = officeholders().resolve(person.name, published)
    held = officeholders().resolve(full.name, published)
    if term is None or (held is not None and held.name == term.name):
        return person
    return PersonMention(person.start, person.end, person.name,
                         None if person.table_role else person.role,
                         None if person.table_country else person.country)


def find_people(text: str, offset: int, places: list[Place],
                person_spans: list[tuple[int, int]],
                published: str | None = None) -> list[PersonMention]:
    """People in one sentence. `person_spans` are the model's PERSON entities (relative to
    `text`); titled names are found by pattern too, since the model misses some of them.
    Country and role the text does not give come from the dated officeholders, as of
    `published` (the article's date) when known."""
    return [with_office(p, published)
            for p in _find_people(text, offset, places, person_spans)]


@cache
def _title_words() -> frozenset[str]:
    raw = load_json("titles.json")
    return frozenset(w for phrase in raw["heads"] + raw["portfolios"] for w in phrase.split())


@cache
def office_words() -> frozenset[str]:
    """Words of an office's head or a portfolio, with the portfolio words of long titles
    ("International", "Cooperation"; data/titles.json): none is a word of a person's name."""
    return _title_words() | frozenset(load_json("titles.json")["portfolio_words"])


def _title_word(word: str) -> bool:
    """A word of an office or portfolio ('Affairs', 'Trade'), or of a place (a GeoNames town
    may be a given name: "Chancellor of the Exchequer Nigel Lawson")."""
    return word in _title_words() or word in ("Affairs", "State", "Development", "Cooperation") \
        or _not_a_name(word)


# An office written in lower case right before a name the model found, as British papers
# write it: "Indian oil minister Mani Shankar Aiyar", "Russian president Vladimir Putin",
# "Norway's peace negotiator Erik Solheim". Without it such a person has no role, and a
# visit of theirs reads as a private trip.
_LOWER_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])((?:(?:deputy|vice|foreign|trade|finance|oil|energy|defence|defense|"
    r"interior|economy|agriculture|farm|industry|health|commerce|chief|peace|special)\s+)?"
    r"(?:prime minister|minister|president|premier|chancellor|foreign secretary|"
    r"secretary of state|ambassador|envoy|negotiator|commissioner))\s*,?\s*$")
# A lower-case office of a named body before a name, set off by a comma: "the director-general
# of the Israeli Foreign Ministry, X", "the head of the central bank's ..., X" (the round-21
# audit: such a participant had neither role nor state, and no meeting kept him).
_LOWER_OFFICE_OF_BEFORE = re.compile(
    r"(?<![\w-])[Tt]he\s+((?:(?:deputy|vice|acting)\s+)?(?:director[- ]general|secretary[- ]general|"
    r"director|head|chief|president|chairman|chairwoman|governor|minister|ambassador|"
    r"permanent representative|representative)\s+(?:of|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'’-]*\s+){0,5}[A-Z][\w.&'’-]*)\s*,\s*$")


# An office in news style before a name: "<demonym or state's> <lower-case descriptors> <role
# noun> Name" ("Israeli defence official X", "Egyptian intelligence chief X", "Japan's chief
# negotiator X", "the bank's vice-president X"). The state the text gives is the person's (it
# beats any officeholders-table match by surname), and the phrase is the role. Descriptors are
# lower-case words that are not function words or verbs of the sentence around ("talks with
# Syrian envoy X" keeps only "Syrian envoy").
_NOT_DESCRIPTOR = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "for", "with", "by", "in", "on", "at", "as",
    "from", "into", "his", "her", "its", "their", "our", "who", "whom", "which", "that", "this",
    "said", "says", "told", "met", "meets", "meet", "is", "was", "are", "were", "be", "been",
    "has", "had", "have", "will", "would", "not", "than", "also", "when", "after", "before",
    "while", "where", "said.", "then", "both", "all", "two", "three"})


@cache
def _office_phrase() -> re.Pattern[str]:
    raw = load_json("titles.json")
    nouns = "|".join(re.escape(n) for n in sorted(raw["role_nouns"], key=len, reverse=True))
    honor = "|".join(re.escape(h) for h in sorted(raw["honorifics"], key=len, reverse=True))
    return re.compile(rf"(?P<owner>['’]s)?\s+(?P<role>(?:[a-z][a-z-]*\s+){{0,3}}?(?:{nouns}))"
                      rf",?\s+(?:(?:{honor})\.?\s+)?(?=[{_NAME_UPPER}])")


# The nouns by which a body's head is written before the name ("IMF boss X", "WHO chief X",
# "Fed head X"): the one officer a body's name alone owns.
_BODY_HEADS = frozenset(("boss", "chief", "head", "leader", "chairman", "chairwoman", "president",
                         "director"))
# What lies between a state and a body whose office is the state's: "Pakistan's acting U.N.",
# "Japanese U.N.".
_STATE_BEFORE_BODY = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}")


def _office_in_news_style(text: str, places: list[Place]) -> list[tuple[int, str, str | None]]:
    """(name start, role, state) of each office written "<state> <descriptors> <role noun>"
    right before a capitalised word; the state is a name, alias, demonym or capital (a
    possessive for names and capitals: "Japan's", "Tokyo's"), or none for "the bank's". An
    intergovernmental body owns its head the same way ("IMF boss X", "WHO chief X"), with no
    state: without it a skipped sentence's "IMF boss Rodrigo Rato" names no one, and the
    "He" of the next sentence's meeting has no antecedent (round-23 audit)."""
    out: list[tuple[int, str, str | None]] = []
    states = [p for p in places if p.form in ("name", "alias", "demonym", "capital")]
    owners: list[tuple[int, str | None, str]] = [(p.end, p.code, p.form) for p in states]
    # (not a body a state's office names: "Pakistan's acting U.N. representative X" is
    # Pakistan's envoy to the body, and the text does not make him its officer)
    owners += [(p.end, p.code, p.form) for p in places if p.form == "igo" and not any(
        q.end <= p.start and _STATE_BEFORE_BODY.fullmatch(text, q.end, p.start) for q in states)]
    owners += [(m.end(), None, "possessive") for m in re.finditer(r"\bthe [a-z]+(?=['’]s\s)", text)]
    for end, code, form in owners:
        m = _office_phrase().match(text, end)
        if not m or (form == "possessive" and not m.group("owner")) \
                or (form in ("demonym", "igo") and m.group("owner")):
            continue  # "the bank's" needs its 's; a demonym takes none
        words = m.group("role").split()
        if any(w in _NOT_DESCRIPTOR for w in words[:-1]):
            continue
        if form == "igo" and (len(words) > 1 or words[-1] not in _BODY_HEADS):
            # "EU trade commissioner X", "UN envoy X": a member or an agent, not its head; and
            # "EU foreign policy chief X" heads a portfolio of the body (kept as before: with
            # such a role a speaker "after 12 hours of talks" lost the talks, probes p30)
            continue
        # (the body is no state: "UN envoy X" is not the UN's national, and a state the text
        # or the table gives him stays his)
        out.append((m.end(), m.group("role"), None if form == "igo" else code))
    return out


# The state an office belongs to, after "of": "Minister of Energy of Azerbaijan", "President of
# the Republic of Kazakhstan" (the gazetteer knows the long forms), "Secretary-General of the
# United Nations"; "to" names where an ambassador serves, not whose ambassador he is.
_TITLE_LINK = re.compile(r"\s+(?P<w>of|for|to)\s+(?:the\s+)?")
_TITLE_AND = re.compile(r"\s+and\s+")
# The body an office heads or sits in, between the office and its state: "Chairman of the
# Cabinet of Ministers of Turkmenistan", "Speaker of the National Assembly of X".
_TITLE_BODY = re.compile(r"(?:Cabinet|Council) of Ministers|State Council|(?:[A-Z][a-z]+\s+){0,2}"
                      r"(?:Assembly|Parliament|Senate|Council|Commission|Duma|Majlis|Congress)\b")
# An office after the name: "H.E. Mr X, Ambassador of Y to Z," / "President X of Mauritania".
_OFFICE_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")
_TITLE_APPOSITION = re.compile(r",\s+(?:the\s+)?")
# One capitalised word the person model takes for a name that is a document's or plan's kind.
_NOT_PERSON = re.compile(r"Roadmap|Memorandum|Protocol|Declaration|Charter|Convention|"
                            r"Communiqu[eé]|Programme|Program|Plan|Framework|Initiative|Strategy|"
                            r"Concept|Statement|Minutes")


# A chamber of parliament between a state and the office of its head: "Chilean Senate President
# X", "Italy's National Assembly Speaker X".
_CHAMBER_BEFORE_TITLE = re.compile(r"(?:['’]s)?\s+((?:[A-Z][a-z]+\s+){0,2}(?:Senate|Assembly|Parliament|"
                                   r"Congress|Duma|Majlis|Chamber of Deputies|House of "
                                   r"Representatives))\s+$")


def _chamber_before(text: str, start: int, places: list[Place]) -> tuple[str, str] | None:
    """(state, chamber) written right before an office: the office is the chamber's, and the
    person the state's."""
    for p in places:
        if p.end <= start and p.form in ("name", "alias", "demonym"):
            m = _CHAMBER_BEFORE_TITLE.fullmatch(text, p.end, start)
            if m:
                return p.code, m.group(1)
    return None


def _long_title_end(text: str, start: int, places: list[Place]) -> tuple[int, str | None]:
    """Where an office that starts at `start` ends, and the state its 'of' part names: the
    portfolio and the state are read by what they are (a portfolio word, a gazetteer place), so
    the name after them is not taken for more of the title ("Minister of Energy of Azerbaijan
    Parviz Shahbazov"). Conjoined offices are one title ("Deputy Prime Minister and Minister of
    Finance X")."""
    rules = _title_rules()
    head = rules.head.match(text, start)
    if not head:
        return start, None
    pos, country = head.end(), None
    while True:
        link = _TITLE_LINK.match(text, pos)
        if link:
            q = link.end()
            place = next((p for p in places if p.start == q and p.form != "body"), None)
            if place is not None:
                if link.group("w") != "to" and country is None:
                    country = place.code
                pos = place.end
                continue
            port = rules.portfolios.match(text, q) or _TITLE_BODY.match(text, q)
            if port and link.group("w") != "to":
                pos = port.end()
                continue
        conj = _TITLE_AND.match(text, pos)
        if conj:
            nxt = rules.head.match(text, conj.end())
            if nxt:
                pos = nxt.end()
                continue
        return pos, country


def _long_titled(text: str, places: list[Place]) -> list[tuple[int, int, str, str, str | None]]:
    """(title start, name start, name, title, country) of offices written out in full, with the
    state after the title or before it ("Kazakhstan's Minister of Trade and Integration X"),
    and the name after it, with or without commas ("the President of the Republic of
    Kazakhstan, Kassym-Jomart Tokayev,")."""
    rules = _title_rules()
    out: list[tuple[int, int, str, str, str | None]] = []
    pos = 0
    while True:
        head = rules.head.search(text, pos)
        if not head:
            return out
        end, country = _long_title_end(text, head.start(), places)
        pos = max(end, head.end())
        if end == head.end():
            continue  # a plain title: the general pattern reads it
        after = rules.name_after.match(text, end)
        if not after:
            continue
        name = _trim_name(after.group("name"))
        if not name or _not_a_name(name):
            continue
        country = country or _country_before(text, head.start(), places)
        out.append((head.start(), after.start("name"), name, text[head.start():end], country))


# The office of an apposition after a name, its owner told first: "<state's | demonym | body>
# <up to three descriptors> <role noun>", the apposition ending there ("X, Japan's foreign
# minister, said", "X, the Polish Deputy Prime Minister.").
_APPOSITION_ROLE_END = re.compile(r"\s*(?:[,.;:)]|$)")


@cache
def _appositive_role() -> re.Pattern[str]:
    raw = load_json("titles.json")
    nouns = sorted(set(raw["role_nouns"]) | {h.lower() for h in raw["heads"]}, key=len,
                   reverse=True)
    alts = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\s*(?P<role>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?i:{alts}))\b")


@cache
def _office_bodies() -> tuple[tuple[str, str], ...]:
    raw = load_json("titles.json")["office_bodies"]
    return tuple(sorted(raw.items(), key=lambda kv: len(kv[0]), reverse=True))


def _owned_office_after(text: str, start: int, places: list[Place]) -> tuple[str, str] | None:
    """(role, owner) of an apposition that opens at `start` with its owner: a state's name or
    capital with "'s", a demonym, an organization, or an organization's institution
    (`office_bodies`: "the European Commission Vice-President" is an EU official), then the
    office, and nothing after it but the apposition's end. The owner is the state or
    organization the person serves, as a title before the name gives it ("Polish Deputy Prime
    Minister X"); None for any other apposition ("X, the chief executive of Fiat,")."""
    owner: tuple[int, str] | None = None
    for p in places:
        if p.start != start or p.form not in ("name", "alias", "capital", "demonym", "igo"):
            continue
        poss = re.match(r"['’]s\s+", text[p.end:])
        if p.form in ("name", "alias", "capital") and poss:
            owner = (p.end + poss.end(), p.code)
        elif p.form in ("demonym", "igo") and not poss:
            owner = (p.end, p.code)
    if owner is None:
        body = next(((b, code) for b, code in _office_bodies() if text.startswith(b, start)), None)
        if body is not None:
            owner = (start + len(body[0]), body[1])
    if owner is None:
        return None
    m = _appositive_role().match(text, owner[0])
    if not m or not _APPOSITION_ROLE_END.match(text, m.end()):
        return None
    if any(w.lower() in _NOT_DESCRIPTOR for w in m.group("role").split()):
        return None
    return m.group("role"), owner[1]


def _office_after(text: str, offset: int, places: list[Place],
                  person: PersonMention) -> PersonMention:
    """The office or state written after a name the title before did not complete: "H.E. Mr X,
    Ambassador of Uzbekistan to Japan," (role and state), "President X of Mauritania" (state)."""
    if person.role and person.country:
        return person
    end = person.end - offset
    role, country = person.role, person.country
    appo = _TITLE_APPOSITION.match(text, end)
    head = _title_rules().head.match(text, appo.end()) if appo else None
    # ("Sheikh X, President of the UAE,": a courtesy title before the name is no office)
    if head and (not role or role == "Sheikh"):
        stop, of_state = _long_title_end(text, head.start(), places)
        role, country = text[head.start():stop], country or of_state
    elif appo and (owned := _owned_office_after(text, appo.end(), places)) is not None:
        # "X, the European Commission Vice-President,", "X, Japan's foreign minister,"
        role, country = role or owned[0], country or owned[1]
    elif role and not country:
        link = _OFFICE_OF_AFTER.match(text, end)
        place = next((p for p in places if link and p.start == link.end()
                      and p.form in ("name", "alias")), None)
        country = place.code if place else None
    if (role, country) == (person.role, person.country):
        return person
    return PersonMention(person.start, person.end, person.name, role, country)


# A capitalised particle that goes on a name, not begins one: the person model may cut
# "Mohamed Salem Ould Merzoug", "Tamim bin Hamad Al Thani" into two names at it.
_PARTICLE_CONTINUES_NAME = re.compile(r"(?:Ould|Ben|Bin|Ibn|Al|El|Van|Von|Da|Dos|De|Del)\s")


# The capitalised word after a name the model ended on a particle ("Ursula von der" + "Leyen",
# "Ursula von" + "der Leyen"), through the lower-case particles between.
_SURNAME_AFTER_PARTICLE = re.compile(r"(?: (?:der|den|de|del|della|la|le|du|da|dos|das))*"
                                     r" (?P<surname>[A-Z][\w'’-]+)")


def _rejoined_at_particles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's names joined where one ends right before another that a particle opens, and
    carried on to the capitalised word after a name the model ended on a particle, which no
    name does ("EU Commission president Ursula von der Leyen": the model's "Ursula von der")."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and text[out[-1][1]:a] == " " and _PARTICLE_CONTINUES_NAME.match(text, a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    for k, (a, b) in enumerate(out):
        words = text[a:b].split()
        after = _SURNAME_AFTER_PARTICLE.match(text, b)
        if len(words) > 1 and _NAME_PARTICLE_WORDS.fullmatch(words[-1]) and words[-1].islower() \
                and after is not None:
            out[k] = (a, after.end())
    # (a span of the model's inside one carried on is part of it)
    return [(a, b) for k, (a, b) in enumerate(out)
            if not any(c < a < d for c, d in out[:k])]


@cache
def _surname_heads() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_json("titles.json")
    return frozenset(raw["surname_heads"]), frozenset(raw["not_surnames"])


def _surname_after_leader_office(text: str, title_start: int, title: str, name: str) -> bool:
    """A leader or minister named by office and surname alone ("President Ruto", "Prime Minister
    Kaja of Estonia", "Foreign Secretary Cleverly"), which the NER model misses for names it
    does not know: the surname is a person unless it is a street, building or day ("President
    Street") or the office is a company's or club's (a capitalised non-place word before it:
    "Acme Group President Okafor")."""
    heads, not_surnames = _surname_heads()
    if title not in heads or name in not_surnames or name in _title_words() \
            or name.isupper() or len(name) < 3:
        return False
    before = re.search(r"(\S+)\s+$", text[:title_start])
    if before and before.start(1) > 0 and before.group(1)[0].isupper():
        word = re.sub(r"(?:'s|’s|')$", "", before.group(1).strip(",;:"))
        # (a state before the office is its state: "Kenyan President Ruto", "Chile's")
        return _not_a_name(word) or word in ("U.S.", "US", "UK", "U.K.")
    return True


def _find_people(text: str, offset: int, places: list[Place],
                 person_spans: list[tuple[int, int]]) -> list[PersonMention]:
    person_spans = _rejoined_at_particles(text, person_spans)
    rules = _title_rules()
    found: dict[tuple[int, int], PersonMention] = {}
    gaz = gazetteer()
    long_spans = []  # (title start, name end) of the offices written out in full
    for t_start, start, name, title, country in _long_titled(text, places):
        found[(start, start + len(name))] = PersonMention(start + offset, start + len(name) + offset,
                                                         name, title, country)
        long_spans.append((t_start, start + len(name)))
    for m in rules.person_after_title.finditer(text):
        if any(a <= m.start("name") < b or a <= m.start("title") < b for a, b in long_spans):
            continue  # read whole above
        name = _trim_name(m.group("name"))
        if not name or _not_a_name(name):
            continue
        title, start = m.group("title"), m.start("name")
        confirmed = any(a <= start < b for a, b in person_spans)
        given = re.search(r"\s(?:for|of)\s.*\b([A-Z][a-z]+)$", title)
        # (also where the model's person begins at that given name: "Chancellor of the
        # Exchequer Nigel Lawson", the model's "Nigel Lawson")
        given_named = given is not None and any(
            a <= m.start("title") + given.start(1) < b for a, b in person_spans)
        if len(name.split()) < 2 and (not confirmed or given_named) and given \
                and not _title_word(given.group(1)):
            # "Secretary of State for African Affairs Molly Phee": the title's 'of' part took
            # the given name
            title, start = title[:given.start(1)].rstrip(), m.start("title") + given.start(1)
            name = _trim_name(text[start:m.end("name")])
        if len(name.split()) < 2 and not confirmed \
                and not _surname_after_leader_office(text, m.start(), title, name):
            continue  # "Secretary Interior", "DG Cybercrime": a title and a portfolio
        country = (_country_before(text, m.start(), places)
                   or _country_inside(m.start("title"), m.end("title"), places))
        chamber = None if country else _chamber_before(text, m.start(), places)
        if chamber:  # "Chilean Senate President X": the chamber's president, of Chile
            country, title = chamber[0], f"{chamber[1]} {title}"
        found[(start, start + len(name))] = PersonMention(start + offset, start + len(name) + offset,
                                                         name, title, country)
    for start, office, state in _office_in_news_style(text, places):
        named = re.match(_NAME, text[start:])
        name = _trim_name(named.group(0)) if named else ""
        if not name or _not_a_name(name):
            continue
        if len(name.split()) < 2 and not any(a <= start < b for a, b in person_spans):
            continue  # "Syrian officials Friday": a capitalised word, not a name
        span = (start, start + len(name))
        same = next((k for k in found if k[0] <= start < k[1]), None)
        if same is not None:  # a title found above: fill what it lacks
            old = found[same]
            found[same] = PersonMention(old.start, old.end, old.name, old.role or office,
                                        old.country or state)
            continue
        found[span] = PersonMention(start + offset, span[1] + offset, name, office, state)
    for a, b in person_spans:
        if any(x <= a < y or x < b <= y for x, y in found):
            continue
        joined = re.search(r"\b[A-Z][a-z]+-$", text[max(0, a - 20):a])
        if joined:  # "Yunus-Bek Yevkurov": the model's span began after the hyphen
            a -= len(joined.group(0))
        name = _trim_name(rules.honorific.sub("", text[a:b]).strip())
        if not name or not name[0].isupper() or _not_a_name(name):
            continue
        if " " not in name and (_NOT_PERSON.fullmatch(name) or name in _title_words()):
            continue  # the model's "Roadmap", "Councilor": a document or an office alone
        # Country and role from the words right before: "Belarusian President X".
        left = text[max(0, a - 60):a]
        tm = re.search(rf"({_title_rules().title.pattern})\s*,?\s*$", left) \
            or _LOWER_OFFICE_BEFORE.search(left)
        of_body = None if tm else _LOWER_OFFICE_OF_BEFORE.search(text[max(0, a - 90):a])
        role = tm.group(1) if tm else of_body.group(1) if of_body else None
        country = _country_before(text, a - (len(left) - tm.start(1)) if tm else a, places)
        if of_body and not country:  # (the state inside the body's name: "Israeli")
            country = _country_inside(a - (min(a, 90) - of_body.start(1)),
                                      a - (min(a, 90) - of_body.end(1)), places)
        found[(a, b)] = PersonMention(a + offset, b + offset, name, role, country)
    # Any possessive before it: the pronoun says who the other side is, not which state
    # the counterpart serves ("her Philippine counterpart X", "their Swedish counterpart X").
    counterpart = re.compile(r"\b(?:his|her|their) (?P<dem>\w+) counterpart,?\s+(?P<name>"
                             + _NAME + ")")
    out = [_office_after(text, offset, places, p) for p in found.values()]
    for m in counterpart.finditer(text):
        hit = gaz.lookup.get(m.group("dem").lower()) or gaz.lookup.get(m.group("dem"))
        name = _trim_name(m.group("name"))
        if hit and name:
            out = [p for p in out if p.name != name]
            out.append(PersonMention(m.start("name") + offset, m.start("name") + len(name) + offset,
                                     name, "counterpart", hit[0]))
    return sorted(out, key=lambda p: p.start)


def find_unnamed_roles(text: str, offset: int, places: list[Place],
                       named: list[PersonMention]) -> list[PersonMention]:
    """Offices named without a name: "Belarusian Internal Affairs Minister exchanged ..."
    (name ""): consolidation resolves them to the person other reports give that office."""
    rules = _title_rules()
    out = []
    for m in rules.title.finditer(text):
        after = text[m.end():m.end() + 40]
        if re.match(r",?\s+(?:Senator\s+|Dr\.?\s+)?[A-Z][a-z]", after) or any(
                p.start - offset <= m.end() <= p.end - offset + 1 for p in named):
            continue  # a name follows: not unnamed
        country = _country_before(text, m.start(), places)
        if country and len(m.group(0).split()) >= 2:
            out.append(PersonMention(m.start() + offset, m.end() + offset, "", m.group(0), country))
    return out


_NOT_NAME_TAIL = re.compile(r"\s+(?:(?:On|In|At|And|The|Of|For|With|During|After|Said|Says|Told)"
                            r"\b.*)$")


_NOT_NAME_WORDS = re.compile(
    r"\b(?:Academy|Force|Forces|Ministry|Authority|Committee|Agency|Police|Office|Bank|"
    r"Council|Commission|Sign|Signs|Accords?|Agreements?|Treaty|MoUs?|Deal|Pact|News|Media|"
    r"Post|Group|Party|Government|State|University|Company|Corporation|Organization)\b")


_LEADING_TITLE_WORDS = frozenset({"Secretary", "General", "Minister", "President", "Premier",
                                  "Chairman", "Chancellor", "Ambassador", "Envoy", "Deputy",
                                  "Vice", "Prime", "Foreign", "Defence", "Defense", "Finance"})


def _trim_name(name: str) -> str:
    name = re.sub(r"(?:'s|’s|')$", "", name.strip()).rstrip("-")
    name = _NOT_NAME_TAIL.sub("", name)
    if _NOT_NAME_WORDS.search(name):
        return ""
    tokens = name.split()
    gaz = gazetteer()
    # A name does not end in a place or a title word ("Shehbaz Sharif Islamabad").
    def is_country(token: str) -> bool:
        hit = gaz.lookup.get(token)
        return hit is not None and hit[1] in ("name", "alias", "demonym")  # not "Mendoza"

    while tokens and (is_country(tokens[-1]) or tokens[-1] in ("Minister", "President")):
        tokens.pop()
        if len(tokens) > 1 and tokens[-1] in ("of", "from"):
            tokens.pop()  # "Manaspas Xuto of Thailand": the state the person is from
    # ... and is no street or building named after a person ("Sheikh Zayed Road", "King Fahd
    # Hospital"), nor runs into a day ("Prime Minister Kaja Monday")
    if tokens and tokens[-1] in _surname_heads()[1] and not re.fullmatch(
            r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
            r"July|August|September|October|November|December", tokens[-1]):
        return ""
    # ... nor begins with the tail of a title ("General Secretary Nguyen Phu Trong" read from
    # "Secretary"): an office word followed by a name is no part of the name.
    while len(tokens) > 2 and tokens[0] in _LEADING_TITLE_WORDS:
        tokens.pop(0)
    # Four words at most, particles not counted ("Luiz Inácio Lula da Silva").
    kept, words = [], 0
    for token in tokens:
        words += not _NAME_PARTICLE_WORDS.fullmatch(token)
        if words > 4:
            break
        kept.append(token)
    tokens = kept
    while tokens and (_NAME_PARTICLE_WORDS.fullmatch(tokens[-1]) or tokens[-1] in ("of", "from")):
        tokens.pop()  # a name does not end in a particle, nor in the "of" of "X of\nGhana"
    return " ".join(tokens) if tokens else ""


# ------------------------------------------------------------------ bodies

@dataclass(frozen=True)
class _BodyRules:
    ministries: dict[str, dict[str, object]]
    ministry_word: re.Pattern[str]
    named_body: re.Pattern[str]
    generic_pair: re.Pattern[str]
    company: re.Pattern[str]
    government: re.Pattern[str]


@cache
def _body_rules() -> _BodyRules:
    raw = load_json("ministries.json")
    words = sorted({w for m in raw["ministries"].values() for w in m["words"]}, key=len,
                   reverse=True)
    wordre = "|".join(re.escape(w) for w in words)
    heads = "|".join(re.escape(h) for h in raw["body_heads"] + raw["organization_heads"])
    named = (rf"(?:[A-Z][\w.&'’-]*\s+){{0,6}}(?:{heads})"
             rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|and)(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the)){{0,8}})?")
    generic = (rf"(?:the\s+)?(?:two\s+|respective\s+|both\s+)?(?P<w>{wordre})\s+ministries"
               r"(?:\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|states|nations))?")
    company = "|".join(re.escape(h) for h in raw["company_heads"])
    gov = "|".join(re.escape(h) for h in raw["body_heads"])
    return _BodyRules(raw["ministries"], re.compile(rf"\b(?:{wordre})\b", re.I),
                      re.compile(named), re.compile(generic, re.I),
                      re.compile(rf"\b(?:{company})\b\.?$"), re.compile(rf"\b(?:{gov})\b"))


def ministry_for(words: str) -> tuple[str, list[str]] | None:
    rules = _body_rules()
    w = words.lower().strip()
    for entry in rules.ministries.values():
        if w in entry["words"]:  # type: ignore[operator]
            return str(entry["name"]), list(entry["topics"])  # type: ignore[call-overload]
    return None


def body_type(name: str) -> str:
    rules = _body_rules()
    known = gazetteer().body(name)
    if known:
        return known.type
    head = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)
    if len(head) > 1 and rules.government.search(head[0]) and not rules.company.search(head[0]):
        # "Ministry of Energy", "Department of Petroleum": the head before "of" says what the
        # body is; the field after it may end in a company word ("Energy", "Oil")
        return "government_body"
    if rules.company.search(name):
        return "company"
    if rules.government.search(name) or re.search(r"\bgovernment\b", name, re.I):
        return "government_body"
    return "organization"


def body_topics(name: str) -> list[str]:
    known = gazetteer().body(name)
    if known:
        return list(known.topics)
    m = re.search(r"ministr(?:y|ies)\s+of\s+(?:the\s+)?([\w ]+?)(?:\s*\(|$)", name, re.I) or \
        re.search(r"([\w ]+?)\s+ministr", name, re.I)
    if m:
        hit = ministry_for(m.group(1))
        if hit:
            return hit[1]
    return []


_POSSESSIVE = re.compile(r"^(?P<c>[A-Z][\w.'’ -]*?)(?:'s|’s|')\s+(?P<rest>.+)$")


@cache
def _state_lender() -> re.Pattern[str]:
    """The name of a state's development lender or export-credit agency (ministries.json
    state_lender): one of its words, then one of its heads ending the name."""
    raw = load_json("ministries.json")["state_lender"]
    words = "|".join(re.escape(w) for w in sorted(raw["words"], key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in raw["heads"])
    return re.compile(rf"^(?:[A-Z][\w'’-]*\s+){{0,4}}?(?:[\w-]*(?:{words})[\w-]*\s+)"
                      rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{heads})$"
                      rf"|^(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{heads})\s+(?:for|of)\s+"
                      rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{words})(?:\s+[A-Z][\w'’-]*){{0,3}}$")


# what follows a body's name in a clause ("China's Exim Bank will lend"): the first word that
# is neither capitalized nor a link inside a name ("Fund for Arab Economic Development")
_AFTER_NAME = re.compile(r"\s+(?!(?:(?:of|for|and|the)\s+)*[A-Z0-9])\S.*$")


# A time word after a name is the clause's adverb, not part of the name: "a visa agreement
# with the EU later this year", "a deal with Nato soon", "talks with Mercosur early next year".
_TIME_WORD_AFTER_NAME = re.compile(
    r"(?<=[A-Za-z0-9])\s+(?:later|earlier|soon|shortly|early|next|last|this)\b(?:\s+[a-z].*)?$")


def actor_from_phrase(phrase: str, places: list[Place]) -> Actor | None:
    """One party phrase ("Pakistan's Ministry of Overseas Pakistanis", "Biełpošta",
    "the Belarusian Foundation for ...") -> an Actor with its country and type."""
    gaz = gazetteer()
    # (quotation marks around or after a name are not part of it: 'the IMF".')
    text = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,.;:\"'“”‘’«»"), flags=re.I)
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text)  # "(SMEDA)"
    text = re.sub(r"\s+(?:for|in|from)\s+\d{4}.*$", "", text)  # "... for 2025-2027"
    text = _TIME_WORD_AFTER_NAME.sub("", text)
    if not text:
        return None
    hit = gaz.lookup.get(text) or gaz.lookup.get(text.lower())
    if not hit and re.search(r"\b[A-Z]\.[A-Z]$", text) and phrase.rstrip().endswith("."):
        # ("an agreement with the U.S.": the abbreviation's last period, stripped above as
        # the sentence's, is part of the name the gazetteer knows)
        hit = gaz.lookup.get(f"{text}.")
    # (an acronym the article defines is what the sentence's places say it is: "IDB" after
    # "the Islamic Development Bank (IDB)")
    hit = next(((p.code, p.form) for p in places if p.text == text and p.form == "igo"), hit)
    described = re.match(r"^(?:[a-z][\w-]*\s+){1,3}([A-Z][^,;]*)$", text)
    if not hit and described:  # "neighbouring Benin", "oil-rich Brunei"
        named = gaz.lookup.get(described.group(1))
        hit = named if named and named[1] in ("name", "alias") else None
    if hit and hit[1] in ("name", "alias", "capital"):
        return Actor(gaz.name(hit[0]), hit[0], "state")
    if hit and hit[1] == "igo":
        return Actor(gaz.name(hit[0]), hit[0], "international_organization")
    described_igo = re.match(r"^(.+?)\s+of\s+(?=[a-z])", text) if not hit else None
    igo_hit = gaz.lookup.get(described_igo.group(1)) if described_igo else None
    if igo_hit and igo_hit[1] == "igo":
        # "the Paris Club of western government creditors": the organization, described
        return Actor(gaz.name(igo_hit[0]), igo_hit[0], "international_organization")
    if hit and hit[1] == "city" and gaz.lookup.get(text) == hit:
        # "a ferry link between Piraeus and Alexandria": a city (not a capital, which stands
        # for its state above) is a place, never a party; it is no organization either
        return None
    dm = re.match(r"^([A-Z][\w'’-]+)\s+(?:government|authorities)$", text)
    dhit = gaz.lookup.get(dm.group(1)) if dm else None
    if dhit and dhit[1] == "demonym":
        # "the Ruritanian government": the state itself, as "the government of Ruritania" is
        return Actor(gaz.name(dhit[0]), dhit[0], "state")
    m = re.match(r"^(?:the\s+)?governments?\s+of\s+(.+)$", text, re.I)
    if m:
        return actor_from_phrase(m.group(1), places)
    country: str | None = None
    rest = ""  # the name after its state ("Exim Bank" in "China's Exim Bank")
    poss = _POSSESSIVE.match(text)
    if poss:
        c = gaz.lookup.get(poss.group("c")) or gaz.lookup.get(poss.group("c").lower())
        if c and (c[1] != "city" or poss.group("c") in gaz.exact):
            country, text = c[0], poss.group("rest")
            rest = text
    if country is None:
        first = text.split(" ", 1)
        c = gaz.lookup.get(first[0]) or gaz.lookup.get(first[0].lower())
        if c and c[1] in ("demonym", "name", "alias") and len(first) > 1:
            country = c[0]
            rest = first[1]
            # "Belarusian Foundation ..." keeps its name; "Pakistani Ministry of X" loses the
            # demonym, which is not part of the ministry's name.
            if first[1].startswith("Ministry") or first[1][0].islower():
                text = first[1]
    if country is None:
        rel = [p for p in places if p.form != "body"]
        for p in rel:
            if p.text in text and p.form in ("name", "alias", "demonym", "capital"):
                country = p.code
                break
    known = gaz.body(text) or (gaz.body(text.split(" ", 1)[1]) if " " in text else None)
    # (the name only, not the verb a clause's subject runs into: "China's Exim Bank will")
    rest = _AFTER_NAME.sub("", rest)
    if not known and country and rest and not country.startswith("IGO:"):
        # "China's Exim Bank", "the Indian Exim Bank": the table's "China Exim Bank" or
        # "Export-Import Bank of India" under the state's own name
        known = next((k for k in (gaz.body(f"{gaz.name(country)} {rest}"),
                                  gaz.body(f"{rest} of {gaz.name(country)}"))
                      if k and k.country == country), None)
    if known:
        return Actor(known.name, known.country or country, known.type)
    if country and rest and not country.startswith("IGO:") and _state_lender().search(rest):
        # a development lender or export-credit agency named after its state is one of that
        # state's government bodies ("Ruritania's Export Development Fund")
        return Actor(rest if text == rest else _AFTER_NAME.sub("", text), country,
                     "government_body")
    if not text[0].isupper() and not re.search(r"\b(ministr|fund|authority|committee|chamber)",
                                               text, re.I):
        return None
    return Actor(text, country, body_type(text))


def split_pair(phrase: str) -> list[str]:
    """'A and B' -> [A, B], splitting at the 'and' that starts a new name: one followed by an
    article, a country or a possessive, not the 'and' inside 'Chamber of Industry and Trade'."""
    gaz = gazetteer()
    candidates = []
    for m in re.finditer(r"\s+(?:and|as well as|&)\s+", phrase):
        right = phrase[m.end():]
        first = re.match(r"[\w’'.-]+", right)
        word = first.group(0) if first else ""
        base = re.sub(r"(?:'s|’s)$", "", word)
        hit = gaz.lookup.get(base) or gaz.lookup.get(base.lower())
        starts_name = word.lower() in ("the", "its", "their") or bool(
            hit and (hit[1] != "city" or base in gaz.exact))
        candidates.append((starts_name, m))
    good = [m for ok, m in candidates if ok]
    if good:
        parts, pos = [], 0
        for m in good:
            parts.append(phrase[pos:m.start()])
            pos = m.end()
        parts.append(phrase[pos:])
        return [p for p in (x.strip() for x in parts) if p]
    if len(candidates) == 1:
        m = candidates[0][1]
        return [phrase[:m.start()].strip(), phrase[m.end():].strip()]
    return [phrase.strip()]


_STATE_FORMS = ("name", "alias", "demonym")
# A person or a paper of the ministry, who speaks or reports for it: "Chinese Foreign Ministry
# spokesman X told a briefing that the ministers had signed" names no signing ministry.
_OF_MINISTRY = (r"(?:spokes\w+|officials?|officers?|sources?|statements?|website|"
                r"representatives?|secretary|director|head|chief|staff|document)\b")


def states_ministries(text: str) -> list[tuple[str, str]]:
    """The ministries a phrase names by their states, as (canonical name, state code): "Sri
    Lanka's finance ministry", "the Kenyan health ministry", "the ministries of health of Kenya
    and Uganda", "the health ministries of Kenya and Uganda". A ministry is a government body of
    its state (GUIDE), not the state itself."""
    rules = _body_rules()
    gaz = gazetteer()
    wordre = rules.ministry_word.pattern
    out: list[tuple[str, str]] = []
    # (ministry_word is "\b(?:...)\b": its words are the group of both forms below)
    plural = re.search(rf"ministries\s+of\s+(?P<w>{wordre})\s+of\s+(?P<rest>.+)|"
                       rf"(?P<w2>{wordre})\s+ministries\s+of\s+(?P<rest2>.+)", text, re.I)
    if plural:
        hit = ministry_for(plural.group("w") or plural.group("w2"))
        rest = plural.group("rest") or plural.group("rest2")
        rest = re.split(r"[,;]\s+(?!and\b)|\s+(?:signed|agreed|have|has|will|to)\b", rest)[0]
        codes = [p.code for p in gaz.find(rest)
                 if p.form in _STATE_FORMS and not p.code.startswith("IGO:")]
        if hit and len(codes) >= 2:
            return [(f"{hit[0]} ({gaz.name(c)})", c) for c in dict.fromkeys(codes)]
    for place in gaz.find(text):
        if place.form not in _STATE_FORMS or place.code.startswith("IGO:"):
            continue
        m = re.match(rf"(?:'s|’s)?\s+(?P<w>{wordre})\s+(?i:ministry)\b(?!['’]s)(?!\s+{_OF_MINISTRY})",
                     text[place.end:], re.I)
        hit = ministry_for(m.group("w")) if m else None
        if hit and place.code not in {c for _, c in out}:
            out.append((f"{hit[0]} ({gaz.name(place.code)})", place.code))
    return out


def generic_ministries(text: str) -> list[tuple[int, int, str, list[str]]]:
    """'the interior ministries (of the two countries)' -> (start, end, name, topics)."""
    out = []
    for m in _body_rules().generic_pair.finditer(text):
        hit = ministry_for(m.group("w"))
        if hit:
            out.append((m.start(), m.end(), hit[0], hit[1]))
    return out

