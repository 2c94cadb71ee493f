"""Background jobs: an uploaded export is ingested (and indexed for search) off the request thread."""

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
