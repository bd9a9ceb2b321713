import sys

from synoptic.text.names import fakers_names_by_sex, given_names, given_names_by_sex


def test_the_given_names_file_holds_fakers_names_as_installed() -> None:
    # Written by `python -m synoptic.text.names`; rewrite it when Faker's lists change.
    male, female = fakers_names_by_sex()
    assert given_names_by_sex() == (male, female)
    assert given_names() == male | female
    assert {"keith", "jordan"} <= male and {"jane", "jordan"} <= female


def test_the_names_are_read_without_importing_faker() -> None:
    given_names_by_sex.cache_clear()
    faker = {name: module for name, module in sys.modules.items() if name.startswith("faker")}
    for name in faker:
        del sys.modules[name]
    try:
        assert given_names_by_sex()[0]
        assert not any(name.startswith("faker") for name in sys.modules)
    finally:
        sys.modules.update(faker)


def test_given_names_are_lower_cased_names_not_words() -> None:
    names = given_names()
    assert len(names) > 5000
    assert {"keith", "jane", "ali", "hanna"} <= names
    assert all(name == name.lower() for name in names)  # some are two words ("hans georg")
