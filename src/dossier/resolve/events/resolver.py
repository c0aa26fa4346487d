"""Cross-source events: event mentions that report the same real event become one event, every mention kept
as evidence; where the evidence disagrees on the date, the participants or the place, the event carries a
conflict naming each value and its articles.

`EventResolver` runs the steps for each article, incrementally: evidence built from its mentions (entity ids
instead of mention indices, a metonym acting bringing its state), its times placed (dating.py), each mention
merged with the event it fits (merging.py: blocked candidates, rules.py), dates flowing across sources
(dating.py), and events that turn out to be one merged. What changed is taken with each article
(`EventChanges`); conflicts are computed when an event's rows are written (conflicts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from dossier.models import Anchor, EntityType, EventMention, PartialDate, TimeExpr
from dossier.plover import Mode
from dossier.resolve.changes import EventChanges
from dossier.resolve.dates import anchor_for, lead_bound
from dossier.resolve.events import dating, in_article, merging, recurring
from dossier.resolve.events.anchors import Anchors
from dossier.resolve.events.conflicts import conflicts
from dossier.resolve.events.records import Conflict, EntityFacts, Event, Evidence, in_order, number
from dossier.resolve.events.settings import DEFAULT, Settings
from dossier.resolve.events.state import EventState
from dossier.resolve.events.tally import Tally


class EventResolver:
    def __init__(self, entity: Callable[[str], EntityFacts | None], events: Iterable[Event] = (),
                 anchors: dict[str, Anchor] | None = None, settings: Settings = DEFAULT, first_event: int = 0,
                 leads: dict[str, TimeExpr] | None = None) -> None:
        state = self._state = EventState(entity, settings)
        state.anchors.update(anchors or {})
        state.leads.update(leads or {})
        state.next = first_event
        for event in events:
            state.events[event.id] = event
            state.next = max(state.next, number(event.id) + 1)
            for evidence in event.evidence:
                state.by_article[evidence.article_id].append(evidence)
                for credited in evidence.attribution:
                    state.credited[credited].add(evidence.article_id)
        for article_id, evidence_list in state.by_article.items():
            evidence_list.sort(key=lambda e: e.n)
            dating.reopen(state, article_id)
        for event in state.events.values():
            state.derive(event)
            state.file(event)
            if state.tally(event).first_claim:
                state.claim_first(event)
        state.changes = EventChanges()

    # --- what is known ------------------------------------------------------------------------

    @property
    def state(self) -> EventState:
        """Everything kept between articles (for the modules that work on it, and for tests)."""
        return self._state

    @property
    def events(self) -> dict[str, Event]:
        return self._state.events

    @property
    def anchors(self) -> Anchors:
        return self._state.anchors

    @property
    def by_article(self) -> dict[str, list[Evidence]]:
        return self._state.by_article

    def tally(self, event: Event) -> Tally:
        return self._state.tally(event)

    def conflicts(self, event: Event) -> list[Conflict]:
        """Where an event's sources disagree (computed now: when the event is written, not on every change)."""
        return conflicts(self._state, event)

    # --- resolving ----------------------------------------------------------------------------

    def add_article(self, article_id: str, published: PartialDate | None, mentions: list[EventMention],
                    entity_ids: list[str], times: list[TimeExpr]) -> EventChanges:
        """Resolve one article's event mentions (actor mention indices mapped through `entity_ids`)."""
        state = self._state
        if times:
            state.leads[article_id] = times[0]
        anchor = lead_bound(anchor_for(published, times), times[0] if times else None, state.settings.recalled_days)
        story = dating.story_days(state, article_id)
        if anchor is not None:
            state.anchors[article_id] = anchor
        type_of = self._type_of(entity_ids)  # a fallen town is no ruler removed, as resolved (recurring.py)
        mentions = recurring.without(mentions, {n for n, m in enumerate(mentions)
                                                if recurring.no_ruler_removed(m, type_of)})
        evidence = [self._evidence(m, n, entity_ids) for n, m in enumerate(mentions)]
        state.by_article[article_id] = evidence
        for credited in {c for item in evidence for c in item.attribution}:
            state.credited[credited].add(article_id)
        dating.place_article(state, article_id)
        for item in evidence:
            merging.merge(state, item)
        dating.date_by_reference(state, article_id)
        dating.reopen(state, article_id)
        dating.story_grew(state, article_id, story)
        dating.propagate(state)
        for touched in {a for event_id in state.changes.redated if event_id in state.events
                        for a in state.tally(state.events[event_id]).referring_articles}:
            dating.date_by_reference(state, touched)  # a referenced event may have become more precise
        in_article.corefer(state, article_id)  # one article telling one event in several sentences
        dating.date_by_time_ref(state, article_id)  # "during the visit": the visit may now be another's report
        dating.date_by_occasion(state, article_id)  # "during the press conference": now told as one event
        merging.consolidate(state)
        changes, state.changes = state.changes, EventChanges()
        changes.articles.add(article_id)
        return changes

    def _type_of(self, entity_ids: list[str]) -> Callable[[int], EntityType | None]:
        """The type of the entity an actor mention index (through `entity_ids`) stands for, as resolved."""
        def type_of(i: int) -> EntityType | None:
            facts = self._state.entity(entity_ids[i])
            return facts.type if facts is not None else None
        return type_of

    def restore(self, events: Iterable[Event], anchors: dict[str, Anchor],
                leads: dict[str, TimeExpr] | None = None) -> int:
        """Bring back events set aside (`EventState.retire`), as the store holds them, with their evidence and
        their articles' anchors, as when resolution starts from the store. An article not held comes back thin
        (with the mentions of these events only); a thin one gains these. Returns how many events came back."""
        state = self._state
        kept_changes = state.changes
        back: list[Event] = []
        for event in events:
            if event.id in state.events:
                continue
            # A mention memory holds is as new as the store's, or newer (within a batch, before it is written: an
            # event merged away is still stored): it stays where memory has it.
            event.evidence = [item for item in event.evidence if not any(
                held.n == item.n for held in state.by_article.get(item.article_id, ()))]
            if event.evidence:
                back.append(event)
        articles: set[str] = set()
        for event in back:
            state.events[event.id] = event
            for item in event.evidence:
                if item.article_id not in state.by_article:
                    state.thin.add(item.article_id)  # its other mentions stay in the store
                state.by_article[item.article_id].append(item)
                articles.add(item.article_id)
        for article_id, anchor in anchors.items():
            state.anchors.setdefault(article_id, anchor)  # what is held is as new as the store's, or newer
        for article_id, lead in (leads or {}).items():
            state.leads.setdefault(article_id, lead)
        for article_id in sorted(articles):
            state.by_article[article_id].sort(key=lambda item: item.n)
            for credited in {c for item in state.by_article[article_id] for c in item.attribution}:
                state.credited[credited].add(article_id)
            dating.reopen(state, article_id)
        for event in back:
            state.derive(event)
            state.file(event)
            if state.tally(event).first_claim:
                state.claim_first(event)
        state.changes = kept_changes  # nothing changed: these are as the store holds them
        return len(back)

    def entity_restated(self, entity_id: str) -> None:
        """An entity is named, typed or understood differently now: its events are to be written again."""
        state = self._state
        state.changes.changed.update(e for e in state.events_of.get(entity_id, ()) if e in state.events)

    def rename_entity(self, absorbed: str, into: str) -> None:
        """Actor resolution merged two entities: the evidence follows (the store does the same)."""
        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(into if i == absorbed else i for i in ids))

        state = self._state
        for event_id in in_order(state.events_of.pop(absorbed, set())):
            event = state.events.get(event_id)
            if event is None or not any(absorbed in e.parties or e.location == absorbed for e in event.evidence):
                continue
            for e in event.evidence:
                if absorbed in e.parties or e.location == absorbed:
                    e.actors, e.targets = swap(e.actors), swap(e.targets)
                    e.location = into if e.location == absorbed else e.location
                    state.changes.articles.add(e.article_id)
            event.recount()
            state.refresh(event)
        if absorbed in state.weekday_parties:  # the undated articles telling its acts on a weekday
            state.weekday_parties[into] |= state.weekday_parties.pop(absorbed)
        for article_id in sorted(state.credited.pop(absorbed, set())):  # the reports credited to it
            for e in state.by_article.get(article_id, ()):
                e.attribution = swap(e.attribution)
            state.credited[into].add(article_id)
            state.changes.articles.add(article_id)

    # --- building evidence ------------------------------------------------------------------

    def _evidence(self, mention: EventMention, n: int, entity_ids: list[str]) -> Evidence:
        actors = self._with_denoted(entity_ids[i] for i in mention.actors)
        targets = self._with_denoted(entity_ids[i] for i in mention.targets)
        location = entity_ids[mention.location] if mention.location is not None else None
        if location is not None and mention.mode == Mode.VISIT:
            facts = self._state.entity(location)
            if facts is not None and facts.denotes and facts.denotes not in actors:
                targets = (*targets, facts.denotes)  # visiting Damascus is visiting Syria
        return Evidence(article_id=mention.article_id, n=n, sentence=mention.sentence, trigger=mention.trigger,
                        start=mention.start, end=mention.end, type=mention.type, mode=mention.mode,
                        modality=mention.modality, actors=actors, targets=tuple(t for t in targets if t not in actors),
                        location=location, time=mention.time, issues=mention.issues, lemma=mention.lemma,
                        tense=mention.tense, time_ref=mention.time_ref, first_claim=mention.first_claim,
                        attribution=tuple(dict.fromkeys(entity_ids[i] for i in mention.attribution)),
                        ordinal=mention.ordinal, companions=mention.companions,
                        occasion=replace(mention.occasion, parties=()) if mention.occasion is not None else None,
                        joins=mention.joins, kind=mention.kind, earlier=mention.earlier,
                        occasion_parties=self._with_denoted(entity_ids[i] for i in mention.occasion.parties)
                        if mention.occasion is not None else ())

    def _with_denoted(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Entities as they act: 'Moscow sent' and 'the Kremlin said' are Russia acting (a capital or a seat of
        government is replaced by its state; a government is kept beside it)."""
        found: list[str] = []
        for entity_id in ids:
            facts = self._state.entity(entity_id)
            metonym = facts is not None and facts.denotes and facts.type in (EntityType.PLACE, EntityType.FACILITY)
            if not metonym:
                found.append(entity_id)
            if facts is not None and facts.denotes and facts.type is not EntityType.STATE:
                found.append(facts.denotes)
        return tuple(dict.fromkeys(found))
