"""typer CLI: every batch job; errors become messages and exit codes only here (0 ok, 1 failure, 2 bad input)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from .cli_common import CatalogOpt, DbOpt, EncodingOpt, check_date, err, handle_errors
from .errors import InputError

app = typer.Typer(
    help="upsignal: mine support tickets, call transcripts and reviews for upsell signals.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
accounts_app = typer.Typer(help="Import and inspect customer accounts.", no_args_is_help=True)
catalog_app = typer.Typer(help="Validate the product catalog (tiers, features, limits, competitors).", no_args_is_help=True)
quarantine_app = typer.Typer(help="Records that could not be read.", no_args_is_help=True)
app.add_typer(accounts_app, name="accounts")
app.add_typer(catalog_app, name="catalog")
app.add_typer(quarantine_app, name="quarantine")

FORMAT_NAMES = ("auto", "zendesk-json", "intercom-csv", "freshdesk-csv", "tickets-csv", "tickets-json",
                "vtt", "srt", "transcript-json", "reviews-csv", "reviews-json")


def _settings(db: Path | None = None, catalog: Path | None = None):  # noqa: ANN202
    from .settings import get_settings

    return get_settings(db=db, catalog=catalog)


def _open(db: Path | None):  # noqa: ANN202
    from .store import open_db

    return open_db(_settings(db=db).db)


def _parse_mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        for pair in item.split(","):
            if "=" not in pair:
                raise InputError(f"--map {pair!r}: expected FIELD=Column, e.g. --map id=Number,text=Body")
            key, value = pair.split("=", 1)
            mapping[key.strip()] = value.strip()
    return mapping


def _progress_printer() -> tuple[Callable[[str, int], None] | None, Callable[[], None]]:
    """A live per-file counter on a terminal (stderr); nothing when output is piped."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                   TextColumn("{task.completed:,} records"), TimeElapsedColumn(), transient=True)
    tasks: dict[str, Any] = {}

    def update(file: str, done: int) -> None:
        if not tasks:  # started on first use: its thread must not exist when ingest forks a reader
            bar.start()
        if file not in tasks:
            tasks[file] = bar.add_task(Path(file).name, total=None)
        bar.update(tasks[file], completed=done)

    return update, bar.stop


@app.command()
@handle_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")],
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMAT_NAMES)}.")] = "auto",
    encoding: EncodingOpt = None,
    map: Annotated[list[str], typer.Option("--map", help="Column mapping for tickets-csv/json: id=Number,text=Body.")] = [],  # noqa: B006
    db: DbOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any record was quarantined.")] = False,
    detect: Annotated[bool, typer.Option("--detect/--no-detect", help="Detect signals while ingesting.")] = True,
    catalog: CatalogOpt = None,
    batch_size: Annotated[int, typer.Option(help="Records per transaction.")] = 500,
) -> None:
    """Read exports (tickets, call transcripts, reviews) into the database, idempotently."""
    from .pipeline import ingest_paths

    if format not in FORMAT_NAMES:
        raise InputError(f"--format {format!r}: unknown format. Expected one of: {', '.join(FORMAT_NAMES)}.")
    settings = _settings(db=db, catalog=catalog)
    database = _open(db)
    analyse = _analyser(database, settings, detect)
    update, stop = _progress_printer()
    try:
        summary = ingest_paths(database, paths, fmt=format, encoding=encoding, mapping=_parse_mapping(map),
                               analyse=analyse, batch_size=batch_size, progress=update)
    finally:
        stop()
    typer.echo(
        f"Ingested {len(summary.files)} file(s): {summary.read:,} read, {summary.stored:,} stored, "
        f"{summary.updated:,} updated, {summary.unchanged:,} unchanged, {summary.quarantined:,} quarantined"
        + (f"; {summary.signals:,} signals detected." if detect else " (detection off).")
    )
    if summary.quarantined:
        err(f"{summary.quarantined} record(s) quarantined: see `upsignal quarantine list`.")
        if strict:
            raise typer.Exit(1)


def _analyser(database: Any, settings: Any, detect: bool):  # noqa: ANN202
    """Account linking always; detection (catalog + classifier) unless switched off."""
    from .link import AccountIndex
    from .pipeline import build_detector, make_analyser
    from .store.links import contact_emails, link_overrides
    from .store.queries import all_accounts

    accounts = AccountIndex(all_accounts(database), contacts=contact_emails(database),
                            overrides=link_overrides(database))
    detector = build_detector(settings.catalog, accounts, settings.embedding_model) if detect else None
    if detector is not None:
        from .store.catalog_memory import remember_catalog

        remember_catalog(database, settings.catalog)  # reports find it later without --catalog
    return make_analyser(accounts, detector)


@app.command("detect")
@handle_errors
def detect_cmd(
    all_: Annotated[bool, typer.Option("--all", help="Re-run over every stored conversation, not only new ones.")] = False,
    db: DbOpt = None,
    catalog: CatalogOpt = None,
) -> None:
    """Run linking and detection over stored conversations (e.g. after a catalog change)."""
    from .pipeline import detect_stored

    settings = _settings(db=db, catalog=catalog)
    database = _open(db)
    update, stop = _progress_printer()
    try:
        done, signals = detect_stored(database, _analyser(database, settings, True), only_new=not all_,
                                      batch_size=settings.batch_size, progress=update)
    finally:
        stop()
    typer.echo(f"Detected {signals:,} signals in {done:,} conversation(s).")


@app.command("signals")
@handle_errors
def signals_cmd(
    account: Annotated[str | None, typer.Option("--account", help="Only this account id.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only this signal kind.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only conversations on/after this date (YYYY-MM-DD or YYYY-MM).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many signals.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
    db: DbOpt = None,
) -> None:
    """List detected signals with their quotes."""
    from .store.feed import account_exists
    from .store.queries import signal_rows
    from .types import SIGNAL_KINDS

    if kind and kind not in SIGNAL_KINDS:
        raise InputError(f"--kind {kind!r}: unknown kind. Expected one of: {', '.join(SIGNAL_KINDS)}.")
    database = _open(db)
    rows = signal_rows(database, account=account, kind=kind, since=check_date(since, "--since"), limit=limit)
    if account and not rows and not account_exists(database, account):
        raise InputError(f"--account {account!r}: no such account (see `upsignal accounts list`).")
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        typer.echo("No signals match.")
    for r in rows:
        links = " ".join(f"{k}={r[k]}" for k in ("feature_id", "tier_id", "competitor_name", "stance", "limit_id") if r[k])
        typer.echo(f"[{r['kind']} {r['confidence']:.2f}] {r['account_id'] or '-'} {r['channel']} "
                   f"{(r['created_at'] or '')[:10]} {links}\n    \"{r['sentence']}\"")


@app.command("eval")
@handle_errors
def eval_cmd(
    files: Annotated[list[Path], typer.Argument(help="JSONL files: {id, text, labels, annotated}.")],
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    catalog: CatalogOpt = None,
) -> None:
    """Precision, recall and F1 per kind and dataset; each row's text is one customer message."""
    from .evaluate import evaluate, overall
    from .ingest.evalset import read_eval_rows
    from .link import AccountIndex
    from .pipeline import build_detector

    if format not in ("table", "json"):
        raise InputError(f"--format {format!r}: expected table or json.")
    settings = _settings(catalog=catalog)
    if settings.catalog is None:
        err("No catalog given (--catalog or UPSIGNAL_CATALOG): scoring with cue phrases and the "
            "classifier only, no product aliases.")
    # Kinds only: linking requests to catalog features by meaning cannot change a row's score.
    detector = build_detector(settings.catalog, AccountIndex([]), settings.embedding_model, semantic=False,
                              catalog_required=False)
    problems: list[str] = []

    def skip(message: str) -> None:
        problems.append(message)
        if len(problems) <= 20:
            err(f"  {message}")

    datasets = {f.stem: evaluate(read_eval_rows(f, on_problem=skip), detector) for f in files}
    if problems:
        err(f"{len(problems)} problem(s) in the input (shown above{', first 20' if len(problems) > 20 else ''}); "
            "malformed rows were skipped, the others scored.")
    result = {"datasets": datasets, "overall": overall(datasets)}
    if format == "json":
        typer.echo(json.dumps(result))
        return
    typer.echo(f"{'dataset':28} {'kind':18} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for name, kinds in [*datasets.items(), ("OVERALL", result["overall"])]:
        for kind, m in kinds.items():
            typer.echo(f"{name:28} {kind:18} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:8d}")


@accounts_app.command("import")
@handle_errors
def accounts_import(
    file: Annotated[Path, typer.Argument(help="CRM export CSV (Salesforce or HubSpot column names).")],
    db: DbOpt = None,
    catalog: CatalogOpt = None,
    encoding: EncodingOpt = None,
) -> None:
    """Import (or update) customer accounts from a CRM export."""
    from .catalog import load_catalog
    from .ingest.accounts import read_accounts
    from .store.writes import upsert_accounts
    from .types import Account

    settings = _settings(db=db, catalog=catalog)
    cat = load_catalog(settings.catalog) if settings.catalog else None
    if not file.exists():
        raise InputError(f"{file}: file not found.")
    records = list(read_accounts(file, cat, encoding))
    good = [r for r in records if isinstance(r, Account)]
    bad = [r for r in records if not isinstance(r, Account)]
    new, updated = upsert_accounts(_open(db), good, bad, str(file))
    typer.echo(f"Accounts: {new} new, {updated} updated, {len(bad)} quarantined (from {file}).")
    for q in bad[:10]:
        err(f"  {q.file}:{q.record}: {q.reason}")


@catalog_app.command("check")
@handle_errors
def catalog_check(file: Annotated[Path, typer.Argument(help="catalog.toml to validate.")]) -> None:
    """Validate a catalog file and report every problem at once."""
    from .catalog import load_catalog

    cat = load_catalog(file)
    typer.echo(
        f"{file}: OK — {cat.product}: {len(cat.tiers)} tiers, {len(cat.features)} features, "
        f"{len(cat.limits)} limits, {len(cat.competitors)} competitors."
    )


@quarantine_app.command("list")
@handle_errors
def quarantine_list(
    db: DbOpt = None,
    file: Annotated[str | None, typer.Option(help="Only records from this file.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of text.")] = False,
) -> None:
    """List quarantined records: file, line/record number and why."""
    from .store.queries import quarantine_rows

    rows = quarantine_rows(_open(db), file=file, limit=limit)
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        typer.echo("No quarantined records.")
    for row in rows:
        typer.echo(f"{row['file']}:{row['record']}: {row['reason']}")


@app.command()
@handle_errors
def status(db: DbOpt = None) -> None:
    """Summarise what the database holds."""
    from .store.queries import summary

    typer.echo(format_summary(summary(_open(db))))


def format_summary(s: dict[str, Any]) -> str:
    """A short human-readable summary of the store."""
    def counts(d: dict[str, int]) -> str:
        return ", ".join(f"{k} {v:,}" for k, v in d.items()) or "none"

    return "\n".join([
        f"Accounts:      {s['accounts']:,}",
        f"Conversations: {s['conversations']:,} ({counts(s['by_channel'])}; languages: {counts(s['by_language'])})",
        f"Linked:        {s['linked_conversations']:,} of {s['conversations']:,} conversations",
        f"Signals:       {s['signals']:,} ({counts(s['signals_by_kind'])})",
        f"Quarantined:   {s['quarantined']:,} record(s)",
    ])


from .cli_accounts import register as _register_accounts  # noqa: E402 (needs the names above)

_register_accounts(app, accounts_app)


from .cli_serve import register  # noqa: E402  (serve, token, export: see cli_serve.py)

register(app)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
