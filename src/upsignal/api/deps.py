"""Dependencies declared once as Annotated aliases: the database, the caller's token, role checks.

They are `async def` on purpose: each does microseconds of work (a pooled connection, one indexed
token lookup), and a sync dependency would cost a hop to the thread pool per request per dependency.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated

import sqlite_utils
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..store import auth
from ..store.auth import Token
from ..store.feed import account_ids_of_owner
from .errors import ApiError
from .state import Services

COOKIE = "upsignal_token"
bearer = HTTPBearer(auto_error=False, description="An API token from `upsignal token create`.")


async def get_services(request: Request) -> Services:
    return request.app.state.services


ServicesDep = Annotated[Services, Depends(get_services)]


async def get_db(request: Request, services: ServicesDep) -> AsyncIterator[sqlite_utils.Database]:
    """A pooled connection; GET requests read one consistent snapshot (never half a batch)."""
    with services.pool.connection() as db:
        if request.method in ("GET", "HEAD"):
            db.execute("BEGIN")
        yield db


DbDep = Annotated[sqlite_utils.Database, Depends(get_db)]


async def current_token(request: Request, db: DbDep, services: ServicesDep,
                        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Token:
    """The caller's live token (Bearer header, or the login cookie of the web pages); 401 otherwise."""
    secret = creds.credentials if creds else request.cookies.get(COOKIE)
    if not secret:
        raise ApiError(401, "missing API token: send 'Authorization: Bearer <token>' "
                            "(an admin creates one with `upsignal token create --role csm --name NAME`)")
    token = auth.lookup(db, secret)
    if token is None:
        raise ApiError(401, "invalid or revoked API token: ask an admin for a new one")
    services.usage.seen(token.id)
    return token


CurrentToken = Annotated[Token, Depends(current_token)]


def require(*roles: str) -> Callable[[Token], Awaitable[Token]]:
    """A dependency that lets admins and the given roles through, and answers 403 to the rest."""
    allowed = ("admin", *roles)

    async def check(token: CurrentToken) -> Token:
        if token.role not in allowed:
            raise ApiError(403, f"role {token.role!r} may not do this (allowed: {', '.join(allowed)})")
        return token

    return check


CsmToken = Annotated[Token, Depends(require("csm"))]
ProductToken = Annotated[Token, Depends(require("product"))]
ReaderToken = Annotated[Token, Depends(require("csm", "product"))]
AdminToken = Annotated[Token, Depends(require())]


def book_of(db: sqlite_utils.Database, token: Token) -> tuple[str, ...] | None:
    """The accounts a CSM token with an owner may see (None: no restriction)."""
    if token.role == "csm" and token.owner_email:
        return account_ids_of_owner(db, token.owner_email)
    return None


def check_in_book(db: sqlite_utils.Database, token: Token, account_id: str | None) -> None:
    """403 when a book-restricted CSM asks for another owner's account."""
    book = book_of(db, token)
    if book is not None and account_id not in book:
        raise ApiError(403, f"account {account_id!r} is not in your book ({token.owner_email})")
