"""The export contract (docs/architecture.md, "eval and export"): everything in the store as one JSON document
whose keys and fields stay put (fields may be added, none renamed or dropped). Built from the query layer's
records; `dossier export` only writes it (as JSON, or as one CSV per table)."""

from __future__ import annotations

from typing import Any

from dossier.plover import context
from dossier.query.dossier import Dossier

CONTRACT_KEYS = ("articles", "entities", "events", "conflicts", "quotes", "issues")


def contract(d: Dossier) -> dict[str, list[dict[str, Any]]]:
    """The whole dossier: articles, entities, events with their evidence, conflicts, quotes, issues with their
    positions. Every key is always there (an empty list when nothing was found)."""
    issues = d.issues_by_event()
    evidence = d.evidence_by_event()
    return {
        "articles": [
            {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
             "source_path": a.source_path, "title_origin": a.title_origin.value,
             "outlet_origin": a.outlet_origin.value, "published_origin": a.published_origin.value}
            for a in d.articles()
        ],
        "entities": [
            {"id": e.id, "type": e.type.value, "name": e.name, "aliases": e.aliases, "mentions": e.mentions,
             "articles": e.articles, "wikidata": e.wikidata, "denotes": e.denotes}
            for e in d.entities()
        ],
        "events": [
            {"id": e.id, "type": e.type, "kind": e.kind, "mode": e.mode,
             "context": context(e.type) if e.type is not None else None, "modality": e.modality,
             "date": e.date, "date_precision": e.date_precision, "actors": [r.id for r in e.actors],
             "targets": [r.id for r in e.targets], "location": e.location.id if e.location else None,
             "issues": issues.get(e.id, []), "summary": e.summary, "conflict": e.conflict,
             "evidence": [{"article": x.article, "sentence": x.sentence, "date_as_stated": x.date_as_stated,
                           "date": x.date, "date_origin": x.date_origin, "trigger": x.trigger,
                           "modality": x.modality} for x in evidence.get(e.id, [])]}
            for e in d.timeline(undated=True, all=True)
        ],
        "conflicts": [
            {"event": c.event, "field": c.field,
             "values": [{"value": v.value, "articles": v.articles, "shown": v.shown} for v in c.values]}
            for c in d.conflicts()
        ],
        "quotes": [
            {"speaker": q.speaker.id if q.speaker else None, "text": q.text, "kind": q.kind, "cue": q.cue,
             "article": q.article, "sentence": q.sentence, "issues": q.issues}
            for q in d.quotes()
        ],
        "issues": [
            {"id": issue["id"], "label": issue["label"], "keywords": issue["keywords"],
             "positions": [{"actor": p.actor.id, "stance": p.label, "stance_kind": p.stance, "negated": p.negated,
                            "date": p.date, "article": p.article, "sentence": p.sentence}
                           for p in d.positions(issue=issue["id"])]}
            for issue in d.store.issues.definitions()
        ],
    }


def mention_rows(d: Dossier) -> list[dict[str, Any]]:
    """Every actor mention as written, with its cleaned name and its entity (the CSV export's mentions table)."""
    return [{"entity": entity_id, "article": article_id, "text": text, "name": name}
            for article_id, text, name, entity_id in d.store.actors.mention_surfaces()]
