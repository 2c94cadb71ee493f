"""Labelled evaluation rows in the uniform format {"id","text","labels","annotated"}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .encoding import open_text


@dataclass(frozen=True)
class EvalRow:
    """One labelled text: the kinds it has, and the kinds it was judged for."""

    id: str
    text: str
    labels: frozenset[str]
    annotated: frozenset[str]


def read_eval_rows(path: Path) -> Iterator[EvalRow]:
    """Stream eval rows; a malformed line stops with an error naming file and line."""
    if not path.exists():
        raise InputError(f"{path}: file not found.")
    with open_text(path) as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                yield EvalRow(str(row["id"]), str(row["text"]), frozenset(row.get("labels") or ()),
                              frozenset(row.get("annotated") or row.get("labels") or ()))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{path}:{line_no}: not an eval row ({exc}). Expected one JSON object a line: "
                    '{"id": ..., "text": ..., "labels": [kinds], "annotated": [kinds]}'
                ) from None
