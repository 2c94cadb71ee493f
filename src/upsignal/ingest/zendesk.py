"""zendesk-json: tickets with comments (JSON Lines, array or {"tickets": [...]})."""

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
    split_tags,
    text_or_none,
)
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.ingest.jsonstream import iter_json_records
from upsignal.types import Conversation, Quarantined

_ROLES = {
    "end-user": "customer",
    "end_user": "customer",
    "enduser": "customer",
    "customer": "customer",
    "requester": "customer",
    "agent": "vendor",
    "admin": "vendor",
}


class _BadRecord(Exception):
    """A ticket problem that quarantines the ticket."""


def _dict(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _role(comment: dict[str, Any], author: dict[str, Any], requester_id: Any) -> str:
    """Private notes are vendor; else the author's Zendesk role; else match the requester."""
    if comment.get("public") is False:
        return "vendor"
    role = _ROLES.get(str(author.get("role") or "").strip().lower())
    if role:
        return role
    author_id = author.get("id", comment.get("author_id"))
    if author_id is not None and requester_id is not None and author_id == requester_id:
        return "customer"
    return "unknown"


def _comment_turn(ticket_id: str, i: int, c: dict[str, Any], requester: dict[str, Any]) -> RawTurn:
    """One comment as a raw turn (html_body preferred over plain_body)."""
    try:
        ts = parse_date(c.get("created_at"))
    except ValueError:
        raise _BadRecord(
            date_problem(f"ticket {ticket_id} comments[{i}].created_at", c.get("created_at"))
        ) from None
    author = _dict(c.get("author"))
    if not author and requester and c.get("author_id") == requester.get("id"):
        author = {**requester, "role": requester.get("role") or "end-user"}
    speaker = author.get("name") or author.get("email") or text_or_none(c.get("author_id")) or ""
    html_body = c.get("html_body")
    if isinstance(html_body, str) and html_body.strip():
        text, is_html = html_body, True
    else:
        text, is_html = c.get("plain_body") or c.get("body"), False
    if text is not None and not isinstance(text, str):
        text = str(text)
    role = _role(c, author, requester.get("id"))
    return RawTurn(str(speaker), role, text, ts, html=is_html)


def _comments(t: dict[str, Any], requester: dict[str, Any]) -> list[Any]:
    """The ticket's comments; a ticket without them contributes its description."""
    comments = t.get("comments")
    if comments is None and t.get("description"):
        author = {"id": requester.get("id"), "name": requester.get("name"), "role": "end-user"}
        return [{"plain_body": t["description"], "author": author, "public": True}]
    if not isinstance(comments, list):
        raise _BadRecord(
            f'ticket {t.get("id")}: "comments" should be a list of comments, '
            f"got {type(comments).__name__}"
        )
    return comments


def _header(ext: str, t: dict[str, Any], requester: dict[str, Any]) -> Header:
    """Conversation-level fields of a ticket."""
    try:
        created = parse_date(t.get("created_at"))
    except ValueError:
        raise _BadRecord(date_problem(f"ticket {ext} created_at", t.get("created_at"))) from None
    org = _dict(t.get("organization"))
    domains = org.get("domain_names")
    org_domain = domains[0] if isinstance(domains, list) and domains else None
    email = text_or_none(requester.get("email"))
    hints = make_hints(
        account_id=org.get("external_id"),
        email=email,
        domain=None if email else org_domain,
        organization=org.get("name"),
    )
    return Header(
        source_system="zendesk",
        external_id=ext,
        channel="ticket",
        created_at=created,
        title=text_or_none(t.get("subject") or t.get("raw_subject")),
        url=text_or_none(t.get("url")),
        hints=hints,
        tags=split_tags(t.get("tags")),
    )


def _ticket(src: Source, n: int, t: dict[str, Any]) -> Conversation | Quarantined:
    """One ticket record as a Conversation (or Quarantined)."""
    ext = text_or_none(t.get("id"))
    if ext is None:
        return quarantine(src, n, f'record {n}: ticket has no "id"; each ticket needs one', t)
    requester = _dict(t.get("requester"))
    if "id" not in requester and t.get("requester_id") is not None:
        requester = {**requester, "id": t["requester_id"]}
    try:
        head = _header(ext, t, requester)
        turns = [
            _comment_turn(ext, i, c, requester)
            for i, c in enumerate(_comments(t, requester))
            if isinstance(c, dict)
        ]
    except _BadRecord as e:
        return quarantine(src, n, str(e), t)
    return build(src, n, head, turns, raw=t)


def read(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream Zendesk tickets."""
    for item in iter_json_records(src, stream):
        yield item if isinstance(item, Quarantined) else _ticket(src, *item)
