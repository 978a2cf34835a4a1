"""The parse's offset lookups (annotate/syntax.py): the token a cue starts on, the token that
ends a span."""
from __future__ import annotations

from accords.annotate.syntax import Parse, Token


def _parse() -> Parse:
    # "They signed a pact": They(0-4) signed(5-11) a(12-13) pact(14-18)
    return Parse((Token(0, 4, 1, "nsubj", "PRP", "They"), Token(5, 11, 1, "ROOT", "VBD", "signed"),
                  Token(12, 13, 3, "det", "DT", "a"), Token(14, 18, 1, "dobj", "NN", "pact")))


def test_token_starting_finds_only_a_token_that_starts_there() -> None:
    parse = _parse()
    assert parse.token_starting(5) == 1
    assert parse.token_starting(14) == 3
    assert parse.token_starting(6) is None  # inside "signed"


def test_token_at_is_the_last_token_of_the_span() -> None:
    assert _parse().token_at(12, 18) == 3


def test_children_are_the_tokens_headed_by_one_never_the_root_itself() -> None:
    parse = _parse()
    assert parse.children(1) == [0, 3]  # the root heads itself: not its own child
    assert parse.children(3) == [2]
    assert parse.children(0) == []
