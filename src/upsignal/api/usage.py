"""Tokens' last_used_at, written off the request path and at most once per interval per token."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from ..store.auth import touch_token
from ..store.db import utcnow

if TYPE_CHECKING:
    from .state import ConnectionPool

log = logging.getLogger("upsignal.api")


class UsageRecorder:
    """Remembers when each token was last recorded; a write (a background thread) only when that is stale.

    A request never waits for the write: it would need the database's write lock, which an ingest may
    hold for a whole batch. So last_used_at is exact to within `every` seconds.
    """

    def __init__(self, pool: ConnectionPool, every: float = 60.0) -> None:
        self.pool = pool
        self.every = every
        self._recorded: dict[str, float] = {}
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="upsignal-usage")

    def seen(self, token_id: str) -> None:
        """A request used this token now."""
        now = time.monotonic()
        with self._lock:
            last = self._recorded.get(token_id)
            if last is not None and now - last < self.every:
                return
            self._recorded[token_id] = now
        try:
            self._writer.submit(self._write, token_id, utcnow())
        except RuntimeError:  # closed (the server is stopping): bookkeeping must never fail a request
            with self._lock:
                self._recorded.pop(token_id, None)

    def _write(self, token_id: str, when: str) -> None:
        try:
            with self.pool.connection() as db:
                touch_token(db, token_id, when)
        except Exception:  # bookkeeping only: never let it take a request down
            log.exception("could not record last use of token %s", token_id)

    def flush(self) -> None:
        """Wait until every write asked for so far is done."""
        done: Future[None] = self._writer.submit(lambda: None)
        done.result()

    def start(self) -> None:
        """Ready to record (again, after `close`: the same app may be started more than once)."""
        self._writer.shutdown(wait=True)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="upsignal-usage")

    def close(self) -> None:
        self._writer.shutdown(wait=True)
