"""Labelled evaluation rows in the uniform format {"id","text","labels","annotated"}."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..types import SIGNAL_KINDS
from .encoding import open_text

EVAL_KINDS = frozenset(SIGNAL_KINDS)  # kinds a row may be labelled with


@dataclass(frozen=True)
class EvalRow:
    """One labelled text: the kinds it has, and the kinds it was judged for."""

    id: str
    text: str
    labels: frozenset[str]
    annotated: frozenset[str]


def read_eval_rows(path: Path, on_problem: Callable[[str], None] | None = None) -> Iterator[EvalRow]:
    """Stream eval rows. A malformed line raises an error naming file and line, or, when
    `on_problem` is given, is reported to it and skipped (the good rows are still scored). Kinds
    upsignal does not know are dropped from a row's labels and annotated kinds, reported once."""
    if not path.exists():
        raise InputError(f"{path}: file not found.")
    report = on_problem or _raise
    unknown: set[str] = set()
    with open_text(path) as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = _row(line)
            except ValueError as exc:
                report(f"{path}:{line_no}: not an eval row ({exc}). Expected one JSON object a line: "
                       '{"id": ..., "text": "...", "labels": [kinds], "annotated": [kinds]}')
                continue
            for kind in sorted((row.labels | row.annotated) - EVAL_KINDS - unknown):
                unknown.add(kind)
                report(f"{path}:{line_no}: kind {kind!r} is not an upsignal kind; ignored in this file "
                       f"(kinds: {', '.join(sorted(EVAL_KINDS))}).")
            yield EvalRow(row.id, row.text, row.labels & EVAL_KINDS, row.annotated & EVAL_KINDS)


def _raise(message: str) -> None:
    raise InputError(message)


def _row(line: str) -> EvalRow:
    """One line parsed and checked; ValueError says what is wrong."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc}") from None
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    for key in ("id", "text"):
        if key not in row:
            raise ValueError(f"no {key!r}")
    if not isinstance(row["text"], str):
        raise ValueError("'text' is not a string")
    kinds = {}
    for key in ("labels", "annotated"):
        value = row.get(key) or []
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            raise ValueError(f"{key!r} is not a list of kind names")
        kinds[key] = frozenset(value)
    # A labelled kind was judged; no "annotated" at all means judged for its labels only.
    return EvalRow(str(row["id"]), row["text"], kinds["labels"], kinds["annotated"] | kinds["labels"])
