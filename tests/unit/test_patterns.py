import re

import pytest

from synoptic.patterns import lazy_compile


def test_a_lazy_pattern_is_not_compiled_until_used() -> None:
    broken = lazy_compile("(unclosed")  # re.compile would raise here
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("text")


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, flags = r"\b(?P<word>c\w+)\b", re.IGNORECASE
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    text = "Crawls of captured pages, collected"
    assert lazy.flags == compiled.flags
    assert lazy.groupindex == compiled.groupindex
    assert lazy.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
    assert lazy.match(text) is not None and lazy.fullmatch(text) is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("-", text) == compiled.sub("-", text)
    assert lazy.split(text) == compiled.split(text)


def test_a_lazy_pattern_compiles_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compiles: list[str] = []
    compile_ = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiles.append(pattern)
        return compile_(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    lazy = lazy_compile("a(b)")
    assert compiles == []
    assert (lazy.groups, lazy.flags, lazy.groups) == (1, re.UNICODE, 1)
    assert lazy.search("ab") is not None and lazy.match("ab") is not None
    assert compiles == ["a(b)"]
