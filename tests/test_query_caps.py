"""The lists inside one answer do not grow with the store: a conflict's value names its first articles, an issue
its first actors' stances, an outlet its first exclusive events, the network its strongest links, each with the
count of them all, and a query that lists the rest (issue 18, "queries that do not grow with the store")."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dossier.query import BadFilter, Dossier
from dossier.store import open_reader, open_store
from tests.helpers.stores import Backend, Location

pytestmark = pytest.mark.store


def test_an_issue_names_its_first_stances_and_counts_them_all(example_db: Location) -> None:
    with Dossier(open_reader(example_db), owned=True) as d:
        whole = {i.id: i for i in d.issues()}
        capped = {i.id: i for i in d.issues(stances=3)}
    board = whole["russian_bases"]
    assert len(board.stances) == board.stance_count > 3 and board.more_stances == 0
    three = capped["russian_bases"]
    assert list(three.stances) == list(board.stances[:3]), "the first three, in the same order"
    assert three.stance_count == board.stance_count and three.more_stances == board.stance_count - 3
    assert all(capped[i].stance_count == len(whole[i].stances) for i in whole)


def test_an_outlet_names_its_first_exclusive_events_and_the_timeline_lists_them_all(example_db: Location) -> None:
    with Dossier(open_reader(example_db), owned=True) as d:
        whole = {o.outlet: o for o in d.outlets()}
        outlet = max(whole.values(), key=lambda o: o.exclusive_event_count)
        assert outlet.exclusive_event_count == len(outlet.exclusive_events) > 2
        two = next(o for o in d.outlets(exclusive=2) if o.outlet == outlet.outlet)
        assert list(two.exclusive_events) == list(outlet.exclusive_events[:2])
        assert (two.exclusive_event_count, two.more_exclusive) == (outlet.exclusive_event_count,
                                                                     outlet.exclusive_event_count - 2)
        alone = d.timeline(outlet=outlet.outlet, exclusive=True)
        reports = d.timeline(outlet=outlet.outlet)
        assert {e.id for e in outlet.exclusive_events} <= {e.id for e in alone} < {e.id for e in reports}
        for event in alone:  # every source of each is an article of that outlet
            assert {e.outlet for e in d.event(event.id).evidence} == {outlet.outlet}, event.id
        with pytest.raises(BadFilter, match="exclusive needs an outlet"):
            d.timeline(exclusive=True)


def test_the_network_keeps_its_strongest_links_and_counts_them_all(example_db: Location) -> None:
    with Dossier(open_reader(example_db), owned=True) as d:
        whole = d.network()
        strongest = d.network(edges=5)
    assert whole.edge_count == len(whole.edges) > 5 and strongest.edge_count == whole.edge_count
    assert list(strongest.edges) == list(whole.edges[:5]) and list(strongest.nodes) == list(whole.nodes)
    assert [e.events for e in strongest.edges] == sorted((e.events for e in strongest.edges), reverse=True)


def test_a_conflicting_value_names_its_first_articles_and_counts_them_all(example_db: Location, stores: Backend,
                                                                           tmp_path: Path) -> None:
    db = stores.copy(example_db, tmp_path)
    # one value given by every article of the store (what a story told by hundreds of articles has)
    conflict, everyone = _crowd_a_conflict(db, lambda first, articles: [(first.values[0][0], articles),
                                                                         *first.values[1:]])
    with Dossier(open_reader(db), owned=True) as d:
        whole = next(c for c in d.conflicts() if c.event == conflict.event_id and c.field == conflict.field)
        capped = next(c for c in d.conflicts(per_value=3) if c.event == conflict.event_id
                      and c.field == conflict.field)
        detail = d.event(conflict.event_id, per_value=3)
    crowded = whole.values[0]
    assert crowded.articles == everyone and crowded.article_count == len(everyone) and crowded.more == 0
    first = capped.values[0]
    assert first.articles == everyone[:3] and first.sources == crowded.sources[:3]
    assert first.article_count == len(everyone) and first.more == len(everyone) - 3
    assert f"and {len(everyone) - 3} more" in capped.explanation and "more" not in whole.explanation
    assert next(c for c in detail.conflicts if c.field == conflict.field).values[0] == first


def test_a_conflict_names_its_first_values_and_counts_them_all(example_db: Location, stores: Backend,
                                                               tmp_path: Path) -> None:
    db = stores.copy(example_db, tmp_path)
    # a value per article: what a "who took part" dispute among hundreds of articles looks like
    def per_day(_: Any, articles: list[str]) -> list[Any]:
        return [(f"2025-03-{day:02d}", [a]) for day, a in enumerate(articles[:9], start=1)]

    conflict, everyone = _crowd_a_conflict(db, per_day)
    values = per_day(conflict, everyone)
    with Dossier(open_reader(db), owned=True) as d:
        capped = next(c for c in d.conflicts(values=4) if c.event == conflict.event_id
                      and c.field == conflict.field)
        whole = next(c for c in d.conflicts() if c.event == conflict.event_id and c.field == conflict.field)
    assert [v.value for v in capped.values] == [v for v, _ in values[:4]] and capped.value_count == 9
    assert capped.more_values == 5 and capped.explanation.endswith("; and 5 more values")
    assert len(whole.values) == whole.value_count == 9 and whole.more_values == 0


def _crowd_a_conflict(db: Location, values: Callable[[Any, list[str]], list[Any]]) -> tuple[Any, list[str]]:
    """The store's first conflict, its values rewritten by `values(conflict, every article id)`, and those ids."""
    store = open_store(db, create=False)
    try:
        conflict = store.events.conflicts(limit=1)[0]
        everyone = [a.id for a in store.articles.page()]
        with store.transaction():
            store.db.execute('UPDATE conflicts SET "values" = ? WHERE event_id = ? AND field = ?',
                             (json.dumps(values(conflict, everyone)), conflict.event_id, conflict.field))
    finally:
        store.close()
    return conflict, everyone
