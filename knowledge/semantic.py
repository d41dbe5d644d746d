"""Meaning past shared words: which entry a question is closest to by its tokens' meanings.

The lexical matcher scores the words a question shares with the phrasings; a paraphrase that
shares none ("what makes a country's politics modern" for the definition of modernization) leaves
it unsure between close entries. WordLlama's static token embeddings (its bundled `l2_supercat`
model: Llama 2's tokenizer, 256 dimensions, 16 MB; numpy only, no model download) place a text
at the mean of its tokens' vectors, so paraphrases land near each other. The phrasings' vectors
are computed with the KB's index (and kept in its cache); a question costs one tokenization and
a product with its language's phrasings (about 0.1 ms).

It only breaks ties the words leave: the answers layer asks it which of the entries the matcher
was unsure between is meant, and takes that entry only when it is also the closest entry of all
(`closest`). It never answers a question the words found nothing close for, nor one the intent
rules refuse (a current office holder, a count the essay lacks).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from tokenizers import Tokenizer

MODEL = "l2_supercat"
DIMENSIONS = 256


@dataclass(frozen=True)
class Embedder:
    """Text -> unit vector: the mean of the text's token embeddings, normalized."""

    tokenizer: Tokenizer
    weights: NDArray[np.float16]  # vocabulary x DIMENSIONS, as stored (16 MB; float32 would double it)

    def vectors(self, texts: Sequence[str]) -> NDArray[np.float32]:
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        out = np.zeros((len(texts), self.weights.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(encodings):
            out[row] = self._mean(encoding.ids)
        return out

    def vector(self, text: str) -> NDArray[np.float32]:
        return self._mean(self.tokenizer.encode(text, add_special_tokens=False).ids)

    def _mean(self, ids: list[int]) -> NDArray[np.float32]:
        if not ids:
            return np.zeros(self.weights.shape[1], dtype=np.float32)
        v: NDArray[np.float32] = self.weights[np.clip(ids, 0, self.weights.shape[0] - 1)].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v


def _model_dir() -> Path:
    """The installed wordllama package's directory, found without importing it (its import pulls in
    requests and its training configuration: half a second we do not need)."""
    spec = find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordllama is not installed (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations)))


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Embedder:
    from safetensors.numpy import load_file

    root = _model_dir()
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / f"{MODEL}_tokenizer_config.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    weights = load_file(str(root / "weights" / f"{MODEL}_{DIMENSIONS}.safetensors"))["embedding.weight"]
    return Embedder(tokenizer, np.ascontiguousarray(weights[:, :DIMENSIONS]))


def embedder() -> Embedder:
    """The model, loaded once per process (about 0.2 s; `knowledge.answers.warm_up` loads it before
    the first question)."""
    with _lock:  # two threads asking at once load it once
        return _load()


UNRELATED_PERCENTILE = 99.0  # a meaning counts when closer than this share of unrelated phrasings are


@dataclass(frozen=True)
class SemanticIndex:
    """The phrasings' vectors of one language, the entry each belongs to, and how close two
    phrasings of different topics can come in that language (`floor`).

    The floor differs by language because Llama 2's tokenizer cuts Cyrillic, and Kazakh letters
    most, into small pieces whose vectors say less: unrelated Kazakh texts sit as close as related
    English ones (the 99th percentile of phrasings on different topics: about 0.52 in English, 0.71
    in Russian, 0.81 in Kazakh). Computed from the KB itself, not from any question set."""

    owners: tuple[str, ...]  # entry id per row
    vectors: NDArray[np.float32]  # rows x DIMENSIONS, unit length
    floor: float = 1.0

    @classmethod
    def build(cls, phrasings: Iterable[tuple[str, str]], topics: Mapping[str, str]) -> SemanticIndex:
        """`phrasings`: (entry id, text); `topics`: entry id -> its topic."""
        pairs = list(phrasings)
        if not pairs:
            return cls((), np.zeros((0, DIMENSIONS), np.float32))
        vectors = embedder().vectors([text for _, text in pairs])
        topic = np.array([topics.get(entry_id, entry_id) for entry_id, _ in pairs])
        unrelated = (vectors @ vectors.T)[topic[:, None] != topic[None, :]]
        floor = float(np.percentile(unrelated, UNRELATED_PERCENTILE)) if unrelated.size else 1.0
        return cls(tuple(entry_id for entry_id, _ in pairs), vectors, floor)

    def closest(self, text: str) -> str | None:
        """The entry one of whose phrasings is nearest in meaning to `text`, when that phrasing is
        closer than unrelated phrasings of this language come (`floor`)."""
        if not self.owners:
            return None
        # einsum, not `@`: a matrix-vector product wakes BLAS's threads, which on a busy machine made
        # one question in a hundred wait 4 ms; einsum's own loop takes 0.15-0.2 ms every time
        scores = np.einsum("ij,j->i", self.vectors, embedder().vector(text))
        best = int(np.argmax(scores))
        return self.owners[best] if scores[best] >= self.floor else None
