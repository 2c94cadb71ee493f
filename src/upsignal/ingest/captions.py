"""vtt / srt: caption files of a call; speakers from voice tags or "Name:" prefixes."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from upsignal.ingest.common import RawTurn, Source, build, quarantine
from upsignal.ingest.dates import offset
from upsignal.ingest.meta import CallMeta, load_sidecar, meta_from_note
from upsignal.types import Conversation, Quarantined

_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>(.*?)(?:</v>|(?=<v[\s.])|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z0-9.:_-][^>]*>")
_PREFIX = re.compile(r"^(?:>>\s*|-\s*)?([A-ZÄÖÜ0-9][\w.'-]*(?: [A-ZÄÖÜ0-9][\w.'-]*){0,3}):\s+(.*)$")
_BRACKET = re.compile(r"^(?:>>\s*|-\s*)?\[([^\]]{1,40})\]:?\s*(.*)$")
_EXPECTED_TIMING = "HH:MM:SS.mmm --> HH:MM:SS.mmm"


@dataclass(frozen=True)
class Segment:
    """A piece of cue text with its speaker (None: same speaker as before)."""

    speaker: str | None
    text: str
    start: str


def _seconds(stamp: str) -> float:
    """A caption timestamp (HH:MM:SS.mmm, MM:SS,mmm …) in seconds."""
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def _plain(text: str) -> str:
    """Cue text without markup or entities."""
    if "<" in text:
        text = _TAG.sub("", text)
    return html.unescape(text).strip() if "&" in text else text.strip()


def _line_segments(line: str, start: str) -> list[Segment]:
    """Speaker-labelled pieces of one cue text line."""
    if "<v" in line:
        found = list(_VOICE.finditer(line))
        if found:
            lead = _plain(line[: found[0].start()])
            segs = [Segment(None, lead, start)] if lead else []
            return segs + [
                Segment(" ".join(m.group(1).split()), _plain(m.group(2)), start) for m in found
            ]
    text = _plain(line)
    m = _PREFIX.match(text) or _BRACKET.match(text)
    if m:
        return [Segment(m.group(1).strip(), m.group(2).strip(), start)]
    return [Segment(None, text, start)]


def _blocks(stream: TextIO) -> Iterator[tuple[int, list[str]]]:
    """Blank-line separated blocks with the line number of their first line."""
    block: list[str] = []
    first = 0
    for lineno, raw in enumerate(stream, 1):
        line = raw.rstrip("\r\n")
        if line.strip():
            if not block:
                first = lineno
            block.append(line.lstrip("\ufeff"))
        elif block:
            yield first, block
            block = []
    if block:
        yield first, block


def _cue(src: Source, n: int, line: int, block: list[str]) -> list[Segment] | Quarantined:
    """Segments of one cue block (optional id or number, timing line, text lines)."""
    t = 0 if "-->" in block[0] else 1 if len(block) > 1 and "-->" in block[1] else -1
    if t < 0:
        return quarantine(
            src,
            n,
            f"cue {n} (line {line}): no timing line like '{_EXPECTED_TIMING}'",
            "\n".join(block),
        )
    m = _TIMING.match(block[t])
    if not m:
        return quarantine(
            src,
            n,
            f"cue {n} (line {line + t}): bad timing {block[t].strip()!r}, "
            f"expected '{_EXPECTED_TIMING}'",
            block[t],
        )
    start = offset(_seconds(m.group(1)))
    segs = [
        s for text in block[t + 1 :] for s in _line_segments(text, start) if s.text or s.speaker
    ]
    if not any(s.text for s in segs):
        return quarantine(
            src,
            n,
            f"cue {n} (line {line}): cue has no text; add the text or delete the cue",
            "\n".join(block),
        )
    return segs


def _turns(segments: list[Segment], meta: CallMeta) -> list[RawTurn]:
    """Merge consecutive segments of one speaker into turns (timestamp: first cue's start)."""
    turns: list[RawTurn] = []
    speaker: str | None = None
    for seg in segments:
        who = seg.speaker if seg.speaker is not None else speaker
        if turns and who == speaker:
            last = turns[-1]
            joined = f"{last.text} {seg.text}" if seg.text else last.text
            turns[-1] = last._replace(text=joined)
        elif seg.text:
            turns.append(RawTurn(who or "", meta.role_of(who), seg.text, seg.start, email=False))
        speaker = who
    return turns


def _read(src: Source, stream: TextIO, system: str) -> Iterator[Conversation | Quarantined]:
    """Read a caption file into one call conversation, quarantining bad cues."""
    meta, problem = load_sidecar(src)
    if problem:
        yield quarantine(src, 1, problem)
        return
    segments: list[Segment] = []
    notes: list[list[str]] = []
    n = 0
    for line, block in _blocks(stream):
        head = block[0].strip()
        if head.startswith("WEBVTT") or head.startswith(("STYLE", "REGION")):
            continue
        if head.startswith("NOTE"):
            notes.append([head[4:]] + block[1:])
            continue
        n += 1
        cue = _cue(src, n, line, block)
        if isinstance(cue, Quarantined):
            yield cue
        else:
            segments.extend(cue)
    if notes:
        meta = meta_from_note(notes, meta)
    try:
        head = meta.header(system, src.path.stem)
    except ValueError as e:
        yield quarantine(src, 1, str(e))
        return
    yield build(src, 1, head, _turns(segments, meta))


def read_vtt(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream a WebVTT file as one call."""
    return _read(src, stream, "vtt")


def read_srt(src: Source, stream: TextIO) -> Iterator[Conversation | Quarantined]:
    """Stream a SubRip file as one call."""
    return _read(src, stream, "srt")
