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
from dossier.evaluate.entities import entity_items, gold_to_system, score_entities
from dossier.evaluate.events import score_events
from dossier.evaluate.match import norm
from dossier.evaluate.quotes import score_issue_tags, score_quotes
from dossier.export import export_json
from dossier.models import Article
from dossier.store import StoreReader


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


def evaluate(store: StoreReader, gold: dict[str, Any], export: dict[str, Any] | None = None) -> Report:
    """Score the store against one gold file. `export` (the JSON export of the store) is built when not
    given; pass it to score several gold files against one store."""
    documents: GoldDocuments = match_documents(store, gold["documents"])
    if not documents.matched:
        files = ", ".join(d.get("file", "?") for d in gold["documents"][:3])
        raise DossierError(f"none of the gold's documents ({files}, ...) is in this store; ingest them first")
    report = Report({f: a.id if a else None for f, a in documents.by_file.items()})
    data = export if export is not None else export_json(store)
    file_of = {article.id: file for file, article in documents.matched.items()}
    texts = {file: norm(_document_text(article)) for file, article in documents.matched.items()}
    items = entity_items(data, gold.get("entities") or [], texts)
    gold_map = gold_to_system(items)
    if gold.get("entities"):
        scores, details = score_entities(data, gold["entities"], items)
        report.scores.update(scores)
        report.details["entities"] = details
    if gold.get("events"):
        sentences = {file: [s.text for s in store.views.article_sentences(article.id)]
                     for file, article in documents.matched.items()}
        scores, details = score_events(data, gold, file_of, gold_map, sentences)
        report.scores.update(scores)
        report.scores.update(score_issue_tags(details.pop("pairs")))
        report.details["events"] = details
    if gold.get("quotes"):
        quote_scores, rows = score_quotes(data, gold, file_of, gold_map)
        report.scores.update(quote_scores)
        report.details["quotes"] = rows
    return report


def _document_text(article: Article) -> str:
    """The gold document as its file holds it (header lines included, as the shared scorer reads it), else
    the stored title and text."""
    if article.source_path:
        path = Path(article.source_path)
        if path.suffix == ".txt" and path.is_file():
            try:
                return path.read_text(errors="replace")
            except OSError:
                pass
    return f"{article.title.value or ''}\n{article.text}"
