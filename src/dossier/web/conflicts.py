"""Conflicts between sources, shaped for reading: each value in words, with the articles that give it."""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.models import ConflictInfo
from dossier.shapes import conflict_field, readable
from dossier.store import Store
from dossier.web.lookups import article_names, entity_names
from dossier.web.templating import human_date


@dataclass(frozen=True, slots=True)
class Source:
    article_id: str
    outlet: str


@dataclass(frozen=True, slots=True)
class ConflictValue:
    text: str
    sources: list[Source]


@dataclass(slots=True)
class ConflictCard:
    event_id: str
    summary: str
    date: str | None
    disputes: list[tuple[str, list[ConflictValue]]] = field(default_factory=list)  # (what, values)


def conflict_cards(store: Store, conflicts: list[ConflictInfo]) -> list[ConflictCard]:
    """One card per event, each disputed field with its rival values, in the order the store gives them."""
    articles, names = article_names(store), entity_names(store)
    cards: dict[str, ConflictCard] = {}
    for conflict in conflicts:
        card = cards.setdefault(conflict.event_id,
                                ConflictCard(conflict.event_id, conflict.event_summary, conflict.event_date))
        values = [ConflictValue(_value_text(conflict.field, value, names),
                                [Source(a, articles.get(a, a)) for a in ids]) for value, ids in conflict.values]
        card.disputes.append((conflict_field(conflict.field), values))
    return list(cards.values())


def _value_text(field_name: str, value: str, names: dict[str, str]) -> str:
    if field_name in ("date", "first_claim"):  # both hold dates
        return human_date(value)
    return readable(value, names) or "—"
