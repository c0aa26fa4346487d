"""The JSON the API returns: the same shapes as the command line's `--json` output, so a script can move
between the two (tests compare them)."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from dossier.models import ArticleInfo, ConflictInfo, EntityInfo, EventInfo, EvidenceInfo, MentionInfo, PartialDate
from dossier.store.views import Network

CONFLICT_FIELDS = {"date": "date", "location": "place", "participants": "who took part",
                   "first_claim": "which event was the first"}
DATE_ORIGINS = {"stated": "as stated", "year_from_sources": "year from the other sources",
                "inherited": "date of the story it continues", "referenced": "date of the event it refers to"}


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


def network_json(network: Network) -> dict[str, Any]:
    return {"nodes": [plain(n) for n in network.nodes], "edges": [plain(e) for e in network.edges]}
