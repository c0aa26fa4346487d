"""The JSON shapes of query results: the command line's `--json`, the HTTP API and the web pages all use
these, so a script can move between them and one change reaches all three."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from dossier.models import (
    ArticleInfo,
    ConflictInfo,
    EntityInfo,
    EventInfo,
    EvidenceInfo,
    MentionInfo,
    PartialDate,
    PositionInfo,
    QuoteInfo,
)
from dossier.plover import DateOrigin

CONFLICT_FIELDS = {"date": "date", "location": "place", "participants": "who took part",
                   "first_claim": "which event was the first"}
DATE_ORIGINS = {o.value: o.label for o in DateOrigin if o}  # how each evidence item got its date, in words


def plain(value: Any) -> Any:
    """Dataclasses, enums and partial dates as JSON-ready values."""
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


def article_json(a: ArticleInfo) -> dict[str, Any]:
    return {
        "id": a.id, "title": a.title.value, "title_origin": a.title.origin.value, "outlet": a.outlet.value,
        "outlet_origin": a.outlet.origin.value, "url": a.url.value, "url_origin": a.url.origin.value,
        "published": a.published.iso() if a.published else None,
        "published_precision": a.published.precision.value if a.published else None,
        "published_origin": a.published_origin.value, "published_as_stated": a.published_as_stated,
        "source_path": a.source_path, "words": a.word_count,
    }


def entity_json(e: EntityInfo) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "type": e.type.value, "aliases": e.aliases, "mentions": e.mentions,
            "articles": e.articles, "wikidata": e.wikidata, "denotes": e.denotes, "pack_id": e.pack_id}


def mention_json(m: MentionInfo) -> dict[str, Any]:
    return {"article": m.article_id, "sentence_index": m.sentence_index, "sentence": m.sentence, "text": m.text,
            "start": m.start, "end": m.end}


def event_json(e: EventInfo) -> dict[str, Any]:
    return {"id": e.id, "type": e.type, "mode": e.mode, "modality": e.modality, "date": e.date,
            "date_precision": e.date_precision, "summary": e.summary, "sources": e.sources, "articles": e.articles,
            "conflict": e.has_conflict, "actors": [r.id for r in e.actors], "targets": [r.id for r in e.targets],
            "location": e.location.id if e.location else None,
            "names": {r.id: r.name for r in [*e.actors, *e.targets, *([e.location] if e.location else [])]}}


def evidence_json(e: EvidenceInfo) -> dict[str, Any]:
    return {"article": e.article_id, "outlet": e.outlet, "title": e.title, "published": e.published,
            "sentence_index": e.sentence_index, "sentence": e.sentence, "trigger": e.trigger,
            "trigger_start": e.trigger_start, "trigger_end": e.trigger_end, "date_as_stated": e.date_as_stated,
            "date": e.date, "date_origin": e.date_origin, "modality": e.modality,
            "actors": [r.id for r in e.actors], "targets": [r.id for r in e.targets]}


def conflict_json(c: ConflictInfo, articles: dict[str, str], names: dict[str, str]) -> dict[str, Any]:
    return {"event": c.event_id, "field": c.field, "event_date": c.event_date, "event_summary": c.event_summary,
            "values": [{"value": v, "articles": ids, "sources": [articles.get(a, a) for a in ids]}
                       for v, ids in c.values],
            "explanation": explain(c, articles, names)}


def explain(c: ConflictInfo, articles: dict[str, str], names: dict[str, str]) -> str:
    """One line: what the sources disagree on, each value with the outlets that give it."""
    values = "; ".join(f"{readable(value, names) or '—'} ({', '.join(articles.get(a, a) for a in ids)})"
                       for value, ids in c.values)
    return f"sources disagree on {conflict_field(c.field)}: {values}"


def conflict_field(field: str) -> str:
    return CONFLICT_FIELDS.get(field, field)


def readable(value: str, names: dict[str, str]) -> str:
    """Conflict values hold entity ids (participants, places) or dates; show names."""
    return ", ".join(names.get(part, part) for part in value.split(", "))


def position_json(p: PositionInfo) -> dict[str, Any]:
    return {"actor": p.actor.id, "name": p.actor.name, "issue": p.issue, "stance": p.stance, "negated": p.negated,
            "label": p.label, "date": p.date, "article": p.article_id, "outlet": p.outlet,
            "sentence_index": p.sentence_index, "sentence": p.sentence, "cue": p.cue}


def quote_json(q: QuoteInfo) -> dict[str, Any]:
    return {"speaker": q.speaker.id if q.speaker else None, "speaker_name": q.speaker.name if q.speaker else None,
            "text": q.text, "kind": q.kind, "cue": q.cue, "issues": q.issues, "article": q.article_id,
            "outlet": q.outlet, "published": q.published, "sentence_index": q.sentence_index, "sentence": q.sentence,
            "start": q.start, "end": q.end}


def issue_json(definition: dict[str, Any], positions: list[PositionInfo], events: list[EventInfo],
               quotes: list[QuoteInfo]) -> dict[str, Any]:
    """One issue: its definition, every position with its evidence, the events and quotations about it."""
    return {**definition, "positions": [position_json(p) for p in positions],
            "events": [{"id": e.id, "date": e.date, "type": e.type, "summary": e.summary, "conflict": e.has_conflict}
                       for e in events],
            "quotes": [quote_json(q) for q in quotes]}
