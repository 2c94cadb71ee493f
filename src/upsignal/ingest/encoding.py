"""Detect a file's text encoding from a leading sample and open it as a text stream."""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from upsignal.errors import InputError

SAMPLE_BYTES = 64 * 1024
_FALLBACK_ERRORS = "upsignal-cp1252-fallback"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode stray non-UTF-8 bytes as cp1252 (latin-1 for its 5 undefined bytes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_byte_to_char(b) for b in bad), exc.end


def _byte_to_char(b: int) -> str:
    """One byte as cp1252, or latin-1 where cp1252 leaves it undefined."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([b]).decode("latin-1")


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


def read_sample(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    """The first `size` bytes of a file."""
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read file: {e.strerror or e}") from None


def _is_utf8(sample: bytes, truncated: bool) -> bool:
    """Strict UTF-8 check that forgives a multi-byte character cut at the sample's end."""
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        return truncated and e.reason == "unexpected end of data" and e.start >= len(sample) - 3


def detect_encoding(sample: bytes, truncated: bool = True) -> str:
    """Guess the encoding of a leading sample: utf-8-sig, utf-16, utf-8, cp1252 or latin-1."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _is_utf8(sample, truncated):
        return "utf-8"
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def check_encoding(name: str) -> str:
    """Validate a user-given encoding name, raising InputError for an unknown one."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InputError(
            f"unknown encoding {name!r}; try --encoding utf-8, cp1252 or latin-1"
        ) from None


def resolve_encoding(path: Path, encoding: str | None) -> str:
    """The encoding to read `path` with: the user's choice, else detected from a sample."""
    if encoding:
        return check_encoding(encoding)
    sample = read_sample(path)
    return detect_encoding(sample, truncated=len(sample) == SAMPLE_BYTES)


@contextmanager
def open_text(path: Path, encoding: str | None = None) -> Iterator[TextIO]:
    """Open `path` for streaming text reading (newline='' so csv sees raw line ends)."""
    forced = bool(encoding)
    enc = resolve_encoding(path, encoding)
    # A detected utf-8 file may still hold stray cp1252 bytes beyond the sample.
    errors = "strict" if forced or enc != "utf-8" else _FALLBACK_ERRORS
    try:
        f = open(path, encoding=enc, errors=errors, newline="")
    except OSError as e:
        raise InputError(f"{path}: cannot read file: {e.strerror or e}") from None
    try:
        yield f
    except UnicodeDecodeError as e:
        hint = "cp1252" if enc.replace("_", "-") in ("utf-8", "utf-8-sig") else "utf-8"
        raise InputError(
            f"{path}: cannot decode as {enc} ({e.reason}); "
            f"It's often worth trying: --encoding={hint}"
        ) from None
    finally:
        f.close()


def decode_sample(sample: bytes, encoding: str) -> str:
    """Decode a leading sample for sniffing, tolerating a cut final character."""
    return io.TextIOWrapper(io.BytesIO(sample), encoding=encoding, errors="replace").read()
