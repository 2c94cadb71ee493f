"""CRM account imports: Salesforce- and HubSpot-style headers, bad rows quarantined, idempotent."""

from __future__ import annotations

import json

from conftest import DATA
from upsignal.ingest.accounts import clean_domain, normalise_header, read_accounts
from upsignal.types import Account, Quarantined

SF = DATA / "accounts" / "salesforce.csv"
HS = DATA / "accounts" / "hubspot.csv"


def test_salesforce_columns_and_bad_rows(catalog):
    records = list(read_accounts(SF, catalog))
    good = [r for r in records if isinstance(r, Account)]
    bad = [r for r in records if isinstance(r, Quarantined)]
    assert [a.id for a in good] == ["ACC-1", "ACC-2"]
    mueller = good[0]
    assert mueller.name == "Müller Logistik GmbH"
    assert mueller.domains == ("mueller-logistik.de", "mueller.de", "mueller-group.com")
    assert (mueller.plan, mueller.arr, mueller.seats_used, mueller.seats_limit) == ("pro", 34800.0, 96, 100)
    assert mueller.owner_email == "anna@planwise.io" and mueller.nps == 31
    assert [(q.record, q.reason) for q in bad] == [
        (4, "empty account id"),
        (5, "plan 'Platinum' is not a catalog tier (known: Free, Starter, Pro, Enterprise)"),
    ]


def test_hubspot_columns_and_german_number_format(catalog):
    (acc,) = read_accounts(HS, catalog)
    assert (acc.id, acc.name, acc.domains, acc.plan, acc.arr, acc.owner_email) == (
        "9001", "Nordwind Media", ("nordwind-media.de",), "enterprise", 70800.0, "c@planwise.io")


def test_helpers():
    assert normalise_header("Seats_Purchased__c") == "seats_purchased"
    assert normalise_header(" Company Domain Name ") == "company_domain_name"
    assert clean_domain("https://www.Acme.com/about") == "acme.com"
    assert clean_domain("n/a") is None


def test_cli_import_is_idempotent(cli, db_path, catalog_path):
    args = ["accounts", "import", SF, "--db", db_path, "--catalog", catalog_path]
    first = cli(args)
    assert first.exit_code == 0, first.output
    assert "2 new, 0 updated, 2 quarantined" in first.output
    second = cli(args)
    assert "0 new, 2 updated, 2 quarantined" in second.output
    from upsignal.store import open_db

    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 2
    domains = dict(db.execute("SELECT domain, account_id FROM account_domains").fetchall())
    assert domains["mueller.de"] == "ACC-1" and domains["acme.com"] == "ACC-2"
    assert json.loads(db.execute("SELECT domains FROM accounts WHERE id='ACC-2'").fetchone()[0]) == ["acme.com"]


def test_cli_import_missing_file_exits_2(cli, db_path):
    res = cli(["accounts", "import", "nope.csv", "--db", db_path])
    assert res.exit_code == 2 and "nope.csv: file not found" in res.output
