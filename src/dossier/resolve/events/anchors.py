"""The articles' anchors (when each was written, as far as is known), with the span of days the exactly anchored
ones cover kept as they change.

Contract: `Anchors` is a mapping article id -> `Anchor` (set, replaced and removed like a dict). `span_without(a)`
is the first and last day the collection's other exactly anchored articles were written, at their precision
(`dates.days_of`), or None when none is; it answers in constant time for each new article (the first and last day
are kept, with how many articles give each day), so an ingest of n articles does not scan n anchors n times. Only
when an extreme day goes (an article set aside, an anchor made more precise) is it found again over the days held.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, MutableMapping
from datetime import date

from dossier.models import Anchor
from dossier.resolve.dates import days_of


class Anchors(MutableMapping[str, Anchor]):
    def __init__(self) -> None:
        self._held: dict[str, Anchor] = {}
        self._firsts: Counter[date] = Counter()  # first day of each exact anchor -> how many articles
        self._lasts: Counter[date] = Counter()
        self._first: date | None = None
        self._last: date | None = None

    def __getitem__(self, article_id: str) -> Anchor:
        return self._held[article_id]

    def __setitem__(self, article_id: str, anchor: Anchor) -> None:
        if article_id in self._held:
            self._forget(self._held[article_id])
        self._held[article_id] = anchor
        if anchor.exact:
            first, last = days_of(anchor.date)
            self._firsts[first] += 1
            self._lasts[last] += 1
            self._first = first if self._first is None else min(self._first, first)
            self._last = last if self._last is None else max(self._last, last)

    def __delitem__(self, article_id: str) -> None:
        self._forget(self._held.pop(article_id))

    def __iter__(self) -> Iterator[str]:
        return iter(self._held)

    def __len__(self) -> int:
        return len(self._held)

    def __repr__(self) -> str:
        return f"Anchors({self._held!r})"

    def _forget(self, anchor: Anchor) -> None:
        if not anchor.exact:
            return
        first, last = days_of(anchor.date)
        _drop(self._firsts, first)
        _drop(self._lasts, last)
        if first == self._first and first not in self._firsts:
            self._first = min(self._firsts, default=None)
        if last == self._last and last not in self._lasts:
            self._last = max(self._lasts, default=None)

    def span_without(self, article_id: str) -> tuple[date, date] | None:
        """The first and last day the other exactly anchored articles were written; None when none is."""
        own = self._held.get(article_id)
        if own is None or not own.exact:
            return None if self._first is None or self._last is None else (self._first, self._last)
        first, last = days_of(own.date)
        low = self._first if self._firsts[first] > 1 or first != self._first else \
            min((d for d in self._firsts if d != first), default=None)
        high = self._last if self._lasts[last] > 1 or last != self._last else \
            max((d for d in self._lasts if d != last), default=None)
        return None if low is None or high is None else (low, high)


def _drop(counts: Counter[date], day: date) -> None:
    counts[day] -= 1
    if counts[day] <= 0:
        del counts[day]
