"""Entity clustering scored with B-cubed over (alias, document) items, and type accuracy.

Items: every (gold alias, gold document) pair where the alias occurs in the document's text as a run of
whole words (case, punctuation and spacing ignored). The gold cluster of an item is the gold entity owning
the alias. A system entity claims an item when the alias is its name or one of its aliases
(case-insensitive); when several do, the first by id. Unclaimed items count as singletons.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from dossier.evaluate.match import norm

GOLD_TYPES = {"COUNTRY": "STATE"}  # the gold's COUNTRY is our STATE


class Item:
    __slots__ = ("alias", "file", "gold", "system")

    def __init__(self, gold: str, system: str | None, alias: str, file: str) -> None:
        self.gold, self.system, self.alias, self.file = gold, system, alias, file


def claimants(export: dict[str, Any]) -> dict[str, set[str]]:
    """Lower-cased name or alias -> the system entities carrying it."""
    found: dict[str, set[str]] = defaultdict(set)
    for entity in export.get("entities", []):
        for alias in [entity.get("name"), *(entity.get("aliases") or [])]:
            if alias:
                found[alias.lower()].add(entity["id"])
    return found


def entity_items(export: dict[str, Any], gold_entities: list[dict[str, Any]], texts: dict[str, str]) -> list[Item]:
    """`texts`: gold document -> its text, normalised with `norm`."""
    by_alias = claimants(export)
    items = []
    for entity in gold_entities:
        for alias in entity.get("aliases", []):
            wanted = f" {norm(alias)} "
            for file, text in texts.items():
                if wanted in f" {text} ":
                    claims = by_alias.get(alias.lower(), set())
                    items.append(Item(entity["id"], min(claims) if claims else None, alias, file))
    return items


def gold_to_system(items: list[Item]) -> dict[str, set[str]]:
    """Gold entity id -> the system entities claiming its items: how events and quotes are compared."""
    found: dict[str, set[str]] = defaultdict(set)
    for item in items:
        if item.system:
            found[item.gold].add(item.system)
    return dict(found)


def score_entities(export: dict[str, Any], gold_entities: list[dict[str, Any]],
                   items: list[Item]) -> tuple[dict[str, float | int | None], dict[str, Any]]:
    precision, recall = _bcubed(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    system_type = {e["id"]: (e.get("type") or "").upper() for e in export.get("entities", [])}
    gold_type = {e["id"]: GOLD_TYPES.get(e["type"], e["type"]) for e in gold_entities}
    claimed: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        if item.system:
            claimed[item.gold][item.system] += 1
    types = []
    for gold_id, counts in claimed.items():
        system_id = counts.most_common(1)[0][0]
        types.append({"gold": gold_id, "gold_type": gold_type[gold_id], "system": system_id,
                      "system_type": system_type.get(system_id, "")})
    right = sum(row["gold_type"] == row["system_type"] for row in types)
    scores: dict[str, float | int | None] = {
        "entity_items": len(items),
        "entity_bcubed_precision": round(precision, 4),
        "entity_bcubed_recall": round(recall, 4),
        "entity_bcubed_f1": round(f1, 4),
        "entity_type_accuracy": round(right / len(types), 4) if types else None,
        "entities_found": len(claimed),
    }
    return scores, {"clusters": _clusters(items), "types": types}


def _bcubed(items: list[Item]) -> tuple[float, float]:
    if not items:
        return 0.0, 0.0
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_system: dict[str, set[int]] = defaultdict(set)
    for k, item in enumerate(items):
        by_gold[item.gold].add(k)
        if item.system is not None:
            by_system[item.system].add(k)
    precision = recall = 0.0
    for k, item in enumerate(items):
        same_gold = by_gold[item.gold]
        same_system = by_system[item.system] if item.system is not None else {k}
        common = len(same_gold & same_system)
        precision += common / len(same_system)
        recall += common / len(same_gold)
    return precision / len(items), recall / len(items)


def _clusters(items: list[Item]) -> list[dict[str, Any]]:
    """Per gold entity: which system entities its items went to, and the system entities that also hold
    another gold entity's items (for finding splits and merges)."""
    report: dict[str, Counter[str]] = defaultdict(Counter)
    owners: dict[str, set[str]] = defaultdict(set)
    for item in items:
        report[item.gold][item.system or "(unclaimed)"] += 1
        if item.system:
            owners[item.system].add(item.gold)
    rows = []
    for gold_id, counts in sorted(report.items()):
        merged = sorted({g for s in counts if s in owners for g in owners[s]} - {gold_id})
        rows.append({"gold": gold_id, "system": dict(counts), "merged_with": merged})
    return rows
