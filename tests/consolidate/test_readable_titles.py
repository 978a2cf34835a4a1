"""A record's title as shown (ptitles2): what repeats or tells the article's telling is left
out, and a bare head takes the purpose told after the signing's day. The mentions' own titles,
which identity reads, are unchanged. Sentences are our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.naming import readable_title
from accords.pipeline import extract_batch
from accords.records import Actor, Agreement, Document


def _records(*texts: str) -> list[Agreement]:
    exs = extract_batch([Document.from_text(f"{i}.txt", t) for i, t in enumerate(texts)])
    return consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                       [p for e in exs for p in e.people]).agreements


def _title(text: str) -> str:
    (record,) = _records(text)
    return record.title


def test_a_side_named_again_after_with_is_said_once() -> None:
    parties = [Actor("International Monetary Fund", "IGO:IMF", "organization"),
               Actor("Egypt", "EGY")]
    assert readable_title("Accord with the IMF between International Monetary Fund and Egypt",
                          parties) == "Accord between International Monetary Fund and Egypt"
    assert readable_title("Agreement with the IMF on a loan between International Monetary Fund"
                          " and Egypt", parties) == \
        "Agreement on a loan between International Monetary Fund and Egypt"


def test_sides_the_name_carries_are_not_repeated() -> None:
    parties = [Actor("Turkey", "TUR"), Actor("Libya", "LBY")]
    assert readable_title("Turkey-Libya maritime memorandum between Turkey and Libya",
                          parties) == "Turkey-Libya maritime memorandum"
    # (a name with one side only keeps its sides)
    assert readable_title("Libya maritime memorandum between Turkey and Libya", parties) == \
        "Libya maritime memorandum between Turkey and Libya"


def test_series_word_and_length_of_extension_are_the_telling() -> None:
    parties = [Actor("Norway", "NOR"), Actor("Iceland", "ISL")]
    assert readable_title("Another fisheries agreement between Norway and Iceland", parties) \
        == "Fisheries agreement between Norway and Iceland"
    assert readable_title("Fisheries agreement by five years between Norway and Iceland",
                          parties) == "Fisheries agreement between Norway and Iceland"


def test_a_bare_head_takes_the_purpose_told_after_the_day() -> None:
    title = _title("Norway, Iceland sign accord\nOSLO, March 7, 2031 (Reuters) - Norway and "
                   "Iceland signed an agreement on Tuesday to lay a power cable under the sea.")
    assert title == "Agreement to lay a power cable under the sea between Norway and Iceland"
    title = _title("Norway, Iceland sign accord\nOSLO, March 7, 2031 (Reuters) - Norway signed "
                   "a deal with Iceland on Tuesday to buy four coast guard ships, the ministry "
                   "said.")
    assert title == "Deal to buy four coast guard ships between Norway and Iceland"
