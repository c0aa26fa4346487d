"""Resolution as one closed stage: extractions in, plain records out.

`Resolver` owns the global state (the entities, the events and their evidence, the articles' anchors),
built from the records the store hands back (`EntityRecord`, `StoredEvents`) and updated one article at a
time by `add`, which returns what the article resolved to and what changed (`Changes`). What is to be
written is asked for when it is to be written: `evidence_delta` (the evidence of the articles whose
mentions, dates or events moved) and `event_delta` (the events' own rows: date, summary, participants,
conflicts). The store consumes those records and knows nothing of resolution; the pipeline decides when.

Between the two resolvers: an entity that is now shown with another name, type or referent (more mentions
outvoted the first) has its events' rows written again ("restated"), and two entities merged by actor
resolution are merged in the evidence too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from anyascii import anyascii

from dossier.extract import Extraction
from dossier.extract.attribution import outlet_names
from dossier.models import EntityRecord, EntityType, EventDelta, EventRecord, EvidenceDelta, StoredEvents
from dossier.packs import Pack
from dossier.resolve.actors import ActorResolver
from dossier.resolve.changes import Changes, EntityChanges
from dossier.resolve.entities import Entity
from dossier.resolve.events import EntityFacts, Event, EventResolver, events_from_records
from dossier.resolve.events.consensus import main_issue
from dossier.summaries import summarise, summarise_act

# an entity's name, type, what it stands for and a person's country, as event rows (their summaries) show them
Shown = tuple[str, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class ResolvedArticle:
    """One article after resolution: an entity for each actor mention, quote speaker and position holder, the
    entity rows it created or changed, and what it changed."""

    extraction: Extraction
    entity_ids: list[str]  # one per actor mention, in order
    speakers: list[str | None]  # one per quotation: its speaker's entity, if any
    holders: list[str]  # one per position: the entity stating it (the state, for its capital or seat)
    entities: list[EntityRecord]  # created or changed, to be written
    changes: Changes


class Resolver:
    def __init__(self, pack: Pack, entities: Iterable[EntityRecord] = (), events: StoredEvents | None = None,
                 first_event: int = 0) -> None:
        entities = list(entities)
        self.actors = ActorResolver(pack, [_entity(record) for record in entities])
        self._written = {record.id for record in entities}  # entities the store has a row for
        self._facts: dict[str, EntityFacts | None] = {}  # what events know of each entity, dropped when it changes
        self._shown: dict[str, Shown] = {e.id: _shown(e) for e in self.actors.entities.values()}
        self._issue_labels = {issue.id: issue.label for issue in pack.issues}  # named in summaries
        stored = events or StoredEvents([], {}, {})
        self.events = EventResolver(self._entity_facts, events_from_records(stored.evidence), stored.anchors,
                                    first_event=first_event,  # new events are numbered from here, or past the last
                                    leads=stored.leads)
        self._conflicts: dict[str, tuple[str, ...]] = dict(stored.conflicts)  # as last written, where any

    # --- resolving ----------------------------------------------------------------------------

    def add(self, extraction: Extraction) -> ResolvedArticle:
        """Resolve one article: its actor mentions to entities, its event mentions to events."""
        actors = self.actors
        resolution = actors.resolve(extraction.mentions)
        actors.credit_outlets(outlet_names(extraction.article.outlet.value or ""), resolution.entity_ids)
        for entity_id in actors.changed | {absorbed for absorbed, _ in resolution.merged}:
            self._facts.pop(entity_id, None)
        renamed = self._restate(actors.changed)
        for absorbed, into in resolution.merged:
            self.events.rename_entity(absorbed, into)
        article = extraction.article
        events = self.events.add_article(article.id, article.published, extraction.events, resolution.entity_ids,
                                         extraction.times)
        changed = [actors.entities[i] for i in actors.in_order(actors.changed)]  # written in the order they were met
        referenced = {e.denotes for e in changed if e.denotes} - actors.changed
        changed += [actors.entities[i] for i in actors.in_order(referenced) if i in actors.entities]
        records = [_record(e) for e in changed if e.mentions or e.articles or e.id in referenced or e.denotes]
        actors.changed.clear()
        written = {r.id for r in records}
        created = written - self._written
        self._written |= created
        self._written.difference_update(absorbed for absorbed, _ in resolution.merged)
        ids = resolution.entity_ids
        return ResolvedArticle(
            extraction, ids, [ids[q.speaker] if q.speaker is not None else None for q in extraction.quotes],
            [actors.acting(ids[p.actor]) for p in extraction.positions], records,  # "Moscow rejects": Russia's
            Changes(EntityChanges(created, written, renamed, list(resolution.merged)), events))

    def _restate(self, entity_ids: Iterable[str]) -> set[str]:
        """Entities whose name, type or referent changed (more mentions outvoting the first): the rows of their
        events (summaries, participants, conflicts) were written with the old one."""
        renamed = set()
        for entity_id in entity_ids:
            entity = self.actors.entities.get(entity_id)
            if entity is None:
                continue
            now, before = _shown(entity), self._shown.get(entity_id)
            self._shown[entity_id] = now
            if before is not None and before != now:
                renamed.add(entity_id)
                self.events.entity_restated(entity_id)
        return renamed

    def _entity_facts(self, entity_id: str) -> EntityFacts | None:
        if entity_id not in self._facts:
            entity = self.actors.entities.get(entity_id)
            self._facts[entity_id] = None if entity is None else EntityFacts(
                entity.type, entity.denotes, self.actors.named_after(entity), entity.name,
                self.actors.affiliated(entity_id))
        return self._facts[entity_id]

    # --- what to write ------------------------------------------------------------------------

    def evidence_delta(self, articles: Iterable[str]) -> EvidenceDelta:
        """Every evidence item and the anchor of these articles, as they stand now."""
        ordered = tuple(sorted(articles))
        by_article, anchors, leads = self.events.by_article, self.events.anchors, self.events.state.leads
        return EvidenceDelta(ordered, tuple(e.record() for a in ordered for e in by_article.get(a, ())),
                             tuple((a, anchors[a]) for a in ordered if a in anchors),
                             tuple(a for a in ordered if a in self.events.state.thin),
                             tuple((a, leads[a]) for a in ordered if a in leads))

    def event_delta(self, changed: Iterable[str], removed: Iterable[str] = ()) -> EventDelta:
        """The rows of these events as their evidence now adds up (conflicts computed now), the events to delete,
        and the conflicts each gained or lost since its rows were last asked for."""
        gone = sorted(set(removed))
        rows: list[EventRecord] = []
        gained: dict[str, tuple[str, ...]] = {}
        lost: dict[str, tuple[str, ...]] = {}
        for event_id in sorted(set(changed) - set(gone)):
            event = self.events.events.get(event_id)
            if event is None:
                continue
            row = self._row(event)
            rows.append(row)
            now, before = {c.field for c in row.conflicts}, set(self._conflicts.get(event_id, ()))
            if now - before:
                gained[event_id] = tuple(sorted(now - before))
            if before - now:
                lost[event_id] = tuple(sorted(before - now))
            if now:
                self._conflicts[event_id] = tuple(sorted(now))
            else:
                self._conflicts.pop(event_id, None)
        for event_id in gone:
            self._conflicts.pop(event_id, None)
        return EventDelta(tuple(rows), tuple(gone), gained, lost)

    def _row(self, event: Event) -> EventRecord:
        conflicts = self.events.conflicts(event)
        tally = self.events.tally(event)
        actors, targets = tally.ranked()
        if event.type is None:  # an act PLOVER does not type: said by its kind
            summary = summarise_act(event.kind or "", event.modality, actors, targets, event.location, self.name,
                                    self.denotes, self.actors.affiliated)
        else:
            summary = summarise(event.type, event.mode, event.modality, actors, targets, event.location, self.name,
                                self.denotes, self._issue_labels.get(main_issue(event) or ""),
                                [e.lemma for e in event.evidence], self.person, affiliated=self.actors.affiliated)
        return EventRecord(
            id=event.id, type=event.type, kind=event.kind, mode=event.mode, modality=event.modality, date=event.date,
            location=event.location, summary=summary, sources=len(event.evidence),
            articles=len(tally.articles), actors=tuple(actors), targets=tuple(targets), issues=tuple(tally.issues),
            conflicts=tuple(conflicts))

    # --- a window of recent events (a long stream) --------------------------------------------

    def retire(self, before: date) -> tuple[int, int]:
        """Set aside the events whose latest evidence is older than `before`, and the articles left with none held
        (`EventState.retire`); `restore` brings them back from the store. Returns how many events and articles
        were set aside."""
        events, articles = self.events.state.retire(before)
        for event_id in events:
            self._conflicts.pop(event_id, None)
        return len(events), len(articles)

    def restore(self, stored: StoredEvents) -> int:
        """Bring back events set aside (`retire`), as the store holds them. Returns how many came back."""
        restored = self.events.restore(events_from_records(stored.evidence), stored.anchors, stored.leads)
        for event_id, fields in stored.conflicts.items():
            self._conflicts.setdefault(event_id, fields)
        return restored

    def newest_anchor(self) -> date | None:
        """The latest day an article held in memory was written (a stream's present)."""
        days = [a.date for a in self.events.anchors.values() if a.exact and a.date.day is not None]
        newest = max(days, key=lambda d: (d.year, d.month or 0, d.day or 0), default=None)
        return None if newest is None or newest.month is None or newest.day is None else date(
            newest.year, newest.month, newest.day)

    def held(self) -> tuple[set[str], set[str]]:
        """The events held in memory, and the articles held whole (a thin one holds only some of its evidence)."""
        state = self.events.state
        return set(state.events), set(state.by_article) - state.thin

    # --- what is known ------------------------------------------------------------------------

    def event_ids(self) -> set[str]:
        return set(self.events.events)

    def event_size(self, event_id: str) -> int:
        """How many evidence items an event has (0 when it is gone)."""
        event = self.events.events.get(event_id)
        return len(event.evidence) if event is not None else 0

    def denotes(self, entity_id: str) -> str | None:
        entity = self.actors.entities.get(entity_id)
        return entity.denotes if entity is not None else None

    def name(self, entity_id: str) -> str:
        entity = self.actors.entities.get(entity_id)
        return entity.name if entity is not None else entity_id

    def person(self, entity_id: str) -> bool:
        entity = self.actors.entities.get(entity_id)
        return entity is not None and entity.type is EntityType.PERSON


def _shown(entity: Entity) -> Shown:
    return (entity.name, entity.type.value, entity.denotes, entity.affiliation)


def _entity(record: EntityRecord) -> Entity:
    return Entity.from_state(record.id, record.state, record.aliases, mentions=record.mentions,
                             articles=record.articles, pack_id=record.pack_id, wikidata=record.wikidata,
                             denotes=record.denotes)


def _written_forms(form: str | None) -> tuple[str, ...]:
    """A form as written and without its accents ('Traoré', 'Traore'): texts write it either way."""
    return tuple(dict.fromkeys((form, anyascii(form)))) if form else ()


def _record(entity: Entity) -> EntityRecord:
    return EntityRecord(id=entity.id, name=entity.name, type=entity.type, pack_id=entity.pack_id,
                        wikidata=entity.wikidata, denotes=entity.denotes, mentions=entity.mentions,
                        articles=entity.articles, state=entity.state(), aliases=dict(entity.aliases),
                        name_forms=_written_forms(entity.surname_form))

