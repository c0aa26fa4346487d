"""What an event's evidence adds up to (its parties, places, words, dates, articles), kept as counts.

An event reported by thousands of articles ("the fall of Assad") is compared with every new
mention that might belong to it; recounting its evidence each time would make resolution
quadratic in the corpus. A tally is brought up to date with the evidence appended since it was
last read, and rebuilt only when evidence already counted changes in place (a date refined, an
entity renamed), which the resolver signals with `Event.recount()`.

Memory: each resolver keeps only the tallies of the events it used most recently (`Tallies`). An event
reported by thousands of articles is used by every batch and keeps its tally; the many events nobody
reports again give theirs back and count again (they have a mention or two) if they ever come up.
"""

from __future__ import annotations

import itertools
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.models import Modality
from dossier.plover import Mode
from dossier.resolve.dates import said_date

if TYPE_CHECKING:
    from dossier.resolve.events.records import Event, Evidence


class Tallies:
    """One resolver's tallies: each event's brought up to date when read, only the `kept` most recently used
    kept (the others are counted again if they come up)."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._recent: OrderedDict[int, Event] = OrderedDict()  # least recently used first
        self._generations = itertools.count()

    def of(self, event: Event) -> Tally:
        """The event's evidence counted, catching up with what was appended since the last call."""
        tally = event.counted
        if tally is None or tally.size > len(event.evidence):
            tally = event.counted = Tally(generation=next(self._generations))
        if tally.size < len(event.evidence):
            for item in event.evidence[tally.size:]:
                tally.add(item)
        key = id(event)  # as `_use` (inline: read for every candidate of every mention)
        if key in self._recent:
            self._recent.move_to_end(key)
        else:
            self._use(event)
        return tally

    def forget(self, event: Event) -> None:
        """An event leaves memory (set aside by a long stream's window): its tally goes with it."""
        self._recent.pop(id(event), None)
        event.recount()

    def _use(self, event: Event) -> None:
        key = id(event)  # the dict holds the event, so its id stays its own
        if key in self._recent:
            self._recent.move_to_end(key)
            return
        self._recent[key] = event
        if len(self._recent) > self.kept:
            self._recent.popitem(last=False)[1].recount()  # not used for a while: give the memory back


@dataclass(slots=True)
class Tally:
    size: int = 0  # how many evidence items are counted
    generation: int = 0  # tells a recount from the old tally (numbered by `Tallies`)
    actors: Counter[str] = field(default_factory=Counter)
    targets: Counter[str] = field(default_factory=Counter)
    # where each party is first named, to break ties in ranking: (article, mention, position), so that
    # the order evidence arrived in (or was loaded in) does not matter
    actor_order: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    target_order: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    parties: set[str] = field(default_factory=set)
    locations: Counter[str] = field(default_factory=Counter)  # in order of first appearance
    lemmas: set[str] = field(default_factory=set)
    article_lemmas: set[tuple[str, str]] = field(default_factory=set)
    articles: dict[str, int] = field(default_factory=dict)  # article id -> evidence count, in order
    modes: Counter[Mode] = field(default_factory=Counter)
    asserted: int = 0
    own_dates: Counter[str] = field(default_factory=Counter)  # iso -> count
    borrowed_dates: Counter[str] = field(default_factory=Counter)
    stated: dict[str, dict[str, None]] = field(default_factory=dict)  # iso -> articles stating it
    month_days: list[tuple[int, int | None]] = field(default_factory=list)
    claims: int = 0  # evidence calling it "the first" of its kind
    referring_articles: dict[str, None] = field(default_factory=dict)  # articles dating evidence by another event
    issues: dict[str, None] = field(default_factory=dict)
    _ranked: tuple[list[str], list[str]] | None = None
    namesakes: tuple[int, dict[str, list[str]]] | None = None  # the resolver's, for this many parties

    def add(self, e: Evidence) -> None:
        self.size += 1
        for position, entity_id in enumerate(e.actors):
            self.actors[entity_id] += 1
            _first(self.actor_order, entity_id, (e.article_id, e.n, position))
        for position, entity_id in enumerate(e.targets):
            self.targets[entity_id] += 1
            _first(self.target_order, entity_id, (e.article_id, e.n, position))
        self.parties.update(e.actors)
        self.parties.update(e.targets)
        if e.location:
            self.locations[e.location] += 1
        if e.lemma:
            self.lemmas.add(e.lemma)
        self.article_lemmas.add((e.article_id, e.lemma))
        self.articles[e.article_id] = self.articles.get(e.article_id, 0) + 1
        if e.mode:
            self.modes[e.mode] += 1
        self.asserted += e.modality is Modality.ASSERTED
        self._add_date(e)
        self.claims += e.first_claim
        if e.time_ref is not None:
            self.referring_articles[e.article_id] = None
        self.issues.update(dict.fromkeys(e.issues))
        self._ranked = None

    def _add_date(self, e: Evidence) -> None:
        if e.date is not None:
            iso = e.date.iso()
            # dates an event gets from its own sources count before those borrowed from the story around it
            (self.borrowed_dates if e.date_origin.borrowed else self.own_dates)[iso] += 1
            if said_date(e.date_origin, e.time):  # the dates a date conflict is about
                self.stated.setdefault(iso, {})[e.article_id] = None
        if e.month_day is not None:
            self.month_days.append(e.month_day)

    @property
    def first_claim(self) -> bool:
        return self.claims > 0

    def ranked(self) -> tuple[list[str], list[str]]:
        """Actors, then targets that are not also actors, most mentioned first."""
        if self._ranked is None:
            actors = sorted(self.actors, key=lambda e: (-self.actors[e], self.actor_order[e]))
            targets = sorted((t for t in self.targets if t not in self.actors),
                             key=lambda e: (-self.targets[e], self.target_order[e]))
            self._ranked = (actors, targets)
        return self._ranked


def _first(order: dict[str, tuple[str, int, int]], entity_id: str, where: tuple[str, int, int]) -> None:
    if entity_id not in order or where < order[entity_id]:
        order[entity_id] = where
