"""Migrations for accounts: manual link overrides that survive re-runs; indexes for reads by owner."""

from __future__ import annotations

import sqlite_utils


def m002_link_overrides(db: sqlite_utils.Database) -> None:
    """link_overrides: a person's decision which account a conversation belongs to (NULL = none)."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS link_overrides (
               conversation_id TEXT PRIMARY KEY, account_id TEXT, reason TEXT NOT NULL,
               created_at TEXT NOT NULL
           )"""
    )


def m015_read_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the API's hot reads: a CSM's book by owner, conversation filters without a table lookup."""
    # `lower(owner_email) = lower(?)` (a CSM's book, rankings by owner) used to scan every account
    db.execute("CREATE INDEX IF NOT EXISTS idx_accounts_owner ON accounts(lower(owner_email))")
    # search filters join every candidate turn to its conversation: covering them saves a table lookup each
    db.execute("CREATE INDEX IF NOT EXISTS idx_conversations_filters"
               " ON conversations(id, created_at, account_id, channel, language)")
