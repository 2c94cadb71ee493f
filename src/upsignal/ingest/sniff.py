"""Detect an input file's format from its first bytes, JSON keys or CSV header."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from upsignal.errors import InputError, UnknownFormatError
from upsignal.ingest.csvstream import apply_mapping, parse_header
from upsignal.ingest.encoding import (
    SAMPLE_BYTES,
    check_encoding,
    decode_sample,
    detect_encoding,
    read_sample,
)

FORMATS: tuple[str, ...] = (
    "zendesk-json",
    "intercom-csv",
    "freshdesk-csv",
    "tickets-csv",
    "tickets-json",
    "vtt",
    "srt",
    "transcript-json",
    "reviews-csv",
    "reviews-json",
)
SNIFF_BYTES = 8192
_SRT = re.compile(r"\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
_ARROW = re.compile(r"\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}")
_JSON_KEY = re.compile(r'"([^"\\]{1,64})"\s*:')
# File-name words that break a tie between formats whose content both fit.
_NAME_HINTS = {
    "zendesk-json": ("zendesk",),
    "transcript-json": ("transcript", "call", "gong", "chorus"),
    "reviews-json": ("review", "g2", "capterra"),
    "reviews-csv": ("review", "g2", "capterra"),
    "intercom-csv": ("intercom",),
    "freshdesk-csv": ("freshdesk",),
}


def _json_candidates(keys: set[str]) -> list[str]:
    """JSON formats whose characteristic keys appear in the sample, most specific first."""
    out = []
    if keys & {"html_body", "plain_body", "requester", "requester_id"} or (
        "comments" in keys and "subject" in keys
    ):
        out.append("zendesk-json")
    if "transcript" in keys and keys & {"participants", "call_id", "speaker_id"}:
        out.append("transcript-json")
    if "review_id" in keys or ({"pros", "cons"} <= keys and "rating" in keys):
        out.append("reviews-json")
    if "id" in keys and keys & {"text", "messages"}:
        out.append("tickets-json")
    return out


def _csv_candidates(cols: set[str]) -> list[str]:
    """CSV formats whose header columns are present."""
    out = []
    if {"conversation_id", "body"} <= cols and cols & {"author_type", "part_type"}:
        out.append("intercom-csv")
    if {"ticket id", "description"} <= cols:
        out.append("freshdesk-csv")
    pros = "pros" in cols or any(c.startswith("what do you like best") for c in cols)
    cons = "cons" in cols or any(c.startswith("what do you dislike") for c in cols)
    if "review_id" in cols or (pros and cons):
        out.append("reviews-csv")
    if {"id", "text"} <= cols:
        out.append("tickets-csv")
    return out


def _pick(candidates: list[str], path: Path) -> str | None:
    """The candidate the file name hints at, else the most specific one."""
    name = path.name.lower()
    for fmt in candidates:
        if any(word in name for word in _NAME_HINTS.get(fmt, ())):
            return fmt
    return candidates[0] if candidates else None


def _caption_format(text: str, suffix: str) -> str | None:
    """vtt or srt for cue timing lines without a WEBVTT header or cue numbers."""
    m = _ARROW.search(text[:2000])
    if not m:
        return None
    if suffix in (".vtt", ".srt"):
        return suffix[1:]
    return "srt" if "," in m.group(0) else "vtt"


def _sniff(text: str, path: Path, mapping: Mapping[str, str] | None) -> tuple[str | None, str]:
    """(format or None, a description of what was seen)."""
    if text.startswith("WEBVTT"):
        return "vtt", "WEBVTT header"
    if _SRT.match(text):
        return "srt", "SRT cue"
    if text[0] in "{[":
        keys = {k.strip().lower() for k in _JSON_KEY.findall(text)}
        keys |= {f.lower() for f, col in (mapping or {}).items() if col.lower() in keys}
        shown = ", ".join(sorted(keys)[:12]) or "none"
        return _pick(_json_candidates(keys), path), f"JSON with keys {shown}"
    caption = _caption_format(text, path.suffix.lower())
    if caption:
        return caption, "cue timings"
    cols = apply_mapping(parse_header(text.splitlines()[0]), mapping or {})
    shown = ", ".join(cols[:12])
    return _pick(_csv_candidates(set(cols)), path), f"a header line: {shown[:200]}"


def unknown_format(path: Path, seen: str) -> UnknownFormatError:
    """The error for a file no reader recognises, listing the formats and the fix."""
    return UnknownFormatError(
        f"{path}: could not recognise the format (found {seen}). "
        f"Expected one of: {', '.join(FORMATS)}. "
        "Pass --format NAME to choose one (and --map field=Column if columns are named "
        "differently, e.g. --format tickets-csv --map id=Number,text=Body)."
    )


def detect_format(
    path: Path, encoding: str | None = None, mapping: Mapping[str, str] | None = None
) -> str:
    """Sniff the format of `path` from its content (the extension only breaks ties)."""
    path = Path(path)
    raw = read_sample(path, SAMPLE_BYTES)
    enc = check_encoding(encoding) if encoding else detect_encoding(raw, len(raw) == SAMPLE_BYTES)
    text = decode_sample(raw[:SNIFF_BYTES], enc).lstrip("\ufeff \t\r\n")
    if not text:
        raise _empty(path)
    fmt, seen = _sniff(text, path, mapping)
    if fmt is None:
        raise unknown_format(path, seen)
    return fmt


def _empty(path: Path) -> InputError:
    """The error for an empty input file."""
    return InputError(f"{path} is empty: there is nothing to ingest (remove it or re-export)")


def ensure_not_empty(path: Path) -> None:
    """Raise InputError when `path` is missing or holds nothing but whitespace."""
    if not read_sample(Path(path), 4096).strip(b" \t\r\n\xef\xbb\xbf\x00"):
        raise _empty(path)
