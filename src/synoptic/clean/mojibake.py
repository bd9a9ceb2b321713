"""Mojibake: UTF-8 text that was once read as cp1252 (or Latin-1) and kept so.

Each byte of a character's UTF-8 became a character of its own: "Kerryâ€™s"
for "Kerry’s", "cafÃ©" for "café", "Â£5" for "£5". The page's bytes are lost,
but the characters map back to them one to one, and the bytes decode.

Only what mojibake of Western text opens with is repaired: "Â" and "Ã" (the
lead bytes of U+0080 to U+00FF: Latin-1's letters and signs) and "â" (of
U+2000 to U+2FFF: quotes, dashes, the ellipsis, the euro, "™"). Other lead
bytes read as letters that real text puts before a quote mark ("CAFÉ’S" would
decode to "CAFɒS"). A lead and its continuation bytes always decode: "Â" or "Ã"
and one, "â" and two make a whole UTF-8 character.
"""

from __future__ import annotations

import re

from synoptic.patterns import lazy_compile

__all__ = ["repair_mojibake", "restore_replaced"]


def _continuation_bytes() -> dict[str, int]:
    """The characters a UTF-8 continuation byte (0x80-0xBF) is read as, with the byte.

    cp1252 reads 0x80-0x9F as "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" and leaves five of them
    undefined; Latin-1 (and a cp1252 decoder that lets undefined bytes through)
    reads them as C1 control characters. Both readings are taken.
    """
    found: dict[str, int] = {}
    for byte in range(0x80, 0xC0):
        found[chr(byte)] = byte
        if shown := bytes([byte]).decode("cp1252", errors="ignore"):
            found[shown] = byte
    return found


_CONTINUATION = _continuation_bytes()
_BYTE_OF = {**_CONTINUATION, "Â": 0xC2, "Ã": 0xC3, "â": 0xE2}


def _class(low: int, high: int) -> str:
    """A character class of what bytes ``low`` to ``high`` are read as."""
    return (
        "["
        + "".join(re.escape(c) for c, b in sorted(_CONTINUATION.items()) if low <= b <= high)
        + "]"
    )


# Runs of two-byte (Â, Ã) and three-byte (â) characters, each whole. "Â" takes only
# 0xA0-0xBF (NBSP, "£", "©", "°", ...): with 0x80-0x9F it would spell a C1 control
# character, never meant; Multi-News capitalises a sentence's opening "â€˜" so. Its
# tokeniser also put a space inside a three-byte one ("gosselinâ€ ™s", "â€ œ[ she ]":
# 30 in 3 pages of its val set), which goes with the repair.
_MOJIBAKE = lazy_compile(  # few texts have a lead character at all
    f"(?:Â{_class(0xA0, 0xBF)}|Ã{_class(0x80, 0xBF)}|â{_class(0x80, 0xBF)} ?{_class(0x80, 0xBF)})+"
)


def _decode(match: re.Match[str]) -> str:
    return bytes(_BYTE_OF[c] for c in match.group() if c != " ").decode("utf-8")


def repair_mojibake(text: str) -> str:
    """The text with its mojibake runs decoded back to the characters they stand for.

    >>> repair_mojibake("Kerryâ€™s talks in SÃ£o Paulo cost Â£5")
    'Kerry’s talks in São Paulo cost £5'
    """
    # Text saved wrongly twice ("ÃƒÂ©" for "é") is repaired in as many rounds; each
    # round that changes the text shortens it, so the rounds end.
    while "Â" in text or "Ã" in text or "â" in text:  # most texts: three scans, no regex
        repaired = _MOJIBAKE.sub(_decode, text)
        if repaired == text:
            break
        text = repaired
    return text


# Where a decoder met bytes it could not read it left U+FFFD, and the character is lost;
# in English web text it was punctuation: a curly apostrophe, quote mark or dash. cp1252
# reads the last byte of "”" (0x9D) as nothing, and some pages show it as "?" after the
# mark ("it was \ufffd?very big\ufffd? news"); one whose lead byte survived shows "â"
# before ("â\ufffd\ufffdam i black enough"). 129 marks on 58 Multi-News val pages.
_REPLACED = lazy_compile("â?\ufffd{1,2}\\??")
_STOPS = frozenset(".,!?;:")
_WORD_TAIL = lazy_compile(r"(?:s|t|d|m|ll|re|ve)(?![^\W\d_])")


def _guess(match: re.Match[str]) -> str:
    """What a run of U+FFFD most likely stood for, told by its neighbours."""
    text, run = match.string, match.group()
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    if run.endswith("?"):  # a quote mark's last byte, read as "?"
        return '"'
    if before.isalpha() and after.isalpha():
        # An apostrophe where a contraction's or a possessive's ending follows ("county\ufffds",
        # "can\ufffdt", "you\ufffdre": all 23 in Multi-News val); any other letter lost inside
        # a word ("Schr\ufffdder") has no telling, and stays lost.
        tail = _WORD_TAIL.match(text, match.end())
        return "'" if tail else run
    if before.isspace() and after.isspace():
        # A stop before the space closes a quote, as Multi-News spaces its marks ("... told
        # no one, \ufffd foxx said"); anything else has a dash between ("washington \ufffd
        # general motors ...", "f = face \ufffd ask the person to smile").
        return '"' if match.start() > 1 and text[match.start() - 2] in _STOPS else "—"
    if (before.isspace() or before in "([") and after.isalnum():
        return '"'  # "\ufffdthat was devastating"
    if before in _STOPS and (after.isspace() or after in "\"'"):
        return '"'  # "... said.\ufffd"
    return ""  # no telling ("3\ufffd-year-old", "works\ufffd of"): the mark goes


def restore_replaced(text: str) -> str:
    """The text with each lost character (U+FFFD) put back as the punctuation it most
    likely was (`_guess`), or dropped where nothing tells; one lost inside a word that
    no contraction's ending follows was a letter, and stays lost.

    >>> restore_replaced("the county\ufffds clerk said: \ufffdwe are ready.\ufffd")
    'the county\'s clerk said: "we are ready."'
    """
    if "\ufffd" not in text:
        return text
    return _REPLACED.sub(_guess, text)
