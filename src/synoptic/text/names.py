"""Given names, to tell a person's name from other words where case cannot.

The names are Faker's person providers' (MIT; national registers' given names, as the
US Social Security Administration's) for the languages of the outlets we read,
lower-cased. `given_names` and `given_names_by_sex` read them from ``given_names.txt``
beside this module, men's then women's (written by ``python -m synoptic.text.names``
from the installed Faker; a test checks the file against it): importing Faker cost
0.1 s and 14 MiB of every batch process, where the cleaner asks on lower-cased pages,
and 0.2 s of every brief, whose quotes ask a speaker's sex (Faker's package scans
all its locales when imported).
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

__all__ = ["NAME_LOCALES", "fakers_names_by_sex", "given_names", "given_names_by_sex"]

NAME_LOCALES = ("en", "en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")
_FILE = Path(__file__).with_name("given_names.txt")


_MEN, _WOMEN = "# men", "# women"  # the file's two sections


@cache
def given_names_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """The men's and the women's given names of `NAME_LOCALES`, lower-cased (from
    ``given_names.txt``); a name given to both is in both."""
    sections: dict[str, set[str]] = {_MEN: set(), _WOMEN: set()}
    names = sections[_MEN]
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if line in sections:
            names = sections[line]
        elif line and not line.startswith("#"):
            names.add(line)
    return frozenset(sections[_MEN]), frozenset(sections[_WOMEN])


@cache
def given_names() -> frozenset[str]:
    """Every given name of `NAME_LOCALES`, lower-cased (from ``given_names.txt``)."""
    # Both sections read at once, not `given_names_by_sex`'s union: every batch process
    # asks this, and the union costs it 8.4 ms against 5.5.
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def fakers_names_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """The men's and the women's given names of `NAME_LOCALES` in the installed Faker."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male.update(name.lower() for name in getattr(provider, "first_names_male", ()))
        female.update(name.lower() for name in getattr(provider, "first_names_female", ()))
    return frozenset(male), frozenset(female)


def _write() -> None:
    """Write ``given_names.txt`` from the installed Faker (``python -m synoptic.text.names``)."""
    import faker

    male, female = fakers_names_by_sex()
    header = (
        f"# Given names of Faker {faker.VERSION}'s person providers (MIT licence, "
        "https://github.com/joke2k/faker),\n"
        f"# locales {', '.join(NAME_LOCALES)}; lower-cased, men's then women's (a name "
        "given to both is in both). Written by `python -m synoptic.text.names`.\n"
    )
    sections = [_MEN, *sorted(male), _WOMEN, *sorted(female)]
    _FILE.write_text(header + "\n".join(sections) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write()
