"""The shared parts: the language gate, dates, HTML fragments to text, document identity."""
from pathlib import Path

from accords.read.common import detected_languages, english_gate, html_to_text, iso_date
from accords.read.files import decode
from accords.records import Document, Rejected, content_id

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
URDU = ("وفاقی وزیر داخلہ محسن نقوی نے بیلاروس کے وزیر داخلہ سے ملاقات کی اور دونوں ممالک "
        "کے درمیان سیکیورٹی تعاون پر تبادلہ خیال کیا گیا۔ ملاقات میں انسداد منشیات اور پولیس "
        "تربیت کے شعبوں میں تعاون بڑھانے پر اتفاق کیا گیا۔")
GERMAN = ("Deutschland und Frankreich haben am Dienstag in Berlin ein Abkommen über die "
          "Zusammenarbeit bei erneuerbaren Energien unterzeichnet. Die Außenminister beider "
          "Länder erklärten, der Vertrag werde im kommenden Jahr in Kraft treten.")


def test_english_article_with_an_embedded_urdu_post_is_english():
    [path] = sorted(EXAMPLES.glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)
    assert detected_languages(text) == (True, "en")
    assert isinstance(decode(path.name, text.encode()), Document)


def test_english_lines_after_a_long_urdu_block_are_found(article):
    assert english_gate("mixed.txt", (URDU + "\n") * 20 + article) is None


def test_text_with_no_english_is_rejected_naming_the_language():
    r = english_gate("ur.txt", URDU)
    assert isinstance(r, Rejected)
    assert (r.reason, r.code) == ("no English text (detected: ur)", "E107")
    r = decode("de.txt", GERMAN.encode())
    assert isinstance(r, Rejected)
    assert (r.name, r.reason, r.code) == ("de.txt", "no English text (detected: de)", "E107")


def test_short_latin_text_is_not_judged():
    assert english_gate("a.txt", "Kenya hosted talks.") is None


def test_iso_dates():
    assert iso_date("26-FEB-1987 15:01:01.79") == "1987-02-26"
    assert iso_date("2024-03-05T10:00:00Z") == "2024-03-05"
    assert iso_date("Tue, 02 Apr 2024 08:15:00 GMT") == "2024-04-02"
    assert iso_date("5 March 2024") == "2024-03-05"
    assert iso_date("soon") is None
    # A dump's routing codes after the time, behind control characters (raw or as references)
    assert iso_date("14-APR-1991 09:30:12.40&#5;&#5;&#5;XK") == "1991-04-14"
    assert iso_date("3-JUN-1990 17:02:00.11\x05\x05\x05B RM") == "1990-06-03"
    assert iso_date("&#5;XK") is None
    assert iso_date(19870226) is None


def test_html_to_text_unescapes_and_drops_tags():
    assert html_to_text("<p>A &amp; B</p><script>x()</script><p>C&#8212;D</p>") == "A & B\nC—D"
    assert html_to_text("&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;") == "Escaped & twice"
    assert html_to_text("a < b and c > d") == "a < b and c > d"


def test_document_identity(article):
    plain = Document.from_text("a.txt", article)
    assert plain.id == content_id(article, prefix="d")
    web = Document.from_text("a.html", article, url="https://news.example/a")
    spaced = Document.from_text("b.html", article.replace(" ", "  \n"),
                                url="https://news.example/a")
    assert web.id != plain.id
    assert web.id == spaced.id
    assert (web.url, web.site, web.raw_sha1) == ("https://news.example/a", None, None)


def test_english_table_of_figures_is_not_taken_for_another_language() -> None:
    from accords.read.common import detected_languages
    table = ("ACME STEEL MILLS LTD <ACME.L> YEAR TO END MARCH\nLONDON, May 12 - Shr 31.5p vs 28.1p\n"
             "    Final div 7.2p vs 6.4p making 10.3p vs 9.1p\n    Pretax profit 41.2 mln stg "
             "vs 36.7 mln\n    Turnover 812.4 mln vs 766.0 mln\n    Tax 14.1 mln vs 12.9 mln\n"
             "    Extraordinary debit 2.3 mln vs credit 1.1 mln\n    Minorities 0.4 mln vs 0.3 mln"
             "\n    Interim dividend paid October, final payable July, books close June\n")
    assert detected_languages(table)[0] is True


def test_short_german_prose_is_still_rejected() -> None:
    from accords.read.common import detected_languages
    text = ("Norwegen und Polen haben am Dienstag in Oslo ein Abkommen über die Zusammenarbeit "
            "bei der Windenergie unterzeichnet, teilte das Ministerium mit. Die Regierung will "
            "auch den Handel mit Strom ausbauen, der bisher nicht sehr groß ist.")
    assert detected_languages(text)[0] is False
