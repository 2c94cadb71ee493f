"""Linking data in the store: learned contact e-mails and manual link overrides."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from .db import transaction, utcnow

# Links a person or the export vouched for; e-mails seen on them become known contacts.
TRUSTED_RULES = ("account_id", "manual")


def contact_emails(db: sqlite_utils.Database) -> dict[str, str]:
    """E-mail -> account id, from conversations linked by explicit id or by hand (ambiguous ones dropped)."""
    marks = ",".join("?" * len(TRUSTED_RULES))
    rows = db.execute(
        f"""SELECT lower(trim(hint_email)), min(account_id), count(DISTINCT account_id)
            FROM conversations
            WHERE hint_email LIKE '%@%' AND account_id IS NOT NULL AND link_rule IN ({marks})
            GROUP BY 1""",
        list(TRUSTED_RULES),
    ).fetchall()
    return {email: account for email, account, n in rows if n == 1}


def link_overrides(db: sqlite_utils.Database) -> dict[str, str | None]:
    """Conversation id -> account id set by hand (None: deliberately unlinked)."""
    return dict(db.execute("SELECT conversation_id, account_id FROM link_overrides").fetchall())


def find_conversation(db: sqlite_utils.Database, ref: str) -> list[str]:
    """Conversation ids matching an id, or an external id, or 'source_system:external_id'."""
    rows = db.execute("SELECT id FROM conversations WHERE id = ?", [ref]).fetchall()
    if not rows:
        system, _, external = ref.partition(":")
        rows = db.execute(
            "SELECT id FROM conversations WHERE external_id = ? OR (source_system = ? AND external_id = ?)"
            " ORDER BY id", [ref, system, external]).fetchall()
    return [r[0] for r in rows]


def set_link_override(
    db: sqlite_utils.Database, conversation_id: str, account_id: str | None, reason: str,
) -> dict[str, Any]:
    """Record the override and apply it now to the conversation and its signals; return the old link."""
    before = db.execute("SELECT account_id, link_rule FROM conversations WHERE id = ?",
                        [conversation_id]).fetchone()
    with transaction(db):
        db.execute(
            "INSERT INTO link_overrides (conversation_id, account_id, reason, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(conversation_id) DO UPDATE SET account_id = excluded.account_id,"
            " reason = excluded.reason, created_at = excluded.created_at",
            [conversation_id, account_id, reason, utcnow()],
        )
        db.execute(
            # detected_at = NULL: the next `upsignal detect` re-runs detection against the new account's plan
            "UPDATE conversations SET account_id = ?, link_rule = 'manual', link_confidence = 1.0,"
            " detected_at = NULL WHERE id = ?",
            [account_id, conversation_id],
        )
        changed = db.execute("UPDATE signals SET account_id = ? WHERE conversation_id = ?",
                             [account_id, conversation_id]).rowcount
    return {"previous_account_id": before[0] if before else None,
            "previous_rule": before[1] if before else None, "signals_updated": changed}
