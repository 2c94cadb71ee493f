"""Results of expensive reads (reports, rankings) cached until the data changes (data_version)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import sqlite_utils


def data_version(db: sqlite_utils.Database) -> int:
    """Bumped by triggers on every change to accounts, conversations and signals."""
    return db.execute("SELECT version FROM data_version WHERE id = 1").fetchone()[0]


class VersionedCache:
    """A small LRU; one computation per key at a time, so concurrent first requests wait instead of piling on."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def _hit(self, key: Hashable, version: int) -> tuple[bool, Any]:
        with self._lock:
            entry = self._data.get(key)
            if entry and entry[0] == version:
                self._data.move_to_end(key)
                return True, entry[1]
            return False, None

    def get(self, db: sqlite_utils.Database, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for key at the current data version, computing it when stale."""
        return self.lookup(db, key, compute)[0]

    def lookup(self, db: sqlite_utils.Database, key: Hashable, compute: Callable[[], Any],
               stale_ok: bool = False) -> tuple[Any, bool]:
        """(value, stale). With `stale_ok`, a value computed at an earlier data version is returned
        as it is (stale=True) instead of computing now: for values something else keeps fresh."""
        version = data_version(db)
        found, value = self._hit(key, version)
        if found:
            return value, False
        if stale_ok:
            with self._lock:
                entry = self._data.get(key)
            if entry is not None:
                return entry[1], True
        return self._compute(key, version, compute), False

    def _compute(self, key: Hashable, version: int, compute: Callable[[], Any]) -> Any:
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:
            found, value = self._hit(key, version)
            if found:
                return value
            value = compute()
            with self._lock:
                self._data[key] = (version, value)
                self._data.move_to_end(key)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return value
