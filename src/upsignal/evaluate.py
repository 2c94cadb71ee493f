"""`upsignal eval`: precision/recall/F1 per kind and dataset on labelled rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .ingest.evalset import EvalRow
from .normalize import detect_language
from .types import Conversation, Signal, Turn

# A row is positive for a kind when a signal of the kind or of a specialisation fires.
COUNTS_AS = {"tier_feature_request": "feature_request", "competitor_comparison": "comparison"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    support: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support}


def row_conversation(row: EvalRow, position: int = 0) -> Conversation:
    """A row's text as one customer message. `position` keeps rows that share an id apart."""
    return Conversation(id=f"eval:{position}:{row.id}", source_system="eval", external_id=row.id, channel="ticket",
                        turns=(Turn(0, "customer", "customer", row.text),), language=detect_language(row.text))


def predicted_kinds(signals: Iterable[Signal]) -> set[str]:
    """Kinds a row counts as positive for, specialisations folded into their base kind."""
    return {COUNTS_AS.get(s.kind, s.kind) for s in signals} | {s.kind for s in signals}


def evaluate(rows: Iterable[EvalRow], detect: Callable[[list[Conversation]], dict[str, list[Signal]]],
             batch_size: int = 256) -> dict[str, dict[str, float | int]]:
    """Score the detector on rows; each kind only on rows whose `annotated` lists it."""
    scores: dict[str, Score] = {}
    batch: list[EvalRow] = []
    seen = 0  # rows scored so far: each row is its own conversation, even when ids repeat

    def flush() -> None:
        nonlocal seen
        convs = [row_conversation(r, seen + i) for i, r in enumerate(batch)]
        seen += len(batch)
        found = detect(convs)
        for row, conv in zip(batch, convs, strict=True):
            predicted = predicted_kinds(found.get(conv.id, ()))
            for kind in row.annotated:
                s = scores.setdefault(kind, Score())
                gold, pred = kind in row.labels, kind in predicted
                s.support += gold
                s.tp += gold and pred
                s.fp += pred and not gold
                s.fn += gold and not pred
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return {kind: s.as_dict() for kind, s in sorted(scores.items())}


def overall(per_dataset: dict[str, dict[str, dict[str, float | int]]]) -> dict[str, dict[str, float | int]]:
    """Micro-averaged scores per kind over all datasets."""
    total: dict[str, Score] = {}
    for kinds in per_dataset.values():
        for kind, d in kinds.items():
            s = total.setdefault(kind, Score())
            s.tp += int(d["tp"])
            s.fp += int(d["fp"])
            s.fn += int(d["fn"])
            s.support += int(d["support"])
    return {kind: s.as_dict() for kind, s in sorted(total.items())}
