"""Search text is words, never FTS5 syntax; the index follows the records."""
from __future__ import annotations

from accords.store.browse import fts_query


def test_every_word_is_quoted_and_the_last_is_a_prefix():
    assert fts_query("extradition treaty") == '"extradition" AND "treaty"*'


def test_syntax_characters_are_dropped():
    assert fts_query('" OR NEAR(x) * ^ :') == '"OR" AND "NEAR" AND "x"*'
    assert fts_query('"*^') is None
    assert fts_query("Łukašenka") == '"Łukašenka"*'
