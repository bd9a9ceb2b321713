"""Bytes → text: refuse binary files, detect the encoding.

Takes the raw bytes of a file and returns its text, or a short reason why it is
not text (``binary file (looks like PNG image)``, ``undecodable text``).
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

__all__ = ["SNIFF_BYTES", "decode_text", "sniff_binary"]

# Only the head of a file is inspected for binary content: enough to see magic
# numbers and a representative sample of bytes, cheap for large files.
SNIFF_BYTES = 8192

# Share of control bytes (other than tab, newline, form feed, carriage return,
# escape) above which a file is taken for binary. Text in any 8-bit encoding
# has almost none; a few stray ones in scraped pages must not reject them.
CONTROL_RATIO = 0.10

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"),
    (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

# Single-byte Latin code pages that charset-normalizer confuses with cp1252.
_LATIN_LOOKALIKES = frozenset(
    "cp1250 cp1252 cp1254 cp1257 latin_1 iso8859_2 iso8859_3 iso8859_4 iso8859_9 iso8859_10 "
    "iso8859_13 iso8859_14 iso8859_15 iso8859_16 mac_latin2 mac_roman mac_iceland mac_turkish "
    "cp437 cp775 cp850 cp852 cp857 cp858 cp860 cp861 cp863 cp865 cp1125".split()
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b\x08")


def sniff_binary(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a file) is not text, or None if it may be."""
    if head.startswith(_UTF16_BOMS) or head.startswith(codecs.BOM_UTF8):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            # "MZ" and "ID3" are short; only trust them when binary bytes follow.
            if len(magic) < 3 and b"\x00" not in head and kind != "gzip archive":
                continue
            return f"binary file (looks like {kind})"
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    if head:
        controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(head) > CONTROL_RATIO:
            return "binary file (mostly control characters)"
    return None


def from_bytes(data: bytes) -> CharsetMatches:
    """charset-normalizer's guesses, imported on first use: only input that is not
    UTF-8 needs it, and importing it costs every process 20 ms."""
    from charset_normalizer import from_bytes as guess

    return guess(data)


def decode_text(data: bytes) -> str | None:
    """The text in ``data``, or None when no encoding reads it.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; anything
    else (cp1252, latin-1, ...) is left to charset-normalizer.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return None
    if best.encoding in _LATIN_LOOKALIKES:
        # On short texts charset-normalizer often names a Central European or
        # Baltic code page for Western text ("Café" read as "Cafķ"); English
        # news is far likelier cp1252.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
