"""The spaCy loader: integrity pins and offset-preserving parsing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from synoptic.analyse import nlp as nlp_module
from synoptic.analyse.nlp import ModelIntegrityError, load_nlp, parse_articles, verify_model
from synoptic.errors import SynopticError
from synoptic.model import Article

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_verify_model_rejects_a_changed_file(tmp_path: Path) -> None:
    for name in ("config.cfg", "meta.json", "tokenizer", "vocab/strings.json", "ner/model"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"not the model")
    with pytest.raises(ModelIntegrityError, match="sha256"):
        verify_model(tmp_path, ["ner"])


def test_verify_model_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SynopticError, match="missing"):
        verify_model(tmp_path, ["ner"])


@pytest.mark.slow
def test_load_nlp_keeps_only_the_ner(nlp: Language) -> None:
    assert nlp.pipe_names == ["ner"]


@pytest.mark.slow
def test_parse_articles_keeps_article_offsets(nlp: Language) -> None:
    articles = [
        Article(id="a", text="Secretary of State John Kerry met  Sergei Lavrov.\n\nIn Sochi."),
        Article(id="b", text="Vladimir Putin spoke in Moscow on Tuesday."),
    ]
    docs = parse_articles(nlp, articles)
    assert set(docs) == {"a", "b"}
    for article in articles:
        doc = docs[article.id]
        assert doc.text == article.text
        for ent in doc.ents:
            assert article.text[ent.start_char : ent.end_char] == ent.text
    assert "John Kerry" in {e.text for e in docs["a"].ents if e.label_ == "PERSON"}


@pytest.mark.slow
def test_load_nlp_fails_on_a_tampered_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "model"
    shutil.copytree(nlp_module._model_dir(), copy)
    with (copy / "ner" / "model").open("ab") as handle:
        handle.write(b"\0")
    monkeypatch.setattr(nlp_module, "_model_dir", lambda: copy)
    with pytest.raises(ModelIntegrityError, match="ner/model"):
        load_nlp()
