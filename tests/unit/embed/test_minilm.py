from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from synoptic.embed.minilm import DIMENSION, MiniLMEmbedder, ModelIntegrityError
from synoptic.errors import SynopticError


@pytest.fixture(scope="module")
def minilm() -> Iterator[MiniLMEmbedder]:
    yield MiniLMEmbedder()


def test_wrong_file_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ModelIntegrityError, match="sha256"):
        MiniLMEmbedder(fake)
    assert issubclass(ModelIntegrityError, SynopticError)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SynopticError, match="not found"):
        MiniLMEmbedder(tmp_path / "absent.onnx")


@pytest.mark.slow
def test_shape_dtype_unit_rows_and_empty(minilm: MiniLMEmbedder) -> None:
    vectors = minilm.encode(["Kerry met Lavrov in Sochi.", "", "   ", "Talks lasted hours."])
    assert vectors.shape == (4, DIMENSION)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors[[0, 3]], axis=1), 1.0, rtol=1e-5)
    assert not vectors[1].any()
    assert not vectors[2].any()
    assert minilm.encode([]).shape == (0, DIMENSION)


@pytest.mark.slow
def test_paraphrase_scores_above_unrelated(minilm: MiniLMEmbedder) -> None:
    a, b, c = minilm.encode(
        [
            "The talks lasted four hours.",
            "The talks lasted eight hours.",
            "A recipe for banana bread needs very ripe fruit.",
        ]
    )
    assert a @ b > 0.8
    assert a @ c < 0.2


@pytest.mark.slow
def test_batching_and_order_do_not_change_vectors(minilm: MiniLMEmbedder) -> None:
    texts = [f"Sentence number {i} about the talks in Sochi." for i in range(40)]
    texts[7] = "A much longer sentence, " * 30  # truncated at 256 tokens, still embedded
    together = minilm.encode(texts)
    alone = np.stack([minilm.encode([t])[0] for t in texts[:3]] + [minilm.encode([texts[7]])[0]])
    np.testing.assert_allclose(together[[0, 1, 2, 7]], alone, atol=1e-4)
