"""Search: FTS5 keyword search safe against any string, semantic search, filters, highlights, index sync."""

from __future__ import annotations

import threading

import pytest
from api_support import ACCOUNTS, build_db, conversation, make_app, words_encoder
from fastapi.testclient import TestClient

from upsignal.store import open_db
from upsignal.store.search import index_pending
from upsignal.store.writes import write_batch

NASTY = ['"', "'", "SSO\"", "a OR", "NEAR(a b)", "col:SSO", "^SSO", "-SSO", "*", "(", ")", "AND AND",
         "'; DROP TABLE turns; --", "\\", "\x00", "ümläut", "SSO*", '"unterminated phrase', "{}[]", "%_%",
         "x" * 500, "🙂", "NOT", "sso + saml"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "search.db"
    tokens = build_db(path)
    with TestClient(make_app(path)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['product']}"
        yield client, path


@pytest.mark.parametrize("q", NASTY, ids=[repr(q)[:20] for q in NASTY])
def test_keyword_search_is_safe_for_any_string(env, q):
    client, _ = env
    r = client.get("/api/search", params={"q": q})
    assert r.status_code in (200, 400), r.text
    assert r.json()["ok"] is (r.status_code == 200)


def test_keyword_hits_carry_highlights_and_account(env):
    client, _ = env
    hits = client.get("/api/search", params={"q": "okta"}).json()["hits"]
    assert hits
    for h in hits:
        assert [h["snippet"][s:e].lower() for s, e in h["marks"]] == ["okta"]
        assert h["account_id"] in {a.id for a in ACCOUNTS} and h["account_name"]


def test_phrases_prefixes_and_filters(env):
    client, _ = env
    assert client.get("/api/search", params={"q": '"merge the sheets"'}).json()["hits"]
    assert not client.get("/api/search", params={"q": '"sheets the merge"'}).json()["hits"]
    assert client.get("/api/search", params={"q": "onboard*"}).json()["hits"]
    hits = client.get("/api/search", params={"q": "SSO", "account": "ACC-2", "role": "customer"}).json()["hits"]
    assert hits and all(h["account_id"] == "ACC-2" and h["role"] == "customer" for h in hits)
    since = client.get("/api/search", params={"q": "SSO", "since": "2026-03-01", "channel": "call"}).json()["hits"]
    assert since and all(h["created_at"] >= "2026-03-01" and h["channel"] == "call" for h in since)


def test_semantic_search_ranks_by_meaning_with_evidence_span(env):
    client, _ = env
    hits = client.get("/api/search", params={"q": "okta saml rollout", "mode": "semantic", "limit": 5}).json()["hits"]
    assert hits and "SAML SSO" in hits[0]["snippet"]
    (s, e), = hits[0]["marks"]
    assert "SAML" in hits[0]["snippet"][s:e]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    only = client.get("/api/search", params={"q": "okta saml", "mode": "semantic", "account": "ACC-3"}).json()["hits"]
    assert only and {h["account_id"] for h in only} == {"ACC-3"}


def test_reingest_replaces_index_entries(tmp_path):
    path = tmp_path / "sync.db"
    build_db(path, per_account=2)
    db = open_db(path)
    conv, _ = conversation(0, ACCOUNTS[0], 1, extra="Zebrafish telemetry please.")
    write_batch(db, [conv], [], "r2")
    count = lambda word: db.execute("SELECT count(*) FROM turns_fts WHERE turns_fts MATCH ?", [word]).fetchone()[0]  # noqa: E731
    assert count("zebrafish") == 1
    assert db.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 1  # vectors deleted, re-queued
    index_pending(db, words_encoder)
    changed, _ = conversation(0, ACCOUNTS[0], 1, extra="Now about kangaroos.")
    write_batch(db, [changed], [], "r3")
    assert count("zebrafish") == 0 and count("kangaroos") == 1
    total = db.execute("SELECT count(*) FROM turns").fetchone()[0]
    assert db.execute("SELECT count(*) FROM turns_fts").fetchone()[0] == total


def test_reads_never_see_half_a_batch_while_ingest_writes(tmp_path):
    path = tmp_path / "wal.db"
    tokens = build_db(path, per_account=1)
    batch, rounds = 40, 12
    errors: list[str] = []

    def writer() -> None:
        db = open_db(path)
        for r in range(rounds):
            convs = [conversation(1000 + r * batch + i, ACCOUNTS[i % 3], 2, extra=f"marker{r}x")[0] for i in range(batch)]
            write_batch(db, convs, [], f"w{r}")

    with TestClient(make_app(path)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        thread = threading.Thread(target=writer)
        thread.start()
        while thread.is_alive():
            for r in range(rounds):
                hits = client.get("/api/search", params={"q": f"marker{r}x", "limit": 100}).json()["hits"]
                if len(hits) not in (0, batch):
                    errors.append(f"round {r}: saw {len(hits)} of {batch}")
        thread.join()
        assert client.get("/api/search", params={"q": f"marker{rounds - 1}x", "limit": 100}).json()["hits"]
    assert errors == []


def test_search_page_highlights(env):
    client, _ = env
    token = client.headers["Authorization"].split()[1]
    client.cookies.set("upsignal_token", token)
    try:
        page = client.get("/search", params={"q": "okta"})
    finally:
        client.cookies.clear()
    assert page.status_code == 200 and "<mark>Okta</mark>" in page.text
