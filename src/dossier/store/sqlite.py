"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

A user can open the same file with `sqlite3` or Datasette. Writers take the lock with
BEGIN IMMEDIATE and keep each article in one transaction, so an interrupted ingest
leaves only whole articles behind.
"""

from __future__ import annotations

import fcntl
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dossier.errors import DossierError
from dossier.models import SearchHit
from dossier.store.articles import MARK_CLOSE, MARK_OPEN, WORD, unmark
from dossier.store.base import ANALYSIS_RUNNING, Store
from dossier.store.dialect import SQLITE
from dossier.store.migrate import latest_version, migrations

DIALECT = SQLITE.name


class SQLiteStore(Store):
    """The store over one SQLite connection (no adapter: the mixins' SQL is SQLite's own)."""

    dialect = SQLITE
    db: sqlite3.Connection

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.location = str(path)
        if (read_only or not create) and not Path(path).exists():
            raise DossierError(f"no database at {path}; run `dossier ingest PATH --db {path}` first")
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
            self.db.row_factory = sqlite3.Row
            if read_only:  # before anything that could write (setting WAL mode converts an older file)
                self.make_read_only()
                self._require_current()
                return
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as bad:
            raise DossierError(f"{path} is not a usable Dossier database ({bad})") from None

    # --- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        if self.schema_version() >= latest_version(DIALECT):
            return
        for migration in migrations(DIALECT):
            with self.transaction():  # BEGIN IMMEDIATE: _apply re-checks under the write lock
                self._apply(migration)

    def _run_script(self, sql: str) -> None:
        for statement in _statements(sql):
            self.db.execute(statement)

    def _has_migrations_table(self) -> bool:
        row = self.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
        return bool(row[0])

    # --- connection -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def analysis_lock(self) -> Iterator[None]:
        """An exclusive lock on `<db>.lock` beside the file (released by the OS if the process dies)."""
        lock_path = f"{self.location}.lock"
        try:
            handle = open(lock_path, "ab")  # noqa: SIM115 - held for the whole block below
        except OSError as bad:
            raise DossierError(f"cannot create the lock file {lock_path}: {bad.strerror}") from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise DossierError(ANALYSIS_RUNNING) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        self.db.execute("BEGIN")  # deferred: WAL keeps the first read's view until the end
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")

    def make_read_only(self) -> None:
        self.db.execute("PRAGMA query_only = ON")

    def close(self) -> None:
        self.db.close()

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as bad:
            problems.append(f"full-text index: {bad}")
        return problems

    # --- full-text search (FTS5) ------------------------------------------------------------

    def _full_text(self, query: str, limit: int, offset: int) -> list[SearchHit]:
        try:
            return self._match(query, limit, offset)
        except sqlite3.OperationalError:  # not FTS5 syntax: its words, as plain terms
            return self._match(" ".join(f'"{word}"' for word in WORD.findall(query)), limit, offset)

    def _match(self, match: str, limit: int, offset: int) -> list[SearchHit]:
        rows = self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, bm25(articles_fts, 2.0, 1.0) AS rank,"
            f" snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, limit, offset),
        ).fetchall()
        hits = []
        for row in rows:
            snippet, highlights = unmark(row["snip"])
            hits.append(SearchHit(row["id"], row["title"], row["outlet"], row["published"],
                                  round(-float(row["rank"]), 4), snippet, highlights))
        return hits


def _statements(sql: str) -> list[str]:
    """Split a migration into statements with SQLite's own completeness test (keeps triggers whole)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current)
            current = ""
    if current.strip():
        statements.append(current)
    return statements
