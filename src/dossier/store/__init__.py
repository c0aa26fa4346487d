"""The store stage: it owns the schema, its migrations and every SQL statement.

`open_store` picks the backend from the location: a file path means the embedded SQLite
store (the default, ./dossier.db).
"""

from __future__ import annotations

import os
from pathlib import Path

from dossier.store.sqlite import SQLiteStore

DEFAULT_DB = "dossier.db"
Store = SQLiteStore


def default_location() -> str:
    return os.environ.get("DOSSIER_DB") or DEFAULT_DB


def open_store(location: str | Path | None = None, *, create: bool = True) -> Store:
    """Open (and migrate) the store at `location`; with create=False a missing file is an error."""
    return SQLiteStore(location or default_location(), create=create)
