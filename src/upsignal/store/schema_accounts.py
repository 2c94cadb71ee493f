"""Migrations for account linking: manual link overrides that survive re-runs."""

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
