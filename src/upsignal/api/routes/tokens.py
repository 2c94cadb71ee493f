"""Admin token management (the same as `upsignal token create|list|revoke`)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ...store.auth import create_token, list_tokens, revoke_token, token_dict
from ..deps import AdminToken, DbDep
from ..errors import ApiError

router = APIRouter(tags=["tokens"])


class TokenIn(BaseModel):
    """A token to create."""

    name: str = Field(min_length=1, max_length=200, pattern=r"\S")
    role: Literal["admin", "csm", "product"]
    owner_email: str | None = Field(None, max_length=200, description="csm only: limit it to this owner's book.")


@router.get("/api/tokens", summary="List tokens (admin)")
def get_tokens(db: DbDep, token: AdminToken, include_revoked: bool = False) -> dict[str, Any]:
    """Public records only; secrets are never stored."""
    return {"ok": True, "tokens": [token_dict(t) for t in list_tokens(db, include_revoked)]}


@router.post("/api/tokens", status_code=201, summary="Create a token (admin)")
def post_token(body: TokenIn, db: DbDep, token: AdminToken) -> dict[str, Any]:
    """The secret is in this response only: store it now."""
    created, secret = create_token(db, body.name, body.role, body.owner_email)
    return {"ok": True, "token": token_dict(created), "secret": secret}


@router.delete("/api/tokens/{token_id}", summary="Revoke a token (admin)")
def delete_token(token_id: str, db: DbDep, token: AdminToken) -> dict[str, Any]:
    """Requests with a revoked token get 401 from then on."""
    if not revoke_token(db, token_id):
        raise ApiError(404, f"no live token with id {token_id!r}: see GET /api/tokens")
    return {"ok": True, "revoked": token_id}
