"""Publication dates: only from metadata, the article's own date line or --published; never
from a date the body mentions (issue 8)."""

import pytest

from accords.annotate.published import document_dates

WIRE = """{header}
CHILE, PERU SIGN FISHERIES ACCORD
LIMA, April 2 - Chile and Peru signed a fisheries
agreement on Thursday, officials of both countries said.
"""


def test_wire_header_gives_publication_and_dateline_gives_event_date():
    dates = document_dates(WIRE.format(header="13-APR-1987 10:00:00.00").replace(
        "April 2", "April 12"))
    assert dates.published == "1987-04-13"
    assert dates.event_date == "1987-04-12"


def test_wire_header_with_one_digit_day():
    dates = document_dates(WIRE.format(header="3-APR-1987 10:00:00.00"))
    assert dates.published == "1987-04-03"
    assert dates.event_date == "1987-04-02"


def test_published_line_gives_publication_date():
    text = ("Norway and Poland sign energy accord\n"
            "Published: June 4, 2025\n"
            "Norway and Poland signed an energy agreement on Monday.\n")
    dates = document_dates(text)
    assert dates.published == "2025-06-04"
    monday = [e for e in dates.expressions if e.text == "Monday"]  # TimeML span: no "on"
    assert [e.value for e in monday] == ["2025-06-02"]


# ---------------------------------------------------------------- publication date: only
# from metadata or the article's own date line, never from a date the body mentions


def test_body_date_is_never_the_publication_date():
    text = ("Novelist remembered\n"
            "The novelist, who was born on 5 April 1920 in Luton, signed the accord on Friday.\n")
    dates = document_dates(text)
    assert dates.published is None and dates.published_source is None
    friday = [e for e in dates.expressions if e.text == "Friday"]
    assert friday[0].value is None and friday[0].reason


def test_metadata_date_is_kept_with_its_source():
    dates = document_dates("Chile and Peru signed the accord on Monday.\n",
                           published="2025-06-04", published_source="metadata")
    assert (dates.published, dates.published_source) == ("2025-06-04", "metadata")
    assert [e.value for e in dates.expressions] == ["2025-06-02"]


def test_metadata_date_time_counts_as_its_day():
    dates = document_dates("Talks resumed today.\n", published="2025-06-04T13:37")
    assert dates.published == "2025-06-04"
    assert [e.value for e in dates.expressions] == ["2025-06-04"]


def test_given_date_keeps_source_given():
    dates = document_dates("Kenya and Ethiopia met yesterday.\n", published="2025-06-04",
                           published_source="given")
    assert dates.published_source == "given"


def test_dateline_with_year_dates_the_article():
    text = "OSLO, March 3, 2024 - Norway and Poland signed an energy accord on Sunday.\n"
    dates = document_dates(text)
    assert (dates.published, dates.published_source) == ("2024-03-03", "dateline")
    assert [e.value for e in dates.expressions if e.text == "Sunday"] == ["2024-03-03"]


def test_date_in_a_sentence_of_the_lead_is_not_a_dateline():
    text = ("Gallery records a busy year\n"
            "Visitors returned to the gallery, closed after the attacks of 11 September 2001.\n")
    assert document_dates(text).published is None


def test_header_line_after_a_byline_is_a_date_line():
    text = "Jane Doe | Updated June 4, 2025\nNorway and Poland agreed to talk on Monday.\n"
    assert document_dates(text).published == "2025-06-04"


def test_wire_dateline_day_after_the_header_stays_in_the_year():
    text = "31-DEC-1986 23:50:00.00\nTOKYO, January 1 - Japan and Korea agreed on a plan.\n"
    dates = document_dates(text)
    assert dates.published == "1986-12-31"
    assert dates.event_date == "1987-01-01"


def test_weekday_pinned_by_a_date_the_article_gives():
    text = ("Kenya and Ethiopia finalised a border accord on Wednesday in Nairobi.\n"
            "Photo: the ministers in Nairobi on June 4, 2025.\n")
    dates = document_dates(text)
    assert dates.published is None
    wednesday = [e for e in dates.expressions if e.text == "Wednesday"][0]
    assert wednesday.value == "2025-06-04" and "2025-06-04" in (wednesday.reason or "")
    assert dates.event_date == "2025-06-04"


def test_weekday_not_pinned_when_the_article_dates_differ():
    text = ("Kenya and Ethiopia finalised a border accord on Thursday.\n"
            "Photo: the ministers in Nairobi on June 4, 2025.\n")
    thursday = [e for e in document_dates(text).expressions if e.text == "Thursday"][0]
    assert thursday.value is None


def test_yearless_lead_date_dates_the_news_without_a_year():
    text = "LIMA - The talks, held on May 20–21 in Lima, ended with a fisheries memorandum.\n"
    dates = document_dates(text)
    assert dates.published is None
    assert dates.event_date == "XXXX-05-21"




def test_yearless_dateline_borrows_no_year_from_the_body():
    text = ("April 11, Pozirk. Kenya and Ethiopia signed a memorandum today.\n"
            "They had signed a treaty on November 26, 2024.\n")
    dates = document_dates(text)
    assert dates.published == "XXXX-04-11" and dates.published_source == "dateline"
    today = [e for e in dates.expressions if e.text == "today"][0]
    assert today.value is None


def test_a_fixture_line_is_not_a_date_line():
    text = "Leeds v Sale (Fri)\n\nHeadingley\n\nFriday, 25 February\n\n2000 GMT\n\nLeeds start.\n"
    assert document_dates(text).published is None


def test_relative_days_are_read_from_the_datelines_day_when_the_stamp_is_a_day_off():
    # filed late on the 12th for the 13th: "last night" is the 12th, not the 11th
    text = ("12-MAY-2025 21:15:00.00\nDANUBE TALKS\nVIENNA, May 13 - Austrian and Slovak "
            "ministers met late last night to prepare a summit.\n")
    dates = document_dates(text)
    assert (dates.published, dates.event_date) == ("2025-05-12", "2025-05-13")
    (night,) = [e for e in dates.expressions if "night" in e.text]
    assert night.value is not None and night.value.startswith("2025-05-12")


def test_numeric_date_after_a_separator_on_a_header_line_is_the_publication_date():
    for header, day in [
        ("NEWS RELEASE | Ministry of Trade of the Republic of Ruritania | 03.11.2024", "2024-11-03"),
        ("Office of the Prime Minister | 23/10/2024", "2024-10-23"),
        ("Home | Press | 2024/10/23", "2024-10-23"),
        ("Home • News • 10/23/2024", "2024-10-23"),
        ("Ministry of Energy of Freedonia | 23 October 2024 | 09:15", "2024-10-23")]:
        d = document_dates(header + "\nToday in the capital the two ministers signed a deal.")
        assert (d.published, d.published_source) == (day, "dateline"), header


def test_numeric_date_alone_on_an_early_line_is_the_publication_date():
    d = document_dates("Trade news\n03.11.2024 14:05\nToday the ministers signed a deal.")
    assert d.published == "2024-11-03"


def test_slashed_date_in_an_unknown_order_is_not_read():
    d = document_dates("Office of the Prime Minister | 03/04/2024\nToday they signed a deal.")
    assert d.published is None


def test_date_after_a_separator_inside_a_sentence_is_not_a_header_date():
    d = document_dates("The ministers said | the deal signed on 3 November 2024 was good.\n"
                       "Nothing else was agreed.")
    assert d.published is None


def test_last_updated_line_with_a_clock_time_gives_the_publication_date():
    d = document_dates("Ruritania and Freedonia sign border pact\n"
                       "Page last updated at 09:05 GMT, Monday, 3 November 2025\n\n"
                       "The two presidents signed the pact on Sunday evening.")
    assert d.published == "2025-11-03"
    (sunday,) = [e for e in d.expressions if e.text.startswith("Sunday")]
    assert sunday.value.startswith("2025-11-02")


@pytest.mark.parametrize("header", [
    "Mar 2, 2026 · 4 min read",
    "March 2, 2026 / 10:12 AM / Updated an hour ago",
    "Posted by Site Editor on March 2, 2026",
    "Ministry of Foreign Affairs - 02 March 2026",
    "Press Office of the Presidency – 2 March 2026",
    "Embassy of Ruritania in Lusaka - March 2, 2026",
    "Date of publication: 2 March 2026",
])
def test_web_page_and_press_release_headers_give_the_publication_date(header: str) -> None:
    d = document_dates("Ruritania and Freedonia sign fisheries pact\n" + header +
                       "\nThe two ministers signed the pact, officials said. An earlier pact "
                       "was signed on 5 May 2019.")
    assert d.published == "2026-03-02"


@pytest.mark.parametrize("line", [
    "The talks will resume on 9 March 2026 - officials said",
    "Leaders met in Lusaka on March 9, 2026 / 10:12",
])
def test_a_body_line_with_a_dash_or_slash_after_a_date_is_not_a_header(line: str) -> None:
    d = document_dates("Ruritania and Freedonia sign fisheries pact\n" + line +
                       "\nThe two ministers signed the pact.")
    assert d.published is None


def test_a_headline_ending_in_a_dated_dash_is_not_the_publication_date():
    d = document_dates("Ruritania Elections - 9 March 2026\nVoters queued for hours.")
    assert d.published is None


@pytest.mark.parametrize("line, expected", [
    # a title-case place with a yearless date and an agency's credit
    ("Vientiane, May 12 (KPL) -- Laos and Thailand signed a rail accord.", "XXXX-05-12"),
    # a two-word credit with no dash before the story
    ("QUITO, May 12 (Andes Info) Ecuador and Peru signed a rail accord.", "XXXX-05-12"),
    # a credit in lower case
    ("VIENNA, May 12, 2024 (apa) - Austria and Slovenia signed a rail accord.", "2024-05-12"),
    ("Vienna, May 12, 2024 (apa) - Austria and Slovenia signed a rail accord.", "2024-05-12"),
    # a title-case place with its country
    ("Mombasa, Kenya, May 12, 2024 (KBC) - Kenya and Tanzania signed a rail accord.",
     "2024-05-12"),
])
def test_datelines_with_credits_of_any_case_date_the_article(line: str, expected: str) -> None:
    assert document_dates("Rail accord signed\n" + line + "\n").published == expected


def test_a_title_case_weekday_line_without_a_credit_is_no_dateline() -> None:
    text = "Rail accord signed\nThe minister said on May 12 (a Sunday) that talks went well.\n"
    assert document_dates(text).published is None
