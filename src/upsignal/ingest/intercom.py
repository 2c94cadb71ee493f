"""intercom-csv: one row per conversation part; a conversation's rows are contiguous."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from upsignal.ingest.common import (
    Header,
    Item,
    RawTurn,
    Source,
    build,
    group_contiguous,
    make_hints,
    quarantine,
)
from upsignal.ingest.csvstream import get, iter_csv_rows
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.types import Conversation, Quarantined

_CUSTOMER = frozenset({"user", "lead", "contact", "customer", "visitor"})
_VENDOR = frozenset({"admin", "bot", "team", "operator", "agent"})


def _role(row: dict[str, str]) -> str:
    """Author type to role; internal notes are vendor turns."""
    if (get(row, "part_type") or "").lower() == "note":
        return "vendor"
    author = (get(row, "author_type") or "").lower()
    if author in _CUSTOMER:
        return "customer"
    if author in _VENDOR:
        return "vendor"
    return "unknown"


def _conversation(src: Source, ext: str, rows: list[Item]) -> Iterator[Conversation | Quarantined]:
    """Rows of one conversation; a row with a bad date is quarantined on its own."""
    turns: list[RawTurn] = []
    created: str | None = None
    title = email = company_id = company = None
    for line, row in rows:
        try:
            ts = parse_date(get(row, "created_at"))
        except ValueError:
            yield quarantine(src, line, date_problem("created_at", get(row, "created_at")), row)
            continue
        role = _role(row)
        created = created or ts
        title = title or get(row, "conversation_subject", "subject")
        company_id = company_id or get(row, "company_id")
        company = company or get(row, "company_name")
        if role == "customer":
            email = email or get(row, "author_email")
        speaker = get(row, "author_name", "author_email") or ""
        turns.append(RawTurn(speaker, role, get(row, "body"), ts, html=True))
    if not turns:
        return
    head = Header(
        source_system="intercom",
        external_id=ext,
        channel="chat",
        created_at=created,
        title=title,
        hints=make_hints(account_id=company_id, email=email, organization=company),
    )
    yield build(src, rows[0][0], head, turns, raw=rows[0][1])


def read(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream Intercom conversations from a parts export."""
    for item in group_contiguous(iter_csv_rows(src, stream), "conversation_id"):
        if isinstance(item, Quarantined):
            yield item
            continue
        ext, rows = item
        if ext is None:
            line, row = rows[0]
            yield quarantine(
                src, line, f"line {line}: missing conversation_id; every part needs one", row
            )
            continue
        yield from _conversation(src, ext, rows)
