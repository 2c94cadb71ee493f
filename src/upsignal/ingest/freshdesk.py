"""freshdesk-csv: Freshdesk's ticket export, one ticket a row (Description is the request)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from upsignal.ingest.common import (
    Header,
    RawTurn,
    Source,
    build,
    make_hints,
    quarantine,
    split_tags,
)
from upsignal.ingest.csvstream import get, iter_csv_rows
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.types import Conversation, Quarantined

_CHANNELS = {"email": "email", "chat": "chat"}


def _ticket(src: Source, line: int, row: dict[str, str]) -> Conversation | Quarantined:
    """One export row as a Conversation with a single customer turn."""
    ext = get(row, "ticket id", "id")
    if ext is None:
        return quarantine(src, line, f"line {line}: missing Ticket ID", row)
    raw_date = get(row, "created time", "created at", "created_at")
    try:
        created = parse_date(raw_date)
    except ValueError:
        return quarantine(src, line, date_problem(f"ticket {ext} Created time", raw_date), row)
    source = (get(row, "source") or "").lower()
    head = Header(
        source_system="freshdesk",
        external_id=ext,
        channel=_CHANNELS.get(source, "ticket"),
        created_at=created,
        title=get(row, "subject"),
        hints=make_hints(
            account_id=get(row, "company id", "account_id"),
            email=get(row, "requester email", "email"),
            organization=get(row, "company", "company name"),
        ),
        tags=split_tags(get(row, "tags")),
    )
    speaker = get(row, "requester name", "requester email") or ""
    turn = RawTurn(speaker, "customer", get(row, "description"), created, html=True)
    return build(src, line, head, [turn], raw=row)


def read(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream Freshdesk tickets."""
    for item in iter_csv_rows(src, stream):
        yield item if isinstance(item, Quarantined) else _ticket(src, *item)
