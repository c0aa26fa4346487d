"""The store: one part per area (`store.articles`, `.actors`, `.events`, `.issues`, `.outlets`, `.sources`,
`.views`) over one connection, plus what both backends share (meta, stats, reset, migrations). SQLiteStore and
PostgresStore add the connection, transactions, locks and full-text search. The pipeline sees a store through
`StoreWriter`, the query layer and the web through `StoreReader` (interfaces.py)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from typing import Any

from dossier.errors import DossierError
from dossier.models import Article, SearchHit
from dossier.store.actors import Actors
from dossier.store.articles import Articles, _now
from dossier.store.cache import Reopen, Version, per_version
from dossier.store.changes import ChangeStore
from dossier.store.dialect import Connection, Dialect
from dossier.store.events import Events
from dossier.store.issues import Issues
from dossier.store.migrate import Migration, known_versions, latest_version
from dossier.store.outlets import UNKNOWN_OUTLET, OutletCounts, Outlets, commit_counts
from dossier.store.sources import FileFingerprint, Sources, SourceState
from dossier.store.views import Views
from dossier.store.window import WindowStore

VERSIONED = 9  # the migration that adds store_version
ANALYSIS_RUNNING = "another analysis is running on this store; wait for it to finish (or stop it) and run again"


class Store(ABC):
    location: str  # as given: a file path or a URL
    db: Connection
    dialect: Dialect

    # --- the parts: each area's SQL over the one connection (made when first used) ----------

    @cached_property
    def articles(self) -> Articles:
        return Articles(self.db, self.dialect, self._full_text, version=self.version)

    @cached_property
    def actors(self) -> Actors:
        return Actors(self.db, self.dialect, renames=(self.events.rename_entity, self.issues.rename_entity),
                      version=self.version, reopen=self._reopener("actors"))

    @cached_property
    def events(self) -> Events:
        return Events(self.db, self.dialect, version=self.version)

    @cached_property
    def issues(self) -> Issues:
        return Issues(self.db, self.dialect, version=self.version, reopen=self._reopener("issues"))

    @cached_property
    def outlets(self) -> Outlets:
        return Outlets(self.db, self.dialect, version=self.version, reopen=self._reopener("outlets"))

    @cached_property
    def sources(self) -> Sources:
        return Sources(self.db, self.dialect, version=self.version)

    @cached_property
    def views(self) -> Views:
        return Views(self.db, self.dialect, self.events, self.actors, version=self.version,
                     reopen=self._reopener("views"))

    @cached_property
    def changelog(self) -> ChangeStore:
        return ChangeStore(self.db, self.dialect, version=self.version)

    @cached_property
    def window(self) -> WindowStore:
        return WindowStore(self.db, self.dialect, version=self.version)

    def _reopener(self, part: str) -> Reopen:
        """The part `part` over a read-only connection of its own, inside a snapshot, closed after the `with`
        (what a lagging aggregate is computed again over, in a thread of its own: cache.py)."""

        @contextmanager
        def reopened() -> Iterator[Any]:
            from dossier.store import open_reader  # the package opens either backend

            store = open_reader(self.location)
            try:
                with store.snapshot():
                    yield getattr(store, part)
            finally:
                store.close()

        return reopened

    # --- what each backend provides -----------------------------------------------------------

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """One atomic unit of writing: all of it lands, or none of it (also on Ctrl-C)."""

    @abstractmethod
    def analysis_lock(self) -> AbstractContextManager[None]:
        """Held while one process analyses this store: a second one fails at once with a DossierError
        (ANALYSIS_RUNNING) instead of two resolvers overwriting each other's entities and events."""

    @abstractmethod
    def snapshot(self) -> AbstractContextManager[None]:
        """Reads inside see the store as one moment: whole batches of a running analysis, or none of one."""

    @abstractmethod
    def make_read_only(self) -> None:
        """Refuse every write on this connection: the web app only reads."""

    @abstractmethod
    def integrity_problems(self) -> list[str]:
        """Empty when the store and its full-text index are consistent."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _has_migrations_table(self) -> bool: ...

    @abstractmethod
    def _table_names(self) -> list[str]:
        """The tables and views in the store's database (its schema, on PostgreSQL), sorted."""

    @abstractmethod
    def _run_script(self, sql: str) -> None:
        """Run a migration file's statements (inside the caller's transaction)."""

    @abstractmethod
    def _full_text(self, query: str, limit: int, offset: int) -> list[SearchHit]:
        """Ranked hits with highlighted snippets for a query in FTS5's syntax (see ArticleReads.search)."""

    # --- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def applied_versions(self) -> set[int]:
        return {int(row[0]) for row in self.db.execute("SELECT version FROM schema_migrations")}

    def _apply(self, migration: Migration) -> None:
        """Apply one migration unless another process already has (inside the caller's transaction, which holds
        the backend's schema lock). Each is looked up by its number: one numbered below the latest applied (work
        merged from a parallel branch) is applied too."""
        if migration.version in self.applied_versions():
            return
        self._run_script(migration.sql)
        self.db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.name, _now()))
        self._versioned = None

    def _up_to_date(self) -> bool:
        return known_versions(self.dialect.name) <= self.applied_versions()

    def _check_schema(self) -> None:
        """Before anything is written: a database holding other tables than Dossier's is refused (never given
        Dossier's tables), and so is a store written by a newer Dossier (left as it is)."""
        if not self._has_migrations_table():
            tables = self._table_names()
            if tables:
                shown = ", ".join(tables[:4]) + (f" and {len(tables) - 4} more" if len(tables) > 4 else "")
                raise DossierError(f"{self.shown} is not a Dossier store: it holds other tables ({shown}); it was left"
                                   " as it is: give --db a new file or an empty database")
            return
        newer = self.applied_versions() - known_versions(self.dialect.name)
        if newer:
            raise DossierError(f"{self.shown} has schema version {max(newer)}, newer than this Dossier's"
                               f" {latest_version(self.dialect.name)}: it was written by a newer Dossier; upgrade"
                               " Dossier to use it (the store was left as it is)")

    def _require_current(self) -> None:
        """Without migrating (a write): a store older or newer than this Dossier's schema is refused."""
        if not self._has_migrations_table():
            if self._table_names():
                self._check_schema()
            raise self._no_store()
        self._check_schema()
        if not self._up_to_date():
            version, latest = self.schema_version(), latest_version(self.dialect.name)
            raise DossierError(f"{self.shown} has schema version {version}, older than this Dossier's {latest}; run"
                               f" `dossier analyse --db {self.shown}` once to upgrade it (reading commands and the"
                               " web app never write)")

    def _no_store(self) -> DossierError:
        return DossierError(f"no Dossier store in {self.shown}; run `dossier ingest PATH --db {self.shown}` first")

    @property
    def shown(self) -> str:
        """The location as messages show it (never with a password)."""
        return self.location

    # --- the store's version (cache.py) -----------------------------------------------------

    _writing = False  # inside transaction(): reads may see what is not committed, and are not kept

    def version(self) -> Version | None:
        """(location, epoch, n): n grows by one with each write transaction; None inside one."""
        if self._writing:
            return None
        row = self.db.execute("SELECT epoch, n FROM store_version WHERE id = 1").fetchone()
        return None if row is None else (self.location, str(row[0]), int(row[1]))

    _versioned: bool | None = None  # has store_version (migration 0009); None: not known yet

    def _bump_version(self) -> None:
        """Called by each backend's transaction() before it commits: the counts the transaction changed are
        written (in the order of their keys, outlets.commit_counts), then the version goes up (once the store has
        the table)."""
        commit_counts(self.db)
        if self._versioned is None:
            self._versioned = VERSIONED in self.applied_versions()
        if self._versioned:
            self.db.execute("UPDATE store_version SET n = n + 1 WHERE id = 1")

    # --- settings and counts ----------------------------------------------------------------

    def reset_analysis(self) -> None:
        """Forget everything derived from the articles (inside a transaction); the articles stay, and so does the
        change log (what the dossier said before: the analysis again records its changes like any other)."""
        for table in ("issues", "positions", "quote_issues", "quotes", "sentence_issues", "conflicts", "event_issues",
                      "event_entities", "events", "event_mention_parties", "event_mentions", "anchors", "leads",
                      "mentions", "entity_aliases", "entities", "sentences", "meta"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("UPDATE articles SET analysed = 0, analysis_note = NULL")
        OutletCounts(self.db).reset()

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @per_version
    def stats(self) -> dict[str, Any]:
        # Articles, outlets, words, undated articles and sentences: the counts the writers keep (migration 0011),
        # not a pass over every article's row; the earliest and latest dates: each one step down an index.
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        row = self.db.execute(
            "SELECT coalesce(sum(articles), 0) AS articles, count(*) FILTER (WHERE outlet <> ? AND articles > 0)"
            " AS outlets, CAST(coalesce(sum(words), 0) AS BIGINT) AS words, coalesce(sum(undated), 0) AS undated,"
            " coalesce(sum(sentences), 0) AS sentences, (SELECT min(published) FROM articles) AS earliest,"
            " (SELECT max(published) FROM articles) AS latest FROM outlet_counts", (UNKNOWN_OUTLET,)
        ).fetchone()
        analysis = self.db.execute(
            "SELECT (SELECT count(*) FROM articles WHERE analysed = 1),"
            " (SELECT count(*) FROM articles WHERE analysed = 0),"
            " (SELECT count(*) FROM entities WHERE mentions > 0 OR articles > 0), (SELECT count(*) FROM mentions),"
            " (SELECT count(*) FROM events),"
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
            "sentences": row["sentences"],
            "entities": analysis[2],
            "entity_mentions": analysis[3],
            "events": analysis[4],
            "dated_events": analysis[5],
            "events_with_conflicts": analysis[6],
            "pack": self.get_meta("pack"),
            "schema_version": self.schema_version(),
        }

    # --- what watch/ calls by its older names (watch/ moves to the parts with the change log's work) --------

    def add_article(self, article: Article) -> bool:
        return self.articles.add(article)

    def pending_count(self) -> int:
        return self.articles.pending_count()

    def event_counts(self) -> tuple[int, int]:
        return self.events.counts()

    def source_state(self, source: str, kind: str) -> SourceState:
        return self.sources.state(source, kind)

    def source_reached(self, source: str, kind: str, etag: str | None = None, last_modified: str | None = None,
                       *, keep_validators: bool = False) -> None:
        self.sources.reached(source, kind, etag, last_modified, keep_validators=keep_validators)

    def source_failed(self, source: str, kind: str, reason: str) -> int:
        return self.sources.failed(source, kind, reason)

    def settled_entries(self, source: str, entries: list[str], max_attempts: int) -> set[str]:
        return self.sources.settled_entries(source, entries, max_attempts)

    def remember_entry(self, source: str, entry: str, status: str, article_id: str | None = None,
                       reason: str | None = None) -> None:
        self.sources.remember_entry(source, entry, status, article_id, reason)

    def file_fingerprints(self, paths: list[str]) -> dict[str, FileFingerprint]:
        return self.sources.file_fingerprints(paths)

    def remember_file(self, path: str, fingerprint: FileFingerprint) -> None:
        self.sources.remember_file(path, fingerprint)
