"""Idempotent writes: one transaction per batch, deterministic ids, no duplicates on re-run."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass

import sqlite_utils

from ..types import Account, Analysis, Conversation, Quarantined, Signal
from .db import transaction, utcnow


@dataclass
class BatchResult:
    """What one batch did to the store."""

    stored: int = 0  # new conversations
    updated: int = 0  # known ids whose content changed
    unchanged: int = 0  # known ids with identical content (re-runs, duplicate records)
    quarantined: int = 0
    signals: int = 0
    changed_ids: tuple[str, ...] = ()  # stored + updated, in input order


def content_hash(conv: Conversation) -> str:
    """Hash of everything that defines a conversation except where it was read from."""
    h = conv.hints
    data = [conv.id, conv.source_system, conv.external_id, conv.channel, conv.created_at, conv.title,
            conv.language, conv.url, h.account_id, h.email, h.domain, h.organization, h.company_size,
            list(conv.tags), conv.rating, [[t.index, t.speaker, t.role, t.text, t.timestamp] for t in conv.turns]]
    return hashlib.sha1(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def write_batch(
    db: sqlite_utils.Database,
    conversations: Sequence[Conversation],
    quarantined: Sequence[Quarantined],
    run_id: str,
    analyse: Callable[[list[Conversation]], dict[str, Analysis]] | None = None,
) -> BatchResult:
    """Upsert a batch of conversations (with turns) and quarantine rows in one transaction.

    `analyse` (linking + detection) runs on the new and changed conversations only; their link
    and signals are written in the same transaction, so a crash never leaves half a batch behind.
    """
    result = BatchResult(quarantined=len(quarantined))
    now = utcnow()
    latest: dict[str, tuple[Conversation, str]] = {}
    for conv in conversations:  # a duplicate record inside the batch: the last one wins
        latest[conv.id] = (conv, content_hash(conv))
    known = _known_hashes(db, list(latest))
    changed: list[tuple[Conversation, str]] = []
    for conv in conversations:
        c, digest = latest[conv.id]
        if c is not conv:
            result.unchanged += 1
        elif known.get(conv.id) == digest:
            result.unchanged += 1
        else:
            changed.append((conv, digest))
            if conv.id in known:
                result.updated += 1
            else:
                result.stored += 1
    result.changed_ids = tuple(c.id for c, _ in changed)
    analyses = analyse([c for c, _ in changed]) if analyse and changed else {}
    result.signals = sum(len(a.signals) for a in analyses.values())
    with transaction(db):
        new = [(c, d) for c, d in changed if c.id not in known]
        _insert_new(db, new, now)
        for conv, digest in changed:
            if conv.id in known:
                _replace_conversation(db, conv, digest, now)
        if analyses:
            write_analyses(db, analyses, now, in_transaction=True)
        db.conn.executemany(
            "INSERT OR IGNORE INTO quarantine (id, run_id, file, record, reason, raw, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(q.id, run_id, q.file, q.record, q.reason, q.raw[:500], now) for q in quarantined],
        )
    return result


def _known_hashes(db: sqlite_utils.Database, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):  # stay below SQLite's host-parameter limit
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT id, content_hash FROM conversations WHERE id IN ({marks})", chunk)
        found.update(dict(rows.fetchall()))
    return found


_CONVERSATION_INSERT = """INSERT INTO conversations (id, source_system, external_id, channel, created_at,
               title, language, url, hint_account_id, hint_email, hint_domain, hint_organization,
               hint_company_size, tags, rating, source_file, record, content_hash, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_TURN_INSERT = "INSERT INTO turns (conversation_id, idx, speaker, role, text, timestamp) VALUES (?, ?, ?, ?, ?, ?)"


def _conversation_row(conv: Conversation, digest: str, now: str) -> list[object]:
    h = conv.hints
    return [conv.id, conv.source_system, conv.external_id, conv.channel, conv.created_at, conv.title,
            conv.language, conv.url, h.account_id, h.email, h.domain, h.organization, h.company_size,
            json.dumps(list(conv.tags), ensure_ascii=False), conv.rating, conv.source_file,
            conv.record, digest, now]


def _turn_rows(conv: Conversation) -> list[tuple[object, ...]]:
    return [(conv.id, t.index, t.speaker, t.role, t.text, t.timestamp) for t in conv.turns]


def _insert_new(db: sqlite_utils.Database, new: list[tuple[Conversation, str]], now: str) -> None:
    """Conversations never seen before: plain bulk inserts (nothing to replace)."""
    db.conn.executemany(_CONVERSATION_INSERT, [_conversation_row(c, d, now) for c, d in new])
    db.conn.executemany(_TURN_INSERT, [row for c, _ in new for row in _turn_rows(c)])


def _replace_conversation(db: sqlite_utils.Database, conv: Conversation, digest: str, now: str) -> None:
    # Keep the account link (it may be a manual override) when the content changes.
    db.execute(
        _CONVERSATION_INSERT + """
           ON CONFLICT(id) DO UPDATE SET channel=excluded.channel, created_at=excluded.created_at,
               title=excluded.title, language=excluded.language, url=excluded.url,
               hint_account_id=excluded.hint_account_id, hint_email=excluded.hint_email,
               hint_domain=excluded.hint_domain, hint_organization=excluded.hint_organization,
               hint_company_size=excluded.hint_company_size, tags=excluded.tags,
               rating=excluded.rating, source_file=excluded.source_file, record=excluded.record,
               content_hash=excluded.content_hash, ingested_at=excluded.ingested_at,
               detected_at=NULL""",
        _conversation_row(conv, digest, now),
    )
    db.execute("DELETE FROM turns WHERE conversation_id = ?", [conv.id])
    db.conn.executemany(_TURN_INSERT, _turn_rows(conv))
    db.execute("DELETE FROM signals WHERE conversation_id = ?", [conv.id])


def write_analyses(
    db: sqlite_utils.Database, analyses: dict[str, Analysis], now: str | None = None,
    in_transaction: bool = False,
) -> int:
    """Set each conversation's account link and replace its signals; return the signal count."""
    now = now or utcnow()
    rows = [_signal_row(s, now) for a in analyses.values() for s in a.signals]

    def write() -> None:
        db.conn.executemany(
            "UPDATE conversations SET detected_at = ?, account_id = ?, link_rule = ?, link_confidence = ?"
            " WHERE id = ?",
            [(now, a.link and a.link.account_id, a.link and a.link.rule, a.link and a.link.confidence, cid)
             for cid, a in analyses.items()],
        )
        db.conn.executemany("DELETE FROM signals WHERE conversation_id = ?", [(cid,) for cid in analyses])
        db.conn.executemany(
            """INSERT OR REPLACE INTO signals (id, conversation_id, turn_idx, start, "end", sentence,
                   kind, confidence, feature_id, tier_id, competitor_id, competitor_name, stance,
                   limit_id, detectors, reasons, account_id, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )

    if in_transaction:
        write()
    else:
        with transaction(db):
            write()
    return len(rows)


def _signal_row(s: Signal, now: str) -> tuple:
    e = s.evidence
    return (s.id, s.conversation_id, e.turn_index, e.start, e.end, e.sentence, s.kind,
            round(s.confidence, 4), s.feature_id, s.tier_id, s.competitor_id, s.competitor_name,
            s.stance, s.limit_id, json.dumps(list(s.detectors)),
            json.dumps(list(s.reasons), ensure_ascii=False), s.account_id, now)


def start_run(db: sqlite_utils.Database, run_id: str, kind: str, paths: Iterable[str]) -> None:
    """Record a run as running; runs left 'running' by a killed process become 'interrupted'."""
    with transaction(db):
        db.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")
        db.execute(
            "INSERT INTO ingest_runs (id, kind, started_at, status, paths) VALUES (?, ?, ?, 'running', ?)",
            [run_id, kind, utcnow(), json.dumps(list(paths), ensure_ascii=False)],
        )


def finish_run(db: sqlite_utils.Database, run_id: str, status: str, counts: dict[str, int]) -> None:
    """Record a run's outcome and counts."""
    cols = ("read", "stored", "updated", "unchanged", "quarantined", "signals")
    values = [counts.get(c, 0) for c in cols]
    with transaction(db):
        db.execute(
            "UPDATE ingest_runs SET status = ?, finished_at = ?, "
            + ", ".join(f"{c} = ?" for c in cols) + " WHERE id = ?",
            [status, utcnow(), *values, run_id],
        )


def upsert_accounts(
    db: sqlite_utils.Database, accounts: Sequence[Account], quarantined: Sequence[Quarantined],
    source_file: str,
) -> tuple[int, int]:
    """Insert or update accounts and their domains in one transaction; return (new, updated)."""
    now = utcnow()
    ids = [a.id for a in accounts]
    existing = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        existing |= {r[0] for r in db.execute(f"SELECT id FROM accounts WHERE id IN ({marks})", chunk)}
    with transaction(db):
        for a in accounts:
            row = asdict(a)
            row.update(domains=json.dumps(list(a.domains)), source_file=source_file, imported_at=now)
            cols = list(row)
            db.execute(
                f"INSERT INTO accounts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                " ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"{c}=excluded.{c}" for c in cols if c != "id"),
                [row[c] for c in cols],
            )
            db.execute("DELETE FROM account_domains WHERE account_id = ?", [a.id])
            db.conn.executemany(
                "INSERT OR REPLACE INTO account_domains (domain, account_id) VALUES (?, ?)",
                [(d, a.id) for d in a.domains],
            )
        db.conn.executemany(
            "INSERT OR IGNORE INTO quarantine (id, run_id, file, record, reason, raw, created_at)"
            " VALUES (?, NULL, ?, ?, ?, ?, ?)",
            [(q.id, q.file, q.record, q.reason, q.raw[:500], now) for q in quarantined],
        )
    new = sum(1 for a in accounts if a.id not in existing)
    return new, len(accounts) - new
