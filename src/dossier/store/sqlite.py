"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

A user can open the same file with `sqlite3` or Datasette. Writers take the lock with
BEGIN IMMEDIATE and keep each article in one transaction, so an interrupted ingest
leaves only whole articles behind.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

from dossier.errors import DossierError
from dossier.models import SearchHit
from dossier.store.articles import MARK_CLOSE, MARK_OPEN, RANK_WINDOW, WORD, unmark
from dossier.store.base import ANALYSIS_RUNNING, Store
from dossier.store.dialect import SQLITE
from dossier.store.migrate import migrations
from dossier.store.outlets import discard_counts

DIALECT = SQLITE.name
BUSY_SECONDS = 30  # how long a statement waits for another process's write lock before giving up


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """The file opened read-only (mode=ro): it works on a store in a read-only folder or owned by someone else, and
    beside a running ingest (WAL: readers never wait for the writer). Where even the WAL index cannot be made (a
    read-only folder the last writer left without one), the file is read as it stands (immutable)."""
    uri = f"file:{quote(os.fsencode(path.absolute()))}?mode=ro"
    for extra in ("", "&immutable=1"):
        db = sqlite3.connect(uri + extra, uri=True, isolation_level=None, check_same_thread=False,
                             timeout=BUSY_SECONDS)
        db.row_factory = sqlite3.Row
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as bad:
            db.close()
            code = getattr(bad, "sqlite_errorcode", 0) & 0xFF
            if extra or code not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
                raise
    raise AssertionError("unreachable")


class SQLiteStore(Store):
    """The store over one SQLite connection (no adapter: the mixins' SQL is SQLite's own)."""

    dialect = SQLITE
    db: sqlite3.Connection

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.location = str(path)
        if (read_only or not create) and not Path(path).exists():
            raise DossierError(f"no database at {path}; run `dossier ingest PATH --db {path}` first")
        try:
            if read_only:  # opened read-only by SQLite itself: nothing can be written, not even by a pragma
                self.db = _connect_read_only(Path(path))
                self.make_read_only()
                self._require_current()
                return
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
            self.db.row_factory = sqlite3.Row
            self._check_schema()  # before anything that could write (setting WAL mode converts an older file)
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.OperationalError as bad:
            raise self._write_error(bad) from None
        except sqlite3.DatabaseError as bad:
            raise DossierError(f"{path} is not a usable Dossier database ({bad})") from None

    # --- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        if self._has_migrations_table() and self._up_to_date():
            return
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for migration in migrations(DIALECT):
            with self.transaction():  # BEGIN IMMEDIATE: _apply re-checks under the write lock
                self._apply(migration)

    def _run_script(self, sql: str) -> None:
        for statement in _statements(sql):
            self.db.execute(statement)

    def _has_migrations_table(self) -> bool:
        row = self.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'").fetchone()
        return bool(row[0])

    def _table_names(self) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY 1")]

    # --- connection -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT. A write SQLite refuses (a full disk, a read-only file) ends in one line naming
        the cause; SQLite may already have rolled back (it does on a full disk), and then nothing is rolled back
        again: "cannot rollback - no transaction is active" would hide the real cause."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as bad:
            raise self._write_error(bad) from None
        self._writing = True
        try:
            yield
            self._bump_version()
            self.db.execute("COMMIT")
        except BaseException as bad:
            discard_counts(self.db)
            self._rollback()
            if isinstance(bad, sqlite3.OperationalError):
                raise self._write_error(bad) from bad
            raise
        finally:
            self._writing = False

    def _rollback(self) -> None:
        if self.db.in_transaction:
            with suppress(sqlite3.Error):  # SQLite rolled back already, or cannot: the cause is what is reported
                self.db.execute("ROLLBACK")

    def _write_error(self, bad: sqlite3.OperationalError) -> DossierError:
        code = getattr(bad, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL:
            return DossierError(f"the disk holding {self.shown} is full (SQLite: {bad}); what was being written was"
                                " rolled back and what was stored before is whole: free some space and run the same"
                                " command again")
        place = Path(self.location).absolute()
        if (code is not None and code & 0xFF == sqlite3.SQLITE_READONLY) or (
                place.exists() and not (os.access(place, os.W_OK) and os.access(place.parent, os.W_OK))):
            return DossierError(f"{self.shown} cannot be written here (SQLite: {bad}); reading commands work on it,"
                                " writing ones need a copy in a place that can be written")
        if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return DossierError(f"{self.shown} stayed busy for {BUSY_SECONDS} s (SQLite: {bad}); another process is"
                                " writing: run the command again")
        return DossierError(f"cannot use {self.shown} (SQLite: {bad})")

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
        # Ranked among the RANK_WINDOW matching articles stored last (the cutoff: the rowid of the last of them),
        # and a snippet made for the page's hits only: the work does not grow with the store.
        cut = self.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC"
                              " LIMIT 1 OFFSET ?", (match, max(RANK_WINDOW, offset + limit) - 1)).fetchone()
        rows = self.db.execute(
            "WITH hits AS (SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts"
            " WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?)"
            " SELECT a.id, a.title, a.outlet, a.published, h.rank,"
            f" snippet(articles_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 16) AS snip"
            " FROM hits h JOIN articles_fts ON articles_fts.rowid = h.rowid JOIN articles a ON a.rowid = h.rowid"
            " WHERE articles_fts MATCH ? ORDER BY h.rank, h.rowid",
            (match, cut[0] if cut else 0, limit, offset, match),
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
