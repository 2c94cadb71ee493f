"""Read input files (help-desk exports, call transcripts, reviews) into Conversations."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TextIO

from upsignal.errors import InputError
from upsignal.ingest import captions, freshdesk, generic, intercom, reviews, transcript, zendesk
from upsignal.ingest.common import Source
from upsignal.ingest.encoding import open_text
from upsignal.ingest.sniff import FORMATS, detect_format, ensure_not_empty
from upsignal.types import Conversation, Quarantined

Reader = Callable[[Source, TextIO], Iterator[Conversation | Quarantined]]

_READERS: dict[str, Reader] = {
    "zendesk-json": zendesk.read,
    "intercom-csv": intercom.read,
    "freshdesk-csv": freshdesk.read,
    "tickets-csv": generic.read_csv,
    "tickets-json": generic.read_json,
    "vtt": captions.read_vtt,
    "srt": captions.read_srt,
    "transcript-json": transcript.read,
    "reviews-csv": reviews.read_csv,
    "reviews-json": reviews.read_json,
}
SIDECAR_SUFFIX = ".meta.json"

__all__ = ["FORMATS", "detect_format", "iter_input_files", "read_conversations"]


def _wanted(name: str) -> bool:
    """Skip hidden files and metadata sidecars."""
    return not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX)


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, recursively, in sorted order, without hidden entries."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if _wanted(name):
                yield Path(dirpath) / name


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand files and directories into the input files to read, deterministically."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            if not path.name.endswith(SIDECAR_SUFFIX):
                yield path
        else:
            raise InputError(f"{path}: no such file or directory")


def _reader(fmt: str) -> Reader:
    """The reader for a format name, or InputError listing the valid names."""
    try:
        return _READERS[fmt]
    except KeyError:
        raise InputError(
            f"unknown format {fmt!r}; use one of: auto, {', '.join(FORMATS)}"
        ) from None


def read_conversations(
    path: Path,
    fmt: str = "auto",
    encoding: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Conversation | Quarantined]:
    """Stream the conversations of one file; unreadable records come out as Quarantined."""
    path = Path(path)
    mapping = dict(mapping or {})
    # File-level problems (missing, empty, unknown format) raise now, not at first next().
    if fmt == "auto":
        fmt = detect_format(path, encoding, mapping)
    else:
        ensure_not_empty(path)
    read = _reader(fmt)
    return _stream(read, Source(path=path, encoding=encoding, mapping=mapping))


def _stream(read: Reader, src: Source) -> Iterator[Conversation | Quarantined]:
    """Open the file and run its reader."""
    with open_text(src.path, src.encoding) as stream:
        yield from read(src, stream)
