"""The public API: every name in ``synoptic.__all__`` resolves (they load lazily)."""

from __future__ import annotations


def test_public_api_names_all_resolve() -> None:
    import synoptic

    assert set(synoptic.__all__) == set(synoptic._WHERE)
    for name in synoptic.__all__:
        assert getattr(synoptic, name) is not None
