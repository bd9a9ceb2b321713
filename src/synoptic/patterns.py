"""Regular expressions: compiled once a machine, first when used, shared between stages.

CPython compiles a pattern in Python code (``re._parser``, ``re._compiler``), and
synoptic's 230-odd patterns took 0.08 s of a whole `synoptic batch` of DUC 2003 task 2
(1.23 s against 1.15 on one core, 0.78 against 0.70 on two: each forked worker paid
again for the patterns it compiled first; best of eight runs each). What the compiler
makes is a list of integers for the C engine (`_sre`). `compile_pattern` keeps those
lists in a file beside this module's bytecode (``__pycache__``, as Python keeps
``.pyc`` files; `PatternStore`), and a later process builds its patterns from them in
a few milliseconds.

Results never depend on the file. An entry is written only after the pattern built
from it compared equal to what `re.compile` gives (`re.Pattern.__eq__` compares the
engine's code), the file is keyed by the engine's version (``_sre.MAGIC``) and the
interpreter's cache tag and checked whole when read, and an entry is found by its
pattern's source and flags: a changed pattern misses, and compiles as before.

Many patterns guard page text that a cheap test must find first (a reader comment's
header, a video page's stamp, a credit's agency), and a batch of clean newswire never
asks for them: `lazy_compile` leaves those uncompiled until a text does.

It also holds the patterns that rules of more than one stage share.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import importlib.util
import logging
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import cast

__all__ = [
    "CLOCK_24H",
    "DASH",
    "DASH_MARKS",
    "RUN_IN_BYLINE",
    "RUN_IN_BYLINE_PATTERN",
    "TIME_ZONES",
    "YEAR_LIKE",
    "PatternStore",
    "build_store",
    "compile_pattern",
    "import_package",
    "lazy_compile",
]

logger = logging.getLogger(__name__)

# An entry: the arguments of `_sre.compile` after the pattern (its flags as compiled,
# its code as the bytes of an `array`, the count of groups, the group names both
# ways) and the module that asked for it. Marshal reads bytes far faster than a list
# of 100,000 integers (43 ms against 2 for this package's patterns).
_Key = tuple[str, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], str]
_CODE_TYPE = "I"
_FORMAT = 1


def _header() -> bytes:
    """What a store's file opens with: its format, the engine's and the interpreter's versions."""
    tag = sys.implementation.cache_tag or ""
    return f"synoptic patterns {_FORMAT} sre {_sre.MAGIC} {tag}\n".encode()


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    code = array(_CODE_TYPE)
    code.frombytes(entry[1])
    compiled: re.Pattern[str] = _sre.compile(
        pattern, entry[0], code.tolist(), entry[2], entry[3], entry[4]
    )
    return compiled


def _entry(key: _Key, module: str) -> _Entry | None:
    """The entry of a pattern, as `re._compiler.compile` makes it; None where the
    pattern built from it differs from `re.compile`'s (another Python's compiler)."""
    pattern, flags = key
    try:
        parsed = _parser.parse(pattern, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: _Entry = (
            int(flags | parsed.state.flags),
            array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
            module,
        )
        same = _build(pattern, entry) == re.compile(pattern, flags)
    except (AttributeError, TypeError, ValueError, OverflowError, RuntimeError, re.error):
        return None  # the private compiler or engine is not as this Python's was
    return entry if same else None


class PatternStore:
    """Compiled patterns kept from one process to the next in one file.

    A process reads the file once, builds the patterns asked of it from their
    entries, and at its end (`save`) writes the file again only where it asked for
    a pattern the file lacks or one of its modules no longer asks for an entry
    there (a pattern edited away). Only module-level patterns belong here: one
    made from a text would grow the file without end.
    """

    def __init__(self, path: Path | None) -> None:
        """Args:
        path: The file; None keeps nothing (patterns compile as `re.compile` does).
        """
        self.path = path
        # None for a pattern whose entry could not be made (another Python's compiler):
        # it compiles as `re.compile` does, and no later process tries again.
        self._stored: dict[_Key, _Entry | None] = self._read()
        self._asked: dict[_Key, str] = {}

    def _read(self) -> dict[_Key, _Entry | None]:
        if self.path is None:
            return {}
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        header = _header()
        checksum, payload = data[len(header) : len(header) + 4], data[len(header) + 4 :]
        if not data.startswith(header) or zlib.crc32(payload).to_bytes(4, "big") != checksum:
            logger.debug("ignored %s: another version's, or not whole", self.path)
            return {}
        try:
            stored = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return {}
        return stored if isinstance(stored, dict) else {}

    def expect(self, pattern: str, flags: int, module: str) -> None:
        """Note a pattern a module holds, compiled or not, for `save` to keep."""
        self._asked[pattern, int(flags)] = module

    def compile(self, pattern: str, flags: int, module: str) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, built from the file's entry where it has one."""
        key = (pattern, int(flags))
        self._asked[key] = module
        entry = self._stored.get(key)
        if entry is not None:
            try:
                return _build(pattern, entry)
            except (TypeError, ValueError, OverflowError, RuntimeError, IndexError):
                del self._stored[key]  # not this engine's code: compiled below, then rewritten
        return re.compile(pattern, flags)

    def save(self, *, always: bool = False) -> None:
        """Write the file where this process found it short or stale (see the class).

        Args:
            always: Write even where Python writes no bytecode
                (``PYTHONDONTWRITEBYTECODE``), as `build_store` does.
        """
        if self.path is None or (sys.dont_write_bytecode and not always):
            return
        modules = set(self._asked.values())
        kept = {
            key: entry
            for key, entry in self._stored.items()
            if key in self._asked or (entry is not None and entry[5] not in modules)
        }
        missing = [key for key in self._asked if key not in kept]
        if not missing and len(kept) == len(self._stored):
            return
        for key in missing:
            kept[key] = _entry(key, self._asked[key])
        payload = marshal.dumps(kept)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(_header() + zlib.crc32(payload).to_bytes(4, "big") + payload)
            os.replace(temporary, self.path)  # whole or not at all, for processes reading it
        except OSError as error:
            logger.debug("could not write %s: %s", self.path, error)
            with contextlib.suppress(OSError):  # where no file could be made, none is left
                temporary.unlink(missing_ok=True)
            return
        self._stored = kept


def _default_path() -> Path | None:
    """This module's bytecode folder, as Python finds it (``sys.pycache_prefix`` too)."""
    if array(_CODE_TYPE).itemsize != _sre.CODESIZE:
        return None  # the engine's code would not read back from these bytes
    try:
        bytecode = Path(importlib.util.cache_from_source(__file__))
    except NotImplementedError:  # no cache tag: this interpreter keeps no bytecode
        return None
    return bytecode.with_name(f"patterns.{sys.implementation.cache_tag}.sre{_sre.MAGIC}.bin")


_STORE = PatternStore(_default_path())
atexit.register(_STORE.save)


def import_package() -> None:
    """Import every module of synoptic, but those whose optional dependencies are missing,
    so that the store hears of every module-level pattern."""
    import pkgutil

    import synoptic

    for module in pkgutil.walk_packages(synoptic.__path__, "synoptic."):
        if module.name != "synoptic.__main__":
            try:
                importlib.import_module(module.name)
            except ImportError as error:  # an extra not installed
                logger.debug("left out %s: %s", module.name, error)


def build_store() -> None:
    """Compile every module-level pattern of synoptic into the store, as ``compileall``
    compiles its bytecode (``python -m synoptic.patterns``; `make` runs it after the
    install)."""
    import_package()
    _STORE.save(always=True)


def _caller() -> str:
    """The module that called this one's caller, if it is synoptic's."""
    name: str = sys._getframe(2).f_globals.get("__name__", "")
    return name if name == "synoptic" or name.startswith("synoptic.") else ""


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a module-level pattern, kept for later processes.

    Patterns of modules outside synoptic compile as `re.compile` does, and stay out of
    the file.
    """
    module = _caller()
    if not module:
        return re.compile(pattern, flags)
    return _STORE.compile(pattern, flags, module)


# A dash as running text sets it: a hyphen or two, an en or an em dash.
DASH = r"(?:--?|–|—)"
# The characters one opens with.
DASH_MARKS = "-–—"

# The time zones a page's stamp gives after its clock, lower case ("1: 40 am gmt").
TIME_ZONES = r"(?:gmt|utc|bst|et|edt|est|ct|cdt|cst|pt|pdt|pst)"

# A live page's 24-hour clock as its entries open ("1654 The Pan - American ..."), and
# the four digits of one that a year or a round count could be (19xx, 2000-2059,
# "1200 Marines"): `text.datelines` leaves those, `clean.rules.live_page_clocks` takes
# them on a page whose other clocks show it is a live page.
CLOCK_24H = r"(?:[01]\d|2[0-3])[0-5]\d"
YEAR_LIKE = r"19|20[0-5]|\d\d00"

# A byline run into the story after a page's time stamp or newsletter box, as Multi-News
# lower-cases it (to be compiled with re.IGNORECASE): "by eric boehlert if roger ailes
# thought ...", "by phil mccausland, daniella silva and saphora smith houston — ...". Each
# name is two words (a middle initial allowed, "carol e. Lee"), the last after "and"; the
# story follows. Not "by maggie fox and you thought the 70s were wild.": a name holds no
# article or pronoun, and no "and" may follow the byline, whose end would be unclear.
_NAME = r"(?!(?:the|a|an|and)\b)[a-z][a-z'’-]*(?:\s[a-z]\.)?\s(?!(?:the|a|an|and)\b)[a-z][a-z'’-]*"
RUN_IN_BYLINE = (
    rf"by\s{_NAME}(?:,\s{_NAME})*"
    rf"(?:,?\s+and\s+(?!(?:you|i|we|they|he|she|it|this|that|there)\b){_NAME})?"
    r"\s+(?!and\b)(?=\S)"
)

# What callers ask of a pattern; each becomes the instance's own attribute once
# compiled, so a call costs what the compiled pattern's own method does.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A pattern's source and flags, compiled on the first attribute asked of it."""

    def __init__(self, pattern: str, flags: int, module: str) -> None:
        self.pattern = pattern
        self._flags = flags
        self._module = module
        if module:
            _STORE.expect(pattern, flags, module)

    def __getattr__(self, name: str) -> object:
        # Only for attributes not set on the instance: the methods until the first
        # use, the compiled pattern's other attributes (``flags``, ``groups``) always.
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = (
                _STORE.compile(self.pattern, self._flags, self._module)
                if self._module
                else re.compile(self.pattern, self._flags)
            )
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used.

    The value answers `re.Pattern`'s methods and attributes (``pattern`` at once,
    the rest after compiling), though it is no instance of it.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, _caller()))


# `RUN_IN_BYLINE` alone, compiled once for the stages that match it by itself.
RUN_IN_BYLINE_PATTERN = lazy_compile(RUN_IN_BYLINE, re.IGNORECASE)


if __name__ == "__main__":
    # Run as a script this file is a second module; the store is the package's own.
    import synoptic.patterns

    synoptic.patterns.build_store()
