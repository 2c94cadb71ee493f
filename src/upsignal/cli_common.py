"""Pieces every CLI module shares: option types and the error edge (messages + exit codes)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import InputError, UpsignalError

DbOpt = Annotated[Path | None, typer.Option("--db", help="SQLite file [env UPSIGNAL_DB; default upsignal.db].")]
CatalogOpt = Annotated[Path | None, typer.Option("--catalog", help="catalog.toml [env UPSIGNAL_CATALOG].")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", help="Force a text encoding, e.g. cp1252.")]
F = TypeVar("F", bound=Callable[..., Any])


def err(message: str) -> None:
    """Print a message to stderr."""
    typer.echo(message, err=True)


def handle_errors(fn: F) -> F:
    """Turn library errors into a one-line 'Error: …' on stderr and the error's exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except UpsignalError as exc:
            err(f"Error: {exc}")
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def check_date(value: str | None, option: str) -> str | None:
    """`value` when it is a date (2026-03-31) or a month (2026-03); else a clear InputError."""
    if value and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
        raise InputError(f"{option} {value!r}: expected a date like 2026-03-31 (or a month, 2026-03).")
    return value
