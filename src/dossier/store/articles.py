"""Articles: storing them, listing them, finding them (full-text search, which each backend provides)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

from dossier.errors import DossierError
from dossier.models import Article, ArticleInfo, Origin, PartialDate, SearchHit, Sourced
from dossier.store.cache import Version, per_version
from dossier.store.dialect import Connection, Dialect, Row
from dossier.store.outlets import UNKNOWN_OUTLET, OutletCounts, commit_counts
from dossier.store.part import Part, unversioned

# Search ranks the matches among the RANK_WINDOW matching articles stored last (or more, to reach the page asked
# for): what ranking costs stays the same as the store grows, and a newsroom's search favours the latest news.
RANK_WINDOW = 1000
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # highlight markers in snippets, turned into offsets
WORD = re.compile(r"\w+", re.UNICODE)


FullText = Callable[[str, int, int], list[SearchHit]]  # query, limit, offset: each backend's search


class ArticleReads(Part):
    """What the query layer asks of the articles."""

    def __init__(self, db: Connection, dialect: Dialect, full_text: FullText, *,
                 version: Callable[[], Version | None] = unversioned) -> None:
        super().__init__(db, dialect, version=version)
        self._full_text = full_text

    def page(self, limit: int | None = None, offset: int = 0) -> list[ArticleInfo]:
        rows = self.db.execute(
            "SELECT id, title, title_origin, outlet, outlet_origin, url, url_origin, published,"
            " published_origin, published_as_stated, source_path, word_count, ingested_at"
            " FROM articles ORDER BY published IS NULL, published, source_path LIMIT ? OFFSET ?",
            (self.dialect.all_rows if limit is None else limit, offset),
        )
        return [_article_info(row) for row in rows]

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT id, text, source_path, title, title_origin, outlet, outlet_origin, url, url_origin, published,"
            " published_origin, published_as_stated FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else _article(row)

    def text(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    @per_version
    def outlet_counts(self) -> list[tuple[str | None, int]]:
        """Each outlet (None: unknown) with its number of articles, most first (the counts the writers keep,
        migration 0011)."""
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        return [(None if row[0] == UNKNOWN_OUTLET else row[0], int(row[1])) for row in self.db.execute(
            "SELECT outlet, articles FROM outlet_counts WHERE articles > 0 ORDER BY articles DESC, outlet")]

    @per_version
    def labels(self, ids: Iterable[str], *, title_first: bool = False) -> dict[str, str]:
        """How these articles are named in a line: outlet, else title, else id (or title first)."""
        wanted, found = sorted(set(ids)), dict[str, str]()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            columns = "title, outlet" if title_first else "outlet, title"
            found.update((row[0], row[1] or row[2] or row[0]) for row in self.db.execute(
                f"SELECT id, {columns} FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def analysis_notes(self) -> dict[str, str]:
        """Article id -> why its analysis covers less than its text, for the articles that have one."""
        return {row[0]: row[1] for row in self.db.execute(
            "SELECT id, analysis_note FROM articles WHERE analysis_note IS NOT NULL ORDER BY rowid")}

    def ids_by_path(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.db.execute("SELECT source_path, id FROM articles ORDER BY rowid")}

    @per_version
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Ranked full-text search with highlighted snippets.

        The query may use FTS5 syntax (phrases, AND/OR/NOT, prefix*), on either backend; if it does not
        parse, its words are searched as plain terms instead of failing. The best matches among the RANK_WINDOW
        matching articles stored last (or as many as the page needs, when more), best first.
        """
        if not WORD.search(query):
            raise DossierError("the search query has no words to look for")
        return self._full_text(query, limit, offset)


class Articles(ArticleReads):
    """Storing articles, and handing the analysis those waiting for it."""

    def add(self, article: Article) -> bool:
        """Store an article; False when the same text is already stored (ingest is idempotent)."""
        published = article.published
        cursor = self.db.execute(
            "INSERT INTO articles (id, title, title_origin, outlet, outlet_origin, url, url_origin,"
            " published, published_precision, published_origin, published_as_stated, source_path, text,"
            " word_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                article.id, article.title.value, article.title.origin, article.outlet.value,
                article.outlet.origin, article.url.value, article.url.origin,
                published.iso() if published else None, published.precision if published else None,
                article.published_origin, article.published_as_stated, article.source_path, article.text,
                article.word_count, _now(),
            ),
        )
        if cursor.rowcount:
            OutletCounts(self.db).article_added(article.outlet.value, article.word_count, published is not None)
        return bool(cursor.rowcount)

    def pending_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles WHERE analysed = 0").fetchone()[0])

    def pending(self, limit: int, after: int = 0) -> list[tuple[int, Article]]:
        """Up to `limit` articles stored but not analysed yet, in store order after row `after`,
        each with its row number."""
        rows = self.db.execute(
            "SELECT rowid, id, text, source_path, title, title_origin, outlet, outlet_origin, url, url_origin,"
            " published, published_origin, published_as_stated FROM articles WHERE analysed = 0 AND rowid > ?"
            " ORDER BY rowid LIMIT ?",
            (after, limit),
        )
        return [(row["rowid"], _article(row)) for row in rows]

    def pending_batches(self, size: int) -> Iterator[list[Article]]:
        """Every article waiting for analysis, `size` at a time; each batch is read when asked for,
        so batches can be handed out before the earlier ones are written back."""
        after = 0
        while found := self.pending(size, after):
            after = found[-1][0]
            yield [article for _, article in found]

    def mark_failed(self, article_id: str) -> None:
        """An article the analyser could not process: kept, searchable, and not retried each run."""
        self.db.execute("UPDATE articles SET analysed = -1 WHERE id = ?", (article_id,))

    def note_analysis(self, article_id: str, note: str) -> None:
        """Why an article's analysis covers less than its text (over-long, or out of time)."""
        self.db.execute("UPDATE articles SET analysis_note = ? WHERE id = ?", (note, article_id))



def unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    out, highlights, start = [], [], 0
    position = 0
    for ch in snippet:
        if ch == MARK_OPEN:
            start = position
        elif ch == MARK_CLOSE:
            highlights.append((start, position))
        else:
            out.append(ch)
            position += 1
    return "".join(out), highlights


def _article(row: Row) -> Article:
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


def _article_info(row: Row) -> ArticleInfo:
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
