"""What the store's SQL needs of a backend: a DB-API-like connection, and the few fragments SQLite and
PostgreSQL spell differently. Everything else is written once, in SQL both accept."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol


class Row(Protocol):
    """A result row, by position or by column name (sqlite3.Row, or postgres.Row)."""

    def __getitem__(self, key: int | str, /) -> Any: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of sqlite3.Connection the store uses; SQL takes `?` placeholders on every backend."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Cursor: ...


class Dialect:
    """SQLite's spelling; PostgresDialect overrides each method. Matching ignores ASCII case only (as SQLite's
    NOCASE and LIKE do)."""

    name = "sqlite"  # also the folder of its migrations
    all_rows: int | None = -1  # LIMIT that means no limit (PostgreSQL: NULL; SQLite has no LIMIT ALL)

    def equals_nocase(self, column: str) -> str:
        """`column` equals the next parameter, ignoring case."""
        return f"{column} = ? COLLATE NOCASE"

    def order_nocase(self, column: str) -> str:
        return f"{column} COLLATE NOCASE"

    def like_nocase(self, column: str) -> str:
        """`column` matches the next parameter, a LIKE pattern escaped with a backslash, ignoring case."""
        return f"{column} LIKE ? ESCAPE '\\'"

    def json_list_has(self, column: str) -> str:
        """The JSON list of strings in `column` holds the next parameter."""
        return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = ?)"


class PostgresDialect(Dialect):
    # Text columns are COLLATE "C" (see the migrations), under which lower() and ILIKE fold ASCII only;
    # a parameter gets the database's collation unless told otherwise.
    name = "postgres"
    all_rows = None

    def equals_nocase(self, column: str) -> str:
        return f'lower({column}) = lower(?::text COLLATE "C")'

    def order_nocase(self, column: str) -> str:
        return f"lower({column})"

    def like_nocase(self, column: str) -> str:
        return f"{column} ILIKE ? ESCAPE '\\'"

    def json_list_has(self, column: str) -> str:
        return f"{column}::jsonb @> jsonb_build_array(?::text)"


SQLITE = Dialect()
POSTGRES = PostgresDialect()
