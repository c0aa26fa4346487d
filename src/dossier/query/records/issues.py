"""The issue board (issues, positions, quotations) and the outlets compared."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier.query.records.base import Record, Records, Ref
from dossier.query.records.events import Event


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
    stances: Records[Stance]  # the first `stances` asked for, in the order the actors first took a position
    stance_count: int = 0  # every actor's latest stance (stances lists the first of them)

    @property
    def more_stances(self) -> int:
        """The actors' stances that `stances` leaves out."""
        return max(self.stance_count - len(self.stances), 0)


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
    exclusive_events: Records[ExclusiveEvent]  # the first asked for, in date order
    tone: Records[Tone]
    exclusive_event_count: int = 0  # every dated event only it reports (exclusive_events lists the first)

    @property
    def more_exclusive(self) -> int:
        """The events only it reports that `exclusive_events` leaves out."""
        return max(self.exclusive_event_count - len(self.exclusive_events), 0)
