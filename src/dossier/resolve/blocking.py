"""Blocking for event merging: which events a mention is compared with.

A mention can only join an event of its PLOVER type that shares one of its entities and whose date
it could match, so events are indexed by (type, entity, time bucket) and looked up by the buckets a
mention's date could fall in. Two lookups keep the cost flat as the corpus grows:

- any entity, the compatible dates only: the mention's own date and the coarser ones containing it
  (13 March 2025 looks in 2025-03-13, 2025-03 and 2025). States such as Russia take part in
  thousands of events; only a fine bucket keeps their blocks small.
- specific entities (people, organisations, places), the months around: a strong match with a
  named person may be a date conflict up to six weeks away, and an undated mention may belong to an
  event of the weeks before its article.

Undated events are filed under the months their articles were written in ("u:2025-03"). Every
event is also filed by type and entity alone, for mentions in articles that do not know when they
were written: their undated mentions are compared with the events of their named participants at any
date (such articles are few in a news feed; a folder of undated texts pays for it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from dossier.models import PartialDate

Key = tuple[str, str, str, str]  # (fine | coarse | any, type, entity id, bucket)
WINDOW_DAYS = 45  # as far as a date conflict reaches (resolve.events.CONFLICT_WINDOW_DAYS)
UNDATED_LOOKBACK_DAYS = 62  # an undated mention looks for events this far before its article


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
    """Where an event is filed: by its date, or by when its articles were written if it has none."""
    if when is not None:
        fine, coarse = [when.iso()], [_month(when)]
    else:
        fine, coarse = [], [f"u:{_month(d)}" for d in written] or ["u:?"]
    return {(kind, event_type, entity, bucket) for entity in entities
            for kind, buckets in (("fine", fine), ("coarse", coarse), ("any", [""])) for bucket in buckets}


def any_time_keys(event_type: str, entities: Iterable[str]) -> list[Key]:
    """Keys of every event of these entities, whatever its date; and of undated ones from undated articles."""
    return [key for entity in entities
            for key in (("any", event_type, entity, ""), ("coarse", event_type, entity, "u:?"))]


def exact_keys(event_type: str, entities: Iterable[str], when: PartialDate) -> list[Key]:
    """Keys of events dated compatibly with `when`, at its precision or coarser."""
    buckets = [when.iso(), *_coarser(when)]
    return [("fine", event_type, entity, bucket) for entity in entities for bucket in buckets]


def nearby_keys(event_type: str, entities: Iterable[str], when: PartialDate | None,
                written: PartialDate | None) -> list[Key]:
    """Keys of events within the conflict window of `when` (any precision), or, undated, of the weeks
    before `written`; undated events of those months too."""
    if when is not None:
        first, last = _span(when)
        first, last = first - timedelta(WINDOW_DAYS), last + timedelta(WINDOW_DAYS)
    elif written is not None:
        first, last = _span(written)
        first -= timedelta(UNDATED_LOOKBACK_DAYS)
    else:
        return [("coarse", event_type, entity, "u:?") for entity in entities]
    months = _months(first, last)
    buckets = [*months, *dict.fromkeys(m[:4] for m in months), *(f"u:{m}" for m in months)]
    return [("coarse", event_type, entity, bucket) for entity in entities for bucket in buckets]


def _month(d: PartialDate) -> str:
    return d.iso()[:7]


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


def _months(first: date, last: date) -> list[str]:
    found = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
