"""Exports: the JSON contract (docs/architecture.md, "eval and export") and CSV (one file per table) for
spreadsheets and pandas.

Every key of the contract is always present (an empty list when nothing was found), so consumers can
rely on the shape.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from dossier.store import Store

CONTRACT_KEYS = ("articles", "entities", "events", "conflicts", "quotes", "issues")


def export_json(store: Store) -> dict[str, list[dict[str, Any]]]:
    return {
        "articles": [
            {"id": a.id, "title": a.title.value, "outlet": a.outlet.value, "url": a.url.value,
             "published": a.published.iso() if a.published else None, "source_path": a.source_path,
             "title_origin": a.title.origin.value, "outlet_origin": a.outlet.origin.value,
             "published_origin": a.published_origin.value}
            for a in store.articles()
        ],
        "entities": [
            {"id": e.id, "type": e.type.value, "name": e.name, "aliases": e.aliases, "mentions": e.mentions,
             "articles": e.articles, "wikidata": e.wikidata, "denotes": e.denotes}
            for e in store.entities()
        ],
        "events": store.events_for_export(),
        "conflicts": [
            {"event": c.event_id, "field": c.field,
             "values": [{"value": value, "articles": articles} for value, articles in c.values]}
            for c in store.conflicts()
        ],
        "quotes": [
            {"speaker": q.speaker.id if q.speaker else None, "text": q.text, "kind": q.kind, "cue": q.cue,
             "article": q.article_id, "sentence": q.sentence, "issues": q.issues}
            for q in store.quotes()
        ],
        "issues": [
            {"id": issue["id"], "label": issue["label"], "keywords": issue["keywords"],
             "positions": [{"actor": p.actor.id, "stance": p.label, "stance_kind": p.stance, "negated": p.negated,
                            "date": p.date, "article": p.article_id, "sentence": p.sentence}
                           for p in store.positions(issue=issue["id"])]}
            for issue in store.issue_definitions()
        ],
    }


def export_csv(store: Store, folder: Path) -> list[Path]:
    """Write one CSV per table into `folder`; list-valued fields are joined with ' | '."""
    folder.mkdir(parents=True, exist_ok=True)
    data = export_json(store)
    tables: dict[str, list[dict[str, Any]]] = {name: data[name] for name in CONTRACT_KEYS}
    tables["events"] = [{k: v for k, v in e.items() if k != "evidence"} for e in data["events"]]
    tables["evidence"] = [{"event": e["id"], **item} for e in data["events"] for item in e["evidence"]]
    tables["issues"] = [{k: v for k, v in i.items() if k != "positions"} for i in data["issues"]]
    tables["positions"] = [{"issue": i["id"], **p} for i in data["issues"] for p in i["positions"]]
    tables["mentions"] = [
        {"entity": entity_id, "article": article_id, "text": text, "name": name}
        for article_id, text, name, entity_id in store.mention_surfaces()
    ]
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.csv"
        columns = list(rows[0]) if rows else []
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: " | ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
        written.append(path)
    return written
