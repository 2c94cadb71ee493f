"""SQLite storage: schema and migrations, idempotent writes, read queries. All SQL lives here."""

from .db import open_db

__all__ = ["open_db"]
