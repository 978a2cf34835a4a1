"""accords: which agreements were made, between whom, signed by whom, when, where, at what
stage, and which sources say so."""
from accords.api import Corpus

__all__ = ["Corpus"]
__version__ = "0.1.0"
