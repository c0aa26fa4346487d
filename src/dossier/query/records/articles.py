"""Articles, one article with its text, search hits, counts."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import Origin, Precision
from dossier.query.records.base import Record, Records


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
