"""Conflicts between sources as cards for the pages: one per event, each disputed field with its rival values
in words (dates as people write them) and the articles giving each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dossier.query.records import Conflict
from dossier.web.templating import human_date


@dataclass(frozen=True, slots=True)
class Source:
    article_id: str
    outlet: str


SOURCES_SHOWN = 12  # articles named per conflicting value on a page ("and 40 more" after them)
VALUES_SHOWN = 12  # values shown per conflict on a page ("and 30 more values")


@dataclass(frozen=True, slots=True)
class ShownValue:
    text: str
    sources: list[Source]
    more: int = 0  # the articles giving this value that are not named


@dataclass(slots=True)
class ConflictCard:
    event_id: str
    summary: str
    date: str | None
    disputes: list[tuple[str, list[ShownValue], int]] = field(default_factory=list)  # (what, values, more values)


def conflict_cards(conflicts: Iterable[Conflict]) -> list[ConflictCard]:
    """One card per event, each disputed field with its rival values, in the order the query gives them."""
    cards: dict[str, ConflictCard] = {}
    for conflict in conflicts:
        card = cards.setdefault(conflict.event, ConflictCard(conflict.event, conflict.event_summary,
                                                             conflict.event_date))
        dates = conflict.field in ("date", "first_claim")  # both hold dates
        values = [ShownValue(human_date(v.value) if dates else v.shown or "—",
                             [Source(a, s) for a, s in zip(v.articles, v.sources, strict=True)], v.more)
                  for v in conflict.values]
        card.disputes.append((conflict.what, values, conflict.more_values))
    return list(cards.values())
