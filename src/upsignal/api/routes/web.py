"""Pages for people: login, accounts, account feed, conversation, search, reports."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...score import account_score
from ...store import auth
from ...store.feed import FeedFilters, account_feed, conversation
from ...store.feedback import give_feedback
from ...store.search import Filters
from ...types import CHANNELS, SIGNAL_KINDS
from ..deps import (
    COOKIE,
    CsmToken,
    CurrentToken,
    DbDep,
    ProductToken,
    ReaderToken,
    ServicesDep,
    book_of,
    check_in_book,
)
from ..errors import ApiError
from ..pages import render
from ..params import DATE_PATTERN
from .accounts import ranked
from .reports import competitor_report, features, kept_warm
from .search import run_search

router = APIRouter()
HOME = {"admin": "/accounts", "csm": "/accounts", "product": "/reports/features"}


def _date(value: str | None) -> str | None:
    """A form's date, or None when it is not one (reports make one column per month in range)."""
    return value if value and re.match(DATE_PATTERN, value) else None


def _safe_next(target: str | None) -> str | None:
    """Only local paths: never redirect to another site after login."""
    return target if target and target.startswith("/") and not target.startswith("//") else None


@router.get("/")
def home(token: CurrentToken) -> Response:
    return RedirectResponse(HOME[token.role], status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None, error: str | None = None) -> Response:
    return render(request, "login.html", next=_safe_next(next) or "", error=error, who=None)


@router.post("/login")
def login(request: Request, db: DbDep, services: ServicesDep, token: Annotated[str, Form()] = "",
          next: Annotated[str, Form()] = "") -> Response:
    found = auth.lookup(db, token.strip()) if token.strip() else None
    if found is None:
        return render(request, "login.html", status=401, next=_safe_next(next) or "", who=None,
                      error="That token is not valid (or was revoked). Ask an admin for one.")
    response = RedirectResponse(_safe_next(next) or HOME[found.role], status_code=303)
    response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict", max_age=30 * 86400,
                        secure=services.settings.secure_cookies)
    return response


@router.get("/logout")
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/accounts")
def accounts_page(request: Request, db: DbDep, token: CsmToken, services: ServicesDep,
                  owner: str | None = None) -> Response:
    if token.role == "csm" and token.owner_email:
        owner = token.owner_email
    scores = ranked(db, services, owner or None)
    return render(request, "accounts.html", who=token, scores=scores, owner=owner or "",
                  top=max((s.score for s in scores), default=0) or 1)


@router.get("/accounts/{account_id}")
def account_page(request: Request, account_id: str, db: DbDep, token: CsmToken, services: ServicesDep,
                 kind: str | None = None, status: str | None = None, since: str | None = None,
                 cursor: str | None = None) -> Response:
    check_in_book(db, token, account_id)
    score = account_score(db, account_id, weights=services.settings.score, catalog=services.catalog(db))
    if score is None:
        raise ApiError(404, f"account {account_id!r} not found")
    filters = FeedFilters(kind=kind if kind in SIGNAL_KINDS else None,
                          status=status if status in ("new", "confirmed", "dismissed") else None, since=_date(since))
    rows, next_cursor = account_feed(db, account_id, filters, limit=25, cursor=cursor or None)
    params = {k: v for k, v in (("kind", filters.kind), ("status", filters.status), ("since", filters.since)) if v}
    more = f"?{urlencode({**params, 'cursor': next_cursor})}" if next_cursor else None
    return render(request, "account.html", who=token, s=score, feed=rows, filters=filters, kinds=SIGNAL_KINDS,
                  more=more, here=request.url.path + (f"?{request.url.query}" if request.url.query else ""))


@router.post("/signals/{signal_id}/feedback")
def feedback_form(signal_id: str, db: DbDep, token: CsmToken, status: Annotated[str, Form()],
                  reason: Annotated[str, Form(max_length=2000)] = "", back: Annotated[str, Form()] = "/") -> Response:
    row = db.execute("SELECT account_id FROM signals WHERE id = ?", [signal_id]).fetchone()
    if row is None:
        raise ApiError(404, f"signal {signal_id!r} not found")
    check_in_book(db, token, row[0])
    give_feedback(db, signal_id, status, reason, by_name=token.name, by_token=token.id)
    return RedirectResponse(_safe_next(back) or "/", status_code=303)


@router.get("/conversations/{conversation_id}")
def conversation_page(request: Request, conversation_id: str, db: DbDep, token: ReaderToken,
                      signal: str | None = None, turn: int | None = None, start: int | None = None,
                      end: int | None = None) -> Response:
    conv = conversation(db, conversation_id)
    if conv is None:
        raise ApiError(404, f"conversation {conversation_id!r} not found")
    book = book_of(db, token)
    if book is not None and conv["account_id"] not in book:
        raise ApiError(403, "this conversation belongs to an account outside your book")
    focus = next((s for s in conv["signals"] if s["id"] == signal), None)
    spans: dict[int, list[tuple[int, int]]] = {}
    for s in conv["signals"]:
        spans.setdefault(s["turn_idx"], []).append((s["start"], s["end"]))
    if turn is not None and focus is None:  # a search hit: its evidence span, or the whole turn
        focus = {"turn_idx": turn, "start": start or 0, "end": end or 0, "id": None}
    return render(request, "conversation.html", who=token, c=conv, focus=focus, spans=spans)


@router.get("/search")
def search_page(request: Request, db: DbDep, services: ServicesDep, token: ProductToken,
                q: Annotated[str, Query(max_length=500)] = "", mode: str = "keyword", channel: str | None = None,
                since: str | None = None, account: str | None = None) -> Response:
    mode = mode if mode in ("keyword", "semantic") else "keyword"
    filters = Filters(account_id=account or None, channel=channel if channel in CHANNELS else None,
                      since=_date(since))
    hits = run_search(db, services, q, mode, filters, limit=30) if q.strip() else []
    return render(request, "search.html", who=token, q=q, mode=mode, hits=hits, channels=CHANNELS,
                  channel=filters.channel or "", since=since or "", account=account or "")


@router.get("/reports/features")
def features_page(request: Request, db: DbDep, services: ServicesDep, token: ProductToken,
                  since: str | None = None, tier: str | None = None, channel: str | None = None) -> Response:
    since = _date(since)
    channel = channel if channel in CHANNELS else None
    report = features(db, services, since=since or None, tier=tier or None, channel=channel)
    result, stale = services.cache.lookup(db, *report, stale_ok=kept_warm(db, services, report))
    bars = [(row["name"], row["arr"], f'{row["accounts"]} acct · {row["mentions"]} asks') for row in result["rows"]]
    bars = sorted(bars, key=lambda b: -b[1])[:12]
    return render(request, "features.html", who=token, r=result, trend=_trend_series(result, "All requests"),
                  bars=bars, since=since or "", channels=CHANNELS, channel=channel or "", stale=stale)


def _trend_series(result: dict[str, Any], total: str, top: int = 5) -> list[tuple[str, list[int]]]:
    months = result["months"]
    overall = [sum(row["trend"].get(m, 0) for row in result["rows"]) for m in months]
    totals = result["totals"].get("trend")
    series = [(total, [totals.get(m, 0) for m in months] if totals else overall)]
    for row in result["rows"][:top]:
        series.append((row["name"], [row["trend"].get(m, 0) for m in months]))
    return series


@router.get("/reports/competitors")
def competitors_page(request: Request, db: DbDep, services: ServicesDep, token: ProductToken,
                     since: str | None = None) -> Response:
    since = _date(since)
    report = competitor_report(db, services, since=since or None)
    result, stale = services.cache.lookup(db, *report, stale_ok=kept_warm(db, services, report))
    bars = [(row["name"], row["mentions"], f'{row["accounts"]} acct') for row in result["rows"][:12]]
    return render(request, "competitors.html", who=token, r=result, since=since or "", bars=bars,
                  trend=_trend_series(result, "All mentions"), stale=stale)
