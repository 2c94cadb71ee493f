"""tickets-csv / tickets-json: generic messages (rows with the same id form one thread)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from upsignal.ingest.common import (
    Header,
    Item,
    RawTurn,
    Source,
    build,
    first,
    group_contiguous,
    make_hints,
    quarantine,
    rename_keys,
)
from upsignal.ingest.csvstream import iter_csv_rows
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.ingest.jsonstream import iter_json_records
from upsignal.types import CHANNELS, Conversation, Quarantined

_ROLES = {
    "customer": "customer",
    "user": "customer",
    "end-user": "customer",
    "requester": "customer",
    "client": "customer",
    "contact": "customer",
    "lead": "customer",
    "external": "customer",
    "vendor": "vendor",
    "agent": "vendor",
    "admin": "vendor",
    "staff": "vendor",
    "support": "vendor",
    "internal": "vendor",
    "bot": "vendor",
    "unknown": "unknown",
}
_CHANNEL_ALIASES = {"phone": "call", "mail": "email", "e-mail": "email", "web": "ticket"}
# Columns read as the account id / organisation when the export names them so (first one wins).
_ACCOUNT_ID = ("account_id", "account", "company_id")
_ORGANIZATION = ("organization", "organisation", "company", "company_name", "account_name")
_FIX_MAP = "use --map text=YourColumn if the column has another name"


def _channel(value: str | None) -> str | None:
    """A channel name, or None when the value is not one."""
    if value is None:
        return "ticket"
    v = value.lower()
    v = _CHANNEL_ALIASES.get(v, v)
    return v if v in CHANNELS else None


def _turns(src: Source, ext: str, rows: list[Item]) -> Iterator[RawTurn | Quarantined]:
    """Raw turns of one thread; a row with a bad date is quarantined on its own."""
    for line, row in rows:
        raw_date = first(row, "created_at")
        try:
            ts = parse_date(raw_date)
        except ValueError:
            yield quarantine(src, line, date_problem(f"id {ext} created_at", raw_date), row)
            continue
        role = _ROLES.get((first(row, "role") or "customer").lower(), "unknown")
        speaker = first(row, "author", "email") or ""
        yield RawTurn(speaker, role, first(row, "text"), ts, html=_looks_html(row.get("text")))


def _looks_html(text: Any) -> bool:
    """Generic text is plain unless it carries tags."""
    return isinstance(text, str) and "<" in text and ">" in text


def _thread(src: Source, ext: str, rows: list[Item]) -> Iterator[Conversation | Quarantined]:
    """One conversation from the rows of a thread."""
    line, head_row = rows[0]
    if not any(first(row, "text") for _, row in rows):
        yield quarantine(src, line, f'id {ext}: missing "text"; {_FIX_MAP}', head_row)
        return
    channel = _channel(first(head_row, "channel"))
    if channel is None:
        allowed = ", ".join(CHANNELS)
        reason = f"id {ext}: unknown channel {first(head_row, 'channel')!r} (use one of {allowed})"
        yield quarantine(src, line, reason, head_row)
        return
    turns: list[RawTurn] = []
    for t in _turns(src, ext, rows):
        if isinstance(t, Quarantined):
            yield t
        else:
            turns.append(t)
    if not turns:
        return
    customer_rows = [
        row
        for _, row in rows
        if _ROLES.get((first(row, "role") or "customer").lower()) == "customer"
    ]
    email = next((e for e in (first(r, "email") for r in customer_rows) if e), None)
    head = Header(
        source_system="tickets",
        external_id=ext,
        channel=channel,
        created_at=next((t.timestamp for t in turns if t.timestamp), None),
        title=next((s for s in (first(r, "subject") for _, r in rows) if s), None),
        hints=make_hints(
            account_id=next((a for a in (first(r, *_ACCOUNT_ID) for _, r in rows) if a), None),
            email=email,
            organization=next((o for o in (first(r, *_ORGANIZATION) for _, r in rows) if o), None),
        ),
    )
    yield build(src, line, head, turns, raw=head_row)


def _threads(
    src: Source, items: Iterable[Item | Quarantined]
) -> Iterator[Conversation | Quarantined]:
    """Group contiguous records by id and build each thread."""
    for item in group_contiguous(items, "id"):
        if isinstance(item, Quarantined):
            yield item
        elif item[0] is None:
            line, row = item[1][0]
            yield quarantine(
                src, line, f'record {line}: missing "id"; use --map id=YourColumn', row
            )
        else:
            yield from _thread(src, *item)


def read_csv(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream generic tickets from CSV."""
    return _threads(src, iter_csv_rows(src, stream))


def _expand(src: Source, items: Iterable[Item | Quarantined]) -> Iterator[Item | Quarantined]:
    """Apply --map and flatten a ticket's `messages` list into message records."""
    for item in items:
        if isinstance(item, Quarantined):
            yield item
            continue
        n, rec = item
        rec = rename_keys(rec, src.mapping)
        messages = rec.get("messages")
        if not isinstance(messages, list):
            yield n, rec
            continue
        base = {k: v for k, v in rec.items() if k != "messages"}
        for m in messages:
            if isinstance(m, dict):
                yield n, {**base, **rename_keys(m, src.mapping), "id": rec.get("id")}


def read_json(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream generic tickets from JSON Lines or a JSON array."""
    return _threads(src, _expand(src, iter_json_records(src, stream)))
