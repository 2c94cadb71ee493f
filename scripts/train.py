"""Train the shipped sentence classifier (detection layer 3) and print its cross-validated P/R/F1.

Training data: corpora/labeled/*.jsonl (the project's own hand-labelled rows) plus, when the
shared evaluation data is present, the two CC BY sets (jindal_liu_comparative for comparison,
tizard_vlc_forum for feature_request). Deterministic: same data in, same artefact out.

    python scripts/train.py [--out src/upsignal/models/sentence_clf] [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from upsignal.detect.classifier import DEFAULT_PATH, KINDS, SentenceClassifier  # noqa: E402
from upsignal.detect.clf_features import FeatureConfig  # noqa: E402

CC_BY_SETS = ("jindal_liu_comparative", "tizard_vlc_forum")  # the only shared sets we may ship
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
C = 4.0


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON Lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def training_rows(shared: Path | None, exclude_ids: set[str] = frozenset()) -> list[dict]:
    """corpora/labeled rows, plus the CC BY sets when `shared` holds them; sorted by id."""
    rows = []
    for path in sorted((ROOT / "corpora" / "labeled").glob("*.jsonl")):
        rows += read_jsonl(path)
    if shared is not None and (shared / "eval").is_dir():
        for name in CC_BY_SETS:
            rows += read_jsonl(shared / "eval" / f"{name}.jsonl")
    rows = [r for r in rows if r["id"] not in exclude_ids]
    return sorted(rows, key=lambda r: r["id"])


def train(rows: list[dict], kinds=KINDS, features: FeatureConfig | None = None, c: float = C,
          weights: dict[str, float] | None = None) -> SentenceClassifier:
    """Fit the classifier on eval-format rows; `weights` weighs rows by the source prefix of their id."""
    sample_weight = None
    if weights:
        sample_weight = np.array([weights.get(r["id"].split(":")[0].split("-")[0], 1.0) for r in rows])
    return SentenceClassifier.fit(
        [r["text"] for r in rows], [r["labels"] for r in rows], [r["annotated"] for r in rows],
        kinds=kinds, features=features, C=c, sample_weight=sample_weight,
        langs=[r.get("lang", "en") for r in rows],  # the shared sets are English and carry no "lang"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--no-shared", action="store_true", help="train on corpora/labeled only")
    args = ap.parse_args()
    shared = None if args.no_shared or not args.shared.is_dir() else args.shared
    rows = training_rows(shared)
    print(f"training rows: {len(rows)} (CC BY sets: {'yes' if shared else 'no'})")
    t = time.time()
    clf = train(rows)
    clf.meta["sources"] = sorted({r["id"].split(":")[0].split("-")[0] for r in rows})
    meta = clf.meta
    print(f"trained in {time.time() - t:.0f}s; {meta['folds']}-fold cross-validated ({meta['repeats']} splits pooled),"
          " at the chosen threshold:")
    print(f"{'kind':16s} {'n':>6s} {'pos':>5s} {'thr':>5s} {'P':>5s} {'R':>5s} {'F1':>5s}")
    for kind in clf.kinds:
        cv = meta["cv"].get(kind)
        if cv:
            print(f"{kind:16s} {cv['n']:6d} {cv['pos']:5d} {clf.thresholds[kind]:5.2f} "
                  f"{cv['p']:5.2f} {cv['r']:5.2f} {cv['f1']:5.2f}")
    for lang, own in sorted(clf.thresholds_by_lang.items()):
        print(f"{lang} thresholds (its own rows): " + ", ".join(f"{k} {v:.2f}" for k, v in own.items()))
    clf.save(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"wrote {args.out} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
