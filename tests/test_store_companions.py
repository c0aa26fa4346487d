"""The companions an event mention names ("X and his family") are stored with it (migration 0014, SQLite and
PostgreSQL) and read back; a store from before the migration opens, its mentions naming none. Articles and names
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.packs import load_pack
from dossier.store import open_store
from tests.helpers.stores import Location, build_store
from tests.test_conflicts import flight_corpus


def test_companions_are_written_and_read_back(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("kept"), flight_corpus(tmp_path / "kept"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        evidence = store.events.load_state().evidence
        told = {(e.article_id, e.companions) for e in evidence if e.lemma == "flee"}
        (event_id,) = {e.event_id for e in evidence if e.lemma == "flee"}
        window = store.window._evidence_of([event_id])  # how a long stream brings back events set aside
    finally:
        store.close()
    assert sorted(c for _, c in told) == [(), (), ("family",)]
    assert {e.companions for e in window if e.lemma == "flee"} == {(), ("family",)}


def test_a_store_from_before_companions_were_kept_reads_them_as_none(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Migration 0014 adds the column and fills nothing: an older store opens, its mentions name no companions,
    and its conflicts are what they were until its articles are analysed again."""
    db = build_store(new_db("older"), flight_corpus(tmp_path / "older"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        with store.transaction():
            store.db.execute("ALTER TABLE event_mentions DROP COLUMN companions")
            store.db.execute("DELETE FROM schema_migrations WHERE version = 14")
    finally:
        store.close()
    store = open_store(db, create=False)
    try:
        assert 14 in store.applied_versions()
        assert {e.companions for e in store.events.load_state().evidence} == {()}
    finally:
        store.close()
