"""API latency under load: >= 1,000,000 signals over >= 20,000 accounts, 20 concurrent clients.

Builds (or reuses) a synthetic database, starts `upsignal serve` on it, and measures p50/p95 latency
of the account feed, keyword search, semantic search and the feature-demand report. Customer turns
are built from a pool of real-sounding sentences; their vectors are the pool's MiniLM embeddings
mixed per turn (embedding 200k turns on a laptop would take hours, and is not what is measured).

The load generator is 20 threads (--clients), each with its own keep-alive HTTP/1.1 connection
(the standard library's http.client), sending its requests one after another and timing each one
from before the request is written until the whole body is read: client-observed latency. It
runs on the same machine as the server, so it is kept cheap (http.client costs a fraction of the
CPU per request of httpx, which would otherwise take CPU from the server being measured).

    python scripts/bench_api.py [--db /tmp/upsignal-bench.db] [--accounts 20000] [--signals 1000000]
                                [--requests 25]  # per client and endpoint

The last line printed is one JSON object; `report.cold_ms` is the first report request after
start-up (the server computes the default reports in the background as it starts).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from upsignal.store import open_db  # noqa: E402
from upsignal.store.auth import create_token  # noqa: E402
from upsignal.store.db import transaction  # noqa: E402

POOL = [
    ("tier_feature_request", "sso_saml", "We need SAML SSO for the Okta rollout before the audit."),
    ("tier_feature_request", "audit_log", "Our auditors want an audit log of every permission change."),
    ("feature_request", "custom_fields", "Could you add custom fields for the client reference number?"),
    ("feature_request", "gantt", "A Gantt chart view would help us plan the construction phases."),
    ("feature_request", None, "Please add a dark mode, the team works late shifts."),
    ("workaround", "csv_export", "Every Friday we export to Excel and merge the sheets by hand."),
    ("workaround", None, "We copy the tasks into a Google Sheet to share them with the board."),
    ("limit_pressure", None, "We are at 24 of 25 seats and need to add the new hires."),
    ("limit_pressure", None, "The storage limit is nearly reached because of all the drawings."),
    ("growth", None, "We are onboarding the APAC team next month."),
    ("growth", None, "We just opened a second office in Lisbon with twenty people."),
    ("compliance_need", "sso_saml", "Our SOC 2 audit needs access logs and single sign-on."),
    ("compliance_need", None, "GDPR requires that our data stays in the EU region."),
    ("budget", None, "The new budget opens in Q3, so we can talk about the upgrade then."),
    ("competitor_comparison", None, "Asana has this built in and we are trialling it."),
    ("competitor_comparison", None, "We are evaluating Monday.com because of their automations."),
    ("comparison", None, "Other tools handle recurring tasks much better."),
    ("churn_risk", None, "If the sync keeps failing we will cancel at renewal."),
    ("feature_request", "api_access", "Wir brauchen eine REST-API für unser ERP-System."),
    ("workaround", None, "Wir pflegen die Stunden zusätzlich in einer Excel-Tabelle."),
]
FILLER = ["Thanks for the quick reply.", "Hope you are well.", "Let me know what you think.",
          "Our project managers asked again today.", "This came up in the weekly meeting.",
          "Best regards from the operations team."]
KEYWORDS = ["SSO", "audit log", "Excel", "seats", "onboarding", "budget", "Asana", "storage", "GDPR",
            '"custom fields"', "Gantt", "cancel", "export*", "Okta", "Lisbon", "ERP"]
SEMANTIC = ["single sign-on with our identity provider", "we manually copy data into spreadsheets",
            "running out of user licences", "team is growing fast", "comparing you with another vendor",
            "compliance requirements for audits", "unhappy and might leave", "need an integration with our ERP",
            "data residency in Europe", "budget for next quarter"]


def build(path: Path, n_accounts: int, n_signals: int, per_conv: int = 5, seed: int = 7) -> None:
    """Write the synthetic database directly (bulk SQL; the search triggers keep FTS in sync)."""
    from upsignal.embedding import encode

    rng = random.Random(seed)
    db = open_db(path)
    pool_vecs = encode([s for _, _, s in POOL]).astype(np.float32)
    plans = ["starter", "pro", "pro", "enterprise"]
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO accounts (id, name, domains, plan, arr, seats_used, seats_limit, owner_email, region)"
            " VALUES (?, ?, '[]', ?, ?, ?, ?, ?, ?)",
            [(f"B-{i:05d}", f"Bench Account {i}", plans[i % 4], float(rng.randint(2, 300) * 1000),
              rng.randint(5, 400), 500, f"csm{i % 40}@vendor.example", "EU") for i in range(n_accounts)])
    n_convs = n_signals // per_conv
    t0 = time.time()
    for start in range(0, n_convs, 10_000):
        convs, turns, signals, vectors = [], [], [], []
        for c in range(start, min(n_convs, start + 10_000)):
            cid = f"c{c:07d}"
            account = f"B-{rng.randrange(n_accounts):05d}"
            created = f"202{rng.randint(4, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z"
            picks = rng.sample(range(len(POOL)), per_conv)
            text, spans = rng.choice(FILLER), []
            for p in picks:
                text += " "
                spans.append((p, len(text), len(text) + len(POOL[p][2])))
                text += POOL[p][2]
            convs.append((cid, "bench", cid, rng.choice(["ticket", "call", "chat", "review"]), created,
                          f"Ticket {c}", "en", "h", created, account))
            turns += [(cid, 0, f"Customer {c}", "customer", text), (cid, 1, "Agent", "vendor", rng.choice(FILLER))]
            for p, s, e in spans:
                kind, feature, sentence = POOL[p]
                signals.append((f"s{c:07d}{p:02d}", cid, 0, s, e, sentence, kind, round(rng.uniform(0.5, 0.99), 2),
                                feature, "enterprise" if kind == "tier_feature_request" else None, account, created))
            v = pool_vecs[picks].sum(axis=0) + np.random.default_rng(c).normal(0, 0.05, pool_vecs.shape[1])
            vectors.append((cid, (v / np.linalg.norm(v)).astype(np.float32).tobytes(), len(text)))
        _insert(db, convs, turns, signals, vectors)
        print(f"  {start + len(convs):,} conversations, {time.time() - t0:.0f}s", file=sys.stderr)


def _insert(db, convs, turns, signals, vectors) -> None:  # noqa: ANN001
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO conversations (id, source_system, external_id, channel, created_at, title, language,"
            " content_hash, ingested_at, account_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*c, c[4]) for c in convs])
        db.conn.executemany("INSERT INTO turns (conversation_id, idx, speaker, role, text) VALUES (?, ?, ?, ?, ?)", turns)
        db.conn.executemany(
            'INSERT INTO signals (id, conversation_id, turn_idx, start, "end", sentence, kind, confidence, feature_id,'
            " tier_id, account_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", signals)
        db.conn.executemany(
            'INSERT INTO search_vectors (turn_key, start, "end", vector)'
            " SELECT id, 0, ?, ? FROM turn_keys WHERE conversation_id = ? AND idx = 0",
            [(n, blob, cid) for cid, blob, n in vectors])
        db.execute("DELETE FROM search_pending")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(conn: http.client.HTTPConnection, url: str, token: str | None = None) -> tuple[int, bytes]:
    """One GET on a keep-alive connection: (status, body)."""
    conn.request("GET", quote(url, safe="/?&=*:-"), headers={"Authorization": f"Bearer {token}"} if token else {})
    response = conn.getresponse()
    return response.status, response.read()


def _load(port: int, token: str, make_url, clients: int, per_client: int) -> list[float]:  # noqa: ANN001
    """`clients` threads, each on its own connection, `per_client` requests each; every latency in seconds."""
    times: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []
    start = threading.Barrier(clients)

    def worker(n: int) -> None:
        rng = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        mine = []
        start.wait()
        for _ in range(per_client):
            url = make_url(rng)
            t = time.perf_counter()
            status, body = _get(conn, url, token)
            mine.append(time.perf_counter() - t)
            if status != 200:
                errors.append(f"{url}: {status} {body[:200]!r}")
        conn.close()
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"{len(errors)} failed request(s), e.g. {errors[0]}")
    return times


def _stats(times: list[float]) -> dict[str, float]:
    q = statistics.quantiles(times, n=100)
    return {"p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1), "n": len(times)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/upsignal-bench.db"))
    ap.add_argument("--accounts", type=int, default=20_000)
    ap.add_argument("--signals", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=25, help="per client and endpoint")
    ap.add_argument("--workers", type=int, default=1, help="server worker processes (as `upsignal serve`)")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if args.rebuild or not args.db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        t = time.time()
        build(args.db, args.accounts, args.signals)
        print(f"built {args.db} in {time.time() - t:.0f}s", file=sys.stderr)
    db = open_db(args.db)
    counts = {"accounts": db.execute("SELECT count(*) FROM accounts").fetchone()[0],
              "signals": db.execute("SELECT count(*) FROM signals").fetchone()[0],
              "turns": db.execute("SELECT count(*) FROM turns").fetchone()[0],
              "vectors": db.execute("SELECT count(*) FROM search_vectors").fetchone()[0]}
    _, admin = create_token(db, "bench", "admin")
    db.conn.close()
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "UPSIGNAL_INDEX_INTERVAL_S": "0",
           "UPSIGNAL_REPORT_THEMES": "tokens", "HF_HUB_OFFLINE": "1"}
    server = subprocess.Popen([sys.executable, "-m", "upsignal.cli", "serve", "--db", str(args.db), "--port", str(port),
                               "--workers", str(args.workers)], env=env, stderr=subprocess.DEVNULL)
    try:
        results = _run(port, admin, args)
    finally:
        server.terminate()
        server.wait(timeout=30)
    targets = {"feed": 50, "keyword_search": 150, "semantic_search": 300}
    ok = all(results[k]["p95_ms"] < v for k, v in targets.items()) and results["report"]["p95_ms"] < 1000
    print(json.dumps({"bench": "api", "db": counts, "clients": args.clients, "workers": args.workers,
                      "cpus": os.cpu_count(), **results, "targets_ms": {**targets, "report": 1000},
                      "meets_targets": ok}))


def _run(port: int, token: str, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if _get(http.client.HTTPConnection("127.0.0.1", port, timeout=2), "/api/health")[0] == 200:
                break
        except OSError:
            time.sleep(0.5)
    n = args.accounts
    # warm-up: each worker loads the vector index and the embedding model once
    _load(port, token, lambda r: f"/api/search?mode=semantic&q={r.choice(SEMANTIC)}", args.workers * 4, 2)
    t = time.perf_counter()
    _get(http.client.HTTPConnection("127.0.0.1", port, timeout=300), "/api/reports/feature-demand", token)
    cold_report = time.perf_counter() - t
    kinds = ["tier_feature_request", "workaround", "growth", None, None]
    runs = {
        "feed": lambda r: f"/api/accounts/B-{r.randrange(n):05d}/signals?limit=50"
        + (f"&kind={k}" if (k := r.choice(kinds)) else ""),
        "keyword_search": lambda r: f"/api/search?q={r.choice(KEYWORDS)}&limit=20"
        + (f"&since=2025-0{r.randint(1, 9)}-01" if r.random() < 0.3 else ""),
        "semantic_search": lambda r: f"/api/search?mode=semantic&q={r.choice(SEMANTIC)} {r.randint(1, 10**6)}&limit=20",
        "report": lambda r: "/api/reports/feature-demand",
    }
    results = {name: _stats(_load(port, token, url, args.clients, args.requests)) for name, url in runs.items()}
    results["report"]["cold_ms"] = round(cold_report * 1000, 1)
    return results


if __name__ == "__main__":
    main()
