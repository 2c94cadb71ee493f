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
