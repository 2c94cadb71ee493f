"""Killing an ingest mid-run and running it again ends in exactly the uninterrupted state."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT


def export(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1, n + 1):
            comments = [{"id": i * 10 + j, "public": True, "created_at": "2026-03-01T10:00:00Z",
                         "author": {"id": j, "name": "Lena" if j % 2 == 0 else "Tom",
                                    "email": "lena@acme.com" if j % 2 == 0 else "tom@planwise.io",
                                    "role": "end-user" if j % 2 == 0 else "agent"},
                         "html_body": f"<p>Message {j} of ticket {i}: the board export is slow.</p>"}
                        for j in range(3)]
            ticket = {"id": i, "subject": f"Ticket {i}", "created_at": "2026-03-01T10:00:00Z",
                      "requester": {"id": 0, "name": "Lena", "email": "lena@acme.com"}, "comments": comments}
            fh.write(json.dumps(ticket) + "\n")
            if i == n // 2:
                fh.write("{broken json\n")  # one bad record in the middle
    return path


def ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "upsignal.cli", "ingest", str(src), "--db", str(db), "--no-detect",
            "--batch-size", "50"]


def snapshot(db: Path) -> dict[str, list]:
    con = sqlite3.connect(db)
    tables = {
        "conversations": "SELECT id, external_id, content_hash, title, created_at FROM conversations ORDER BY id",
        "turns": "SELECT conversation_id, idx, role, text FROM turns ORDER BY 1, 2",
        "quarantine": "SELECT id, file, record, reason FROM quarantine ORDER BY id",
    }
    out = {name: con.execute(sql).fetchall() for name, sql in tables.items()}
    con.close()
    return out


def test_kill_and_rerun_equals_uninterrupted(tmp_path):
    src = export(tmp_path / "zendesk.jsonl", 6000)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    clean, crashed = tmp_path / "clean.db", tmp_path / "crashed.db"
    subprocess.run(ingest_cmd(src, clean), check=True, env=env, capture_output=True)

    proc = subprocess.Popen(ingest_cmd(src, crashed), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(crashed, timeout=1)
            stored = con.execute("SELECT count(*) FROM conversations").fetchone()[0]
            con.close()
        except sqlite3.OperationalError:  # schema not created yet
            continue
        if stored >= 100:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed; use a bigger export"
    assert 0 < stored < 6000

    rerun = subprocess.run(ingest_cmd(src, crashed), check=True, env=env, capture_output=True, text=True)
    assert "unchanged" in rerun.stdout
    assert snapshot(crashed) == snapshot(clean)
    assert len(snapshot(clean)["conversations"]) == 6000
    con = sqlite3.connect(crashed)
    statuses = sorted(r[0] for r in con.execute("SELECT status FROM ingest_runs"))
    assert statuses == ["interrupted", "ok"]
