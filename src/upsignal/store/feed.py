"""An account's signal feed: filtered, newest first, keyset (cursor) pagination."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import orjson
import sqlite_utils

from ..errors import InputError
from .queries import _rows

FEED_COLUMNS = """s.id, s.kind, s.confidence, s.sentence, s.turn_idx, s.start, s."end", s.feature_id, s.tier_id,
    s.competitor_id, s.competitor_name, s.stance, s.limit_id, s.account_id, s.detectors, s.reasons, s.status,
    f.reason AS feedback_reason, f.by_name AS feedback_by, f.created_at AS feedback_at,
    s.conversation_id, c.channel, c.source_system, c.title, coalesce(c.created_at, '') AS created_at"""


@dataclass(frozen=True)
class FeedFilters:
    """Feed filters; all optional."""

    kind: str | None = None
    since: str | None = None
    until: str | None = None
    feature: str | None = None
    competitor: str | None = None  # competitor id or (case-insensitive) name
    status: str | None = None  # new | confirmed | dismissed


def encode_cursor(created_at: str, signal_id: str) -> str:
    """An opaque cursor for the row after which the next page starts."""
    return base64.urlsafe_b64encode(json.dumps([created_at, signal_id]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    """(created_at, signal id) from a cursor; InputError when it was not made by encode_cursor."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created_at, signal_id = json.loads(raw)
        if isinstance(created_at, str) and isinstance(signal_id, str):
            return created_at, signal_id
    except (ValueError, TypeError):
        pass
    raise InputError(f"cursor {cursor!r} is not valid: pass the next_cursor of a previous page.")


def account_feed(db: sqlite_utils.Database, account_id: str, filters: FeedFilters = FeedFilters(),
                 limit: int = 50, cursor: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """One page of an account's signals, newest conversation first; returns (rows, next cursor or None)."""
    where, params = ["s.account_id = ?"], [account_id]
    for column, value in (("s.kind", filters.kind), ("s.feature_id", filters.feature),
                          ("s.status", filters.status)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.competitor:
        where.append("(s.competitor_id = ? OR lower(s.competitor_name) = lower(?))")
        params += [filters.competitor, filters.competitor]
    if filters.since:
        where.append("coalesce(c.created_at, '') >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("coalesce(c.created_at, '') < ?")
        params.append(filters.until)
    if cursor:
        where.append("(coalesce(c.created_at, ''), s.id) < (?, ?)")
        params += list(decode_cursor(cursor))
    rows = _rows(
        db,
        f"""SELECT {FEED_COLUMNS} FROM signals s JOIN conversations c ON c.id = s.conversation_id
            LEFT JOIN signal_feedback f ON f.signal_id = s.id
            WHERE {' AND '.join(where)} ORDER BY coalesce(c.created_at, '') DESC, s.id DESC LIMIT ?""",
        [*params, limit + 1])
    for row in rows:
        row["detectors"] = orjson.loads(row["detectors"])
        row["reasons"] = orjson.loads(row["reasons"])
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_cursor(rows[-1]["created_at"], rows[-1]["id"]) if more and rows else None)


def conversation(db: sqlite_utils.Database, conversation_id: str) -> dict[str, Any] | None:
    """A stored conversation with its turns, signals (and their feedback status) and account name."""
    cur = db.execute("""SELECT c.id, c.channel, c.source_system, c.external_id, c.created_at, c.title, c.language,
                               c.url, c.account_id, c.link_rule, c.rating, a.name AS account_name
                        FROM conversations c LEFT JOIN accounts a ON a.id = c.account_id WHERE c.id = ?""",
                     [conversation_id])
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    if row is None:
        return None
    conv = dict(zip(names, row, strict=True))
    conv["turns"] = [dict(zip(("idx", "speaker", "role", "text", "timestamp"), t, strict=True)) for t in db.execute(
        "SELECT idx, speaker, role, text, timestamp FROM turns WHERE conversation_id = ? ORDER BY idx",
        [conversation_id]).fetchall()]
    conv["signals"] = [dict(zip(("id", "kind", "confidence", "turn_idx", "start", "end", "sentence", "feature_id",
                                 "competitor_name", "status"), s, strict=True)) for s in db.execute(
        """SELECT id, kind, confidence, turn_idx, start, "end", sentence, feature_id, competitor_name, status
           FROM signals WHERE conversation_id = ? ORDER BY turn_idx, start""", [conversation_id]).fetchall()]
    return conv


def account_ids_of_owner(db: sqlite_utils.Database, owner_email: str) -> tuple[str, ...]:
    """The ids of the accounts in one CSM's book."""
    return tuple(r[0] for r in db.execute(
        "SELECT id FROM accounts WHERE lower(owner_email) = lower(?) ORDER BY id", [owner_email]).fetchall())


def signal_account(db: sqlite_utils.Database, signal_id: str) -> tuple[bool, str | None]:
    """(exists, account id) of a signal."""
    row = db.execute("SELECT account_id FROM signals WHERE id = ?", [signal_id]).fetchone()
    return (row is not None, row[0] if row else None)


def account_exists(db: sqlite_utils.Database, account_id: str) -> bool:
    """Whether an account with this id was imported."""
    return db.execute("SELECT 1 FROM accounts WHERE id = ?", [account_id]).fetchone() is not None
