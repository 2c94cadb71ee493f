"""Account resolution rules: explicit id, email domain (free-mail never), company name."""

from __future__ import annotations

import pytest

from upsignal.link import AccountIndex, normalise_name
from upsignal.types import Account, AccountHints

ACCOUNTS = [
    Account("ACC-1", "Müller GmbH", domains=("mueller.de",), plan="pro"),
    Account("ACC-2", "ACME Inc.", domains=("acme.com",), plan="starter"),
    Account("ACC-3", "Nordwind Media GmbH & Co. KG", domains=("nordwind-media.de",)),
]


@pytest.fixture
def index() -> AccountIndex:
    return AccountIndex(ACCOUNTS)


@pytest.mark.parametrize(("hints", "expected"), [
    (AccountHints(account_id="ACC-2", email="x@mueller.de"), ("ACC-2", "account_id")),
    (AccountHints(email="lena@mueller.de"), ("ACC-1", "domain")),
    (AccountHints(email="lena@eu.acme.com"), ("ACC-2", "domain")),
    (AccountHints(email="lena@gmail.com", organization="Mueller"), ("ACC-1", "name")),
    (AccountHints(email="lena@web.de"), None),
    (AccountHints(domain="gmx.de", organization="Unknown AG"), None),
    (AccountHints(organization="Acme, Inc"), ("ACC-2", "name")),
    (AccountHints(organization="Nordwind Media"), ("ACC-3", "name")),
    (AccountHints(account_id="ACC-99"), None),
], ids=["explicit-id", "domain", "subdomain", "freemail-then-name", "freemail-only", "freemail-domain",
        "name-legal-suffix", "name-co-kg", "unknown-id"])
def test_resolution_rules(index, hints, expected):
    link = index.resolve(hints)
    assert (link and (link.account_id, link.rule)) == expected


def test_normalise_name_folds_umlauts_and_suffixes():
    assert normalise_name("Müller GmbH") == normalise_name("Mueller") == "mueller"
    assert normalise_name("ACME, Inc.") == "acme"
    assert normalise_name("Schmidt e. K.") == "schmidt"
