"""What resolving an article changed, reported the same way for entities and for events.

The pipeline writes from it (which rows to write again, which to delete) and a change log can be built on
it: which entities were created, renamed (shown with another name, type or referent) or merged into
another; which events were created, gained evidence, changed date or were merged away. How an event's
conflicts moved is known when its rows are derived (`Resolver.event_delta`), since conflicts are computed
then and not on every mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntityChanges:
    created: set[str] = field(default_factory=set)  # in the store for the first time (first mentioned)
    changed: set[str] = field(default_factory=set)  # entities whose rows are to be written (counts, aliases, ...)
    renamed: set[str] = field(default_factory=set)  # shown with another name, type or referent than before
    merged: list[tuple[str, str]] = field(default_factory=list)  # (absorbed, into): the absorbed one is gone

    def update(self, other: EntityChanges) -> None:
        """Add a later article's changes: an entity merged away later is gone from the others."""
        gone = {absorbed for absorbed, _ in other.merged}
        self.created = (self.created - gone) | other.created
        self.changed = (self.changed - gone) | other.changed
        self.renamed = (self.renamed - gone) | other.renamed
        self.merged += other.merged


@dataclass
class EventChanges:
    created: set[str] = field(default_factory=set)  # events new since the last changes were taken
    changed: set[str] = field(default_factory=set)  # events whose rows are to be (re)written
    removed: set[str] = field(default_factory=set)  # events merged into another: their rows are deleted
    grew: set[str] = field(default_factory=set)  # events that gained evidence
    redated: set[str] = field(default_factory=set)  # events whose date changed
    articles: set[str] = field(default_factory=set)  # articles whose evidence or anchor changed

    def update(self, other: EventChanges) -> None:
        """Add a later article's changes: an event removed later is removed, one re-created is kept."""
        self.changed = (self.changed - other.removed) | other.changed
        self.removed = (self.removed - other.changed) | other.removed
        self.created = (self.created - other.removed) | other.created
        self.grew = (self.grew - other.removed) | other.grew
        self.redated = (self.redated - other.removed) | other.redated
        self.articles |= other.articles


@dataclass
class Changes:
    entities: EntityChanges = field(default_factory=EntityChanges)
    events: EventChanges = field(default_factory=EventChanges)

    def update(self, other: Changes) -> None:
        self.entities.update(other.entities)
        self.events.update(other.events)
