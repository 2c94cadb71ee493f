"""Linking rules in order: override, explicit id, contact e-mail, domain, name (exact, fuzzy), unlinked."""

from __future__ import annotations

import json

import pytest

from upsignal.link import AccountIndex, name_similarity, normalise_name
from upsignal.types import Account, AccountHints, Conversation

ACCOUNTS = [
    Account("ACC-1", "Müller & Söhne Maschinenbau GmbH", domains=("mueller-soehne.de",)),
    Account("ACC-2", "ACME Inc.", domains=("acme.com",)),
    Account("ACC-3", "Nordwind Media GmbH", domains=("nordwind-media.de",)),
    Account("ACC-4", "Nordwind Logistics AG", domains=("nordwind-logistics.com",)),
    Account("ACC-5", "Crescent Bay Hotels Group", domains=("crescentbayhotels.com",)),
    Account("ACC-6", "Quantum Leap Robotics Inc.", domains=("qlrobotics.com",)),
    Account("ACC-7", "Van der Meer Transport B.V.", domains=("vdmeer-transport.nl",)),
    Account("ACC-8", "Tallis & Reed LLP", domains=("tallisreed.com",)),
    Account("ACC-9", "Redwood Clinical Research Inc.", domains=("redwoodclinical.com",)),
    Account("ACC-10", "Keystone Analytics Group", domains=("keystoneanalytics.com",)),
]
CONTACTS = {"lena.k@gmail.com": "ACC-3", "ops@acme.com": "ACC-5"}


@pytest.fixture
def index() -> AccountIndex:
    return AccountIndex(ACCOUNTS, contacts=CONTACTS)


@pytest.mark.parametrize(("hints", "expected"), [
    (AccountHints(account_id="ACC-2", email="x@mueller-soehne.de"), ("ACC-2", "account_id")),
    (AccountHints(account_id="acc-2"), ("ACC-2", "account_id")),
    (AccountHints(email="Lena.K@gmail.com"), ("ACC-3", "email")),  # a known contact, even on free-mail
    (AccountHints(email="ops@acme.com"), ("ACC-5", "email")),  # the exact contact beats the domain
    (AccountHints(email="jo@acme.com"), ("ACC-2", "domain")),
    (AccountHints(email="jo@eu.acme.com"), ("ACC-2", "domain")),  # subdomain
    (AccountHints(domain="www.qlrobotics.com"), ("ACC-6", "domain")),
    (AccountHints(email="lena@gmail.com"), None),
    (AccountHints(email="lena@web.de"), None),
    (AccountHints(email="lena@gmx.de"), None),
    (AccountHints(email="ceo@gmail.com", organization="Müller & Söhne Maschinenbau GmbH"), ("ACC-1", "name")),
    (AccountHints(organization="Mueller und Soehne Maschinenbau"), ("ACC-1", "name")),  # umlauts, "und" = "&"
    (AccountHints(organization="acme"), ("ACC-2", "name")),  # "Acme Inc." = "ACME"
    (AccountHints(organization="Van der Meer Transport"), ("ACC-7", "name")),  # "B.V." ignored
    (AccountHints(organization="Tallis and Reed"), ("ACC-8", "name")),
    (AccountHints(organization="Crescent Bay"), ("ACC-5", "name_fuzzy")),  # shortened name
    (AccountHints(organization="Keystone"), ("ACC-10", "name_fuzzy")),
    (AccountHints(organization="QL Robotics"), ("ACC-6", "name_fuzzy")),  # acronym
    (AccountHints(organization="Crescnet Bay Hotels"), ("ACC-5", "name_fuzzy")),  # typo
    (AccountHints(organization="Nordwind"), None),  # Media or Logistics? don't guess
    (AccountHints(organization="Redfern Civil Engineering"), None),  # looks alike, is not
    (AccountHints(organization="Acme Robotics"), None),
    (AccountHints(email="jo@gmx.de", organization="Unknown AG"), None),
    (AccountHints(account_id="ACC-99"), None),
    (AccountHints(), None),
], ids=["explicit-id", "explicit-id-case", "contact-freemail", "contact-beats-domain", "domain", "subdomain",
        "website-domain", "gmail", "web.de", "gmx.de", "freemail-then-name-umlaut", "name-umlaut-folded",
        "name-legal-suffix", "name-dotted-suffix", "name-and", "fuzzy-prefix", "fuzzy-single-word",
        "fuzzy-acronym", "fuzzy-typo", "ambiguous", "distractor", "different-company", "unknown-org",
        "unknown-id", "no-hints"])
def test_rules(index, hints, expected):
    link = index.resolve(hints)
    assert (link and (link.account_id, link.rule)) == expected


def test_confidence_falls_with_each_rule(index):
    conf = [index.resolve(h).confidence for h in (
        AccountHints(account_id="ACC-2"), AccountHints(email="ops@acme.com"), AccountHints(email="jo@acme.com"),
        AccountHints(email="jo@eu.acme.com"), AccountHints(organization="ACME"), AccountHints(organization="Keystone"))]
    assert conf == sorted(conf, reverse=True) and conf[0] == 1.0 and conf[-1] < 0.85


def test_threshold_is_configurable():
    strict = AccountIndex(ACCOUNTS, name_threshold=0.95)
    assert strict.resolve(AccountHints(organization="Keystone")) is None
    assert strict.resolve(AccountHints(organization="Tallis and Reed")).account_id == "ACC-8"


def test_normalise_and_similarity():
    assert normalise_name("Müller GmbH") == normalise_name("Mueller") == "mueller"
    assert normalise_name("Acme Inc.") == normalise_name("ACME") == "acme"
    assert normalise_name("Van der Meer Transport B.V.") == "van der meer transport"
    assert name_similarity("ql robotics", "quantum leap robotics") > 0.9
    assert name_similarity("redfern civil engineering", "redwood clinical research") < 0.6


def test_manual_override_wins_and_can_unlink():
    conv = Conversation(id="c1", source_system="t", external_id="1", channel="ticket", turns=(),
                        hints=AccountHints(account_id="ACC-2"))
    assert AccountIndex(ACCOUNTS).link(conv).rule == "account_id"
    moved = AccountIndex(ACCOUNTS, overrides={"c1": "ACC-3"}).link(conv)
    assert (moved.account_id, moved.rule, moved.confidence) == ("ACC-3", "manual", 1.0)
    assert AccountIndex(ACCOUNTS, overrides={"c1": None}).link(conv) is None


def test_contacts_are_learned_from_trusted_links_only(db):
    from upsignal.store.links import contact_emails
    from upsignal.store.writes import upsert_accounts, write_batch
    from upsignal.types import Analysis, Link

    upsert_accounts(db, ACCOUNTS, [], "a.csv")
    rows = [("1", "ann@gmail.com", Link("ACC-2", "account_id", 1.0)),
            ("2", "bob@gmail.com", Link("ACC-3", "domain", 0.95)),  # not vouched for
            ("3", "cat@gmail.com", Link("ACC-2", "account_id", 1.0)),
            ("4", "cat@gmail.com", Link("ACC-3", "account_id", 1.0))]  # ambiguous: dropped
    convs = [Conversation(id=i, source_system="t", external_id=i, channel="ticket", turns=(),
                          hints=AccountHints(email=e)) for i, e, _ in rows]
    links = {i: Analysis(link) for i, _, link in rows}
    write_batch(db, convs, [], "r", analyse=lambda batch: {c.id: links[c.id] for c in batch})
    assert contact_emails(db) == {"ann@gmail.com": "ACC-2"}


def test_demo_linking_precision_and_recall():
    """The demo answer key: precision >= .98, recall >= .95 (scripts/eval_demo.py --no-detect)."""
    import sys
    import tempfile
    from pathlib import Path

    from conftest import DEMO, ROOT

    sys.path.insert(0, str(ROOT / "scripts"))
    import eval_demo

    key = [json.loads(line) for line in (DEMO / "answer_key.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = eval_demo.build(Path(tmp) / "demo.db", detect=False)
        scores = eval_demo.linking_scores(db, key)
    assert scores["precision"] >= 0.98 and scores["recall"] >= 0.95, scores
