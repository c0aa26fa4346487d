"""The merged events' rows, written as a batch creates them, every few seconds when changed, and for big events
only once they have grown by a tenth: whatever was deferred, the store ends as if every event had been written
at the end from the evidence a later run loads (same dates, names, summaries and conflicts: nothing may
depend on the order evidence arrived in, nor on an entity's name or type at the time it was written)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from bench.synth import synthetic_articles

from dossier.ingest import ingest
from dossier.packs import load_pack
from dossier.pipeline import EventRows, process_pending
from dossier.store import Store, open_store
from tests.helpers.stores import Location

pytestmark = pytest.mark.store


def event_rows(store: Store) -> list[tuple[object, ...]]:
    tables = {"events": "id", "event_entities": "event_id, role, rank", "conflicts": "event_id, field"}
    return [tuple(row) for table, order in tables.items()
            for row in store.db.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()]


def test_deferred_rows_end_as_a_full_rewrite(tmp_path: Path, new_db: Callable[[str], Location],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "synth.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in synthetic_articles(64, seed=3)))
    monkeypatch.setattr(EventRows, "EVERY_SECONDS", 0.0)  # every batch writes what is due...
    monkeypatch.setattr(EventRows, "BIG", 3)  # ...and many events are big enough to wait
    store = open_store(new_db("rows"))
    ingest([corpus], store)
    pack = load_pack("syria-russia")
    process_pending(store, pack, batch_size=4)
    assert not store.get_meta("events_stale")
    written = event_rows(store)
    with store.transaction():
        store.set_meta("events_stale", "1")  # as after a crash: the next run rewrites every event
    process_pending(store, pack)
    assert event_rows(store) == written
    assert len({row[0] for row in written}) > 100
