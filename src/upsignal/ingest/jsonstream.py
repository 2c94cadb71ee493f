"""Stream JSON records from JSON Lines, a top-level array, a wrapper object or one object."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

import ijson
from ijson.common import ObjectBuilder

from upsignal.ingest.common import Source, quarantine
from upsignal.types import Quarantined

# Keys under which exports wrap their list of records: {"tickets": [...], "next_page": ...}.
WRAPPER_KEYS = frozenset(
    {"tickets", "calls", "reviews", "conversations", "records", "items", "data", "results"}
)
_FIRST_KEY = re.compile(r'\s*\{\s*"([^"\\]+)"\s*:\s*\[')
_PEEK_CHARS = 4096

Record = tuple[int, dict[str, Any]]


class _Utf8Reader:
    """Bytes view of a text stream for ijson, after some already-read text."""

    def __init__(self, head: str, stream: TextIO) -> None:
        self._head = head
        self._stream = stream

    def read(self, n: int = -1) -> bytes:
        if n == 0:
            return b""  # ijson probes with read(0) for the str/bytes type
        if self._head:
            text, self._head = self._head, ""
            return text.encode("utf-8")
        return self._stream.read(n).encode("utf-8")


def _objects(src: Source, items: Iterator[Any], first: int = 1) -> Iterator[Record | Quarantined]:
    """Number streamed items; quarantine non-objects and a broken tail."""
    n = first - 1
    try:
        for n, item in enumerate(items, first):
            if isinstance(item, dict):
                yield n, item
            else:
                yield quarantine(src, n, f"record {n} is not a JSON object", item)
    except (ijson.JSONError, ValueError) as e:
        yield quarantine(
            src,
            n + 1,
            f"invalid JSON after record {n} ({' '.join(str(e).split())}); "
            "the rest of the file was skipped: "
            "check that the file is complete and valid JSON",
        )


def _skip_value(first_event: str, events: Iterator[tuple[str, str, Any]]) -> ObjectBuilder:
    """Build one complete value from the event stream, starting at `first_event`."""
    builder = ObjectBuilder()
    depth = 0
    event, value = first_event, None
    while True:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
        if depth == 0:
            return builder
        _, event, value = next(events)


def _document_items(events: Iterator[tuple[str, str, Any]]) -> Iterator[Any]:
    """Items of the first wrapper array of a top-level object, or the object itself."""
    top = ObjectBuilder()
    found = False
    for prefix, event, value in events:
        if prefix == "" and event == "map_key" and value in WRAPPER_KEYS:
            _, next_event, next_value = next(events)
            if next_event == "start_array" and not found:
                found = True
                while True:
                    _, ev, val = next(events)
                    if ev == "end_array":
                        break
                    if ev in ("start_map", "start_array"):
                        yield _skip_value(ev, events).value
                    else:
                        yield val
                continue
            top.event(event, value)
            top.event(next_event, next_value)
            continue
        top.event(event, value)
    if not found:
        yield top.value


def _document(src: Source, head: str, stream: TextIO) -> Iterator[Record | Quarantined]:
    """A whole JSON document: an array, a wrapper object or a single object."""
    reader = _Utf8Reader(head, stream)
    if head.lstrip().startswith("["):
        items = ijson.items(reader, "item", use_float=True)
        return _objects(src, items)
    m = _FIRST_KEY.match(head)
    if m and m.group(1) in WRAPPER_KEYS:
        return _objects(src, ijson.items(reader, f"{m.group(1)}.item", use_float=True))
    return _objects(src, _document_items(ijson.parse(reader, use_float=True)))


def _json_line(src: Source, lineno: int, line: str) -> list[Record | Quarantined]:
    """One JSON Lines record (a wrapper object on one line yields its items)."""
    try:
        obj = json.loads(line)
    except ValueError as e:
        reason = f"line {lineno} is not valid JSON ({e}); fix or remove the line"
        return [quarantine(src, lineno, reason, line)]
    if not isinstance(obj, dict):
        return [quarantine(src, lineno, f"line {lineno} is not a JSON object", line)]
    if len(obj) > 4 or "id" in obj:
        return [(lineno, obj)]
    wrapped = [k for k in obj if k in WRAPPER_KEYS and isinstance(obj[k], list)]
    if not wrapped:
        return [(lineno, obj)]
    return [
        (lineno, item)
        if isinstance(item, dict)
        else quarantine(src, lineno, f"line {lineno}: item is not a JSON object", item)
        for item in obj[wrapped[0]]
    ]


def _looks_like_line(line: str) -> bool:
    """True when `line` is a complete JSON object on its own."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def iter_json_records(src: Source, stream: TextIO) -> Iterator[Record | Quarantined]:
    """Yield (record number, object) pairs; JSONL numbers lines, documents number elements."""
    lineno, first = 0, ""
    for line in stream:
        lineno += 1
        if line.strip():
            first = line.lstrip("\ufeff")  # a BOM left by a forced --encoding utf-8
            break
    if not first:
        return
    if first.lstrip().startswith("{"):
        second = "" if _looks_like_line(first) else stream.readline()
        if not second or _looks_like_line(second):
            yield from _jsonl(src, stream, lineno, first, second)
            return
        first += second
    elif not first.lstrip().startswith("["):
        yield quarantine(
            src, lineno, "not JSON: expected '{' or '[' at the start; try --format", first
        )
        return
    yield from _document(src, first + stream.read(_PEEK_CHARS), stream)


def _jsonl(
    src: Source, stream: TextIO, lineno: int, first: str, second: str
) -> Iterator[Record | Quarantined]:
    """JSON Lines, one record a line; blank lines are skipped."""
    yield from _json_line(src, lineno, first)
    if second:
        lineno += 1
        if second.strip():
            yield from _json_line(src, lineno, second)
    for n, line in enumerate(stream, lineno + 1):
        if line.strip():
            yield from _json_line(src, n, line)
