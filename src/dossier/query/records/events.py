"""Events merged across sources, their evidence, and the conflicts between sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dossier.plover import DateOrigin
from dossier.query.records.base import HIDDEN, Record, Records, Ref, ids


@dataclass(frozen=True, slots=True)
class Event(Record):
    """An event merged across sources (PLOVER type and mode), dated at the precision its sources support.
    Its JSON lists the actors', targets' and place's ids, with their names under `names`."""

    id: str
    type: str | None  # None: an act PLOVER does not type, named by `kind`
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
    kind: str | None  # the act a typeless event is ("appointment", "inauguration": lexicon/acts.yaml)

    @property
    def label(self) -> str:
        """What it is, as a listing shows it: its type and mode ("CONSULT/visit"), or the kind of a typeless act."""
        if self.type is None:
            return self.kind or "act"
        return self.type + (f"/{self.mode}" if self.mode else "")

    def to_dict(self) -> dict[str, Any]:
        place = [self.location] if self.location else []
        return {"id": self.id, "type": self.type, "kind": self.kind, "mode": self.mode, "modality": self.modality,
                "date": self.date,
                "date_precision": self.date_precision, "summary": self.summary, "sources": self.sources,
                "articles": self.articles, "conflict": self.conflict, "actors": ids(self.actors),
                "targets": ids(self.targets), "location": self.location.id if self.location else None,
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
    attribution: list[Ref] = field(default_factory=list)  # who the report is credited to ("according to AFP")

    @property
    def how_dated(self) -> str:
        """Where the date comes from, in words."""
        return DATE_ORIGINS.get(self.date_origin, self.date_origin)

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "outlet": self.outlet, "title": self.title, "published": self.published,
                "sentence_index": self.sentence_index, "sentence": self.sentence, "trigger": self.trigger,
                "trigger_start": self.trigger_start, "trigger_end": self.trigger_end,
                "date_as_stated": self.date_as_stated, "date": self.date, "date_origin": self.date_origin,
                "modality": self.modality, "actors": ids(self.actors), "targets": ids(self.targets),
                "attribution": ids(self.attribution)}


@dataclass(frozen=True, slots=True)
class ConflictValue(Record):
    """One of the values sources give, the articles giving it and their outlets (the first `per_value` of them
    when the query asks for at most that many; `article_count` counts them all)."""

    value: str  # as stored: a date, or entity ids joined by ", "
    articles: list[str]
    sources: list[str]
    shown: str = field(metadata=HIDDEN)  # the value in words (names for ids)
    article_count: int = 0  # every article giving this value (articles lists the first of them)

    @property
    def more(self) -> int:
        """The articles giving this value that `articles` leaves out."""
        return max(self.article_count - len(self.articles), 0)


@dataclass(frozen=True, slots=True)
class Conflict(Record):
    """Sources disagreeing about one field of one event (date, location, participants, first_claim)."""

    event: str
    field: str
    event_date: str | None
    event_summary: str
    values: Records[ConflictValue]  # the first `values` asked for, in the order the store keeps them
    explanation: str
    value_count: int = 0  # every value sources give (values lists the first of them)

    @property
    def more_values(self) -> int:
        """The values sources give that `values` leaves out."""
        return max(self.value_count - len(self.values), 0)

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
DATE_ORIGINS = {o.value: o.label for o in DateOrigin if o}  # how each evidence item got its date, in words
