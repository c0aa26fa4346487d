"""A window of recent events, for a process that analyses a stream for weeks (`dossier watch`): resolution keeps
in memory the events reported in the last `days` days (by the articles' own dates) and the entities; an event
whose latest evidence is older is set aside once its rows are written (`Resolver.retire`: a long-lived event
that new articles keep recalling stays, without its old articles' other events), and brought back from the
store (`store.window.events_near`, `Resolver.restore`) before an article whose dates reach back to it is
resolved. Memory then follows the stream's rate, not its length.

An article reaches back when it is dated, or states a date, within `MARGIN` days (how far apart two reports'
dates of one event may be, Settings' strong-match range, six weeks) of the window's start or before it."""

from __future__ import annotations

from datetime import date, timedelta

from dossier.extract import Extraction
from dossier.models import PartialDate
from dossier.resolve.resolver import Resolver
from dossier.store import StoreWriter

WINDOW_DAYS = 60  # the events a watch keeps in memory: the last two months, by the articles' dates
MARGIN = 42  # days: the events an article may merge with lie this close to its dates


class Window:
    def __init__(self, store: StoreWriter, resolver: Resolver, days: int = WINDOW_DAYS) -> None:
        self.store, self.resolver, self.days = store, resolver, days
        self.start: date | None = None  # events wholly before it are set aside (none until the first retire)
        self.asked: set[date] = set()  # days already brought back since the last retire
        self.retired = self.restored = 0  # events set aside and brought back, in all

    def reach_back(self, extraction: Extraction) -> None:
        """Before an article is resolved: bring back the events set aside that it may merge with."""
        if self.start is None:
            return
        limit = self.start + timedelta(days=MARGIN)
        days = {d for d in _days(extraction) if d < limit} - self.asked
        if not days:
            return
        self.asked |= days
        held_events, _ = self.resolver.held()
        stored = self.store.window.events_near(days, MARGIN, held_events)
        if stored is not None:
            self.restored += self.resolver.restore(stored)

    def retire(self) -> None:
        """After a run, its rows written: set aside what has fallen out of the window."""
        newest = self.resolver.newest_anchor()
        if newest is None:
            return
        self.start = newest - timedelta(days=self.days)
        self.retired += self.resolver.retire(self.start)[0]
        self.asked.clear()


def _days(extraction: Extraction) -> set[date]:
    """The days an article is dated to or states (a month or a year counts from its first day)."""
    found = {_first_day(extraction.article.published)} if extraction.article.published else set()
    for time in extraction.times:
        if time.year is not None and 1 <= (time.month or 1) <= 12:
            found.add(_first_day(PartialDate(time.year, time.month, time.day if time.month else None)))
    return {d for d in found if d is not None}


def _first_day(when: PartialDate | None) -> date | None:
    if when is None:
        return None
    try:
        return date(when.year, when.month or 1, when.day or 1)
    except ValueError:
        return None
