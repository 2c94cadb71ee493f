"""Reports over HTTP give the same numbers as the CLI, as JSON and CSV; report pages draw charts."""

from __future__ import annotations

import json

import pytest
from api_support import CATALOG, build_db, make_app
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "reports.db"
    tokens = build_db(path)
    with TestClient(make_app(path)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['product']}"
        yield client, path, tokens


@pytest.mark.parametrize(("endpoint", "command"), [
    ("/api/reports/feature-demand?themes=tokens", ["report", "feature-demand", "--themes", "tokens"]),
    ("/api/reports/feature-demand?themes=tokens&since=2026-02-01&group_by=tier",
     ["report", "feature-demand", "--themes", "tokens", "--since", "2026-02-01", "--group-by", "tier"]),
    ("/api/reports/competitors", ["report", "competitors"]),
], ids=["feature-demand", "feature-demand-filtered", "competitors"])
def test_same_numbers_as_the_cli(env, cli, endpoint, command):
    client, path, _ = env
    api = client.get(endpoint).json()
    assert api.pop("ok") is True and not api["empty"]
    res = cli([*command, "--format", "json", "--db", path, "--catalog", CATALOG])
    assert res.exit_code == 0, res.output
    assert api == json.loads(res.stdout)
    csv = client.get(endpoint + ("&" if "?" in endpoint else "?") + "format=csv")
    assert csv.headers["content-type"].startswith("text/csv")
    res = cli([*command, "--format", "csv", "--db", path, "--catalog", CATALOG])
    assert csv.text == res.stdout


def test_feature_demand_counts_each_account_once_weighted_by_arr(env):
    client, _, _ = env
    rows = {r["key"]: r for r in client.get("/api/reports/feature-demand?themes=tokens").json()["rows"]}
    sso = rows["sso_saml"]
    assert sso["accounts"] == 3 and sso["arr"] == 83000.0 and sso["mentions"] == 6


def test_report_pages_draw_svg_charts(env):
    client, _, tokens = env
    client.cookies.set("upsignal_token", tokens["product"])
    try:
        features = client.get("/reports/features")
        competitors = client.get("/reports/competitors")
    finally:
        client.cookies.clear()
    assert features.status_code == 200 and features.text.count("<svg class=\"chart\"") == 2
    assert "SAML" in features.text and "<polyline" in features.text
    assert competitors.status_code == 200 and "Asana" in competitors.text
