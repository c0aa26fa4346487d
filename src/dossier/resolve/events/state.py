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
from datetime import date

from dossier.models import AnchorKind, EntityType, Modality, PartialDate, TimeExpr
from dossier.resolve.changes import EventChanges
from dossier.resolve.events.anchors import Anchors
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
        self.anchors = Anchors()  # article id -> its anchor, with the span the exact ones cover
        self.by_article: dict[str, list[Evidence]] = defaultdict(list)
        self.index = BlockIndex()
        self.events_of: dict[str, set[str]] = defaultdict(set)  # entity id -> events it may appear in
        self.credited: dict[str, set[str]] = defaultdict(set)  # entity id -> articles crediting reports to it
        self.firsts = Firsts(settings)
        self.open: set[str] = set()  # articles whose dates may still improve (see dating.propagate)
        # entity id -> articles with no exact date telling an act of it on a weekday (dating.reopen)
        self.weekday_parties: dict[str, set[str]] = defaultdict(set)
        self.thin: set[str] = set()  # articles held with only their evidence of resident events (see `retire`)
        self.filed: dict[str, tuple[int, tuple[object, ...]]] = {}  # event id -> tally generation, date filed by
        self.years: set[int] = set()  # the years events are dated in
        self.leads: dict[str, TimeExpr] = {}  # article id -> the first time it states (`dates.lead_bound`; stored)
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

    def affiliation(self, entity_id: str) -> str | None:
        """The state a person belongs to, as the text ties it to the name (`Entity.affiliation`), or None."""
        facts = self.entity(entity_id)
        return facts.affiliation if facts is not None else None

    def kin(self, entity_id: str) -> set[str]:
        """What a party may be told as in another source, for finding and scoring candidates: its namesakes
        (`related`) and a person's state ("Norvian President X" in one outlet, "Norvia" in another)."""
        found = self.related(entity_id)
        state = self.affiliation(entity_id)
        return found | {state} if state is not None else found

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
        return self.namesakes_in(self.tally(event))

    def namesakes_in(self, tally: Tally) -> dict[str, list[str]]:
        """`namesakes` of the event whose tally this is (just read)."""
        if tally.namesakes is None or tally.namesakes[0] != len(tally.parties):
            found: dict[str, list[str]] = defaultdict(list)
            for party in tally.parties:
                for related in self.related(party):
                    found[related].append(party)
            tally.namesakes = (len(tally.parties), found)
        return tally.namesakes[1]

    def people_states(self, tally: Tally) -> set[str]:
        """The states an event's people belong to (`affiliation`)."""
        return {s for p in tally.parties if (s := self.affiliation(p)) is not None}

    def entities(self, event: Event) -> set[str]:
        """What an event is filed under: its parties, their namesakes, its people's states and its places."""
        tally = self.tally(event)
        return tally.parties | {r for e in tally.parties for r in self.kin(e)} | set(tally.locations)

    # --- the life of an event ----------------------------------------------------------------

    def create(self, item: Evidence) -> Event:
        event = Event(f"ev{self.next}", item.type, item.mode, item.modality, kind=item.kind)
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
        gaps = self.report_gaps(tally) if len(tally.stated) > 1 else None  # only sources that disagree need them
        event.date = consensus(tally.own_dates or tally.borrowed_dates, gaps)
        event.location = most_common(tally.locations)
        event.mode = most_common(tally.modes) or event.mode
        event.modality = Modality.ASSERTED if tally.asserted else event.evidence[0].modality

    def report_gaps(self, tally: Tally) -> dict[str, int]:
        """For each day the sources state, the fewest days from it to the publication of an article stating it
        (articles with a day of publication, on or after it)."""
        gaps: dict[str, int] = {}
        for iso, articles in tally.stated.items():
            if len(iso) != 10:
                continue
            day = date.fromisoformat(iso)
            for article_id in articles:
                anchor = self.anchors.get(article_id)
                if anchor is None or anchor.kind is not AnchorKind.PUBLISHED or anchor.date.day is None or \
                        anchor.date.month is None:
                    continue
                gap = (date(anchor.date.year, anchor.date.month, anchor.date.day) - day).days
                if gap >= 0:
                    gaps[iso] = min(gap, gaps.get(iso, gap))
        return gaps

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
            self.index.add(event.id, event_keys(event.act, new, event.date, written))
        else:
            new = self.entities(event)
            self.index.file(event.id, event_keys(event.act, new, event.date, written))
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

    # --- a window of recent events (a long stream) --------------------------------------------

    def retire(self, before: date) -> tuple[set[str], set[str]]:
        """Set aside, to keep memory flat over a long stream, the events whose latest evidence is older than
        `before`: dated wholly before it (or undated) and reported only by articles written wholly before it whose
        dates are final. An article leaves with its last event; one that also reports an event still resident
        (a long-lived story every new article recalls: "the 2015 intervention") stays *thin*: only its evidence
        of resident events is held (`thin`), its other events go. Two mentions of an article tied by a date
        reference ("after the talks, ...": `time_ref`) go together or stay together. Their rows must be
        written already; the store brings them back (`EventResolver.restore`). Returns the events and the
        articles set aside."""
        old = {a for a, anchor in self.anchors.items()
               if anchor.exact and ends_before(anchor.date, before) and a not in self.open}
        going = {e.id for e in self.events.values() if (e.date is None or ends_before(e.date, before))
                 and all(item.article_id in old for item in reversed(e.evidence))}  # the newest first
        going = self._tied(going, old)
        left: set[str] = set()
        for article_id in sorted(old):
            items = self.by_article.get(article_id, [])
            kept = [item for item in items if item.event_id not in going]
            if not kept:
                left.add(article_id)
            elif len(kept) < len(items):
                self.by_article[article_id] = kept
                self.thin.add(article_id)
        for event_id in going:
            self.tallies.forget(self.events.pop(event_id))
            self.index.drop(event_id)
            self.filed.pop(event_id, None)
            self.firsts.drop(event_id)
        for article_id in left:
            self.by_article.pop(article_id, None)
            self.anchors.pop(article_id, None)
            self.leads.pop(article_id, None)
            self.thin.discard(article_id)
        for held, gone in ((self.events_of, going), (self.credited, left)):
            for key, ids in list(held.items()):
                ids.difference_update(gone)
                if not ids:
                    del held[key]
        return going, left

    def _tied(self, going: set[str], old: set[str]) -> set[str]:
        """`going` less the events a date reference ties to an event that stays (both must be held to date one
        by the other, as a one-shot run would)."""
        while True:
            staying: set[str] = set()
            for article_id in old:
                items = self.by_article.get(article_id, [])
                at = {item.n: item for item in items}
                for item in items:
                    target = at.get(item.time_ref) if item.time_ref is not None else None
                    if target is not None and (item.event_id in going) != (target.event_id in going):
                        staying.update(e for e in (item.event_id, target.event_id) if e is not None)
            if not staying & going:
                return going
            going = going - staying


def ends_before(when: PartialDate, day: date) -> bool:
    """A date (at its precision) lies wholly before `day`."""
    if when.month is None:
        return when.year < day.year
    if when.day is None:
        return (when.year, when.month) < (day.year, day.month)
    return (when.year, when.month, when.day) < (day.year, day.month, day.day)
