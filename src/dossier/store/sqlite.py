"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

A user can open the same file with `sqlite3` or Datasette. Writers take the lock with
BEGIN IMMEDIATE and keep each article in one transaction, so an interrupted ingest
leaves only whole articles behind.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.store.actors import ActorStore
from dossier.store.articles import ArticleStore, _now
from dossier.store.events import EventStore
from dossier.store.issues import IssueStore
from dossier.store.migrate import latest_version, migrations
from dossier.store.outlets import OutletStore
from dossier.store.views import ViewStore

DIALECT = "sqlite"


class SQLiteStore(ArticleStore, ActorStore, EventStore, IssueStore, OutletStore, ViewStore):
    """The store: one SQLite connection; each area's queries live in its own module (articles,
    actors, events), mixed in here."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.location = str(path)
        if not create and not Path(path).exists():
            raise DossierError(f"no database at {path}; run `dossier ingest PATH --db {path}` first")
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
            self.db.row_factory = sqlite3.Row
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
            with self.transaction():  # re-checked under the write lock: another process may have won
                if self.schema_version() >= migration.version:
                    continue
                for statement in _statements(migration.sql):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, _now()),
                )

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writing: all of it lands, or none of it (also on Ctrl-C)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def reset_analysis(self) -> None:
        """Forget everything derived from the articles (inside a transaction); the articles stay."""
        for table in ("issues", "positions", "quotes", "sentence_issues", "conflicts", "event_issues", "event_entities",
                      "events", "event_mention_parties", "event_mentions", "anchors", "mentions", "entity_aliases",
                      "entities", "sentences", "meta"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("UPDATE articles SET analysed = 0")

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # --- counts -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets, coalesce(sum(word_count), 0) AS words,"
            " min(published) AS earliest, max(published) AS latest,"
            " sum(published IS NULL) AS undated FROM articles"
        ).fetchone()
        analysis = self.db.execute(
            "SELECT (SELECT count(*) FROM articles WHERE analysed = 1),"
            " (SELECT count(*) FROM articles WHERE analysed = 0),"
            " (SELECT count(*) FROM entities WHERE mentions > 0), (SELECT count(*) FROM mentions),"
            " (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),"
            " (SELECT count(*) FROM events WHERE date IS NOT NULL AND modality = 'asserted'),"
            " (SELECT count(DISTINCT event_id) FROM conflicts)"
        ).fetchone()
        return {
            "articles": row["articles"],
            "outlets": row["outlets"],
            "words": row["words"],
            "undated_articles": row["undated"] or 0,
            "earliest_published": row["earliest"],
            "latest_published": row["latest"],
            "analysed_articles": analysis[0],
            "articles_waiting_for_analysis": analysis[1],
            "sentences": analysis[4],
            "entities": analysis[2],
            "entity_mentions": analysis[3],
            "events": analysis[5],
            "dated_events": analysis[6],
            "events_with_conflicts": analysis[7],
            "pack": self.get_meta("pack"),
            "schema_version": self.schema_version(),
        }

    def integrity_problems(self) -> list[str]:
        """Empty when the file and its full-text index are consistent."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as bad:
            problems.append(f"full-text index: {bad}")
        return problems


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
