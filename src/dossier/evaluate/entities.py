"""Entity clustering scored with B-cubed over (alias, file) items, and type accuracy.

Items: every (gold alias, gold file) pair where the alias occurs in that file's text, as a
whole word, case-insensitively, and not only inside a longer gold alias ("Ahmed" inside
"Ahmed al-Sharaa" is not an occurrence of "Ahmed"). The gold cluster of an item is the gold
entity owning the alias. A system entity claims an item when the alias is its name or one of
its aliases (case-insensitive); among several, the one mentioned with that alias in that file,
then the most mentioned. Unclaimed items count as singletons.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from dossier.evaluate.documents import GoldDocuments
from dossier.store import Store

GOLD_TYPES = {"COUNTRY": "STATE"}  # the gold's COUNTRY is our STATE
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

Item = tuple[str, str]  # (alias folded, gold file)


def norm(text: str) -> str:
    return text.translate(_QUOTES).casefold()


def occurrences(text: str, aliases: list[str]) -> set[str]:
    """The aliases that occur in `text` on their own (not only inside a longer alias)."""
    found: list[tuple[int, int, str]] = []
    folded = norm(text)
    for alias in sorted(set(aliases), key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")
        for m in pattern.finditer(folded):
            if not any(s <= m.start() and m.end() <= e and (e - s) > len(alias) for s, e, _ in found):
                found.append((m.start(), m.end(), alias))
    return {alias for _, _, alias in found}


def score_entities(store: Store, gold_entities: list[dict[str, Any]],
                   documents: GoldDocuments) -> tuple[dict[str, float | int | None], dict[str, Any]]:
    owner: dict[str, str] = {}
    gold_type: dict[str, str] = {}
    for entity in gold_entities:
        gold_type[entity["id"]] = GOLD_TYPES.get(entity["type"], entity["type"])
        for alias in entity.get("aliases", []):
            owner.setdefault(norm(alias), entity["id"])
    items: dict[Item, str] = {}
    for file, article in documents.matched.items():
        for alias in occurrences(article.text, list(owner)):
            items[(alias, file)] = owner[alias]
    system = _system_clusters(store, items, documents)
    precision, recall = _bcubed(items, system)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    type_accuracy, typed = _type_accuracy(store, items, system, gold_type)
    scores: dict[str, float | int | None] = {
        "entity_items": len(items),
        "entity_bcubed_precision": round(precision, 4),
        "entity_bcubed_recall": round(recall, 4),
        "entity_bcubed_f1": round(f1, 4),
        "entity_type_accuracy": None if type_accuracy is None else round(type_accuracy, 4),
    }
    return scores, {"clusters": _cluster_report(items, system), "types": typed}


def _system_clusters(store: Store, items: dict[Item, str], documents: GoldDocuments) -> dict[Item, str]:
    """The system entity claiming each item ('' when none does)."""
    file_of = {article.id: file for file, article in documents.matched.items()}
    in_file: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # (alias, file) -> entity counts
    for article_id, text, name, entity_id in store.mention_surfaces():
        if (file := file_of.get(article_id)) is not None:
            for surface in {norm(text), norm(name)}:
                in_file[(surface, file)][entity_id] += 1
    anywhere: dict[str, tuple[int, str]] = {}
    for entity in store.entities():
        for alias in [entity.name, *entity.aliases]:
            key = norm(alias)
            if key not in anywhere or anywhere[key][0] < entity.mentions:
                anywhere[key] = (entity.mentions, entity.id)
    claimed = {}
    for alias, file in items:
        local = in_file.get((alias, file))
        if local:
            claimed[(alias, file)] = local.most_common(1)[0][0]
        else:
            claimed[(alias, file)] = anywhere.get(alias, (0, ""))[1]
    return claimed


def _bcubed(gold: dict[Item, str], system: dict[Item, str]) -> tuple[float, float]:
    if not gold:
        return 0.0, 0.0
    def cluster(item: Item) -> str:
        return system[item] or f"singleton:{item}"
    by_system: dict[str, set[Item]] = defaultdict(set)
    by_gold: dict[str, set[Item]] = defaultdict(set)
    for item in gold:
        by_system[cluster(item)].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        same = len(by_system[cluster(item)] & by_gold[gold[item]])
        precision += same / len(by_system[cluster(item)])
        recall += same / len(by_gold[gold[item]])
    return precision / len(gold), recall / len(gold)


def _type_accuracy(store: Store, items: dict[Item, str], system: dict[Item, str],
                   gold_type: dict[str, str]) -> tuple[float | None, list[dict[str, str]]]:
    claims: dict[str, Counter[str]] = defaultdict(Counter)
    for item, gold_id in items.items():
        if system[item]:
            claims[gold_id][system[item]] += 1
    rows = []
    for gold_id, counts in sorted(claims.items()):
        entity = store.entity(counts.most_common(1)[0][0])
        rows.append({"gold": gold_id, "gold_type": gold_type[gold_id], "system": entity.id if entity else "",
                     "system_type": entity.type.value if entity else ""})
    if not rows:
        return None, rows
    return sum(r["gold_type"] == r["system_type"] for r in rows) / len(rows), rows


def _cluster_report(items: dict[Item, str], system: dict[Item, str]) -> list[dict[str, Any]]:
    """Per gold entity: which system entities its items went to (for finding splits and merges)."""
    report: dict[str, Counter[str]] = defaultdict(Counter)
    for item, gold_id in items.items():
        report[gold_id][system[item] or "(unclaimed)"] += 1
    return [{"gold": g, "system": dict(c)} for g, c in sorted(report.items())]
