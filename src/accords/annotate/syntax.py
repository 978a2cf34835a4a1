"""The dependency parse of a candidate sentence, kept as plain data (no spaCy objects), and
the few questions extraction asks of it: where does the noun phrase of an instrument begin
and end, and where does another clause start.

The rules find an instrument's words by their surface ("a loan agreement on trade between
X and Y"); the parse tells where its phrase ends when the surface does not: "the Punta del
Este declaration to correct trade problems," the ambassador said' (a new clause's subject),
'farmers demanding a better deal from the EC blocked roads' (the main verb), 'he hoped
agreement with several countries could be reached' (words before it that are not its
modifiers)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Token:
    start: int  # character offsets in the sentence
    end: int
    head: int  # index of the syntactic head (itself for the root)
    dep: str
    tag: str  # Penn Treebank tag
    text: str


# Finite verbs and modals start a clause of their own.
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
# Words before a noun that belong to its phrase.
_LEFT_DEPS = {"amod", "compound", "nummod", "nmod", "det", "poss", "case", "quantmod",
              "npadvmod", "punct", "cc", "conj", "hmod", "hyph", "advmod", "predet"}


@dataclass(frozen=True)
class Parse:
    tokens: tuple[Token, ...]

    @classmethod
    def of(cls, sdoc: Any) -> Parse:
        """From a spaCy Doc of the sentence alone."""
        return cls(tuple(Token(t.idx, t.idx + len(t.text), t.head.i, t.dep_, t.tag_, t.text)
                         for t in sdoc))

    def token_at(self, start: int, end: int) -> int | None:
        """The token that ends the span [start, end) (its syntactic head for a noun phrase)."""
        best = None
        for i, t in enumerate(self.tokens):
            if t.start >= start and t.end <= end:
                best = i
        return best

    def token_starting(self, start: int) -> int | None:
        """The token that starts at offset `start` (a cue's first word), if one does."""
        return next((i for i, t in enumerate(self.tokens) if t.start == start), None)

    def ancestors(self, i: int) -> list[int]:
        """The heads above token i, nearest first, to the root."""
        out = []
        seen = {i}
        while self.tokens[i].head != i and self.tokens[i].head not in seen:
            i = self.tokens[i].head
            seen.add(i)
            out.append(i)
        return out

    def children(self, i: int) -> list[int]:
        """The tokens whose head is token i, in order."""
        return [k for k, t in enumerate(self.tokens) if t.head == i and k != i]

    def in_subtree(self, i: int, root: int) -> bool:
        """Token i is token root or hangs from it."""
        return i == root or root in self.ancestors(i)

    def left_edge(self, head: int) -> int:
        """Where the head noun's own modifiers begin: the leftmost token before it whose chain
        of heads reaches it through modifier relations only."""
        edge = self.tokens[head].start
        for i in range(head - 1, -1, -1):
            chain = [i, *self.ancestors(i)]
            if head not in chain:
                break
            if any(self.tokens[j].dep not in _LEFT_DEPS for j in chain[:chain.index(head)]):
                break
            edge = self.tokens[i].start
        return edge

    def clause_end(self, head: int, limit: int) -> int:
        """Where the words after the head stop belonging to its clause, up to `limit` (a
        character offset): before a finite verb outside the head's own phrase, or before the
        subject of another clause, whichever comes first; `limit` if neither does."""
        for i in range(head + 1, len(self.tokens)):
            t = self.tokens[i]
            if t.start >= limit:
                break
            if self.in_subtree(i, head):
                continue
            if t.tag in _FINITE or t.dep in _SUBJECTS:
                start = i
                if t.dep in _SUBJECTS:  # the subject with its own modifiers
                    while start > head + 1 and self.in_subtree(start - 1, i):
                        start -= 1
                return self.tokens[start].start
        return limit

    def subtree_span(self, i: int) -> tuple[int, int]:
        members = [j for j in range(len(self.tokens)) if self.in_subtree(j, i)]
        return self.tokens[min(members)].start, self.tokens[max(members)].end

    def argument_spans(self, head: int) -> list[tuple[int, int]]:
        """Where the parties of the thing the noun `head` names can stand: the noun's own phrase,
        and the subject, agent and "with"/"between" phrases of the verbs it is an argument of
        ("Kenya and Ethiopia signed an accord", "an accord was signed by Kenya", "Kenya agreed
        to sign an accord with Ethiopia"); not a state in another clause of the sentence."""
        spans = [self.subtree_span(head)]
        verbs: list[int] = []
        i = head
        for _ in range(8):
            t = self.tokens[i]
            if t.head == i:
                break
            if self.tokens[t.head].tag.startswith("VB"):
                j = t.head
                verbs.append(j)
                # "agreed to sign", "met and signed": the subject stands with the first verb
                while self.tokens[j].dep in ("xcomp", "conj") and self.tokens[j].head != j \
                        and self.tokens[self.tokens[j].head].tag.startswith("VB"):
                    j = self.tokens[j].head
                    verbs.append(j)
                break
            if t.dep not in _NOUN_CHAIN:
                break
            i = t.head
        for v in verbs:
            for j, c in enumerate(self.tokens):
                if c.head != v or j == v:
                    continue
                if c.dep in _SUBJECTS or c.dep in ("agent", "dative") or (
                        c.dep == "prep" and c.text.lower() in ("with", "between", "among", "by")):
                    spans.append(self.subtree_span(j))
        return spans


# Relations through which a noun stays within the phrase of the noun above it ("talks on an
# accord", "the accord and a protocol", "a deal, the first of its kind").
_NOUN_CHAIN = {"pobj", "prep", "conj", "appos", "compound", "nmod", "dobj", "npadvmod", "cc"}
