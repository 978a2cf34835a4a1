"""A span across two months ("March 31-April 2", "from 30 June to 2 July") is two days, as
TimeML marks it, the first of which carries the span as its range, read so that a gathering
told with it spans its days (branch evspan21, round-27 audit). Sentences are invented."""

from accords.annotate.dates import find

WEDNESDAY = "2025-06-04"


def _ranges(text, published=WEDNESDAY):
    return [(e.text, e.value, e.range) for e in find(text, published)]


def test_a_dash_joins_two_months_days_into_one_span():
    assert _ranges("At the June 30-July 2 session, the board of the fund will vote.") \
        == [("June 30", "2025-06-30", ("2025-06-30", "2025-07-02")), ("July 2", "2025-07-02", None)]


def test_from_day_month_to_day_month_with_a_year():
    found = _ranges("The envoys met in Quito from 28 February to 3 March 2024, he said.")
    assert found == [("28 February", "2024-02-28", ("2024-02-28", "2024-03-03")),
                     ("3 March 2024", "2024-03-03", None)]


def test_a_span_across_the_new_year_ends_in_the_next_year():
    found, _ = _ranges("The forum in Davos runs from Dec. 30 to Jan. 2.", "2025-12-10")
    assert found[2] == ("2025-12-30", "2026-01-02")


def test_from_month_day_to_month_day():
    found, _ = _ranges("The visit, which runs from June 28 to July 1, will take him to Lima.")
    assert found[2] == ("2025-06-28", "2025-07-01")


def test_a_bare_to_without_from_is_two_days():
    # guard: "moved the vote March 3 to April 5" tells two days, not a span
    found = _ranges("The council moved the vote March 3 to April 5.", "2025-02-10")
    assert all(r is None for _, _, r in found) and len(found) == 2


def test_days_too_far_apart_are_no_span():
    # guard: months apart is no gathering's span
    found = _ranges("Prices rose from January 3 to June 20 in the region.")
    assert all(r is None for _, _, r in found)
