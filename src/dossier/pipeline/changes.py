"""The change log of an analysis run: what each article changed in the dossier, recorded in the store with the
article and sentence it came from (store/changes.py).

The resolver reports per article what it did (`Changes`: entities created and merged, events created, grown,
redated, removed); this module words that as the changes a reader follows:

- `event`: a new event; `source`: an event already known gained evidence from another article; `date`: an event's
  date moved (refined, or changed by new sources), with the date before and after;
- `conflict` / `resolved`: an event's sources came to disagree on a field, or no longer do (known when the event's
  rows are written, `Resolver.event_delta`; credited to the article that last touched the event);
- `stance`: an actor's latest stance on an issue, as the issue board shows it, is another than before the batch
  (or the first one it states);
- `actor`: an actor named for the first time (unnamed sources aside: "a source" is someone new in every article).

What a later article of the same batch undoes (an event merged away, an entity merged into another) is dropped
before the batch is written, so the log holds what the batch left.
"""

from __future__ import annotations

from dossier.extract import Extraction
from dossier.extract.attribution import UNNAMED
from dossier.models import EventDelta
from dossier.resolve.changes import EventChanges
from dossier.resolve.resolver import ResolvedArticle, Resolver
from dossier.store import StoreWriter
from dossier.store.changes import ChangeRecord, Stance

Pair = tuple[str, str]  # (actor, issue)


class ChangeLog:
    """Collects one batch's changes as its articles are resolved, and records them with the batch."""

    def __init__(self, store: StoreWriter, resolver: Resolver) -> None:
        self.store, self.resolver = store, resolver
        self.pending: list[ChangeRecord] = []
        self.touched: dict[str, tuple[str, int | None]] = {}  # event -> the article (and sentence) that last moved it
        self.dates: dict[str, str | None] = {}  # event -> its date as this run last knew it
        self.stances: dict[Pair, Stance | None] = {}  # before the batch, for the pairs it states a stance on

    # --- per article --------------------------------------------------------------------------

    def merged(self, resolved: ResolvedArticle) -> None:
        """Entities merged while resolving the article: the log names the one that is left (in the transaction)."""
        for absorbed, into in resolved.changes.entities.merged:
            self.store.changelog.rename_entity_in_changes(absorbed, into)

    def article(self, extraction: Extraction, resolved: ResolvedArticle) -> None:
        """What resolving one article changed; called before its positions are written."""
        article_id = extraction.article_id
        events = resolved.changes.events
        sentences = self._evidence_sentences(article_id)
        before = self._dates_before({e for e in events.redated - events.created if e not in self.dates})
        for event_id in sorted(events.created | events.grew | events.redated):
            event = self.resolver.events.events.get(event_id)
            if event is None:
                continue
            date = event.date.iso() if event.date is not None else None
            sentence = sentences.get(event_id)
            self.touched[event_id] = (article_id, sentence)
            if event_id in events.created:
                self._event("event", event_id, article_id, sentence, {
                    "type": event.type.value if event.type else None, "kind": event.kind, "date": date})
            else:
                if event_id in events.grew:
                    self._event("source", event_id, article_id, sentence, {
                        "evidence": len(event.evidence), "articles": len(self.resolver.events.tally(event).articles)})
                was = self.dates[event_id] if event_id in self.dates else before.get(event_id)
                if event_id in events.redated and was != date:
                    self._event("date", event_id, article_id, sentence, {"before": was, "after": date})
            self.dates[event_id] = date
        self._actors(extraction, resolved)
        pairs = {(holder, p.issue) for p, holder in zip(extraction.positions, resolved.holders, strict=True)
                 if p.stance != "states"} - set(self.stances)
        if pairs:
            known = self.store.changelog.latest_stances(sorted(pairs))
            self.stances.update({pair: known.get(pair) for pair in pairs})

    def _evidence_sentences(self, article_id: str) -> dict[str, int]:
        """Each event's first sentence in this article."""
        found: dict[str, int] = {}
        for item in sorted(self.resolver.events.by_article.get(article_id, ()), key=lambda e: e.n):
            if item.event_id is not None:
                found.setdefault(item.event_id, item.sentence)
        return found

    def _dates_before(self, event_ids: set[str]) -> dict[str, str | None]:
        return self.store.changelog.stored_event_dates(sorted(event_ids)) if event_ids else {}

    def _event(self, kind: str, event_id: str, article_id: str | None, sentence: int | None,
               detail: dict[str, object]) -> None:
        self.pending.append(self._event_change(kind, event_id, article_id, sentence, detail))

    def _event_change(self, kind: str, event_id: str, article_id: str | None, sentence: int | None,
                      detail: dict[str, object]) -> ChangeRecord:
        event = self.resolver.events.events.get(event_id)
        actors: tuple[str, ...] = ()
        issues: tuple[str, ...] = ()
        if event is not None:
            tally = self.resolver.events.tally(event)
            ranked_actors, ranked_targets = tally.ranked()
            actors = tuple(dict.fromkeys([*ranked_actors, *ranked_targets, *tally.locations]))
            issues = tuple(tally.issues)
        return ChangeRecord(kind, article_id, sentence, event_id=event_id, actors=actors, issues=issues,
                            detail=detail)

    def _actors(self, extraction: Extraction, resolved: ResolvedArticle) -> None:
        created = resolved.changes.entities.created
        if not created:
            return
        first: dict[str, int] = {}
        for index, entity_id in enumerate(resolved.entity_ids):
            if entity_id in created:
                first.setdefault(entity_id, index)
        for record in resolved.entities:
            n = first.get(record.id)
            if record.id not in created or n is None or extraction.mentions[n].descriptor == UNNAMED:
                continue
            self.pending.append(ChangeRecord(
                "actor", extraction.article_id, extraction.mentions[n].sentence, entity_id=record.id,
                actors=(record.id,), detail={"name": record.name, "type": record.type.value}))

    # --- per batch ----------------------------------------------------------------------------

    def flush(self, changes: EventChanges, merged_away: set[str]) -> None:
        """Record the batch's changes (inside its transaction, after its evidence and positions are written):
        those about events merged away or entities merged into others during the batch are dropped."""
        kept = [c for c in self.pending if not (c.event_id in changes.removed or c.entity_id in merged_away)]
        self.pending = []
        for event_id in changes.removed:
            self.dates.pop(event_id, None)
            self.touched.pop(event_id, None)
        kept += self._stance_changes()
        if kept:
            self.store.changelog.record_changes(kept)

    def _stance_changes(self) -> list[ChangeRecord]:
        if not self.stances:
            return []
        before, self.stances = self.stances, {}
        now = self.store.changelog.latest_stances(sorted(before))
        found = []
        for (actor, issue), stance in sorted(now.items()):
            was = before.get((actor, issue))
            if was is not None and (was.stance, was.negated) == (stance.stance, stance.negated):
                continue
            found.append(ChangeRecord(
                "stance", stance.article_id, stance.sentence, entity_id=actor, issue_id=issue, actors=(actor,),
                issues=(issue,), detail={"before": _stance(was), "after": _stance(stance)}))
        return found

    def conflicts(self, delta: EventDelta) -> None:
        """Conflicts that events gained or lost when their rows were written: recorded now (in that transaction),
        credited to the article that last moved the event."""
        if not delta.conflicts_gained and not delta.conflicts_lost:
            return
        values = {row.id: {c.field: [{"value": value, "articles": list(articles)} for value, articles in c.values]
                           for c in row.conflicts} for row in delta.rows if row.id in delta.conflicts_gained}
        found = []
        for kind, moved in (("conflict", delta.conflicts_gained), ("resolved", delta.conflicts_lost)):
            for event_id in sorted(moved):
                article_id, sentence = self.touched.get(event_id, (None, None))
                for field in moved[event_id]:
                    detail: dict[str, object] = {"field": field}
                    if kind == "conflict":
                        detail["values"] = values.get(event_id, {}).get(field, [])
                    found.append(self._event_change(kind, event_id, article_id, sentence, detail))
        if found:
            self.store.changelog.record_changes(found)

    def written(self, delta: EventDelta) -> None:
        """These events' rows are written (their conflicts recorded): the store's rows say what this run knew of
        them, until an article moves them again."""
        for event_id in [row.id for row in delta.rows] + list(delta.removed):
            self.touched.pop(event_id, None)
            self.dates.pop(event_id, None)

    def forget(self) -> None:
        """The run's rows are all written: what was kept to word later changes can go."""
        self.touched.clear()
        self.dates.clear()


def _stance(stance: Stance | None) -> dict[str, object] | None:
    return None if stance is None else {"stance": stance.stance, "negated": stance.negated, "date": stance.date}
