"""Search over every conversation: FTS5 keyword search and an embedding index for semantic search.

The keyword index (`turns_fts`) and the "needs embedding" queue are kept in sync with `turns` by
SQLite triggers, so they change in the same transaction as the batch that wrote the turns: a
reader never sees half a batch. Vectors are computed outside the write path (the model is slow)
by `index_pending`; a turn's vectors are deleted by trigger the moment the turn is replaced.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import sqlite_utils

from .db import transaction

DIM_BYTES = 4  # float32
CHUNK_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


# ------------------------------------------------------------------ keyword search


def fts_query(text: str) -> str:
    """Turn any user string into a safe FTS5 query: words ANDed, "quoted phrases" kept, word* prefixes.

    Every token is emitted as a double-quoted FTS5 string, so no user input can reach FTS5's
    query syntax (NEAR, column filters, parentheses, ^, -). Returns "" when there are no words.
    """
    parts: list[str] = []
    for phrase, bare in re.findall(r'"([^"]*)"|(\S+)', text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        words = _WORD.findall(bare)
        for i, word in enumerate(words):
            prefix = bare.endswith("*") and i == len(words) - 1
            parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


@dataclass(frozen=True)
class Filters:
    """Filters shared by keyword and semantic search (all optional)."""

    account_id: str | None = None
    accounts: tuple[str, ...] | None = None  # a CSM's book: only these accounts
    channel: str | None = None
    since: str | None = None
    until: str | None = None
    role: str | None = None  # customer | vendor | unknown
    language: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """WHERE fragments (on aliases c = conversations, t = turns) and their parameters."""
        where, params = [], []
        for column, value in (("c.account_id", self.account_id), ("c.channel", self.channel),
                              ("t.role", self.role), ("c.language", self.language)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if self.since:
            where.append("c.created_at >= ?")
            params.append(self.since)
        if self.until:
            where.append("c.created_at < ?")
            params.append(self.until)
        if self.accounts is not None:
            where.append("c.account_id IN (SELECT value FROM json_each(?))")
            params.append(_json_list(self.accounts))
        return (" AND " + " AND ".join(where)) if where else "", params


def _json_list(values: Any) -> str:
    return json.dumps(list(values))


_HIT_COLUMNS = """k.conversation_id, k.idx AS turn_idx, t.role, t.speaker, c.channel, c.created_at,
    c.title, c.account_id, a.name AS account_name, a.plan AS account_plan"""


KEYWORD_CANDIDATES = 2000  # relevance ranking looks at the newest this-many matches that pass the filters


def keyword_search(db: sqlite_utils.Database, query: str, filters: Filters = Filters(), limit: int = 20,
                   offset: int = 0, sort: str = "relevance") -> list[dict[str, Any]]:
    """Turns matching `query` (FTS5), best first (or newest first), with a highlighted snippet.

    A common word can match hundreds of thousands of turns; bm25 is then computed only for the
    newest KEYWORD_CANDIDATES matches that pass the filters (FTS5 walks its index in rowid order and
    stops there), which keeps every query fast and favours recent conversations.
    """
    match = fts_query(query)
    if not match:
        return []
    clause, params = filters.sql()
    joins = """JOIN turn_keys k ON k.id = turns_fts.rowid
               JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
               JOIN conversations c ON c.id = k.conversation_id""" if clause else ""
    # relevance: pick the page among the candidates before joining; recent: the join gives the dates
    page, order = ("ORDER BY rank LIMIT ? OFFSET ?", "m.rank") if sort == "relevance" else ("", "c.created_at DESC, m.id DESC")
    sql = f"""WITH cand AS (
                  SELECT turns_fts.rowid AS id, turns_fts.rank AS rank FROM turns_fts {joins}
                  WHERE turns_fts MATCH ? {clause} ORDER BY turns_fts.rowid DESC LIMIT {KEYWORD_CANDIDATES}),
              m AS (SELECT id, rank FROM cand {page})
              SELECT m.id AS fts_id, {_HIT_COLUMNS}, -m.rank AS score
              FROM m JOIN turn_keys k ON k.id = m.id
              JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
              JOIN conversations c ON c.id = k.conversation_id
              LEFT JOIN accounts a ON a.id = c.account_id
              ORDER BY {order}""" + ("" if page else " LIMIT ? OFFSET ?")
    rows = _rows(db, sql, [match, *params, limit, offset])
    for row in rows:
        marked = db.execute(
            f"SELECT snippet(turns_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) FROM turns_fts"
            " WHERE turns_fts MATCH ? AND rowid = ?", [match, row.pop("fts_id")]).fetchone()[0]
        row["snippet"], row["marks"] = split_marks(marked)
    return rows


def split_marks(marked: str) -> tuple[str, list[list[int]]]:
    """Strip highlight markers from a snippet; return plain text and [start, end) offsets of the hits."""
    out: list[str] = []
    marks: list[list[int]] = []
    pos, start = 0, None
    for ch in marked:
        if ch == MARK_OPEN:
            start = pos
        elif ch == MARK_CLOSE and start is not None:
            marks.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# ------------------------------------------------------------------ embedding index


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split a turn into [start, end) spans of whole sentences, each about `size` characters at most."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for prev, cut in zip(bounds, bounds[1:], strict=False):
        if cut - start > size and prev > start:
            spans.append((start, prev))
            start = prev
    spans.append((start, len(text)))
    # A run-on "sentence" longer than 2 x size is cut, not dropped.
    return [(s, min(e, s + 2 * size)) for s, e in spans if text[s:e].strip()]


Encoder = Callable[[list[str]], np.ndarray]


def index_pending(db: sqlite_utils.Database, encode: Encoder, batch: int = 256,
                  max_batches: int | None = None) -> int:
    """Embed queued turns (chunked) and store their vectors; returns the number of turns indexed."""
    done = batches = 0
    while max_batches is None or batches < max_batches:
        todo = _rows(db, """SELECT p.id AS pending_id, p.turn_key, t.text FROM search_pending p
                            JOIN turn_keys k ON k.id = p.turn_key
                            JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
                            ORDER BY p.id LIMIT ?""", [batch])
        if not todo:
            _drop_orphans(db)
            break
        spans = [(row, s, e) for row in todo for s, e in chunks(row["text"])]
        vectors = encode([row["text"][s:e] for row, s, e in spans]) if spans else np.zeros((0, 0))
        with transaction(db):
            # Only rows still queued: a turn replaced while we embedded was re-queued under a new id.
            alive = {r[0] for r in db.execute(
                "SELECT id FROM search_pending WHERE id IN (SELECT value FROM json_each(?))",
                [_json_list(r["pending_id"] for r in todo)]).fetchall()}
            db.conn.executemany(
                'INSERT INTO search_vectors (turn_key, start, "end", vector) VALUES (?, ?, ?, ?)',
                [(row["turn_key"], s, e, np.asarray(v, dtype=np.float32).tobytes())
                 for (row, s, e), v in zip(spans, vectors, strict=True) if row["pending_id"] in alive])
            db.conn.executemany("DELETE FROM search_pending WHERE id = ?", [(i,) for i in alive])
        done += len(alive)
        batches += 1
    return done


def _drop_orphans(db: sqlite_utils.Database) -> None:
    """Queue rows whose turn is gone (a non-vendor turn deleted before it was embedded)."""
    with transaction(db):
        db.execute("""DELETE FROM search_pending WHERE turn_key NOT IN
                      (SELECT k.id FROM turn_keys k JOIN turns t USING (conversation_id, idx))""")


def pending_count(db: sqlite_utils.Database) -> int:
    """Turns waiting to be embedded."""
    return db.execute("SELECT count(*) FROM search_pending").fetchone()[0]


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


def vector_hits(db: sqlite_utils.Database, ids: list[int], filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Vector rows (with their turn, conversation and account) for candidate ids that pass the filters."""
    if not ids:
        return []
    clause, params = filters.sql()
    rows = _rows(db, f"""SELECT v.id AS vector_id, v.vector, v.start, v."end", t.text AS turn_text, {_HIT_COLUMNS}
                         FROM search_vectors v JOIN turn_keys k ON k.id = v.turn_key
                         JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
                         JOIN conversations c ON c.id = k.conversation_id
                         LEFT JOIN accounts a ON a.id = c.account_id
                         WHERE v.id IN (SELECT value FROM json_each(?)) {clause}""",
                 [_json_list(int(i) for i in ids), *params])
    return rows


class VectorIndex:
    """In-memory binary codes (sign bits) of every stored vector, re-ranked exactly from SQLite.

    Hamming distance over 48-byte codes narrows a million vectors to a few hundred candidates in
    milliseconds; their float vectors are then read back and scored by cosine similarity.
    """

    def __init__(self, refresh_every: float = 1.0) -> None:
        self.ids = np.zeros(0, dtype=np.int64)
        self.codes = np.zeros((0, 0), dtype=np.uint64)
        self.top = 0
        self.refresh_every = refresh_every
        self._checked = -1e9
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.ids)

    def refresh(self, db: sqlite_utils.Database, force: bool = False) -> None:
        """Pick up new vectors (and rebuild after many deletions), at most once per `refresh_every` s."""
        with self._lock:
            if not force and time.monotonic() - self._checked < self.refresh_every:
                return
            self._checked = time.monotonic()
            count, top = vector_stats(db)
            if top < self.top or count < 0.8 * len(self.ids):
                self.ids, self.codes, self.top = np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.uint64), 0
            while self.top < top:
                ids, vectors = vector_rows_after(db, self.top)
                if not len(ids):
                    break
                codes = binary_codes(vectors)
                self.codes = np.asfortranarray(codes if not len(self.ids) else np.vstack([self.codes, codes]))
                self.ids = np.concatenate([self.ids, ids])
                self.top = int(ids[-1])

    def candidates(self, query: np.ndarray, n: int) -> list[int]:
        """Ids of the `n` vectors closest to `query` in Hamming distance."""
        ids, codes = self.ids, self.codes
        if not len(ids):
            return []
        q = binary_codes(query[None, :])[0]
        dist = np.zeros(len(ids), dtype=np.uint16)
        for word in range(codes.shape[1]):  # column by column: contiguous, no strided reduction
            dist += np.bitwise_count(codes[:, word] ^ q[word])
        if n < len(ids):
            keep = np.argpartition(dist, n)[:n]
            return ids[keep].tolist()
        return ids.tolist()


def _context(text: str, start: int, end: int, around: int = 80) -> tuple[str, list[list[int]]]:
    """The matched chunk with a little context either side, and its [start, end) within the snippet."""
    lo, hi = max(0, start - around), min(len(text), end + around)
    head = "…" if lo else ""
    snippet = head + text[lo:hi] + ("…" if hi < len(text) else "")
    return snippet, [[len(head) + start - lo, len(head) + end - lo]]


def binary_codes(vectors: np.ndarray) -> np.ndarray:
    """Sign bits of each row packed into uint64 words."""
    bits = np.packbits(vectors > 0, axis=1)
    pad = (-bits.shape[1]) % 8
    if pad:
        bits = np.pad(bits, ((0, 0), (0, pad)))
    return np.ascontiguousarray(bits).view(np.uint64)


def semantic_search(db: sqlite_utils.Database, index: VectorIndex, query_vector: np.ndarray,
                    filters: Filters = Filters(), limit: int = 20, min_score: float = 0.0) -> list[dict[str, Any]]:
    """Chunks closest in meaning to the query vector that pass the filters, best first."""
    index.refresh(db)
    query = np.asarray(query_vector, dtype=np.float32)
    n = max(256, limit * 16)
    while True:
        rows = vector_hits(db, index.candidates(query, n), filters)
        for row in rows:
            row["score"] = round(float(np.frombuffer(row.pop("vector"), dtype=np.float32) @ query), 4)
            row["snippet"], row["marks"] = _context(row.pop("turn_text"), row["start"], row["end"])
        rows = [r for r in rows if r["score"] >= min_score]
        if len(rows) >= limit or n >= len(index):
            break
        n *= 8  # restrictive filters: widen the candidate set
    rows.sort(key=lambda r: -r["score"])
    return rows[:limit]
