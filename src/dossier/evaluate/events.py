"""Events scored against gold events, and conflicts against gold conflicts.

A system event matches a gold event when one of its evidence sentences, in the same article,
overlaps a gold source quote (at least half of the quote's words), and, where the gold names
actors or targets, the system event's actors and targets share at least one entity with them
(gold entities are mapped to the system entities that claim their aliases). Matching is one to
one (maximum bipartite matching).

- recall: matched gold events / gold events;
- precision: matched system events among the dated, asserted ones / dated, asserted system events;
- date accuracy: matched events with a gold date whose system date agrees at the gold's precision;
- type accuracy: matched events with a gold type whose system type is the same;
- merge coverage: for matched gold events reported by several articles, the share of those
  articles the matched system event covers;
- conflict recall: gold conflicts of kind date, participants or who_led, on an event, found when
  the system event matched to that event carries a conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from dossier.evaluate.documents import GoldDocuments

CONFLICT_KINDS = {"date", "participants", "who_led"}
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def overlaps(quote: str, sentence: str) -> bool:
    quoted = words(quote)
    if not quoted:
        return False
    present = set(words(sentence))
    return sum(1 for w in quoted if w in present) * 2 >= len(quoted)


def score_events(system: list[dict[str, Any]], gold: dict[str, Any], documents: GoldDocuments,
                 entity_map: dict[str, set[str]]) -> tuple[dict[str, float | int | None], dict[str, Any]]:
    """`system`: events with evidence (article id, sentence), entity ids, type, modality, date, conflicts.
    `entity_map`: gold entity id -> system entity ids claiming it."""
    article_of = {file: article.id for file, article in documents.matched.items()}
    in_gold = set(article_of.values())
    system = [e for e in system if any(article_id in in_gold for article_id, _ in e["evidence"])]
    gold_events = [e for e in gold.get("events", []) if any(s.get("file") in article_of for s in e.get("sources", []))]
    edges: dict[int, list[int]] = defaultdict(list)
    for g, event in enumerate(gold_events):
        named_ids = [*event.get("actors", []), *event.get("targets", [])]
        wanted = {s for gid in named_ids for s in entity_map.get(gid, set())}
        named = bool(event.get("actors") or event.get("targets"))
        for k, candidate in enumerate(system):
            if named and not wanted & candidate["entities"]:
                continue
            if any(article_of.get(source.get("file")) == article_id and overlaps(source.get("quote", ""), sentence)
                   for source in event.get("sources", []) for article_id, sentence in candidate["evidence"]):
                edges[g].append(k)
        # Try the best-fitting candidates first: same type, agreeing date, then the closest wording.
        sources = {article_of[s["file"]] for s in event.get("sources", []) if s.get("file") in article_of}
        edges[g].sort(key=lambda k: (system[k]["type"] != event.get("type"),
                                     not _agrees(system[k]["date"], event.get("date") or ""),
                                     -len(sources & {a for a, _ in system[k]["evidence"]}),
                                     -_best_overlap(event, system[k], article_of)))
    good = {g for g, ks in edges.items() if ks and system[ks[0]]["type"] == gold_events[g].get("type")
            and _agrees(system[ks[0]]["date"], gold_events[g].get("date") or "")}
    match = _bipartite(edges, first=good)  # gold index -> system index
    counted = [k for k, e in enumerate(system) if e["date"] and e["modality"] == "asserted"]
    matched_counted = [k for k in match.values() if k in set(counted)]
    recall = len(match) / len(gold_events) if gold_events else None
    precision = len(matched_counted) / len(counted) if counted else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    dated = [(g, k) for g, k in match.items() if gold_events[g].get("date")]
    date_ok = [(g, k) for g, k in dated if _agrees(system[k]["date"], gold_events[g]["date"])]
    typed = [(g, k) for g, k in match.items() if gold_events[g].get("type")]
    type_ok = [(g, k) for g, k in typed if system[k]["type"] == gold_events[g]["type"]]
    coverage = _merge_coverage(gold_events, system, match, article_of)
    conflicts = _conflict_recall(gold.get("conflicts", []), gold_events, system, match)
    scores: dict[str, float | int | None] = {
        "gold_events": len(gold_events),
        "system_events_dated_asserted": len(counted),
        "event_precision": _round(precision),
        "event_recall": _round(recall),
        "event_f1": _round(f1),
        "event_type_accuracy": _round(len(type_ok) / len(typed)) if typed else None,
        "event_date_accuracy": _round(len(date_ok) / len(dated)) if dated else None,
        "event_merge_coverage": _round(coverage),
        "conflict_recall": conflicts[0],
    }
    details = {
        "pairs": [(gold_events[g], system[k]) for g, k in sorted(match.items())],
        "matched": [{"gold": gold_events[g]["id"], "system": system[k]["id"], "gold_date": gold_events[g].get("date"),
                     "system_date": system[k]["date"], "gold_type": gold_events[g].get("type"),
                     "system_type": system[k]["type"]} for g, k in sorted(match.items())],
        "missed": [gold_events[g]["id"] for g in range(len(gold_events)) if g not in match],
        "unmatched_system": [system[k]["id"] for k in counted if k not in set(match.values())],
        "conflicts": conflicts[1],
    }
    return scores, details


def _best_overlap(event: dict[str, Any], candidate: dict[str, Any], article_of: dict[str, str]) -> float:
    best = 0.0
    for source in event.get("sources", []):
        quoted = words(source.get("quote", ""))
        for article_id, sentence in candidate["evidence"]:
            if quoted and article_of.get(source.get("file")) == article_id:
                present = set(words(sentence))
                best = max(best, sum(1 for w in quoted if w in present) / len(quoted))
    return best


def _agrees(system_date: str | None, gold_date: str) -> bool:
    """The system date says at least what the gold says, and the same: '2025-01-29' agrees with '2025-01'."""
    found = system_date or ""
    return len(found) >= len(gold_date) > 0 and found[:len(gold_date)] == gold_date


def _merge_coverage(gold_events: list[dict[str, Any]], system: list[dict[str, Any]], match: dict[int, int],
                    article_of: dict[str, str]) -> float | None:
    shares = []
    for g, k in match.items():
        files = {article_of[s["file"]] for s in gold_events[g].get("sources", []) if s.get("file") in article_of}
        if len(files) > 1:
            covered = files & {article_id for article_id, _ in system[k]["evidence"]}
            shares.append(len(covered) / len(files))
    return sum(shares) / len(shares) if shares else None


def _conflict_recall(conflicts: list[dict[str, Any]], gold_events: list[dict[str, Any]], system: list[dict[str, Any]],
                     match: dict[int, int]) -> tuple[float | None, list[dict[str, Any]]]:
    index = {e["id"]: g for g, e in enumerate(gold_events)}
    wanted = [c for c in conflicts if c.get("event") in index and c.get("kind") in CONFLICT_KINDS]
    rows = []
    for conflict in wanted:
        k = match.get(index[conflict["event"]])
        found = k is not None and bool(system[k].get("conflicts"))
        rows.append({"event": conflict["event"], "kind": conflict["kind"], "found": found,
                     "system_event": system[k]["id"] if k is not None else None})
    if not rows:
        return None, rows
    return _round(sum(r["found"] for r in rows) / len(rows)), rows


def _bipartite(edges: dict[int, list[int]], first: set[int] = frozenset()) -> dict[int, int]:  # type: ignore[assignment]
    """Maximum bipartite matching (augmenting paths): gold index -> system index."""
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for k in edges.get(g, []):  # a free candidate first, in order of fit
            if k not in owner:
                owner[k] = g
                return True
        for k in edges.get(g, []):  # else move another gold event to one of its other candidates
            if k in seen:
                continue
            seen.add(k)
            if assign(owner[k], seen):
                owner[k] = g
                return True
        return False

    for g in sorted(edges, key=lambda g: (g not in first, len(edges[g]))):
        assign(g, set())
    return {g: k for k, g in owner.items()}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
