"""Word tokens, stems and stopwords, shared by selection, analysis and evaluation.

Tokenisation matches rouge-score's (lower-case, alphanumeric runs) so that what
selection optimises is what ROUGE measures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.porter import PorterStemmer

__all__ = ["STOPWORDS", "content_words", "stem", "tokenize", "words"]

_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\S+")

# The SMART-derived list ROUGE-1.5.5 ships, trimmed to function words.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say told
    mr mrs ms one two new also would could may might must shall us""".split()
)

_stemmer = PorterStemmer()


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Porter stem of a lower-case token (as ROUGE-1.5.5 ``-m`` stems)."""
    return _stemmer.stem(token) if len(token) > 3 else token


def tokenize(text: str) -> list[str]:
    """Lower-case alphanumeric tokens, as rouge-score tokenises."""
    return _TOKEN.findall(text.lower())


def words(text: str) -> list[str]:
    """Whitespace words, as word budgets count them."""
    return _WORD.findall(text)


def content_words(text: str) -> list[str]:
    """Stemmed tokens of a text, stopwords dropped."""
    return [stem(t) for t in tokenize(text) if t not in STOPWORDS]
