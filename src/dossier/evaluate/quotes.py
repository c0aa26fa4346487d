"""Quotations scored against gold quotes, and issue tags against the issues of gold events.

- quote recall: gold quotes found, i.e. some system quotation from the same article contains at least
  80% of the gold quote's words in order;
- speaker accuracy: found quotes whose system speaker is the gold speaker (through the entity mapping);
- issue tagging: for matched events whose gold lists issues, precision and recall of the system
  event's issues (micro-averaged over those events).
"""

from __future__ import annotations

from typing import Any

from dossier.evaluate.documents import GoldDocuments
from dossier.evaluate.events import words

IN_ORDER = 0.8


def contains_in_order(quote: str, text: str) -> bool:
    """At least 80% of the quote's words appear in the text in the same order (a subsequence)."""
    wanted, have = words(quote), words(text)
    if not wanted:
        return False
    k = 0
    for word in have:
        if k < len(wanted) and word == wanted[k]:
            k += 1
    best = k
    # allow skipped words: greedy longest subsequence of `wanted` within `have`
    position, matched = 0, 0
    for word in wanted:
        try:
            position = have.index(word, position) + 1
            matched += 1
        except ValueError:
            continue
    return max(best, matched) >= IN_ORDER * len(wanted)


def score_quotes(system: list[dict[str, Any]], gold: dict[str, Any], documents: GoldDocuments,
                 entity_map: dict[str, set[str]]) -> tuple[dict[str, float | int | None], list[dict[str, Any]]]:
    """`system`: quotations with article, text, speaker (entity id or None)."""
    article_of = {file: article.id for file, article in documents.matched.items()}
    gold_quotes = [q for q in gold.get("quotes", []) if q.get("file") in article_of]
    rows = []
    for q in gold_quotes:
        article_id = article_of[q["file"]]
        found = [s for s in system if s["article"] == article_id and contains_in_order(q["quote"], s["text"])]
        speakers = {s["speaker"] for s in found}
        wanted = entity_map.get(q.get("speaker") or "", set())
        right = bool(found) and (bool(speakers & wanted) if q.get("speaker") else None in speakers)
        rows.append({"quote": q["quote"][:80], "found": bool(found), "gold_speaker": q.get("speaker"),
                     "system_speakers": sorted(s for s in speakers if s), "speaker_right": right})
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
