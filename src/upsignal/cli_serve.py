"""CLI commands for the service: `serve`, `index`, `token create|list|revoke`, `export feedback`.

Registered on the main app by `register(app)`; fastapi/uvicorn are imported only when `serve` runs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli_common import DbOpt, handle_errors
from .errors import InputError

token_app = typer.Typer(help="API tokens for the web service (admin, csm, product).", no_args_is_help=True)
export_app = typer.Typer(help="Export stored data.", no_args_is_help=True)


def _open(db: Path | None):  # noqa: ANN202
    from .settings import get_settings
    from .store import open_db

    return open_db(get_settings(db=db).db)


@handle_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for every one).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    db: DbOpt = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    access_log: Annotated[bool, typer.Option("--access-log", help="Log every request (costs CPU under load).")] = False,
) -> None:
    """Start the web service (JSON API under /api, pages for people) on the SQLite file."""
    import os

    import uvicorn

    from .settings import get_settings

    settings = get_settings(db=db)
    _open(settings.db).conn.close()  # fail early (exit 1) on a bad path; migrates the schema
    os.environ["UPSIGNAL_DB"] = str(settings.db)  # worker processes build their settings from the environment
    typer.echo(f"upsignal serving {settings.db} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    # loop/http "auto": uvloop and httptools (dependencies) when they import, asyncio and h11 otherwise
    uvicorn.run("upsignal.api.server:app", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=access_log)


@handle_errors
def index(
    db: DbOpt = None,
    batch: Annotated[int, typer.Option(help="Turns embedded per transaction.", min=1)] = 256,
) -> None:
    """Embed every stored turn not yet in the semantic-search index (what `serve` does in the background)."""
    from .store.search import index_pending, pending_count

    database = _open(db)
    waiting = pending_count(database)
    if not waiting:
        typer.echo("The semantic-search index is up to date (0 turns waiting).")
        return
    typer.echo(f"Embedding {waiting:,} turn(s) for semantic search…", err=True)
    encode = _encoder()
    done = 0
    while True:  # batch by batch: each is its own transaction, so an interrupted run keeps what it did
        indexed = index_pending(database, encode, batch=batch, max_batches=1)
        if not indexed:
            break
        done += indexed
        typer.echo(f"  {done:,} of {waiting:,}", err=True)
    typer.echo(f"Indexed {done:,} turn(s); {pending_count(database):,} waiting.")


def _encoder():  # noqa: ANN202
    """The configured embedding model (all CPU threads: nothing else runs beside it here)."""
    from .embedding import encode
    from .settings import get_settings

    model = get_settings().embedding_model
    return lambda texts: encode(texts, model)


@token_app.command("create")
@handle_errors
def token_create(
    role: Annotated[str, typer.Option("--role", help="admin, csm or product.")],
    name: Annotated[str, typer.Option("--name", help="Who or what uses it, e.g. 'Felix (CSM)'.")],
    owner: Annotated[str | None, typer.Option("--owner", help="csm only: restrict to this owner's book (email).")] = None,
    db: DbOpt = None,
) -> None:
    """Create a token; the secret is printed once (only its sha256 is stored)."""
    from .store.auth import create_token

    if owner and role != "csm":
        raise InputError("--owner only applies to --role csm.")
    token, secret = create_token(_open(db), name, role, owner)
    typer.echo(secret)
    typer.echo(f"Created {token.role} token {token.id} ({token.name}). Store the secret now: it is not shown again.",
               err=True)


@token_app.command("list")
@handle_errors
def token_list(
    db: DbOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="Include revoked tokens.")] = False,
) -> None:
    """List tokens (id, role, name, owner, created, last used, revoked); never secrets."""
    from .store.auth import list_tokens

    tokens = list_tokens(_open(db), include_revoked=all_)
    if not tokens:
        typer.echo("No tokens: create one with `upsignal token create --role admin --name NAME`.")
    for t in tokens:
        typer.echo(f"{t.id}  {t.role:8} {t.name}" + (f"  owner={t.owner_email}" if t.owner_email else "")
                   + f"  created {t.created_at}" + (f"  last used {t.last_used_at}" if t.last_used_at else "")
                   + (f"  REVOKED {t.revoked_at}" if t.revoked_at else ""))


@token_app.command("revoke")
@handle_errors
def token_revoke(token_id: Annotated[str, typer.Argument(help="The token id from `upsignal token list`.")],
                 db: DbOpt = None) -> None:
    """Revoke a token: requests with it get 401 from then on."""
    from .store.auth import revoke_token

    if not revoke_token(_open(db), token_id):
        raise InputError(f"no live token with id {token_id!r}: see `upsignal token list`.")
    typer.echo(f"Revoked token {token_id}.")


@export_app.command("feedback")
@handle_errors
def export_feedback(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSONL here instead of stdout.")] = None,
    status: Annotated[str | None, typer.Option(help="Only confirmed or dismissed.")] = None,
    db: DbOpt = None,
) -> None:
    """Export CSM feedback as labelled JSONL ({id, text, labels, annotated, ...}), ready for `upsignal eval`."""
    from .store.feedback import STATUSES, dumps, training_rows

    if status and status not in STATUSES:
        raise InputError(f"--status {status!r}: expected one of: {', '.join(STATUSES)}.")
    rows = training_rows(_open(db), status)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    count = 0
    try:
        for row in rows:
            out.write(dumps(row) + "\n")
            count += 1
    finally:
        if output:
            out.close()
    typer.echo(f"Exported {count} labelled row(s)" + (f" to {output}." if output else "."), err=True)


def register(app: typer.Typer) -> None:
    """Add these commands to the main CLI."""
    app.command("serve")(serve)
    app.command("index")(index)
    app.add_typer(token_app, name="token")
    app.add_typer(export_app, name="export")
