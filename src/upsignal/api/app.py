"""create_app(settings): the FastAPI app; nothing is created at import time."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..settings import Settings
from ..store import open_db
from ..store.jobs import fail_interrupted
from . import errors
from .jobs import index_loop, warm_loop
from .routes import accounts, health, ingest, reports, search, signals, tokens, web
from .state import ConnectionPool, Encoder, Services, default_encoder, freeze_long_lived

STATIC = Path(__file__).parent / "static"
DESCRIPTION = """Upsell signals mined from customer conversations, linked to accounts.

Every endpoint except `/api/health` needs `Authorization: Bearer <token>` (create one with
`upsignal token create --role admin|csm|product --name NAME`). Errors always have the shape
`{"ok": false, "error": "...", "status": 401}`."""


def create_app(settings: Settings, encoder: Encoder | None = None) -> FastAPI:
    """Build the app for one database (migrated on start-up); `encoder` overrides the embedding model."""
    db = open_db(settings.db)  # creates/migrates the schema before any request
    fail_interrupted(db)
    db.conn.close()
    services = Services(settings=settings, pool=ConnectionPool(settings.db),
                        encoder=encoder or default_encoder(settings.embedding_model))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services.stop.clear()  # the same app may be started again after a shutdown (test clients do)
        services.jobs = ThreadPoolExecutor(1, thread_name_prefix="upsignal-job")
        services.usage.start()
        threads = [threading.Thread(target=loop, args=(services,), name=name, daemon=True)
                   for loop, name, on in ((index_loop, "upsignal-index", settings.index_interval_s > 0),
                                          (warm_loop, "upsignal-warm", settings.warm_interval_s > 0)) if on]
        for thread in threads:
            thread.start()
        freeze_long_lived()
        yield
        services.stop.set()
        services.jobs.shutdown(wait=True, cancel_futures=True)
        for thread in threads:
            thread.join(timeout=5)
        services.usage.close()
        services.pool.close()

    app = FastAPI(title="upsignal", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # the bundled docs UIs load from a CDN: publish the spec only
    app.state.services = services
    errors.install(app)
    for module in (health, accounts, signals, search, reports, ingest, tokens):
        app.include_router(module.router)
    app.include_router(web.router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
