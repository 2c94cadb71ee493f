"""CSM feedback on signals: confirm or dismiss with a reason, keyed by signal id (survives re-detection)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from ..errors import InputError
from .db import transaction, utcnow

STATUSES = ("confirmed", "dismissed")


class NotFound(InputError):
    """No such signal."""


def give_feedback(db: sqlite_utils.Database, signal_id: str, status: str, reason: str = "",
                  by_name: str | None = None, by_token: str | None = None) -> dict[str, Any]:
    """Record (or replace) the verdict on a signal; returns the stored feedback row."""
    if status not in STATUSES:
        raise InputError(f"status {status!r}: expected one of: {', '.join(STATUSES)}.")
    row = db.execute(
        """SELECT s.kind, s.sentence, s.conversation_id, s.account_id, s.feature_id, s.competitor_id, c.language
           FROM signals s JOIN conversations c ON c.id = s.conversation_id WHERE s.id = ?""",
        [signal_id]).fetchone()
    if row is None:
        raise NotFound(f"signal {signal_id!r} not found.")
    with transaction(db):
        db.execute(
            """INSERT INTO signal_feedback (signal_id, status, reason, by_name, by_token, created_at, kind,
                   sentence, conversation_id, account_id, feature_id, competitor_id, language)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(signal_id) DO UPDATE SET status = excluded.status, reason = excluded.reason,
                   by_name = excluded.by_name, by_token = excluded.by_token, created_at = excluded.created_at""",
            [signal_id, status, reason.strip(), by_name, by_token, utcnow(), *row])
    return get_feedback(db, signal_id) or {}


def get_feedback(db: sqlite_utils.Database, signal_id: str) -> dict[str, Any] | None:
    """The stored verdict on one signal, or None."""
    cur = db.execute("SELECT * FROM signal_feedback WHERE signal_id = ?", [signal_id])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def training_rows(db: sqlite_utils.Database, status: str | None = None) -> Iterator[dict[str, Any]]:
    """Feedback as labelled rows in the eval format {id, text, labels, annotated} plus provenance.

    A confirmed signal is a positive for its kind, a dismissed one a negative (annotated, not labelled),
    so the export can be fed straight to `upsignal eval` or a training script.
    """
    where, params = ("WHERE status = ?", [status]) if status else ("", [])
    cur = db.execute(f"SELECT * FROM signal_feedback {where} ORDER BY created_at, signal_id", params)
    names = [d[0] for d in cur.description]
    for values in cur:
        r = dict(zip(names, values, strict=True))
        yield {
            "id": r["signal_id"], "text": r["sentence"],
            "labels": [r["kind"]] if r["status"] == "confirmed" else [], "annotated": [r["kind"]],
            "status": r["status"], "reason": r["reason"], "kind": r["kind"], "language": r["language"],
            "feature_id": r["feature_id"], "competitor_id": r["competitor_id"],
            "conversation_id": r["conversation_id"], "account_id": r["account_id"],
            "by": r["by_name"], "at": r["created_at"],
        }


def dumps(row: dict[str, Any]) -> str:
    """One JSONL line."""
    return json.dumps(row, ensure_ascii=False)
