"""Search across every conversation: keyword (FTS5) or semantic (embeddings), with filters."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import numpy as np
from anyio import to_thread
from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...store.search import Filters, keyword_search, semantic_search
from ..deps import DbDep, ProductToken, ServicesDep
from ..errors import ApiError
from ..params import Channel, Since, Until
from ..responses import json_response

router = APIRouter(tags=["search"])


def run_search(db: Any, services: Any, q: str, mode: str, filters: Filters, limit: int, offset: int = 0,
               sort: str = "relevance", vector: np.ndarray | None = None) -> list[dict[str, Any]]:
    """Shared by the API and the search page (`vector`: the query already embedded, for semantic mode)."""
    _check(q)
    if mode == "keyword":
        return keyword_search(db, q, filters, limit=limit, offset=offset, sort=sort)
    if vector is None:
        vector = services.query_encoder([q])[0]
    return semantic_search(db, services.vectors, vector, filters, limit=limit + offset)[offset:]


def _check(q: str) -> None:
    if not q.strip():
        raise ApiError(400, "q is empty: give some words to search for, e.g. q=SSO")


@router.get("/api/search", summary="Keyword or semantic search over all conversations", response_model=dict[str, Any])
async def search(db: DbDep, services: ServicesDep, token: ProductToken,
                 q: Annotated[str, Query(max_length=500, description="Words; \"quoted phrase\"; prefix*.")],
                 mode: Literal["keyword", "semantic"] = "keyword",
                 account: Annotated[str | None, Query(max_length=200)] = None, channel: Channel | None = None,
                 role: Literal["customer", "vendor", "unknown"] | None = None,
                 language: Annotated[str | None, Query(max_length=10)] = None, since: Since = None,
                 until: Until = None, sort: Literal["relevance", "recent"] = "relevance",
                 limit: Annotated[int, Query(ge=1, le=100)] = 20,
                 offset: Annotated[int, Query(ge=0, le=1000)] = 0) -> Response:
    """Each hit: the turn, a snippet with `marks` ([start, end) offsets of the evidence), and the account."""
    _check(q)
    filters = Filters(account_id=account, channel=channel, since=since, until=until, role=role, language=language)
    # The query is embedded without holding a thread (it waits for the shared, batching encoder); the
    # search itself runs on the small pool of search threads, first come first served.
    vector = await services.query_encoder.embed(q) if mode == "semantic" else None
    hits = await to_thread.run_sync(run_search, db, services, q, mode, filters, limit, offset, sort, vector,
                                    limiter=services.search_threads)
    return json_response({"ok": True, "mode": mode, "q": q, "hits": hits})
