"""Admin ingest upload: size limit, background job with a status endpoint, searchable afterwards."""

from __future__ import annotations

import time

import pytest
from api_support import build_db, make_app
from conftest import DEMO
from fastapi.testclient import TestClient

REVIEWS = DEMO / "reviews" / "reviews.csv"


@pytest.fixture
def env(tmp_path):
    path = tmp_path / "ingest.db"
    tokens = build_db(path, per_account=1)
    with TestClient(make_app(path, max_upload_mb=0.2, index_interval_s=60)) as client:
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        yield client


def _wait(client, url, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(url).json()["job"]
        if job["status"] in ("ok", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job still {job['status']} after {timeout}s")


def test_upload_runs_as_a_job_and_becomes_searchable(env):
    client = env
    with REVIEWS.open("rb") as fh:
        r = client.post("/api/ingest", files={"file": ("reviews.csv", fh, "text/csv")}, data={"detect": "false"})
    assert r.status_code == 202, r.text
    assert r.json()["job"]["status"] in ("queued", "running", "ok")
    job = _wait(client, r.json()["status_url"])
    assert job["status"] == "ok", job
    assert job["result"]["stored"] > 100 and job["result"]["indexed_turns"] > 100
    hits = client.get("/api/search", params={"q": "SSO", "channel": "review"}).json()["hits"]
    assert hits and all(h["channel"] == "review" for h in hits)
    semantic = client.get("/api/search", params={"q": "SSO tier", "mode": "semantic", "channel": "review"}).json()
    assert semantic["hits"]


def test_upload_over_the_limit_is_413(env):
    big = b"id,subject,body\n" + b"1,x,y\n" * 60_000
    r = env.post("/api/ingest", files={"file": ("big.csv", big, "text/csv")}, data={"detect": "false"})
    assert r.status_code == 413 and r.json() == {"ok": False, "error": r.json()["error"], "status": 413}


def test_bad_upload_fails_the_job_not_the_server(env):
    r = env.post("/api/ingest", files={"file": ("x.bin", b"\x00\x01garbage", "application/octet-stream")},
                 data={"detect": "false"})
    assert r.status_code == 202
    job = _wait(env, r.json()["status_url"])
    assert job["status"] == "failed" and job["error"]
    assert env.post("/api/ingest", files={"file": ("e.csv", b"", "text/csv")}, data={"detect": "false"}).status_code == 400
    assert env.get("/api/jobs/doesnotexist").status_code == 404


def test_uploads_work_after_the_app_was_stopped_and_started_again(tmp_path):
    path = tmp_path / "restart.db"
    tokens = build_db(path, per_account=1)
    app = make_app(path, index_interval_s=0)
    with TestClient(app):
        pass  # start and stop: the job runner shuts down with the app
    with TestClient(app) as client:
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        with REVIEWS.open("rb") as fh:
            r = client.post("/api/ingest", files={"file": ("reviews.csv", fh, "text/csv")}, data={"detect": "false"})
        assert r.status_code == 202, r.text
        assert _wait(client, r.json()["status_url"])["status"] == "ok"


def test_an_upload_while_stopping_is_refused_not_lost(tmp_path):
    path = tmp_path / "stopping.db"
    tokens = build_db(path, per_account=1)
    app = make_app(path, index_interval_s=0)
    with TestClient(app) as client:
        client.headers["Authorization"] = f"Bearer {tokens['admin']}"
        app.state.services.jobs.shutdown()  # what the app's shutdown does
        with REVIEWS.open("rb") as fh:
            r = client.post("/api/ingest", files={"file": ("reviews.csv", fh, "text/csv")}, data={"detect": "false"})
        assert r.status_code == 503 and "again" in r.json()["error"]
