"""The database remembers the catalog its signals were detected with, so reports and scores
(next tier, expansion ARR) work later without passing --catalog or UPSIGNAL_CATALOG again."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import sqlite_utils

from ..catalog import Catalog, load_catalog, parse_catalog
from ..errors import CatalogError


def m016_catalog_snapshot(db: sqlite_utils.Database) -> None:
    """One row: the text of the last catalog detection ran with."""
    db.execute("""CREATE TABLE catalog_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1), source TEXT NOT NULL, toml TEXT NOT NULL,
        sha256 TEXT NOT NULL, stored_at TEXT NOT NULL)""")
    for event in ("INSERT", "UPDATE"):  # another catalog changes the reports: bump what keys their cache
        db.execute(f"""CREATE TRIGGER catalog_snapshot_version_{event.lower()} AFTER {event} ON catalog_snapshot
                       BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END""")


def remember_catalog(db: sqlite_utils.Database, path: Path | str) -> None:
    """Store the catalog file's text (validated first) as the one this database was detected with."""
    from .db import (  # db imports the migrations, this module among them
        transaction,
        utcnow,
    )

    path = Path(path)
    load_catalog(path)  # never remember a catalog that does not load
    text = path.read_text(encoding="utf-8-sig")
    sha = hashlib.sha256(text.encode()).hexdigest()
    with transaction(db):
        db.execute(
            "INSERT INTO catalog_snapshot (id, source, toml, sha256, stored_at) VALUES (1, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET source = excluded.source, toml = excluded.toml, "
            "sha256 = excluded.sha256, stored_at = excluded.stored_at WHERE sha256 != excluded.sha256 "
            "OR source != excluded.source",
            [str(path), text, sha, utcnow()],
        )


def remembered_version(db: sqlite_utils.Database) -> str | None:
    """The stored catalog's hash (None when detection never ran with one)."""
    row = db.execute("SELECT sha256 FROM catalog_snapshot WHERE id = 1").fetchone()
    return row[0] if row else None


def remembered_catalog(db: sqlite_utils.Database) -> Catalog | None:
    """The catalog detection last ran with, or None."""
    row = db.execute("SELECT source, toml FROM catalog_snapshot WHERE id = 1").fetchone()
    if not row:
        return None
    source = f"{row[0]} (as stored in the database)"
    try:
        return parse_catalog(tomllib.loads(row[1]), source)
    except tomllib.TOMLDecodeError as exc:  # only if the row was edited by hand
        raise CatalogError(source, [f"not valid TOML: {exc}"]) from exc


def catalog_for(db: sqlite_utils.Database, path: Path | str | None) -> Catalog | None:
    """The catalog a report should use: the one given (flag or setting), else the remembered one."""
    return load_catalog(path) if path is not None else remembered_catalog(db)
