"""HTML tags a page's text kept: '<strong> " the bachelor, " abc</strong><br / >', '... has been
declared a <a href= " http://www.huffingtonpost.com/... " >suicide</a>.'.

A page flattened by a tool that read part of its markup as text keeps the tags
(Multi-News val: 41 in 4 pages, a list's bold labels and breaks, a story's links,
an embedded tweet's ``<noframe>`` fallback; 5 more pages hold a picture's ``<img>``).
The tags go and their text stays: a link's words are its sentence's. What a page
shows only where its frames or scripts do not run, or runs as code (``noframe``,
``noscript``, ``script``, ``style``), goes with its tags: there it is the embedded
tweet. Only the names of HTML's text and block elements are read as tags, right after the
"<" (or "</"), with attributes that hold an "=" and the spaces the set prints inside
them ("<br / >", '<a href= " ... " >'), so "a < b and b > c", "from <p and fell back
>q" and "( >2 study phases )" stay. A block's tag leaves a space, an inline one nothing ("a <a
...>suicide</a>." reads "a suicide.").
"""

from __future__ import annotations

import re

from synoptic.patterns import compile_pattern

__all__ = ["strip_markup"]

_INLINE = "a|abbr|b|big|cite|code|em|font|i|small|span|strong|sub|sup|u"
_BLOCK = "blockquote|br|dd|div|dl|dt|h[1-6]|hr|iframe|img|li|ol|p|table|tbody|td|th|thead|tr|ul"
_HIDDEN = "noframes?|noscript|script|style"
# A tag's attributes hold an "=" (or its "/" closes it): "<p and fell back >" is prose.
_ATTRIBUTES = r"(?![\w-])(?:\s[^<>=/]*[=/][^<>]*)?>"
# An element whose content is not the page's text, with that content (up to its end tag).
_HIDDEN_ELEMENT = compile_pattern(
    rf"<(?P<name>{_HIDDEN}){_ATTRIBUTES}(?P<content>.*?)</(?P=name)\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = compile_pattern(
    rf"</?(?:(?P<inline>{_INLINE})|{_BLOCK}|{_HIDDEN}){_ATTRIBUTES}", re.IGNORECASE
)


def _replacement(match: re.Match[str]) -> str:
    return "" if match.group("inline") else " "


def strip_markup(text: str) -> tuple[str, list[str]]:
    """The text without its HTML tags (`_TAG`) and hidden elements (`_HIDDEN_ELEMENT`),
    all else untouched, and the hidden elements' contents, tags stripped.

    >>> strip_markup('a <a href= " http://x.com/ " >suicide</a>.<br / >Next <b>line</b>')
    ('a suicide. Next line', [])
    >>> strip_markup("Two wrote: <noframe>twitter: jane - <b>#late</b> again</noframe> Then.")
    ('Two wrote:   Then.', ['twitter: jane - #late again'])
    """
    if "<" not in text:
        return text, []  # most texts
    hidden: list[str] = []

    def hide(match: re.Match[str]) -> str:
        content = " ".join(_TAG.sub(_replacement, match.group("content")).split())
        if content:
            hidden.append(content)
        return " "

    text = _HIDDEN_ELEMENT.sub(hide, text)
    return _TAG.sub(_replacement, text), hidden
