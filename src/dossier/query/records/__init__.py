"""The query layer's results: frozen records, each shaped once, with one conversion to plain JSON data.

A record's `to_dict()` is its JSON: what `--json` prints, what the HTTP API answers and what a notebook's
`to_pandas()` turns into columns. Most records are flat and their fields are their JSON keys; those that name
actors hold `Ref`s (id, name, type) and write the ids. A list of records is a `Records` list, which adds
`to_dicts()` and `to_pandas()`."""

from __future__ import annotations

from dossier.query.records.actors import Entity, EntityDetail, Mention, Neighbour, Network, NetworkEdge, NetworkNode
from dossier.query.records.articles import Article, ArticleText, MentionMark, SearchHit, Sentence, Stats, TriggerMark
from dossier.query.records.base import HIDDEN, MissingExtra, Record, Records, Ref, plain
from dossier.query.records.changes import KIND_LABELS, Change
from dossier.query.records.events import (
    CONFLICT_FIELDS,
    DATE_ORIGINS,
    Conflict,
    ConflictValue,
    Event,
    EventDetail,
    Evidence,
)
from dossier.query.records.issues import (
    ExclusiveEvent,
    Issue,
    IssueCounts,
    IssueDetail,
    Outlet,
    OutletActor,
    OutletIssue,
    Position,
    Quote,
    Stance,
    Tone,
)

__all__ = ["CONFLICT_FIELDS", "DATE_ORIGINS", "HIDDEN", "KIND_LABELS", "Article", "ArticleText", "Change",
           "Conflict", "ConflictValue", "Entity", "EntityDetail", "Event", "EventDetail", "Evidence", "ExclusiveEvent",
           "Issue", "IssueCounts", "IssueDetail", "Mention", "MentionMark", "MissingExtra", "Neighbour", "Network",
           "NetworkEdge", "NetworkNode", "Outlet", "OutletActor", "OutletIssue", "Position", "Quote", "Record",
           "Records", "Ref", "SearchHit", "Sentence", "Stance", "Stats", "Tone", "TriggerMark", "plain"]
