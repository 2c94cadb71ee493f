"""Measure linking and detection on the demo corpora against their answer key.

Ingests corpora/demo into a fresh temporary database (accounts + all exports, detection on),
then compares with corpora/demo/answer_key.jsonl:
- linking: precision/recall of conversation -> account;
- signals: precision/recall/F1 per kind, a predicted signal matching a gold one when they are in
  the same conversation, of the same kind, and their sentences overlap. "folded" scores count
  tier_feature_request as feature_request and competitor_comparison as comparison.
Last line: one JSON object.

    python scripts/eval_demo.py [--db PATH] [--no-detect]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from upsignal.catalog import load_catalog  # noqa: E402
from upsignal.evaluate import COUNTS_AS, Score  # noqa: E402
from upsignal.ingest.accounts import read_accounts  # noqa: E402
from upsignal.link import AccountIndex  # noqa: E402
from upsignal.pipeline import build_detector, ingest_paths, make_analyser  # noqa: E402
from upsignal.store import open_db  # noqa: E402
from upsignal.store.queries import all_accounts  # noqa: E402
from upsignal.store.writes import upsert_accounts  # noqa: E402
from upsignal.types import Account, Conversation  # noqa: E402

DEMO = ROOT / "corpora" / "demo"


def overlaps(a: str, b: str) -> bool:
    """Same evidence: one sentence contains the other, or they share most of their words."""
    a, b = a.strip().lower(), b.strip().lower()
    if a in b or b in a:
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def build(db_path: Path, detect: bool) -> tuple[object, float]:
    catalog = load_catalog(DEMO / "catalog.toml")
    db = open_db(db_path)
    records = list(read_accounts(DEMO / "accounts.csv", catalog))
    upsert_accounts(db, [r for r in records if isinstance(r, Account)], [], "accounts.csv")
    index = AccountIndex(all_accounts(db))
    detector = build_detector(DEMO / "catalog.toml", index) if detect else None
    start = time.perf_counter()
    ingest_paths(db, [DEMO / "tickets", DEMO / "calls", DEMO / "reviews"], analyse=make_analyser(index, detector))
    return db, time.perf_counter() - start


def linking_scores(db: object, key: list[dict]) -> dict[str, float]:
    linked = dict(db.execute("SELECT id, account_id FROM conversations").fetchall())
    tp = fp = fn = 0
    for row in key:
        cid = Conversation.make_id(row["source_system"], row["external_id"])
        gold, pred = row["account_id"], linked.get(cid)
        tp += bool(gold and pred == gold)
        fp += bool(pred and pred != gold)
        fn += bool(gold and pred != gold)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}


def signal_scores(db: object, key: list[dict], fold: bool) -> dict[str, dict]:
    rows = db.execute("SELECT conversation_id, kind, sentence FROM signals").fetchall()
    return score_predictions(rows, key, fold)


def score_predictions(rows: list[tuple[str, str, str]], key: list[dict], fold: bool) -> dict[str, dict]:
    """P/R/F1 per kind of (conversation id, kind, sentence) predictions against the answer key."""
    name = (lambda k: COUNTS_AS.get(k, k)) if fold else (lambda k: k)
    predicted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cid, kind, sentence in rows:
        predicted[(cid, name(kind))].append(sentence)
    gold: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in key:
        cid = Conversation.make_id(row["source_system"], row["external_id"])
        for sig in row["signals"]:
            gold[(cid, name(sig["kind"]))].append(sig["quote"])
    scores: dict[str, Score] = defaultdict(Score)
    for (cid, kind), quotes in gold.items():
        preds = predicted.get((cid, kind), [])
        for q in quotes:
            scores[kind].support += 1
            if any(overlaps(q, p) for p in preds):
                scores[kind].tp += 1
            else:
                scores[kind].fn += 1
    for (cid, kind), preds in predicted.items():
        quotes = gold.get((cid, kind), [])
        scores[kind].fp += sum(1 for p in preds if not any(overlaps(q, p) for q in quotes))
    total = Score()
    for s in scores.values():
        total.tp, total.fp, total.fn, total.support = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn, total.support + s.support
    out = {k: s.as_dict() for k, s in sorted(scores.items())}
    out["ALL"] = total.as_dict()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="Keep the database here (default: a temp file).")
    parser.add_argument("--no-detect", action="store_true", help="Only measure linking.")
    args = parser.parse_args()
    key = [json.loads(line) for line in (DEMO / "answer_key.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        db, seconds = build(args.db or Path(tmp) / "demo.db", not args.no_detect)
        result = {"conversations": len(key), "ingest_seconds": round(seconds, 2),
                  "linking": linking_scores(db, key)}
        print(f"linking: {result['linking']}")
        if not args.no_detect:
            for fold in (False, True):
                label = "folded" if fold else "exact"
                result[label] = signal_scores(db, key, fold)
                print(f"\n{label:8} {'kind':24} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
                for kind, m in result[label].items():
                    print(f"{'':8} {kind:24} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:8d}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
