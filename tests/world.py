"""A tiny hand-built world (accounts, conversations, signals) with hand-computed report numbers."""

from __future__ import annotations

from upsignal.store.writes import upsert_accounts, write_batch
from upsignal.types import Account, AccountHints, Analysis, Conversation, Evidence, Link, Signal, Turn

ACCOUNTS = [
    Account("A1", "Acme Logistics GmbH", ("acme.com",), "pro", 34800.0, 95, 100, "csm1@vendor.io"),
    Account("A2", "Beta Bakery", ("beta.de",), "starter", 2880.0, 20, 25, "csm2@vendor.io"),
    Account("A3", "Gamma Bank", ("gamma.com",), "enterprise", 100000.0, 100, None, "csm1@vendor.io"),
]

# (conversation, date, channel, account, speaker, [(kind, confidence, sentence, extra fields)])
WORLD = [
    ("c1", "2026-01-05T10:00:00Z", "ticket", "A1", "Ann", [
        ("tier_feature_request", 0.9, "We need SAML SSO for Okta.", {"feature_id": "sso_saml", "tier_id": "enterprise"})]),
    ("c2", "2026-01-20T10:00:00Z", "ticket", "A1", "Ann", [
        ("tier_feature_request", 0.8, "SSO is still a must for us.", {"feature_id": "sso_saml", "tier_id": "enterprise"})]),
    ("c3", "2026-03-03T10:00:00Z", "call", "A2", "Bea", [
        ("tier_feature_request", 0.7, "Single sign-on would help our team.", {"feature_id": "sso_saml", "tier_id": "enterprise"}),
        ("feature_request", 0.6, "Custom fields for the delivery date please.", {"feature_id": "custom_fields"})]),
    ("c4", "2026-03-10T10:00:00Z", "review", None, "Anonymous", [
        ("feature_request", 0.9, "Missing SSO is a dealbreaker.", {"feature_id": "sso_saml"}),
        ("competitor_comparison", 0.8, "Asana has SSO built in.", {"competitor_id": "asana", "competitor_name": "Asana",
                                                                  "stance": "better_at"})]),
    ("c5", "2026-02-11T10:00:00Z", "review", None, "Reviewer", [
        ("feature_request", 0.7, "Please add a dark mode for the web app.", {})]),
    ("c6", "2026-02-12T10:00:00Z", "ticket", "A3", "Gus", [
        ("feature_request", 0.8, "A dark mode for the web app would be great.", {}),
        ("competitor_comparison", 0.9, "We are trialling Taskbase right now.", {"competitor_name": "Taskbase",
                                                                              "stance": "evaluating"})]),
    ("c7", "2026-03-20T10:00:00Z", "chat", "A1", "Carl", [
        ("competitor_comparison", 0.9, "We plan to move to Asana next quarter.", {"competitor_id": "asana",
                                                                                 "competitor_name": "Asana",
                                                                                 "stance": "switching_to"}),
        ("tier_feature_request", 0.8, "We need an audit log for compliance.", {"feature_id": "audit_log",
                                                                               "tier_id": "enterprise"})]),
    ("c8", "2026-03-21T10:00:00Z", "ticket", "A2", "Bea", [
        ("feature_request", 0.6, "Could you support offline mode on mobile?", {})]),
]


def conversation(cid: str, date: str, channel: str, account: str | None, speaker: str,
                 sentences: list[str]) -> Conversation:
    return Conversation(
        id=cid, source_system="test", external_id=cid, channel=channel, created_at=date,
        turns=(Turn(0, speaker, "customer", " ".join(sentences)),),
        hints=AccountHints(account_id=account, email=f"{speaker.lower()}@example.org" if account else None),
    )


def signals_for(cid: str, account: str | None, items: list[tuple]) -> tuple[Signal, ...]:
    out, offset = [], 0
    for kind, conf, sentence, extra in items:
        ev = Evidence(0, offset, offset + len(sentence), sentence)
        out.append(Signal(cid, kind, conf, ev, ("test@1",), account_id=account, **extra))
        offset += len(sentence) + 1
    return tuple(out)


def build(db, world=WORLD, accounts=ACCOUNTS) -> None:
    """Write accounts, conversations and their signals through the real write path."""
    upsert_accounts(db, accounts, [], "accounts.csv")
    convs, analyses = [], {}
    for cid, date, channel, account, speaker, items in world:
        convs.append(conversation(cid, date, channel, account, speaker, [i[2] for i in items]))
        link = Link(account, "account_id", 1.0) if account else None
        analyses[cid] = Analysis(link, signals_for(cid, account, items))
    write_batch(db, convs, [], "run", analyse=lambda batch: {c.id: analyses[c.id] for c in batch})
