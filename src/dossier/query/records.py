"""The query layer's results: frozen records, each shaped once, with one conversion to plain JSON data.

A record's `to_dict()` is its JSON: what `--json` prints, what the HTTP API answers and what a notebook's
`to_pandas()` turns into columns. Most records are flat and their fields are their JSON keys; those that name
actors hold `Ref`s (id, name, type) and write the ids. A list of records is a `Records` list, which adds
`to_dicts()` and `to_pandas()`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar, cast

from dossier.errors import DossierError
from dossier.models import EntityType, Origin, PartialDate, Precision

# A field left out of the JSON: what a front end needs to show a record (offsets, wording) but no script.
HIDDEN: dict[str, Any] = {"json": False}


class MissingExtra(DossierError, ImportError):
    """An optional package this call needs is not installed."""


class Record:
    """Base of every result record (frozen dataclasses)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (its fields, in order, less the hidden ones)."""
        return {f.name: plain(getattr(self, f.name)) for f in dataclasses.fields(cast(Any, self))
                if f.metadata.get("json", True)}


R = TypeVar("R", bound=Record)


class Records(list[R]):
    """A list of records: `to_dicts()` for JSON, `to_pandas()` for a DataFrame with the JSON's columns."""

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one row per record (pandas is an optional extra: `pip install dossier[pandas]`)."""
        try:
            import pandas
        except ImportError:
            raise MissingExtra("to_pandas() needs pandas: pip install 'dossier[pandas]'") from None
        return pandas.DataFrame(self.to_dicts())


def plain(value: Any) -> Any:
    """Records, dataclasses, enums and partial dates as JSON-ready values (lists, dicts, str, numbers)."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _ids(refs: list[Ref]) -> list[str]:
    return [r.id for r in refs]


# --- articles ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ref(Record):
    """An actor as other records name it."""

    id: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Article(Record):
    """A stored article without its text; each metadata field with where it came from (metadata, text,
    unknown). `published` is ISO at the precision stated (2025, 2025-07, 2025-07-31)."""

    id: str
    title: str | None
    title_origin: Origin
    outlet: str | None
    outlet_origin: Origin
    url: str | None
    url_origin: Origin
    published: str | None
    published_precision: Precision | None
    published_origin: Origin
    published_as_stated: str | None
    source_path: str
    words: int


@dataclass(frozen=True, slots=True)
class Sentence(Record):
    index: int
    start: int  # character offsets in the article's text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TriggerMark(Record):
    """An event trigger in an article: where the article reports which event."""

    event_id: str
    event_type: str
    modality: str
    sentence_index: int
    start: int  # offsets in the article's text
    end: int
    summary: str


@dataclass(frozen=True, slots=True)
class MentionMark(Record):
    """An actor mention in an article, with the actor it was resolved to."""

    entity_id: str
    name: str
    entity_type: str
    sentence_index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleText(Article):
    """One article with its text, its sentences and what was found in each."""

    text: str
    sentences: Records[Sentence]
    events: Records[TriggerMark]
    mentions: Records[MentionMark]


@dataclass(frozen=True, slots=True)
class SearchHit(Record):
    """One article matching a full-text query, best first; `highlights` are [start, end) ranges in `snippet`."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Stats(Record):
    """Counts of what is stored."""

    articles: int
    outlets: int
    words: int
    undated_articles: int
    earliest_published: str | None
    latest_published: str | None
    analysed_articles: int
    articles_waiting_for_analysis: int
    sentences: int
    entities: int
    entity_mentions: int
    events: int
    dated_events: int
    events_with_conflicts: int
    pack: str | None
    schema_version: int


# --- actors -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A resolved actor: every alias seen, mentions and articles; `denotes` is the actor it stands for when it
    acts (the Kremlin: Russia)."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    mentions: int
    articles: int
    wikidata: str | None
    denotes: str | None
    pack_id: str | None


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """One mention of an actor, with its sentence."""

    article: str
    sentence_index: int
    sentence: str
    text: str  # as written
    start: int  # offsets in the article's text
    end: int


@dataclass(frozen=True, slots=True)
class Neighbour(Record):
    """An actor mentioned in the same sentences as another, and in how many."""

    id: str
    name: str
    type: EntityType
    sentences: int


@dataclass(frozen=True, slots=True)
class EntityDetail(Entity):
    """One actor: the articles and sentences naming it, the actors named beside it, how many events it takes
    part in."""

    article_ids: list[str]
    mentions_in: Records[Mention]
    cooccurring: Records[Neighbour]
    events: int


# --- events -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event(Record):
    """An event merged across sources (PLOVER type and mode), dated at the precision its sources support.
    Its JSON lists the actors', targets' and place's ids, with their names under `names`."""

    id: str
    type: str
    mode: str | None
    modality: str  # asserted, future, hypothetical, negated
    date: str | None
    date_precision: str | None
    summary: str
    sources: int  # mentions
    articles: int
    conflict: bool  # its sources disagree
    actors: list[Ref]
    targets: list[Ref]
    location: Ref | None

    def to_dict(self) -> dict[str, Any]:
        place = [self.location] if self.location else []
        return {"id": self.id, "type": self.type, "mode": self.mode, "modality": self.modality, "date": self.date,
                "date_precision": self.date_precision, "summary": self.summary, "sources": self.sources,
                "articles": self.articles, "conflict": self.conflict, "actors": _ids(self.actors),
                "targets": _ids(self.targets), "location": self.location.id if self.location else None,
                "names": {r.id: r.name for r in [*self.actors, *self.targets, *place]}}


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """One source's report of an event: its sentence, the trigger in it, the date as that source states it and
    where it falls (`date_origin`: stated, year_from_sources, inherited, referenced)."""

    article: str
    outlet: str | None
    title: str | None
    published: str | None
    sentence_index: int
    sentence: str
    trigger: str
    trigger_start: int  # offsets in the article's text
    trigger_end: int
    date_as_stated: str | None
    date: str | None
    date_origin: str
    modality: str
    actors: list[Ref]
    targets: list[Ref]
    sentence_start: int = field(metadata=HIDDEN)  # where the sentence starts in the article's text

    @property
    def how_dated(self) -> str:
        """Where the date comes from, in words."""
        return DATE_ORIGINS.get(self.date_origin, self.date_origin)

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "outlet": self.outlet, "title": self.title, "published": self.published,
                "sentence_index": self.sentence_index, "sentence": self.sentence, "trigger": self.trigger,
                "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
                "date_as_stated": self.date_as_stated, "date": self.date, "date_origin": self.date_origin,
                "modality": self.modality, "actors": _ids(self.actors), "targets": _ids(self.targets)}


@dataclass(frozen=True, slots=True)
class ConflictValue(Record):
    """One of the values sources give, the articles giving it and their outlets."""

    value: str  # as stored: a date, or entity ids joined by ", "
    articles: list[str]
    sources: list[str]
    shown: str = field(metadata=HIDDEN)  # the value in words (names for ids)


@dataclass(frozen=True, slots=True)
class Conflict(Record):
    """Sources disagreeing about one field of one event (date, location, participants, first_claim)."""

    event: str
    field: str
    event_date: str | None
    event_summary: str
    values: Records[ConflictValue]
    explanation: str

    @property
    def what(self) -> str:
        """The field in words: "date", "place", "who took part", "which event was the first"."""
        return CONFLICT_FIELDS.get(self.field, self.field)


@dataclass(frozen=True, slots=True)
class EventDetail(Event):
    """One event with the issues it concerns, every source's evidence, and each conflict explained."""

    issues: list[str]
    evidence: Records[Evidence]
    conflicts: Records[Conflict]

    def to_dict(self) -> dict[str, Any]:
        return {**Event.to_dict(self), "issues": list(self.issues), "evidence": self.evidence.to_dicts(),
                "conflicts": self.conflicts.to_dicts()}


CONFLICT_FIELDS = {"date": "date", "location": "place", "participants": "who took part",
                   "first_claim": "which event was the first"}
DATE_ORIGINS = {"stated": "as stated", "year_from_sources": "year from the other sources",
                "inherited": "date of the story it continues", "referenced": "date of the event it refers to"}


# --- the issue board --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """Words attributed to someone: a direct quotation or reported speech; no speaker when none is clear."""

    speaker: Ref | None
    text: str
    kind: str  # direct | reported
    cue: str | None  # the words that attribute it
    issues: list[str]
    article: str
    outlet: str | None
    published: str | None
    sentence_index: int
    sentence: str
    start: int  # offsets of the quoted words in the article's text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.id if self.speaker else None,
                "speaker_name": self.speaker.name if self.speaker else None, "text": self.text, "kind": self.kind,
                "cue": self.cue, "issues": list(self.issues), "article": self.article, "outlet": self.outlet,
                "published": self.published, "sentence_index": self.sentence_index, "sentence": self.sentence,
                "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Position(Record):
    """An actor's stated stance on an issue (demand, offer, accept, reject, condition, support, states), with
    its sentence and date; `label` says it in words ("does not demand" when negated)."""

    actor: Ref
    issue: str
    stance: str
    negated: bool
    label: str
    date: str | None
    article: str
    outlet: str | None
    sentence_index: int
    sentence: str
    cue: str

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor.id, "name": self.actor.name, "issue": self.issue, "stance": self.stance,
                "negated": self.negated, "label": self.label, "date": self.date, "article": self.article,
                "outlet": self.outlet, "sentence_index": self.sentence_index, "sentence": self.sentence,
                "cue": self.cue}


@dataclass(frozen=True, slots=True)
class Stance(Record):
    """An actor's latest stance on an issue."""

    actor: str
    name: str
    stance: str
    negated: bool
    label: str
    date: str | None


@dataclass(frozen=True, slots=True)
class IssueCounts(Record):
    sentences: int
    articles: int
    positions: int
    actors: int  # actors taking positions
    last_change: str | None  # date of the latest dated position
    events: int


@dataclass(frozen=True, slots=True)
class Issue(Record):
    """An issue of the pack with its counts and each actor's latest stance."""

    id: str
    label: str
    keywords: list[str]
    anchors: list[str]
    sentences: int
    articles: int
    positions: int
    actors: int
    last_change: str | None
    events: int
    stances: Records[Stance]


@dataclass(frozen=True, slots=True)
class IssueDetail(Record):
    """One issue: every position with its sentence, the events and the quotations about it. Its JSON lists
    each event's id, date, type, summary and conflict."""

    id: str
    label: str
    keywords: list[str]
    anchors: list[str]
    positions: Records[Position]
    events: Records[Event]
    quotes: Records[Quote]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "keywords": list(self.keywords), "anchors": list(self.anchors),
                "positions": self.positions.to_dicts(),
                "events": [{"id": e.id, "date": e.date, "type": e.type, "summary": e.summary, "conflict": e.conflict}
                           for e in self.events],
                "quotes": self.quotes.to_dicts()}


# --- outlets ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutletIssue(Record):
    issue: str
    sentences: int
    share: float  # of the outlet's sentences
    corpus_share: float  # of every outlet's sentences


@dataclass(frozen=True, slots=True)
class OutletActor(Record):
    id: str
    name: str
    sentences: int
    share: float
    corpus_share: float


@dataclass(frozen=True, slots=True)
class ExclusiveEvent(Record):
    id: str
    date: str | None
    summary: str


@dataclass(frozen=True, slots=True)
class Tone(Record):
    """The mean tone (VADER) of an outlet's sentences naming an actor: favourable, neutral or hostile."""

    id: str
    name: str
    tone: float
    sentences: int
    label: str


@dataclass(frozen=True, slots=True)
class Outlet(Record):
    """One outlet compared with the others: the issues and actors it gives most space to, the dated events
    only it reports, its tone towards the main actors."""

    outlet: str
    articles: int
    sentences: int
    issues: Records[OutletIssue]
    actors: Records[OutletActor]
    exclusive_events: Records[ExclusiveEvent]
    tone: Records[Tone]


# --- the network ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkNode(Record):
    id: str
    name: str
    type: str
    events: int  # events it takes part in, within the window


@dataclass(frozen=True, slots=True)
class NetworkEdge(Record):
    source: str
    target: str
    events: int  # events both take part in


@dataclass(frozen=True, slots=True)
class Network(Record):
    """Actors linked by the events they share."""

    nodes: Records[NetworkNode]
    edges: Records[NetworkEdge]
