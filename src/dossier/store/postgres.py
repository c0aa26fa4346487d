"""The server store: PostgreSQL through psycopg 3, so that several workers and readers can share one store.

The mixins' SQL is written once, with `?` placeholders; `PgConnection` hands it to psycopg as `%s` and gives
back rows that, like sqlite3.Row, index by position and by column name. The connection is in autocommit mode:
each statement outside `transaction()` stands alone, as on SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import RowMaker

from dossier.errors import DossierError
from dossier.models import SearchHit
from dossier.store.articles import MARK_CLOSE, MARK_OPEN, RANK_WINDOW, WORD, unmark
from dossier.store.base import ANALYSIS_RUNNING, Store
from dossier.store.dialect import POSTGRES
from dossier.store.migrate import migrations
from dossier.store.outlets import discard_counts
from dossier.store.tsquery import plain_tsquery, to_tsquery

DIALECT = POSTGRES.name
# Advisory lock keys (per database): b"dossier" followed by 1 and 2.
ANALYSIS_LOCK = 0x646F7373696572_01
SCHEMA_LOCK = 0x646F7373696572_02
NUMERIC_OID = 1700

# Ranked among the RANK_WINDOW matching articles stored last (`cut`: the rowid of the last of them, articles.py),
# like FTS5's bm25 with the title weighing twice the text ({D, C, B, A} weights; the title is A,
# the text B), divided by 1 + log(length); snippets of about 16 words around the hits, like FTS5's, with
# a little of the text on either side to tell whether the snippet cuts it.
_SEARCH = (
    "WITH q AS (SELECT to_tsquery('dossier', ?) AS q),"
    " cut AS (SELECT a.rowid FROM articles a, q WHERE a.search @@ q.q ORDER BY a.rowid DESC LIMIT 1 OFFSET ?),"
    " hits AS (SELECT a.rowid, ts_rank('{0, 0, 0.5, 1}', a.search, q.q, 1) AS rank FROM articles a, q"
    " WHERE a.search @@ q.q AND a.rowid >= coalesce((SELECT rowid FROM cut), 0)"
    " ORDER BY rank DESC, a.rowid LIMIT ? OFFSET ?)"
    " SELECT a.id, a.title, a.outlet, a.published, h.rank, s.snip, w.at,"
    " right(left(a.text, w.at - 1), 40) AS before, substr(a.text, w.at + length(p.plain), 40) AS after"
    " FROM hits h JOIN articles a ON a.rowid = h.rowid CROSS JOIN q"
    " CROSS JOIN LATERAL (SELECT ts_headline('dossier', a.text, q.q, ?) AS snip) s"
    " CROSS JOIN LATERAL (SELECT translate(s.snip, ?, '') AS plain) p"
    " CROSS JOIN LATERAL (SELECT strpos(a.text, p.plain) AS at) w ORDER BY h.rank DESC, h.rowid"
)
_HEADLINE = f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxFragments=1, MaxWords=16, MinWords=8"


class Row:
    """One result row: row[0] and row["name"] (the first column of that name, as sqlite3.Row)."""

    __slots__ = ("_names", "_values")

    def __init__(self, values: tuple[Any, ...], names: dict[str, int]) -> None:
        self._values, self._names = values, names

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._names[key]] if isinstance(key, str) else self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __repr__(self) -> str:
        return f"Row{self._values!r}"


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    """psycopg's row factory: Row objects; NUMERIC values (sum of bigints, ...) as int or float."""
    description = cursor.description or []
    names: dict[str, int] = {}
    for i, column in enumerate(description):
        names.setdefault(column.name, i)
    numeric = [i for i, column in enumerate(description) if column.type_code == NUMERIC_OID]
    if not numeric:
        return lambda values: Row(tuple(values), names)

    def make(values: Sequence[Any]) -> Row:
        converted = list(values)
        for i in numeric:
            converted[i] = number(converted[i])
        return Row(tuple(converted), names)

    return make


def number(value: Decimal | None) -> int | float | None:
    """A NUMERIC as the int or float SQLite would have given."""
    if value is None:
        return None
    return int(value) if value.is_finite() and value == value.to_integral_value() else float(value)


_PASSWORD_SETTING = re.compile(r"(\bpassword=)[^&]*")
_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[?%]")


@lru_cache(maxsize=4096)
def _to_psycopg(sql: str) -> str:
    """`?` -> `%s`, and every literal `%` doubled (psycopg reads % everywhere, quoted or not)."""
    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        return "%s" if text == "?" else text.replace("%", "%%")
    return _PLACEHOLDER.sub(swap, sql)


class PgConnection:
    """The part of sqlite3.Connection the mixins use, over one psycopg connection."""

    def __init__(self, raw: psycopg.Connection[Row]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> psycopg.Cursor[Row]:
        try:
            return self.raw.execute(_to_psycopg(sql), tuple(parameters))
        except psycopg.OperationalError as bad:  # the server went away, or its disk is full: one line
            raise server_error(bad, self.raw) from None

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> psycopg.Cursor[Row]:
        cursor = self.raw.cursor()
        try:
            cursor.executemany(_to_psycopg(sql), [tuple(p) for p in parameters])
        except psycopg.OperationalError as bad:
            raise server_error(bad, self.raw) from None
        return cursor


def server_error(bad: psycopg.OperationalError, raw: psycopg.Connection[Any]) -> DossierError:
    """What the server's refusal means, in one line: its disk is full, it went away, or what it says."""
    if isinstance(bad, psycopg.errors.DiskFull):
        return DossierError(f"the PostgreSQL server's disk is full: {_first_line(bad)}; what was being written was"
                            " rolled back and what was stored before is whole: free some space and run the same"
                            " command again")
    if raw.closed or bad.sqlstate is None or bad.sqlstate.startswith(("08", "57")):
        return DossierError(f"lost the connection to the PostgreSQL server: {_first_line(bad)}")
    return DossierError(f"the PostgreSQL server refused: {_first_line(bad)}")


class PostgresStore(Store):
    """The store in a PostgreSQL database given by URL (postgresql://user@host:port/dbname)."""

    dialect = POSTGRES
    db: PgConnection

    def __init__(self, url: str, *, create: bool = True, read_only: bool = False) -> None:
        self.location = url
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=_rows, application_name="dossier")
        except psycopg.Error as bad:
            said = _first_line(bad).replace(url, self.shown)  # libpq quotes a URL it cannot parse, password too
            raise DossierError(f"cannot connect to {self.shown}: {said}") from None
        self.db = PgConnection(raw)
        try:
            if read_only:
                self.make_read_only()
                self._require_current()
            elif not create and not self._has_migrations_table():
                self._check_schema()  # a database holding other tables says so
                raise self._no_store()
            else:
                self._check_schema()
                self._migrate()
        except BaseException:
            raw.close()
            raise

    @property
    def shown(self) -> str:
        return shown_url(self.location)

    # --- schema -----------------------------------------------------------------------------

    def _migrate(self) -> None:
        if self._has_migrations_table() and self._up_to_date():
            return
        for migration in migrations(DIALECT):
            with self.transaction():
                # Two processes opening a new database at once: the second waits here, then finds it done.
                self.db.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
                self.db.raw.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations"
                    " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                self._apply(migration)

    def _run_script(self, sql: str) -> None:
        self.db.raw.execute(sql)  # no parameters: several statements at once, and no placeholders

    def _has_migrations_table(self) -> bool:
        return bool(self._value("SELECT to_regclass('schema_migrations') IS NOT NULL"))

    def _table_names(self) -> list[str]:
        return [row[0] for row in self.db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")]

    # --- connection -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # psycopg rolls back on any exception, KeyboardInterrupt included, after cancelling a running query.
        outer = not self._writing
        self._writing = True
        try:
            with self.db.raw.transaction():
                yield
                if outer:
                    self._bump_version()
        except BaseException:
            if outer:
                discard_counts(self.db)
            raise
        finally:
            if outer:
                self._writing = False

    @contextmanager
    def analysis_lock(self) -> Iterator[None]:
        """A session advisory lock on this database (released by the server if the process dies)."""
        if not self._value("SELECT pg_try_advisory_lock(?)", ANALYSIS_LOCK):
            raise DossierError(ANALYSIS_RUNNING)
        try:
            yield
        finally:
            if not self.db.raw.closed:
                self.db.execute("SELECT pg_advisory_unlock(?)", (ANALYSIS_LOCK,))

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        self.db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")

    def make_read_only(self) -> None:
        self.db.execute("SET default_transaction_read_only = on")

    def _value(self, sql: str, *parameters: Any) -> Any:
        row = self.db.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        self.db.raw.close()

    def integrity_problems(self) -> list[str]:
        """None to report: the server checks its own pages, and the search column is computed by it."""
        return []

    # --- full-text search (tsvector) --------------------------------------------------------

    def _full_text(self, query: str, limit: int, offset: int) -> list[SearchHit]:
        try:
            tsquery = to_tsquery(query)
        except ValueError:  # not FTS5 syntax: its words, as plain terms
            tsquery = plain_tsquery(query)
        window = max(RANK_WINDOW, offset + limit)  # ranked among the matching articles stored last (articles.py)
        rows = self.db.execute(_SEARCH, (tsquery, window - 1, limit, offset, _HEADLINE, MARK_OPEN + MARK_CLOSE)
                               ).fetchall()
        hits = []
        for row in rows:
            found = bool(row["at"])  # the headline as it stands in the text (else: say it is cut on both sides)
            snippet, highlights = _ellipses(row["snip"], not found or bool(WORD.search(row["before"])),
                                            not found or bool(WORD.search(row["after"])))
            hits.append(SearchHit(row["id"], row["title"], row["outlet"], row["published"],
                                  round(float(row["rank"]), 4), snippet, highlights))
        return hits


def _ellipses(marked: str, cut_start: bool, cut_end: bool) -> tuple[str, list[tuple[int, int]]]:
    """The headline with its highlights as offsets and, as FTS5 writes it, "…" where words were cut off."""
    snippet, highlights = unmark(marked)
    if cut_start:
        snippet, highlights = "…" + snippet, [(start + 1, end + 1) for start, end in highlights]
    return snippet + ("…" if cut_end else ""), highlights


_USER_PASSWORD = re.compile(r"^([a-z]+://[^/@:]*):[^/@]*@")


def shown_url(url: str) -> str:
    """The URL without its password (user:password@ or ?password=), for messages; a URL that does not parse
    (`postgresql://[::1:5432/x`) is shown with anything that could be a password masked all the same."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return _PASSWORD_SETTING.sub(r"\1***", _USER_PASSWORD.sub(r"\1:***@", url))
    if password is not None:
        parts = parts._replace(netloc=parts.netloc.replace(f":{password}@", ":***@", 1))
    return urlunsplit(parts._replace(query=_PASSWORD_SETTING.sub(r"\1***", parts.query)))


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
