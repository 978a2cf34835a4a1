"""False events of the round-26 audit's background and domestic class (branch evreal13): a
person the article gives no state and no office holding talks with one state's leader, when the
only other state is a topic ("the Afghanistan war"), is that state's own meeting; accession or
membership talks that no one named sits at and no day dates are the process of joining.
Articles invented. A visitor the article names with his state, and
accession talks of two named ministers, keep their event."""

_PARTY_LEADER = (
    "Greens leader to tour northern towns\n\nMargaret Doyle is set to speak to farmers in "
    "Yorkshire next week as part of her campaign to win back rural voters across Britain.\n\n"
    "The Green Party leader will criticise the handling of the Afghanistan war. Ms Doyle said "
    "the war in Afghanistan had cost Britain too much and that voters were angry about it. Ms "
    "Doyle held talks with Tony Blair on Thursday over plans to cut Britain's farm subsidies. "
    "She said afterwards that the Prime Minister had listened to her concerns.\n")


def test_a_stateless_party_leader_with_the_prime_minister_is_a_domestic_meeting(extract):
    # (main: "Talks of United Kingdom and Afghanistan", the war's state as the other side)
    assert extract(_PARTY_LEADER, published="2005-02-12").events == []


def test_a_visitor_named_with_his_state_keeps_the_talks(extract):
    lavrov = ("Russia seeks help on visas\n\nRussian Foreign Minister Sergei Lavrov arrived in "
              "London on Wednesday for a two-day stay. Mr Lavrov held talks with Tony Blair on "
              "Thursday over plans to ease visa rules. Britain and Russia have argued over visas "
              "for years.\n")
    talks = [e for e in extract(lavrov, published="2005-02-12").events
             if e.kind.value == "talks"]
    assert [sorted(p.name for p in e.participants) for e in talks] == [
        ["Sergei Lavrov", "Tony Blair"]]
    sato = ("Japan asks for rice talks\n\nKenji Sato, Japan's vice minister for agriculture, "
            "arrived in London on Wednesday. Mr Sato held talks with Tony Blair on Thursday over "
            "plans to open rice markets. Britain and Japan have argued over rice for years.\n")
    assert any(e.kind.value == "talks" for e in extract(sato, published="2005-02-12").events)


def test_membership_talks_with_two_applicants_are_a_process(extract):
    text = ("Bhutan and Laos in customs talks\n\nThe World Customs Organisation (WCO) is to hold "
            "membership talks with both Bhutan and Laos.\n\nJoining the body is a long process. "
            "Bhutan's trade minister welcomed the move.\n")
    assert extract(text, published="2005-02-12").events == []


def test_accession_talks_of_named_ministers_on_a_day_stay(extract):
    text = ("BRUSSELS, March 3 - Serbian Foreign Minister Ivica Dacic held accession talks with "
            "European Union enlargement commissioner Olli Rehn in Brussels on Monday, officials "
            "said.\n")
    (talks,) = extract(text, published="2005-03-03").events
    assert sorted(p.name for p in talks.participants) == ["Ivica Dacic", "Olli Rehn"]
