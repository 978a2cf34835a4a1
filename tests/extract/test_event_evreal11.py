"""False events of the round-26 audit's business and domestic class (branch evreal11): a meeting
"between <state>'s <firm> and <state>'s <firm>" (the states own the firms, their officials do
not meet), a meeting owned by traders or dealers ("... at the end of their meeting"), a meeting
with a party's members ("a meeting with Republicans"). Articles invented. People named with
their states, public bodies and ministers ending their own meeting keep the event."""
from accords.annotate.context import nlp
from accords.annotate.gazetteer import Place
from accords.annotate.syntax import Parse
from accords.extract.event_firms import owned_firms_between, private_holders
from accords.extract.event_sides import private_side


def _parse(text: str) -> Parse:
    return Parse.of(nlp()(text))


def test_a_meeting_between_two_states_firms_is_no_event(extract):
    ex = extract("LISBON, May 6 - Portuguese and Greek marble quarries have\nagreed to a joint "
                 "floor price for export blocks, the\nPortuguese news agency said.\n    The "
                 "price was set during a meeting here last week\nbetween Portugal's Pedreiras "
                 "Unidas do Alentejo (PUA) and\nGreece's Lithomarmara to review the market.\n"
                 " REUTER")
    assert ex.events == []


def test_traders_and_dealers_ending_their_meeting_is_no_event(extract):
    ex = extract("VIENNA, Oct 8 - European timber dealers and brokers\nmay propose new grading "
                 "rules for International Tropical Timber\nOrganization (ITTO) export quotas at "
                 "the end of their meeting\nhere this week, dealers told Reuters.\n REUTER")
    assert ex.events == []


def test_a_meeting_with_a_partys_members_has_a_private_side():
    # (the whole invented article gives no event on main either: its people have no state)
    text = ("During a meeting with Democrats at the presidential palace, Ms Mendes told "
            "reporters the cuts would stand.")
    assert private_side(text, _parse(text))
    both = "During a meeting with Democrats and the French ambassador, Ms Mendes spoke."
    assert not private_side(both, _parse(both))


def _places(text: str, *names: str) -> list[Place]:
    return [Place(text.index(n), text.index(n) + len(n), n, "XXX", "name") for n in names]


def test_owned_firms_between_reads_firms_not_people_or_bodies():
    firms = "They met at a meeting between Portugal's Lusomar (LM) and Greece's Lithomarmara."
    assert owned_firms_between(firms, _places(firms, "Portugal", "Greece"))
    people = "They spoke at a meeting between Portugal's Rui Costa and Greece's Eleni Pappas."
    start = people.index("Rui")
    assert not owned_firms_between(people, _places(people, "Portugal", "Greece"),
                                   [(start, start + len("Rui Costa")),
                                    (people.index("Eleni"), people.index("Eleni") + 12)])
    bodies = ("They spoke at a meeting between Portugal's Foreign Ministry and Greece's "
              "Finance Ministry.")
    assert not owned_firms_between(bodies, _places(bodies, "Portugal", "Greece"))
    one = "The price was set at a meeting between Lusomar and Greece's Lithomarmara."
    assert not owned_firms_between(one, _places(one, "Greece"))


def test_private_holders_reads_the_owner_of_the_meeting():
    traders = ("Grain traders and dealers will set new rules at the end of their meeting "
               "in Rotterdam this week.")
    assert private_holders(traders, _parse(traders))
    ministers = ("Finance ministers of the two states will set new rules at the end of "
                 "their meeting in Rotterdam this week.")
    assert not private_holders(ministers, _parse(ministers))
    federation = "The European grain trade federation meeting began in Rotterdam today."
    assert private_holders(federation, _parse(federation))
    reported = ("The minister will meet the envoy on Monday, bankers said, after their "
                "meeting last month.")
    assert not private_holders(reported, _parse(reported))
    committee = "The council will discuss the rules at an executive committee meeting in June."
    assert not private_holders(committee, _parse(committee))
    cabinet = "The cabinet meeting began in Rotterdam today."
    assert not private_holders(cabinet, _parse(cabinet))
