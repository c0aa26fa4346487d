"""Rival "first" claims: two sources each calling a different event the first of its kind ("the first official
visit") between the same parties.

Events claimed the first are filed by (type, mode, month). A claim is filed again, and its rivals' rows are
to be written again, only when its date, kind, parties or claiming sources change: in a busy story hundreds
of visits a month are called the first of something, and refiling on every mention they gain would rewrite
them all every time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Mapping

from dossier.models import PartialDate
from dossier.plover import EventType, Mode
from dossier.resolve.dates import compatible, days_apart
from dossier.resolve.events.records import Event, Evidence, in_order
from dossier.resolve.events.settings import Settings
from dossier.resolve.events.tally import Tally

Claim = tuple[EventType | None, Mode | None, str]  # (type, mode, month) of events claimed "the first"


class Firsts:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._firsts: dict[Claim, set[str]] = defaultdict(set)  # events claimed "the first" of their kind
        self._claims: dict[str, tuple[Claim | None, tuple[object, ...]]] = {}  # event id -> where filed, claim

    def claim(self, event: Event, tally: Tally, alive: Container[str]) -> list[str]:
        """File (or refile) an event called the first of its kind; its rivals, whose rows are to be written again
        (none when nothing it claims changed)."""
        where = (event.type, event.mode, event.date.iso()[:7]) if event.date is not None else None
        claim = (event.date, tally.claims, len(tally.parties), tally.generation)
        filed = self._claims.get(event.id)
        if filed is not None and filed == (where, claim):
            return []
        if filed is not None and filed[0] is not None:
            self._firsts[filed[0]].discard(event.id)
        if where is None:
            self._claims.pop(event.id, None)
            return []
        self._firsts[where].add(event.id)
        self._claims[event.id] = (where, claim)
        return self.rivals(event, alive)

    def drop(self, event_id: str) -> None:
        claimed = self._claims.pop(event_id, None)
        if claimed is not None and claimed[0] is not None:
            self._firsts[claimed[0]].discard(event_id)

    def rivals(self, event: Event, alive: Container[str], shifts: Iterable[int] | None = None) -> list[str]:
        """Other events claimed 'the first' of the same type and mode (a first call does not contradict a
        first visit), within months of this one (`shifts`: which months, relative to its own)."""
        if event.date is None:
            return []
        if shifts is None:
            shifts = range(-self.settings.rival_months, self.settings.rival_months + 1)
        found: list[str] = []
        year, month = event.date.year, event.date.month or 6
        for shift in shifts:
            y, m = divmod(year * 12 + month - 1 + shift, 12)
            found += [i for i in self._firsts.get((event.type, event.mode, f"{y:04d}-{m + 1:02d}"), ())
                      if i != event.id]
        return in_order(i for i in found if i in alive)

    def rival_claims(self, event: Event, events: Mapping[str, Event],
                     tally: Callable[[Event], Tally]) -> list[tuple[str, list[str]]]:
        """The conflict of an event called the first with rival events called the first between the same
        parties at other dates: each date with its claiming articles, the `rival_dates` nearest ones."""
        if not tally(event).first_claim or event.date is None:
            return []
        date = event.date
        rivals: dict[str, list[Event]] = defaultdict(list)  # their dates -> events
        for distance in range(self.settings.rival_months + 1):  # the nearest months first: a busy story has hundreds
            for other_id in self.rivals(event, events, {-distance, distance}):
                other = events[other_id]
                if other.date is not None and not compatible(other.date, date) and \
                        tally(other).parties & tally(event).parties:
                    rivals[other.date.iso()].append(other)
            if len(rivals) >= self.settings.rival_dates:
                break
        nearest = sorted(rivals, key=lambda iso: (days_apart(PartialDate.from_iso(iso), date), iso))
        values = [(iso, _claimers(rivals[iso])) for iso in nearest[:self.settings.rival_dates]]
        return sorted([(date.iso(), _claimers([event])), *values]) if values else []


def numbers(evidence: Iterable[Evidence]) -> set[int]:
    """The numbers an event's sources give it in its series ("the second visit": 2; `Evidence.ordinal`, known
    for the mentions of this run only)."""
    return {e.ordinal for e in evidence if e.ordinal is not None}


def numbered_apart(mine: Collection[int], theirs: Collection[int]) -> bool:
    """A mention (or event) numbered in its series ("his first visit", "who first visited Russia in October")
    and an event whose sources number it otherwise ("the second visit"), none alike: two occurrences of the
    series, whatever their dates and parties. Unnumbered on either side tells nothing."""
    return bool(mine) and bool(theirs) and not set(mine) & set(theirs)


def _claimers(events: list[Event]) -> list[str]:
    """The articles calling these events 'the first' of their kind."""
    return sorted({e.article_id for event in events for e in event.evidence if e.first_claim})
