"""Background jobs: uploads ingested (and indexed for search) off the request thread; reports kept warm."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from ..errors import UpsignalError
from ..store.jobs import update_job
from ..store.search import index_pending
from .state import Services

log = logging.getLogger("upsignal.api")


def _analyser(db: Any, services: Services, detect: bool) -> Any:
    from ..link import AccountIndex
    from ..pipeline import build_detector, make_analyser
    from ..store.queries import all_accounts

    accounts = AccountIndex(all_accounts(db))
    settings = services.settings
    detector = build_detector(settings.catalog, accounts, settings.embedding_model) if detect else None
    if detector is not None:
        from ..store.catalog_memory import remember_catalog

        remember_catalog(db, settings.catalog)
    return make_analyser(accounts, detector)


def run_ingest(services: Services, job_id: str, path: Path, fmt: str, detect: bool) -> None:
    """Ingest one uploaded file; each batch is its own transaction, so readers never see half of one."""
    from ..pipeline import ingest_paths

    with services.pool.connection() as db:
        update_job(db, job_id, "running")
        try:
            summary = ingest_paths(db, [path], fmt=fmt, analyse=_analyser(db, services, detect),
                                   batch_size=services.settings.batch_size)
            indexed = index_pending(db, services.encoder) if services.settings.index_interval_s > 0 else 0
            services.vectors.refresh(db, force=True)
            update_job(db, job_id, "ok", result={**summary.counts(), "indexed_turns": indexed})
        except UpsignalError as exc:
            update_job(db, job_id, "failed", error=str(exc))
        except Exception as exc:  # a job must end in a status, whatever happened
            log.exception("ingest job %s failed", job_id)
            update_job(db, job_id, "failed", error=f"{type(exc).__name__}: {exc}")
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)


def index_loop(services: Services) -> None:
    """Embed newly stored turns every `index_interval_s` seconds until the app stops."""
    interval = services.settings.index_interval_s
    while not services.stop.wait(interval):
        try:
            with services.pool.connection() as db:
                if index_pending(db, services.encoder, max_batches=20):
                    services.vectors.refresh(db, force=True)
        except Exception:  # keep serving; the next round retries
            log.exception("semantic indexing failed")


def warm_loop(services: Services) -> None:
    """Compute the default reports at start-up, and again once the data has stopped changing.

    A report over a million signals takes seconds to compute; done here, the first person to open
    it after an ingest finds it ready. "Stopped changing": the same data version two checks in a
    row, so a long ingest (a new version every batch) is not re-reported after every batch.
    """
    from .cache import data_version
    from .routes.reports import warm

    warmed = seen = None
    while True:
        try:
            with services.pool.connection() as db:
                version = data_version(db)
                if version != warmed and (warmed is None or version == seen):
                    db.execute("BEGIN")  # one snapshot, as a request reads
                    warm(db, services)
                    warmed = version
                seen = version
        except Exception:  # keep serving; the next round retries
            log.exception("computing the reports in the background failed")
        if services.stop.wait(services.settings.warm_interval_s):
            return
