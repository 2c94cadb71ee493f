"""Benchmark: ingest generated Zendesk exports of two sizes (detection off).

Prints tickets/s and the ingest process's peak RSS for each size, so memory growth with file
size is visible; the last line is one JSON object.

    python scripts/bench_ingest.py                 # 20,000 and 100,000 tickets
    python scripts/bench_ingest.py --sizes 2000 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("project task board deadline export report team member invite permission workflow sprint "
         "dashboard calendar reminder attachment comment milestone client invoice integration sync "
         "notification mobile browser login password import label filter view archive").split()
CUSTOMER = ("<p>Hi team,</p><p>{a} We tried to {v} the {n} again this morning but it still fails for "
            "half of the {n2}s.</p><p>Could you have a look? {b}</p><p>Thanks,<br>{name}<br>{title} | {org}</p>"
            "<p>On Mon, Mar 2, 2026 at 9:14 AM Support &lt;support@planwise.io&gt; wrote:</p>"
            "<blockquote><p>&gt; Thanks for reaching out, we're looking into it.</p></blockquote>")
AGENT = "<p>Hi {first},</p><p>thanks for the details. {a}</p><p>Best regards,<br>Tom from Planwise</p>"


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 16))
    return " ".join(words).capitalize() + "."


def ticket(i: int, rng: random.Random) -> dict:
    org = f"Org {i % 5000}"
    email = f"user{i % 20000}@org{i % 5000}.example.com"
    comments = []
    for j in range(4):
        customer = j % 2 == 0
        body = (CUSTOMER if customer else AGENT).format(
            a=sentence(rng), b=sentence(rng), v=rng.choice(WORDS), n=rng.choice(WORDS), n2=rng.choice(WORDS),
            name="Lena Vogt", first="Lena", title="Head of Ops", org=org)
        author = ({"id": 10 + i, "name": "Lena Vogt", "email": email, "role": "end-user"} if customer
                  else {"id": 2, "name": "Tom Berger", "email": "tom@planwise.io", "role": "agent"})
        comments.append({"id": i * 10 + j, "author": author, "html_body": body, "public": True,
                         "created_at": f"2026-03-{1 + j:02d}T10:{j:02d}:00Z"})
    return {"id": i, "url": f"https://planwise.zendesk.com/agent/tickets/{i}", "subject": sentence(rng)[:60],
            "created_at": "2026-03-01T10:00:00Z", "status": "open", "tags": ["bench"],
            "requester": {"id": 10 + i, "name": "Lena Vogt", "email": email},
            "organization": {"id": i % 5000, "name": org, "external_id": f"ACC-{i % 5000:05d}",
                             "domain_names": [f"org{i % 5000}.example.com"]},
            "comments": comments}


def generate(path: Path, n: int) -> int:
    """Write n tickets as JSON Lines; return the file size in bytes."""
    rng = random.Random(n)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1, n + 1):
            fh.write(json.dumps(ticket(i, rng)) + "\n")
    return path.stat().st_size


def run_ingest(export: Path, db: Path) -> tuple[float, int, str]:
    """Ingest in a child process; return (seconds, peak RSS in MB, its last output line)."""
    cmd = [sys.executable, "-m", "upsignal.cli", "ingest", str(export), "--db", str(db), "--no-detect",
           "--format", "zendesk-json"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    out = proc.stdout.read().strip().splitlines() if proc.stdout else []
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ingest failed: {out}")
    return seconds, usage.ru_maxrss // 1024, out[-1] if out else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--workdir", type=Path, default=None, help="Where to write exports (default: a temp dir).")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for n in args.sizes:
            export, db = Path(tmp) / f"zendesk_{n}.jsonl", Path(tmp) / f"bench_{n}.db"
            size = generate(export, n)
            seconds, rss, line = run_ingest(export, db)
            rerun_seconds, rerun_rss, rerun_line = run_ingest(export, db)
            row = {"tickets": n, "file_mb": round(size / 2**20, 1), "seconds": round(seconds, 2),
                   "tickets_per_s": round(n / seconds), "peak_rss_mb": rss,
                   "rerun_tickets_per_s": round(n / rerun_seconds), "rerun_peak_rss_mb": rerun_rss}
            print(f"{n:>8,} tickets ({row['file_mb']} MB): {row['tickets_per_s']:,} tickets/s, "
                  f"peak RSS {rss} MB | re-run (all unchanged): {row['rerun_tickets_per_s']:,} tickets/s, "
                  f"{rerun_rss} MB\n    {line}\n    {rerun_line}", flush=True)
            results.append(row)
    target = {"tickets_per_s": 2000, "peak_rss_mb": 300}
    ok = all(r["tickets_per_s"] >= target["tickets_per_s"] and r["peak_rss_mb"] < target["peak_rss_mb"]
             for r in results)
    print(json.dumps({"benchmark": "ingest", "detection": False, "results": results, "target": target,
                      "meets_target": ok}))


if __name__ == "__main__":
    main()
