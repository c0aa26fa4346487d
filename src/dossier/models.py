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
