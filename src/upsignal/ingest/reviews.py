"""reviews-csv / reviews-json: public reviews; title, pros and cons become customer turns."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from upsignal.ingest.common import (
    Header,
    Item,
    RawTurn,
    Source,
    build,
    first,
    make_hints,
    quarantine,
    rename_keys,
)
from upsignal.ingest.csvstream import iter_csv_rows
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.ingest.jsonstream import iter_json_records
from upsignal.types import Conversation, Quarantined

_RATING = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*(?:/\s*\d+|out of \d+|stars?)?\s*$", re.IGNORECASE)
# G2 exports name the columns after the questions.
_QUESTION_PREFIXES = (("what do you like best", "pros"), ("what do you dislike", "cons"))


class _BadRecord(Exception):
    """A review problem that quarantines the review."""


def _question(record: dict[str, Any], field: str) -> str | None:
    """pros/cons, also under G2's question-style column names."""
    value = first(record, field)
    if value is not None:
        return value
    for key, val in record.items():
        low = str(key).strip().lower()
        for prefix, target in _QUESTION_PREFIXES:
            if target == field and low.startswith(prefix):
                return first({"v": val}, "v")
    return None


def _rating(ext: str, value: str | None) -> float | None:
    """A numeric rating ("4.5", "4,5", "4/5"); _BadRecord when it is not a number."""
    if value is None:
        return None
    m = _RATING.fullmatch(value)
    if not m:
        raise _BadRecord(f"review {ext}: rating {value!r} is not a number (expected e.g. 4.5)")
    return float(m.group(1).replace(",", "."))


def _header(ext: str, r: dict[str, Any]) -> Header:
    """Conversation-level fields of a review."""
    raw_date = first(r, "date", "created_at", "published_at")
    try:
        created = parse_date(raw_date)
    except ValueError:
        raise _BadRecord(date_problem(f"review {ext} date", raw_date)) from None
    source = first(r, "source")
    return Header(
        source_system="reviews",
        external_id=ext,
        channel="review",
        created_at=created,
        title=first(r, "title"),
        url=first(r, "url"),
        hints=make_hints(
            account_id=first(r, "account_id"),
            domain=first(r, "company_domain", "domain"),
            organization=first(r, "company_name", "company"),
            company_size=first(r, "company_size"),
        ),
        tags=(source.lower(),) if source else (),
        rating=_rating(ext, first(r, "rating")),
    )


def _review(src: Source, n: int, r: dict[str, Any]) -> Conversation | Quarantined:
    """One review as a Conversation of up to three customer turns."""
    ext = first(r, "review_id", "id")
    if ext is None:
        return quarantine(
            src, n, f"record {n}: missing review_id; use --map review_id=YourColumn", r
        )
    try:
        head = _header(ext, r)
    except _BadRecord as e:
        return quarantine(src, n, str(e), r)
    speaker = first(r, "reviewer_name", "reviewer") or ""
    texts = (first(r, "title"), _question(r, "pros"), _question(r, "cons"))
    turns = [RawTurn(speaker, "customer", t, head.created_at, email=False) for t in texts]
    return build(src, n, head, turns, raw=r)


def _reviews(
    src: Source, items: Iterable[Item | Quarantined]
) -> Iterator[Conversation | Quarantined]:
    """Map records to reviews."""
    for item in items:
        if isinstance(item, Quarantined):
            yield item
        else:
            n, rec = item
            yield _review(src, n, rec)


def read_csv(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream reviews from CSV."""
    return _reviews(src, iter_csv_rows(src, stream))


def read_json(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream reviews from JSON Lines or a JSON array."""
    items = (
        i if isinstance(i, Quarantined) else (i[0], rename_keys(i[1], src.mapping))
        for i in iter_json_records(src, stream)
    )
    return _reviews(src, items)
