"""`dossier eval`: score the store against hand-annotated gold data (format of shared/eval).

Each part of the score lives in its own module; `evaluate` runs those the gold has data for.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.evaluate.documents import GoldDocuments, match_documents
from dossier.evaluate.entities import score_entities
from dossier.evaluate.events import score_events
from dossier.evaluate.quotes import score_issue_tags, score_quotes
from dossier.store import Store


@dataclass
class Report:
    documents: dict[str, str | None]  # gold file -> matched article id (None when not in the store)
    scores: dict[str, float | int | None] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """The report as JSON: documents found, scores, and where each item went when asked for `details`."""
        return {"documents": self.documents, "scores": self.scores, **({"details": self.details} if details else {})}


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DossierError(f"no gold file at {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as bad:
        raise DossierError(f"{path} is not a readable JSON gold file ({bad})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise DossierError(f"{path} has no 'documents' list: not a Dossier gold file")
    return gold


def evaluate(store: Store, gold: dict[str, Any]) -> Report:
    documents: GoldDocuments = match_documents(store, gold["documents"])
    if not documents.matched:
        files = ", ".join(d.get("file", "?") for d in gold["documents"][:3])
        raise DossierError(f"none of the gold's documents ({files}, ...) is in this store; ingest them first")
    report = Report({f: a.id if a else None for f, a in documents.by_file.items()})
    entity_map: dict[str, set[str]] = {}
    if gold.get("entities"):
        scores, details = score_entities(store, gold["entities"], documents)
        report.scores.update(scores)
        report.details["entities"] = details
        entity_map = {row["gold"]: {s for s in row["system"] if s != "(unclaimed)"} for row in details["clusters"]}
    if gold.get("events"):
        scores, details = score_events(store.event_rows_for_eval(), gold, documents, entity_map)
        report.scores.update(scores)
        report.scores.update(score_issue_tags(details.pop("pairs")))
        report.details["events"] = details
    if gold.get("quotes"):
        system = [{"article": q.article_id, "text": q.text, "speaker": q.speaker.id if q.speaker else None}
                  for q in store.quotes()]
        quote_scores, rows = score_quotes(system, gold, documents, entity_map)
        report.scores.update(quote_scores)
        report.details["quotes"] = rows
    return report
