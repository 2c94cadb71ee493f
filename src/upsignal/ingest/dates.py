"""Parse the date formats exports use into ISO 8601 (UTC `Z` where a zone is known)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_EPOCH = re.compile(r"\d{9,13}(?:\.\d+)?")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UTC_SUFFIX = re.compile(r"\s*(?:UTC|GMT|Z)$", re.IGNORECASE)
_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y %H:%M",
    "%B %d, %Y %H:%M",
)
EXPECTED = "ISO 8601 such as 2026-03-04T10:22:11Z or 2026-03-04"


def _iso(dt: datetime) -> str:
    """Aware datetimes as UTC with Z; naive ones without a zone."""
    if dt.tzinfo is not None:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def _from_epoch(value: float) -> str:
    """Seconds (or milliseconds) since 1970 as ISO 8601 UTC."""
    if value > 1e11:
        value /= 1000.0
    return _iso(datetime.fromtimestamp(value, tz=UTC))


def _parse_text(s: str) -> str:
    """Parse a date string; raise ValueError when no known format fits."""
    if _DATE_ONLY.fullmatch(s):
        return datetime.strptime(s, "%Y-%m-%d").strftime("%Y-%m-%d")
    try:
        return _iso(datetime.fromisoformat(s))
    except ValueError:
        pass
    utc = _UTC_SUFFIX.search(s)
    core = s[: utc.start()] if utc else s
    for fmt in _FORMATS:
        try:
            dt = datetime.strptime(core, fmt)
        except ValueError:
            continue
        if utc and dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        if fmt.endswith("%Y") and dt.tzinfo is None:
            return dt.strftime("%Y-%m-%d")
        return _iso(dt)
    try:
        return _iso(parsedate_to_datetime(s))  # RFC 2822, as in email headers
    except (TypeError, ValueError, IndexError):
        raise ValueError(s) from None


def parse_date(value: object) -> str | None:
    """Normalise a date value to ISO 8601; None for empty; ValueError when unparseable."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    s = str(value).strip()
    if not s:
        return None
    if len(s) == 20 and s[10] == "T" and s[19] == "Z":
        datetime.fromisoformat(s)  # fast path for the common API form; validates it
        return s
    if _EPOCH.fullmatch(s):
        return _from_epoch(float(s))
    return _parse_text(s)


def date_problem(field: str, value: object) -> str:
    """A human readable quarantine reason for an unparseable date."""
    return f"unparseable date in {field}: {str(value)[:60]!r} (expected {EXPECTED})"


def offset(seconds: float) -> str:
    """Seconds from the start of a call as HH:MM:SS.mmm."""
    ms = int(round(max(seconds, 0.0) * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"
