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


def test_default_reports_are_computed_in_the_background_and_after_changes(tmp_path, monkeypatch):
    import time

    from api_support import ACCOUNTS, conversation

    from upsignal import report
    from upsignal.api.cache import data_version
    from upsignal.store import open_db
    from upsignal.store.writes import write_batch

    path = tmp_path / "warm.db"
    tokens = build_db(path, per_account=2)
    computed: list[int] = []
    real = report.feature_demand

    def counting(db, **kwargs):  # noqa: ANN001, ANN003, ANN202
        computed.append(data_version(db))
        return real(db, **kwargs)

    monkeypatch.setattr("upsignal.api.routes.reports.feature_demand", counting)
    db = open_db(path)

    def wait_until(condition) -> None:  # noqa: ANN001
        deadline = time.monotonic() + 10
        while not condition():
            assert time.monotonic() < deadline, "the report was not computed in the background"
            time.sleep(0.02)

    with TestClient(make_app(path, warm_interval_s=0.05)) as client:
        wait_until(lambda: computed == [data_version(db)])  # at start-up, before anyone asked
        r = client.get("/api/reports/feature-demand", headers={"Authorization": f"Bearer {tokens['product']}"})
        assert r.status_code == 200 and len(computed) == 1  # served from the cache
        write_batch(db, [conversation(900, ACCOUNTS[0], 3)[0]], [], "later")
        wait_until(lambda: computed[-1] == data_version(db))  # the data changed: computed again
        client.get("/api/reports/feature-demand", headers={"Authorization": f"Bearer {tokens['product']}"})
        assert len(computed) == 2


def test_while_the_data_changes_default_reports_answer_at_once_marked_stale(tmp_path):
    import time

    from api_support import ACCOUNTS, conversation

    from upsignal.store import open_db
    from upsignal.store.writes import write_batch
    from upsignal.types import Analysis, Link

    path = tmp_path / "stale.db"
    tokens = build_db(path, per_account=2)
    auth = {"Authorization": f"Bearer {tokens['product']}"}
    with TestClient(make_app(path, warm_interval_s=3600)) as client:  # warms once at start-up, then sleeps
        deadline = time.monotonic() + 10
        while "X-Upsignal-Stale" in (first := client.get("/api/reports/feature-demand", headers=auth)).headers \
                or first.status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        db = open_db(path)
        conv, signals = conversation(905, ACCOUNTS[1], 3)  # a new request for another account
        write_batch(db, [conv], [], "later", analyse=lambda cs: {conv.id: Analysis(Link(ACCOUNTS[1].id, "account_id", 1.0),
                                                                                     tuple(signals))})
        stale = client.get("/api/reports/feature-demand", headers=auth)
        assert stale.headers.get("X-Upsignal-Stale") == "true" and stale.json() == first.json()
        fresh = client.get("/api/reports/feature-demand?group_by=tier", headers=auth)  # not kept warm: computed now
        assert "X-Upsignal-Stale" not in fresh.headers
        csv = client.get("/api/reports/feature-demand?format=csv", headers=auth)  # exports are always current
        assert "X-Upsignal-Stale" not in csv.headers
    with TestClient(make_app(path)) as client:  # no warm-up: never stale
        again = client.get("/api/reports/feature-demand", headers=auth)
        assert "X-Upsignal-Stale" not in again.headers and again.json() != first.json()


def test_report_page_says_when_it_shows_the_last_complete_report(tmp_path):
    import time

    from api_support import ACCOUNTS, conversation

    from upsignal.store import open_db
    from upsignal.store.writes import write_batch

    path = tmp_path / "stalepage.db"
    tokens = build_db(path, per_account=2)
    with TestClient(make_app(path, warm_interval_s=3600)) as client:
        client.cookies.set("upsignal_token", tokens["product"])
        deadline = time.monotonic() + 10
        while "last complete report" in (page := client.get("/reports/features")).text or page.status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        write_batch(open_db(path), [conversation(906, ACCOUNTS[2], 3)[0]], [], "later")
        assert "last complete report" in client.get("/reports/features").text
        assert "last complete report" in client.get("/reports/competitors").text
        assert "last complete report" not in client.get("/reports/features?channel=call").text
