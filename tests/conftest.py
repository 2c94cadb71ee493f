"""Shared fixtures: the demo catalog, a fresh database, the CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def catalog_path() -> Path:
    return DEMO / "catalog.toml"


@pytest.fixture(scope="session")
def catalog(catalog_path):
    from upsignal.catalog import load_catalog

    return load_catalog(catalog_path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path):
    from upsignal.store import open_db

    return open_db(db_path)


@pytest.fixture
def cli():
    """Invoke the CLI in-process: cli(["ingest", ...]) -> click Result."""
    from typer.testing import CliRunner

    from upsignal.cli import app

    runner = CliRunner()
    return lambda args, **kw: runner.invoke(app, [str(a) for a in args], **kw)
