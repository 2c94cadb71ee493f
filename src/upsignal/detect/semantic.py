"""Semantic linking: a request naming no alias goes to the closest catalog feature, above a threshold."""

from __future__ import annotations

from typing import Any

from ..catalog import Catalog
from ..embedding import encode

DEFAULT_THRESHOLD = 0.5


class FeatureLinker:
    """Cosine similarity between a sentence and each feature's name, description and aliases."""

    def __init__(self, catalog: Catalog, model: str | None = None, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.catalog = catalog
        self.model = model
        self.threshold = threshold
        self._features: Any = None  # (n_features, dim), computed on first use

    def _feature_matrix(self) -> Any:
        if self._features is None:
            texts = [f"{f.name}: {f.description} ({', '.join((*f.aliases, *f.aliases_de))})"
                     for f in self.catalog.features]
            self._features = encode(texts, self.model)
        return self._features

    def link(self, sentences: list[str]) -> list[tuple[str, float] | None]:
        """For each sentence: (feature id, similarity) when the best match clears the threshold."""
        if not sentences or not self.catalog.features:
            return [None] * len(sentences)
        sims = encode(sentences, self.model) @ self._feature_matrix().T
        out: list[tuple[str, float] | None] = []
        for row in sims:
            best = int(row.argmax())
            score = float(row[best])
            out.append((self.catalog.features[best].id, score) if score >= self.threshold else None)
        return out
