"""Quotations scored against gold quotes, and issue tags against the issues of gold events.

- quote recall: gold quotes found, i.e. the first system quotation (direct or reported) from the same
  article that holds at least 80% of the gold quote's words in order;
- speaker accuracy: found quotes whose system speaker is the gold speaker (through the entity mapping);
- issue tagging: for matched events whose gold lists issues, precision and recall of the system
  event's issues (micro-averaged over those events).
"""

from __future__ import annotations

from typing import Any

from dossier.evaluate.match import in_order_share

IN_ORDER = 0.8


def score_quotes(export: dict[str, Any], gold: dict[str, Any], file_of: dict[str, str],
                 gold_map: dict[str, set[str]]) -> tuple[dict[str, float | int | None], list[dict[str, Any]]]:
    """`file_of`: system article id -> gold document; `gold_map`: gold entity id -> system entity ids."""
    files = set(file_of.values())
    gold_quotes = [q for q in gold.get("quotes", []) if q.get("file") in files]
    rows = []
    for q in gold_quotes:
        found = next((s for s in export.get("quotes", []) if file_of.get(s.get("article")) == q["file"]
                      and in_order_share(q["quote"], s.get("text", "")) >= IN_ORDER), None)
        speaker = found.get("speaker") if found else None
        right = bool(speaker and speaker in gold_map.get(q.get("speaker") or "", set()))
        rows.append({"quote": q["quote"][:80], "file": q["file"], "found": found is not None,
                     "gold_speaker": q.get("speaker"), "system_speaker": speaker, "speaker_right": right})
    found_rows = [r for r in rows if r["found"]]
    scores: dict[str, float | int | None] = {
        "gold_quotes": len(gold_quotes),
        "quote_recall": round(len(found_rows) / len(rows), 4) if rows else None,
        "speaker_accuracy": round(sum(r["speaker_right"] for r in found_rows) / len(found_rows), 4)
        if found_rows else None,
    }
    return scores, rows


def score_issue_tags(matched: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, float | None]:
    """`matched`: (gold event, system event) pairs; system events carry 'issues'."""
    true_positive = predicted = expected = 0
    for gold_event, system_event in matched:
        wanted = set(gold_event.get("issues") or [])
        if not wanted:
            continue
        given = set(system_event.get("issues") or [])
        true_positive += len(wanted & given)
        predicted += len(given)
        expected += len(wanted)
    return {"issue_tag_precision": round(true_positive / predicted, 4) if predicted else None,
            "issue_tag_recall": round(true_positive / expected, 4) if expected else None}
