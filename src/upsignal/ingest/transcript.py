"""transcript-json: calls as call-recording tools export them (participants + segments)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from upsignal.ingest.common import (
    Header,
    RawTurn,
    Source,
    build,
    make_hints,
    quarantine,
    text_or_none,
)
from upsignal.ingest.dates import date_problem, offset, parse_date
from upsignal.ingest.jsonstream import iter_json_records
from upsignal.types import Conversation, Quarantined

_ROLES = {"internal": "vendor", "external": "customer", "vendor": "vendor", "customer": "customer"}


def _people(call: dict[str, Any]) -> dict[str, tuple[str, str, str | None]]:
    """speaker_id -> (name, role, email)."""
    people: dict[str, tuple[str, str, str | None]] = {}
    for p in call.get("participants") or []:
        if not isinstance(p, dict):
            continue
        sid = text_or_none(p.get("speaker_id") or p.get("id") or p.get("name"))
        if sid is None:
            continue
        role = _ROLES.get(str(p.get("affiliation") or p.get("role") or "").lower(), "unknown")
        people[sid] = (text_or_none(p.get("name")) or sid, role, text_or_none(p.get("email")))
    return people


def _start(value: Any) -> str | None:
    """A segment start in seconds as an HH:MM:SS.mmm offset."""
    try:
        return offset(float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def _turns(call: dict[str, Any], people: dict[str, tuple[str, str, str | None]]) -> list[RawTurn]:
    """Consecutive segments of one speaker merged into turns."""
    turns: list[RawTurn] = []
    last_sid: str | None = None
    for seg in call.get("transcript") or []:
        if not isinstance(seg, dict):
            continue
        text = text_or_none(seg.get("text"))
        if text is None:
            continue
        sid = text_or_none(seg.get("speaker_id") or seg.get("speaker")) or ""
        if turns and sid == last_sid:
            turns[-1] = turns[-1]._replace(text=f"{turns[-1].text} {text}")
            continue
        name, role, _ = people.get(sid, (sid, "unknown", None))
        turns.append(RawTurn(name, role, text, _start(seg.get("start")), email=False))
        last_sid = sid
    return turns


def _call(src: Source, n: int, call: dict[str, Any]) -> Conversation | Quarantined:
    """One call record as a Conversation (or Quarantined)."""
    ext = text_or_none(call.get("call_id") or call.get("id"))
    if ext is None:
        return quarantine(src, n, f'record {n}: call has no "call_id"', call)
    if not isinstance(call.get("transcript"), list):
        return quarantine(src, n, f'call {ext}: "transcript" should be a list of segments', call)
    raw_date = call.get("started_at") or call.get("date") or call.get("created_at")
    try:
        created = parse_date(raw_date)
    except ValueError:
        return quarantine(src, n, date_problem(f"call {ext} started_at", raw_date), call)
    people = _people(call)
    account = call.get("account") if isinstance(call.get("account"), dict) else {}
    email = next((e for _, role, e in people.values() if role == "customer" and e), None)
    head = Header(
        source_system="transcript",
        external_id=ext,
        channel="call",
        created_at=created,
        title=text_or_none(call.get("title")),
        url=text_or_none(call.get("url")),
        hints=make_hints(
            account_id=account.get("id"),
            email=email,
            domain=account.get("domain"),
            organization=account.get("name"),
        ),
    )
    return build(src, n, head, _turns(call, people), raw=call)


def read(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream calls from one call per file, an array of calls or JSON Lines."""
    for item in iter_json_records(src, stream):
        yield item if isinstance(item, Quarantined) else _call(src, *item)
