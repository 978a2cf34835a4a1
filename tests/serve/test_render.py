"""Quotes inside their paragraph, and an article cut into marked pieces."""
from __future__ import annotations

from accords.serve.render import highlight, in_paragraph, network, partner_chart

TEXT = "Title\n\nFirst paragraph. The quote is here. End.\n\nSecond paragraph."


def test_a_quote_comes_with_its_own_paragraph_only():
    start = TEXT.index("The quote")
    end = start + len("The quote is here.")
    before, quote, after = in_paragraph(TEXT, start, end)
    assert (before, quote, after) == ("First paragraph. ", "The quote is here.", " End.")


def test_long_paragraphs_fall_back_to_lines_and_are_shortened():
    text = ("x " * 800) + "\nline with the quote in it\n" + ("y " * 800)
    start = text.index("the quote")
    before, quote, after = in_paragraph(text, start, start + 9)
    assert before == "line with " and after == " in it"


def test_overlapping_mentions_become_pieces_listing_all_that_cover_them():
    text = "aaa bbb ccc ddd"
    m1 = {"start": 4, "end": 11, "record": "r1"}
    m2 = {"start": 8, "end": 15, "record": "r2"}
    pieces = highlight(text, [m1, m2])
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, [m["record"] for m in p.marks]) for p in pieces] == [
        ("aaa ", []), ("bbb ", ["r1"]), ("ccc", ["r1", "r2"]), (" ddd", ["r2"])]
    assert [[m["record"] for m in p.ends] for p in pieces] == [[], [], ["r1"], ["r2"]]


def test_mentions_outside_the_text_are_ignored():
    assert [p.text for p in highlight("abc", [{"start": 2, "end": 9}])] == ["abc"]


def test_the_partner_chart_has_a_row_per_partner_and_a_dot_per_agreement():
    agreements = [{"id": "a", "title": "A", "status": "signed", "countries": ["PAK", "BLR"],
                   "history": [{"date": "2025-04-11"}]},
                  {"id": "b", "title": "B", "status": "planned", "countries": ["PAK", "CHN"],
                   "history": [{"date": None}, {"date": "2023"}]}]
    chart = partner_chart("PAK", agreements, {"BLR": "Belarus"})
    assert chart is not None
    assert [r["label"] for r in chart.rows] == ["Belarus", "CHN"]
    assert len(chart.dots) == 2 and chart.ticks[0]["label"] == "2023"
    assert chart.dots[0]["href"] == "/agreements/a"


def test_agreements_on_one_date_with_one_partner_make_one_dot():
    same = [{"id": i, "title": i, "status": "signed", "countries": ["PAK", "BLR"],
             "history": [{"date": "2025-04-11"}]} for i in "abc"]
    chart = partner_chart("PAK", same, {})
    assert chart is not None and len(chart.dots) == 1
    assert chart.dots[0]["n"] == 3 and "since=2025-04-11" in chart.dots[0]["href"]


def test_the_network_places_every_country_once():
    net = network([("BLR", "PAK", 3), ("CHN", "PAK", 1)], {})
    assert sorted(n["code"] for n in net.nodes) == ["BLR", "CHN", "PAK"]
    assert len(net.edges) == 2 and net.edges[0]["w"] > net.edges[1]["w"]
