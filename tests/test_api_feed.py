"""Account feed (filters, cursor pagination) and CSM feedback (stored, shown, survives re-detection, exported)."""

from __future__ import annotations

import json

import pytest
from api_support import build_db, make_app
from fastapi.testclient import TestClient


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "feed.db"
    tokens = build_db(path, per_account=14)
    with TestClient(make_app(path)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['csm']}"
        yield client, path


def test_cursor_pages_cover_the_feed_once_newest_first(env):
    client, _ = env
    seen, cursor = [], None
    while True:
        page = client.get("/api/accounts/ACC-1/signals", params={"limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        seen += page["signals"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 14 and len({s["id"] for s in seen}) == 14
    keys = [(s["created_at"], s["id"]) for s in seen]
    assert keys == sorted(keys, reverse=True)
    first = seen[0]
    assert first["sentence"] in first["title"] or first["start"] < first["end"]


@pytest.mark.parametrize(("param", "value", "check"), [
    ("kind", "workaround", lambda s: s["kind"] == "workaround"),
    ("since", "2026-03-01", lambda s: s["created_at"] >= "2026-03-01"),
    ("feature", "sso_saml", lambda s: s["feature_id"] == "sso_saml"),
    ("competitor", "asana", lambda s: s["competitor_id"] == "asana"),
    ("competitor", "ASANA", lambda s: s["competitor_name"] == "Asana"),
], ids=["kind", "since", "feature", "competitor-id", "competitor-name"])
def test_feed_filters(env, param, value, check):
    client, _ = env
    rows = client.get("/api/accounts/ACC-1/signals", params={param: value}).json()["signals"]
    assert rows and all(check(s) for s in rows)


def test_bad_cursor_is_a_400(env):
    client, _ = env
    r = client.get("/api/accounts/ACC-1/signals", params={"cursor": "garbage!"})
    assert r.status_code == 400 and r.json()["ok"] is False


def test_feedback_is_shown_filterable_and_survives_redetection(env):
    client, path = env
    signal = client.get("/api/accounts/ACC-1/signals", params={"kind": "growth"}).json()["signals"][0]
    r = client.post(f"/api/signals/{signal['id']}/feedback", json={"status": "dismissed", "reason": "hypothetical"})
    assert r.status_code == 200 and r.json()["feedback"]["status"] == "dismissed"
    dismissed = client.get("/api/accounts/ACC-1/signals", params={"status": "dismissed"}).json()["signals"]
    assert [s["id"] for s in dismissed] == [signal["id"]] and dismissed[0]["feedback_reason"] == "hypothetical"
    # re-detection replaces the signal rows; the verdict is keyed by signal id and comes back
    from upsignal.store import open_db
    from upsignal.store.queries import load_conversations
    from upsignal.store.writes import write_analyses
    from upsignal.types import Analysis, Evidence, Link, Signal

    db = open_db(path)
    conv = load_conversations(db, [signal["conversation_id"]])[0]
    again = Signal(conv.id, "growth", 0.8, Evidence(0, signal["start"], signal["end"], signal["sentence"]),
                   account_id="ACC-1")
    assert again.id == signal["id"]
    write_analyses(db, {conv.id: Analysis(Link("ACC-1", "account_id", 1.0), (again,))})
    after = client.get("/api/accounts/ACC-1/signals", params={"status": "dismissed"}).json()["signals"]
    assert [s["id"] for s in after] == [signal["id"]]


def test_feedback_validation_and_unknown_signal(env):
    client, _ = env
    assert client.post("/api/signals/nope/feedback", json={"status": "confirmed"}).status_code == 404
    assert client.post("/api/signals/nope/feedback", json={"status": "maybe"}).status_code == 422


def test_export_feedback_cli_writes_labelled_rows(env, cli, tmp_path):
    client, path = env
    rows = client.get("/api/accounts/ACC-1/signals").json()["signals"]
    client.post(f"/api/signals/{rows[0]['id']}/feedback", json={"status": "confirmed", "reason": "true"})
    client.post(f"/api/signals/{rows[1]['id']}/feedback", json={"status": "dismissed", "reason": "vendor said it"})
    out = tmp_path / "fb.jsonl"
    res = cli(["export", "feedback", "--db", path, "--output", out])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    by_id = {r["id"]: r for r in lines}
    assert by_id[rows[0]["id"]]["labels"] == [rows[0]["kind"]] == by_id[rows[0]["id"]]["annotated"]
    assert by_id[rows[1]["id"]]["labels"] == [] and by_id[rows[1]["id"]]["reason"] == "vendor said it"
    assert by_id[rows[0]["id"]]["text"] == rows[0]["sentence"]


def test_account_page_feed_and_feedback_form(env):
    client, _ = env
    token = client.headers.pop("Authorization").split()[1]
    client.cookies.set("upsignal_token", token)
    page = client.get("/accounts/ACC-1")
    assert page.status_code == 200 and "Signal feed" in page.text
    signal = client.get("/api/accounts/ACC-1/signals", headers={"Authorization": f"Bearer {token}"}).json()["signals"][0]
    r = client.post(f"/signals/{signal['id']}/feedback", data={"status": "confirmed", "reason": "yes",
                                                               "back": "/accounts/ACC-1"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/accounts/ACC-1"
    assert "confirmed by csm user: yes" in client.get("/accounts/ACC-1").text
