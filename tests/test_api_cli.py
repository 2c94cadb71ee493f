"""`upsignal token create|list|revoke` and `upsignal serve` wiring."""

from __future__ import annotations

from upsignal.store import open_db
from upsignal.store.auth import lookup


def test_token_lifecycle(cli, tmp_path):
    db = tmp_path / "t.db"
    res = cli(["token", "create", "--role", "csm", "--name", "Felix", "--owner", "felix@x.example", "--db", db])
    assert res.exit_code == 0, res.output
    secret = res.stdout.strip().splitlines()[0]
    token = lookup(open_db(db), secret)
    assert token and token.role == "csm" and token.owner_email == "felix@x.example"
    listed = cli(["token", "list", "--db", db])
    assert token.id in listed.stdout and secret not in listed.stdout
    assert cli(["token", "revoke", token.id, "--db", db]).exit_code == 0
    assert lookup(open_db(db), secret) is None
    assert cli(["token", "revoke", token.id, "--db", db]).exit_code == 2
    assert "REVOKED" in cli(["token", "list", "--all", "--db", db]).stdout


def test_token_create_rejects_bad_input(cli, tmp_path):
    db = tmp_path / "t.db"
    assert cli(["token", "create", "--role", "root", "--name", "x", "--db", db]).exit_code == 2
    assert cli(["token", "create", "--role", "admin", "--name", "x", "--owner", "a@b", "--db", db]).exit_code == 2


def test_serve_help_is_light(cli):
    res = cli(["serve", "--help"])
    assert res.exit_code == 0 and "--port" in res.output


def test_index_embeds_waiting_turns_without_a_server(cli, tmp_path, monkeypatch):
    from api_support import ACCOUNTS, build_db, conversation, words_encoder

    from upsignal import cli_serve
    from upsignal.store.search import pending_count
    from upsignal.store.writes import write_batch

    path = tmp_path / "i.db"
    build_db(path, per_account=1)  # indexed already
    db = open_db(path)
    write_batch(db, [conversation(100 + i, ACCOUNTS[0], 2, extra=f"note {i}")[0] for i in range(5)], [], "later")
    assert pending_count(db) == 5
    before = db.execute("SELECT count(*) FROM search_vectors").fetchone()[0]
    monkeypatch.setattr(cli_serve, "_encoder", lambda: words_encoder)  # no model download in tests

    res = cli(["index", "--db", path, "--batch", "2"])
    assert res.exit_code == 0, res.output
    assert "Indexed 5 turn(s); 0 waiting." in res.stdout
    assert pending_count(db) == 0
    assert db.execute("SELECT count(*) FROM search_vectors").fetchone()[0] > before
    again = cli(["index", "--db", path])
    assert again.exit_code == 0 and "up to date" in again.stdout


def test_index_on_a_missing_folder_is_a_clear_error(cli, tmp_path):
    res = cli(["index", "--db", tmp_path / "nope" / "x.db"])
    assert res.exit_code == 1 and "does not exist" in res.output
