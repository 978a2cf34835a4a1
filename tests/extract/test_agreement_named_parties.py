"""A generic instrument ("agreement", "memorandum of understanding") whose own clause names
its parties and tells a stage is an instrument without a topic word; a bare one is not."""


def test_a_generic_agreement_signed_by_named_states_needs_no_topic(extract) -> None:
    ex = extract("VIENNA, March 3, 2026 - The ministers praised the canal project run under the "
                 "intergovernmental agreement signed by Austria, Hungary and Slovakia in 2019, "
                 "which Croatia hopes to join.")
    # (the project run under it tells a second stage, implemented: agstatus4)
    assert [sorted(m.countries) for m in ex.agreements] == [["AUT", "HUN", "SVK"]] * 2
    assert [m.status.value for m in ex.agreements] == ["signed", "implemented"]


def test_a_memorandum_signed_with_a_demonym_government_names_both_sides(extract) -> None:
    ex = extract("LONDON, May 4, 2026 - Norway's development agency said the grants would be paid "
                 "under a five-year memorandum of understanding it signed with the Zambian "
                 "government last year.")
    assert [sorted(m.countries) for m in ex.agreements] == [["NOR", "ZMB"]]


def test_a_bare_agreement_with_no_named_parties_still_needs_its_topic(extract) -> None:
    ex = extract("PARIS, May 4, 2026 - Officials of Spain and Portugal said the agreement was "
                 "signed on Monday.")
    assert ex.agreements == []
    ex = extract("PARIS, May 4, 2026 - Spain and Portugal said they had agreed.")
    assert ex.agreements == []


def test_the_two_countries_as_signers_are_the_articles_two_states(extract) -> None:
    from accords.annotate.entities import actor_from_phrase
    assert actor_from_phrase("the Zambian government", []).country == "ZMB"
    ex = extract("OSLO, May 4, 2026 - Norway and Sweden held talks on Tuesday.\nNorway wants "
                 "Sweden to share more data. They will replace the treaty on fishing in the "
                 "Skagerrak signed by the two countries in 1998.")
    assert [(sorted(m.countries), m.title.split(" between")[0]) for m in ex.agreements] == [
        (["NOR", "SWE"], "Treaty on fishing in the Skagerrak")]
