"""GET /api/health: liveness and what the store holds (no token needed)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ... import __version__
from ...store.search import pending_count
from ..deps import DbDep, ServicesDep

router = APIRouter(tags=["health"])


@router.get("/api/health", summary="Service health")
def health(db: DbDep, services: ServicesDep) -> dict[str, Any]:
    """Answers 200 while the database can be read."""
    db.execute("SELECT count(*) FROM _migrations").fetchone()
    return {"ok": True, "status": "ok", "version": __version__,
            "search": {"vectors_in_memory": len(services.vectors), "turns_waiting_for_embedding": pending_count(db)}}
