"""What the app holds for its lifetime: settings, a connection pool, the vector index, the job runner."""

from __future__ import annotations

import gc
import os
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_utils
from anyio import CapacityLimiter
from sqlite_utils.utils import sqlite3

from ..catalog import Catalog
from ..settings import Settings
from ..store.vectors import VectorIndex
from .cache import VersionedCache
from .query_encoder import QueryEncoder
from .usage import UsageRecorder

Encoder = Callable[[list[str]], np.ndarray]


class ConnectionPool:
    """Reusable SQLite connections (WAL: many readers alongside one writer), one per request at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._idle: queue.LifoQueue[sqlite_utils.Database] = queue.LifoQueue()

    def _open(self) -> sqlite_utils.Database:
        conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        db = sqlite_utils.Database(conn)
        for pragma in ("busy_timeout=10000", "foreign_keys=ON", "synchronous=NORMAL"):
            db.execute(f"PRAGMA {pragma}")
        return db

    @contextmanager
    def connection(self) -> Iterator[sqlite_utils.Database]:
        """A connection for the duration of the block; any open transaction is rolled back after."""
        try:
            db = self._idle.get_nowait()
        except queue.Empty:
            db = self._open()
        try:
            yield db
        finally:
            if db.conn.in_transaction:
                db.conn.rollback()
            self._idle.put(db)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().conn.close()
            except queue.Empty:
                return


@dataclass
class Services:
    """Everything a request may need besides its own connection."""

    settings: Settings
    pool: ConnectionPool
    encoder: Encoder
    vectors: VectorIndex = field(default_factory=VectorIndex)
    jobs: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="upsignal-job"))
    stop: threading.Event = field(default_factory=threading.Event)
    cache: VersionedCache = field(default_factory=VersionedCache)
    usage: UsageRecorder = field(init=False)
    query_encoder: QueryEncoder = field(init=False)  # search queries: batched across requests, cached
    search_threads: CapacityLimiter = field(init=False)
    _catalog: object = None
    _remembered: tuple[str | None, Catalog | None] = (None, None)  # (hash, catalog) from the database

    def __post_init__(self) -> None:
        self.usage = UsageRecorder(self.pool)
        self.query_encoder = QueryEncoder(self.encoder)
        # Searches are CPU-bound: a few threads at a time, the rest queue in order. Twenty threads at once
        # would all fight for the GIL and the cores, and every search would take as long as the slowest.
        self.search_threads = CapacityLimiter(self.settings.search_threads or (os.cpu_count() or 1) + 1)

    def catalog(self, db: sqlite_utils.Database) -> Catalog | None:
        """The configured catalog, loaded once; without one, the catalog the database was last
        detected with (re-read when an ingest stores another). None when there is neither."""
        if self.settings.catalog is not None:
            if self._catalog is None:
                from ..catalog import load_catalog

                self._catalog = load_catalog(self.settings.catalog)
            return self._catalog  # type: ignore[return-value]
        from ..store.catalog_memory import remembered_catalog, remembered_version

        version = remembered_version(db)
        if version != self._remembered[0]:
            self._remembered = (version, remembered_catalog(db) if version else None)
        return self._remembered[1]


def default_encoder(model: str | None) -> Encoder:
    """The configured sentence-embedding model, loaded on first use (never at import or start-up)."""

    loaded = threading.Event()

    def encode(texts: list[str]) -> np.ndarray:
        import torch

        from ..embedding import encode as embed

        # Requests embed concurrently from many threads: one intra-op thread each avoids oversubscription.
        torch.set_num_threads(1)
        with torch.inference_mode():
            vectors = embed(texts, model)
        if not loaded.is_set():
            loaded.set()
            freeze_long_lived()  # the model's few hundred thousand objects live as long as the process
        return vectors

    return encode


def freeze_long_lived() -> None:
    """Move every object alive now out of the garbage collector's way (gc.freeze).

    A full collection scans every tracked object while holding the GIL: with the embedding model
    loaded that is about half a million objects and pauses every request for 100-300 ms. Objects
    alive at start-up (and the model, once loaded) live as long as the server: scanning them again
    and again finds nothing. Reference counting still frees frozen objects as usual.
    """
    gc.collect()
    gc.freeze()
