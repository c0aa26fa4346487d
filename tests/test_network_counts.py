"""The network and an actor's events per month are read from counts the events' writer keeps (migration 0013),
not from every event's participants: the counts always equal a recount of the rows themselves (the migration's own
statements), through events written, written again, merged away, actors merged and the analysis reset; and what
the reads answer from them is what the count over every event answers."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from dossier.models import EntityRecord, EntityType, EventDelta, EventRecord, Modality, PartialDate
from dossier.plover import EventType
from dossier.store import open_store
from tests.helpers.stores import Location
from tests.test_outlet_counts import _analyse, _article

REPORTED = ("asserted", "future")
# An actor's sentences as they were listed before migration 0013: every mention joined to its article, sorted.
JOINED_MENTIONS = (
    "SELECT m.article_id, m.sentence, m.start FROM mentions m JOIN articles a ON a.id = m.article_id"
    " WHERE m.entity_id = ? ORDER BY a.published IS NULL, a.published, a.rowid, m.start")
TABLES = ("network_nodes", "network_pairs", "actor_months", "actor_neighbours")


def _rows(store: Any, sql: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(row) for row in store.db.execute(sql).fetchall())


def _recounts(dialect: str) -> dict[str, str]:
    """Each kept table's recount: the statement migration 0013 fills it with, as a SELECT."""
    sql = resources.files("dossier.store").joinpath("migrations", dialect, "0013_network_counts.sql").read_text()
    found = {}
    for statement in sql.split(";"):
        body = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
        match = re.search(r"INSERT INTO (\w+) \([^)]*\)\s*", body)
        if match:
            found[match.group(1)] = body[:match.start()] + body[match.end():]
    assert set(TABLES) <= set(found)
    return found


def assert_network_match(store: Any) -> None:
    """The kept counts equal a recount; the network and the events per month read from them equal those counted
    over every event."""
    recounts = _recounts(store.dialect.name)
    for table in TABLES:
        kept = [r for r in _rows(store, f"SELECT * FROM {table}") if r[-1] != 0]
        assert kept == _rows(store, recounts[table]), table
    kept_issues = _rows(store, "SELECT issue_id, kind, n FROM issue_counts WHERE n <> 0")
    assert kept_issues == sorted(
        _rows(store, "SELECT issue_id, 'sentences', count(*) FROM sentence_issues GROUP BY 1")
        + _rows(store, "SELECT issue_id, 'articles', count(DISTINCT article_id) FROM sentence_issues GROUP BY 1")
        + _rows(store, "SELECT issue_id, 'events', count(*) FROM event_issues GROUP BY 1"))
    views = store.views
    # counted over every event now (the counting reads are `@lagging`: undecorated, so that none answers an earlier
    # version's result)
    joined_network, counted_months = type(views)._joined_network.__wrapped__, type(views)._counted_months.__wrapped__
    for max_nodes in (80, 3, 1):
        assert views.network(max_nodes=max_nodes) == joined_network(
            views, since=None, until=None, actor=None, min_shared=1, max_nodes=max_nodes, modalities=REPORTED)
    for (entity_id,) in store.db.execute("SELECT id FROM entities").fetchall():
        for min_shared in (1, 2):
            assert views.network(actor=entity_id, min_shared=min_shared) == joined_network(
                views, since=None, until=None, actor=entity_id, min_shared=min_shared, max_nodes=80,
                modalities=REPORTED), entity_id
        assert views.event_months(entity_id) == counted_months(views, entity_id, REPORTED), entity_id
        assert [(e.id, n) for e, n in store.actors.cooccurring(entity_id, limit=50)] == [
            (other, n) for other, n in store.actors.counted_cooccurring(entity_id, limit=50)
            if store.actors.get(other) is not None], entity_id
        listed = type(store.actors).mentions.__wrapped__(store.actors, entity_id)
        assert [(m.article_id, m.sentence_index, m.start) for m in listed] == [
            tuple(r) for r in store.db.execute(JOINED_MENTIONS, (entity_id,))], entity_id


def _entity(entity_id: str) -> EntityRecord:
    return EntityRecord(entity_id, entity_id.title(), EntityType.PERSON, None, None, None, 1, 1, {}, {})


def _event(event_id: str, actors: tuple[str, ...], targets: tuple[str, ...] = (), date: str | None = "2025-03-04",
           modality: Modality = Modality.ASSERTED, issues: tuple[str, ...] = ("aid",)) -> EventRecord:
    return EventRecord(event_id, EventType.CONSULT, None, modality, PartialDate.from_iso(date) if date else None,
                       None, f"Event {event_id}", 1, 1, actors, targets, issues, ())


@pytest.mark.store
def test_network_counts_follow_every_write_merges_and_a_reset(db: Location) -> None:
    store = open_store(db)
    try:
        one = _article("The harbour board heard the envoy and two traders over a long wet afternoon.", "Orontes Wire")
        two = _article("A grain barge waited at the lock while the clerks argued about the weight.", None)
        with store.transaction():
            store.actors.save([_entity(e) for e in ("nadia", "omar", "n-haddad", "layla", "sami")])
            for article in (one, two):
                store.articles.add(article)
            # sentence 0 names nadia (twice) and omar; sentence 1 n-haddad, nadia and sami; sentence 2 n-haddad alone
            _analyse(store, one, [None, None, None],
                     [(0, "nadia"), (0, "nadia"), (0, "omar"), (1, "n-haddad"), (1, "nadia"), (1, "sami"),
                      (2, "n-haddad")], {0: ("aid",), 1: ("aid", "ports")})
            _analyse(store, two, [None, None], [(0, "omar"), (0, "n-haddad"), (1, "layla")], {1: ("ports",)})
            store.events.save(EventDelta((
                _event("e1", ("nadia", "omar")),
                _event("e2", ("nadia",), ("omar", "layla"), date="2025-03"),
                _event("e3", ("n-haddad", "nadia"), ("omar",), date="2024"),
                _event("e4", ("sami", "layla"), date=None),
                _event("e5", ("omar", "sami"), modality=Modality.NEGATED),  # not reported as happened: not counted
                _event("e6", ("layla",), ("n-haddad",), date="2025-04-01", modality=Modality.FUTURE),
            ), ()))
        assert_network_match(store)
        assert _rows(store, "SELECT * FROM network_pairs WHERE a = 'nadia' AND b = 'omar'") == [("nadia", "omar", 3)]
        assert store.views.event_months("nadia") == ({"2025-03": 2}, 1)
        with store.transaction():  # written again with other participants and dates; one merged away
            store.events.save(EventDelta((
                _event("e1", ("nadia", "sami"), date="2025-05-02", issues=("aid", "ports")),
                _event("e5", ("omar", "sami")),  # now reported as having happened
            ), ("e4",)))
        assert_network_match(store)
        with store.transaction():  # tagged again: the article's share of the issues' counts is replaced
            store.issues.save_article(one.id, {2: ("ports",)}, [], [], [], [])
        assert_network_match(store)
        assert _rows(store, "SELECT kind, n FROM issue_counts WHERE issue_id = 'aid'") == [("events", 5)]
        with store.transaction():  # resolution finds that n-haddad is nadia: e3 names her once
            store.actors.save([_entity("nadia")], merged=[("n-haddad", "nadia")])
        assert_network_match(store)
        assert not _rows(store, "SELECT * FROM network_nodes WHERE entity_id = 'n-haddad'")
        assert _rows(store, "SELECT * FROM network_nodes WHERE entity_id = 'nadia'") == [("nadia", 4)]
        # nadia and omar: sentence 0 of `one`, and of `two` (n-haddad's, now hers); sentence 1 names her once
        assert [(e.id, n) for e, n in store.actors.cooccurring("nadia")] == [("omar", 2), ("sami", 1)]
        with store.transaction():
            store.reset_analysis()
        assert_network_match(store)
        assert all(not _rows(store, f"SELECT * FROM {table}") for table in TABLES)
    finally:
        store.close()


@pytest.mark.store
def test_an_analysed_store_keeps_the_network_a_recount_gives(example_db: Location) -> None:
    store = open_store(example_db, create=False)  # a writer's connection, to read the tables themselves
    try:
        assert store.db.execute("SELECT count(*) FROM network_pairs").fetchone()[0] > 0
        assert_network_match(store)
    finally:
        store.close()
