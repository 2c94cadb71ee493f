"""Background jobs started through the API (ingest uploads): status rows readers can poll."""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlite_utils

from .db import transaction, utcnow


def create_job(db: sqlite_utils.Database, kind: str, filename: str | None, created_by: str | None) -> str:
    """A new queued job; returns its id."""
    job_id = uuid.uuid4().hex[:12]
    with transaction(db):
        db.execute("INSERT INTO api_jobs (id, kind, status, filename, created_by, created_at) VALUES (?, ?, 'queued', ?, ?, ?)",
                   [job_id, kind, filename, created_by, utcnow()])
    return job_id


def update_job(db: sqlite_utils.Database, job_id: str, status: str, result: dict[str, Any] | None = None,
               error: str | None = None) -> None:
    """Move a job to running / ok / failed, with its result or error."""
    stamp = "started_at" if status == "running" else "finished_at"
    with transaction(db):
        db.execute(f"UPDATE api_jobs SET status = ?, {stamp} = ?, result = coalesce(?, result), error = ? WHERE id = ?",
                   [status, utcnow(), json.dumps(result) if result is not None else None, error, job_id])


def get_job(db: sqlite_utils.Database, job_id: str) -> dict[str, Any] | None:
    """One job's status row, or None."""
    cur = db.execute("SELECT * FROM api_jobs WHERE id = ?", [job_id])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        return None
    job = dict(zip(names, row, strict=True))
    job["result"] = json.loads(job["result"])
    return job


def fail_interrupted(db: sqlite_utils.Database) -> None:
    """Jobs left queued/running by a stopped server are marked failed (they will not resume)."""
    with transaction(db):
        db.execute("UPDATE api_jobs SET status = 'failed', error = 'server stopped before the job finished'"
                   " WHERE status IN ('queued', 'running')")
