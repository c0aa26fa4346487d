"""Stores for the tests on the backend the run asks for (`pytest --backend sqlite|postgresql`): built once per
session from a corpus (real ingest, real analysis), copied per test that writes to one."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg

from dossier.store import is_server_url, open_store

if TYPE_CHECKING:
    from dossier.packs import Pack
    from tests.helpers.postgres import PostgresServer

Location = Path | str  # a SQLite file, or a PostgreSQL URL


class Backend:
    """Where a test's new stores go: SQLite files in its own folders."""

    name = "sqlite"

    def fresh(self, path: Path) -> Location:
        """A location with no store yet (named after `path` where the backend has names)."""
        return path

    def copy(self, db: Location, into: Path) -> Location:
        target = into / Path(db).name
        shutil.copy(db, target)
        return target

    def discard(self, db: Location) -> None:
        """Nothing to do: pytest removes the test's folders."""


class PostgresBackend(Backend):
    """A new database on the test server for each store; copies made with CREATE DATABASE ... TEMPLATE."""

    name = "postgresql"

    def __init__(self, server: PostgresServer) -> None:
        self.server = server

    def fresh(self, path: Path) -> Location:
        return self.server.create(re.sub(r"[^a-z0-9]+", "_", path.stem.lower())[:20])

    def copy(self, db: Location, into: Path) -> Location:
        return self.server.clone(str(db))

    def discard(self, db: Location) -> None:
        self.server.drop(str(db))


SQLITE = Backend()
_active: Backend = SQLITE


def use(backend: Backend) -> None:
    global _active
    _active = backend


def build_store(db: Location, corpus: Path | list[Path], pack: Pack) -> Location:
    from dossier.ingest import ingest  # spaCy comes with these: only when a store is built
    from dossier.pipeline import process_pending

    store = open_store(db)
    ingest(corpus if isinstance(corpus, list) else [corpus], store)
    report = process_pending(store, pack)
    assert not report.failed and not report.interrupted
    store.close()
    return db


def copy_store(db: Location, into: Path) -> Location:
    """A private copy of a session store, for a test that writes to it."""
    return _active.copy(db, into)


def count_rows(db: Location, sql: str) -> int:
    """A count read straight from the database (0 while it has no such table or column yet: each migration
    commits on its own, so a reader can see the schema half built), without opening a store."""
    if is_server_url(db):
        try:
            with psycopg.connect(str(db), connect_timeout=5) as connection:
                row = connection.execute(sql).fetchone()
                return int(row[0]) if row else 0
        except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn):
            return 0
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return int(con.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def mention_dates(db: Location, path_part: str) -> dict[str, str | None]:
    """trigger -> date of each event mention of the article whose file name holds `path_part`."""
    store = open_store(db, create=False)
    for article in store.articles.page():
        if path_part in article.source_path:
            rows = store.db.execute("SELECT trigger, date FROM event_mentions WHERE article_id = ? ORDER BY n",
                                    (article.id,)).fetchall()
            return {str(t): (str(d) if d else None) for t, d in rows}
    raise AssertionError(f"no article {path_part!r}")
