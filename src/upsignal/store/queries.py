"""Read queries used by the CLI and the API."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from ..types import Account, AccountHints, Conversation, Turn


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def summary(db: sqlite_utils.Database) -> dict[str, Any]:
    """Counts of what the store holds, for the end-of-job summary."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "accounts": one("SELECT count(*) FROM accounts"),
        "conversations": one("SELECT count(*) FROM conversations"),
        "turns": one("SELECT count(*) FROM turns"),
        "signals": one("SELECT count(*) FROM signals"),
        "quarantined": one("SELECT count(*) FROM quarantine"),
        "linked_conversations": one("SELECT count(*) FROM conversations WHERE account_id IS NOT NULL"),
        "by_channel": dict(db.execute(
            "SELECT channel, count(*) FROM conversations GROUP BY channel ORDER BY 2 DESC").fetchall()),
        "by_language": dict(db.execute(
            "SELECT coalesce(language, '?'), count(*) FROM conversations GROUP BY 1 ORDER BY 2 DESC").fetchall()),
        "signals_by_kind": dict(db.execute(
            "SELECT kind, count(*) FROM signals GROUP BY kind ORDER BY 2 DESC").fetchall()),
    }


def quarantine_rows(db: sqlite_utils.Database, file: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Quarantined records, newest first, optionally for one file."""
    where, params = ("WHERE file = ?", [file]) if file else ("", [])
    return _rows(
        db,
        f"SELECT file, record, reason, raw, created_at FROM quarantine {where}"
        " ORDER BY created_at DESC, file, record LIMIT ?",
        [*params, limit],
    )


def runs(db: sqlite_utils.Database, limit: int = 20) -> list[dict[str, Any]]:
    """The most recent ingest/detect runs."""
    rows = _rows(db, "SELECT * FROM ingest_runs ORDER BY started_at DESC, rowid DESC LIMIT ?", [limit])
    for row in rows:
        row["paths"] = json.loads(row["paths"])
    return rows


def conversation_ids(db: sqlite_utils.Database, only_undetected: bool = False) -> list[str]:
    """Ids of stored conversations (optionally only those never run through detection)."""
    where = "WHERE detected_at IS NULL" if only_undetected else ""
    return [r[0] for r in db.execute(f"SELECT id FROM conversations {where} ORDER BY id").fetchall()]


def load_conversations(db: sqlite_utils.Database, ids: list[str]) -> list[Conversation]:
    """Stored conversations (with turns) rebuilt as Conversation objects, in the order of `ids`."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r["id"]: r for r in _rows(db, f"SELECT * FROM conversations WHERE id IN ({marks})", ids)}
    turns: dict[str, list[Turn]] = {}
    for t in _rows(db, f"SELECT * FROM turns WHERE conversation_id IN ({marks}) ORDER BY conversation_id, idx", ids):
        turns.setdefault(t["conversation_id"], []).append(
            Turn(t["idx"], t["speaker"] or "", t["role"], t["text"], t["timestamp"]))
    out = []
    for cid in ids:
        r = rows.get(cid)
        if r is None:
            continue
        hints = AccountHints(r["hint_account_id"], r["hint_email"], r["hint_domain"],
                             r["hint_organization"], r["hint_company_size"])
        out.append(Conversation(
            id=r["id"], source_system=r["source_system"], external_id=r["external_id"], channel=r["channel"],
            turns=tuple(turns.get(cid, ())), created_at=r["created_at"], title=r["title"],
            language=r["language"], url=r["url"], hints=hints, tags=tuple(json.loads(r["tags"])),
            rating=r["rating"], source_file=r["source_file"], record=r["record"],
        ))
    return out


def all_accounts(db: sqlite_utils.Database) -> list[Account]:
    """Every imported account."""
    return [
        Account(id=r["id"], name=r["name"], domains=tuple(json.loads(r["domains"])), plan=r["plan"],
                arr=r["arr"], seats_used=r["seats_used"], seats_limit=r["seats_limit"],
                owner_email=r["owner_email"], region=r["region"], industry=r["industry"], nps=r["nps"])
        for r in _rows(db, "SELECT * FROM accounts ORDER BY id")
    ]


def signal_rows(
    db: sqlite_utils.Database, account: str | None = None, kind: str | None = None,
    since: str | None = None, limit: int = 200, before: str | None = None,
) -> list[dict[str, Any]]:
    """Stored signals with their conversation, newest conversation first, filtered (`before`: conversations
    dated before this timestamp)."""
    where, params = [], []
    if account:
        where.append("s.account_id = ?")
        params.append(account)
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if since:
        where.append("c.created_at >= ?")
        params.append(since)
    if before:
        where.append("c.created_at < ?")
        params.append(before)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = _rows(
        db,
        f"""SELECT s.id, s.kind, s.confidence, s.sentence, s.turn_idx, s.start, s."end", s.feature_id,
                   s.tier_id, s.competitor_id, s.competitor_name, s.stance, s.limit_id, s.account_id,
                   s.detectors, s.reasons, c.id AS conversation_id, c.channel, c.source_system,
                   c.external_id, c.created_at, c.title
            FROM signals s JOIN conversations c ON c.id = s.conversation_id {clause}
            ORDER BY c.created_at DESC, s.conversation_id, s.turn_idx, s.start LIMIT ?""",
        [*params, limit],
    )
    for row in rows:
        row["detectors"] = json.loads(row["detectors"])
        row["reasons"] = json.loads(row["reasons"])
    return rows
