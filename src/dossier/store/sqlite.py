"""The embedded store: one SQLite file in WAL mode, FTS5 for search.

A user can open the same file with `sqlite3` or Datasette. Writers take the lock with
BEGIN IMMEDIATE and keep each article in one transaction, so an interrupted ingest
leaves only whole articles behind.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.models import (
    ActorMention,
    Article,
    ArticleInfo,
    EntityInfo,
    EntityType,
    MentionInfo,
    Origin,
    PartialDate,
    SearchHit,
    Sentence,
    Sourced,
)
from dossier.resolve.actors import Entity
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

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT id, text, source_path, title, title_origin, outlet, outlet_origin, url, url_origin, published,"
            " published_origin, published_as_stated FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else _article(row)

    def article_text(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    # --- analysis ---------------------------------------------------------------------------

    def pending_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles WHERE analysed = 0").fetchone()[0])

    def pending_articles(self, limit: int) -> list[Article]:
        """Articles stored but not analysed yet, oldest first."""
        rows = self.db.execute(
            "SELECT id, text, source_path, title, title_origin, outlet, outlet_origin, url, url_origin, published,"
            " published_origin, published_as_stated FROM articles WHERE analysed = 0 ORDER BY rowid LIMIT ?",
            (limit,),
        )
        return [_article(row) for row in rows]

    def save_analysis(self, article_id: str, sentences: Iterable[Sentence], mentions: Sequence[ActorMention],
                      entity_ids: Sequence[str]) -> None:
        """Store one article's sentences and resolved mentions and mark it analysed (inside a transaction)."""
        self.db.executemany(
            'INSERT OR REPLACE INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(article_id, s.index, s.start, s.end, s.text) for s in sentences],
        )
        self.db.executemany(
            'INSERT INTO mentions (article_id, sentence, start, "end", text, name, type, entity_id)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, m.sentence, m.start, m.end, m.text, m.name, m.type.value, entity_id)
             for m, entity_id in zip(mentions, entity_ids, strict=True)],
        )
        self.db.execute("UPDATE articles SET analysed = 1 WHERE id = ?", (article_id,))

    def mark_failed(self, article_id: str) -> None:
        """An article the analyser could not process: kept, searchable, and not retried each run."""
        self.db.execute("UPDATE articles SET analysed = -1 WHERE id = ?", (article_id,))

    def save_entities(self, entities: Iterable[Entity], merged: Iterable[tuple[str, str]] = ()) -> None:
        """Upsert resolver entities and fold merged ones into their survivors (inside a transaction)."""
        for absorbed, into in merged:
            self.db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (into, absorbed))
            self.db.execute("UPDATE entities SET denotes = ? WHERE denotes = ?", (into, absorbed))
            self.db.execute("DELETE FROM entities WHERE id = ?", (absorbed,))
        for entity in entities:
            self.db.execute(
                "INSERT INTO entities (id, name, type, pack_id, wikidata, denotes, mentions, articles, state)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " type = excluded.type, denotes = excluded.denotes, mentions = excluded.mentions,"
                " articles = excluded.articles, state = excluded.state",
                (entity.id, entity.name, entity.type.value, entity.pack_id, entity.wikidata, entity.denotes,
                 entity.mentions, entity.articles, json.dumps(entity.state())),
            )
            self.db.executemany(
                "INSERT INTO entity_aliases (entity_id, alias, count) VALUES (?, ?, ?)"
                " ON CONFLICT (entity_id, alias) DO UPDATE SET count = excluded.count",
                [(entity.id, alias, n) for alias, n in entity.aliases.items() if n > 0],
            )

    def load_entities(self) -> list[Entity]:
        aliases: dict[str, dict[str, int]] = {}
        for row in self.db.execute("SELECT entity_id, alias, count FROM entity_aliases"):
            aliases.setdefault(row[0], {})[row[1]] = row[2]
        return [
            Entity.from_state(row["id"], json.loads(row["state"]), aliases.get(row["id"], {}),
                              mentions=row["mentions"], articles=row["articles"], pack_id=row["pack_id"],
                              wikidata=row["wikidata"], denotes=row["denotes"])
            for row in self.db.execute("SELECT * FROM entities")
        ]

    def reset_analysis(self) -> None:
        """Forget everything derived from the articles (inside a transaction); the articles stay."""
        for table in ("mentions", "entity_aliases", "entities", "sentences", "meta"):
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

    # --- entities (query side) --------------------------------------------------------------

    def entities(self, entity_type: str | None = None) -> list[EntityInfo]:
        where, params = ("WHERE type = ?", (entity_type,)) if entity_type else ("", ())
        rows = self.db.execute(
            f"SELECT * FROM entities {where} ORDER BY mentions DESC, name", params).fetchall()
        aliases: dict[str, list[str]] = {}
        for row in self.db.execute("SELECT entity_id, alias FROM entity_aliases ORDER BY count DESC, alias"):
            aliases.setdefault(row[0], []).append(row[1])
        return [_entity_info(row, aliases.get(row["id"], [])) for row in rows if row["mentions"] > 0]

    def find_entities(self, name: str) -> list[EntityInfo]:
        """Entities whose id, name or any alias is `name` (case-insensitive), most mentioned first."""
        rows = self.db.execute(
            "SELECT DISTINCT e.* FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id"
            " WHERE e.id = ? OR e.name = ? COLLATE NOCASE OR a.alias = ? COLLATE NOCASE ORDER BY e.mentions DESC",
            (name, name, name),
        ).fetchall()
        return [_entity_info(row, self._aliases(row["id"])) for row in rows]

    def entity(self, entity_id: str) -> EntityInfo | None:
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else _entity_info(row, self._aliases(entity_id))

    def _aliases(self, entity_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, alias", (entity_id,))]

    def entity_mentions(self, entity_id: str, limit: int | None = None) -> list[MentionInfo]:
        rows = self.db.execute(
            'SELECT m.article_id, m.sentence, s.text AS sentence_text, m.text, m.start, m."end"'
            " FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
            " JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? ORDER BY a.published IS NULL, a.published, a.rowid, m.start LIMIT ?",
            (entity_id, -1 if limit is None else limit),
        )
        return [MentionInfo(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def cooccurring(self, entity_id: str, limit: int = 15) -> list[tuple[EntityInfo, int]]:
        """Entities mentioned in the same sentences, with how many sentences they share."""
        rows = self.db.execute(
            "SELECT other.entity_id, count(DISTINCT other.article_id || ':' || other.sentence) AS shared"
            " FROM mentions m JOIN mentions other ON other.article_id = m.article_id AND other.sentence = m.sentence"
            " WHERE m.entity_id = ? AND other.entity_id != ? GROUP BY other.entity_id ORDER BY shared DESC LIMIT ?",
            (entity_id, entity_id, limit),
        ).fetchall()
        found = []
        for other_id, shared in rows:
            info = self.entity(other_id)
            if info is not None:
                found.append((info, int(shared)))
        return found

    def mention_surfaces(self) -> list[tuple[str, str, str, str]]:
        """(article id, text as written, cleaned name, entity id) for every mention: what `eval` scores."""
        return [(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT article_id, text, name, entity_id FROM mentions")]

    def article_ids_by_path(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.db.execute("SELECT source_path, id FROM articles")}

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
        analysis = self.db.execute(
            "SELECT (SELECT count(*) FROM articles WHERE analysed = 1),"
            " (SELECT count(*) FROM articles WHERE analysed = 0),"
            " (SELECT count(*) FROM entities WHERE mentions > 0), (SELECT count(*) FROM mentions),"
            " (SELECT count(*) FROM sentences)"
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


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        source_path=row["source_path"],
        title=Sourced(row["title"], Origin(row["title_origin"])),
        outlet=Sourced(row["outlet"], Origin(row["outlet_origin"])),
        url=Sourced(row["url"], Origin(row["url_origin"])),
        published=PartialDate.from_iso(row["published"]) if row["published"] else None,
        published_origin=Origin(row["published_origin"]),
        published_as_stated=row["published_as_stated"],
    )


def _entity_info(row: sqlite3.Row, aliases: list[str]) -> EntityInfo:
    return EntityInfo(row["id"], row["name"], EntityType(row["type"]), aliases, row["mentions"], row["articles"],
                      row["wikidata"], row["denotes"], row["pack_id"])


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
