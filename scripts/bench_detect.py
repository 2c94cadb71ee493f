"""Benchmark detection speed and quality, against a naive embedding peer, in one run.

- ours: the default detector (spaCy rules + fast classifier + semantic linking only for requests
  that name no catalog alias, after a lexical first stage that skips sentences sharing no word
  with any feature);
- ours, slow path: the same without the lexical first stage (every such request is embedded), to
  show the first stage costs no F1;
- naive peer: embed every customer sentence with all-MiniLM-L6-v2 and call it a feature request
  of the closest catalog feature when the cosine similarity clears a threshold.
Both run on the demo corpora (F1 on the demo answer key) and ours also on a generated corpus of
tickets of about 8 customer sentences each. Last line: one JSON object.

    python scripts/bench_detect.py [--tickets 3000] [--peer-threshold 0.5]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_demo import DEMO, score_predictions  # noqa: E402

from upsignal.catalog import Catalog, load_catalog  # noqa: E402
from upsignal.embedding import encode  # noqa: E402
from upsignal.ingest import iter_input_files, read_conversations  # noqa: E402
from upsignal.ingest.accounts import read_accounts  # noqa: E402
from upsignal.link import AccountIndex  # noqa: E402
from upsignal.nlp.pipeline import split_lines  # noqa: E402
from upsignal.pipeline import build_detector  # noqa: E402
from upsignal.types import Account, Conversation, Turn  # noqa: E402

BATCH = 256


def demo_conversations() -> list[Conversation]:
    files = iter_input_files([DEMO / "tickets", DEMO / "calls", DEMO / "reviews"])
    seen: dict[str, Conversation] = {}
    for f in files:
        for item in read_conversations(f):
            if isinstance(item, Conversation):
                seen[item.id] = item
    return list(seen.values())


def customer_sentences(conv: Conversation) -> list[tuple[int, str]]:
    """Customer sentences the cheap way (lines split on sentence punctuation), for the peer."""
    out = []
    for turn in conv.turns:
        if turn.role == "vendor":
            continue
        for _, line in split_lines(turn.text):
            for part in line.replace("? ", "?\n").replace("! ", "!\n").replace(". ", ".\n").split("\n"):
                if len(part.strip()) >= 3:
                    out.append((turn.index, part.strip()))
    return out


def generated(convs: list[Conversation], n: int) -> list[Conversation]:
    """n tickets of ~8 customer sentences drawn from the demo's customer sentences, plus a vendor reply."""
    pool = [s for c in convs for _, s in customer_sentences(c)]
    rng = random.Random(7)
    out = []
    for i in range(n):
        text = " ".join(rng.sample(pool, 8))
        lang = "de" if rng.random() < 0.2 else "en"
        out.append(Conversation(id=f"gen{i}", source_system="bench", external_id=str(i), channel="ticket",
                                language=lang, turns=(Turn(0, "Kim", "customer", text),
                                                      Turn(1, "Tom", "vendor", "Thanks, noted!"))))
    return out


def run_ours(detector, convs: list[Conversation]) -> tuple[float, list[tuple[str, str, str]]]:
    rows = []
    start = time.perf_counter()
    for i in range(0, len(convs), BATCH):
        for cid, sigs in detector(convs[i : i + BATCH]).items():
            rows.extend((cid, s.kind, s.evidence.sentence) for s in sigs)
    return time.perf_counter() - start, rows


def run_peer(catalog: Catalog, accounts: AccountIndex, convs: list[Conversation],
             threshold: float) -> tuple[float, list[tuple[str, str, str]], int]:
    start = time.perf_counter()
    features = encode([f"{f.name}: {f.description}" for f in catalog.features])
    items = [(c, s) for c in convs for _, s in customer_sentences(c)]
    rows = []
    for i in range(0, len(items), 512):
        chunk = items[i : i + 512]
        sims = encode([s for _, s in chunk]) @ features.T
        for (conv, sentence), row in zip(chunk, sims, strict=True):
            best = int(row.argmax())
            if row[best] >= threshold:
                feature = catalog.features[best]
                link = accounts.resolve(conv.hints)
                plan = catalog.tier(accounts.account(link.account_id).plan) if link else None
                above = plan is not None and catalog.tier(feature.tier).rank > plan.rank
                rows.append((conv.id, "tier_feature_request" if above else "feature_request", sentence))
    return time.perf_counter() - start, rows, len(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=3000, help="Size of the generated corpus.")
    parser.add_argument("--peer-threshold", type=float, default=0.5)
    args = parser.parse_args()
    catalog = load_catalog(DEMO / "catalog.toml")
    accounts = AccountIndex(a for a in read_accounts(DEMO / "accounts.csv", catalog) if isinstance(a, Account))
    key = [json.loads(line) for line in (DEMO / "answer_key.jsonl").open(encoding="utf-8")]
    demo = demo_conversations()
    gen = generated(demo, args.tickets)
    demo_sentences = sum(len(customer_sentences(c)) for c in demo)
    gen_sentences = sum(len(customer_sentences(c)) for c in gen)

    detector = build_detector(DEMO / "catalog.toml", accounts)
    detector(demo)  # warm-up: spaCy pipelines (both languages), classifier caches, so both paths run warm
    if detector.linker is not None:
        detector.linker.link(["warm-up"])  # loads the embedding model once, outside the timing
    ours_demo_s, ours_rows = run_ours(detector, demo)
    ours_gen_s, _ = run_ours(detector, gen)
    if detector.linker is not None:
        detector.linker.lexical_gate = False
    slow_demo_s, slow_rows = run_ours(detector, demo)
    slow_gen_s, _ = run_ours(detector, gen)
    peer_demo_s, peer_rows, _ = run_peer(catalog, accounts, demo, args.peer_threshold)
    peer_gen = gen[: max(1, len(gen) // 5)]  # the peer is slow: time it on a fifth of the corpus
    peer_gen_s, _, peer_gen_sentences = run_peer(catalog, accounts, peer_gen, args.peer_threshold)

    ours_f1 = score_predictions(ours_rows, key, fold=True)
    peer_f1 = score_predictions(peer_rows, key, fold=True)
    slow_f1 = score_predictions(slow_rows, key, fold=True)
    result = {
        "demo": {"conversations": len(demo), "customer_sentences": demo_sentences,
                 "ours": {"seconds": round(ours_demo_s, 2), "conversations_per_s": round(len(demo) / ours_demo_s),
                          "sentences_per_s": round(demo_sentences / ours_demo_s),
                          "feature_request_f1": ours_f1["feature_request"]["f1"], "all_kinds_f1": ours_f1["ALL"]["f1"]},
                 "slow_path": {"seconds": round(slow_demo_s, 2), "conversations_per_s": round(len(demo) / slow_demo_s),
                               "feature_request_f1": slow_f1["feature_request"]["f1"],
                               "all_kinds_f1": slow_f1["ALL"]["f1"]},
                 "peer": {"seconds": round(peer_demo_s, 2), "conversations_per_s": round(len(demo) / peer_demo_s),
                          "sentences_per_s": round(demo_sentences / peer_demo_s),
                          "feature_request_f1": peer_f1.get("feature_request", {}).get("f1", 0.0)}},
        "generated": {"tickets": len(gen), "customer_sentences": gen_sentences,
                      "ours": {"tickets_per_s": round(len(gen) / ours_gen_s), "sentences_per_s": round(gen_sentences / ours_gen_s)},
                      "slow_path": {"tickets_per_s": round(len(gen) / slow_gen_s),
                                    "sentences_per_s": round(gen_sentences / slow_gen_s)},
                      "peer": {"tickets_per_s": round(len(peer_gen) / peer_gen_s),
                               "sentences_per_s": round(peer_gen_sentences / peer_gen_s)}},
        "target": {"tickets_per_s": 300},
    }
    d, g = result["demo"], result["generated"]
    print(f"demo ({len(demo)} conversations, {demo_sentences} customer sentences)")
    print(f"  ours: {d['ours']['conversations_per_s']:>6} conv/s {d['ours']['sentences_per_s']:>7} sent/s  "
          f"feature_request F1 {d['ours']['feature_request_f1']:.3f}  all kinds F1 {d['ours']['all_kinds_f1']:.3f}")
    print(f"  slow: {d['slow_path']['conversations_per_s']:>6} conv/s  (no lexical first stage)  "
          f"feature_request F1 {d['slow_path']['feature_request_f1']:.3f}  all kinds F1 {d['slow_path']['all_kinds_f1']:.3f}")
    print(f"  peer: {d['peer']['conversations_per_s']:>6} conv/s {d['peer']['sentences_per_s']:>7} sent/s  "
          f"feature_request F1 {d['peer']['feature_request_f1']:.3f}")
    print(f"generated ({len(gen)} tickets, {gen_sentences} customer sentences)")
    print(f"  ours: {g['ours']['tickets_per_s']:>6} tickets/s {g['ours']['sentences_per_s']:>7} sent/s")
    print(f"  slow: {g['slow_path']['tickets_per_s']:>6} tickets/s {g['slow_path']['sentences_per_s']:>7} sent/s"
          "  (no lexical first stage)")
    print(f"  peer: {g['peer']['tickets_per_s']:>6} tickets/s {g['peer']['sentences_per_s']:>7} sent/s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
