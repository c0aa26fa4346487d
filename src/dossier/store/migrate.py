"""Versioned schema migrations: numbered SQL files per dialect, applied in order, recorded in a table.

Why not Alembic: it needs SQLAlchemy models, and our schema leans on SQLite FTS5 virtual
tables and triggers that its autogenerate does not understand. Plain numbered SQL files are
what a user opening the database with `sqlite3` can read, and each runs in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations(dialect: str) -> tuple[Migration, ...]:
    folder = resources.files("dossier.store").joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        if m := _NAME.match(entry.name):
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=lambda m: m.version))


def latest_version(dialect: str) -> int:
    return max((m.version for m in migrations(dialect)), default=0)



@cache
def known_versions(dialect: str) -> frozenset[int]:
    return frozenset(m.version for m in migrations(dialect))
