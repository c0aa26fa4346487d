"""The two ways to hold a store. `StoreReader` is what the query layer, the web and notebooks get: every part's
queries and nothing that writes (mypy --strict checks it). `StoreWriter` is what builds the store (ingest,
pipeline/, watch/): the parts' writes too, transactions and the analysis lock. `SQLiteStore` and
`PostgresStore` are both; `open_reader` hands one out typed as a reader.

To add a part: a property here (in both, the reader's with the part's query class) and one in `Store`."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Protocol

from dossier.store.actors import ActorReads, Actors
from dossier.store.articles import ArticleReads, Articles
from dossier.store.changes import ChangeReads, ChangeStore
from dossier.store.events import EventReads, Events
from dossier.store.issues import IssueReads, Issues
from dossier.store.outlets import Outlets
from dossier.store.sources import Sources
from dossier.store.views import Views
from dossier.store.window import WindowStore


class StoreReader(Protocol):
    @property
    def articles(self) -> ArticleReads: ...

    @property
    def actors(self) -> ActorReads: ...

    @property
    def events(self) -> EventReads: ...

    @property
    def issues(self) -> IssueReads: ...

    @property
    def outlets(self) -> Outlets: ...

    @property
    def views(self) -> Views: ...

    @property
    def changelog(self) -> ChangeReads: ...

    @property
    def shown(self) -> str:
        """The location as messages show it (never with a password)."""

    def get_meta(self, key: str) -> str | None: ...

    def stats(self) -> dict[str, Any]: ...

    def schema_version(self) -> int: ...

    def snapshot(self) -> AbstractContextManager[None]:
        """Reads inside see the store as one moment."""

    def close(self) -> None: ...


class StoreWriter(StoreReader, Protocol):
    @property
    def articles(self) -> Articles: ...

    @property
    def actors(self) -> Actors: ...

    @property
    def events(self) -> Events: ...

    @property
    def issues(self) -> Issues: ...

    @property
    def sources(self) -> Sources: ...

    @property
    def changelog(self) -> ChangeStore: ...

    @property
    def window(self) -> WindowStore: ...

    def transaction(self) -> AbstractContextManager[None]:
        """One atomic unit of writing: all of it lands, or none of it."""

    def analysis_lock(self) -> AbstractContextManager[None]:
        """Held while one process analyses the store."""

    def set_meta(self, key: str, value: str) -> None: ...

    def reset_analysis(self) -> None: ...
