"""Clean stage: mark noise and paragraph structure without moving a single character."""
from accords.clean.noise import Block, CleanText, clean
from accords.clean.sentences import Sentence, split_sentences

__all__ = ["Block", "CleanText", "Sentence", "clean", "split_sentences"]
