"""Accounts: ranked by opportunity score; one account's breakdown; its signal feed; a conversation."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...score import account_score, rank_accounts
from ...store.feed import FeedFilters, account_exists, account_feed, conversation
from ..deps import CsmToken, DbDep, ReaderToken, ServicesDep, book_of, check_in_book
from ..errors import ApiError
from ..params import Kind, Limit, Since, Status, Until
from ..responses import json_response

router = APIRouter(tags=["accounts"])


def ranked(db: Any, services: Any, owner: str | None) -> list[Any]:
    """Every account scored, cached until the data changes (and at most an hour: scores decay with time)."""
    hour = int(time.time() // 3600)
    return services.cache.get(db, ("rank", owner, hour), lambda: rank_accounts(
        db, weights=services.settings.score, owner=owner, catalog=services.catalog(db)))


def ranked_dicts(db: Any, services: Any, owner: str | None) -> list[dict[str, Any]]:
    """`ranked` as JSON-ready dicts, converted once per cached ranking (not once per request)."""
    hour = int(time.time() // 3600)
    return services.cache.get(db, ("rank-dicts", owner, hour),
                              lambda: [s.to_dict() for s in ranked(db, services, owner)])


@router.get("/api/accounts", summary="Accounts ranked by opportunity score", response_model=dict[str, Any])
def list_accounts(db: DbDep, token: CsmToken, services: ServicesDep,
                  owner: Annotated[str | None, Query(max_length=200, description="Owner CSM email.")] = None,
                  min_score: Annotated[float | None, Query(ge=0, le=100)] = None,
                  limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Response:
    """Best first; a CSM token bound to an owner only sees that owner's book."""
    if token.role == "csm" and token.owner_email:
        owner = token.owner_email
    scores = ranked_dicts(db, services, owner)
    if min_score is not None:
        scores = [s for s in scores if s["score"] >= min_score]
    return json_response({"ok": True, "total": len(scores), "accounts": scores[:limit]})


@router.get("/api/accounts/{account_id}", summary="One account with its score breakdown",
            response_model=dict[str, Any])
def get_account(account_id: str, db: DbDep, token: CsmToken, services: ServicesDep) -> Response:
    """Score, components (points), recommended tier, expansion ARR, top quotes, hold reason."""
    check_in_book(db, token, account_id)
    score = account_score(db, account_id, weights=services.settings.score, catalog=services.catalog(db))
    if score is None:
        raise ApiError(404, f"account {account_id!r} not found: see GET /api/accounts for the ids")
    return json_response({"ok": True, "account": score.to_dict()})


@router.get("/api/accounts/{account_id}/signals", summary="An account's signal feed", response_model=dict[str, Any])
async def get_feed(account_id: str, db: DbDep, token: CsmToken, kind: Kind | None = None, since: Since = None,
                   until: Until = None, feature: Annotated[str | None, Query(max_length=200)] = None,
                   competitor: Annotated[str | None, Query(max_length=200)] = None, status: Status | None = None,
                   limit: Limit = 50, cursor: Annotated[str | None, Query(max_length=500)] = None) -> Response:
    """Newest first; pass `next_cursor` back as `cursor` for the next page."""
    # async on purpose: one page is an indexed read of well under a millisecond, cheaper on the event
    # loop than the hand-off to a worker thread (and back) that a plain `def` route costs
    check_in_book(db, token, account_id)
    if not account_exists(db, account_id):
        raise ApiError(404, f"account {account_id!r} not found: see GET /api/accounts for the ids")
    filters = FeedFilters(kind=kind, since=since, until=until, feature=feature, competitor=competitor, status=status)
    rows, next_cursor = account_feed(db, account_id, filters, limit=limit, cursor=cursor)
    return json_response({"ok": True, "account_id": account_id, "signals": rows, "next_cursor": next_cursor})


@router.get("/api/conversations/{conversation_id}", summary="A conversation with its turns and signals",
            response_model=dict[str, Any])
def get_conversation(conversation_id: str, db: DbDep, token: ReaderToken) -> Response:
    """Every turn (clean text) and where each signal's evidence sits in it."""
    conv = conversation(db, conversation_id)
    if conv is None:
        raise ApiError(404, f"conversation {conversation_id!r} not found")
    book = book_of(db, token)
    if book is not None and conv["account_id"] not in book:
        raise ApiError(403, f"conversation {conversation_id!r} belongs to an account outside your book")
    return json_response({"ok": True, "conversation": conv})
