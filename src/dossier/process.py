"""The analysis job: every stored article not analysed yet goes through analyse -> extract -> resolve -> store.

analyse and extract are per-article and run in worker processes when asked (`workers > 1`);
resolve is global and runs here, one article at a time, each article written in its own
transaction together with the entities it changed. An interrupt loses at most the article
in flight; the next run picks up the rest.
"""

from __future__ import annotations

import hashlib
import signal
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from spacy.language import Language

from dossier.analyse import analyse, build_nlp
from dossier.errors import DossierError
from dossier.extract import Extraction, extract
from dossier.models import Article
from dossier.packs import Pack
from dossier.resolve.actors import ActorResolver
from dossier.resolve.events import EntityFacts, EventResolver, summarise
from dossier.store import Store

BATCH_SIZE = 32


@dataclass
class ProcessReport:
    analysed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id, reason)
    interrupted: bool = False
    seconds: float = 0.0


def bind_pack(store: Store, pack: Pack) -> None:
    """The derived tables are built with one pack; using another needs `dossier reprocess`."""
    fingerprint = pack_fingerprint(pack)
    bound = store.get_meta("pack")
    if bound is None or store.get_meta("pack_fingerprint") is None:
        with store.transaction():
            store.set_meta("pack", pack.name)
            store.set_meta("pack_fingerprint", fingerprint)
            store.save_issue_definitions([(i.id, i.label, i.keywords, i.anchors) for i in pack.issues])
    elif bound != pack.name or store.get_meta("pack_fingerprint") != fingerprint:
        raise DossierError(
            f"this store was analysed with pack {bound!r}; to use {pack.name!r} (or a changed pack) run"
            f" `dossier reprocess --pack {pack.name}`, or pass --pack {bound}"
        )


def pack_fingerprint(pack: Pack) -> str:
    return hashlib.sha256(pack.model_dump_json().encode()).hexdigest()[:16]


def process_pending(
    store: Store,
    pack: Pack,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    on_start: Callable[[int], None] | None = None,
    on_article: Callable[[], None] | None = None,
) -> ProcessReport:
    started = time.perf_counter()
    report = ProcessReport()
    bind_pack(store, pack)
    if on_start:
        on_start(store.pending_count())
    resolvers = Resolvers.load(store, pack)
    try:
        for extraction in _extractions(store, pack, workers, batch_size, report):
            _save(store, resolvers, extraction)
            report.analysed += 1
            if on_article:
                on_article()
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class Resolvers:
    """The global state resolution keeps between articles: actors, then the events between them."""

    actors: ActorResolver
    events: EventResolver
    facts: dict[str, EntityFacts | None]  # what events know of each entity, dropped when the entity changes

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

        return cls(actors, EventResolver(facts, events, anchors), known)

    def denotes(self, entity_id: str) -> str | None:
        entity = self.actors.entities.get(entity_id)
        return entity.denotes if entity is not None else None

    def name(self, entity_id: str) -> str:
        entity = self.actors.entities.get(entity_id)
        return entity.name if entity is not None else entity_id


def _save(store: Store, resolvers: Resolvers, extraction: Extraction) -> None:
    """Resolve one article and write it, with everything it changed, in one transaction."""
    actors = resolvers.actors
    resolution = actors.resolve(extraction.mentions)
    for entity_id in actors.changed | {a for a, _ in resolution.merged}:
        resolvers.facts.pop(entity_id, None)
    for absorbed, into in resolution.merged:
        resolvers.events.rename_entity(absorbed, into)
    article = extraction.article
    changes = resolvers.events.add_article(article.id, article.published, extraction.events, resolution.entity_ids,
                                           extraction.times)
    changed = [actors.entities[i] for i in actors.changed]
    referenced = {e.denotes for e in changed if e.denotes} - actors.changed
    changed += [actors.entities[i] for i in referenced if i in actors.entities]
    ids = resolution.entity_ids
    speakers = [ids[q.speaker] if q.speaker is not None else None for q in extraction.quotes]
    holders = [ids[p.actor] for p in extraction.positions]
    with store.transaction():
        store.save_entities([e for e in changed if e.mentions or e.id in referenced or e.denotes], resolution.merged)
        store.save_analysis(extraction.article_id, extraction.sentences, extraction.mentions, ids)
        store.save_event_changes(resolvers.events, changes,
                                 lambda event: summarise(event, resolvers.name, resolvers.denotes))
        store.save_issue_data(article.id, extraction.issues, extraction.quotes, speakers, extraction.positions,
                              holders)
    actors.changed.clear()


Failure = tuple[str, str]  # (article id, reason)


def _extractions(store: Store, pack: Pack, workers: int, batch_size: int,
                 report: ProcessReport) -> Iterator[Extraction]:
    """Extractions of all pending articles, batch after batch, in this process or in a pool."""
    if workers <= 1:
        nlp = build_nlp(pack)
        while batch := store.pending_articles(batch_size):
            yield from _keep_good(extract_articles(batch, nlp, pack), store, report)
        return
    with ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(pack,)) as pool:
        try:
            while batch := store.pending_articles(batch_size * workers):
                chunks = [batch[i::workers] for i in range(workers)]
                for results in pool.map(_worker_extract, chunks):
                    yield from _keep_good(results, store, report)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def extract_articles(batch: list[Article], nlp: Language, pack: Pack) -> list[Extraction | Failure]:
    """analyse + extract for a batch; if the batch fails, each article is retried alone."""
    try:
        return [extract(item, pack) for item in analyse(batch, nlp)]
    except Exception:
        results: list[Extraction | Failure] = []
        for article in batch:
            try:
                results.append(extract(next(analyse([article], nlp)), pack))
            except Exception as bad:
                results.append((article.id, f"analysis failed: {bad}"))
        return results


def _keep_good(results: list[Extraction | Failure], store: Store, report: ProcessReport) -> Iterator[Extraction]:
    for result in results:
        if isinstance(result, Extraction):
            yield result
        else:
            report.failed.append(result)
            with store.transaction():
                store.mark_failed(result[0])


# --- worker processes --------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def _worker_init(pack: Pack) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _WORKER["nlp"] = build_nlp(pack)
    _WORKER["pack"] = pack


def _worker_extract(articles: list[Article]) -> list[Extraction | Failure]:
    nlp, pack = _WORKER["nlp"], _WORKER["pack"]
    assert isinstance(nlp, Language) and isinstance(pack, Pack)
    return extract_articles(articles, nlp, pack)
