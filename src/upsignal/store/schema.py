"""Schema migrations, applied in order and recorded in _migrations (never edit a shipped one)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from .api_schema import m010_search, m011_auth, m012_feedback, m013_jobs, m014_data_version
from .catalog_memory import m016_catalog_snapshot
from .schema_accounts import m002_link_overrides, m015_read_indexes


def m001_initial(db: sqlite_utils.Database) -> None:
    """Accounts, conversations, turns, signals, quarantine and ingest runs."""
    _run_script(db, """
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, domains TEXT NOT NULL DEFAULT '[]',
            plan TEXT, arr REAL, seats_used INTEGER, seats_limit INTEGER, owner_email TEXT,
            region TEXT, industry TEXT, nps REAL, source_file TEXT, imported_at TEXT
        );
        CREATE TABLE account_domains (
            domain TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE
        );
        CREATE TABLE conversations (
            id TEXT PRIMARY KEY, source_system TEXT NOT NULL, external_id TEXT NOT NULL,
            channel TEXT NOT NULL, created_at TEXT, title TEXT, language TEXT, url TEXT,
            hint_account_id TEXT, hint_email TEXT, hint_domain TEXT, hint_organization TEXT,
            hint_company_size TEXT, tags TEXT NOT NULL DEFAULT '[]', rating REAL,
            source_file TEXT, record INTEGER, content_hash TEXT NOT NULL, ingested_at TEXT NOT NULL,
            account_id TEXT, link_rule TEXT, link_confidence REAL, detected_at TEXT
        );
        CREATE INDEX idx_conversations_account ON conversations(account_id);
        CREATE INDEX idx_conversations_created ON conversations(created_at);
        CREATE TABLE turns (
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, speaker TEXT, role TEXT NOT NULL, text TEXT NOT NULL, timestamp TEXT,
            PRIMARY KEY (conversation_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE signals (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            turn_idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL,
            feature_id TEXT, tier_id TEXT, competitor_id TEXT, competitor_name TEXT, stance TEXT,
            limit_id TEXT, detectors TEXT NOT NULL DEFAULT '[]', reasons TEXT NOT NULL DEFAULT '[]',
            account_id TEXT, created_at TEXT NOT NULL
        );
        CREATE INDEX idx_signals_conversation ON signals(conversation_id);
        CREATE INDEX idx_signals_account_kind ON signals(account_id, kind);
        CREATE INDEX idx_signals_kind ON signals(kind);
        CREATE TABLE quarantine (
            id TEXT PRIMARY KEY, run_id TEXT, file TEXT NOT NULL, record INTEGER NOT NULL,
            reason TEXT NOT NULL, raw TEXT, created_at TEXT NOT NULL
        );
        CREATE TABLE ingest_runs (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
            status TEXT NOT NULL, paths TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0,
            stored INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0, quarantined INTEGER NOT NULL DEFAULT 0,
            signals INTEGER NOT NULL DEFAULT 0
        );
        """)


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one, so they stay inside the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("001_initial", m001_initial),
    ("002_link_overrides", m002_link_overrides),
    ("010_search", m010_search),
    ("011_auth", m011_auth),
    ("012_feedback", m012_feedback),
    ("013_jobs", m013_jobs),
    ("014_data_version", m014_data_version),
    ("015_read_indexes", m015_read_indexes),
    ("016_catalog_snapshot", m016_catalog_snapshot),
]
