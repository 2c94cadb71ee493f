"""Reading in a second process gives exactly what reading in-process gives, errors included."""

from __future__ import annotations

import pytest

from conftest import DATA, DEMO
from upsignal.errors import InputError
from upsignal.pipeline import ingest_paths
from upsignal.store import open_db


def dump(db):
    return (db.execute("SELECT id, content_hash FROM conversations ORDER BY id").fetchall(),
            db.execute("SELECT conversation_id, idx, role, text FROM turns ORDER BY 1, 2").fetchall(),
            db.execute("SELECT file, record, reason FROM quarantine ORDER BY 1, 2").fetchall())


def test_parallel_reading_matches_in_process(tmp_path):
    paths = [DEMO / "tickets", DATA / "ingest" / "zendesk.jsonl"]
    here, there = open_db(tmp_path / "a.db"), open_db(tmp_path / "b.db")
    a = ingest_paths(here, paths, batch_size=64, parallel=False)
    b = ingest_paths(there, paths, batch_size=64, parallel=True)
    assert a.counts() == b.counts() and a.stored > 500
    assert dump(here) == dump(there)


def test_parallel_reading_raises_the_readers_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\nworld\n")
    db = open_db(tmp_path / "c.db")
    with pytest.raises(InputError, match="notes.txt"):
        ingest_paths(db, [DATA / "ingest" / "zendesk.jsonl", bad], parallel=True)
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 2  # the good file is kept
    assert db.execute("SELECT status FROM ingest_runs").fetchone()[0] == "failed"
