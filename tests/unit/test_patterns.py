import re
import sys
from pathlib import Path

import pytest

from synoptic.patterns import PatternStore, compile_pattern, lazy_compile


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


# ------------------------------------------------------------ the store of compiled patterns


def _package_patterns() -> dict[tuple[str, int], str]:
    """Every module-level pattern of synoptic, with its module, as the package's store sees them."""
    from synoptic import patterns

    patterns.import_package()
    return dict(patterns._STORE._asked)


def _filled_store(path: Path, asked: dict[tuple[str, int], str]) -> PatternStore:
    store = PatternStore(path)
    for (pattern, flags), module in asked.items():
        store.expect(pattern, flags, module)
    store.save(always=True)
    return store


def test_every_pattern_of_the_package_builds_from_the_store_as_re_compiles_it(
    tmp_path: Path,
) -> None:
    asked = _package_patterns()
    assert len(asked) > 200  # the cleaner's, the datelines', the analysers' ...
    _filled_store(tmp_path / "store.bin", asked)
    store = PatternStore(tmp_path / "store.bin")
    assert set(store._stored) == set(asked)
    for pattern, flags in asked:
        built = store.compile(pattern, flags, "synoptic.x")
        # Equal patterns hold the same engine code, not only the same source and flags.
        assert built == re.compile(pattern, flags), pattern
        assert built.groupindex == re.compile(pattern, flags).groupindex


def test_a_pattern_from_the_store_matches_as_the_compiled_one(tmp_path: Path) -> None:
    source = r"(?P<place>[A-Z][a-z]+)\s+\((?:ap|reuters)\)\s+[-—]\s+"
    _filled_store(tmp_path / "store.bin", {(source, re.IGNORECASE): "synoptic.x"})
    built = PatternStore(tmp_path / "store.bin").compile(source, re.IGNORECASE, "synoptic.x")
    text = "Sochi (AP) — Kerry met Lavrov; PARIS ( reuters ) - talks"
    assert [m.group("place") for m in built.finditer(text)] == ["Sochi"]
    assert built.sub("", text) == re.compile(source, re.I).sub("", text)


def test_a_store_file_that_is_not_whole_or_not_this_pythons_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "store.bin"
    _filled_store(path, {(r"\bkerry\b", 0): "synoptic.x"})
    whole = path.read_bytes()
    for broken in (whole[:-7], whole.replace(b"sre", b"srf", 1), b"", b"\x00" * 64):
        path.write_bytes(broken)
        store = PatternStore(path)
        assert store._stored == {}
        assert store.compile(r"\bkerry\b", 0, "synoptic.x").search("john kerry") is not None


def test_the_store_drops_what_its_modules_no_longer_ask_for_and_keeps_the_rest(
    tmp_path: Path,
) -> None:
    path = tmp_path / "store.bin"
    _filled_store(
        path, {("old", 0): "synoptic.a", ("kept", 0): "synoptic.a", ("b", 0): "synoptic.b"}
    )
    store = PatternStore(path)
    store.compile("kept", 0, "synoptic.a")
    store.compile("new", 0, "synoptic.a")  # "old" edited into "new"; synoptic.b not imported
    store.save(always=True)
    assert set(PatternStore(path)._stored) == {("kept", 0), ("new", 0), ("b", 0)}


def test_the_store_is_written_only_when_a_process_found_it_short(tmp_path: Path) -> None:
    path = tmp_path / "store.bin"
    _filled_store(path, {("a+", 0): "synoptic.a"})
    path.write_bytes(path.read_bytes())  # a new modification time to compare
    before = path.stat().st_mtime_ns
    store = PatternStore(path)
    store.compile("a+", 0, "synoptic.a")
    store.save(always=True)
    assert path.stat().st_mtime_ns == before


def test_a_pattern_whose_entry_cannot_be_made_is_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from synoptic import patterns

    # Another Python's compiler: no entry builds a pattern equal to re.compile's.
    monkeypatch.setattr(patterns, "_entry", lambda key, module: None)
    path = tmp_path / "store.bin"
    first = PatternStore(path)
    first.compile("a+", 0, "synoptic.a")
    first.save(always=True)
    path.write_bytes(path.read_bytes())  # a new modification time to compare
    before = path.stat().st_mtime_ns
    second = PatternStore(path)
    assert second.compile("a+", 0, "synoptic.a").fullmatch("aa") is not None
    second.save(always=True)
    assert path.stat().st_mtime_ns == before


def test_the_store_writes_no_file_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = PatternStore(tmp_path / "store.bin")
    store.compile("a+", 0, "synoptic.a")
    store.save()
    assert not (tmp_path / "store.bin").exists()
    store.save(always=True)  # as `build_store` asks
    assert (tmp_path / "store.bin").exists()


def test_a_store_it_cannot_write_costs_nothing_but_the_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    store = PatternStore(tmp_path / "file" / "store.bin")
    assert store.compile("a+", 0, "synoptic.a").fullmatch("aaa") is not None
    store.save(always=True)  # no error
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_patterns_of_code_outside_synoptic_stay_out_of_the_store() -> None:
    from synoptic import patterns

    compiled = compile_pattern(r"outside\s+synoptic")
    lazy_compile(r"lazy\s+outside")
    assert compiled.search("outside  synoptic") is not None
    assert (r"outside\s+synoptic", 0) not in patterns._STORE._asked
    assert (r"lazy\s+outside", 0) not in patterns._STORE._asked
