"""Search over every conversation: FTS5 keyword search and an embedding index for semantic search.

The keyword index (`turns_fts`) and the "needs embedding" queue are kept in sync with `turns` by
SQLite triggers, so they change in the same transaction as the batch that wrote the turns: a
reader never sees half a batch. Vectors are computed outside the write path (the model is slow)
by `index_pending`; a turn's vectors are deleted by trigger the moment the turn is replaced.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import sqlite_utils

from .db import transaction
from .snippets import highlighted, parse_query
from .vectors import VectorIndex, binary_codes, vector_rows_after, vector_stats  # noqa: F401 (re-exported)

DIM_BYTES = 4  # float32
CHUNK_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


# ------------------------------------------------------------------ keyword search


def fts_query(text: str) -> str:
    """Turn any user string into a safe FTS5 query: words ANDed, "quoted phrases" kept, word* prefixes.

    Every token is emitted as a double-quoted FTS5 string, so no user input can reach FTS5's
    query syntax (NEAR, column filters, parentheses, ^, -). Returns "" when there are no words.
    """
    return " ".join('"' + " ".join(p.words) + '"' + ("*" if p.prefix else "") for p in parse_query(text))


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

    def joins(self, turn_key: str) -> str:
        """The joins from a turn key that `sql()` needs: conversations only for its filters, turns only for role."""
        out = f"JOIN turn_keys k ON k.id = {turn_key}"
        if self.role:
            out += " JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx"
        if any((self.account_id, self.channel, self.language, self.since, self.until, self.accounts is not None)):
            out += " JOIN conversations c ON c.id = k.conversation_id"
        return out

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
    joins = filters.joins("turns_fts.rowid") if clause else ""
    # relevance: pick the page among the candidates before joining; recent: the join gives the dates
    page, order = ("ORDER BY rank LIMIT ? OFFSET ?", "m.rank") if sort == "relevance" else ("", "c.created_at DESC, m.id DESC")
    phrases = parse_query(query)
    sql = f"""WITH cand AS (
                  SELECT turns_fts.rowid AS id, turns_fts.rank AS rank FROM turns_fts {joins}
                  WHERE turns_fts MATCH ? {clause} ORDER BY turns_fts.rowid DESC LIMIT {KEYWORD_CANDIDATES}),
              m AS (SELECT id, rank FROM cand {page})
              SELECT t.text AS turn_text, {_HIT_COLUMNS}, -m.rank AS score
              FROM m JOIN turn_keys k ON k.id = m.id
              JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
              JOIN conversations c ON c.id = k.conversation_id
              LEFT JOIN accounts a ON a.id = c.account_id
              ORDER BY {order}""" + ("" if page else " LIMIT ? OFFSET ?")
    rows = _rows(db, sql, [match, *params, limit, offset])
    for row in rows:  # FTS5's snippet() algorithm, in Python: no second query per hit
        row["snippet"], row["marks"] = highlighted(row.pop("turn_text"), phrases, 24)
    return rows


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


def _context(text: str, start: int, end: int, around: int = 80) -> tuple[str, list[list[int]]]:
    """The matched chunk with a little context either side, and its [start, end) within the snippet."""
    lo, hi = max(0, start - around), min(len(text), end + around)
    head = "…" if lo else ""
    snippet = head + text[lo:hi] + ("…" if hi < len(text) else "")
    return snippet, [[len(head) + start - lo, len(head) + end - lo]]


def vector_ids_where(db: sqlite_utils.Database, filters: Filters) -> list[int]:
    """Ids of every stored vector that passes the filters (for filters narrow enough to list)."""
    clause, params = filters.sql()
    return [r[0] for r in db.execute(f"""SELECT v.id FROM conversations c JOIN turn_keys k ON k.conversation_id = c.id
                                         JOIN turns t ON t.conversation_id = k.conversation_id AND t.idx = k.idx
                                         JOIN search_vectors v ON v.turn_key = k.id
                                         WHERE 1 = 1 {clause}""", params).fetchall()]


def semantic_search(db: sqlite_utils.Database, index: VectorIndex, query_vector: np.ndarray,
                    filters: Filters = Filters(), limit: int = 20, min_score: float = 0.0) -> list[dict[str, Any]]:
    """Chunks closest in meaning to the query vector that pass the filters, best first.

    The in-memory index ranks candidates (Hamming-nearest, or for an account filter every vector
    of those accounts); rows are read from SQLite in that order, filters applied there, until a
    page is full; their scores are then recomputed exactly from the stored float32 vectors.
    """
    index.refresh(db)
    query = np.asarray(query_vector, dtype=np.float32)
    want = limit + 8  # a few spare: float16 scores may misorder near-ties
    narrow = filters.account_id is not None or filters.accounts is not None
    rows: list[dict[str, Any]] = []
    n = max(256, limit * 16)
    for attempt in range(3):
        if narrow or attempt == 2:  # restrictive filters: list what passes, rank all of it
            ids, scores = index.score(query, vector_ids_where(db, filters))
        else:
            ids, scores = index.nearest(query, n)
        rows = _read_ranked(db, ids[scores >= min_score - 0.01].tolist(), filters, want)
        if len(rows) >= want or narrow or n >= len(index):
            break
        n *= 8
    for row in rows:
        row["score"] = round(float(np.frombuffer(row.pop("vector"), dtype=np.float32) @ query), 4)
        row["snippet"], row["marks"] = _context(row.pop("turn_text"), row["start"], row["end"])
    rows = [r for r in rows if r["score"] >= min_score]
    rows.sort(key=lambda r: (-r["score"], r["vector_id"]))
    return rows[:limit]


def _read_ranked(db: sqlite_utils.Database, ranked: list[int], filters: Filters, want: int) -> list[dict[str, Any]]:
    """The first `want` of these ids (best first) that are still stored and pass the filters, with their rows."""
    rows: list[dict[str, Any]] = []
    pos, step = 0, want
    while len(rows) < want and pos < len(ranked):
        chunk = ranked[pos : pos + step]
        found = {r["vector_id"]: r for r in vector_hits(db, chunk, filters)}
        rows += [found[i] for i in chunk if i in found]
        pos, step = pos + step, step * 4  # few passed: read bigger chunks
    return rows[:want]
