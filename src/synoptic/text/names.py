"""Given names, to tell a person's name from other words where case cannot.

Faker's person providers (MIT; national registers' given names, as the US Social
Security Administration's) for the languages of the outlets we read, lower-cased. They
load on first use (faker's import takes about 0.1 s), so a process that never asks,
as a batch of cased newswire never does, never pays for them.
"""

from __future__ import annotations

import importlib
from functools import cache

__all__ = ["NAME_LOCALES", "given_names", "given_names_by_sex"]

NAME_LOCALES = ("en", "en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL")


@cache
def given_names_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """The men's and the women's given names of `NAME_LOCALES`, lower-cased."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        male.update(name.lower() for name in getattr(provider, "first_names_male", ()))
        female.update(name.lower() for name in getattr(provider, "first_names_female", ()))
    return frozenset(male), frozenset(female)


@cache
def given_names() -> frozenset[str]:
    """Every given name of `NAME_LOCALES`, lower-cased."""
    male, female = given_names_by_sex()
    return male | female
