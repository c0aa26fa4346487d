"""The records event resolution works on: evidence (an event mention, resolved), events, what events know of
an entity, conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dossier.models import ConflictRecord, EntityType, EvidenceRecord, Modality, Occasion, PartialDate, TimeExpr
from dossier.plover import DateOrigin, EventType, Mode, act_key
from dossier.resolve.events.tally import Tally

Conflict = ConflictRecord  # field (date | participants | location | first_claim), (value, article ids)


@dataclass(slots=True)
class Evidence:
    """One event mention, resolved: entity ids instead of mention indices, its time placed."""

    article_id: str
    n: int  # position among the article's event mentions
    sentence: int
    trigger: str
    start: int
    end: int
    type: EventType | None  # None: an act PLOVER does not type, named by `kind`
    mode: Mode | None
    modality: Modality
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    location: str | None
    time: TimeExpr | None
    date: PartialDate | None = None
    month_day: tuple[int, int | None] | None = None  # a year-less stated date, kept for comparing
    date_origin: DateOrigin = DateOrigin.NONE
    event_id: str | None = None
    issues: tuple[str, ...] = ()
    lemma: str = ""
    tense: str = "past"
    time_ref: int | None = None  # the article's event mention (n) whose event dates this one
    first_claim: bool = False
    attribution: tuple[str, ...] = ()  # who the report is credited to (entity ids): shown, never a party
    ordinal: int | None = None  # "the second visit": 2 (EventMention.ordinal)
    occasion: Occasion | None = None  # the event named as when it happens (EventMention.occasion)
    occasion_parties: tuple[str, ...] = ()  # the entities named inside that phrase
    companions: tuple[str, ...] = ()  # who goes with a party ("X and his family": "family"; EventMention)
    joins: bool = False  # went along to the gathering `time_ref` tells (EventMention.joins)
    kind: str | None = None  # the act a typeless event is (EventMention.kind)
    earlier: bool = False  # told in the past perfect (EventMention.earlier)

    @classmethod
    def from_record(cls, r: EvidenceRecord) -> Evidence:
        """Evidence as the store kept it."""
        return cls(article_id=r.article_id, n=r.n, sentence=r.sentence, trigger=r.trigger, start=r.start, end=r.end,
                   type=r.type, mode=r.mode, modality=r.modality, actors=r.actors, targets=r.targets,
                   location=r.location, time=r.time, date=r.date, month_day=r.month_day, date_origin=r.date_origin,
                   event_id=r.event_id, issues=r.issues, lemma=r.lemma, tense=r.tense, time_ref=r.time_ref,
                   first_claim=r.first_claim, attribution=r.attribution, companions=r.companions, kind=r.kind,
                   earlier=r.earlier, ordinal=r.ordinal, joins=r.joins, occasion=r.occasion,
                   occasion_parties=r.occasion_parties)

    def record(self) -> EvidenceRecord:
        """As the store keeps it."""
        assert self.event_id is not None, "evidence is written once it belongs to an event"
        return EvidenceRecord(
            article_id=self.article_id, n=self.n, sentence=self.sentence, trigger=self.trigger, start=self.start,
            end=self.end, type=self.type, mode=self.mode, modality=self.modality, actors=self.actors,
            targets=self.targets, location=self.location, time=self.time, date=self.date, month_day=self.month_day,
            date_origin=self.date_origin, event_id=self.event_id, issues=self.issues, lemma=self.lemma,
            tense=self.tense, time_ref=self.time_ref, first_claim=self.first_claim, attribution=self.attribution,
            companions=self.companions, kind=self.kind, earlier=self.earlier, ordinal=self.ordinal, joins=self.joins,
            occasion=self.occasion, occasion_parties=self.occasion_parties)

    @property
    def act(self) -> str:
        """Its type, or for a typeless act its kind (`plover.act_key`)."""
        return act_key(self.type, self.kind)

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.n)

    @property
    def parties(self) -> set[str]:
        return set(self.actors) | set(self.targets)


@dataclass(slots=True)
class Event:
    """Mentions that report one real event; its date, place, mode and modality are derived from them."""

    id: str
    type: EventType | None  # None: an act PLOVER does not type, named by `kind`
    mode: Mode | None
    modality: Modality
    evidence: list[Evidence] = field(default_factory=list)
    date: PartialDate | None = None
    location: str | None = None
    counted: Tally | None = field(default=None, repr=False, compare=False)  # see tally.py: kept by `Tallies`
    kind: str | None = None  # the act a typeless event is (EventMention.kind)

    @property
    def act(self) -> str:
        """Its type, or for a typeless act its kind (`plover.act_key`)."""
        return act_key(self.type, self.kind)

    def recount(self) -> None:
        """Evidence already counted changed in place (a date, an entity), or its tally was given back to save
        memory: count it again when next read."""
        self.counted = None


@dataclass
class EntityFacts:
    """What event resolution knows of an entity (from actor resolution)."""

    type: EntityType
    denotes: str | None
    related: tuple[str, ...] = ()  # entities it is named after: the Assad regime -> Bashar al-Assad
    name: str = ""  # as shown (a facility named after its town lies in it: `rules.named_within`)
    affiliation: str | None = None  # a person's state, as the text ties it to the name ("Norvian President X")


def events_from_records(records: Iterable[EvidenceRecord]) -> list[Event]:
    """The events the stored evidence adds up to (each evidence item names its event)."""
    events: dict[str, Event] = {}
    for record in records:
        evidence = Evidence.from_record(record)
        event = events.get(record.event_id)
        if event is None:
            event = events[record.event_id] = Event(record.event_id, evidence.type, evidence.mode, evidence.modality,
                                                    kind=evidence.kind)
        event.evidence.append(evidence)
    return list(events.values())


def in_order(event_ids: Iterable[str]) -> list[str]:
    """Event ids oldest first: sets iterate in an order that changes from run to run, results must not."""
    return sorted(event_ids, key=lambda i: (number(i), i))


def number(event_id: str) -> int:
    digits = event_id.removeprefix("ev")
    return int(digits) if digits.isdigit() else 0
