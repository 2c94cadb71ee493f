"""API tokens: a random secret shown once; only its sha256 is stored; revocable."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..errors import InputError
from .db import transaction, utcnow

ROLES = ("admin", "csm", "product")
PREFIX = "ups_"


@dataclass(frozen=True)
class Token:
    """A token's public record (never the secret)."""

    id: str
    name: str
    role: str
    owner_email: str | None = None  # a CSM token with an owner sees only that owner's book
    created_at: str | None = None
    last_used_at: str | None = None
    revoked_at: str | None = None


def digest(secret: str) -> str:
    """sha256 hex of a token string."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(db: sqlite_utils.Database, name: str, role: str, owner_email: str | None = None) -> tuple[Token, str]:
    """Store a new token; return its record and the secret (shown once, never stored)."""
    if role not in ROLES:
        raise InputError(f"role {role!r}: unknown. Expected one of: {', '.join(ROLES)}.")
    if not name.strip():
        raise InputError("token name must not be empty, e.g. --name 'Felix (CSM)'.")
    token_id = secrets.token_hex(4)
    secret = f"{PREFIX}{token_id}_{secrets.token_urlsafe(24)}"
    now = utcnow()
    with transaction(db):
        db.execute(
            "INSERT INTO api_tokens (id, name, role, owner_email, secret_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [token_id, name.strip(), role, owner_email or None, digest(secret), now])
    return Token(token_id, name.strip(), role, owner_email or None, now), secret


def lookup(db: sqlite_utils.Database, secret: str) -> Token | None:
    """The live (not revoked) token whose secret this is, or None."""
    row = db.execute(
        "SELECT id, name, role, owner_email, created_at, last_used_at, revoked_at FROM api_tokens"
        " WHERE secret_sha256 = ? AND revoked_at IS NULL", [digest(secret)]).fetchone()
    return Token(*row) if row else None


def touch_token(db: sqlite_utils.Database, token_id: str, when: str | None = None) -> None:
    """Record that a token was used (last_used_at); never moves the time backwards."""
    when = when or utcnow()
    with transaction(db):
        db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ? AND coalesce(last_used_at, '') < ?",
                   [when, token_id, when])


def list_tokens(db: sqlite_utils.Database, include_revoked: bool = False) -> list[Token]:
    """Every token's public record, newest first."""
    where = "" if include_revoked else "WHERE revoked_at IS NULL"
    rows = db.execute(f"SELECT id, name, role, owner_email, created_at, last_used_at, revoked_at FROM api_tokens"
                      f" {where} ORDER BY created_at DESC, id").fetchall()
    return [Token(*r) for r in rows]


def revoke_token(db: sqlite_utils.Database, token_id: str) -> bool:
    """Revoke a token by id; False when no live token has that id."""
    with transaction(db):
        cur = db.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                         [utcnow(), token_id])
    return cur.rowcount > 0


def token_dict(token: Token) -> dict[str, Any]:
    """A token's public record as JSON-ready dict."""
    return dict(token.__dict__)
