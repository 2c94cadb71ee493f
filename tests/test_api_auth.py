"""Tokens and roles: 401 without a valid token, 403 outside the role, one error shape; the whole matrix."""

from __future__ import annotations

import pytest
from api_support import build_db, make_app
from fastapi.testclient import TestClient

# (method, path, roles allowed besides admin); every endpoint of the API except /api/health.
ENDPOINTS = [
    ("GET", "/api/accounts", {"csm"}),
    ("GET", "/api/accounts/ACC-1", {"csm"}),
    ("GET", "/api/accounts/ACC-1/signals", {"csm"}),
    ("GET", "/api/conversations/{conv}", {"csm", "product"}),
    ("POST", "/api/signals/{signal}/feedback", {"csm"}),
    ("GET", "/api/feedback", set()),
    ("GET", "/api/search?q=SSO", {"product"}),
    ("GET", "/api/search?q=SSO&mode=semantic", {"product"}),
    ("GET", "/api/reports/feature-demand", {"product"}),
    ("GET", "/api/reports/feature-demand?format=csv", {"product"}),
    ("GET", "/api/reports/competitors", {"product"}),
    ("POST", "/api/ingest", set()),
    ("GET", "/api/jobs/nope", set()),
    ("GET", "/api/tokens", set()),
    ("POST", "/api/tokens", set()),
    ("DELETE", "/api/tokens/nope", set()),
]
ROLES = ("admin", "csm", "product")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    path = tmp_path_factory.mktemp("auth") / "auth.db"
    tokens = build_db(path)
    with TestClient(make_app(path)) as client:
        conv = client.get("/api/accounts/ACC-1/signals", headers=_h(tokens["admin"])).json()["signals"][0]
        yield client, tokens, {"conv": conv["conversation_id"], "signal": conv["id"]}


def _h(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def _call(client, method, path, ids, headers):
    path = path.format(**ids)
    kwargs = {}
    if path.endswith("/feedback"):
        kwargs["json"] = {"status": "confirmed", "reason": "matrix"}
    elif method == "POST" and path == "/api/tokens":
        kwargs["json"] = {"name": "matrix", "role": "product"}
    elif path == "/api/ingest":
        kwargs["files"] = {"file": ("t.csv", b"id,subject,body\n1,Hi,We need SSO\n", "text/csv")}
        kwargs["data"] = {"detect": "false"}
    return client.request(method, path, headers=headers, **kwargs)


def _assert_error(response, status):
    assert response.status_code == status, response.text
    assert response.json() == {"ok": False, "error": response.json()["error"], "status": status}
    assert response.json()["error"]


@pytest.mark.parametrize(("method", "path", "allowed"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _ in ENDPOINTS])
def test_role_matrix(env, method, path, allowed):
    client, tokens, ids = env
    _assert_error(_call(client, method, path, ids, {}), 401)
    _assert_error(_call(client, method, path, ids, _h("ups_nope_invalid")), 401)
    _assert_error(_call(client, method, path, ids, _h(tokens["revoked"])), 401)
    for role in ROLES:
        response = _call(client, method, path, ids, _h(tokens[role]))
        if role == "admin" or role in allowed:
            assert response.status_code not in (401, 403), (role, response.text)
            assert response.status_code < 500, (role, response.text)
        else:
            _assert_error(response, 403)


def test_health_needs_no_token(env):
    client, _, _ = env
    assert client.get("/api/health").json()["ok"] is True


def test_unknown_route_and_bad_params_use_the_error_shape(env):
    client, tokens, _ = env
    _assert_error(client.get("/api/nothing-here", headers=_h(tokens["admin"])), 404)
    _assert_error(client.get("/api/search?q=x&limit=0", headers=_h(tokens["admin"])), 422)
    _assert_error(client.get("/api/accounts/ACC-1/signals?kind=bogus", headers=_h(tokens["admin"])), 422)
    _assert_error(client.get("/api/accounts/NOPE", headers=_h(tokens["admin"])), 404)


def test_csm_with_owner_sees_only_their_book(env):
    client, tokens, ids = env
    h = _h(tokens["csm_book"])
    accounts = client.get("/api/accounts", headers=h).json()["accounts"]
    assert {a["account_id"] for a in accounts} == {"ACC-1"}
    assert client.get("/api/accounts/ACC-1/signals", headers=h).status_code == 200
    _assert_error(client.get("/api/accounts/ACC-2", headers=h), 403)
    _assert_error(client.get("/api/accounts/ACC-2/signals", headers=h), 403)


def test_tokens_are_stored_hashed_and_revocable(env, tmp_path):
    client, tokens, _ = env
    h = _h(tokens["admin"])
    created = client.post("/api/tokens", headers=h, json={"name": "temp", "role": "product"}).json()
    secret, token_id = created["secret"], created["token"]["id"]
    assert "secret" not in created["token"]
    assert client.get("/api/reports/competitors", headers=_h(secret)).status_code == 200
    assert client.delete(f"/api/tokens/{token_id}", headers=h).json()["revoked"] == token_id
    _assert_error(client.get("/api/reports/competitors", headers=_h(secret)), 401)
    from upsignal.store import open_db

    db = open_db(client.app.state.services.settings.db)
    stored = [r[0] for r in db.execute("SELECT secret_sha256 FROM api_tokens").fetchall()]
    assert secret not in stored and all(len(s) == 64 for s in stored)


def test_pages_redirect_to_login_and_refuse_other_roles(env):
    client, tokens, _ = env
    r = client.get("/accounts", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    client.cookies.set("upsignal_token", tokens["product"])
    try:
        assert client.get("/accounts").status_code == 403
        assert client.get("/reports/features").status_code == 200
    finally:
        client.cookies.clear()


def test_last_used_at_is_recorded_at_most_once_a_minute(env):
    client, tokens, _ = env
    services = client.app.state.services
    h = _h(tokens["admin"])
    created = client.post("/api/tokens", headers=h, json={"name": "usage", "role": "product"}).json()
    secret, token_id = created["secret"], created["token"]["id"]

    def last_used() -> str | None:
        services.usage.flush()
        listed = client.get("/api/tokens", headers=h).json()["tokens"]
        return next(t["last_used_at"] for t in listed if t["id"] == token_id)

    assert created["token"]["last_used_at"] is None
    assert client.get("/api/reports/competitors", headers=_h(secret)).status_code == 200
    first = last_used()
    assert first and first.endswith("Z")
    from upsignal.store import open_db

    db = open_db(services.settings.db)
    db.execute("UPDATE api_tokens SET last_used_at = '2000-01-01T00:00:00Z' WHERE id = ?", [token_id])
    db.conn.commit()
    client.get("/api/reports/competitors", headers=_h(secret))
    assert last_used() == "2000-01-01T00:00:00Z"  # recorded a moment ago: no write per request
    services.usage.every = 0
    try:
        client.get("/api/reports/competitors", headers=_h(secret))
        assert last_used() > "2000-01-01T00:00:00Z"
    finally:
        services.usage.every = 60.0


def test_touch_token_never_moves_backwards(tmp_path):
    from upsignal.store import open_db
    from upsignal.store.auth import create_token, list_tokens, touch_token

    db = open_db(tmp_path / "t.db")
    token, _ = create_token(db, "x", "admin")
    touch_token(db, token.id, "2026-05-02T10:00:00Z")
    touch_token(db, token.id, "2026-05-01T10:00:00Z")  # a late write from another worker
    assert list_tokens(db)[0].last_used_at == "2026-05-02T10:00:00Z"


def _operation(spec: dict, method: str, path: str) -> dict:
    """The spec's operation for a concrete path ("/api/accounts/ACC-1" matches "/api/accounts/{account_id}")."""
    import re

    path = path.split("?")[0]
    for template, ops in spec["paths"].items():
        if re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)), path) and method.lower() in ops:
            return ops[method.lower()]
    raise AssertionError(f"{method} {path} is not in the spec")


def test_spec_documents_a_json_object_for_every_operation(env):
    client, tokens, ids = env
    spec = client.get("/openapi.json").json()
    for method, path, _ in ENDPOINTS:
        op = _operation(spec, method, path.format(**ids))
        ok = next(v for k, v in op["responses"].items() if k.startswith("2"))
        assert ok["content"]["application/json"]["schema"]["type"] == "object", (method, path)
    served = client.get("/api/accounts/ACC-1/signals", headers=_h(tokens["admin"]))
    assert served.headers["content-type"] == "application/json" and served.json()["ok"] is True
    csv = client.get("/api/reports/competitors?format=csv", headers=_h(tokens["admin"]))
    assert csv.headers["content-type"].startswith("text/csv")
    assert "text/csv" in _operation(spec, "GET", "/api/reports/competitors")["responses"]["200"]["content"]


def test_recording_token_use_never_fails_a_request_while_stopping(tmp_path):
    from upsignal.api.state import ConnectionPool
    from upsignal.api.usage import UsageRecorder

    recorder = UsageRecorder(ConnectionPool(tmp_path / "u.db"))
    recorder.close()
    recorder.seen("tok-1")  # closed: dropped, no exception
    assert "tok-1" not in recorder._recorded  # not counted as written, so the next request retries
    recorder.start()
    recorder.seen("tok-1")
    assert "tok-1" in recorder._recorded
    recorder.flush()
    recorder.close()
