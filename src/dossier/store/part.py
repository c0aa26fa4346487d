"""What every part of the store shares: the one connection and the dialect of its backend.

A part (`store.articles`, `store.events`, ...) holds one area's SQL. Each area is two classes: what the query
layer may ask (`ArticleReads`, ...) and, below it, what the pipeline also writes (`Articles`, ...). Adding a part
is a class here and one line in `Store` (base.py) and in the interfaces (interfaces.py)."""

from __future__ import annotations

from collections.abc import Callable

from dossier.store.cache import Reopen, Version
from dossier.store.dialect import Connection, Dialect


def unversioned() -> Version | None:
    return None


class Part:
    def __init__(self, db: Connection, dialect: Dialect, *,
                 version: Callable[[], Version | None] = unversioned, reopen: Reopen | None = None) -> None:
        self.db = db
        self.dialect = dialect
        self.version = version  # the store's version, for what is kept per version (cache.py)
        self.reopen = reopen  # this part over a read-only connection of its own (cache.py's refresh off the request)
