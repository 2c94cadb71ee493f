"""Read queries for account scores and the feature-demand / competitor reports."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from .queries import _rows

REQUEST_KINDS = ("feature_request", "tier_feature_request")
COMPARISON_KINDS = ("comparison", "competitor_comparison")


def _not_dismissed(db: sqlite_utils.Database) -> str:
    """CSM feedback may add signals.status; dismissed signals never count."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(signals)").fetchall()}
    return "coalesce(s.status, 'new') != 'dismissed'" if "status" in columns else "1 = 1"


def score_accounts(
    db: sqlite_utils.Database, owner: str | None = None, account_id: str | None = None,
) -> list[dict[str, Any]]:
    """Accounts (optionally one owner's, or one account) as plain rows, domains decoded."""
    where, params = [], []
    if owner:
        where.append("lower(owner_email) = lower(?)")
        params.append(owner)
    if account_id:
        where.append("id = ?")
        params.append(account_id)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = _rows(db, f"""SELECT id, name, domains, plan, arr, seats_used, seats_limit, owner_email, region,
                                industry, nps FROM accounts {clause} ORDER BY id""", params)
    for row in rows:
        row["domains"] = json.loads(row["domains"])
    return rows


def score_signals(db: sqlite_utils.Database, account_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Linked signals with their conversation date, channel and the customer who said it."""
    where, params = [f"s.account_id IS NOT NULL AND {_not_dismissed(db)}"], []
    if account_ids is not None:
        if not account_ids:
            return []
        where.append(f"s.account_id IN ({','.join('?' * len(account_ids))})")
        params.extend(account_ids)
    return _rows(db, f"""
        SELECT s.id, s.account_id, s.kind, s.confidence, s.sentence, s.feature_id, s.tier_id,
               s.competitor_id, s.competitor_name, s.stance, s.limit_id, s.conversation_id,
               coalesce(c.created_at, s.created_at) AS created_at, c.channel, c.title,
               lower(coalesce(c.hint_email, t.speaker, '')) AS contact, t.speaker
        FROM signals s JOIN conversations c ON c.id = s.conversation_id
        LEFT JOIN turns t ON t.conversation_id = s.conversation_id AND t.idx = s.turn_idx
        WHERE {' AND '.join(where)}
        ORDER BY coalesce(c.created_at, s.created_at) DESC, s.conversation_id, s.turn_idx, s.start""", params)


def account_conversations(db: sqlite_utils.Database, account_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Linked conversations' date, channel, tags and rating (to spot open severe problems)."""
    where, params = "account_id IS NOT NULL", []
    if account_ids is not None:
        if not account_ids:
            return []
        where += f" AND account_id IN ({','.join('?' * len(account_ids))})"
        params = list(account_ids)
    rows = _rows(db, f"""SELECT id, account_id, created_at, channel, title, tags, rating
                         FROM conversations WHERE {where} ORDER BY created_at""", params)
    for row in rows:
        row["tags"] = json.loads(row["tags"] or "[]")
    return rows


def _filters(since: str | None, until: str | None, tier: str | None, channel: str | None) -> tuple[str, list[Any]]:
    where, params = [], []
    if since:
        where.append("c.created_at >= ?")
        params.append(since)
    if until:  # a bare date includes that whole day
        where.append("c.created_at < ?" if len(until) > 10 else "substr(c.created_at, 1, 10) <= ?")
        params.append(until)
    if tier:
        where.append("lower(a.plan) = lower(?)")
        params.append(tier)
    if channel:
        where.append("c.channel = ?")
        params.append(channel)
    return "".join(f" AND {w}" for w in where), params


def signal_report_rows(
    db: sqlite_utils.Database, kinds: tuple[str, ...] | None = None, since: str | None = None,
    until: str | None = None, tier: str | None = None, channel: str | None = None,
    competitor_only: bool = False,
) -> list[dict[str, Any]]:
    """Signals (linked or not) with conversation and account fields, for the reports."""
    clause, params = _filters(since, until, tier, channel)
    if kinds:
        clause += f" AND s.kind IN ({','.join('?' * len(kinds))})"
        params.extend(kinds)
    if competitor_only:
        clause += " AND (s.competitor_id IS NOT NULL OR s.competitor_name IS NOT NULL)"
    return _rows(db, f"""
        SELECT s.id, s.kind, s.confidence, s.sentence, s.feature_id, s.tier_id, s.competitor_id,
               s.competitor_name, s.stance, s.conversation_id, s.account_id,
               coalesce(c.created_at, s.created_at) AS created_at, c.channel,
               a.name AS account_name, a.plan AS account_plan, a.arr AS account_arr
        FROM signals s JOIN conversations c ON c.id = s.conversation_id
        LEFT JOIN accounts a ON a.id = s.account_id
        WHERE {_not_dismissed(db)}{clause}
        ORDER BY coalesce(c.created_at, s.created_at), s.conversation_id, s.turn_idx, s.start""", params)


def conversation_features(db: sqlite_utils.Database, conversation_ids: list[str]) -> dict[str, set[str]]:
    """Catalog features named by any signal in each conversation (what competitors are compared on)."""
    out: dict[str, set[str]] = {}
    for start in range(0, len(conversation_ids), 500):
        chunk = conversation_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, feature in db.execute(
                f"SELECT conversation_id, feature_id FROM signals WHERE feature_id IS NOT NULL"
                f" AND conversation_id IN ({marks})", chunk).fetchall():
            out.setdefault(cid, set()).add(feature)
    return out
