"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

A user can open the same file with `sqlite3` or Datasette. Writers take the lock with
BEGIN IMMEDIATE and keep each article in one transaction, so an interrupted ingest
leaves only whole articles behind.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.models import Article, ArticleInfo, Origin, PartialDate, SearchHit, Sourced
from dossier.store.migrate import latest_version, migrations

DIALECT = "sqlite"
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"  # snippet() highlight markers, turned into offsets
_FTS_WORD = re.compile(r"\w+", re.UNICODE)


class SQLiteStore:
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

    # --- articles ---------------------------------------------------------------------------

    def add_article(self, article: Article) -> bool:
        """Store an article; False when the same text is already stored (ingest is idempotent)."""
        published = article.published
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, title, title_origin, outlet, outlet_origin, url, url_origin,"
            " published, published_precision, published_origin, published_as_stated, source_path, text,"
            " word_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, article.title.value, article.title.origin, article.outlet.value,
                article.outlet.origin, article.url.value, article.url.origin,
                published.iso() if published else None, published.precision if published else None,
                article.published_origin, article.published_as_stated, article.source_path, article.text,
                article.word_count, _now(),
            ),
        )
        return bool(cursor.rowcount)

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def articles(self, limit: int | None = None, offset: int = 0) -> list[ArticleInfo]:
        rows = self.db.execute(
            "SELECT id, title, title_origin, outlet, outlet_origin, url, url_origin, published,"
            " published_origin, published_as_stated, source_path, word_count, ingested_at"
            " FROM articles ORDER BY published IS NULL, published, source_path LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_article_info(row) for row in rows]

    def article_text(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    # --- search -----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """BM25-ranked full-text search with highlighted snippets.

        The query may use FTS5 syntax (phrases, AND/OR/NOT, prefix*); if it does not parse,
        its words are searched as plain terms instead of failing.
        """
        if not _FTS_WORD.search(query):
            raise DossierError("the search query has no words to look for")
        try:
            return self._search(query, limit, offset)
        except sqlite3.OperationalError:
            plain = " ".join(f'"{word}"' for word in _FTS_WORD.findall(query))
            return self._search(plain, limit, offset)

    def _search(self, match: str, limit: int, offset: int) -> list[SearchHit]:
        rows = self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, bm25(articles_fts, 2.0, 1.0) AS rank,"
            f" snippet(articles_fts, 1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', 16) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, limit, offset),
        ).fetchall()
        hits = []
        for row in rows:
            snippet, highlights = _unmark(row["snip"])
            hits.append(SearchHit(row["id"], row["title"], row["outlet"], row["published"],
                                  round(-float(row["rank"]), 4), snippet, highlights))
        return hits

    # --- counts -----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets, coalesce(sum(word_count), 0) AS words,"
            " min(published) AS earliest, max(published) AS latest,"
            " sum(published IS NULL) AS undated FROM articles"
        ).fetchone()
        return {
            "articles": row["articles"],
            "outlets": row["outlets"],
            "words": row["words"],
            "undated_articles": row["undated"] or 0,
            "earliest_published": row["earliest"],
            "latest_published": row["latest"],
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


def _unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    out, highlights, start = [], [], 0
    position = 0
    for ch in snippet:
        if ch == _MARK_OPEN:
            start = position
        elif ch == _MARK_CLOSE:
            highlights.append((start, position))
        else:
            out.append(ch)
            position += 1
    return "".join(out), highlights


def _article_info(row: sqlite3.Row) -> ArticleInfo:
    return ArticleInfo(
        id=row["id"],
        title=Sourced(row["title"], Origin(row["title_origin"])),
        outlet=Sourced(row["outlet"], Origin(row["outlet_origin"])),
        url=Sourced(row["url"], Origin(row["url_origin"])),
        published=PartialDate.from_iso(row["published"]) if row["published"] else None,
        published_origin=Origin(row["published_origin"]),
        published_as_stated=row["published_as_stated"],
        source_path=row["source_path"],
        word_count=row["word_count"],
        ingested_at=row["ingested_at"],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
