"""Shared pieces of the format readers: source context, hints, turn cleaning, quarantine."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from upsignal.normalize import clean_text, detect_language
from upsignal.types import AccountHints, Conversation, Quarantined, Turn

EXCERPT_CHARS = 200
_LANG_CHARS = 800


@dataclass(frozen=True)
class Source:
    """The file being read and the options that apply to it."""

    path: Path
    encoding: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)

    @property
    def file(self) -> str:
        return str(self.path)


class RawTurn(NamedTuple):
    """A turn before cleaning; `html`/`email` choose the cleaning steps."""

    speaker: str
    role: str
    text: str | None
    timestamp: str | None = None
    html: bool = False
    email: bool = True


class Header(NamedTuple):
    """Conversation-level fields shared by all formats (a NamedTuple: built per record)."""

    source_system: str
    external_id: str
    channel: str
    created_at: str | None = None
    title: str | None = None
    url: str | None = None
    hints: AccountHints = AccountHints()
    tags: tuple[str, ...] = ()
    rating: float | None = None


def excerpt(raw: object) -> str:
    """A short one-line excerpt of the offending input for a Quarantined record."""
    text = raw if isinstance(raw, str) else repr(raw)
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def quarantine(src: Source, record: int, reason: str, raw: object = "") -> Quarantined:
    """A Quarantined record for `src`."""
    return Quarantined(file=src.file, record=record, reason=reason, raw=excerpt(raw))


def text_or_none(value: Any) -> str | None:
    """A stripped string, or None for missing/empty values."""
    if value is None:
        return None
    s = value if isinstance(value, str) else str(value)
    s = s.strip()
    return s or None


def domain_of(email: str | None) -> str | None:
    """The lowercase domain of an email address."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().strip(">").lower()
    return domain or None


def make_hints(
    account_id: Any = None,
    email: Any = None,
    domain: Any = None,
    organization: Any = None,
    company_size: Any = None,
) -> AccountHints:
    """AccountHints from raw values; the domain falls back to the email's domain."""
    mail = text_or_none(email)
    dom = text_or_none(domain)
    return AccountHints(
        account_id=text_or_none(account_id),
        email=mail.lower() if mail else None,
        domain=dom.lower() if dom else domain_of(mail),
        organization=text_or_none(organization),
        company_size=text_or_none(company_size),
    )


def split_tags(value: Any) -> tuple[str, ...]:
    """Tags from a list or a comma-separated string."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else str(value).split(",")
    return tuple(t for t in (str(i).strip() for i in items) if t)


def clean_turns(raw_turns: Iterable[RawTurn]) -> tuple[Turn, ...]:
    """Clean turn texts, drop empty ones and number the rest."""
    turns: list[Turn] = []
    for rt in raw_turns:
        text = clean_text(rt.text, html=rt.html, email=rt.email)
        if text:
            turns.append(Turn(len(turns), rt.speaker or "", rt.role, text, rt.timestamp))
    return tuple(turns)


def conversation_language(turns: tuple[Turn, ...]) -> str | None:
    """Language of the customer's words, else of all turns."""
    customer = " ".join(t.text for t in turns if t.role == "customer")[:_LANG_CHARS]
    lang = detect_language(customer)
    if lang is None:
        lang = detect_language(" ".join(t.text for t in turns)[:_LANG_CHARS])
    return lang


def build(
    src: Source, record: int, head: Header, raw_turns: Iterable[RawTurn], raw: object = ""
) -> Conversation | Quarantined:
    """Clean the turns and assemble a Conversation, or quarantine one with no text left."""
    turns = clean_turns(raw_turns)
    if not turns:
        return quarantine(
            src, record, f"{head.source_system} {head.external_id}: no text after cleaning", raw
        )
    return Conversation(
        id=Conversation.make_id(head.source_system, head.external_id),
        source_system=head.source_system,
        external_id=head.external_id,
        channel=head.channel,
        turns=turns,
        created_at=head.created_at,
        title=head.title,
        language=conversation_language(turns),
        url=head.url,
        hints=head.hints,
        tags=head.tags,
        rating=head.rating,
        source_file=src.file,
        record=record,
    )


def rename_keys(record: dict[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """Apply a field=Column mapping to a record's top-level keys."""
    if not mapping:
        return record
    out = dict(record)
    for target, column in mapping.items():
        if column in record:
            out[target] = record[column]
    return out


Item = tuple[int, dict[str, Any]]


def group_contiguous(
    items: Iterable[Item | Quarantined], key: str
) -> Iterator[tuple[str | None, list[Item]] | Quarantined]:
    """Group consecutive records with the same `key` value (None key: a group of its own)."""
    current: str | None = None
    group: list[Item] = []
    for item in items:
        if isinstance(item, Quarantined):
            yield item
            continue
        value = text_or_none(item[1].get(key))
        if group and (value is None or value != current):
            yield current, group
            group = []
        if value is None:
            yield None, [item]
            continue
        current = value
        group.append(item)
    if group:
        yield current, group


def first(record: Mapping[str, Any], *names: str) -> str | None:
    """The first non-empty value among `names`, as a stripped string."""
    for name in names:
        value = text_or_none(record.get(name))
        if value is not None:
            return value
    return None
