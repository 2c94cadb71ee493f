"""CLI: accounts list/show, report feature-demand/competitors, link set; every format; empty database."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from world import build


@pytest.fixture
def world(db, db_path):
    build(db)
    return db_path


def test_accounts_list_formats(cli, world, catalog_path):
    base = ["accounts", "list", "--db", world, "--catalog", catalog_path]
    rows = json.loads(cli([*base, "--format", "json"]).output)
    assert [r["account_id"] for r in rows][0] == "A1" and {"components", "top_quotes", "hold_reason"} <= set(rows[0])
    table = cli([*base, "--format", "table"])
    assert table.exit_code == 0 and "A1" in table.output and "expansion ARR" in table.output
    parsed = list(csv.reader(io.StringIO(cli([*base, "--format", "csv"]).output)))
    assert parsed[0][:5] == ["#", "account", "name", "plan", "score"] and len(parsed) == 4
    assert cli([*base, "--format", "markdown"]).output.startswith("# Accounts by opportunity score")
    owned = json.loads(cli([*base, "-f", "json", "--owner", "csm2@vendor.io"]).output)
    assert [r["account_id"] for r in owned] == ["A2"]
    by_name = json.loads(cli([*base, "-f", "json", "--sort", "name"]).output)
    assert [r["name"] for r in by_name] == ["Acme Logistics GmbH", "Beta Bakery", "Gamma Bank"]
    assert json.loads(cli([*base, "-f", "json", "--min-score", "101"]).output) == []


def test_accounts_show(cli, world, catalog_path):
    res = cli(["accounts", "show", "A1", "--db", world, "--catalog", catalog_path, "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "Score components" in res.output and "tier gap" in res.output
    assert "We need an audit log for compliance." in res.output  # a quote in the feed
    assert "recommended tier enterprise" in res.output
    data = json.loads(cli(["accounts", "show", "A1", "--db", world, "--format", "json"]).output)
    assert data["account"]["account_id"] == "A1" and len(data["signals"]) == 4
    missing = cli(["accounts", "show", "NOPE", "--db", world])
    assert missing.exit_code == 2 and "no such account" in missing.output


def test_as_of_scores_the_accounts_as_they_stood_then(cli, world, catalog_path):
    """A1's audit-log request and Asana move (c7, 2026-03-20) come after 2026-02-01: as of then they are
    left out of the score, the quotes and the feed; the same date gives the same scores whenever it runs."""
    base = ["--db", world, "--catalog", catalog_path, "--format", "json"]
    before = {r["account_id"]: r for r in json.loads(cli(["accounts", "list", "--as-of", "2026-02-01", *base]).output)}
    assert before["A1"]["signal_count"] == 2 and before["A2"]["signal_count"] == 0
    assert before == {r["account_id"]: r for r in json.loads(
        cli(["accounts", "list", "--as-of", "2026-02-01", *base]).output)}
    later = {r["account_id"]: r for r in json.loads(cli(["accounts", "list", "--as-of", "2026-04-01", *base]).output)}
    assert later["A1"]["signal_count"] == 4 and later["A1"]["score"] != before["A1"]["score"]
    shown = json.loads(cli(["accounts", "show", "A1", "--as-of", "2026-02-01", *base]).output)
    assert {s["sentence"] for s in shown["signals"]} == {"We need SAML SSO for Okta.", "SSO is still a must for us."}
    assert "audit log" not in json.dumps(shown["account"]["top_quotes"])
    bad = cli(["accounts", "list", "--as-of", "2026-02-30", "--db", world])
    assert bad.exit_code == 2 and "--as-of '2026-02-30'" in bad.output


@pytest.mark.parametrize("report", [["feature-demand", "--themes", "tokens"], ["competitors"],
                                    ["feature-demand", "--group-by", "tier", "--themes", "tokens"]])
def test_reports_html_is_self_contained(cli, world, catalog_path, tmp_path, report):
    out = tmp_path / "report.html"
    res = cli(["report", *report, "--db", world, "--catalog", catalog_path, "--format", "html", "-o", out])
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert page.startswith("<!doctype html>") and "<svg" in page
    assert not re.search(r"https?://", page)  # no CDN, no fonts, nothing fetched
    assert "<script" not in page and "<link" not in page


def test_feature_demand_formats(cli, world, catalog_path):
    base = ["report", "feature-demand", "--db", world, "--catalog", catalog_path, "--themes", "tokens"]
    data = json.loads(cli([*base, "--format", "json"]).output)
    assert data["rows"][0]["key"] == "sso_saml" and data["rows"][0]["arr"] == 37680
    table = cli([*base, "--format", "table"]).output
    assert "SAML single sign-on" in table and "themes" in table
    rows = list(csv.DictReader(io.StringIO(cli([*base, "--format", "csv"]).output)))
    assert rows[0]["feature"] == "sso_saml" and rows[0]["trend"] == "2026-01=2;2026-02=0;2026-03=2"
    assert "| sso_saml |" in cli([*base, "--format", "markdown"]).output
    assert cli([*base, "--since", "March"]).exit_code == 2
    assert cli([*base, "--channel", "fax"]).exit_code == 2
    assert cli([*base, "--format", "pdf"]).exit_code == 2


def test_reports_on_an_empty_database_say_so(cli, db_path):
    for report, text in ((["feature-demand", "--themes", "tokens"], "No feature requests"), (["competitors"], "No competitor mentions")):
        for fmt in ("table", "markdown", "html"):
            res = cli(["report", *report, "--db", db_path, "--format", fmt])
            assert res.exit_code == 0 and text in res.output, res.output
    res = cli(["accounts", "list", "--db", db_path, "--format", "table"])
    assert res.exit_code == 0 and "No accounts" in res.output


def test_link_set_applies_now_and_survives_reruns(cli, world, db):
    res = cli(["link", "set", "c1", "A2", "--reason", "the Okta ticket came from Beta's admin", "--db", world])
    assert res.exit_code == 0 and "was A1 by account_id" in res.output, res.output
    row = db.execute("SELECT account_id, link_rule FROM conversations WHERE id = 'c1'").fetchone()
    assert tuple(row) == ("A2", "manual")
    assert {r[0] for r in db.execute("SELECT account_id FROM signals WHERE conversation_id = 'c1'")} == {"A2"}
    assert db.execute("SELECT reason FROM link_overrides").fetchone()[0].startswith("the Okta")
    # re-run linking over everything, as `upsignal detect --all` does: the override stays
    from upsignal.cli import _analyser
    from upsignal.pipeline import detect_stored
    from upsignal.settings import get_settings

    detect_stored(db, _analyser(db, get_settings(), False), only_new=False)
    assert tuple(db.execute("SELECT account_id, link_rule FROM conversations WHERE id = 'c1'").fetchone()) == (
        "A2", "manual")
    assert tuple(db.execute("SELECT account_id, link_rule FROM conversations WHERE id = 'c2'").fetchone()) == (
        "A1", "account_id")


def test_link_set_none_unlinks_and_bad_input_exits_2(cli, world, db):
    assert cli(["link", "set", "c6", "none", "--reason", "a prospect", "--db", world]).exit_code == 0
    assert db.execute("SELECT account_id FROM conversations WHERE id = 'c6'").fetchone()[0] is None
    assert cli(["link", "set", "c6", "NOPE", "--reason", "x", "--db", world]).exit_code == 2
    assert cli(["link", "set", "zzz", "A1", "--reason", "x", "--db", world]).exit_code == 2
    assert cli(["link", "set", "test:c6", "A3", "--reason", "back", "--db", world]).exit_code == 0  # SOURCE:EXTERNAL_ID
