"""CLI: `accounts list|show`, `report feature-demand|competitors`, `link set`; attached by `register`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .cli_common import CatalogOpt, DbOpt, check_date, handle_errors
from .errors import InputError

# Defined here, not imported from cli.py: cli.py imports this module (also when run as __main__).

FormatOpt = Annotated[str | None, typer.Option(
    "--format", "-f", help="table, csv, json, markdown or html [default: table on a terminal, else json].")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Conversations on/after this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Conversations on/before this date (YYYY-MM-DD).")]
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", help="Score as it stood at the end of this day (YYYY-MM-DD): recency counts from it and later "
    "conversations are left out [default: now].")]
SORTS = ("score", "expansion", "arr", "name")





def _settings(db: Path | None = None, catalog: Path | None = None):  # noqa: ANN202
    from .settings import get_settings

    return get_settings(db=db, catalog=catalog)


def _open(db: Path | None):  # noqa: ANN202
    from .store import open_db

    return open_db(_settings(db=db).db)


def _format(fmt: str | None) -> str:
    from .render import FORMATS

    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}.")
    return fmt


def _emit(doc: Any, data: Any, fmt: str, output: Path | None) -> None:
    from .render import render

    text = render(doc, data, fmt)
    if output:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote {output} ({fmt}).", err=True)
    else:
        typer.echo(text, nl=False)


def _as_of(value: str | None) -> Any:
    """The end of the --as-of day (UTC), or None for now."""
    from datetime import UTC, datetime, timedelta

    if value is None:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise InputError(f"--as-of {value!r}: expected a date like 2026-03-31.") from None
    return day + timedelta(days=1) - timedelta(seconds=1)


def _catalog(database: Any, catalog: Path | None) -> Any:
    """--catalog / UPSIGNAL_CATALOG when given, else the catalog the database was detected with."""
    from .store.catalog_memory import catalog_for

    return catalog_for(database, _settings(catalog=catalog).catalog)


@handle_errors
def accounts_list(
    sort: Annotated[str, typer.Option("--sort", help=f"One of: {', '.join(SORTS)}.")] = "score",
    owner: Annotated[str | None, typer.Option("--owner", help="Only accounts owned by this CSM e-mail.")] = None,
    min_score: Annotated[float | None, typer.Option("--min-score", help="Only accounts scoring at least N.")] = None,
    as_of: AsOfOpt = None,
    format: FormatOpt = None, output: OutputOpt = None, db: DbOpt = None, catalog: CatalogOpt = None,
) -> None:
    """Accounts ranked by opportunity score, with the next tier and expansion ARR."""
    from .score import rank_accounts
    from .views import accounts_doc

    if sort not in SORTS:
        raise InputError(f"--sort {sort!r}: expected one of {', '.join(SORTS)}.")
    now = _as_of(as_of)
    fmt = _format(format)
    database = _open(db)
    scores = rank_accounts(database, owner=owner, min_score=min_score, now=now, catalog=_catalog(database, catalog))
    keys = {"expansion": lambda s: -(s.expansion_arr or 0), "arr": lambda s: -(s.arr or 0),
            "name": lambda s: s.name.lower()}
    if sort in keys:
        scores.sort(key=keys[sort])
    _emit(accounts_doc(scores), [s.to_dict() for s in scores], fmt, output)


@handle_errors
def accounts_show(
    account_id: Annotated[str, typer.Argument(metavar="ID", help="Account id, e.g. ACC-0012.")],
    limit: Annotated[int, typer.Option(help="At most this many signals in the feed.")] = 50,
    as_of: AsOfOpt = None,
    format: FormatOpt = None, output: OutputOpt = None, db: DbOpt = None, catalog: CatalogOpt = None,
) -> None:
    """One account: its score breakdown, the quotes behind it and its signal feed."""
    from datetime import timedelta

    from .score import account_score
    from .store.queries import signal_rows
    from .views import account_doc

    now = _as_of(as_of)
    fmt = _format(format)
    database = _open(db)
    score = account_score(database, account_id, now=now, catalog=_catalog(database, catalog))
    if score is None:
        raise InputError(f"{account_id}: no such account. See `upsignal accounts list`.")
    feed = signal_rows(database, account=account_id, limit=limit,  # conversations before the next day
                       before=(now.date() + timedelta(days=1)).isoformat() if now else None)
    _emit(account_doc(score, feed), {"account": score.to_dict(), "signals": feed}, fmt, output)


@handle_errors
def feature_demand_cmd(
    since: SinceOpt = None, until: UntilOpt = None,
    tier: Annotated[str | None, typer.Option("--tier", help="Only accounts on this plan/tier.")] = None,
    channel: Annotated[str | None, typer.Option("--channel", help="ticket, call, chat, email or review.")] = None,
    group_by: Annotated[str, typer.Option("--group-by", help="feature, tier or competitor.")] = "feature",
    themes: Annotated[str, typer.Option("--themes", help="Group uncatalogued requests by: auto (embeddings, "
                                        "else words), embedding or tokens (word overlap, fast).")] = "auto",
    format: FormatOpt = None, output: OutputOpt = None, db: DbOpt = None, catalog: CatalogOpt = None,
) -> None:
    """Which features are asked for, by how many accounts, with how much ARR, trending how."""
    from .report import feature_demand
    from .types import CHANNELS
    from .views import feature_demand_doc

    if themes not in ("auto", "embedding", "tokens"):
        raise InputError(f"--themes {themes!r}: expected auto, embedding or tokens.")
    if channel and channel not in CHANNELS:
        raise InputError(f"--channel {channel!r}: expected one of {', '.join(CHANNELS)}.")
    fmt = _format(format)
    database = _open(db)
    result = feature_demand(database, since=check_date(since, "--since"), until=check_date(until, "--until"), tier=tier,
                            channel=channel, group_by=group_by, catalog=_catalog(database, catalog), themes=themes)
    _emit(feature_demand_doc(result), result, fmt, output)


@handle_errors
def competitors_cmd(
    since: SinceOpt = None, until: UntilOpt = None,
    format: FormatOpt = None, output: OutputOpt = None, db: DbOpt = None, catalog: CatalogOpt = None,
) -> None:
    """Competitor mentions, stances, features compared on, and accounts evaluating or switching."""
    from .report import competitors
    from .views import competitors_doc

    fmt = _format(format)
    database = _open(db)
    result = competitors(database, since=check_date(since, "--since"), until=check_date(until, "--until"),
                         catalog=_catalog(database, catalog))
    _emit(competitors_doc(result), result, fmt, output)


@handle_errors
def link_set(
    conversation: Annotated[str, typer.Argument(help="Conversation id (or external id, or SOURCE:EXTERNAL_ID).")],
    account: Annotated[str, typer.Argument(help="Account id, or 'none' to mark it as belonging to no account.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the override).")],
    db: DbOpt = None,
) -> None:
    """Link a conversation to an account by hand; re-runs of ingest/detect keep it."""
    from .store.feed import account_exists
    from .store.links import find_conversation, set_link_override

    database = _open(db)
    ids = find_conversation(database, conversation)
    if not ids:
        raise InputError(f"{conversation}: no such conversation. Ids are in `upsignal signals --json`.")
    if len(ids) > 1:
        raise InputError(f"{conversation}: matches {len(ids)} conversations ({', '.join(ids[:5])}); give the id.")
    target = None if account.lower() == "none" else account
    if target and not account_exists(database, target):
        raise InputError(f"{account}: no such account. See `upsignal accounts list`.")
    if not reason.strip():
        raise InputError("--reason: say why, e.g. --reason 'reviewer is their ops lead'.")
    before = set_link_override(database, ids[0], target, reason.strip())
    was = f"{before['previous_account_id']} by {before['previous_rule']}" if before["previous_account_id"] else "unlinked"
    typer.echo(f"Linked conversation {ids[0]} to {target or 'no account'} (was {was}); "
               f"{before['signals_updated']} signal(s) moved. Run `upsignal detect` to re-check tier requests "
               "against the new plan.")


def register(app: typer.Typer, accounts_app: typer.Typer) -> None:
    """Attach these commands to the main app (called once from cli.py)."""
    report_app = typer.Typer(help="Feature-demand and competitor reports.", no_args_is_help=True)
    link_app = typer.Typer(help="Override which account a conversation belongs to.", no_args_is_help=True)
    app.add_typer(report_app, name="report")
    app.add_typer(link_app, name="link")
    accounts_app.command("list")(accounts_list)
    accounts_app.command("show")(accounts_show)
    report_app.command("feature-demand")(feature_demand_cmd)
    report_app.command("competitors")(competitors_cmd)
    link_app.command("set")(link_set)
