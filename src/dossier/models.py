"""Typed records that flow between the stages (read -> analyse -> extract -> resolve -> store).

They are plain frozen dataclasses: no spaCy objects, no database handles, so every
stage can be tested on its own and shipped to another process or machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


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
    seat: bool = False  # a seat of government ("the Kremlin") standing for its country
    weight: float = 1.0  # how much this mention's type counts in the entity's type vote
    descriptor: str | None = None  # "government", "regime", "opposition": a description, not a name
    owner: str | None = None  # the person a descriptor is named after ("the Assad regime")


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


@dataclass(frozen=True, slots=True)
class MentionInfo:
    """One mention of an entity, with the sentence it sits in (its provenance)."""

    article_id: str
    sentence_index: int
    sentence: str
    text: str  # as written
    start: int  # character offsets in the article
    end: int
