"""The store stage: it owns the schema, its migrations and every SQL statement.

`open_store` picks the backend from the location: a file path means the embedded SQLite
store (the default, ./dossier.db); a postgresql:// (or postgres://) URL means a PostgreSQL
database that several workers and readers can share.
"""

from __future__ import annotations

import os
from pathlib import Path

from dossier.store.base import Store
from dossier.store.interfaces import StoreReader, StoreWriter
from dossier.store.sqlite import SQLiteStore

DEFAULT_DB = "dossier.db"
SERVER_SCHEMES = ("postgresql://", "postgres://")

__all__ = ["DEFAULT_DB", "Store", "StoreReader", "StoreWriter", "default_location", "is_server_url", "open_reader",
           "open_store", "shown_location"]


def default_location() -> str:
    return os.environ.get("DOSSIER_DB") or DEFAULT_DB


def is_server_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def shown_location(location: str | Path) -> str:
    """The location as output may show it: a URL without its password."""
    if is_server_url(location):
        from dossier.store.postgres import shown_url

        return shown_url(str(location))
    return str(location)


def open_store(location: str | Path | None = None, *, create: bool = True, read_only: bool = False) -> Store:
    """Open (and migrate) the store at `location`; with create=False a missing store is an error.

    read_only: never create, migrate or write (the web app): a store with an older schema is an error.
    """
    location = location or default_location()
    if is_server_url(location):
        from dossier.store.postgres import PostgresStore  # psycopg is imported only for a server

        return PostgresStore(str(location), create=create, read_only=read_only)
    return SQLiteStore(location, create=create, read_only=read_only)


def open_reader(location: str | Path | None = None) -> StoreReader:
    """The store at `location` opened read-only, as the query layer and the web hold it: never created, migrated
    or written."""
    return open_store(location, create=False, read_only=True)
