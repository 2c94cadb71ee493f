"""The database remembers the catalog detection ran with: scores and reports need no --catalog later."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, DEMO

from upsignal.api.cache import data_version
from upsignal.errors import UpsignalError
from upsignal.store.catalog_memory import (
    catalog_for,
    remember_catalog,
    remembered_catalog,
)

ZENDESK = DATA / "ingest" / "zendesk.jsonl"


@pytest.fixture(autouse=True)
def no_catalog_setting(monkeypatch):
    monkeypatch.delenv("UPSIGNAL_CATALOG", raising=False)


def expansion(cli, db, *extra):
    res = cli(["accounts", "list", "--db", db, "--format", "json", *extra])
    assert res.exit_code == 0, res.output
    return {r["account_id"]: (r["recommended_tier"], r["expansion_arr"]) for r in json.loads(res.output)}


def test_reports_use_the_catalog_detection_ran_with(cli, tmp_path, catalog_path):
    db = tmp_path / "m.db"
    assert cli(["accounts", "import", DEMO / "accounts.csv", "--db", db]).exit_code == 0
    assert cli(["ingest", ZENDESK, "--db", db, "--no-detect"]).exit_code == 0
    before = expansion(cli, db)
    assert before and all(arr is None for _, arr in before.values())  # no catalog anywhere yet

    assert cli(["detect", "--all", "--db", db, "--catalog", catalog_path]).exit_code == 0
    remembered = expansion(cli, db)
    assert remembered == expansion(cli, db, "--catalog", catalog_path)
    assert any(arr for _, arr in remembered.values())
    demand = cli(["report", "feature-demand", "--db", db, "--format", "json", "--themes", "tokens"])
    given = cli(["report", "feature-demand", "--db", db, "--format", "json", "--themes", "tokens",
                 "--catalog", catalog_path])
    assert demand.exit_code == 0 and demand.output == given.output


def test_a_new_catalog_replaces_the_old_and_changes_the_data_version(db, tmp_path, catalog_path):
    assert remembered_catalog(db) is None and catalog_for(db, None) is None
    remember_catalog(db, catalog_path)
    assert remembered_catalog(db).product == "Planwise"
    version = data_version(db)
    remember_catalog(db, catalog_path)  # the same file again: nothing changes
    assert data_version(db) == version
    renamed = tmp_path / "catalog.toml"
    renamed.write_text(catalog_path.read_text(encoding="utf-8").replace('name = "Planwise"', 'name = "Planwise 2"', 1),
                       encoding="utf-8")
    remember_catalog(db, renamed)
    assert remembered_catalog(db).product == "Planwise 2" and data_version(db) > version
    assert catalog_for(db, catalog_path).product == "Planwise"  # a catalog given explicitly wins


def test_a_broken_catalog_is_never_remembered(db, tmp_path, catalog_path):
    remember_catalog(db, catalog_path)
    broken = tmp_path / "broken.toml"
    broken.write_text("[product]\nname = 3\n", encoding="utf-8")
    with pytest.raises(UpsignalError):
        remember_catalog(db, broken)
    assert remembered_catalog(db).product == "Planwise"


def test_an_empty_catalog_setting_means_none(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("UPSIGNAL_CATALOG", "")
    res = cli(["accounts", "list", "--db", tmp_path / "e.db", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output) == []


def test_a_directory_is_not_a_catalog(cli, tmp_path):
    res = cli(["accounts", "list", "--db", tmp_path / "e.db", "--catalog", tmp_path])
    assert res.exit_code == 2 and "is a directory" in res.output


def test_the_api_falls_back_to_the_remembered_catalog(tmp_path):
    from api_support import CATALOG, build_db, make_app
    from fastapi.testclient import TestClient

    from upsignal.store import open_db

    path = tmp_path / "api.db"
    tokens = build_db(path)
    with TestClient(make_app(path, catalog=None)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        without = client.get("/api/accounts").json()
        db = open_db(path)
        remember_catalog(db, CATALOG)  # what an ingest with detection does
        db.conn.close()
        remembered = client.get("/api/accounts").json()
    with TestClient(make_app(path)) as client:  # the catalog given explicitly
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        given = client.get("/api/accounts").json()
    assert not any(a["expansion_arr"] for a in without["accounts"])
    assert remembered == given and any(a["expansion_arr"] for a in remembered["accounts"])
