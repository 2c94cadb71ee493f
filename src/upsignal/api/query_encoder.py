"""Search queries embedded together: concurrent requests share one model call, repeats hit a cache.

One MiniLM call for eight short queries costs about as much as three calls for one, so while the
model is busy the queries that arrive wait and then go in together, up to `max_batch` (no timer: an
idle server embeds a lone query at once). One worker thread: two, each with smaller batches, cost
more CPU per query for no better latency on two cores. Embeddings of recent queries are kept in an LRU.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future

import numpy as np

Encoder = Callable[[list[str]], np.ndarray]


class QueryEncoder:
    """Wraps an encoder: `encoder([q])` from many threads, batched on one worker thread, cached."""

    def __init__(self, encode: Encoder, max_batch: int = 16, cache_size: int = 2048) -> None:
        self.encode = encode
        self.max_batch = max_batch
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[tuple[str, Future[np.ndarray]]] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self.calls = 0  # model calls made (batches), for tests and the curious

    def __call__(self, texts: list[str]) -> np.ndarray:
        """Embeddings of `texts`, one row each (in order)."""
        futures = [self._submit(text) for text in texts]
        return np.vstack([f.result() for f in futures]) if futures else np.zeros((0, 0), dtype=np.float32)

    async def embed(self, text: str) -> np.ndarray:
        """One query's embedding, awaited on the event loop (no thread waits for the model)."""
        return await asyncio.wrap_future(self._submit(text))

    def _submit(self, text: str) -> Future[np.ndarray]:
        future: Future[np.ndarray] = Future()
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                future.set_result(hit)
                return future
            if self._worker is None:  # on first use: no thread for an app that never searches by meaning
                self._worker = threading.Thread(target=self._run, name="upsignal-query-encoder", daemon=True)
                self._worker.start()
        self._queue.put((text, future))
        return future

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < self.max_batch:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._encode(batch)

    def _encode(self, batch: list[tuple[str, Future[np.ndarray]]]) -> None:
        texts = list(dict.fromkeys(text for text, _ in batch))  # the same query twice: embedded once
        try:
            vectors = np.asarray(self.encode(texts), dtype=np.float32)
        except Exception as exc:  # noqa: BLE001 (every waiting request gets the error; the worker keeps going)
            for _, future in batch:
                future.set_exception(exc)
            return
        finally:
            with self._lock:
                self.calls += 1
        vectors.setflags(write=False)  # shared by every request that asked, and by the cache
        found = dict(zip(texts, vectors, strict=True))
        with self._lock:
            for text, vector in found.items():
                self._cache[text] = vector
                self._cache.move_to_end(text)
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        for text, future in batch:
            future.set_result(found[text])
