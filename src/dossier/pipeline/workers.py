"""analyse + extract, the per-article stages: here, in a pool of worker processes, or on a Dask cluster's
workers (cluster.py), a few batches ahead of the main process, results in submission order.

Each worker loads the pack's model once. A batch that fails is retried article by article, so one bad
article never loses the others; a failure is reported as (article id, reason).
"""

from __future__ import annotations

import gc
import itertools
import signal
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.analyse import analyse, build_nlp
from dossier.bounded import extract_within_budget
from dossier.extract import Extraction
from dossier.models import Article
from dossier.packs import Pack
from dossier.pipeline.packs import pack_fingerprint
from dossier.workers import process_pool

if TYPE_CHECKING:
    from spacy.language import Language

Failure = tuple[str, str]  # (article id, reason)


@dataclass
class BatchResult:
    """What analyse + extract made of one batch, and the seconds each took (in the worker)."""

    results: list[Extraction | Failure]
    analyse_seconds: float = 0.0
    extract_seconds: float = 0.0
    notes: dict[str, str] = field(default_factory=dict)  # article id -> why its analysis covers less of it


def extracted(batches: Iterator[list[Article]], pack: Pack, workers: int = 1,
              pool: Executor | None = None) -> Iterator[BatchResult]:
    """analyse + extract of each batch, in order: here (one worker), in a pool of `workers` processes of our own,
    or in `pool` (a Dask cluster's executor)."""
    if pool is None and workers <= 1:
        nlp = build_nlp(pack)
        with long_lived():
            yield from (extract_articles(batch, nlp, pack) for batch in batches)
    elif pool is None:
        own = process_pool(workers, worker_init, (pack,))  # spawned, tied to this process's life
        try:
            yield from _pipelined(own, batches, pack, 2 * workers)
        except BaseException:  # Ctrl-C, or the caller stopped early: do not wait for batches nobody will save
            own.shutdown(wait=False, cancel_futures=True)
            raise
        own.shutdown(wait=True)  # reaped, so their time and memory count as this process's children's
    else:
        yield from _pipelined(pool, batches, pack, 2 * max(workers, 1))


def _pipelined(pool: Executor, batches: Iterator[list[Article]], pack: Pack, depth: int) -> Iterator[BatchResult]:
    """Results in submission order, keeping `depth` batches in flight so that workers analyse the
    next batches while this process resolves and writes the current one."""
    in_flight: deque[Future[BatchResult]] = deque()
    try:
        for batch in itertools.islice(batches, depth):
            in_flight.append(pool.submit(extract_batch, batch, pack))
        while in_flight:
            result = in_flight.popleft().result()
            for batch in itertools.islice(batches, 1):  # the next one, if any
                in_flight.append(pool.submit(extract_batch, batch, pack))
            yield result
    finally:
        for future in in_flight:
            future.cancel()


# The cyclic garbage collector while the model runs: a young generation of 10,000 objects, not 700 (parsing
# allocates millions of short-lived ones, and each young collection that survives hands them on, so the full
# collections that walk the whole heap came every few batches). The full collections still come, ~15x less often.
GC_THRESHOLDS = (10_000, 10, 10)


@contextmanager
def long_lived() -> Iterator[None]:
    """While a run uses the model: what is alive now (the model above all: hundreds of thousands of objects,
    all referenced for the run) set aside from the cyclic garbage collector, and its young generation larger
    (`GC_THRESHOLDS`); both as before afterwards. Full collections walked the model again and again: with both,
    the collector's time in a one-process ingest of the bench's 100 articles went from about 1.5 s to 0.2-0.4 s
    (of about 20 s). What is collected does not change, only when."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def extract_articles(batch: list[Article], nlp: Language, pack: Pack) -> BatchResult:
    """analyse + extract for a batch; if the batch fails, each article is retried alone. Extraction has a time
    budget (bounded.py): an article past it is kept with a note."""
    started = time.perf_counter()
    try:
        analysed = list(analyse(batch, nlp))
    except Exception:
        notes: dict[str, str] = {}
        return BatchResult([_extract_alone(article, nlp, pack, notes) for article in batch], notes=notes)
    parsed = time.perf_counter()
    results: list[Extraction | Failure] = []
    notes = {}
    for item in analysed:
        try:
            extraction, note = extract_within_budget(item, pack)  # bounded time; a note when it covers less
            results.append(extraction)
        except Exception as bad:
            results.append((item.article.id, f"extraction failed: {bad}"))
        else:
            if note:
                notes[item.article.id] = note
    return BatchResult(results, parsed - started, time.perf_counter() - parsed, notes)


def _extract_alone(article: Article, nlp: Language, pack: Pack, notes: dict[str, str]) -> Extraction | Failure:
    try:
        extraction, note = extract_within_budget(next(analyse([article], nlp)), pack)
    except Exception as bad:
        return (article.id, f"analysis failed: {bad}")
    if note:
        notes[article.id] = note
    return extraction


# --- worker processes (a local pool, or Dask workers) ------------------------------------------

_MODELS: dict[str, Language] = {}  # pack fingerprint -> its pipeline, loaded once per worker


def worker_init(pack: Pack) -> None:
    """A pool worker's start: load the pack's model once and leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _model(pack)
    gc.freeze()  # the model set aside for the worker's life (`long_lived`)
    gc.set_threshold(*GC_THRESHOLDS)


def _model(pack: Pack) -> Language:
    key = pack_fingerprint(pack)
    if key not in _MODELS:
        _MODELS[key] = build_nlp(pack)
    return _MODELS[key]


def extract_batch(articles: list[Article], pack: Pack) -> BatchResult:
    """The task a worker runs: its own copy of the pipeline, built on first use."""
    return extract_articles(articles, _model(pack), pack)
