"""Open the SQLite database (WAL) and bring its schema up to date."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ..errors import StoreError
from .schema import MIGRATIONS


def utcnow() -> str:
    """Current UTC time as ISO 8601 with a Z suffix."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_db(path: Path | str, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database file in WAL mode and apply pending migrations."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise StoreError(f"{path}: folder {path.parent} does not exist. Create it or pass another --db.")
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # Fewer, larger checkpoints: each one fsyncs, and small ones dominate bulk ingest time.
        db.execute("PRAGMA wal_autocheckpoint=20000")
        db.execute("PRAGMA busy_timeout=10000")
        db.execute("PRAGMA foreign_keys=ON")
    except Exception as exc:  # sqlite3.DatabaseError from either sqlite3 module
        raise StoreError(f"{path}: cannot open database ({exc}). Is it an SQLite file?") from exc
    if migrate:
        apply_migrations(db)
    return db


def apply_migrations(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet recorded in _migrations; return the names applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM _migrations").fetchall()}
    applied = []
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        with transaction(db):
            migration(db)
            db.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [name, utcnow()])
        applied.append(name)
    return applied


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One explicit write transaction (DDL included): all of it is committed, or none."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
