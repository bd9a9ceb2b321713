from synoptic.text.names import given_names, given_names_by_sex


def test_the_given_names_file_holds_fakers_names_as_installed() -> None:
    # Written by `python -m synoptic.text.names`; rewrite it when Faker's lists change.
    male, female = given_names_by_sex()
    assert given_names() == male | female


def test_given_names_are_lower_cased_names_not_words() -> None:
    names = given_names()
    assert len(names) > 5000
    assert {"keith", "jane", "ali", "hanna"} <= names
    assert all(name == name.lower() for name in names)  # some are two words ("hans georg")
