"""The semantic-search index held in memory: every stored vector's sign bits and a float16 copy.

Hamming distance over 48-byte sign-bit codes narrows a million vectors to a few hundred
candidates in about a millisecond; the float16 copies rank those candidates by cosine without a
round trip to SQLite, so only the page of hits that is returned is read back from the database.
Memory: 8 + 48 + 768 bytes per 384-dimension vector (about 165 MB for 200,000 chunks).
"""

from __future__ import annotations

import threading
import time
from typing import NamedTuple

import numpy as np
import sqlite_utils


def vector_rows_after(db: sqlite_utils.Database, after_id: int, limit: int = 50_000) -> tuple[np.ndarray, np.ndarray]:
    """(ids, float32 vectors) of stored vectors with id > after_id, in id order."""
    rows = db.execute("SELECT id, vector FROM search_vectors WHERE id > ? ORDER BY id LIMIT ?",
                      [after_id, limit]).fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    return ids, np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)


def vector_stats(db: sqlite_utils.Database) -> tuple[int, int]:
    """(count, max id) of stored vectors: cheap change detection for in-memory indexes."""
    count, top = db.execute("SELECT count(*), coalesce(max(id), 0) FROM search_vectors").fetchone()
    return count, top


def binary_codes(vectors: np.ndarray) -> np.ndarray:
    """Sign bits of each row packed into uint64 words."""
    bits = np.packbits(vectors > 0, axis=1)
    pad = (-bits.shape[1]) % 8
    if pad:
        bits = np.pad(bits, ((0, 0), (0, pad)))
    return np.ascontiguousarray(bits).view(np.uint64)


class _View(NamedTuple):
    """What a search reads: consistent prefixes of the buffers (appends go past their end)."""

    ids: np.ndarray  # (n,) int64
    codes: np.ndarray  # (words, n) uint64: one contiguous row per code word
    vectors: np.ndarray  # (n, dim) float16


_EMPTY = _View(np.zeros(0, np.int64), np.zeros((0, 0), np.uint64), np.zeros((0, 0), np.float16))
_NONE = (np.zeros(0, np.int64), np.zeros(0, np.float32))


class VectorIndex:
    """Every stored vector in memory, picked up from SQLite as new ones are stored.

    `refresh` appends vectors with ids above the highest one held (and rebuilds after many
    deletions); searches run on an immutable view, so they never wait for a refresh.
    """

    def __init__(self, refresh_every: float = 1.0) -> None:
        self.refresh_every = refresh_every
        self.top = 0
        self._view = _EMPTY
        self._ids, self._codes, self._vectors = _EMPTY
        self._checked = -1e9
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._view.ids)

    def refresh(self, db: sqlite_utils.Database, force: bool = False) -> None:
        """Pick up new vectors (and rebuild after many deletions), at most once per `refresh_every` s."""
        with self._lock:
            if not force and time.monotonic() - self._checked < self.refresh_every:
                return
            self._checked = time.monotonic()
            count, top = vector_stats(db)
            if top < self.top or count < 0.8 * len(self):
                self._view, self.top = _EMPTY, 0
                self._ids, self._codes, self._vectors = _EMPTY
            while self.top < top:
                ids, vectors = vector_rows_after(db, self.top)
                if not len(ids):
                    break
                self._append(ids, vectors)
                self.top = int(ids[-1])

    def _append(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        n, codes = len(self), binary_codes(vectors)
        if n + len(ids) > len(self._ids):  # grow by half again: appending is amortised O(1) per vector
            size = max(n + len(ids), int(len(self._ids) * 1.5), 1024)
            self._ids = _grown(self._ids, (size,), n)
            self._codes = _grown(self._codes, (codes.shape[1], size), n, axis=1)
            self._vectors = _grown(self._vectors, (size, vectors.shape[1]), n)
        self._ids[n : n + len(ids)] = ids
        self._codes[:, n : n + len(ids)] = codes.T
        self._vectors[n : n + len(ids)] = vectors
        end = n + len(ids)
        self._view = _View(self._ids[:end], self._codes[:, :end], self._vectors[:end])

    def candidates(self, query: np.ndarray, n: int) -> np.ndarray:
        """Positions of (at least) the `n` vectors closest to `query` in Hamming distance."""
        view = self._view
        if len(view.ids) <= n:
            return np.arange(len(view.ids))
        q = binary_codes(query[None, :])[0]
        dist = np.zeros(len(view.ids), dtype=np.uint16)
        for word in range(view.codes.shape[0]):
            dist += np.bitwise_count(view.codes[word] ^ q[word])
        # the distance below which n vectors lie (a histogram: faster than a partition over every vector)
        cutoff = int(np.searchsorted(np.cumsum(np.bincount(dist)), n))
        keep = np.flatnonzero(dist <= cutoff)
        if len(keep) > 4 * n:  # many ties at the cut-off distance
            keep = keep[np.argpartition(dist[keep], n)[:n]]
        return keep

    def nearest(self, query: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(ids, cosine scores) of the Hamming candidates, best first (scores from the float16 copies)."""
        query = np.asarray(query, dtype=np.float32)
        if query.shape[0] != self._view.vectors.shape[1]:
            return _NONE
        return self._ranked(self._view, self.candidates(query, n), query)

    def score(self, query: np.ndarray, ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """(ids, cosine scores) of these vectors, best first; ids not held in memory are left out."""
        view, query = self._view, np.asarray(query, dtype=np.float32)
        if not ids or query.shape[0] != view.vectors.shape[1]:
            return _NONE
        wanted = np.asarray(ids, dtype=np.int64)
        pos = np.minimum(np.searchsorted(view.ids, wanted), len(view.ids) - 1)  # ids are held in ascending order
        return self._ranked(view, pos[view.ids[pos] == wanted], query)

    @staticmethod
    def _ranked(view: _View, positions: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        scores = view.vectors[positions].astype(np.float32) @ query
        order = np.argsort(-scores, kind="stable")
        return view.ids[positions[order]], scores[order]


def _grown(old: np.ndarray, shape: tuple[int, ...], n: int, axis: int = 0) -> np.ndarray:
    """A bigger buffer holding the first n entries of `old` along `axis`."""
    new = np.zeros(shape, dtype=old.dtype)
    if n:
        index = (slice(None),) * axis + (slice(0, n),)
        new[index] = old[index]
    return new

