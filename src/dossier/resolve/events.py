"""Cross-source events: event mentions that report the same real event become one event, every
mention kept as evidence; where the evidence disagrees on the date, the participants or the
place, the event carries a conflict naming each value and its articles.

Merging is blocked (resolve/blocking.py): a mention is only compared with events sharing its PLOVER
type and one of its participants (or its place) at a date it could match, and each event keeps a
running tally of its evidence (resolve/tally.py), so the cost per mention does not grow with the
corpus. Two mentions
merge when their participants overlap enough, their modes and modality agree, and their dates are
compatible at their precision - or, for a strong participant match, within six weeks: that is a
date conflict, not two events.

Dates flow between sources: a year-less "January 29th" takes its year from the sources it merges
with, and the article then knows roughly when it was written; an article that says "yesterday"
about an event another source dates learns its own day, and its other relative dates follow.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.resolve.blocking import BlockIndex, Key, event_keys, exact_keys, nearby_keys
from dossier.resolve.dates import (
    DEICTIC,
    Anchor,
    AnchorKind,
    anchor_for,
    compatible,
    days_apart,
    infer_exact_anchor,
    place,
)
from dossier.resolve.tally import RECENT, Tally

SPECIFIC = {EntityType.PERSON, EntityType.ORG, EntityType.GROUP, EntityType.FACILITY}
CONFLICT_WINDOW_DAYS = 45  # a strong match this far apart is one event with a date conflict
STRONG = 3  # participant overlap score of a strong match (a shared person counts 2, a state or place 1)
WEAK = 2
# Undated mentions of these types take the date of the article's news peg (its first event dated
# within a week of the article's own day) when they share a participant with it.
PEG_TYPES = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "CONCEDE", "COOPERATE"}
PEG_DAYS = 7
STATEMENT_TYPES = {"SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE", "CONCEDE"}
NARRATIVE_SENTENCES = 2
Claim = tuple[str, str | None, str]  # (type, mode, month) of events claimed "the first"
RIVAL_MONTHS = 6  # "the first visit" claimed for events up to this far apart: rival claims
RIVAL_DATES = 3  # the rival claims an event's conflict lists, nearest first


@dataclass(slots=True)
class Evidence:
    """One event mention, resolved: entity ids instead of mention indices, its time placed."""

    article_id: str
    n: int  # position among the article's event mentions
    sentence: int
    trigger: str
    start: int
    end: int
    type: str
    mode: str | None
    modality: Modality
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    time: TimeExpr | None
    date: PartialDate | None = None
    month_day: tuple[int, int | None] | None = None  # a year-less stated date, kept for comparing
    date_origin: str = ""  # stated | year_from_sources | inherited | "" (undated)
    event_id: str | None = None
    issues: tuple[str, ...] = ()
    lemma: str = ""
    tense: str = "past"
    time_ref: int | None = None  # the article's event mention (n) whose event dates this one
    first_claim: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.n)

    @property
    def parties(self) -> set[str]:
        return set(self.actors) | set(self.targets)


@dataclass
class Conflict:
    field: str  # date | participants | location
    values: list[tuple[str, list[str]]]  # (value, article ids)


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    modality: Modality
    evidence: list[Evidence] = field(default_factory=list)
    date: PartialDate | None = None
    location: str | None = None
    _tally: Tally | None = field(default=None, repr=False, compare=False)

    def tally(self) -> Tally:
        """The evidence counted, catching up with what was appended since the last call."""
        tally = self._tally
        if tally is None or tally.size > len(self.evidence):
            tally = self._tally = Tally()
        if tally.size < len(self.evidence):
            for item in self.evidence[tally.size:]:
                tally.add(item)
        RECENT.use(self)
        return tally

    def recount(self) -> None:
        """Evidence already counted changed in place (a date, an entity): count it again when next read."""
        self._tally = None

    def forget_tally(self) -> None:
        """Not used for a while: give the memory back (counted again if it comes up)."""
        self._tally = None

    @property
    def actors(self) -> list[str]:
        return self.tally().ranked()[0]

    @property
    def targets(self) -> list[str]:
        return self.tally().ranked()[1]

    @property
    def articles(self) -> list[str]:
        return list(self.tally().articles)

    @property
    def issues(self) -> list[str]:
        return list(self.tally().issues)


@dataclass
class EntityFacts:
    type: EntityType
    denotes: str | None
    related: tuple[str, ...] = ()  # entities it is named after: the Assad regime -> Bashar al-Assad


@dataclass
class Changes:
    events: set[str] = field(default_factory=set)  # event ids to (re)write
    removed: set[str] = field(default_factory=set)  # event ids to delete
    articles: set[str] = field(default_factory=set)  # articles whose evidence or anchor changed
    redated: set[str] = field(default_factory=set)  # event ids whose date changed
    created: set[str] = field(default_factory=set)  # event ids new since the last changes were taken

    def update(self, other: Changes) -> None:
        """Add a later article's changes: an event removed later is removed, one re-created is kept."""
        self.events = (self.events - other.removed) | other.events
        self.removed = (self.removed - other.events) | other.removed
        self.created = (self.created - other.removed) | other.created
        self.articles |= other.articles
        self.redated |= other.redated


class EventResolver:
    def __init__(self, entity: Callable[[str], EntityFacts | None], events: Iterable[Event] = (),
                 anchors: dict[str, Anchor] | None = None) -> None:
        self.entity = entity
        self.events: dict[str, Event] = {}
        self.anchors: dict[str, Anchor] = dict(anchors or {})
        self.by_article: dict[str, list[Evidence]] = defaultdict(list)
        self._index = BlockIndex()
        self._events_of: dict[str, set[str]] = defaultdict(set)  # entity id -> events it may appear in
        self._firsts: dict[Claim, set[str]] = defaultdict(set)  # events claimed "the first" of their kind
        self._claims: dict[str, tuple[Claim, tuple[object, ...]]] = {}  # event id -> where filed, what it claimed
        self._open: set[str] = set()  # articles whose dates may still improve (see _propagate)
        self._filed: dict[str, tuple[int, tuple[object, ...]]] = {}  # event id -> tally generation, date filed by
        self._years: set[int] = set()  # the years events are dated in
        self._next = 0
        self.changes = Changes()
        for event in events:
            self.events[event.id] = event
            self._next = max(self._next, _number(event.id) + 1)
            for evidence in event.evidence:
                self.by_article[evidence.article_id].append(evidence)
        for article_id, evidence_list in self.by_article.items():
            evidence_list.sort(key=lambda e: e.n)
            self._reopen(article_id)
        for event in self.events.values():
            self._derive(event)
            self._file(event)
            if event.tally().first_claim:
                self._claim_first(event)
        self.changes = Changes()

    # --- public -----------------------------------------------------------------------------

    def add_article(self, article_id: str, published: PartialDate | None, mentions: list[EventMention],
                    entity_ids: list[str], times: list[TimeExpr]) -> Changes:
        """Resolve one article's event mentions (actor mention indices mapped through `entity_ids`)."""
        anchor = anchor_for(published, times)
        if anchor is not None:
            self.anchors[article_id] = anchor
        evidence = [self._evidence(m, n, entity_ids) for n, m in enumerate(mentions)]
        self.by_article[article_id] = evidence
        self._place(article_id)
        for item in evidence:
            self._merge(item)
        self._date_by_reference(article_id)
        self._reopen(article_id)
        self._propagate()
        for touched in {a for event_id in self.changes.redated if event_id in self.events
                        for a in self.events[event_id].tally().referring_articles}:
            self._date_by_reference(touched)  # a referenced event may have become more precise
        self._consolidate()
        changes, self.changes = self.changes, Changes()
        changes.articles.add(article_id)
        return changes

    def entity_restated(self, entity_id: str) -> None:
        """An entity is named, typed or understood differently now: its events are to be written again."""
        self.changes.events.update(e for e in self._events_of.get(entity_id, ()) if e in self.events)

    def rename_entity(self, absorbed: str, into: str) -> None:
        """Actor resolution merged two entities: the evidence follows (the store does the same)."""
        def swap(ids: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(into if i == absorbed else i for i in ids))

        for event_id in _in_order(self._events_of.pop(absorbed, set())):
            event = self.events.get(event_id)
            if event is None or not any(absorbed in e.parties or e.location == absorbed for e in event.evidence):
                continue
            for e in event.evidence:
                if absorbed in e.parties or e.location == absorbed:
                    e.actors, e.targets = swap(e.actors), swap(e.targets)
                    e.location = into if e.location == absorbed else e.location
                    self.changes.articles.add(e.article_id)
            event.recount()
            self._refresh(event)

    # --- building evidence ------------------------------------------------------------------

    def _evidence(self, mention: EventMention, n: int, entity_ids: list[str]) -> Evidence:
        actors = self._with_denoted(entity_ids[i] for i in mention.actors)
        targets = self._with_denoted(entity_ids[i] for i in mention.targets)
        location = entity_ids[mention.location] if mention.location is not None else None
        if location is not None and mention.mode == "visit":
            facts = self.entity(location)
            if facts is not None and facts.denotes and facts.denotes not in actors:
                targets = (*targets, facts.denotes)  # visiting Damascus is visiting Syria
        return Evidence(mention.article_id, n, mention.sentence, mention.trigger, mention.start, mention.end,
                        mention.type, mention.mode, mention.modality, actors,
                        tuple(t for t in targets if t not in actors), location, mention.time, issues=mention.issues,
                        lemma=mention.lemma, tense=mention.tense, time_ref=mention.time_ref,
                        first_claim=mention.first_claim)

    def _with_denoted(self, ids: Iterable[str]) -> tuple[str, ...]:
        """Entities as they act: 'Moscow sent' and 'the Kremlin said' are Russia acting (a capital or a seat of
        government is replaced by its state; a government is kept beside it)."""
        found: list[str] = []
        for entity_id in ids:
            facts = self.entity(entity_id)
            metonym = facts is not None and facts.denotes and facts.type in (EntityType.PLACE, EntityType.FACILITY)
            if not metonym:
                found.append(entity_id)
            if facts is not None and facts.denotes and facts.type is not EntityType.STATE:
                found.append(facts.denotes)
        return tuple(dict.fromkeys(found))

    # --- dates --------------------------------------------------------------------------------

    def _place(self, article_id: str) -> None:
        """Place every time of an article against its anchor; then give the news peg's date to the
        undated mentions that belong to it."""
        anchor = self.anchors.get(article_id)
        previous: PartialDate | None = None
        evidence = self.by_article[article_id]
        for item in evidence:
            placed = place(item.time, anchor, item.modality, previous)
            item.month_day = placed.month_day
            if placed.date is not None:
                item.date, item.date_origin = placed.date, "stated"
                previous = placed.date
            elif item.date_origin in ("stated", "inherited", ""):
                item.date, item.date_origin = None, ""  # "referenced" dates are kept: they follow another event
        self._fill_years(article_id)
        self._continue_narrative(article_id)
        self._inherit_peg(article_id, anchor)
        for event_id in {e.event_id for e in evidence if e.event_id in self.events}:
            self.events[event_id].recount()

    def _fill_years(self, article_id: str) -> None:
        """A year-less date takes its year from the event it belongs to."""
        for item in self.by_article[article_id]:
            if item.date is None and item.month_day is not None and item.event_id in self.events:
                year = self._year_from_sources(self.events[item.event_id], item)
                if year is not None:
                    month, day = item.month_day
                    item.date, item.date_origin = PartialDate(year, month, day), "year_from_sources"

    def _year_from_sources(self, event: Event, item: Evidence) -> int | None:
        assert item.month_day is not None
        month = item.month_day[0]
        for other in event.evidence:
            if other is not item and other.date is not None and other.date_origin == "stated" and (
                    other.date.month is None or abs(other.date.month - month) <= 1):
                return other.date.year
        return None

    def _continue_narrative(self, article_id: str) -> None:
        """An undated mention right after a dated one that shares a party continues its story:
        'On January 29th a delegation met Al-Shara. Al-Shara was not shy in his demands.'"""
        story: set[str] = set()  # the parties of the current dated story
        last: Evidence | None = None
        for item in self.by_article[article_id]:
            if item.date_origin == "stated" or item.month_day is not None:
                story, last = set(item.parties), item
                continue
            if (last is None or item.date is not None or item.time is not None or item.type not in PEG_TYPES
                    or item.modality is not Modality.ASSERTED or item.tense != "past"):
                continue
            if 0 < item.sentence - last.sentence <= NARRATIVE_SENTENCES and item.parties & story:
                item.date, item.month_day, item.date_origin = last.date, last.month_day, "inherited"
                story |= item.parties
                last = replace(last, sentence=item.sentence)

    def _inherit_peg(self, article_id: str, anchor: Anchor | None) -> None:
        if anchor is None or not anchor.exact or anchor.date.precision.value != "day":
            return
        evidence = self.by_article[article_id]
        peg = next((e for e in evidence if e.date is not None and e.date_origin == "stated"
                    and e.date.precision.value == "day" and days_apart(e.date, anchor.date) <= PEG_DAYS), None)
        if peg is None:
            return
        for item in evidence:
            if (item.date is None and item.time is None and item.type in PEG_TYPES and item.tense == "past"
                    and item.modality is Modality.ASSERTED and item.time_ref is None):
                if item.parties & peg.parties:
                    item.date, item.date_origin = peg.date, "inherited"
                elif peg.date is not None and peg.date.month is not None:
                    # an exchange reported with the news, about other parties: its month, not its day
                    item.date, item.date_origin = PartialDate(peg.date.year, peg.date.month), "inherited"

    def _date_by_reference(self, article_id: str) -> None:
        """'Following his meeting with Lavrov, X confirmed ...': once the meeting's event is dated, so is
        the confirmation; it may then join another source's report of it."""
        evidence = self.by_article[article_id]
        for item in evidence:
            if item.time_ref is None or not 0 <= item.time_ref < len(evidence):
                continue
            if item.date is not None and item.date_origin != "referenced":
                continue
            event = self.events.get(evidence[item.time_ref].event_id or "")
            if event is not None and event.date is not None and event.date != item.date:
                item.date, item.date_origin = event.date, "referenced"
                self._remerge(item)
                if item.event_id in self.events:
                    self.events[item.event_id].recount()
                    self._refresh(self.events[item.event_id])

    # --- merging ------------------------------------------------------------------------------

    def _merge(self, item: Evidence) -> None:
        best, best_score = None, 0
        for event_id in self._candidates(item):  # oldest first: the oldest event wins a tie
            event = self.events[event_id]
            score = self._fit(item, event)
            if score > best_score:
                best, best_score = event, score
        if best is None:
            best = Event(f"ev{self._next}", item.type, item.mode, item.modality)
            self._next += 1
            self.events[best.id] = best
            self.changes.created.add(best.id)
        best.evidence.append(item)
        item.event_id = best.id
        self._refresh(best)

    def _consolidate(self) -> None:
        """Merge events that turn out to be one once all of an article is in: mention by mention merging
        depends on the order sources arrive in, event to event merging does not."""
        for event_id in sorted(self.changes.events):
            event = self.events.get(event_id)
            if event is None or event.date is None:
                continue  # only dated events merge with each other
            candidates = self._index.find(exact_keys(event.type, self._entities(event), event.date)) - {event_id}
            best = max(((self._events_fit(event, self.events[c]), c) for c in candidates if c in self.events),
                       default=(0, ""))
            if best[0] > 0:
                other = self.events[best[1]]
                smaller, larger = sorted((event, other), key=lambda e: len(e.evidence))
                self._absorb(larger, smaller)  # moving the fewer mentions rewrites the fewer articles

    def _events_fit(self, a: Event, b: Event) -> int:
        if a.type != b.type or (a.modality is Modality.ASSERTED) != (b.modality is Modality.ASSERTED):
            return 0
        if not _modes_fit(a.mode, b.mode) or (a.location and b.location and a.location != b.location):
            return 0
        mine, theirs = a.tally(), b.tally()
        if "visit" in (a.mode, b.mode) and mine.actors and theirs.actors and not mine.actors.keys() & theirs.actors:
            return 0
        if a.date is not None and b.date is not None and not compatible(a.date, b.date):
            return 0
        if a.date is None or b.date is None:
            return 0  # without dates on both sides, events stay apart
        shared = mine.parties & theirs.parties
        score = sum(2 if self._specific(e) else 1 for e in shared)
        same_place = bool(a.location and a.location == b.location)
        score += int(same_place) + int(bool(mine.lemmas & theirs.lemmas))
        needed = STRONG if same_place and a.mode and a.mode == b.mode else STRONG + 1
        return score if score >= needed else 0

    def _absorb(self, into: Event, event: Event) -> None:
        for item in event.evidence:
            item.event_id = into.id
            into.evidence.append(item)
            self.changes.articles.add(item.article_id)
        self._drop(event)
        self._refresh(into)

    def _remerge(self, item: Evidence) -> None:
        """Move a lone mention into a better event now that it has a date."""
        event = self.events.get(item.event_id or "")
        if event is None or len(event.evidence) > 1:
            return
        self._drop(event)
        item.event_id = None
        self._merge(item)

    def _drop(self, event: Event) -> None:
        del self.events[event.id]
        self._index.drop(event.id)
        self._filed.pop(event.id, None)
        claimed = self._claims.pop(event.id, None)
        if claimed is not None:
            self._firsts[claimed[0]].discard(event.id)
        self.changes.removed.add(event.id)
        self.changes.events.discard(event.id)
        self.changes.created.discard(event.id)

    def _candidates(self, item: Evidence, merging: bool = True) -> list[str]:
        """Events this mention may join (see resolve/blocking.py), oldest first: those filed under its
        parties, their namesakes (the Assad regime -> Assad) or its place at a date it could match, and of
        those only the ones whose overlap with it could reach the score a merge needs (`merging`: and that
        pass every rule `_fit` applies before scoring; else events of the same story, to borrow dates
        from). Around a person in the news every day a block holds thousands of events: a cheap bound
        spares scoring each of them."""
        found = self._blocked(item, merging)
        reach = _Reach(item, {e: self._specific(e) for e in item.parties}, {e: self._related(e) for e in item.parties},
                       merging)
        return _in_order(c for c in found if reach.may_fit(self.events[c], self._namesakes(self.events[c])))

    def _blocked(self, item: Evidence, merging: bool = True) -> set[str]:
        """The events filed under the mention's entities at the dates it could match (see blocking.py);
        `merging` an undated mention, only those it could firmly match."""
        ids = {*item.parties, *([item.location] if item.location else [])}
        ids |= {r for e in item.parties for r in self._related(e)}
        anchor = self.anchors.get(item.article_id)
        written = anchor.date if anchor is not None and anchor.exact else None
        dates = self._dates_it_may_have(item, written)
        keys: list[Key] = [(item.type, entity, "u:?") for entity in ids]  # undated events of undated articles
        if merging and not dates and item.date is None and written is not None:
            return self._firm_blocked(item, written) | self._index.find(keys)
        found: set[str] = set()
        for entity in ids:
            keys += [k for when in dates for k in exact_keys(item.type, [entity], when)]
            if entity == item.location or self._specific(entity):
                keys += [k for when in dates for k in nearby_keys(item.type, [entity], when, written)]
                if item.date is not None:
                    continue
                if written is not None:
                    keys += nearby_keys(item.type, [entity], None, written)
                else:  # an undated mention from an article that does not know its own date: any date
                    found |= {e for e in self._events_of.get(entity, ()) if e in self.events
                              and self.events[e].type == item.type}
        return found | self._index.find(keys)

    def _firm_blocked(self, item: Evidence, written: PartialDate) -> set[str]:
        """The events of the two weeks before its article that an undated mention could firmly match
        (`_firmly_same`): a named party in common and one more of its parties or its place. Two weeks of
        a person in the news every day are many events; those holding a second of its entities are few."""
        near = {e: self._index.find(nearby_keys(item.type, [e], None, written))
                for e in {*item.parties, *([item.location] if item.location else [])}}
        found: set[str] = set()
        for named in (e for e in item.parties if self._specific(e)):
            found |= near[named] & set().union(*(events for e, events in near.items() if e != named))
        return found

    def _dates_it_may_have(self, item: Evidence, written: PartialDate | None) -> list[PartialDate]:
        """Its date; or, for a year-less 'January 29th', that day in the year the article was written and the
        year before (in every year the corpus has events in, when that is not known)."""
        if item.date is not None:
            return [item.date]
        if item.month_day is None:
            return []
        month, day = item.month_day
        years = (written.year, written.year - 1) if written is not None else sorted(self._years)
        return [PartialDate(year, month, day) for year in years]

    def _entities(self, event: Event) -> set[str]:
        """What an event is filed under: its parties, their namesakes and its places."""
        tally = event.tally()
        return tally.parties | {r for e in tally.parties for r in self._related(e)} | set(tally.locations)

    def _file(self, event: Event) -> None:
        """File an event in the index under its entities and its date; when only entities were added (an
        event growing with every article that reports it), file just those."""
        tally = event.tally()
        undated = event.date is None
        written: list[PartialDate] = []
        if undated:
            anchors = [self.anchors.get(a) for a in tally.articles]
            if all(a is not None and a.exact for a in anchors):  # else filed as of no time (u:?)
                written = [a.date for a in anchors if a is not None]
        when = (event.date, tuple(written), len(tally.parties), len(tally.locations))
        filed = self._filed.get(event.id)
        if filed is not None and filed[0] == tally.generation and filed[1] == when:
            return  # nothing new to file under
        if filed is not None and filed[0] == tally.generation and filed[1][:2] == when[:2]:
            new = self._entities(event) - self._index.entities_of(event.id)
            self._index.add(event.id, event_keys(event.type, new, event.date, written))
        else:
            new = self._entities(event)
            self._index.file(event.id, event_keys(event.type, new, event.date, written))
        self._filed[event.id] = (tally.generation, when)
        if event.date is not None:
            self._years.add(event.date.year)
        for entity_id in new:
            self._events_of[entity_id].add(event.id)

    def _fit(self, item: Evidence, event: Event) -> int:
        """How well a mention fits an event: 0 when it must not merge, else its participant overlap."""
        if item.type != event.type or (item.modality is Modality.ASSERTED) != (event.modality is Modality.ASSERTED):
            return 0
        if not _modes_fit(item.mode, event.mode) and not self._talks_of_the_visit(item, event):
            return 0
        tally = event.tally()
        places = tally.locations
        if item.location and places and item.location not in places and not self._same_day_same_people(item, event):
            return 0  # a visit to Moscow is not a visit to Damascus (unless sources disagree on the place)
        if "visit" in (item.mode, event.mode) and item.actors and not self._same_visitor(item, event):
            return 0  # two visits to Moscow by different people
        same_word = bool(item.lemma) and item.lemma in tally.lemmas
        score = self._overlap(item, event) + int(same_word)
        if score < WEAK:
            return 0
        if item.article_id in tally.articles and not (item.parties <= tally.parties):
            return 0  # one article reports two different meetings: do not fold them together
        if item.article_id in tally.articles and item.type in STATEMENT_TYPES and \
                (item.article_id, item.lemma) not in tally.article_lemmas:
            return 0  # "Lavrov thanked ..." and "He reaffirmed ...": two statements, not one
        date = item.date
        if date is None and item.month_day is not None and event.date is not None:
            month, day = item.month_day
            date = PartialDate(event.date.year, month, day)
        days = tally.month_days if event.date is None else []
        mine = _month_day(item)
        if days and mine is not None:  # only year-less dates on one side: compare month and day
            return score + 1 if any(_month_days_fit(mine, d) for d in days) else 0
        if date is None or event.date is None:
            return score if self._firmly_same(item, event) else 0
        if compatible(date, event.date):
            return score + 1
        if score >= STRONG and days_apart(date, event.date) <= CONFLICT_WINDOW_DAYS:
            return score  # one event, dated differently by its sources
        return 0

    def _overlap(self, item: Evidence, event: Event) -> int:
        tally = event.tally()
        theirs = tally.parties
        shared = item.parties & theirs
        score = sum(2 if self._specific(e) else 1 for e in shared)
        related = ({r for e in item.parties - shared for r in self._related(e)} & theirs) | (
            {p for p in item.parties if self._named_after(p, theirs, shared, event)})
        score += len(related)  # "the fall of Assad's regime" and "the fall of Assad"
        if item.location and item.location in tally.locations:
            score += 1
        return score

    def _named_after(self, entity_id: str, theirs: set[str], shared: set[str], event: Event) -> bool:
        """Whether a party of the event (other than those shared) is named after `entity_id` ("the Assad
        regime" after Assad)."""
        return any(p in theirs and p not in shared for p in self._namesakes(event).get(entity_id, ()))

    def _namesakes(self, event: Event) -> dict[str, list[str]]:
        """For an event's parties: entity -> the parties named after it (kept with the tally)."""
        tally = event.tally()
        if tally.namesakes is None or tally.namesakes[0] != len(tally.parties):
            found: dict[str, list[str]] = defaultdict(list)
            for party in tally.parties:
                for related in self._related(party):
                    found[related].append(party)
            tally.namesakes = (len(tally.parties), found)
        return tally.namesakes[1]

    def _talks_of_the_visit(self, item: Evidence, event: Event) -> bool:
        """'The delegation held talks with ...' right after its visit: the talks of that visit. A meeting
        with a named actor of its own ('Al-Shaibani held talks with Lavrov') stays an event of its own."""
        return event.mode == "visit" and item.mode is None and item.date_origin == "inherited" and not any(
            self._specific(a) for a in item.actors)

    def _same_day_same_people(self, item: Evidence, event: Event) -> bool:
        """Two named parties in common on the same day: one event, whatever place each source gives."""
        shared = [e for e in item.parties & event.tally().parties if self._specific(e)]
        day = item.date is not None and item.date.precision.value == "day"
        return len(shared) >= 2 and day and event.date is not None and compatible(item.date, event.date)  # type: ignore[arg-type]

    def _same_visitor(self, item: Evidence, event: Event) -> bool:
        tally = event.tally()
        return bool(set(item.actors) & tally.parties) or not tally.actors

    def _firmly_same(self, item: Evidence, event: Event) -> bool:
        """Without dates to compare, only a firm match merges: two named parties in common, or one and
        the same place."""
        common = item.parties & event.tally().parties
        shared = [e for e in common if self._specific(e)]
        same_place = item.location is not None and item.location in event.tally().locations
        return len(shared) >= 2 or (len(shared) >= 1 and (same_place or len(common) > len(shared)))

    def _related(self, entity_id: str) -> set[str]:
        facts = self.entity(entity_id)
        return set(facts.related) if facts is not None else set()

    def _specific(self, entity_id: str) -> bool:
        facts = self.entity(entity_id)
        return facts is not None and facts.type in SPECIFIC and not facts.denotes

    # --- event state --------------------------------------------------------------------------

    def _refresh(self, event: Event) -> None:
        before = event.date
        self._derive(event)
        self.changes.events.add(event.id)
        if event.date != before:
            self.changes.redated.add(event.id)
        self._file(event)
        if event.tally().first_claim:
            self._claim_first(event)

    def _claim_first(self, event: Event) -> None:
        """An event called 'the first' of its kind: when its date, kind, parties or claiming sources change,
        its rivals' conflicts are to be written again (not on every mention it gains: in a busy story
        hundreds of visits a month are called the first of something)."""
        tally = event.tally()
        where = (event.type, event.mode, event.date.iso()[:7]) if event.date is not None else None
        claim = (event.date, tally.claims, len(tally.parties), tally.generation)
        filed = self._claims.get(event.id)
        if filed is not None and filed == (where, claim):
            return
        if filed is not None:
            self._firsts[filed[0]].discard(event.id)
        if where is None:
            self._claims.pop(event.id, None)
            return
        self._firsts[where].add(event.id)
        self._claims[event.id] = (where, claim)
        for other_id in self._rivals(event):
            self.changes.events.add(other_id)

    def _rivals(self, event: Event, shifts: Iterable[int] = range(-RIVAL_MONTHS, RIVAL_MONTHS + 1)) -> list[str]:
        """Other events claimed 'the first' of the same type and mode (a first call does not contradict a
        first visit), within months of this one (`shifts`: which months, relative to its own)."""
        if event.date is None:
            return []
        found: list[str] = []
        year, month = event.date.year, event.date.month or 6
        for shift in shifts:
            y, m = divmod(year * 12 + month - 1 + shift, 12)
            found += [i for i in self._firsts.get((event.type, event.mode, f"{y:04d}-{m + 1:02d}"), ())
                      if i != event.id]
        return _in_order(i for i in found if i in self.events)

    def _derive(self, event: Event) -> None:
        """An event's date, place, mode and modality, from the tally of its evidence."""
        tally = event.tally()
        event.date = _consensus(tally.own_dates or tally.borrowed_dates)
        event.location = _most_common(tally.locations) or None
        event.mode = _most_common(tally.modes) or event.mode
        event.modality = Modality.ASSERTED if tally.asserted else event.evidence[0].modality

    def conflicts(self, event: Event) -> list[Conflict]:
        """Where an event's sources disagree: computed when the event is written, not on every change."""
        found = []
        stated = event.tally().stated
        values = [PartialDate.from_iso(v) for v in stated]
        if any(not compatible(a, b) for a in values for b in values):
            found.append(Conflict("date", sorted((v, sorted(a)) for v, a in stated.items())))
        people = self._people_by_article(event)
        if len(people) > 1 and len({frozenset(p) for p in people.values()}) > 1:
            found.append(Conflict("participants", sorted((", ".join(sorted(p)), [a]) for a, p in people.items())))
        places = self._places_by_article(event)
        if len(places) > 1:
            found.append(Conflict("location", sorted((p, sorted(a)) for p, a in places.items())))
        rivals = self._rival_firsts(event)
        if rivals:
            found.append(Conflict("first_claim", rivals))
        return found

    def _rival_firsts(self, event: Event) -> list[tuple[str, list[str]]]:
        """Two sources each calling a different event 'the first' of its kind between the same parties."""
        if not event.tally().first_claim or event.date is None:
            return []
        date = event.date
        rivals: dict[str, list[Event]] = defaultdict(list)  # their dates -> events
        for distance in range(RIVAL_MONTHS + 1):  # the nearest months first: a busy story has hundreds
            for other_id in self._rivals(event, {-distance, distance}):
                other = self.events[other_id]
                if other.date is not None and not compatible(other.date, date) and \
                        other.tally().parties & event.tally().parties:
                    rivals[other.date.iso()].append(other)
            if len(rivals) >= RIVAL_DATES:
                break
        nearest = sorted(rivals, key=lambda iso: (days_apart(PartialDate.from_iso(iso), date), iso))[:RIVAL_DATES]
        values = [(iso, _claimers(rivals[iso])) for iso in nearest]
        return sorted([(date.iso(), _claimers([event])), *values]) if values else []

    def _people_by_article(self, event: Event) -> dict[str, set[str]]:
        """The people each article names as taking part (in whatever role), for articles that name any."""
        named: dict[str, set[str]] = defaultdict(set)
        for e in event.evidence:
            for entity_id in e.parties:
                facts = self.entity(entity_id)
                if facts is not None and facts.type is EntityType.PERSON:
                    named[e.article_id].add(entity_id)
        return dict(named)

    def _places_by_article(self, event: Event) -> dict[str, list[str]]:
        """Locations that cannot both be right: different places standing for different states."""
        by_place: dict[str, list[str]] = defaultdict(list)
        for e in event.evidence:
            if e.location and e.article_id not in by_place[e.location]:
                by_place[e.location].append(e.article_id)
        if len(by_place) < 2:
            return {}
        states = {self._state_of(p) for p in by_place}
        if len(states) > 1 or None in states:
            return dict(by_place)
        return {}

    def _state_of(self, entity_id: str) -> str | None:
        facts = self.entity(entity_id)
        if facts is None:
            return None
        return entity_id if facts.type is EntityType.STATE else facts.denotes

    # --- dates across sources -----------------------------------------------------------------

    def _propagate(self) -> None:
        """Let dates flow across sources until nothing changes (bounded: each article's anchor can
        only become more exact)."""
        for _ in range(5):
            touched = self._open_among(self.changes.events)
            improved = [a for a in sorted(touched) if self._improve_anchor(a)]
            filled = [a for a in sorted(touched) if self._years_missing(a)]
            if not improved and not filled:
                return
            for article_id in sorted(set(improved) | set(filled)):
                undated = {e.key for e in self.by_article[article_id] if e.date is None}
                self._place(article_id)
                self.changes.articles.add(article_id)
                for item in self.by_article[article_id]:
                    if item.key in undated and item.date is not None:
                        self._remerge(item)  # newly dated: it may now belong with another source's event
                self._date_by_reference(article_id)
                self._reopen(article_id)
                for event_id in _in_order({e.event_id for e in self.by_article[article_id] if e.event_id}):
                    self._refresh(self.events[event_id])

    def _reopen(self, article_id: str) -> None:
        """Keep track of the articles whose dates may still improve: no exact anchor, or a year-less date."""
        anchor = self.anchors.get(article_id)
        if (anchor is None or not anchor.exact) or any(
                e.date is None and e.month_day is not None for e in self.by_article[article_id]):
            self._open.add(article_id)
        else:
            self._open.discard(article_id)

    def _open_among(self, event_ids: set[str]) -> set[str]:
        """The open articles with evidence in these events (without walking every article of a big one)."""
        found: set[str] = set()
        for event_id in event_ids:
            articles = self.events[event_id].tally().articles
            if len(articles) < len(self._open):
                found.update(a for a in articles if a in self._open)
            else:
                found.update(a for a in self._open if a in articles)
        return found

    def _years_missing(self, article_id: str) -> bool:
        return any(e.date is None and e.month_day is not None and e.event_id in self.events
                   and self._year_from_sources(self.events[e.event_id], e) is not None
                   for e in self.by_article[article_id])

    def _improve_anchor(self, article_id: str) -> bool:
        current = self.anchors.get(article_id)
        if current is not None and current.exact:
            return False
        exact = self._exact_from_events(article_id)
        if exact is not None:
            self.anchors[article_id] = Anchor(exact, AnchorKind.FROM_EVENT)
            return True
        if current is None:
            dated = [e.date for e in self.by_article[article_id]
                     if e.date is not None and e.date_origin == "year_from_sources" and e.date.month is not None]
            if dated:
                latest = max(dated, key=lambda d: (d.year, d.month or 0, d.day or 0))
                self.anchors[article_id] = Anchor(latest, AnchorKind.LOWER_BOUND)
                return True
        return False

    def _exact_from_events(self, article_id: str) -> PartialDate | None:
        """This article said 'yesterday' (or 'today') about an event another source dates to the day."""
        for item in self.by_article[article_id]:
            if item.time is None or item.time.kind not in DEICTIC or item.time.kind is not TimeKind.DAY_OFFSET:
                continue
            for date in self._days_others_give(item):
                inferred = infer_exact_anchor(item.time, date)
                if inferred is not None:
                    return inferred
        return None

    def _days_others_give(self, item: Evidence) -> list[PartialDate]:
        """Day-precise dates other sources state for this mention's event, or for an event of the same
        trip: same place, shared participants, same month."""
        days: list[PartialDate] = []
        event = self.events.get(item.event_id or "")
        pool = [event] if event is not None else []
        pool += [self.events[i] for i in self._candidates(item, merging=False) if i != item.event_id]
        pool += [e for e in self._same_trip(item) if e not in pool]
        for candidate in pool:
            for other in candidate.evidence:
                if (other.article_id != item.article_id and other.date_origin == "stated" and other.date is not None
                        and other.date.precision.value == "day"
                        and (candidate is event or self._same_trip_fit(item, candidate))):
                    days.append(other.date)
        return days

    def _same_trip(self, item: Evidence) -> list[Event]:
        """Meetings in the same place in the weeks before the article."""
        if item.location is None:
            return []
        anchor = self.anchors.get(item.article_id)
        found = self._index.find(nearby_keys("CONSULT", [item.location], None, anchor.date if anchor else None))
        return [self.events[i] for i in found if i in self.events]

    def _same_trip_fit(self, item: Evidence, event: Event) -> bool:
        """A meeting 'yesterday' in Moscow and a visit to Moscow on a given day, with a party in common."""
        if item.location is None or item.location not in event.tally().locations:
            return False
        if not item.parties & event.tally().parties:
            return False
        event_date = event.date
        own = self.events.get(item.event_id or "")
        return event_date is None or own is None or own.date is None or compatible(own.date, event_date)


def _most_common(counts: Counter[str]) -> str:
    """The value counted most; of equals the first in sort order, not the first met (a reload changes that)."""
    return min(counts, key=lambda value: (-counts[value], value)) if counts else ""


def _consensus(counts: Counter[str]) -> PartialDate | None:
    """The date the sources agree on: the value most others support (are at least as precise as, and
    compatible with), then made as precise as the supporting sources allow without contradicting
    each other ('February' and 'February 13th' -> 13 February; 'January 28' and 'January 29' ->
    January)."""
    if not counts:
        return None
    values = {iso: PartialDate.from_iso(iso) for iso in counts}
    # A value's support: the sources at least as precise and compatible with it, which are those whose date
    # starts with it ("2025-03" backs "2025", "2025-03-13" backs both): summed per prefix, in one pass
    # (an event reported for months gathers hundreds of distinct dates).
    support: Counter[str] = Counter()
    for iso, n in counts.items():
        for length in (4, 7, 10):
            if len(iso) >= length:
                support[iso[:length]] += n
    best = values[max(values, key=lambda iso: (support[iso], -len(iso), -values[iso].year, iso))]
    backing = [d for d in values.values() if compatible(best, d)]
    for precise in ("day", "month"):
        finer = {d.iso() for d in backing if d.precision.value == precise}
        if len(finer) == 1:
            candidate = PartialDate.from_iso(finer.pop())
            if all(compatible(candidate, d) for d in backing):
                return candidate
    return best


@dataclass
class _Reach:
    """What a mention could score against an event, as an upper bound of `_fit` that costs a few lookups:
    the overlap of `_overlap`, the same trigger word, and the threshold its dates impose (WEAK at a
    compatible date or comparing year-less days, STRONG for a date conflict or a firm match without
    dates)."""

    item: Evidence
    specific: dict[str, bool]  # for each of its parties
    related: dict[str, set[str]]  # each of its parties' namesakes
    merging: bool = True  # apply `_fit`'s rules too (not when looking for dates other sources give)
    day: tuple[int, int | None] | None = field(init=False)  # read once, not per event

    def __post_init__(self) -> None:
        self.day = _month_day(self.item)

    def may_fit(self, event: Event, namesakes: dict[str, list[str]]) -> bool:
        item = self.item
        if self.merging and (item.modality is Modality.ASSERTED) != (event.modality is Modality.ASSERTED):
            return False  # as `_fit`: a reported meeting does not join a planned one
        tally = event.tally()
        theirs = tally.parties
        same_place = bool(item.location) and item.location in tally.locations
        score = int(bool(item.lemma) and item.lemma in tally.lemmas) + same_place
        shared = named = 0
        for party, specific in self.specific.items():
            if party in theirs:
                score += 2 if specific else 1
                shared, named = shared + 1, named + specific
            else:
                score += len(self.related[party] & theirs) + (party in namesakes)
        if self.merging and self._undated(event, tally) and not (named and (shared > 1 or same_place)):
            return False  # as `_firmly_same`, all an undated comparison can merge on: most candidates end here
        return score >= (WEAK if self._dates_agree(event, tally) else STRONG)

    def _undated(self, event: Event, tally: Tally) -> bool:
        """Whether `_fit` has no dates to compare (nor year-less days), and merges only a firm match."""
        item = self.item
        if event.date is None:
            return not (tally.month_days and self.day is not None)
        return item.date is None and item.month_day is None

    def _dates_agree(self, event: Event, tally: Tally) -> bool:
        item = self.item
        if item.date is not None and event.date is not None:
            return compatible(item.date, event.date)
        if event.date is None:
            return bool(tally.month_days) and (item.date is not None or item.month_day is not None)
        return item.month_day is not None


def _claimers(events: list[Event]) -> list[str]:
    """The articles calling these events 'the first' of their kind."""
    return sorted({e.article_id for event in events for e in event.evidence if e.first_claim})


def _in_order(event_ids: Iterable[str]) -> list[str]:
    """Event ids oldest first: sets iterate in an order that changes from run to run, results must not."""
    return sorted(event_ids, key=lambda i: (_number(i), i))


def _number(event_id: str) -> int:
    digits = event_id.removeprefix("ev")
    return int(digits) if digits.isdigit() else 0


# (verb, preposition before the targets) per PLOVER type and mode, for one-line summaries.
PHRASES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("CONSULT", "visit"): ("visit", ""),
    ("CONSULT", "phone"): ("speak by phone", "with"),
    ("CONSULT", "multilateral"): ("meet", "with"),
    ("CONSULT", None): ("meet", "with"),
    ("AGREE", None): ("agree", "with"),
    ("SUPPORT", None): ("support", ""),
    ("CONCEDE", None): ("make concessions", "to"),
    ("COOPERATE", None): ("cooperate", "with"),
    ("AID", "asylum"): ("give refuge", "to"),
    ("AID", None): ("send aid", "to"),
    ("RETREAT", None): ("withdraw", "from"),
    ("REQUEST", None): ("make demands", "of"),
    ("ACCUSE", None): ("accuse", ""),
    ("REJECT", None): ("reject", ""),
    ("THREATEN", None): ("threaten", ""),
    ("PROTEST", None): ("protest", "against"),
    ("SANCTION", "discontinue"): ("cancel dealings", "with"),
    ("SANCTION", "expel"): ("expel", ""),
    ("SANCTION", None): ("sanction", ""),
    ("MOBILIZE", None): ("mobilise", "against"),
    ("COERCE", None): ("coerce", ""),
    ("ASSAULT", None): ("attack", ""),
}
MODALITY_WORDS = {Modality.NEGATED: "did not ", Modality.FUTURE: "are to ", Modality.HYPOTHETICAL: "may "}


def summarise(event: Event, name: Callable[[str], str], denotes: Callable[[str], str | None] = lambda _: None) -> str:
    """One line: 'Mikhail Bogdanov, Alexander Lavrentyev visit Syria in Damascus'."""
    def names(ids: list[str]) -> str:
        standing_for = {denotes(i) for i in ids} - {None}
        shown = [name(i) for i in ids if i not in standing_for][:3]
        more = len([i for i in ids if i not in standing_for]) - len(shown)
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")

    verb, preposition = PHRASES.get((event.type, event.mode)) or PHRASES.get((event.type, None),
                                                                               (event.type.lower(), ""))
    actors, targets = names(event.actors), names(event.targets)
    text = f"{actors or 'someone'} {MODALITY_WORDS.get(event.modality, '')}{verb}"
    if event.mode == "visit" and event.location:
        return f"{text} {name(event.location)}"  # "... visit Damascus"
    if targets:
        text += f" {preposition} {targets}" if preposition else f" {targets}"
    if event.location:
        text += f" in {name(event.location)}"
    return text


def _month_day(item: Evidence) -> tuple[int, int | None] | None:
    """Its month and day, as `_fit` compares them with year-less dates."""
    date = item.date
    return item.month_day or ((date.month, date.day) if date is not None and date.month is not None else None)


def _month_days_fit(a: tuple[int, int | None], b: tuple[int, int | None]) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1] or abs(a[1] - b[1]) <= 3)


def _modes_fit(a: str | None, b: str | None) -> bool:
    """A phone call is not a visit, and a meeting during a visit is an event of its own."""
    return a == b
