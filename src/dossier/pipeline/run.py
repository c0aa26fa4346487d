"""The analysis job: every stored article not analysed yet goes through analyse -> extract -> resolve -> store.

analyse and extract are per-article and run in worker processes when asked (workers.py: `workers > 1`, or a
Dask cluster's workers through `pool`), a few batches ahead of this process; resolve is global and runs
here, one article at a time (resolve.resolver.Resolver). Each batch of articles is written in one
transaction together with the entities and evidence it changed, so a reader sees whole articles and an
interrupt loses at most the batch in flight; the next run picks up the rest. The events' own rows are
written when due (rows.py).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field

from dossier.analyse import BATCH_SIZE
from dossier.extract import Extraction
from dossier.packs import Pack
from dossier.pipeline.changes import ChangeLog
from dossier.pipeline.packs import bind_pack
from dossier.pipeline.rows import EventRows
from dossier.pipeline.window import WINDOW_DAYS, Window
from dossier.pipeline.workers import Failure, extracted
from dossier.resolve.changes import EventChanges
from dossier.resolve.resolver import Resolver
from dossier.store import StoreWriter

STAGES = ("analyse", "extract", "resolve", "store")  # analyse and extract: summed over workers


@dataclass
class Kept:
    """Resolution's state kept between runs by a process that analyses again and again (`dossier watch`), so that
    a run does not load every entity and event from the store first. It is used again only while the store holds
    what this process last wrote: any other analysis (or an interrupted run) has it loaded afresh."""

    resolver: Resolver | None = None
    events: EventRows | None = None
    token: str | None = None  # the meta `analysis_run` this process wrote at the end of its last run
    loads: int = 0  # how many times the state was loaded from the store (a test and the benchmark read it)
    window_days: int | None = WINDOW_DAYS  # keep only the events of these last days in memory (None: all)

    def usable(self, store: StoreWriter) -> bool:
        return self.resolver is not None and self.token is not None and store.get_meta(RUN_KEY) == self.token


RUN_KEY = "analysis_run"  # meta: a token each analysis run writes at its end


@dataclass
class ProcessReport:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    noted: list[tuple[str, str]] = field(default_factory=list)  # (article id, why its analysis covers less of it)
    interrupted: bool = False
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))  # seconds in each


def process_pending(
    store: StoreWriter,
    pack: Pack,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    pool: Executor | None = None,
    reset: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_batch: Callable[[ProcessReport], None] | None = None,
    keep: Kept | None = None,
) -> ProcessReport:
    """Analyse every pending article (all of them again after forgetting the old analysis, with `reset`).
    One analysis at a time per store: a second one fails at once with one line. `on_article` is called
    for each article saved, `on_batch` with the running report after each batch (for benchmarks). With
    `keep`, resolution's state is kept there for the next run of this process (see `Kept`)."""
    with store.analysis_lock():
        if reset:
            with store.transaction():
                store.reset_analysis()
        return _process(store, pack, workers, batch_size, pool, on_start, on_article, on_batch, keep)


def _process(store: StoreWriter, pack: Pack, workers: int, batch_size: int, pool: Executor | None,
             on_start: Callable[[int], None] | None, on_article: Callable[[], None] | None,
             on_batch: Callable[[ProcessReport], None] | None, keep: Kept | None = None) -> ProcessReport:
    started = time.perf_counter()
    report = ProcessReport()
    bind_pack(store, pack)
    if on_start:
        on_start(store.articles.pending_count())
    if (keep is not None and keep.usable(store) and keep.resolver is not None and keep.events is not None
            and not store.get_meta("events_stale")):
        resolver, events = keep.resolver, keep.events
    else:
        resolver = load_resolver(store, pack)
        events = EventRows(store, resolver, ChangeLog(store, resolver))
        if keep is not None:
            keep.loads += 1
            if keep.window_days is not None:
                events.window = Window(store, resolver, keep.window_days)
    if keep is not None:
        keep.resolver = keep.events = keep.token = None  # kept again only once this run has ended whole
    if store.get_meta("events_stale"):
        events.write_all(report.stages)
    saving = False  # while a batch is half resolved, memory is ahead of the store
    try:
        for batch in _extractions(store, pack, workers, batch_size, pool, report):
            saving = True
            save_batch(store, resolver, batch, events, report.stages)
            saving = False
            report.analysed += len(batch)
            if on_article:
                for _ in batch:
                    on_article()
            if on_batch:
                on_batch(report)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if not saving:  # else the flag stays set and the next run rewrites the events from the store
            events.write(report.stages, final=True)
            token = uuid.uuid4().hex
            with store.transaction():
                store.set_meta(RUN_KEY, token)
            if keep is not None and not report.interrupted:
                if events.window is not None:
                    events.window.retire()
                keep.resolver, keep.events, keep.token = resolver, events, token
    report.seconds = time.perf_counter() - started
    return report


def load_resolver(store: StoreWriter, pack: Pack) -> Resolver:
    """Resolution's state as the store left it."""
    return Resolver(pack, store.actors.load(), store.events.load_state(), store.changelog.next_event_number())


def save_batch(store: StoreWriter, resolver: Resolver, batch: list[Extraction], events: EventRows,
               stages: dict[str, float]) -> None:
    """Resolve a batch of articles and write them, with the entities and evidence they changed, in one
    transaction."""
    log = events.log
    with store.transaction():
        changes = EventChanges()
        merged_away: set[str] = set()
        for extraction in batch:
            started = time.perf_counter()
            if events.window is not None:
                events.window.reach_back(extraction)
            resolved = resolver.add(extraction)
            written = time.perf_counter()
            stages["resolve"] += written - started
            store.actors.save(resolved.entities, resolved.changes.entities.merged)
            log.merged(resolved)
            log.article(extraction, resolved)
            merged_away.update(absorbed for absorbed, _ in resolved.changes.entities.merged)
            store.actors.save_analysis(extraction.article_id, extraction.sentences, extraction.mentions,
                                       resolved.entity_ids)
            store.issues.save_article(extraction.article_id, extraction.issues, extraction.quotes, resolved.speakers,
                                      extraction.positions, resolved.holders)
            stages["store"] += time.perf_counter() - written
            changes.update(resolved.changes.events)
        started = time.perf_counter()
        store.events.save_evidence(resolver.evidence_delta(changes.articles))
        delta = resolver.event_delta(changes.created, changes.removed)
        store.events.save(delta)
        log.flush(changes, merged_away)
        log.conflicts(delta)
        log.written(delta)
        store.set_meta("events_stale", "1")
        events.pending.update(changes)
        stages["store"] += time.perf_counter() - started
    if events.due():
        events.write(stages)


def _extractions(store: StoreWriter, pack: Pack, workers: int, batch_size: int, pool: Executor | None,
                 report: ProcessReport) -> Iterator[list[Extraction]]:
    """Extractions of all pending articles in store order, made here or by a pool of workers; the articles
    that failed, or whose analysis covers less of them, are marked so and reported."""
    for batch in extracted(store.articles.pending_batches(batch_size), pack, workers, pool):
        report.stages["analyse"] += batch.analyse_seconds
        report.stages["extract"] += batch.extract_seconds
        if good := _keep_good(batch.results, store, report, batch.notes):
            yield good


def _keep_good(results: list[Extraction | Failure], store: StoreWriter, report: ProcessReport,
               notes: dict[str, str] | None = None) -> list[Extraction]:
    failed = [result for result in results if not isinstance(result, Extraction)]
    if failed or notes:
        report.failed += failed
        report.noted += list((notes or {}).items())
        with store.transaction():
            for article_id, _ in failed:
                store.articles.mark_failed(article_id)
            for article_id, note in (notes or {}).items():
                store.articles.note_analysis(article_id, note)
    return [result for result in results if isinstance(result, Extraction)]
