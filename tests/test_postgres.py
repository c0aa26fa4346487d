"""What differs on PostgreSQL, tested on a real server: the connection adapter (placeholders, rows, NUMERIC),
search (FTS5's syntax as tsquery, ranked, highlighted), read-only opening, clear errors, migrations raced by
several processes, and the analysis lock (on both backends, held by another real process).

The rest of the suite runs on PostgreSQL too: `pytest --backend postgresql -m store`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import psycopg
import pytest

from dossier.errors import DossierError
from dossier.models import Article, Origin, Sourced
from dossier.read.normalise import article_id
from dossier.store import open_store, shown_location
from dossier.store.base import ANALYSIS_RUNNING, Store
from dossier.store.migrate import known_versions
from dossier.store.postgres import Row, _to_psycopg, number, shown_url
from dossier.store.tsquery import plain_tsquery, to_tsquery
from tests.conftest import EXAMPLES, run_cli
from tests.helpers.articles import BODIES
from tests.helpers.postgres import PostgresServer
from tests.helpers.stores import Location

# --- without a server ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
    ("SELECT '100%' || ?, x LIKE '%?%'", "SELECT '100%%' || %s, x LIKE '%%?%%'"),
    ('SELECT "odd?name", ? WHERE note = \'it\'\'s ?\'', 'SELECT "odd?name", %s WHERE note = \'it\'\'s ?\''),
    ("SELECT 5 % 3", "SELECT 5 %% 3"),
])
def test_placeholders_become_psycopgs(sql: str, expected: str) -> None:
    assert _to_psycopg(sql) == expected


def test_rows_index_by_position_and_by_name() -> None:
    row = Row(("a1", 3), {"id": 0, "n": 1})
    assert (row[0], row["id"], row[1], row["n"]) == ("a1", "a1", 3, 3)
    assert tuple(row) == ("a1", 3) and len(row) == 2 and row.keys() == ["id", "n"]
    assert dict([cast(Any, row)]) == {"a1": 3}  # rows of two columns unpack as pairs, as sqlite3.Row does


def test_numeric_values_come_back_as_sqlite_gives_them() -> None:
    assert number(Decimal("3")) == 3 and isinstance(number(Decimal("3")), int)
    assert number(Decimal("1.5")) == 1.5 and number(None) is None
    assert isinstance(number(Decimal("NaN")), float)


@pytest.mark.parametrize(("query", "expected"), [
    ("Hmeimim", "'Hmeimim'"),
    ('"air base" OR banknotes', "('air' <-> 'base') | 'banknotes'"),
    ("Lavrov Moscow", "'Lavrov' & 'Moscow'"),
    ("Sharaa NOT Putin", "'Sharaa' & !'Putin'"),
    ("a OR b NOT c", "'a' | 'b' & !'c'"),  # NOT binds tighter than AND, AND than OR (as FTS5)
    ("(a OR b) AND russ*", "('a' | 'b') & 'russ':*"),
    ("a AND NOT_A_KEYWORD", "'a' & 'NOT_A_KEYWORD'"),
    ("and or not", "'and' & 'or' & 'not'"),  # operators are upper case only
])
def test_fts5_queries_become_tsqueries(query: str, expected: str) -> None:
    assert to_tsquery(query) == expected


@pytest.mark.parametrize("query", ["Moscow AND (", '"unclosed', "a OR", "NOT a", "title:x", "a - b", '""', ")"])
def test_what_is_not_fts5_syntax_is_refused_and_its_words_searched(query: str) -> None:
    with pytest.raises(ValueError):
        to_tsquery(query)
    assert plain_tsquery("Moscow AND (") == "'Moscow' & 'AND'"


def test_a_password_never_shows() -> None:
    assert shown_url("postgresql://me:s3cret@db.example:5432/news") == "postgresql://me:***@db.example:5432/news"
    assert shown_url("postgresql://me@db.example/news") == "postgresql://me@db.example/news"
    assert shown_url("postgres://me@db.example/news?sslmode=require&password=s3cret") == \
        "postgres://me@db.example/news?sslmode=require&password=***"
    assert shown_location("postgresql://me:s3cret@db/news") == "postgresql://me:***@db/news"
    assert shown_location(Path("dossier.db")) == "dossier.db"


# --- on a real server ---------------------------------------------------------------------------------


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    url = postgres_server.create("focus")
    yield url
    postgres_server.drop(url)


def article(text: str, title: str | None = None) -> Article:
    return Article(article_id(text), text, f"{article_id(text)}.txt", title=Sourced(title, Origin.METADATA))


@pytest.fixture
def searchable(pg_url: str) -> Iterator[Store]:
    store = open_store(pg_url)
    with store.transaction():
        for i, body in enumerate(BODIES):
            store.articles.add(article(body, f"Story {i}"))
        store.articles.add(article("Ankara and Türkiye watch the Hmeimim question.", "Hmeimim in the title"))
    yield store
    store.close()


def test_search_ranks_and_highlights(searchable: Store) -> None:
    hits = searchable.articles.search("Hmeimim")
    assert [h.title for h in hits] == ["Hmeimim in the title", "Story 0"], "a title hit weighs more"
    assert hits[0].score > hits[1].score > 0
    for hit in hits:
        assert hit.highlights and all(hit.snippet[start:end] == "Hmeimim" for start, end in hit.highlights)
    assert hits[1].snippet.startswith("…") and not hits[1].snippet.endswith("…"), "FTS5's ellipses where cut"
    assert {h.title for h in searchable.articles.search('"air base" OR banknotes')} == {"Story 0", "Story 2"}
    assert {h.title for h in searchable.articles.search("Damascus NOT banknotes")} == {"Story 0", "Story 3"}
    assert [h.title for h in searchable.articles.search("bankn*")] == ["Story 2"]
    assert [h.title for h in searchable.articles.search("Turkiye")] == ["Hmeimim in the title"], "diacritics folded"
    assert searchable.articles.search("Moscow AND (")  # not FTS5 syntax: the words are searched
    assert searchable.articles.search("Damascus", limit=1, offset=1) == searchable.articles.search("Damascus")[1:2]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_query_without_words_is_a_clear_error(backend: str, pg_url: str, tmp_path: Path) -> None:
    store = open_store(pg_url if backend == "postgresql" else tmp_path / "s.db")
    with pytest.raises(DossierError, match="no words to look for"):
        store.articles.search(" ... !! ")
    store.close()


def test_numeric_results_are_converted_by_the_connection(pg_url: str) -> None:
    store = open_store(pg_url)
    row = store.db.execute("SELECT sum(x::bigint) AS total, avg(x) AS mean, ? AS text FROM (VALUES (1), (2)) v(x)",
                           ("100%",)).fetchone()
    assert (row["total"], row["mean"], row["text"]) == (3, 1.5, "100%")
    assert type(row[0]) is int and type(row[1]) is float
    store.close()


def test_a_transaction_is_all_or_nothing(pg_url: str) -> None:
    store = open_store(pg_url)
    with pytest.raises(KeyboardInterrupt), store.transaction():
        store.articles.add(article(BODIES[0]))
        raise KeyboardInterrupt
    assert store.articles.page() == []
    store.close()


def test_the_web_connection_refuses_writes(pg_url: str) -> None:
    open_store(pg_url).close()
    store = open_store(pg_url, read_only=True)
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        store.db.execute("DELETE FROM articles")
    store.close()


def test_the_web_app_neither_creates_nor_migrates(pg_url: str) -> None:
    from dossier.web import create_app

    with pytest.raises(DossierError, match="no Dossier store in"):
        create_app(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        db.execute("INSERT INTO schema_migrations VALUES (1, 'articles', 'then')")
    with pytest.raises(DossierError, match="older than this Dossier"):
        create_app(pg_url)
    with psycopg.connect(pg_url) as db:
        assert db.execute("SELECT to_regclass('articles')").fetchone() == (None,), "nothing was migrated"


def test_urls_work_everywhere_and_errors_are_one_line(postgres_server: PostgresServer, pg_url: str) -> None:
    first = sorted(EXAMPLES.iterdir())[:2]
    via_env = run_cli("ingest", *map(str, first), "--no-analyse", env={"DOSSIER_DB": pg_url})
    assert via_env.returncode == 0, via_env.stderr
    short = pg_url.replace("postgresql://", "postgres://", 1)
    assert '"articles": 2' in run_cli("stats", "--db", short, "--json").stdout
    admin = psycopg.conninfo.conninfo_to_dict(postgres_server.admin_url)
    unreachable = f"postgresql://{admin['user']}:hunter2@127.0.0.1:1/nothing"
    for result in (run_cli("stats", "--db", unreachable), run_cli("serve", "--db", unreachable)):
        assert result.returncode == 1 and "cannot connect to" in result.stderr
        assert "hunter2" not in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    empty = postgres_server.create("empty")
    missing = run_cli("articles", "--db", empty)
    assert missing.returncode == 1 and "no Dossier store in" in missing.stderr


def test_processes_opening_a_new_database_at_once_migrate_it_once(pg_url: str) -> None:
    opener = [sys.executable, "-c", "import sys; from dossier.store import open_store; open_store(sys.argv[1]).close()",
              pg_url]
    racers = [subprocess.Popen(opener, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    assert all(p.wait(timeout=120) == 0 for p in racers), [p.stderr.read() for p in racers if p.stderr]
    store = open_store(pg_url)
    versions = [r[0] for r in store.db.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == sorted(known_versions("postgres")) and store.stats()["schema_version"] == versions[-1]
    store.close()


# --- the analysis lock, on both backends ---------------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from dossier.store import open_store, shown_location
    store = open_store(sys.argv[1])
    with store.analysis_lock():
        print("locked", flush=True)
        time.sleep(120)
""")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_second_analysis_fails_fast_while_another_process_runs_one(backend: str, request: pytest.FixtureRequest,
                                                                      tmp_path: Path) -> None:
    db: Location = request.getfixturevalue("pg_url") if backend == "postgresql" else tmp_path / "locked.db"
    open_store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    mine, other = open_store(db), open_store(db)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(DossierError) as busy, mine.analysis_lock():
            pass
        assert str(busy.value) == ANALYSIS_RUNNING and "\n" not in ANALYSIS_RUNNING
        assert time.monotonic() - started < 5, "fails at once, does not wait"
    finally:
        holder.kill()  # even killed, the holder's lock goes with it
        holder.wait(timeout=30)
    with _when_free(mine), pytest.raises(DossierError, match="another analysis"), other.analysis_lock():
        pass  # the second store of this process is a second analysis too
    with other.analysis_lock():  # released at the end of the block
        pass
    mine.close()
    other.close()


@contextmanager
def _when_free(store: Store, seconds: float = 15) -> Iterator[None]:
    """The lock, once the killed holder's server session (or file handle) is gone."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with store.analysis_lock():
                yield
                return
        except DossierError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
