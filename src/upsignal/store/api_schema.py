"""Migrations for search, API tokens, signal feedback and API jobs (appended to schema.MIGRATIONS)."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.utils import sqlite3


def _script(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one inside the caller's transaction (trigger bodies kept whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        db.execute(buffer)


def m010_search(db: sqlite_utils.Database) -> None:
    """FTS5 over turns, turn keys (FTS rowids), the embedding queue and the vectors."""
    _script(db, """
        CREATE TABLE turn_keys (
            id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, idx INTEGER NOT NULL,
            UNIQUE (conversation_id, idx)
        );
        CREATE VIRTUAL TABLE turns_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE search_pending (id INTEGER PRIMARY KEY AUTOINCREMENT, turn_key INTEGER NOT NULL);
        CREATE INDEX idx_search_pending_key ON search_pending(turn_key);
        CREATE TABLE search_vectors (
            id INTEGER PRIMARY KEY, turn_key INTEGER NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, vector BLOB NOT NULL
        );
        CREATE INDEX idx_search_vectors_key ON search_vectors(turn_key);
        CREATE TRIGGER turns_search_ai AFTER INSERT ON turns BEGIN
            INSERT OR IGNORE INTO turn_keys (conversation_id, idx) VALUES (new.conversation_id, new.idx);
            INSERT INTO turns_fts (rowid, text)
                SELECT id, new.text FROM turn_keys WHERE conversation_id = new.conversation_id AND idx = new.idx;
            INSERT INTO search_pending (turn_key)
                SELECT id FROM turn_keys
                WHERE conversation_id = new.conversation_id AND idx = new.idx AND new.role != 'vendor';
        END;
        CREATE TRIGGER turns_search_ad AFTER DELETE ON turns BEGIN
            DELETE FROM turns_fts WHERE rowid =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
            DELETE FROM search_vectors WHERE turn_key =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
            DELETE FROM search_pending WHERE turn_key =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
        END;
        CREATE TRIGGER turns_search_au AFTER UPDATE OF text, role ON turns BEGIN
            DELETE FROM turns_fts WHERE rowid =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
            DELETE FROM search_vectors WHERE turn_key =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
            DELETE FROM search_pending WHERE turn_key =
                (SELECT id FROM turn_keys WHERE conversation_id = old.conversation_id AND idx = old.idx);
            INSERT INTO turns_fts (rowid, text)
                SELECT id, new.text FROM turn_keys WHERE conversation_id = new.conversation_id AND idx = new.idx;
            INSERT INTO search_pending (turn_key)
                SELECT id FROM turn_keys
                WHERE conversation_id = new.conversation_id AND idx = new.idx AND new.role != 'vendor';
        END;
        INSERT INTO turn_keys (conversation_id, idx) SELECT conversation_id, idx FROM turns;
        INSERT INTO turns_fts (rowid, text)
            SELECT k.id, t.text FROM turns t JOIN turn_keys k USING (conversation_id, idx);
        INSERT INTO search_pending (turn_key)
            SELECT k.id FROM turns t JOIN turn_keys k USING (conversation_id, idx) WHERE t.role != 'vendor'
        """)


def m011_auth(db: sqlite_utils.Database) -> None:
    """The api_tokens table."""
    _script(db, """
        CREATE TABLE api_tokens (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, owner_email TEXT,
            secret_sha256 TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_used_at TEXT,
            revoked_at TEXT
        )
        """)


def m012_feedback(db: sqlite_utils.Database) -> None:
    """signal_feedback (latest verdict per signal + a snapshot of what was judged); signals.status mirrors it."""
    _script(db, """
        CREATE TABLE signal_feedback (
            signal_id TEXT PRIMARY KEY, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
            by_name TEXT, by_token TEXT, created_at TEXT NOT NULL,
            kind TEXT NOT NULL, sentence TEXT NOT NULL, conversation_id TEXT, account_id TEXT,
            feature_id TEXT, competitor_id TEXT, language TEXT
        );
        CREATE INDEX idx_signal_feedback_status ON signal_feedback(status);
        ALTER TABLE signals ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
        CREATE TRIGGER signals_status_ai AFTER INSERT ON signals
        WHEN EXISTS (SELECT 1 FROM signal_feedback WHERE signal_id = new.id) BEGIN
            UPDATE signals SET status = (SELECT status FROM signal_feedback WHERE signal_id = new.id)
            WHERE id = new.id;
        END;
        CREATE TRIGGER signal_feedback_ai AFTER INSERT ON signal_feedback BEGIN
            UPDATE signals SET status = new.status WHERE id = new.signal_id;
        END;
        CREATE TRIGGER signal_feedback_au AFTER UPDATE OF status ON signal_feedback BEGIN
            UPDATE signals SET status = new.status WHERE id = new.signal_id;
        END
        """)


def m013_jobs(db: sqlite_utils.Database) -> None:
    """The api_jobs table."""
    _script(db, """
        CREATE TABLE api_jobs (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, filename TEXT,
            created_by TEXT, created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT,
            result TEXT NOT NULL DEFAULT '{}', error TEXT
        )
        """)


def m014_data_version(db: sqlite_utils.Database) -> None:
    """A counter bumped by every change to accounts, conversations or signals (keys the API's report cache)."""
    _script(db, """
        CREATE TABLE data_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO data_version (id, version) VALUES (1, 0);
        """)
    for table in ("accounts", "conversations", "signals"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"""CREATE TRIGGER {table}_version_{event.lower()} AFTER {event} ON {table} BEGIN
                               UPDATE data_version SET version = version + 1 WHERE id = 1;
                           END""")
