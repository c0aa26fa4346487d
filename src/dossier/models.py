"""Typed records that flow between the stages (read -> analyse -> extract -> resolve -> store).

They are plain frozen dataclasses: no spaCy objects, no database handles, so every
stage can be tested on its own and shipped to another process or machine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from dossier.plover import DateOrigin, EventType, Mode
from dossier.plover import Precision as Precision  # its home is dossier.plover; imported from here too


class Origin(StrEnum):
    """Where a metadata field came from."""

    METADATA = "metadata"  # a header line, an HTML meta tag, a JSONL field
    TEXT = "text"  # found in the article's own words (title line, credit line, dateline)
    UNKNOWN = "unknown"  # nothing supports a value: we do not guess


class EntityType(StrEnum):
    PERSON = "PERSON"
    STATE = "STATE"
    ORG = "ORG"
    PLACE = "PLACE"
    FACILITY = "FACILITY"
    GROUP = "GROUP"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to some precision: 2025-07-31 (day), 2025-07 (month), 2025 (year)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        parts = [int(p) for p in text.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class Sourced:
    """A metadata value together with where it came from."""

    value: str | None
    origin: Origin

    @classmethod
    def unknown(cls) -> Sourced:
        return cls(None, Origin.UNKNOWN)

    @classmethod
    def from_metadata(cls, value: str | None) -> Sourced:
        """A value from a header, meta tag or record field; blank means unknown."""
        return cls(value.strip(), Origin.METADATA) if value and value.strip() else cls.unknown()


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk, before any analysis."""

    id: str  # hash of the normalised text: the same article twice is stored once
    text: str
    source_path: str
    title: Sourced = field(default_factory=Sourced.unknown)
    outlet: Sourced = field(default_factory=Sourced.unknown)
    url: Sourced = field(default_factory=Sourced.unknown)
    published: PartialDate | None = None
    published_origin: Origin = Origin.UNKNOWN
    published_as_stated: str | None = None  # the words the date was read from

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with a one-line reason."""

    source_path: str
    reason: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article matching a full-text query, best first."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float  # BM25: lower is better in SQLite; we flip it so higher is better
    snippet: str
    highlights: list[tuple[int, int]]  # [start, end) character ranges of matched words in `snippet`


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What is stored about an article, without its text: for listings."""

    id: str
    title: Sourced
    outlet: Sourced
    url: Sourced
    published: PartialDate | None
    published_origin: Origin
    published_as_stated: str | None
    source_path: str
    word_count: int
    ingested_at: str


# --- analyse: what spaCy saw, as plain records --------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # index within the article
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # article-level index of the syntactic head (itself for the root)
    idx: int  # character offset in the article text


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character offsets in the article text
    end: int
    text: str
    first_token: int
    tokens: tuple[Token, ...]
    tone: float | None = None  # VADER compound score of the sentence, set by extract


@dataclass(frozen=True, slots=True)
class Span:
    """A named-entity or time span found by the analyser."""

    sentence: int
    start: int  # character offsets in the article text
    end: int
    text: str
    label: str  # spaCy label (PERSON, GPE, NORP, DATE, ...) or a pack type (PERSON, STATE, FACILITY, ...)
    token_start: int
    token_end: int  # exclusive
    pack_id: str | None = None  # the pack actor an alias pattern matched


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Span, ...]
    times: tuple[Span, ...]


# --- extract: actor mentions ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A name in a sentence that refers to an actor, typed, before cross-article resolution."""

    article_id: str
    sentence: int
    start: int  # character offsets in the article text
    end: int
    text: str  # as written: "President Al-Shara"
    name: str  # the name itself: "Al-Shara" (titles, articles and possessives stripped)
    type: EntityType
    token_start: int
    token_end: int
    pack_id: str | None = None  # set when a pack alias matched
    country: str | None = None  # the country a demonym, country name or capital stands for
    seat: bool = False  # stands for a state when it acts: a seat of government ("the Kremlin"), a capital
    weight: float = 1.0  # how much this mention's type counts in the entity's type vote
    descriptor: str | None = None  # "government", "regime", "opposition": a description, not a name
    owner: str | None = None  # the person a descriptor is named after ("the Assad regime")
    subject: bool = False  # the grammatical subject of its clause: what a later "he" most likely means
    gender: str | None = None  # a person's, where the text shows it ("Mrs", "spokeswoman", a first name)
    kind: str | None = None  # a named group the article describes as one of a kind ("M23 rebels": opposition)
    affiliation: str | None = None  # a person's country as the text ties it to the name ("Russian President X")


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """A resolved actor as the query side sees it."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    mentions: int
    articles: int
    wikidata: str | None = None
    denotes: str | None = None
    pack_id: str | None = None
    country: str | None = None  # a person's country, as the text ties it to the name most often


@dataclass(frozen=True, slots=True)
class MentionInfo:
    """One mention of an entity, with the sentence it sits in (its provenance)."""

    article_id: str
    sentence_index: int
    sentence: str
    text: str  # as written
    start: int  # character offsets in the article
    end: int


# --- extract: events and their times --------------------------------------------------------------


class Modality(StrEnum):
    ASSERTED = "asserted"  # reported as having happened
    NEGATED = "negated"  # "did not intervene"
    FUTURE = "future"  # "will visit", "is scheduled for"
    HYPOTHETICAL = "hypothetical"  # "may resume", "hopes that X will attend", "if ..."


class TimeKind(StrEnum):
    ABSOLUTE = "absolute"  # names its year: "29 January 2025", "July 2025", "in 2015"
    MONTH_DAY = "month_day"  # "January 29th", "the last day of July": the year comes from context
    MONTH = "month"  # "in January"
    DAY_OFFSET = "day_offset"  # "yesterday" (-1), "today" (0)
    WEEK_OFFSET = "week_offset"  # "last week"
    MONTH_OFFSET = "month_offset"  # "last month", "earlier this month"
    YEAR_OFFSET = "year_offset"  # "last year", "late last year", "earlier this year"
    WEEKDAY = "weekday"  # "on Tuesday"
    AFTER_PREVIOUS = "after_previous"  # "a day later", "two days later": after the previous dated event
    AFTER_EVENT = "after_event"  # "two days after the visit": from the event it names (time_ref), or no day
    # of its own when it names none ("ordered after X took office on May 4")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression as written, parsed but not yet placed on the calendar."""

    text: str
    kind: TimeKind
    year: int | None = None
    month: int | None = None
    day: int | None = None  # for WEEKDAY: 0 = Monday
    offset: int = 0  # for *_OFFSET, AFTER_PREVIOUS and AFTER_EVENT
    unit: str = "day"  # for AFTER_PREVIOUS and AFTER_EVENT: day, week, month, year
    last_day: bool = False  # "the last day of July"
    earlier: bool = False  # "earlier this month": before the article's day
    weekday: int | None = None  # for MONTH_DAY: the weekday written beside it ("Tuesday, February 11"), 0 = Monday
    approximate: bool = False  # for DAY_OFFSET: "five or six days ago", "two weeks ago": not one day for sure
    spread: int = 0  # for an approximate DAY_OFFSET of days: "five or six days ago" reaches one day further back
    ahead: bool = False  # the date something is scheduled for ("the summit, scheduled for October 15"): not past
    said: bool = False  # the time of the saying that reports the act ("announced on 24 September that troops would
    # leave"): a day that is past when written, whatever the act reported (a plan, a promise)


class AnchorKind(StrEnum):
    """How an article is placed in time (its anchor)."""

    PUBLISHED = "published"  # the article's own date (metadata or text)
    FROM_EVENT = "from_event"  # inferred: another source dates an event this one dates relative to its day
    LOWER_BOUND = "lower_bound"  # inferred: written after the latest date it states


@dataclass(frozen=True, slots=True)
class Anchor:
    """When an article was written, as far as is known: what its relative dates count from."""

    date: PartialDate
    kind: AnchorKind

    @property
    def exact(self) -> bool:
        return self.kind is not AnchorKind.LOWER_BOUND


@dataclass(frozen=True, slots=True)
class Occasion:
    """The event a clause with no date of its own names as the time it happens: 'explained during the joint press
    conference', 'met on the sidelines of the summit', 'stopped with the fall of the regime' (extract/attach_time.py).
    Resolution dates the clause at that event's date (resolve/events/dating.py)."""

    preposition: str  # during | at | amid | on | in | with | following (attach_time.OCCASION_PREPS)
    word: str  # the named event's noun, as a lemma ("conference", "fall")
    type: EventType  # the type and mode the trigger lexicon gives that noun
    mode: Mode | None
    parties: tuple[int, ...] = ()  # actor mentions named inside the phrase ("the fall of the Vell regime")


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence reporting who did what to whom, where and when (PLOVER-coded)."""

    article_id: str
    sentence: int
    trigger: str  # the trigger words as written
    start: int  # character offsets of the trigger in the article
    end: int
    type: EventType | None  # PLOVER type: CONSULT, AGREE, SANCTION, ...; None for an act PLOVER does not type
    mode: Mode | None
    modality: Modality
    actors: tuple[int, ...]  # indices into the article's actor mentions
    targets: tuple[int, ...]
    location: int | None
    time: TimeExpr | None
    issues: tuple[str, ...] = ()  # domain-pack issues the sentence concerns
    lemma: str = ""  # the trigger's lemma: the same word in two sources is a hint of the same event
    tense: str = "past"  # past | present | perfect: a headline's present or a perfect is not the news peg
    time_ref: int | None = None  # "during the visit", "following his meeting": the mention (index) dating it
    first_claim: bool = False  # the sentence calls it the first of its kind ("the first official visit")
    attribution: tuple[int, ...] = ()  # mentions the report is credited to ("SANA reported", "a source said")
    ordinal: int | None = None  # its number in a series the sentence gives ("the second visit": 2; extract/attach_time)
    occasion: Occasion | None = None  # the event it happens during, when it names one instead of a date (not stored)
    companions: tuple[str, ...] = ()  # who goes with a party, as the sentence names them ("X and his family":
    # "family"; nouns of `lexicon/once.yaml` companions, lower-cased): conflicts compare sources on them
    passing: bool = False  # a once-only fact told in passing, as the background of the sentence's main fact
    # ("since the fall of X, Y has ..."): the sentence's issues are the main fact's, not its own (not stored)
    joins: bool = False  # who went along to the gathering `time_ref` tells ("X also attended the talks":
    # extract/companions.py): one event with it (not stored)
    kind: str | None = None  # the act a typeless event is (`type` None): "appointment", "inauguration", ...
    # (lexicon/acts.yaml kinds)
    earlier: bool = False  # told in the past perfect ("had urged"): before the time the article tells (not stored)


# --- resolve -> store: what resolution hands the store to write, and what the store hands back to resume ----


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """A resolved entity as stored: its row, its aliases and the resolver's bookkeeping (JSON-able `state`)."""

    id: str
    name: str
    type: EntityType
    pack_id: str | None
    wikidata: str | None
    denotes: str | None
    mentions: int
    articles: int
    state: dict[str, object]
    aliases: dict[str, int]  # surface form -> how often it was written (0: known from the pack only)
    # forms no text wrote alone that the entity is surely known by (a person's surname no other person of the
    # dossier has: "Macron" for Emmanuel Macron); stored as aliases written 0 times, never read back
    name_forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """One event mention as resolved and stored: entity ids for its parties, its date placed, its event."""

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
    date: PartialDate | None
    month_day: tuple[int, int | None] | None  # a year-less stated date
    date_origin: DateOrigin
    event_id: str
    issues: tuple[str, ...]
    lemma: str
    tense: str
    time_ref: int | None
    first_claim: bool
    attribution: tuple[str, ...] = ()  # who the report is credited to ("according to AFP"): entity ids
    companions: tuple[str, ...] = ()  # who goes with a party ("X and his family": "family"; EventMention)
    kind: str | None = None  # the act a typeless event is (EventMention.kind)
    earlier: bool = False  # told in the past perfect (EventMention.earlier)
    ordinal: int | None = None  # "the second visit": 2 (EventMention.ordinal)
    joins: bool = False  # went along to the gathering `time_ref` tells (EventMention.joins)
    occasion: Occasion | None = None  # the event named as when it happens (EventMention.occasion; parties: ())
    occasion_parties: tuple[str, ...] = ()  # the entities named inside that phrase


@dataclass(frozen=True, slots=True)
class ConflictRecord:
    """Where an event's sources disagree: the field, and each value with the articles giving it."""

    field: str  # date | participants | location | first_claim
    values: list[tuple[str, list[str]]]


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A merged event's own row, derived from its evidence: what the store writes for it."""

    id: str
    type: EventType | None  # None: an act PLOVER does not type, named by `kind`
    mode: Mode | None
    modality: Modality
    date: PartialDate | None
    location: str | None
    summary: str
    sources: int  # evidence items
    articles: int  # distinct articles
    actors: tuple[str, ...]  # ranked, most mentioned first
    targets: tuple[str, ...]
    issues: tuple[str, ...]
    conflicts: tuple[ConflictRecord, ...]
    kind: str | None = None  # the act a typeless event is (EventMention.kind)


@dataclass(frozen=True, slots=True)
class EvidenceDelta:
    """The evidence to write again: every mention of these articles (replacing what was stored), and anchors;
    of a `partial` article (a long stream's resolution holds only some of its evidence), the mentions given
    replace theirs and the others stay as stored."""

    articles: tuple[str, ...]
    evidence: tuple[EvidenceRecord, ...]
    anchors: tuple[tuple[str, Anchor], ...]  # (article id, anchor)
    partial: tuple[str, ...] = ()
    leads: tuple[tuple[str, TimeExpr], ...] = ()  # (article id, the first time it states: `dates.lead_bound`)


@dataclass(frozen=True, slots=True)
class EventDelta:
    """Events to write (rows) and to delete (merged away), and how their conflicts moved since last written."""

    rows: tuple[EventRecord, ...]
    removed: tuple[str, ...]
    conflicts_gained: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event id -> fields
    conflicts_lost: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StoredEvents:
    """What the store hands back for resolution to resume: the evidence, the anchors, the conflicts written."""

    evidence: list[EvidenceRecord]
    anchors: dict[str, Anchor]
    conflicts: dict[str, tuple[str, ...]]  # event id -> the fields of its conflicts as last written
    leads: dict[str, TimeExpr] = field(default_factory=dict)  # article id -> the first time it states


# --- query side: events ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: str
    type: str | None  # None: an act PLOVER does not type ("appointment": `kind`)
    mode: str | None
    modality: str
    date: str | None
    date_precision: str | None
    summary: str
    sources: int
    articles: int
    has_conflict: bool
    actors: list[EntityRef]
    targets: list[EntityRef]
    location: EntityRef | None
    kind: str | None = None  # the act a typeless event is


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    """One source's report of an event: the sentence, the trigger in it, the date as that source states it."""

    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    sentence_index: int
    sentence: str
    sentence_start: int
    trigger: str
    trigger_start: int  # offsets in the article text
    trigger_end: int
    date_as_stated: str | None
    date: str | None
    date_origin: str
    modality: str
    actors: list[EntityRef]
    targets: list[EntityRef]
    attribution: list[EntityRef] = field(default_factory=list)  # who the report is credited to


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    event_id: str
    field: str
    values: list[tuple[str, list[str]]]  # (value, article ids)
    event_summary: str
    event_date: str | None


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """Words attributed to someone: a direct quotation, or reported speech ("Lavrov indicated that ...")."""

    article_id: str
    sentence: int  # the sentence the quotation starts in
    start: int  # character offsets of the quoted words in the article (quotation marks excluded)
    end: int
    text: str
    kind: str  # direct | reported
    speaker: int | None  # index of the speaker's actor mention; None when no speaker is clear
    cue: str | None = None  # the words that attribute it: "said", "according to", "as ... put it"
    issues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PositionMention:
    """An actor's stated stance on an issue in one sentence: demands, offers, accepts, rejects, conditions,
    supports (or states, for a quotation on the issue with no stance word)."""

    article_id: str
    sentence: int
    actor: int  # actor mention index
    issue: str
    stance: str
    negated: bool  # "did not demand the withdrawal"
    cue: str  # the words that state it
    start: int  # offsets of the cue in the article
    end: int


@dataclass(frozen=True, slots=True)
class QuoteInfo:
    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    sentence_index: int
    sentence: str
    text: str
    kind: str
    speaker: EntityRef | None
    cue: str | None
    issues: list[str]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PositionInfo:
    """One stated stance, with its evidence."""

    actor: EntityRef
    issue: str
    stance: str
    negated: bool
    date: str | None
    article_id: str
    outlet: str | None
    sentence_index: int
    sentence: str
    cue: str

    @property
    def label(self) -> str:
        words = {"demand": "demands", "offer": "offers", "accept": "accepts", "reject": "rejects",
                 "condition": "sets conditions", "support": "supports", "states": "states"}
        word = words.get(self.stance, self.stance)
        return f"does not {self.stance}" if self.negated and self.stance != "states" else word


def leading(votes: Mapping[str, int]) -> str | None:
    """The value most votes went to; none when two share the most (a person's country: `Entity.affiliations`)."""
    ranked = sorted(votes.items(), key=lambda item: -item[1])[:2]
    if not ranked or ranked[0][1] <= 0 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
