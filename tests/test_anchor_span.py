"""The anchors' span (`resolve/events/anchors.py`): the first and last day the other exactly anchored articles
were written, kept as anchors are set, replaced and removed, always equal to scanning them all."""

from __future__ import annotations

import random
from datetime import date

from dossier.models import Anchor, AnchorKind, PartialDate
from dossier.resolve.dates import days_of
from dossier.resolve.events.anchors import Anchors


def scanned(anchors: dict[str, Anchor], article_id: str) -> tuple[date, date] | None:
    spans = [days_of(a.date) for other, a in anchors.items() if other != article_id and a.exact]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def test_a_lower_bound_never_counts_and_an_article_never_bounds_itself() -> None:
    anchors = Anchors()
    anchors["a"] = Anchor(PartialDate(2025, 3, 4), AnchorKind.PUBLISHED)
    anchors["b"] = Anchor(PartialDate(2025, 6), AnchorKind.PUBLISHED)
    anchors["c"] = Anchor(PartialDate(2026, 1, 1), AnchorKind.LOWER_BOUND)
    assert anchors.span_without("c") == (date(2025, 3, 4), date(2025, 6, 30))
    assert anchors.span_without("a") == (date(2025, 6, 1), date(2025, 6, 30))
    del anchors["b"]
    assert anchors.span_without("a") is None
    assert anchors.span_without("new") == (date(2025, 3, 4), date(2025, 3, 4))


def test_the_span_follows_every_change_as_a_full_scan_would() -> None:
    rng = random.Random(7)
    anchors = Anchors()
    plain: dict[str, Anchor] = {}
    for _ in range(3000):
        article = f"a{rng.randrange(40)}"
        if rng.random() < 0.3 and article in plain:
            del anchors[article]
            del plain[article]
        else:
            month = rng.choice([None, rng.randint(1, 12)])
            day = rng.randint(1, 28) if month is not None and rng.random() < 0.7 else None
            anchor = Anchor(PartialDate(rng.choice([2024, 2025]), month, day),
                            rng.choice(list(AnchorKind)))
            anchors[article] = anchor
            plain[article] = anchor
        probe = f"a{rng.randrange(45)}"
        assert anchors.span_without(probe) == scanned(plain, probe)
    assert dict(anchors) == plain
