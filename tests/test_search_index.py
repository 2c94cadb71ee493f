"""The in-memory semantic-search index and the query encoder: refresh, ranking, filters, batching, cache."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from api_support import ACCOUNTS, build_db, conversation, words_encoder

from upsignal.api.query_encoder import QueryEncoder
from upsignal.store import open_db
from upsignal.store.search import Filters, index_pending, semantic_search
from upsignal.store.vectors import VectorIndex
from upsignal.store.writes import write_batch


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "v.db"
    build_db(path, per_account=4)
    return open_db(path)


def _query(text: str) -> np.ndarray:
    return words_encoder([text])[0]


def test_new_vectors_are_picked_up_on_refresh(db):
    index = VectorIndex(refresh_every=3600)
    index.refresh(db)
    held = len(index)
    assert held == db.execute("SELECT count(*) FROM search_vectors").fetchone()[0]
    write_batch(db, [conversation(500, ACCOUNTS[1], 3, extra="Zebrafish telemetry dashboards please.")[0]], [], "r")
    index_pending(db, words_encoder)
    assert not any("Zebrafish" in h["snippet"] for h in semantic_search(db, index, _query("zebrafish telemetry")))
    index.refresh(db, force=True)
    assert len(index) == held + 1
    hits = semantic_search(db, index, _query("zebrafish telemetry"), limit=3)
    assert "Zebrafish" in hits[0]["snippet"]


def test_growing_index_keeps_ids_in_order_and_rebuilds_after_deletions(db):
    index = VectorIndex(refresh_every=0)
    index.refresh(db)
    for n in range(40):  # appends past the first buffer
        write_batch(db, [conversation(600 + n, ACCOUNTS[n % 3], 2, extra=f"widget{n} gadget")[0]], [], f"g{n}")
        index_pending(db, words_encoder)
        index.refresh(db)
    stored = [r[0] for r in db.execute("SELECT id FROM search_vectors ORDER BY id").fetchall()]
    ids, _ = index.score(_query("gadget"), stored)
    assert sorted(ids.tolist()) == stored and len(index) == len(stored)
    db.execute("DELETE FROM turns WHERE conversation_id IN (SELECT id FROM conversations WHERE title != 'Ticket 0')")
    db.conn.commit()
    index.refresh(db)
    assert len(index) == db.execute("SELECT count(*) FROM search_vectors").fetchone()[0]


def test_scores_are_exact_cosines_best_first_and_filters_apply(db):
    index = VectorIndex()
    q = _query("okta saml rollout")
    hits = semantic_search(db, index, q, limit=50)
    vectors = {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in
               db.execute("SELECT id, vector FROM search_vectors").fetchall()}
    assert [h["score"] for h in hits] == [round(float(vectors[h["vector_id"]] @ q), 4) for h in hits]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert len(hits) == len(vectors)  # min_score 0: word vectors are never negative
    for f in (Filters(account_id="ACC-3"), Filters(accounts=("ACC-1", "ACC-2")), Filters(channel="call"),
              Filters(since="2026-03-01")):
        got = semantic_search(db, index, q, f, limit=50)
        assert got and {h["vector_id"] for h in got} < set(vectors)
        assert all((f.account_id or h["account_id"]) == h["account_id"] for h in got)
        assert all(h["account_id"] in (f.accounts or (h["account_id"],)) for h in got)
        assert all(h["channel"] == (f.channel or h["channel"]) and h["created_at"] >= (f.since or "") for h in got)
    assert semantic_search(db, index, q, Filters(account_id="NOPE")) == []


def test_query_encoder_batches_concurrent_queries_and_caches_repeats():
    calls: list[list[str]] = []
    release = threading.Event()

    def slow_encoder(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        release.wait(5)  # the first call holds the model while the others queue up
        return words_encoder(texts)

    encoder = QueryEncoder(slow_encoder, max_batch=16)
    results: dict[int, np.ndarray] = {}
    threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, encoder([f"query {i}"])[0]))
               for i in range(9)]
    threads[0].start()
    _wait_for(lambda: len(calls) == 1)  # the model is busy with query 0 ...
    for t in threads[1:]:
        t.start()
    _wait_for(lambda: encoder._queue.qsize() == 8)  # noqa: SLF001 (... while the other eight queue up)
    release.set()
    for t in threads:
        t.join(5)
    assert len(calls) == 2 and sorted(len(c) for c in calls) == [1, 8]
    for i, vector in results.items():
        assert np.allclose(vector, words_encoder([f"query {i}"])[0])
    encoder(["query 3"])
    assert len(calls) == 2  # cached


def _wait_for(condition, timeout: float = 5.0) -> None:  # noqa: ANN001
    deadline = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        deadline.wait(0.01)
    raise AssertionError("timed out")


def test_query_encoder_passes_errors_to_every_waiting_caller():
    def broken(texts: list[str]) -> np.ndarray:
        raise RuntimeError("model missing")

    encoder = QueryEncoder(broken)
    with pytest.raises(RuntimeError, match="model missing"):
        encoder(["a"])
    with pytest.raises(RuntimeError, match="model missing"):  # the worker survived
        encoder(["b"])


def test_start_up_moves_long_lived_objects_out_of_the_collectors_way(tmp_path):
    import gc

    from api_support import make_app
    from fastapi.testclient import TestClient

    build_db(tmp_path / "g.db", per_account=1)
    gc.unfreeze()
    try:
        with TestClient(make_app(tmp_path / "g.db")) as client:
            assert gc.get_freeze_count() > 1000  # the app, its routes, the libraries it loaded
            assert client.get("/api/health").status_code == 200
    finally:
        gc.unfreeze()
