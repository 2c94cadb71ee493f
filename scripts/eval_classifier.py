"""Measure the sentence classifier on the shared dev data; the last line printed is one JSON object.

Per eval dataset and kind: P/R/F1 of the shipped artefact (trained on the allowed data, tested on
dev; for the two CC BY sets, which are in the shipped training data, each 5th is held out and the
model retrained without it), the 5-fold CV upper bound within the dev set, German held-out F1
per kind (5 folds of de.jsonl held out of training), and sentences/s of `predict_proba`.
A row is positive when any of its sentences reaches the kind's threshold.

    python scripts/eval_classifier.py [--model DIR] [--shared ../shared/data] [--skip-cv] [--skip-de]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import CC_BY_SETS, DEFAULT_SHARED, read_jsonl, train, training_rows  # noqa: E402

from upsignal.detect.classifier import SentenceClassifier, _prf  # noqa: E402

SETS = {
    "ardoc_panichella2015": ["feature_request"], "clap_scalabrino": ["feature_request"],
    "nlbse24_issues": ["feature_request"], "tizard_vlc_forum": ["feature_request"],
    "jindal_liu_comparative": ["comparison"], "compsent19": ["comparison"],
    "workaround_limit": ["workaround", "limit_pressure"],
}
_NOISE = re.compile(r"```.*?```|<!--.*?-->", re.S)
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|\s*[\r\t]+\s*")


def sentences(text: str, limit: int = 40, width: int = 300) -> list[str]:
    """Rough sentence split for long rows (issues, reviews); code and HTML comments dropped."""
    out = []
    for s in _SPLIT.split(_NOISE.sub(" ", text)):
        s = s.strip(" #*->`_|")
        out += [s[i : i + width] for i in range(0, len(s), width)] if len(s) >= 3 else []
    return out[:limit] or [text[:width]]


def row_proba(clf: SentenceClassifier, texts: list[str]) -> np.ndarray:
    """Max over sentences of each text, shape (n, kinds)."""
    segs = [sentences(t) for t in texts]
    p = clf.predict_proba([s for ss in segs for s in ss])
    ends = np.cumsum([len(ss) for ss in segs])
    return np.array([p[e - len(ss) : e].max(0) for ss, e in zip(segs, ends)])


def score(clf: SentenceClassifier, rows: list[dict], kind: str, split: bool = True) -> dict:
    """P/R/F1 of one kind on rows annotated for it."""
    rows = [r for r in rows if kind in r["annotated"]]
    y = np.array([kind in r["labels"] for r in rows])
    texts = [r["text"] for r in rows]
    p = row_proba(clf, texts) if split else clf.predict_proba(texts)
    j = clf.kinds.index(kind)
    return _prf(y, p[:, j] >= clf.thresholds[kind])


def folds(rows: list[dict], k: int = 5) -> list[list[dict]]:
    """Deterministic k-way split by row order (rows are sorted by id)."""
    return [rows[i::k] for i in range(k)]


def pooled(parts: list[tuple[np.ndarray, np.ndarray]]) -> dict:
    return _prf(np.concatenate([a for a, _ in parts]), np.concatenate([b for _, b in parts]))


def held_out(rows: list[dict], kind: str, shared: Path, cv_within: bool) -> dict:
    """Each fifth of `rows` scored by a model trained without it (on allowed data or on the rest)."""
    parts = []
    for fold in folds(rows):
        ids = {r["id"] for r in fold}
        if cv_within:
            tr = [dict(r, text=r["text"][:1000]) for r in rows if r["id"] not in ids]
        else:
            tr = training_rows(shared, exclude_ids=ids)
        clf = train(tr, kinds=(kind,))
        y = np.array([kind in r["labels"] for r in fold])
        texts = [r["text"][:1000] for r in fold] if cv_within else [r["text"] for r in fold]
        p = clf.predict_proba(texts) if cv_within else row_proba(clf, texts)
        parts.append((y, p[:, 0] >= clf.thresholds[kind]))
    return pooled(parts)


def german(shared: Path) -> dict:
    """Per-kind F1 on de.jsonl, each fifth held out of training."""
    allr = training_rows(shared)
    de = [r for r in allr if r["id"].startswith("de-")]
    ys, ps = [], []
    for fold in folds(de):
        ids = {r["id"] for r in fold}
        clf = train([r for r in allr if r["id"] not in ids])
        ys.append(np.array([[k in r["labels"] for k in clf.kinds] for r in fold]))
        de_thresholds = clf.thresholds_for("de")  # German rows are judged at the German thresholds
        ps.append(clf.predict_proba([r["text"] for r in fold]) >= [de_thresholds[k] for k in clf.kinds])
    y, p = np.vstack(ys), np.vstack(ps)
    return {k: _prf(y[:, j], p[:, j]) for j, k in enumerate(clf.kinds)}


def speed(clf: SentenceClassifier, shared: Path) -> float:
    """Sentences/s of predict_proba on 5,000 short dev sentences, in batches of 1,000."""
    texts = [r["text"] for r in read_jsonl(shared / "eval" / "compsent19.jsonl")][:5000]
    clf.predict_proba(texts[:100])
    t = time.perf_counter()
    for i in range(0, len(texts), 1000):
        clf.predict_proba(texts[i : i + 1000])
    return len(texts) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--skip-cv", action="store_true", help="skip the 5-fold CV upper bound")
    ap.add_argument("--skip-de", action="store_true", help="skip German held-out")
    args = ap.parse_args()
    if not (args.shared / "eval").is_dir():
        sys.exit(f"no eval data at {args.shared}; pass --shared PATH")
    clf = SentenceClassifier.load(args.model)
    result: dict = {"shipped": {}, "cv5_within": {}}
    print(f"{'dataset':24s} {'kind':16s} {'shipped P/R/F1':>16s}   {'cv5-within P/R/F1':>18s}")
    for name, kinds in SETS.items():
        rows = sorted(read_jsonl(args.shared / "eval" / f"{name}.jsonl"), key=lambda r: r["id"])
        for kind in kinds:
            ann = [r for r in rows if kind in r["annotated"]]
            s = held_out(ann, kind, args.shared, False) if name in CC_BY_SETS else score(clf, ann, kind)
            c = None if args.skip_cv else held_out(ann, kind, args.shared, True)
            result["shipped"][f"{name}/{kind}"] = s
            result["cv5_within"][f"{name}/{kind}"] = c
            cs = "" if c is None else f"{c['p']:.2f}/{c['r']:.2f}/{c['f1']:.2f}"
            print(f"{name:24s} {kind:16s} {s['p']:.2f}/{s['r']:.2f}/{s['f1']:.2f}   {cs:>18s}", flush=True)
    if not args.skip_de:
        result["german_held_out"] = german(args.shared)
        for k, v in result["german_held_out"].items():
            print(f"german held-out {k:16s} P {v['p']:.2f} R {v['r']:.2f} F1 {v['f1']:.2f}", flush=True)
    result["sentences_per_s"] = round(speed(clf, args.shared))
    print(f"predict_proba: {result['sentences_per_s']} sentences/s")
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
