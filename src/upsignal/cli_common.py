"""Pieces every CLI module shares: option types and the error edge (messages + exit codes)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import UpsignalError

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
