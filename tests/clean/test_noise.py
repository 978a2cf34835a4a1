"""The clean stage blanks page furniture, teasers and foreign-script lines, keeping offsets."""
from accords.clean import clean, split_sentences

ARTICLE = """Kenya and Ethiopia sign fisheries memorandum
Short Url
Open Menu
- Kenya and Ethiopia agree on Lake Turkana fisheries
- Ministers to meet again in June
NAIROBI, March 3, 2025 - Kenya and Ethiopia signed a memorandum of understanding on fisheries on Monday.
کینیا اور ایتھوپیا نے ماہی گیری کے معاہدے پر دستخط کیے
- PoliticsChile opens a new port in the northThe material is available only to Premium+
"""


def _dropped_text(text, cleaned, reason):
    return [text[a:b] for a, b, r in cleaned.dropped if r == reason]


def test_cleaned_text_has_the_original_length():
    cleaned = clean(ARTICLE)
    assert len(cleaned.text) == len(ARTICLE)


def test_short_url_and_open_menu_are_dropped_as_furniture():
    cleaned = clean(ARTICLE)
    assert _dropped_text(ARTICLE, cleaned, "furniture") == ["Short Url", "Open Menu"]
    assert "Short Url" not in cleaned.text
    assert "Open Menu" not in cleaned.text


def test_teaser_list_line_is_dropped():
    cleaned = clean(ARTICLE)
    teasers = _dropped_text(ARTICLE, cleaned, "teaser")
    assert teasers == ["- PoliticsChile opens a new port in the northThe material is available only "
                       "to Premium+"]
    assert "Chile opens" not in cleaned.text


def test_urdu_line_is_dropped_and_language_recorded():
    cleaned = clean(ARTICLE)
    assert [r for _, _, r in cleaned.dropped if r.startswith("script:")] == ["script:ur"]
    assert cleaned.languages == ("en", "ur")
    assert "ایتھوپیا" not in cleaned.text


def test_russian_line_is_dropped_as_russian():
    text = ("Norway and Poland sign energy accord\n"
            "Норвегия и Польша подписали соглашение об энергетике\n"
            "OSLO, June 2, 2025 - Norway and Poland signed an energy agreement.\n")
    cleaned = clean(text)
    assert cleaned.languages == ("en", "ru")
    assert [r for _, _, r in cleaned.dropped] == ["script:ru"]
    assert len(cleaned.text) == len(text)


def test_dropped_spans_are_blanked_with_spaces_in_place():
    cleaned = clean(ARTICLE)
    for a, b, _ in cleaned.dropped:
        assert cleaned.text[a:b] == " " * (b - a)
    # Everything outside the dropped spans is untouched (no wrapping in web text).
    kept = [i for i in range(len(ARTICLE))
            if not any(a <= i < b for a, b, _ in cleaned.dropped)]
    assert all(cleaned.text[i] == ARTICLE[i] for i in kept)


def test_headline_and_bullet_summary_are_kept():
    cleaned = clean(ARTICLE)
    roles = [(b.role, ARTICLE[b.start:b.end]) for b in cleaned.blocks]
    assert ("headline", "Kenya and Ethiopia sign fisheries memorandum") in roles
    assert ("bullet", "- Kenya and Ethiopia agree on Lake Turkana fisheries") in roles
    assert ("bullet", "- Ministers to meet again in June") in roles


def test_sentences_point_into_the_original_text():
    cleaned = clean(ARTICLE)
    sentences = split_sentences(cleaned)
    texts = [s.text for s in sentences]
    assert "Kenya and Ethiopia agree on Lake Turkana fisheries" in texts  # bullet marker stripped
    body = next(s for s in sentences if s.text.startswith("NAIROBI"))
    assert ARTICLE[body.start:body.end] == body.text
    assert body.role == "body"


def test_hard_wrapped_wire_paragraph_is_joined_without_moving_offsets():
    text = ("LIMA, April 2 - Chile and Peru signed a fisheries\n"
            "agreement on Thursday in the Peruvian capital, the\n"
            "foreign ministry of Peru said in a statement issued\n"
            "late in the evening after the talks ended\n")
    cleaned = clean(text)
    assert len(cleaned.text) == len(text)
    assert "fisheries agreement on Thursday" in cleaned.text
    assert len(cleaned.blocks) == 1


def test_a_keywords_line_is_page_furniture():
    text = "UK and EU resume talks\n\nkeywords: brexit uk eu agreement trade\n\nLONDON - Talks resume.\n"
    cleaned = clean(text)
    assert _dropped_text(text, cleaned, "furniture") == ["keywords: brexit uk eu agreement trade"]


def test_lines_of_only_links_or_images_are_furniture():
    # (a web page's image and "original article" links hold words of its URL - "trump-holds-
    # conference-call" - which are no text of the article)
    page = ("## Leaders hold call\n\n![](https://example.org/img/2020/04/10/call.jpg?itok=x)\n\n"
            "[Original Article](https://example.org/world/leaders-hold-conference-call)\n\n"
            "OSLO (AFP) - The two leaders spoke by phone on Thursday, see [the story](https://x.org).\n")
    cleaned = clean(page)
    dropped = _dropped_text(page, cleaned, "furniture")
    assert any(d.startswith("![](") for d in dropped)
    assert any(d.startswith("[Original Article]") for d in dropped)
    assert "spoke by phone" in cleaned.text  # a sentence with a link in it stays
