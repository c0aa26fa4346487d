"""What an event's sources add up to: the date they agree on, the value most of them give."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TypeVar

from dossier.models import PartialDate
from dossier.plover import Precision
from dossier.resolve.dates import compatible
from dossier.resolve.events.records import Event

Value = TypeVar("Value", bound=str)
TOLD_LONG_AFTER = 10**6  # days: a date no article with a day of publication states


def most_common(counts: Counter[Value]) -> Value | None:
    """The value counted most; of equals the first in sort order, not the first met (a reload changes that)."""
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


def consensus(counts: Counter[str], nearest: Mapping[str, int] | None = None) -> PartialDate | None:
    """The date the sources agree on: the value most others support (are at least as precise as, and
    compatible with), then made as precise as the supporting sources allow without contradicting
    each other ('February' and 'February 13th' -> 13 February; 'January 28' and 'January 29' ->
    January), or to the day most of the sources giving a day give ('12 February' twice and '13 February'
    once -> 12 February, with a date conflict). As many sources for two days: the day told by the report
    written nearest after it (`nearest`: iso -> fewest days from it to a stating article's publication), the
    one that had least time to go astray; else the later day."""
    if not counts:
        return None
    values = {iso: PartialDate.from_iso(iso) for iso in counts}
    # A value's support: the sources at least as precise and compatible with it, which are those whose date
    # starts with it ("2025-03" backs "2025", "2025-03-13" backs both): summed per prefix, in one pass
    # (an event reported for months gathers hundreds of distinct dates).
    support: Counter[str] = Counter()
    for iso, n in counts.items():
        for length in (4, 7, 10):
            if len(iso) >= length:
                support[iso[:length]] += n
    gaps = nearest or {}
    best = values[max(values, key=lambda iso: (support[iso], -len(iso), -gaps.get(iso, TOLD_LONG_AFTER),
                                                -values[iso].year, iso))]
    backing = [d for d in values.values() if compatible(best, d)]
    for precise in (Precision.DAY, Precision.MONTH):
        finer = Counter({d.iso(): counts[d.iso()] for d in backing if d.precision is precise})
        ranked = finer.most_common()
        if len(ranked) == 1:
            candidate = PartialDate.from_iso(ranked[0][0])
            if all(compatible(candidate, d) for d in backing):
                return candidate
        elif len(ranked) > 1 and precise is Precision.DAY and ranked[0][1] > ranked[1][1]:
            return PartialDate.from_iso(ranked[0][0])  # most sources give that day: the others disagree (a conflict)
    return best


def main_issue(event: Event) -> str | None:
    """The issue most of an event's mentions concern (of equals the first in sort order), or None."""
    return most_common(Counter(i for e in event.evidence for i in e.issues))
