"""Held-out figures of the whole detector (rules + classifier + fusion) on the shared dev data.

The two CC BY sets are in the shipped classifier's training data, so for them each fifth (by id
hash) is held out in turn: the classifier is retrained without it and the full detector scores it
(pooled over the five folds). The other sets are never trained on and are scored with a classifier
trained on everything allowed. Options compare training settings (model selection by held-out F1).
The last line printed is one JSON object.

    python scripts/eval_heldout.py [--C 4] [--weight tizard_vlc=2 --weight jindal=2]   # ~12 min on 2 cores
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import DEFAULT_SHARED, C, train, training_rows

from upsignal.catalog import load_catalog
from upsignal.detect.engine import Detector
from upsignal.evaluate import evaluate
from upsignal.ingest.evalset import EvalRow, read_eval_rows

ROOT = Path(__file__).resolve().parent.parent
CC_BY = {"jindal_liu_comparative": "comparison", "tizard_vlc_forum": "feature_request"}
OTHERS = {"ardoc_panichella2015": "feature_request", "clap_scalabrino": "feature_request",
          "nlbse24_issues": "feature_request", "compsent19": "comparison", "workaround_limit": "workaround"}


def fold(row_id: str, k: int = 5) -> int:
    return int(hashlib.md5(row_id.encode()).hexdigest(), 16) % k


def f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--catalog", type=Path, default=ROOT / "corpora" / "demo" / "catalog.toml")
    ap.add_argument("--C", type=float, default=C, dest="c")
    ap.add_argument("--weight", action="append", default=[], help="SOURCE=W, e.g. tizard_vlc=2 (id prefix)")
    args = ap.parse_args()
    if not (args.shared / "eval").is_dir():
        sys.exit(f"{args.shared}/eval not found: this script needs the shared dev data (--shared DIR)")
    weights = {k: float(v) for k, v in (w.split("=", 1) for w in args.weight)}
    catalog = load_catalog(args.catalog)
    rows = training_rows(args.shared)
    started = time.time()
    result: dict[str, dict] = {}
    for name, kind in CC_BY.items():
        dev: list[EvalRow] = list(read_eval_rows(args.shared / "eval" / f"{name}.jsonl"))
        tp = fp = fn = 0
        for k in range(5):
            held = {r.id for r in dev if fold(r.id) == k}
            kept = [r for r in rows if r["id"] not in held]
            detector = Detector(catalog, classifier=train(kept, c=args.c, weights=weights))
            s = evaluate(iter([r for r in dev if r.id in held]), detector)[kind]
            tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
        result[name] = {kind: f1(tp, fp, fn) | {"held_out": "5 folds"}}
        print(f"{name:24s} {kind:16s} {result[name][kind]}", flush=True)
    detector = Detector(catalog, classifier=train(rows, c=args.c, weights=weights))
    for name, kind in OTHERS.items():
        s = evaluate(read_eval_rows(args.shared / "eval" / f"{name}.jsonl"), detector)[kind]
        result[name] = {kind: {m: s[m] for m in ("precision", "recall", "f1")} | {"held_out": "never trained on"}}
        print(f"{name:24s} {kind:16s} {result[name][kind]}", flush=True)
    mean = float(np.mean([next(iter(v.values()))["f1"] for v in result.values()]))
    print(json.dumps({"C": args.c, "weights": weights, "datasets": result, "mean_f1": round(mean, 4),
                      "seconds": round(time.time() - started)}))


if __name__ == "__main__":
    main()
