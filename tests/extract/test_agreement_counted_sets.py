"""A counted set of documents whose scope is told by "covering", "in the fields of" names no
instrument (GUIDE: the count goes on the event); "agreements on A, B and C" names one per field,
and when it happened stays out of every title."""


def test_counted_set_covering_fields_is_no_instrument(extract):
    text = ("LIMA, Feb 9, 2026 - Peru and Chile signed 14 agreements and memoranda of "
            "understanding on Tuesday covering fisheries, health and tourism, officials said.")
    assert extract(text).agreements == []


def test_counted_set_in_the_fields_of_is_no_instrument(extract):
    text = ("LIMA, Feb 9, 2026 - Peru and Chile signed nine documents in the fields of "
            "fisheries, health and tourism.")
    assert extract(text).agreements == []


def test_agreements_on_fields_are_one_per_field_without_the_day(extract):
    text = ("LIMA, Feb 9, 2026 - Peru and Chile signed agreements on Tuesday on fisheries, "
            "health and tourism.")
    titles = sorted(m.title for m in extract(text).agreements)
    assert len(titles) == 3
    assert not any("Tuesday" in t for t in titles)


def test_day_after_the_last_field_stays_out_of_its_title(extract):
    text = ("LIMA, Feb 9, 2026 - Peru and Chile signed agreements on fisheries, health and "
            "tourism on Tuesday.")
    titles = [m.title for m in extract(text).agreements]
    assert len(titles) == 3
    assert not any("Tuesday" in t for t in titles)


def test_modified_set_in_areas_such_as_is_no_instrument(extract):
    text = ("LIMA, Feb 9, 2026 - Peru and Chile signed 14 cooperation agreements in areas such "
            "as fisheries, health and tourism.")
    assert extract(text).agreements == []
