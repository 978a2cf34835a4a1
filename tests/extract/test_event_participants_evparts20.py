"""Event participants of the round-26 audit (branch evparts20), probed with an invented
article: the other side of talks named with its office in an apposition after the name ("X, the
European Commission Vice-President") serves an organization, so the talks are not one state's
domestic meeting and keep both people (main dropped them)."""


def test_talks_with_an_official_titled_after_the_name_are_kept(extract) -> None:
    ex = extract("The publication of the plan prompted emergency talks between Norway's trade "
                 "minister Robert Hale and Anton Weber, the European Commission Vice-President.",
                 published="2021-05-04")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and {(p.name, p.country) for p in talks[0].participants} == {
        ("Robert Hale", "NOR"), ("Anton Weber", "IGO:EU")}
