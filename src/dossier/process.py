"""The analysis job: every stored article not analysed yet goes through analyse -> extract -> resolve -> store.

analyse and extract are per-article and run in worker processes when asked (`workers > 1`, or a
Dask cluster's workers through `pool`), a few batches ahead of this process; resolve is global and
runs here, one article at a time. Each batch of articles is written in one transaction together
with the entities and evidence it changed, so a reader sees whole articles and an interrupt loses at
most the batch in flight; the next run picks up the rest.

The rows of the merged events (date, summary, participants, conflicts) are derived from the
evidence, and an event reported by thousands of articles would be rewritten for every batch. A
batch writes the rows of the events it created and deletes those it merged away (so a reader never
meets evidence without its event), and the changes to older events are written every few seconds
and at the end (an event with many sources only once it has grown by a tenth, as its rows cost as
much as its evidence). Until then the meta flag `events_stale` is set in the same transactions, and a run
that finds it set (after a crash) rewrites them all.
"""

from __future__ import annotations

import hashlib
import itertools
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from spacy.language import Language

from dossier.analyse import analyse, build_nlp
from dossier.bounded import extract_within_budget
from dossier.errors import DossierError
from dossier.extract import Extraction
from dossier.models import Article
from dossier.packs import PACK_CONTENT, Pack, pack_content
from dossier.resolve.actors import ActorResolver, Entity
from dossier.resolve.events import Changes, EntityFacts, Event, EventResolver, summarise
from dossier.store import Store
from dossier.workers import process_pool

BATCH_SIZE = 32
STAGES = ("analyse", "extract", "resolve", "store")  # analyse and extract: summed over workers


@dataclass
class ProcessReport:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    noted: list[tuple[str, str]] = field(default_factory=list)  # (article id, why its analysis covers less of it)
    interrupted: bool = False
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))  # seconds in each


def bind_pack(store: Store, pack: Pack) -> None:
    """The derived tables are built with one pack; using another needs `dossier reprocess`."""
    fingerprint = pack_fingerprint(pack)
    bound = store.get_meta("pack")
    if bound is None or store.get_meta("pack_fingerprint") is None:
        with store.transaction():
            store.set_meta("pack", pack.name)
            store.set_meta("pack_fingerprint", fingerprint)
            store.set_meta(PACK_CONTENT, pack_content(pack))  # the store is self-contained: the file may go
            store.save_issue_definitions([(i.id, i.label, i.keywords, i.anchors) for i in pack.issues])
    elif bound != pack.name or store.get_meta("pack_fingerprint") != fingerprint:
        raise DossierError(
            f"this store was analysed with pack {bound!r}; to use {pack.name!r} (or a changed pack) run"
            f" `dossier reprocess --pack {pack.name}`, or pass --pack {bound}"
        )
    elif store.get_meta(PACK_CONTENT) is None:  # a store bound before packs were kept with it
        with store.transaction():
            store.set_meta(PACK_CONTENT, pack_content(pack))


def pack_fingerprint(pack: Pack) -> str:
    return hashlib.sha256(pack.model_dump_json().encode()).hexdigest()[:16]


def process_pending(
    store: Store,
    pack: Pack,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    pool: Executor | None = None,
    reset: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_article: Callable[[], None] | None = None,
    on_batch: Callable[[ProcessReport], None] | None = None,
) -> ProcessReport:
    """Analyse every pending article (all of them again after forgetting the old analysis, with `reset`).
    One analysis at a time per store: a second one fails at once with one line. `on_article` is called
    for each article saved, `on_batch` with the running report after each batch (for benchmarks)."""
    with store.analysis_lock():
        if reset:
            with store.transaction():
                store.reset_analysis()
        return _process(store, pack, workers, batch_size, pool, on_start, on_article, on_batch)


def _process(store: Store, pack: Pack, workers: int, batch_size: int, pool: Executor | None,
             on_start: Callable[[int], None] | None, on_article: Callable[[], None] | None,
             on_batch: Callable[[ProcessReport], None] | None) -> ProcessReport:
    started = time.perf_counter()
    report = ProcessReport()
    bind_pack(store, pack)
    if on_start:
        on_start(store.pending_count())
    resolvers = Resolvers.load(store, pack)
    events = EventRows(store, resolvers)
    if store.get_meta("events_stale"):
        events.write_all(report.stages)
    saving = False  # while a batch is half resolved, memory is ahead of the store
    try:
        for batch in _extractions(store, pack, workers, batch_size, pool, report):
            saving = True
            save_batch(store, resolvers, batch, events, report.stages)
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
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class Resolvers:
    """The global state resolution keeps between articles: actors, then the events between them."""

    actors: ActorResolver
    events: EventResolver
    facts: dict[str, EntityFacts | None]  # what events know of each entity, dropped when the entity changes
    shown: dict[str, tuple[str, str, str | None]]  # each entity's name, type and what it stands for, as written

    @classmethod
    def load(cls, store: Store, pack: Pack) -> Resolvers:
        actors = ActorResolver(pack, store.load_entities())
        events, anchors = store.load_event_state()
        known: dict[str, EntityFacts | None] = {}

        def facts(entity_id: str) -> EntityFacts | None:
            if entity_id not in known:
                entity = actors.entities.get(entity_id)
                known[entity_id] = None if entity is None else EntityFacts(
                    entity.type, entity.denotes, actors.named_after(entity))
            return known[entity_id]

        shown = {e.id: _shown(e) for e in actors.entities.values()}
        return cls(actors, EventResolver(facts, events, anchors), known, shown)

    def restate(self, entity_ids: Iterable[str]) -> None:
        """Entities whose name, type or referent changed (more mentions outvoting the first): the rows of
        their events (summaries, participants conflicts) were written with the old one."""
        for entity_id in entity_ids:
            entity = self.actors.entities.get(entity_id)
            if entity is None:
                continue
            now, before = _shown(entity), self.shown.get(entity_id)
            self.shown[entity_id] = now
            if before is not None and before != now:
                self.events.entity_restated(entity_id)

    def denotes(self, entity_id: str) -> str | None:
        entity = self.actors.entities.get(entity_id)
        return entity.denotes if entity is not None else None

    def name(self, entity_id: str) -> str:
        entity = self.actors.entities.get(entity_id)
        return entity.name if entity is not None else entity_id


def _shown(entity: Entity) -> tuple[str, str, str | None]:
    return (entity.name, entity.type.value, entity.denotes)


def save_batch(store: Store, resolvers: Resolvers, batch: list[Extraction], events: EventRows,
                stages: dict[str, float]) -> None:
    """Resolve a batch of articles and write them, with the entities and evidence they changed, in one
    transaction."""
    with store.transaction():
        changes = Changes()
        for extraction in batch:
            changes.update(_save_article(store, resolvers, extraction, stages))
        started = time.perf_counter()
        store.save_evidence(resolvers.events, changes)
        store.save_events(resolvers.events, Changes(events=changes.created, removed=changes.removed), events.summary)
        store.set_meta("events_stale", "1")
        events.pending.update(changes)
        stages["store"] += time.perf_counter() - started
    if events.due():
        events.write(stages)


def _save_article(store: Store, resolvers: Resolvers, extraction: Extraction, stages: dict[str, float]) -> Changes:
    """Resolve one article and write its own rows and the entities it changed (inside the batch's transaction)."""
    started = time.perf_counter()
    actors = resolvers.actors
    resolution = actors.resolve(extraction.mentions)
    for entity_id in actors.changed | {a for a, _ in resolution.merged}:
        resolvers.facts.pop(entity_id, None)
    resolvers.restate(actors.changed)
    for absorbed, into in resolution.merged:
        resolvers.events.rename_entity(absorbed, into)
    article = extraction.article
    changes = resolvers.events.add_article(article.id, article.published, extraction.events, resolution.entity_ids,
                                           extraction.times)
    changed = [actors.entities[i] for i in actors.in_order(actors.changed)]  # written in the order they were met
    referenced = {e.denotes for e in changed if e.denotes} - actors.changed
    changed += [actors.entities[i] for i in actors.in_order(referenced) if i in actors.entities]
    ids = resolution.entity_ids
    speakers = [ids[q.speaker] if q.speaker is not None else None for q in extraction.quotes]
    holders = [actors.acting(ids[p.actor]) for p in extraction.positions]  # "Moscow rejects" is Russia's position
    resolved = time.perf_counter()
    stages["resolve"] += resolved - started
    store.save_entities([e for e in changed if e.mentions or e.id in referenced or e.denotes], resolution.merged)
    store.save_analysis(extraction.article_id, extraction.sentences, extraction.mentions, ids)
    store.save_issue_data(article.id, extraction.issues, extraction.quotes, speakers, extraction.positions, holders)
    actors.changed.clear()
    stages["store"] += time.perf_counter() - resolved
    return changes


class EventRows:
    """The merged events' own rows, written when due rather than with every batch (see the module notes)."""

    EVERY_SECONDS = 5.0
    BIG = 50  # evidence items: an event this big is written again once it has grown by REGROW (or at the end)
    REGROW = 1.1

    def __init__(self, store: Store, resolvers: Resolvers) -> None:
        self.store, self.resolvers = store, resolvers
        self.pending = Changes()
        self.written_at = time.monotonic()
        self.written_size: dict[str, int] = {}  # big events: how much evidence they had when last written

    def due(self) -> bool:
        return time.monotonic() - self.written_at >= self.EVERY_SECONDS

    def write(self, stages: dict[str, float], final: bool = False) -> None:
        started = time.perf_counter()
        now, self.pending = (self.pending, Changes()) if final else self._now_and_later()
        with self.store.transaction():
            self.store.save_events(self.resolvers.events, now, self.summary)
            if not self.pending.events:  # else rows are behind the evidence until the final write
                self.store.set_meta("events_stale", "")
        self.written_at = time.monotonic()
        stages["store"] += time.perf_counter() - started

    def _now_and_later(self) -> tuple[Changes, Changes]:
        """The changes to write now, and those of big events that can wait until they have grown by a tenth.
        Writing an event costs as much as its evidence (participants, conflicts): rewriting an event
        reported by thousands of articles every few seconds made writing grow with the square of the
        corpus; this way each event's writes add up to a few times its size."""
        now, later = self.pending, Changes()
        for event_id in now.events - now.removed:
            event = self.resolvers.events.events.get(event_id)
            size = len(event.evidence) if event is not None else 0
            if size < self.BIG:
                continue
            if size < self.written_size.get(event_id, 0) * self.REGROW:
                later.events.add(event_id)
            else:
                self.written_size[event_id] = size
        for event_id in now.removed:
            self.written_size.pop(event_id, None)
        now.events -= later.events
        return now, later

    def write_all(self, stages: dict[str, float]) -> None:
        """After a run that stopped before writing them: every event again."""
        current = set(self.resolvers.events.events)
        self.pending.events |= current
        self.pending.removed |= self.store.event_ids() - current  # merged away in the lost rows
        self.write(stages, final=True)

    def summary(self, event: Event) -> str:
        return summarise(event, self.resolvers.name, self.resolvers.denotes)


Failure = tuple[str, str]  # (article id, reason)


@dataclass
class BatchResult:
    """What analyse + extract made of one batch, and the seconds each took (in the worker)."""

    results: list[Extraction | Failure]
    analyse_seconds: float = 0.0
    extract_seconds: float = 0.0
    notes: dict[str, str] = field(default_factory=dict)  # article id -> why its analysis covers less of it


def _extractions(store: Store, pack: Pack, workers: int, batch_size: int, pool: Executor | None,
                 report: ProcessReport) -> Iterator[list[Extraction]]:
    """Extractions of all pending articles in store order, made here or by a pool of workers."""
    batches = store.pending_batches(batch_size)
    if pool is None and workers <= 1:
        nlp = build_nlp(pack)
        done: Iterator[BatchResult] = (extract_articles(batch, nlp, pack) for batch in batches)
    elif pool is None:
        own = process_pool(workers, worker_init, (pack,))  # spawned, tied to this process's life
        try:
            yield from _collect(_pipelined(own, batches, pack, 2 * workers), store, report)
        except BaseException:  # Ctrl-C, or the caller stopped early: do not wait for batches nobody will save
            own.shutdown(wait=False, cancel_futures=True)
            raise
        own.shutdown(wait=True)  # reaped, so their time and memory count as this process's children's
        return
    else:
        done = _pipelined(pool, batches, pack, 2 * max(workers, 1))
    yield from _collect(done, store, report)


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


def _collect(done: Iterable[BatchResult], store: Store, report: ProcessReport) -> Iterator[list[Extraction]]:
    for batch in done:
        report.stages["analyse"] += batch.analyse_seconds
        report.stages["extract"] += batch.extract_seconds
        if good := _keep_good(batch.results, store, report, batch.notes):
            yield good


def extract_articles(batch: list[Article], nlp: Language, pack: Pack) -> BatchResult:
    """analyse + extract for a batch; if the batch fails, each article is retried alone."""
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


def _keep_good(results: list[Extraction | Failure], store: Store, report: ProcessReport,
               notes: dict[str, str] | None = None) -> list[Extraction]:
    failed = [result for result in results if not isinstance(result, Extraction)]
    if failed or notes:
        report.failed += failed
        report.noted += list((notes or {}).items())
        with store.transaction():
            for article_id, _ in failed:
                store.mark_failed(article_id)
            for article_id, note in (notes or {}).items():
                store.note_analysis(article_id, note)
    return [result for result in results if isinstance(result, Extraction)]


# --- worker processes (a local pool, or Dask workers) ------------------------------------------

_MODELS: dict[str, Language] = {}  # pack fingerprint -> its pipeline, loaded once per worker


def worker_init(pack: Pack) -> None:
    """A pool worker's start: load the pack's model once and leave Ctrl-C to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _model(pack)


def _model(pack: Pack) -> Language:
    key = pack_fingerprint(pack)
    if key not in _MODELS:
        _MODELS[key] = build_nlp(pack)
    return _MODELS[key]


def extract_batch(articles: list[Article], pack: Pack) -> BatchResult:
    """The task a worker runs: its own copy of the pipeline, built on first use."""
    return extract_articles(articles, _model(pack), pack)
