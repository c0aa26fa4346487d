"""Blocking for event merging: which events a mention is compared with.

A mention can only join an event of its PLOVER type that shares one of its entities and whose date
it could match, so events are filed by (type, entity, date at its precision: 2025-03-13, 2025-03 or
2025) and looked up by the dates a mention could match. Two lookups keep the cost flat as the corpus
grows, even around a person in the news every day:

- any entity, the compatible dates only: the mention's own date and the coarser ones containing it
  (13 March 2025 looks in 2025-03-13, 2025-03 and 2025). States such as Russia take part in
  thousands of events; only the exact date keeps their blocks small.
- named entities (people, organisations, places), the days around: a week either side of a dated
  mention (two sources a few days apart on the date of one meeting: a date conflict), the two weeks
  before its article for an undated one.

Undated events are filed under the day their article was written ("u:2025-03-13"): a dated mention
looks at the articles of its week, an undated one at those of the two weeks before its own. Every event
is also filed by type and entity alone, for mentions in articles that do not know when they were
written: their undated mentions are compared with the events of their named participants at any date
(such articles are few in a news feed; a folder of undated texts pays for it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from dossier.models import PartialDate

Key = tuple[str, str, str, str]  # (dated | any, type, entity id, bucket)
CONFLICT_DAYS = 7  # how far apart two sources' dates of one event are looked for
UNDATED_LOOKBACK_DAYS = 14  # an undated mention looks for events this far before its article
WIDE_SPAN_DAYS = 62  # a date vaguer than two months (a year) is looked up by months, not days


class BlockIndex:
    def __init__(self) -> None:
        self._events: dict[Key, set[str]] = defaultdict(set)
        self._keys: dict[str, set[Key]] = {}  # event id -> the keys it is filed under

    def file(self, event_id: str, keys: set[Key]) -> None:
        """File an event under exactly `keys` (adding and removing the difference)."""
        old = self._keys.get(event_id, set())
        for key in old - keys:
            self._events[key].discard(event_id)
        for key in keys - old:
            self._events[key].add(event_id)
        self._keys[event_id] = keys

    def add(self, event_id: str, keys: set[Key]) -> None:
        """File an event under more keys."""
        for key in keys:
            self._events[key].add(event_id)
        self._keys.setdefault(event_id, set()).update(keys)

    def drop(self, event_id: str) -> None:
        self.file(event_id, set())
        del self._keys[event_id]

    def find(self, keys: Iterable[Key]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            if key in self._events:
                found |= self._events[key]
        return found


def event_keys(event_type: str, entities: Iterable[str], when: PartialDate | None,
               written: Iterable[PartialDate]) -> set[Key]:
    """Where an event is filed: by its date, or by the days its articles were written if it has none."""
    buckets = [when.iso()] if when is not None else [f"u:{d.iso()}" for d in written] or ["u:?"]
    return {key for entity in entities
            for key in (("any", event_type, entity, ""), *(("dated", event_type, entity, b) for b in buckets))}


def exact_keys(event_type: str, entities: Iterable[str], when: PartialDate) -> list[Key]:
    """Keys of events dated compatibly with `when`, at its precision or coarser."""
    buckets = [when.iso(), *_coarser(when)]
    return [("dated", event_type, entity, bucket) for entity in entities for bucket in buckets]


def nearby_keys(event_type: str, entities: Iterable[str], when: PartialDate | None,
                written: PartialDate | None) -> list[Key]:
    """Keys of events around `when` (any precision): dated ones up to a week off, undated ones reported in
    that week; or, for an undated mention, of the two weeks before `written`."""
    if when is not None:
        first, last = _span(when)
        dated = _days(first - timedelta(CONFLICT_DAYS), last + timedelta(CONFLICT_DAYS))
        reported = _days(first - timedelta(1), last + timedelta(CONFLICT_DAYS))
    elif written is not None:
        first, last = _span(written)
        dated = reported = _days(first - timedelta(UNDATED_LOOKBACK_DAYS), last)
    else:
        return [("dated", event_type, entity, "u:?") for entity in entities]
    buckets = [*dated, *dict.fromkeys(d[:7] for d in dated), *dict.fromkeys(d[:4] for d in dated),
               *(f"u:{d}" for d in reported), *(f"u:{m}" for m in dict.fromkeys(d[:7] for d in reported))]
    return [("dated", event_type, entity, bucket) for entity in entities for bucket in buckets]


def any_time_keys(event_type: str, entities: Iterable[str]) -> list[Key]:
    """Keys of every event of these entities, whatever its date; and of undated ones from undated articles."""
    return [key for entity in entities
            for key in (("any", event_type, entity, ""), ("dated", event_type, entity, "u:?"))]


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


def _days(first: date, last: date) -> list[str]:
    """Every day from first to last; months when that is too many (a year-long span)."""
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    if len(days) > WIDE_SPAN_DAYS:
        return list(dict.fromkeys(d.isoformat()[:7] for d in days))
    return [d.isoformat() for d in days]
