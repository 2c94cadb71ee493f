"""Store: migrations, idempotent batch writes, per-batch transactions."""

from __future__ import annotations

import pytest

from upsignal.store import open_db
from upsignal.store.db import apply_migrations
from upsignal.store.writes import write_batch
from upsignal.types import Analysis, Conversation, Evidence, Link, Quarantined, Signal, Turn


def conv(ext: str, text: str = "Could you add SSO?", role: str = "customer") -> Conversation:
    return Conversation(id=Conversation.make_id("t", ext), source_system="t", external_id=ext, channel="ticket",
                        turns=(Turn(0, "Lena", role, text), Turn(1, "Tom", "vendor", "Sure, noted.")),
                        source_file="x.csv", record=int(ext))


def counts(db) -> tuple[int, int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("conversations", "turns", "signals", "quarantine"))


def test_migrations_are_recorded_once(db):
    assert apply_migrations(db) == []
    names = [r[0] for r in db.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names[0] == "001_initial" and "002_link_overrides" in names and len(names) == len(set(names))
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rewriting_the_same_batch_changes_nothing(db):
    batch = [conv("1"), conv("2"), conv("2")]  # a duplicate record inside the batch
    bad = [Quarantined("x.csv", 4, "broken date")]
    first = write_batch(db, batch, bad, "run1")
    assert (first.stored, first.updated, first.unchanged, first.quarantined) == (2, 0, 1, 1)
    assert counts(db) == (2, 4, 0, 1)
    again = write_batch(db, batch, bad, "run2")
    assert (again.stored, again.updated, again.unchanged) == (0, 0, 3)
    assert counts(db) == (2, 4, 0, 1)


def test_changed_content_replaces_turns_and_signals(db):
    def analyse(convs):
        out = {}
        for c in convs:
            sig = Signal(c.id, "feature_request", 0.9, Evidence(0, 0, len(c.turns[0].text), c.turns[0].text))
            out[c.id] = Analysis(Link("ACC-1", "domain", 0.95), (sig,))
        return out

    write_batch(db, [conv("1")], [], "r1", analyse=analyse)
    assert counts(db)[2] == 1
    res = write_batch(db, [conv("1", "Could you add SCIM please?")], [], "r2", analyse=analyse)
    assert (res.stored, res.updated, res.signals) == (0, 1, 1)
    assert counts(db) == (1, 2, 1, 0)
    row = db.execute("SELECT account_id, link_rule FROM conversations").fetchone()
    assert tuple(row) == ("ACC-1", "domain")
    assert db.execute("SELECT sentence FROM signals").fetchone()[0] == "Could you add SCIM please?"


def test_failed_batch_leaves_nothing_behind(db):
    def explode(convs):
        raise RuntimeError("detector crashed")

    write_batch(db, [conv("1")], [], "r1")
    with pytest.raises(RuntimeError):
        write_batch(db, [conv("2"), conv("3")], [Quarantined("x.csv", 9, "bad")], "r2", analyse=explode)
    assert counts(db) == (1, 2, 0, 0)


def test_open_db_in_missing_folder_is_a_clear_error(tmp_path):
    from upsignal.errors import StoreError

    with pytest.raises(StoreError, match="does not exist"):
        open_db(tmp_path / "nope" / "x.db")


def test_error_inside_the_transaction_rolls_back_the_whole_batch(db):
    def orphan(convs):  # a signal for a conversation that does not exist violates the foreign key
        bad = Signal("no-such-conversation", "budget", 0.9, Evidence(0, 0, 3, "abc"))
        return {convs[0].id: Analysis(None, (bad,))}

    write_batch(db, [conv("1")], [], "r1")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        write_batch(db, [conv("2"), conv("3")], [Quarantined("x.csv", 9, "bad")], "r2", analyse=orphan)
    assert counts(db) == (1, 2, 0, 0)
