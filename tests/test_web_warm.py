"""`dossier serve` computes, as it starts, what the pages and the API of each issue and of the most mentioned actors
ask for (besides the whole-store aggregates), so that under load no request waits for their first computation."""

from __future__ import annotations

from collections.abc import Hashable

import pytest

from dossier.query import Dossier
from dossier.store import cache as kept
from dossier.store import open_reader
from dossier.web.app import WARM_ACTORS, _warm
from tests.helpers.stores import Location


def _kept(method: str) -> set[Hashable]:
    """The arguments (positional, and keyword values) of each result of `method` kept, whatever the version."""
    with kept.LATEST.lock:
        keys = [key for key in kept.LATEST.items if isinstance(key, tuple) and key[2] == method]
    return {value for key in keys for value in (*key[3], *(v for _, v in key[4]))}


def _cached(method: str) -> set[Hashable]:
    """The same for a result kept per version (`per_version`: positions and quotations, read from indexes)."""
    with kept.CACHE._lock:
        keys = [key for key in kept.CACHE._items if isinstance(key, tuple) and len(key) == 4 and key[1] == method]
    return {value for key in keys for value in (*key[2], *(v for _, v in key[3]))}


@pytest.mark.store
def test_the_server_computes_issue_and_actor_pages_as_it_starts(example_db: Location) -> None:
    kept.CACHE.clear()
    with Dossier(open_reader(example_db), owned=True) as d:
        issues = {i.id for i in d.issues()}
        actors = {e.id for e in d.entities(limit=WARM_ACTORS)}
    kept.CACHE.clear()
    _warm(str(example_db))
    assert issues and issues <= _cached("IssueReads.positions") and issues <= _cached("IssueReads.quotes")
    # neighbours are read from counts kept at write time (migration 0013): kept per version, not lagging
    assert actors and actors <= _kept("ActorReads.mentions") and actors <= _cached("ActorReads.cooccurring")
    kept.CACHE.clear()
