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
