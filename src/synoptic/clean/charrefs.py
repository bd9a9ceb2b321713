"""HTML character references a page's text kept undecoded: "at&amp;t", "news &#124; page 1".

A page flattened by a tool that read its markup as text keeps its escapes:
Multi-News val holds 617 "&amp;" and 339 "&#124;" (the bar between a page's
byline and its date). Decoded, the bar is furniture the cleaner's rules know
and "&" is prose. Only whole references, closed by their ";", are decoded:
``html.unescape`` alone also reads a legacy name with no ";" ("&not" in
"R&nothing" would become "¬"). Two capitals are a wire's typesetting code
("&QL;", "&UR;"; `synoptic.clean.rules.typeset_codes`), never decoded: "&LT;" and
"&GT;" would read as HTML's.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from synoptic.patterns import compile_pattern

__all__ = ["decode_charrefs"]

_CHARREF = compile_pattern(
    r"&(?![A-Z]{2};)(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# "&amp;#124;" (escaped twice) decodes in as many rounds; a third is never seen.
_ROUNDS = 3


# A name's "&" that a broken escape closed with ";" ("at&t; relented", "p&g;", "q&a;":
# 22 in Multi-News val): no entity, so the ";" is dropped.
_FALSE_CHARREF = compile_pattern(r"(?<=[A-Za-z])&([A-Za-z]{1,4});")


def _decode(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _unclosed(match: re.Match[str]) -> str:
    name = match.group(1)
    return match.group() if f"{name};" in html5 else f"&{name}"


def decode_charrefs(text: str) -> str:
    """The text with its HTML character references decoded; other text untouched.

    >>> decode_charrefs("at&amp;t; &#124; news &amp;#124; Q&A &t; caf&eacute; &LR;")
    'at&t | news | Q&A &t; café &LR;'
    """
    for _ in range(_ROUNDS):
        if "&" not in text:
            break
        decoded = _CHARREF.sub(_decode, text)
        if decoded == text:
            break
        text = decoded
    return _FALSE_CHARREF.sub(_unclosed, text) if "&" in text else text
