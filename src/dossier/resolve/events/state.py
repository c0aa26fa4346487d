"""What event resolution keeps between articles, and the life of an event in it.

The events and their evidence (by event and by article), the articles' anchors, and the indexes kept over
them: the blocks events are filed in (blocking.py), entity -> events, the tallies (tally.py), the "first"
claims (firsts.py), the articles whose dates may still improve, and the changes not yet taken. An event is
created for a mention that fits none, refreshed whenever its evidence changes (its date, place, mode and
modality derived again, refiled, its "first" claim checked) and dropped when it merges into another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from dossier.models import Anchor, EntityType, Modality, PartialDate
from dossier.resolve.changes import EventChanges
from dossier.resolve.events.blocking import BlockIndex, event_keys
from dossier.resolve.events.consensus import consensus, most_common
from dossier.resolve.events.firsts import Firsts
from dossier.resolve.events.records import EntityFacts, Event, Evidence
from dossier.resolve.events.settings import Settings
from dossier.resolve.events.tally import Tallies, Tally


class EventState:
    def __init__(self, entity: Callable[[str], EntityFacts | None], settings: Settings) -> None:
        self.entity = entity  # what actor resolution knows of an entity
        self.settings = settings
        self.events: dict[str, Event] = {}
        self.anchors: dict[str, Anchor] = {}
        self.by_article: dict[str, list[Evidence]] = defaultdict(list)
        self.index = BlockIndex()
        self.events_of: dict[str, set[str]] = defaultdict(set)  # entity id -> events it may appear in
        self.credited: dict[str, set[str]] = defaultdict(set)  # entity id -> articles crediting reports to it
        self.firsts = Firsts(settings)
        self.open: set[str] = set()  # articles whose dates may still improve (see dating.propagate)
        self.filed: dict[str, tuple[int, tuple[object, ...]]] = {}  # event id -> tally generation, date filed by
        self.years: set[int] = set()  # the years events are dated in
        self.next = 0  # the number of the next event created
        self.tallies = Tallies(settings.kept_tallies)
        self.changes = EventChanges()

    # --- what is known of entities and events ------------------------------------------------

    def tally(self, event: Event) -> Tally:
        return self.tallies.of(event)

    def specific(self, entity_id: str) -> bool:
        """Named (a person, an organisation, a group, a facility) and not standing for a state."""
        facts = self.entity(entity_id)
        return facts is not None and facts.type in self.settings.specific_types and not facts.denotes

    def related(self, entity_id: str) -> set[str]:
        facts = self.entity(entity_id)
        return set(facts.related) if facts is not None else set()

    def state_of(self, entity_id: str) -> str | None:
        """The state an entity is, or stands for."""
        facts = self.entity(entity_id)
        if facts is None:
            return None
        return entity_id if facts.type is EntityType.STATE else facts.denotes

    def seat_of(self, entity_id: str) -> str | None:
        """The state a place stands for when it acts (its capital, its seat of government), or None."""
        facts = self.entity(entity_id)
        if facts is None or facts.type not in (EntityType.PLACE, EntityType.FACILITY):
            return None
        return facts.denotes

    def namesakes(self, event: Event) -> dict[str, list[str]]:
        """For an event's parties: entity -> the parties named after it (kept with the tally)."""
        tally = self.tally(event)
        if tally.namesakes is None or tally.namesakes[0] != len(tally.parties):
            found: dict[str, list[str]] = defaultdict(list)
            for party in tally.parties:
                for related in self.related(party):
                    found[related].append(party)
            tally.namesakes = (len(tally.parties), found)
        return tally.namesakes[1]

    def entities(self, event: Event) -> set[str]:
        """What an event is filed under: its parties, their namesakes and its places."""
        tally = self.tally(event)
        return tally.parties | {r for e in tally.parties for r in self.related(e)} | set(tally.locations)

    # --- the life of an event ----------------------------------------------------------------

    def create(self, item: Evidence) -> Event:
        event = Event(f"ev{self.next}", item.type, item.mode, item.modality)
        self.next += 1
        self.events[event.id] = event
        self.changes.created.add(event.id)
        return event

    def refresh(self, event: Event) -> None:
        """Its evidence changed: derive it again, file it again, and mark its rows to be written."""
        before = event.date
        self.derive(event)
        self.changes.changed.add(event.id)
        if event.date != before:
            self.changes.redated.add(event.id)
        self.file(event)
        if self.tally(event).first_claim:
            self.claim_first(event)

    def derive(self, event: Event) -> None:
        """An event's date, place, mode and modality, from the tally of its evidence."""
        tally = self.tally(event)
        event.date = consensus(tally.own_dates or tally.borrowed_dates)
        event.location = most_common(tally.locations)
        event.mode = most_common(tally.modes) or event.mode
        event.modality = Modality.ASSERTED if tally.asserted else event.evidence[0].modality

    def claim_first(self, event: Event) -> None:
        """An event called 'the first' of its kind: when its claim changes, its rivals' rows are to be written
        again."""
        self.changes.changed.update(self.firsts.claim(event, self.tally(event), self.events))

    def file(self, event: Event) -> None:
        """File an event in the index under its entities and its date; when only entities were added (an
        event growing with every article that reports it), file just those."""
        tally = self.tally(event)
        undated = event.date is None
        written: list[PartialDate] = []
        if undated:
            anchors = [self.anchors.get(a) for a in tally.articles]
            if all(a is not None and a.exact for a in anchors):  # else filed as of no time (u:?)
                written = [a.date for a in anchors if a is not None]
        when = (event.date, tuple(written), len(tally.parties), len(tally.locations))
        filed = self.filed.get(event.id)
        if filed is not None and filed[0] == tally.generation and filed[1] == when:
            return  # nothing new to file under
        if filed is not None and filed[0] == tally.generation and filed[1][:2] == when[:2]:
            new = self.entities(event) - self.index.entities_of(event.id)
            self.index.add(event.id, event_keys(event.type, new, event.date, written))
        else:
            new = self.entities(event)
            self.index.file(event.id, event_keys(event.type, new, event.date, written))
        self.filed[event.id] = (tally.generation, when)
        if event.date is not None:
            self.years.add(event.date.year)
        for entity_id in new:
            self.events_of[entity_id].add(event.id)

    def drop(self, event: Event) -> None:
        """Merged into another: gone from the index, its rows to be deleted."""
        del self.events[event.id]
        self.index.drop(event.id)
        self.filed.pop(event.id, None)
        self.firsts.drop(event.id)
        self.changes.removed.add(event.id)
        self.changes.changed.discard(event.id)
        self.changes.created.discard(event.id)
        self.changes.grew.discard(event.id)
        self.changes.redated.discard(event.id)
