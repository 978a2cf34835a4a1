"""Time expressions in news, usable on their own:

    from accords import dates
    dates.find("The treaty was signed on Wednesday.", published="2025-08-27")

Each TimeExpression has start and end (Python string indices into the text), text, type
(DATE, TIME, DURATION, SET), a TIMEX3 value ("2025-08-27", "2025-W35", "P3Y", "PRESENT_REF",
"XXXX-04-11") or None with a `reason`, and for spans such as "April 10–11" a `range`.
"""
from accords.annotate.dates import TimeExpression, find
from accords.annotate.published import document_dates

__all__ = ["TimeExpression", "document_dates", "find"]
