"""Text primitives shared by the stages: sentences, tokens."""

from synoptic.text.sentences import split_sentences, split_text
from synoptic.text.tokens import content_words, stem, tokenize, words

__all__ = ["content_words", "split_sentences", "split_text", "stem", "tokenize", "words"]
