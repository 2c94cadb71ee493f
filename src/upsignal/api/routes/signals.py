"""Signal feedback: a CSM confirms or dismisses a signal with a reason."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ...store.feed import signal_account
from ...store.feedback import give_feedback, training_rows
from ..deps import AdminToken, CsmToken, DbDep, check_in_book
from ..errors import ApiError

router = APIRouter(tags=["signals"])


class FeedbackIn(BaseModel):
    """A verdict on a signal."""

    status: Literal["confirmed", "dismissed"]
    reason: str = Field("", max_length=2000, description="Why: shown in the feed and exported with the label.")


@router.post("/api/signals/{signal_id}/feedback", summary="Confirm or dismiss a signal")
def post_feedback(signal_id: str, body: FeedbackIn, db: DbDep, token: CsmToken) -> dict[str, Any]:
    """Stored by signal id, so it survives re-detection; dismissed signals stop counting in scores."""
    exists, account_id = signal_account(db, signal_id)
    if not exists:
        raise ApiError(404, f"signal {signal_id!r} not found")
    check_in_book(db, token, account_id)
    row = give_feedback(db, signal_id, body.status, body.reason, by_name=token.name, by_token=token.id)
    return {"ok": True, "feedback": row}


@router.get("/api/feedback", summary="All feedback as labelled training rows")
def list_feedback(db: DbDep, token: AdminToken, status: Literal["confirmed", "dismissed"] | None = None) -> dict[str, Any]:
    """The same rows as `upsignal export feedback`: {id, text, labels, annotated, ...}."""
    return {"ok": True, "rows": list(training_rows(db, status))}
