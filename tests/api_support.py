"""Helpers for the API tests: a small deterministic database, tokens per role, a fake encoder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from upsignal.store import open_db
from upsignal.store.auth import create_token
from upsignal.store.search import index_pending
from upsignal.store.writes import upsert_accounts, write_batch
from upsignal.types import Account, AccountHints, Analysis, Conversation, Evidence, Link, Signal, Turn

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "corpora" / "demo" / "catalog.toml"
ACCOUNTS = [
    Account("ACC-1", "Acme Logistics", ("acme.example",), "pro", 30000.0, 95, 100, "felix@vendor.example"),
    Account("ACC-2", "Nordwind Media", ("nordwind.example",), "starter", 3000.0, 20, 25, "rosa@vendor.example"),
    Account("ACC-3", "Globex", ("globex.example",), "pro", 50000.0, 40, 100, "rosa@vendor.example"),
]
SENTENCES = [
    ("tier_feature_request", "We need SAML SSO for the Okta rollout before the audit.", "sso_saml", None),
    ("competitor_comparison", "Asana has this built in and we are trialling it.", None, "asana"),
    ("workaround", "Every Friday we export to Excel and merge the sheets by hand.", "csv_export", None),
    ("limit_pressure", "We are at 24 of 25 seats already.", None, None),
    ("growth", "We are onboarding the APAC team next month.", None, None),
    ("feature_request", "Could you add an audit log for changes?", "audit_log", None),
]


def words_encoder(texts: list[str]) -> np.ndarray:
    """A deterministic bag-of-words 'embedding' (no model): shared words mean similar vectors."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in text.lower().replace(".", " ").replace(",", " ").split():
            out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def conversation(n: int, account: Account, month: int, extra: str = "") -> tuple[Conversation, list[Signal]]:
    """Conversation n: the customer says one sentence of SENTENCES (plus `extra`), the vendor answers."""
    kind, sentence, feature, competitor = SENTENCES[n % len(SENTENCES)]
    text = f"Hello team. {sentence}{(' ' + extra) if extra else ''}"
    conv_id = Conversation.make_id("tickets", f"T{n}")
    conv = Conversation(
        id=conv_id, source_system="tickets", external_id=f"T{n}", channel="ticket" if n % 3 else "call",
        turns=(Turn(0, f"Customer {n}", "customer", text), Turn(1, "Agent", "vendor", "Thanks, noted; SSO is on Enterprise.")),
        created_at=f"2026-{month:02d}-{(n % 27) + 1:02d}T10:00:00Z", title=f"Ticket {n}", language="en",
        hints=AccountHints(account_id=account.id))
    start = text.index(sentence)
    signal = Signal(conv_id, kind, 0.9, Evidence(0, start, start + len(sentence), sentence), ("rules.v1",),
                    feature_id=feature, tier_id="enterprise" if kind == "tier_feature_request" else None,
                    competitor_id=competitor, competitor_name="Asana" if competitor else None,
                    stance="evaluating" if competitor else None, account_id=account.id)
    return conv, [signal]


def build_db(path: Path, per_account: int = 12) -> dict[str, str]:
    """Accounts, conversations, signals (and their vectors); returns a token secret per role (+ variants)."""
    db = open_db(path)
    upsert_accounts(db, ACCOUNTS, [], "test")
    convs, analyses = [], {}
    n = 0
    for account in ACCOUNTS:
        for i in range(per_account):
            conv, signals = conversation(n, account, 1 + i % 4)
            convs.append(conv)
            analyses[conv.id] = Analysis(Link(account.id, "account_id", 1.0), tuple(signals))
            n += 1
    write_batch(db, convs, [], "test-run", analyse=lambda cs: {c.id: analyses[c.id] for c in cs})
    index_pending(db, words_encoder)
    tokens = {role: create_token(db, f"{role} user", role)[1] for role in ("admin", "csm", "product")}
    tokens["csm_book"] = create_token(db, "Felix", "csm", "felix@vendor.example")[1]
    revoked, tokens["revoked"] = create_token(db, "old", "admin")
    from upsignal.store.auth import revoke_token

    revoke_token(db, revoked.id)
    db.conn.close()
    return tokens


def make_app(path: Path, **settings: object):  # noqa: ANN201
    """The app on a test database: no background indexing or report warming, word-overlap themes, the fake encoder."""
    from upsignal.api import create_app
    from upsignal.settings import Settings

    options = {"db": path, "catalog": CATALOG, "index_interval_s": 0, "warm_interval_s": 0, "report_themes": "tokens",
               **settings}
    return create_app(Settings(**options), encoder=words_encoder)
