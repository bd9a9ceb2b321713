"""The per-cluster stem table gives each token the stem `stem` gives it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from synoptic.text.tokens import stem, stem_table, tokenize

_TOKENS = st.lists(
    st.sampled_from(["ran", "running", "runs", "four", "4", "talks", "the", "ferries", "über"])
    | st.text(alphabet="abcdeilnorsty0123456789", min_size=1, max_size=12),
    max_size=40,
)


@given(_TOKENS)
def test_stem_table_is_stem_of_each_distinct_token_in_first_order(tokens: list[str]) -> None:
    table = stem_table(tokens)
    assert list(table) == list(dict.fromkeys(tokens))
    assert table == {t: stem(t) for t in tokens}


def test_short_tokens_stay_and_long_ones_are_stemmed() -> None:
    assert stem("ran") == "ran"
    assert stem("running") == "run"
    assert stem_table(tokenize("Ferries ran; ferries RAN.")) == {"ferries": "ferri", "ran": "ran"}
