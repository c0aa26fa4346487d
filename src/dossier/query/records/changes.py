"""What changed: one record per entry of the change log, worded once for every front end (`dossier changes`, the
Atom feed, the web's "What's new", `watch --notify`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dossier.query.records.base import HIDDEN, Record

KIND_LABELS = {"event": "new event", "source": "new source", "date": "date refined", "conflict": "new conflict",
               "resolved": "conflict resolved", "stance": "stance changed", "actor": "new actor"}


@dataclass(frozen=True, slots=True)
class Change(Record):
    """One change: what it is about (an event, an actor, an issue), what changed (`detail`), in words (`title`),
    and its evidence (the article and sentence it came from, with `evidence`, the page that shows the sentence)."""

    id: int
    at: str  # when it was recorded (UTC)
    kind: str  # event | source | date | conflict | resolved | stance | actor
    title: str  # the change in one line
    event: str | None
    event_summary: str | None  # the event as it stands now (None: merged into another since)
    actor: str | None
    actor_name: str | None
    issue: str | None
    actors: list[str]
    issues: list[str]
    detail: dict[str, Any]
    article: str | None
    outlet: str | None
    article_title: str | None
    url: str | None
    published: str | None
    sentence: int | None
    sentence_text: str | None
    link: str | None  # the web page of what changed: /events/ID, /issues/ID, /actors/ID
    evidence: str | None  # the web page of the sentence it came from: /articles/ID?s=N#sN
    label: str = field(default="", metadata=HIDDEN)  # the kind in words
