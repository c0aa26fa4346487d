"""The store is composed of parts over one connection, and handed out through two interfaces: the query layer and
the web get the reading one, which holds no write (mypy --strict checks the callers; these tests check the parts
and run mypy on a caller that tries to write through a reader)."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dossier.models import Article, Origin, Sourced
from dossier.read.normalise import article_id
from dossier.store import StoreReader, StoreWriter, open_reader, open_store
from dossier.store.actors import ActorReads, Actors
from dossier.store.articles import ArticleReads, Articles
from dossier.store.events import EventReads, Events
from dossier.store.issues import IssueReads, Issues
from tests.helpers.stores import Location

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("articles", "actors", "events", "issues", "outlets", "sources", "views")


def _article(text: str) -> Article:
    return Article(id=article_id(text), text=text, source_path="mine.txt", title=Sourced("A title", Origin.METADATA),
                   outlet=Sourced("Orontes Wire", Origin.METADATA), url=Sourced(None, Origin.UNKNOWN),
                   published=None, published_origin=Origin.UNKNOWN)


@pytest.mark.store
def test_every_part_shares_the_one_connection(db: Location) -> None:
    store = open_store(db)
    try:
        for name in PARTS:
            part = getattr(store, name)
            assert part.db is store.db and part.dialect is store.dialect, name
            assert getattr(store, name) is part, "each part is made once"
        with store.transaction():  # a write through one part is seen through the others, in the same transaction
            assert store.articles.add(_article("Ministers met in a town by the river and talked for an hour."))
            assert store.stats()["articles"] == 1
    finally:
        store.close()


@pytest.mark.store
def test_a_reader_reads_what_a_writer_wrote(db: Location) -> None:
    writer: StoreWriter = open_store(db)
    with writer.transaction():
        writer.articles.add(_article("Two delegations signed a grain deal at the port after long talks."))
    writer.close()
    reader: StoreReader = open_reader(db)
    try:
        (info,) = reader.articles.page()
        assert info.outlet.value == "Orontes Wire" and reader.outlets.names() == ["Orontes Wire"]
        assert reader.articles.search("grain")[0].article_id == info.id
    finally:
        reader.close()


def test_the_reading_classes_hold_no_write() -> None:
    writes = {"add", "mark_failed", "note_analysis", "pending", "pending_batches", "save", "save_analysis", "load",
              "load_state", "ids", "save_evidence", "rename_entity", "save_article", "save_definitions"}
    for reads, full in ((ArticleReads, Articles), (ActorReads, Actors), (EventReads, Events), (IssueReads, Issues)):
        public = {name for name, _ in inspect.getmembers(reads, inspect.isfunction) if not name.startswith("_")}
        assert not public & writes, reads.__name__
        added = {name for name, _ in inspect.getmembers(full, inspect.isfunction)
                 if not name.startswith("_")} - set(dir(reads))
        assert added and added <= writes | {"pending_count"}, full.__name__


@pytest.mark.slow
def test_mypy_refuses_a_write_through_a_reader(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(textwrap.dedent("""
        from dossier.models import Article
        from dossier.store import StoreReader, StoreWriter

        def reads(store: StoreReader) -> int:
            return len(store.articles.page())

        def writes(store: StoreReader, article: Article) -> None:
            store.articles.add(article)
            store.set_meta("pack", "x")

        def builds(store: StoreWriter, article: Article) -> int:
            store.articles.add(article)
            return reads(store)
    """))
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(caller)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, done.stdout
    assert '"ArticleReads" has no attribute "add"' in errors[0] and '"set_meta"' in errors[1], errors
