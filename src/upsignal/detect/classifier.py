"""Learned sentence classifier (detection layer 3): hashed n-grams + cue groups -> calibrated LR.

One independent binary logistic regression per kind over a stateless feature hashing of word
and character n-grams plus EN/DE cue-word groups (`clf_features`). Scores are Platt-calibrated
on out-of-fold decision values and each kind has an F1-optimal threshold chosen by
cross-validation. A sentence-transformers embedding block (any model name or local path;
"default" = the packaged all-MiniLM-L6-v2) can be switched on in `FeatureConfig`; it is off
in the shipped artefact because it is ~20x slower and did not beat n-grams + cues.

A MiniLM second stage (LR head on embeddings, blended with the fast score only for sentences
in an uncertain band) was measured and not shipped: blending every sentence adds ~+0.02-0.03
F1 on the dev sets (trained on allowed data only), but a band of 0.15-0.85 already sends 28% of
demo sentences (5-49% of eval sentences) to MiniLM, which runs at ~100-300 sentences/s on 2
cores; bands narrow enough for the speed budget (|p - thr| <= 0.05-0.10, 1-7% of sentences)
gave changes within noise (-0.01..+0.02). Fine-tuning MiniLM's top four layers
(`scripts/exp_finetune.py`) was mixed on held-out data (better on ARdoc, Jindal, CompSent; worse
on NLBSE and workaround) and ~10x too slow for the detection budget, so it is not shipped either.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from upsignal.detect.clf_features import CUE_NAMES, FeatureConfig, Featurizer
from upsignal.errors import UpsignalError
from upsignal.types import SENTENCE_KINDS

NAME = "sentence_clf"
VERSION = "sentence_clf.v1"
KINDS: tuple[str, ...] = SENTENCE_KINDS
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "models" / NAME


class ModelLoadError(UpsignalError):
    """The classifier artefact is missing or unreadable."""


MIN_LANG_POSITIVES = 30  # positives (and negatives) a language needs for its own threshold of a kind
CV_REPEATS = 3  # fold splits whose out-of-fold scores are pooled to calibrate and choose thresholds
THRESHOLD_TOLERANCE = 0.01  # thresholds within this F1 of the best count as best; the middle one is taken


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def best_threshold(y: np.ndarray, p: np.ndarray, tolerance: float = 0.0) -> float:
    """Threshold maximising F1 on (y, p): the middle of the thresholds on a 0.01 grid whose F1 is within
    `tolerance` of the best."""
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    f1s = np.array([_f1(y, p >= t) for t in grid])
    best = np.flatnonzero(f1s >= f1s.max() - tolerance - 1e-9)
    return float(grid[best[len(best) // 2]])


def _f1(y: np.ndarray, yhat: np.ndarray) -> float:
    tp = float(np.sum(y & yhat))
    denom = float(np.sum(y) + np.sum(yhat))
    return 0.0 if denom == 0 else 2 * tp / denom


class SentenceClassifier:
    """Multi-label sentence classifier: `predict_proba(texts)` -> (n, len(kinds)) probabilities."""

    def __init__(
        self,
        kinds: Sequence[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        calibration: np.ndarray,
        thresholds: dict[str, float],
        features: FeatureConfig | None = None,
        meta: dict[str, Any] | None = None,
        thresholds_by_lang: dict[str, dict[str, float]] | None = None,
    ) -> None:
        self.kinds = tuple(kinds)
        self.coef = np.asarray(coef, dtype=np.float32)  # (n_features, n_kinds)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.calibration = np.asarray(calibration, dtype=np.float64)  # (n_kinds, 2): a, b
        self.thresholds = dict(thresholds)
        # a language's own thresholds, where its rows were enough to choose them ("de": German rows only)
        self.thresholds_by_lang = {lang: dict(t) for lang, t in (thresholds_by_lang or {}).items()}
        self.features = features or FeatureConfig()
        self.meta = dict(meta or {})
        self._featurizer = Featurizer(self.features)

    @functools.cached_property
    def name(self) -> str:
        """Detector name and version recorded on signals: the model version plus a digest of its weights
        and thresholds, so signals from a retrained model can be told apart ("sentence_clf.v1+1a2b3c4d")."""
        h = hashlib.sha256(self.coef.tobytes())
        h.update(self.intercept.tobytes())
        h.update(self.calibration.tobytes())
        h.update(json.dumps(self.thresholds, sort_keys=True).encode())
        if self.thresholds_by_lang:
            h.update(json.dumps(self.thresholds_by_lang, sort_keys=True).encode())
        return f"{VERSION}+{h.hexdigest()[:8]}"

    def thresholds_for(self, lang: str | None) -> dict[str, float]:
        """Per-kind thresholds for text in `lang`: the language's own where it has them, else the shared ones."""
        return self.thresholds | self.thresholds_by_lang.get(lang or "", {})

    # ---- inference
    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, shape (n, n_kinds)."""
        if not texts:
            return np.zeros((0, len(self.kinds)))
        X = self._featurizer.transform(list(texts))
        return np.asarray(X @ self.coef, dtype=np.float64) + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probabilities, shape (n, len(kinds))."""
        z = self.decision_function(texts)
        return _sigmoid(z * self.calibration[:, 0] + self.calibration[:, 1])

    def predict(self, texts: Sequence[str]) -> list[list[str]]:
        """Kinds whose probability reaches the kind's threshold, per text."""
        p = self.predict_proba(texts)
        thr = np.array([self.thresholds[k] for k in self.kinds])
        return [[k for k, hit in zip(self.kinds, row) if hit] for row in p >= thr]

    # ---- persistence
    def save(self, path: Path | str) -> None:
        """Write `config.json` and `weights.npz` (sparse float16 coefficients) under `path`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(np.any(self.coef != 0, axis=1)).astype(np.int32)
        _write_npz(
            path / "weights.npz",
            rows=nz,
            values=self.coef[nz].astype(np.float16),
            intercept=self.intercept,
            calibration=self.calibration,
        )
        config = {
            "name": NAME,
            "version": VERSION,
            "kinds": list(self.kinds),
            "thresholds": {k: round(v, 4) for k, v in self.thresholds.items()},
            "thresholds_by_lang": {lang: {k: round(v, 4) for k, v in t.items()}
                                   for lang, t in self.thresholds_by_lang.items()},
            "features": self.features.to_dict(),
            "cue_names": list(CUE_NAMES),
            "meta": self.meta,
        }
        (path / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, path: Path | str | None = None) -> SentenceClassifier:
        """Load an artefact directory (default: the shipped `models/sentence_clf`)."""
        path = Path(path) if path is not None else DEFAULT_PATH
        try:
            config = json.loads((path / "config.json").read_text())
            w = np.load(path / "weights.npz")
        except (OSError, ValueError) as e:
            raise ModelLoadError(
                f"cannot load sentence classifier from {path}: {e}. "
                "Rebuild it with: python scripts/train.py"
            ) from e
        if config.get("cue_names") != list(CUE_NAMES):
            raise ModelLoadError(
                f"{path} was trained with other cue groups; retrain: python scripts/train.py"
            )
        features = FeatureConfig.from_dict(config["features"])
        coef = np.zeros((features.n_features, len(config["kinds"])), dtype=np.float32)
        coef[w["rows"]] = w["values"].astype(np.float32)
        return cls(
            config["kinds"], coef, w["intercept"], w["calibration"],
            config["thresholds"], features, config.get("meta"), config.get("thresholds_by_lang"),
        )

    # ---- training
    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[Sequence[str]],
        annotated: Sequence[Sequence[str]],
        kinds: Sequence[str] = KINDS,
        features: FeatureConfig | None = None,
        C: float = 4.0,
        folds: int = 5,
        sample_weight: np.ndarray | None = None,
        langs: Sequence[str] | None = None,
        repeats: int = CV_REPEATS,
    ) -> SentenceClassifier:
        """Train one LR per kind on the rows annotated for it; calibrate and threshold by CV. With `langs`
        (each row's language), each language with enough positives of a kind gets its own threshold, chosen
        on its own rows' out-of-fold probabilities; the shared threshold is chosen on all rows."""
        features = features or FeatureConfig()
        X = Featurizer(features).transform(list(texts))
        sw = np.ones(len(texts)) if sample_weight is None else np.asarray(sample_weight, float)
        coef = np.zeros((features.n_features, len(kinds)), dtype=np.float32)
        intercept = np.zeros(len(kinds))
        calib = np.tile([1.0, 0.0], (len(kinds), 1))
        thresholds: dict[str, float] = {}
        by_lang: dict[str, dict[str, float]] = {}
        row_langs = np.array(list(langs) if langs is not None else ["" for _ in texts])
        cv: dict[str, dict[str, float]] = {}
        for j, kind in enumerate(kinds):
            idx = np.array([i for i, a in enumerate(annotated) if kind in a], dtype=int)
            y = np.array([kind in labels[i] for i in idx], dtype=bool)
            if len(idx) == 0 or y.sum() < max(2, folds) or (~y).sum() < folds:
                thresholds[kind] = 1.0  # too little data: never fires
                continue
            Xk, wk = X[idx], sw[idx]
            # out-of-fold scores of every row under `repeats` different fold splits, pooled: one split
            # alone moved an F1-optimal threshold by up to .38 on these flat curves
            z = np.concatenate([_oof_decision(Xk, y, wk, C, folds, seed) for seed in range(repeats)])
            yr = np.tile(y, repeats)
            a, b = _platt(z, yr)
            p = _sigmoid(a * z + b)
            thresholds[kind] = best_threshold(yr, p, THRESHOLD_TOLERANCE)
            cv[kind] = _prf(yr, p >= thresholds[kind]) | {"n": int(len(y)), "pos": int(y.sum())}
            for lang in sorted(set(row_langs[idx]) - {""}):
                own = row_langs[idx] == lang
                if y[own].sum() >= MIN_LANG_POSITIVES and (~y[own]).sum() >= MIN_LANG_POSITIVES:
                    mine = np.tile(own, repeats)
                    by_lang.setdefault(lang, {})[kind] = best_threshold(yr[mine], p[mine], THRESHOLD_TOLERANCE)
            model = _lr(C).fit(Xk, y, sample_weight=wk)
            coef[:, j] = model.coef_[0]
            intercept[j] = model.intercept_[0]
            calib[j] = (a, b)
        meta = {"C": C, "folds": folds, "repeats": repeats, "cv": cv, "n_train": len(texts)}
        return cls(kinds, coef, intercept, calib, thresholds, features, meta, by_lang)


def _write_npz(path: Path, **arrays: np.ndarray) -> None:
    """Compressed .npz with fixed zip timestamps, so the same model gives the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.save(buf, np.ascontiguousarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())


def _lr(C: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=0)


def _oof_decision(X: Any, y: np.ndarray, w: np.ndarray, C: float, folds: int, seed: int = 0) -> np.ndarray:
    """Out-of-fold decision values from stratified folds split with `seed`."""
    from sklearn.model_selection import StratifiedKFold

    z = np.zeros(len(y))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
        z[te] = _lr(C).fit(X[tr], y[tr], sample_weight=w[tr]).decision_function(X[te])
    return z


def _platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling: p = sigmoid(a*z + b) fitted on out-of-fold scores."""
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=1e4, solver="lbfgs").fit(z.reshape(-1, 1), y)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def _prf(y: np.ndarray, yhat: np.ndarray) -> dict[str, float]:
    tp = float(np.sum(y & yhat))
    p = tp / max(1.0, float(yhat.sum()))
    r = tp / max(1.0, float(y.sum()))
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
