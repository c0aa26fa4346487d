"""Blocking for event merging: which events a mention is compared with.

A mention can only join an event of its PLOVER type that shares one of its entities and whose date
it could match, so events are filed by (type, entity, date at its precision: 2025-03-13, 2025-03 or
2025) and looked up by the dates a mention could match. Two lookups keep the cost flat as the corpus
grows, even around a person in the news every day:

- any entity, the compatible dates only: the mention's own date, the coarser ones containing it
  (13 March 2025 looks in 2025-03-13, 2025-03 and 2025) and, for a month, the days it holds (March
  2025 looks in 2025-03-01 ... 2025-03-31 as well: which of the two sources came first must not
  decide whether they meet). States such as Russia take part in thousands of events; only the
  compatible dates keep their blocks small.
- named entities (people, organisations, places), the days around: a week either side of a dated
  mention (two sources a few days apart on the date of one meeting: a date conflict), the two weeks
  before its article for an undated one. An undated mention merges only on a firm match (a named party
  in common and one more party or the place), so the resolver keeps just the events of those two weeks
  found under a second of its entities: at 143 articles a day, 0.8 events per undated mention, not 86.

Undated events are filed under the day their article was written ("u:2025-03-13"): a dated mention
looks at the articles of its week, an undated one at those of the two weeks before its own. A mention
in an article that does not know when it was written is compared with every event of its named
participants (the resolver keeps them by entity; such articles are few in a news feed, a folder of
undated texts pays for it).

Memory: the index holds a key per event and entity. Most buckets hold one event, kept as a plain
string until a second one arrives (an empty set alone costs 216 bytes); bucket names are interned.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from dossier.models import PartialDate
from dossier.resolve.events.settings import DEFAULT, Settings

Key = tuple[str, str, str]  # (type, entity id, bucket)


class BlockIndex:
    def __init__(self) -> None:
        self._events: dict[Key, str | set[str]] = {}  # one event id, or several
        self._keys: dict[str, tuple[Key, ...]] = {}  # event id -> the keys it is filed under

    def file(self, event_id: str, keys: set[Key]) -> None:
        """File an event under exactly `keys` (adding and removing the difference)."""
        old = set(self._keys.get(event_id, ()))
        for key in old - keys:
            self._remove(key, event_id)
        for key in keys - old:
            self._add(key, event_id)
        self._keys[event_id] = tuple(keys)

    def add(self, event_id: str, keys: set[Key]) -> None:
        """File an event under more keys."""
        new = keys - set(self._keys.get(event_id, ()))
        for key in new:
            self._add(key, event_id)
        self._keys[event_id] = self._keys.get(event_id, ()) + tuple(new)

    def drop(self, event_id: str) -> None:
        for key in self._keys.pop(event_id, ()):
            self._remove(key, event_id)

    def entities_of(self, event_id: str) -> set[str]:
        return {key[1] for key in self._keys.get(event_id, ())}

    def find(self, keys: Iterable[Key]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            there = self._events.get(key)
            if isinstance(there, str):
                found.add(there)
            elif there is not None:
                found |= there
        return found

    def _add(self, key: Key, event_id: str) -> None:
        there = self._events.get(key)
        if there is None:
            self._events[key] = event_id
        elif isinstance(there, str):
            if there != event_id:
                self._events[key] = {there, event_id}
        else:
            there.add(event_id)

    def _remove(self, key: Key, event_id: str) -> None:
        there = self._events.get(key)
        if there == event_id:
            del self._events[key]
        elif isinstance(there, set):
            there.discard(event_id)
            if len(there) == 1:
                self._events[key] = there.pop()


def event_keys(event_type: str, entities: Iterable[str], when: PartialDate | None,
               written: Iterable[PartialDate]) -> set[Key]:
    """Where an event is filed: by its date, or by the days its articles were written if it has none."""
    buckets = [when.iso()] if when is not None else [f"u:{d.iso()}" for d in written] or ["u:?"]
    return {(event_type, entity, sys.intern(bucket)) for entity in entities for bucket in buckets}


def exact_keys(event_type: str, entities: Iterable[str], when: PartialDate) -> list[Key]:
    """Keys of events dated compatibly with `when`: at its precision, coarser, or a day of its month."""
    buckets = [when.iso(), *_coarser(when), *_month_days(when)]
    return [(event_type, entity, bucket) for entity in entities for bucket in buckets]


def lag_keys(event_type: str, entities: Iterable[str], when: PartialDate, days: int) -> list[Key]:
    """Keys of events dated to the days up to `days` either side of a day-precise `when` (two sources a day
    apart on one call: `rules.reporting_lag`); none for a coarser date."""
    if when.day is None or when.month is None or days <= 0:
        return []
    first, _ = _span(when)
    near = [first + timedelta(n) for n in range(-days, days + 1) if n]
    return [(event_type, entity, d.isoformat()) for entity in entities for d in near]


def nearby_keys(event_type: str, entities: Iterable[str], when: PartialDate | None,
                written: PartialDate | None, settings: Settings = DEFAULT) -> list[Key]:
    """Keys of events around `when` (any precision): dated ones up to a week off, undated ones reported in
    that week; or, for an undated mention, of the two weeks before `written`."""
    buckets = _nearby_buckets(when, written, settings.conflict_days, settings.undated_lookback_days,
                              settings.wide_span_days)
    return [(event_type, entity, bucket) for entity in entities for bucket in buckets]


@lru_cache(maxsize=4096)  # a few dates recur in every article of a day: spelled out once
def _nearby_buckets(when: PartialDate | None, written: PartialDate | None, conflict_days: int, lookback_days: int,
                    wide_span_days: int) -> tuple[str, ...]:
    if when is not None:
        first, last = _span(when)
        dated = _days(first - timedelta(conflict_days), last + timedelta(conflict_days), wide_span_days)
        reported = _days(first - timedelta(1), last + timedelta(conflict_days), wide_span_days)
    elif written is not None:
        first, last = _span(written)
        dated = reported = _days(first - timedelta(lookback_days), last, wide_span_days)
    else:
        return ("u:?",)
    return tuple(sys.intern(b) for b in (
        *dated, *dict.fromkeys(d[:7] for d in dated), *dict.fromkeys(d[:4] for d in dated),
        *(f"u:{d}" for d in reported), *(f"u:{m}" for m in dict.fromkeys(d[:7] for d in reported))))


@lru_cache(maxsize=512)
def _month_days(d: PartialDate) -> tuple[str, ...]:
    """The days a month-precise date holds (none for a day or a year: a year's days are too many to look up)."""
    if d.month is None or d.day is not None:
        return ()
    first, last = _span(d)
    return tuple(sys.intern(day) for day in _days(first, last, 31))


def _coarser(d: PartialDate) -> list[str]:
    iso = d.iso()
    return [iso[:n] for n in (7, 4) if n < len(iso)]


def _span(d: PartialDate) -> tuple[date, date]:
    if d.month is None:
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if d.day is None:
        following = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date(d.year, d.month, 1), following - timedelta(1)
    day = date(d.year, d.month, d.day)
    return day, day


def _days(first: date, last: date, wide_span_days: int) -> list[str]:
    """Every day from first to last; months when that is too many (a year-long span)."""
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    if len(days) > wide_span_days:
        return list(dict.fromkeys(d.isoformat()[:7] for d in days))
    return [d.isoformat() for d in days]
