"""The outlets compared are read from counts the store's writers keep (migration 0011), not from every mention of
the store: the counts always equal a count of the rows themselves, through articles added, analysed, tagged again,
actors merged and the analysis reset; and the migration that adds them counts what an older store holds."""

from __future__ import annotations

import math
import re
import threading
from importlib import resources
from typing import Any

import pytest

from dossier.models import ActorMention, Article, EntityRecord, EntityType, Origin, Sentence, Sourced
from dossier.read.normalise import article_id
from dossier.store import StoreWriter, open_reader, open_store
from dossier.store.outlets import UNKNOWN_OUTLET
from tests.helpers.postgres import PostgresServer
from tests.helpers.stores import Location

TABLES = {"outlet_counts": 1, "outlet_issue_sentences": 2, "outlet_actor_sentences": 2}  # table: key columns
COLUMNS = {"outlet_counts": "outlet, articles, words, undated, sentences",  # those migration 0011 fills
           "outlet_issue_sentences": "*", "outlet_actor_sentences": "*"}


def _recounts(dialect: str) -> dict[str, str]:
    """Each kept table's count of the rows themselves: the SELECT that migration 0011 fills it with."""
    sql = resources.files("dossier.store").joinpath("migrations", dialect, "0011_outlet_counts.sql").read_text()
    found = {}
    for table, select in re.findall(r"INSERT INTO (\w+) \([^)]*\)\s*(SELECT .*?);", sql, flags=re.S):
        found[table] = select
    assert set(found) == set(TABLES)
    return found


def _rows(store: Any, sql: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(row) for row in store.db.execute(sql).fetchall())


def _same(kept: list[tuple[Any, ...]], counted: list[tuple[Any, ...]]) -> bool:
    if len(kept) != len(counted):
        return False
    for a, b in zip(kept, counted, strict=True):
        for x, y in zip(a, b, strict=True):
            if isinstance(x, float) or isinstance(y, float):
                if not math.isclose(float(x), float(y), abs_tol=1e-9):
                    return False
            elif x != y:
                return False
    return True


def assert_counts_match(store: Any) -> None:
    recounts = _recounts(store.dialect.name)
    for table in TABLES:
        kept = [r for r in _rows(store, f"SELECT {COLUMNS[table]} FROM {table}")
                if any(r[TABLES[table]:])]  # rows at zero: none
        counted = _rows(store, recounts[table])
        assert _same(kept, counted), (table, kept[:5], counted[:5])
    assert_exclusive_match(store)


def assert_exclusive_match(store: Any) -> None:
    """Each event's one outlet and each outlet's count of the events only it reports (migration 0012) are what a
    pass over the events' evidence gives; each actor's sentences over the outlets are the sum of its outlets'."""
    sql = resources.files("dossier.store").joinpath("migrations", store.dialect.name,
                                                    "0012_bounded_queries.sql").read_text()
    one_outlet = re.search(r"UPDATE events SET outlet = \((.*?)\);", sql, flags=re.S)
    assert one_outlet is not None
    kept = _rows(store, "SELECT id, outlet FROM events")
    counted = _rows(store, f"SELECT id, ({one_outlet.group(1)}) FROM events")
    assert kept == counted, [(a, b) for a, b in zip(kept, counted, strict=True) if a != b][:5]
    totals = _rows(store, "SELECT entity_id, sentences FROM actor_sentences WHERE sentences <> 0")
    assert totals == _rows(store, "SELECT entity_id, sum(sentences) FROM outlet_actor_sentences GROUP BY entity_id"
                                  " HAVING sum(sentences) <> 0")
    exclusive = _rows(store, "SELECT outlet, exclusive FROM outlet_counts WHERE exclusive <> 0")
    assert exclusive == _rows(store, "SELECT outlet, count(*) FROM events WHERE outlet IS NOT NULL"
                                     " AND date IS NOT NULL AND modality = 'asserted' GROUP BY outlet")


def assert_stats_match(store: Any) -> None:
    """The store's counts of articles, outlets, words, undated articles and sentences (read from the kept counts)
    are those of the rows themselves."""
    articles, outlets, words, undated = store.db.execute(
        "SELECT count(*), count(DISTINCT outlet), coalesce(sum(word_count), 0),"
        " count(*) FILTER (WHERE published IS NULL) FROM articles").fetchone()
    sentences = store.db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    stats = store.stats()
    assert (stats["articles"], stats["outlets"], stats["words"], stats["undated_articles"], stats["sentences"]) == (
        articles, outlets, words, undated, sentences)


def _article(text: str, outlet: str | None) -> Article:
    return Article(id=article_id(text), text=text, source_path=f"{article_id(text)}.txt",
                   title=Sourced("A title", Origin.METADATA), outlet=Sourced.from_metadata(outlet),
                   url=Sourced(None, Origin.UNKNOWN), published=None, published_origin=Origin.UNKNOWN)


def _sentence(index: int, tone: float | None) -> Sentence:
    return Sentence(index, index * 10, index * 10 + 9, f"Sentence {index}.", 0, (), tone)


def _mention(article: str, sentence: int, name: str) -> ActorMention:
    return ActorMention(article, sentence, sentence * 10, sentence * 10 + 3, name, name, EntityType.PERSON, 0, 1)


def _entity(entity_id: str) -> EntityRecord:
    return EntityRecord(entity_id, entity_id.title(), EntityType.PERSON, None, None, None, 1, 1, {}, {})


def _analyse(store: StoreWriter, article: Article, tones: list[float | None],
             mentions: list[tuple[int, str]], issues: dict[int, tuple[str, ...]]) -> None:
    store.actors.save_analysis(article.id, [_sentence(i, t) for i, t in enumerate(tones)],
                               [_mention(article.id, s, e) for s, e in mentions], [e for _, e in mentions])
    store.issues.save_article(article.id, issues, [], [], [], [])


@pytest.mark.store
def test_counts_follow_every_write_merges_and_a_reset(db: Location) -> None:
    store = open_store(db)
    try:
        one = _article("The river town's council met the envoy on a grey morning and spoke for long.", "Orontes Wire")
        two = _article("Farmers along the valley road said the harvest came late and the prices rose.", "Orontes Wire")
        three = _article("A ferry captain told of a quiet crossing and of cargo held at the far quay.", None)
        with store.transaction():
            for article in (one, two, three):
                assert store.articles.add(article)
            assert not store.articles.add(one), "the same text twice is stored once, and counted once"
            store.actors.save([_entity("nadia"), _entity("omar"), _entity("n-haddad")])
            # nadia twice in sentence 0 (one sentence, two mentions), with omar; n-haddad where nadia is too
            _analyse(store, one, [0.5, -0.25, None],
                     [(0, "nadia"), (0, "nadia"), (0, "omar"), (1, "n-haddad"), (1, "nadia"), (2, "n-haddad")],
                     {0: ("aid",), 1: ("aid", "ports")})
            _analyse(store, two, [0.1, None], [(0, "omar"), (1, "n-haddad")], {1: ("ports",)})
            _analyse(store, three, [-0.5], [(0, "nadia")], {0: ("aid",)})
        assert_counts_match(store)
        assert_stats_match(store)
        with store.transaction():  # tagged again: the article's share is replaced, not added twice
            store.issues.save_article(one.id, {0: ("aid",), 2: ("ports",)}, [], [], [], [])
        assert_counts_match(store)
        with store.transaction():  # resolution finds that n-haddad is nadia: sentence 1 of `one` names her once
            store.actors.save([_entity("nadia")], merged=[("n-haddad", "nadia")])
        assert_counts_match(store)
        assert store.db.execute("SELECT count(*) FROM outlet_actor_sentences WHERE entity_id = 'n-haddad'"
                                ).fetchone()[0] == 0
    finally:
        store.close()

    reader = open_reader(db)
    try:
        assert reader.articles.outlet_counts() == [("Orontes Wire", 2), (None, 1)]
        assert reader.outlets.names() == ["Orontes Wire"]
        report = {o["outlet"]: o for o in reader.outlets.report()}
        assert list(report) == ["Orontes Wire", UNKNOWN_OUTLET]
        wire = report["Orontes Wire"]
        assert (wire["articles"], wire["sentences"]) == (2, 5)
        nadia = next(a for a in wire["actors"] if a["id"] == "nadia")
        assert nadia["sentences"] == 4 and nadia["name"] == "Nadia"  # sentences 0, 1, 2 of `one`, 1 of `two`
        assert [(i["issue"], i["sentences"]) for i in wire["issues"]] == [("ports", 2), ("aid", 1)]
        tone = next(t for t in wire["tone"] if t["id"] == "nadia")
        # one mean per mention in a toned sentence: 0.5 twice (sentence 0 of `one`), -0.25 twice (sentence 1, both
        # names now hers); the sentences with no tone do not count
        assert tone["sentences"] == 2 and tone["tone"] == round((0.5 + 0.5 - 0.25 - 0.25) / 4, 3)
    finally:
        reader.close()

    store = open_store(db)
    try:
        with store.transaction():
            store.reset_analysis()
        assert_counts_match(store)
        assert_stats_match(store)
        assert _rows(store, "SELECT outlet, articles, sentences, exclusive FROM outlet_counts") == [
            (UNKNOWN_OUTLET, 1, 0, 0), ("Orontes Wire", 2, 0, 0)]
    finally:
        store.close()


@pytest.mark.store
def test_an_analysed_store_keeps_what_a_recount_gives(example_db: Location) -> None:
    store = open_store(example_db, create=False)  # a writer's connection, to read the tables themselves
    try:
        assert store.db.execute("SELECT count(*) FROM outlet_actor_sentences").fetchone()[0] > 0
        assert store.db.execute("SELECT count(*) FROM outlet_counts WHERE exclusive > 0").fetchone()[0] > 1
        assert store.db.execute("SELECT count(*) FROM events WHERE outlet IS NULL").fetchone()[0] > 0
        assert_counts_match(store)
        assert_stats_match(store)
    finally:
        store.close()


@pytest.mark.store
def test_the_migration_counts_what_an_older_store_holds(db: Location) -> None:
    """Migration 0011's own statements, run over a store whose counts are gone, give back what the writers kept."""
    store = open_store(db)
    try:
        first = _article("Dock workers in the northern port stopped work over unpaid wages last week.", "Orontes Wire")
        second = _article("The mayor opened a new school in the hill village with a brief speech.", "Cedar Post")
        with store.transaction():
            store.articles.add(first)
            store.articles.add(second)
            store.actors.save([_entity("nadia"), _entity("omar")])
            _analyse(store, first, [0.3, None], [(0, "nadia"), (1, "omar"), (1, "nadia")], {1: ("ports",)})
            _analyse(store, second, [-0.1], [(0, "omar")], {0: ("aid",)})
        kept = {table: _rows(store, f"SELECT {COLUMNS[table]} FROM {table}") for table in TABLES}
        sql = resources.files("dossier.store").joinpath("migrations", store.dialect.name,
                                                        "0011_outlet_counts.sql").read_text()
        with store.transaction():
            for table in TABLES:
                store.db.execute(f"DELETE FROM {table}")
            for statement in re.findall(r"INSERT INTO .*?;", sql, flags=re.S):
                store.db.execute(statement.rstrip(";"))
        for table in TABLES:
            assert _same(_rows(store, f"SELECT {COLUMNS[table]} FROM {table}"), kept[table]), table
        assert [(o, n, s) for o, n, _, _, s in kept["outlet_counts"]] == [("Cedar Post", 1, 1), ("Orontes Wire", 1, 2)]
    finally:
        store.close()


def _two_writers(url: str, first: list[Article], second: list[Article]) -> list[BaseException]:
    """Two writers of one PostgreSQL database, each in one transaction: the first stores and tags `first` (one
    article at a time), the second `second`; both have stored and tagged their first article before either goes
    on (a barrier), so that, were count rows locked as each article is written, each would hold a row the other
    then waits for."""
    met = threading.Barrier(2, timeout=30)
    failures: list[BaseException] = []

    def write(articles: list[Article]) -> None:
        store = open_store(url)
        try:
            with store.transaction():
                for n, article in enumerate(articles):
                    assert store.articles.add(article)
                    store.actors.save_analysis(article.id, [_sentence(0, 0.2), _sentence(1, None)], [], [])
                    store.issues.save_article(article.id, {0: ("aid",), 1: ("ports",)}, [], [], [], [])
                    if n == 0:
                        met.wait()
        except BaseException as failure:  # reported by the test
            failures.append(failure)
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(articles,)) for articles in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return failures


def test_two_postgres_writers_of_the_same_outlets_never_deadlock(postgres_server: PostgresServer) -> None:
    """Two writers add and tag articles of the same two outlets at once, in opposite orders: each takes the count
    rows (outlets, then (outlet, issue)) in the order of their keys as it commits, so one waits for the other and
    neither is chosen as a deadlock's victim; the counts are those of the rows."""
    url = postgres_server.create("counts")
    try:
        open_store(url).close()
        texts = ["Barges queued at the lock gates while the river was high and slow this week.",
                 "The council voted to rebuild the footbridge that floods washed away in spring.",
                 "Bakers in the old quarter said flour deliveries were late for a third day.",
                 "A choir from the coast sang in the cathedral square to a small crowd."]
        a = [_article(texts[0], "Cedar Post"), _article(texts[1], "Orontes Wire")]
        b = [_article(texts[2], "Orontes Wire"), _article(texts[3], "Cedar Post")]
        failures = _two_writers(url, a, b)
        assert not failures, failures
        store = open_store(url)
        try:
            assert_counts_match(store)
            assert _rows(store, "SELECT outlet, articles, sentences FROM outlet_counts") == [
                ("Cedar Post", 2, 4), ("Orontes Wire", 2, 4)]
        finally:
            store.close()
    finally:
        postgres_server.drop(url)
