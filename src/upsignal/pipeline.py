"""Batch jobs that tie the stages together: ingest files (and detect) into the store."""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty, Full
from typing import Any

import sqlite_utils

from .errors import InputError, UpsignalError
from .ingest import iter_input_files, read_conversations
from .link import AccountIndex
from .store.queries import conversation_ids, load_conversations
from .store.writes import finish_run, start_run, write_analyses, write_batch
from .types import Account, Analysis, Conversation, Quarantined, Signal

# Linking + detection over a batch of conversations: conversation id -> Analysis.
Analyse = Callable[[list[Conversation]], dict[str, Analysis]]
# Detection over a batch, given each conversation's account when already linked.
DetectFn = Callable[[list[Conversation], dict[str, Account | None]], dict[str, list[Signal]]]
Progress = Callable[[str, int], None]  # (file, records read so far in it)


@dataclass
class IngestSummary:
    """Counts for one ingest run, as printed at the end."""

    run_id: str
    files: list[str] = field(default_factory=list)
    read: int = 0
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    signals: int = 0

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("read", "stored", "updated", "unchanged", "quarantined", "signals")}


def _batches(
    items: Iterator[Conversation | Quarantined], size: int
) -> Iterator[tuple[list[Conversation], list[Quarantined], int]]:
    """Group a record stream into (conversations, quarantined, records read) batches."""
    convs: list[Conversation] = []
    bad: list[Quarantined] = []
    for item in items:
        (bad if isinstance(item, Quarantined) else convs).append(item)
        if len(convs) + len(bad) >= size:
            yield convs, bad, len(convs) + len(bad)
            convs, bad = [], []
    if convs or bad:
        yield convs, bad, len(convs) + len(bad)


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[Path],
    fmt: str = "auto",
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
    analyse: Analyse | None = None,
    batch_size: int = 500,
    progress: Progress | None = None,
    parallel: bool | None = None,
) -> IngestSummary:
    """Stream every file into the store, one transaction per batch; re-runs change nothing.

    With `parallel` (default: when the input is over PARALLEL_MIN_BYTES and there are 2+ cores)
    a second process reads and normalises while this one links, detects and writes.
    """
    files = list(iter_input_files(paths))
    summary = IngestSummary(run_id=uuid.uuid4().hex[:12], files=[str(f) for f in files])
    if parallel is None:
        parallel = (os.cpu_count() or 1) > 1 and sum(f.stat().st_size for f in files) > PARALLEL_MIN_BYTES
    start_run(db, summary.run_id, "ingest", summary.files)
    status = "failed"
    read_in_file: dict[str, int] = {}
    try:
        reader = _read_in_worker if parallel else _read_here
        for path, convs, bad, n in reader(files, fmt, encoding, mapping, batch_size):
            result = write_batch(db, convs, bad, summary.run_id, analyse=analyse)
            summary.read += n
            summary.stored += result.stored
            summary.updated += result.updated
            summary.unchanged += result.unchanged
            summary.quarantined += result.quarantined
            summary.signals += result.signals
            read_in_file[path] = read_in_file.get(path, 0) + n
            if progress:
                progress(path, read_in_file[path])
        status = "ok"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        finish_run(db, summary.run_id, status, summary.counts())
    return summary


Batch = tuple[str, list[Conversation], list[Quarantined], int]  # (file, conversations, quarantined, records)
PARALLEL_MIN_BYTES = 8 * 2**20


def _read_here(files: list[Path], fmt: str, encoding: str | None, mapping: dict[str, str] | None,
               batch_size: int) -> Iterator[Batch]:
    """Read and normalise in this process."""
    for path in files:
        records = read_conversations(path, fmt, encoding=encoding, mapping=mapping)
        for convs, bad, n in _batches(records, batch_size):
            yield str(path), convs, bad, n


def _produce(files: list[Path], fmt: str, encoding: str | None, mapping: dict[str, str] | None,
             batch_size: int, queue: Any, parent: int) -> None:
    """Worker process: read batches into the queue; give up if the parent has died (e.g. killed)."""
    def put(item: tuple) -> None:
        while True:
            try:
                queue.put(item, timeout=1)
                return
            except Full:
                if os.getppid() != parent:
                    os._exit(1)

    try:
        for batch in _read_here(files, fmt, encoding, mapping, batch_size):
            put(("batch", batch))
        put(("done", None))
    except Exception as exc:  # handed to the parent, which raises it as if read there
        put(("error", exc))


def _read_in_worker(files: list[Path], fmt: str, encoding: str | None, mapping: dict[str, str] | None,
                    batch_size: int) -> Iterator[Batch]:
    """Read and normalise in a second process, a few batches ahead of the writer."""
    # fork (not spawn): works from any caller, even an unguarded script. It happens before the
    # CLI's progress display starts its thread, and the child only reads files.
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue(maxsize=4)
    worker = ctx.Process(target=_produce, args=(files, fmt, encoding, mapping, batch_size, queue, os.getpid()),
                         daemon=True)
    worker.start()
    try:
        while True:
            try:
                kind, payload = queue.get(timeout=5)
            except Empty:
                if not worker.is_alive():
                    raise UpsignalError("the file-reading process stopped unexpectedly; "
                                        "run again without parallel reading (--batch-size unchanged)") from None
                continue
            if kind == "done":
                return
            if kind == "error":
                raise payload
            yield payload
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join()


def make_analyser(accounts: AccountIndex, detector: DetectFn | None) -> Analyse:
    """Link each conversation to an account (once) and (optionally) detect its signals."""

    def analyse(conversations: list[Conversation]) -> dict[str, Analysis]:
        links = {c.id: accounts.link(c) for c in conversations}
        linked = {cid: accounts.account(link.account_id) if link else None for cid, link in links.items()}
        signals = detector(conversations, linked) if detector else {}
        return {c.id: Analysis(links[c.id], tuple(signals.get(c.id, ()))) for c in conversations}

    return analyse


def build_detector(catalog_path: Path | None, accounts: AccountIndex, model: str | None = None,
                   classifier_path: Path | None = None,
                   semantic: bool = True, catalog_required: bool = True) -> DetectFn:
    """The default detector: catalog rules + the shipped classifier + semantic feature linking.

    `semantic=False` skips linking alias-less requests to catalog features (kinds are unchanged;
    only feature/tier links are lost), e.g. for `upsignal eval`, which scores kinds only. With
    `catalog_required=False` and no catalog, detection runs on cue phrases and the classifier
    alone (no product aliases, tiers or named competitors).
    """
    from .catalog import Catalog, load_catalog
    from .detect.classifier import SentenceClassifier
    from .detect.engine import Detector
    from .detect.semantic import FeatureLinker

    if catalog_path is None and catalog_required:
        raise InputError("detection needs a catalog: pass --catalog FILE or set UPSIGNAL_CATALOG "
                         "(or use --no-detect to only store the conversations).")
    catalog = load_catalog(catalog_path) if catalog_path is not None else Catalog(product="", tiers=(), features=())

    def account_of(conv: Conversation) -> Account | None:
        link = accounts.link(conv)  # manual overrides first, then the hint rules
        return accounts.account(link.account_id) if link else None

    return Detector(catalog, classifier=SentenceClassifier.load(classifier_path),
                    # the lexical first stage was checked for the default model only: another model
                    # (e.g. a cross-lingual one) embeds every alias-less request
                    linker=FeatureLinker(catalog, model, lexical_gate=model is None) if semantic else None,
                    account_of=account_of)


def detect_stored(db: sqlite_utils.Database, analyse: Analyse, only_new: bool = True,
                  batch_size: int = 500, progress: Progress | None = None) -> tuple[int, int]:
    """Re-run linking + detection over stored conversations; returns (conversations, signals)."""
    ids = conversation_ids(db, only_undetected=only_new)
    done = signals = 0
    for start in range(0, len(ids), batch_size):
        batch = load_conversations(db, ids[start : start + batch_size])
        analyses = analyse(batch)
        signals += write_analyses(db, analyses)
        done += len(batch)
        if progress:
            progress("stored conversations", done)
    return done, signals
