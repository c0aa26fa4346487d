"""Who a report is credited to ("according to Reuters") is stored with its event mention (never as a party),
comes back with the evidence through the query layer and the API, and the event page says it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

import dossier
from dossier.packs import load_pack
from dossier.store import open_store
from tests.helpers.stores import Location, build_store
from tests.web.conftest import Server

ARTICLE = """TITLE: Fuel for the coast
SOURCE: Harbour Ledger
PUBLISHED: 2025-03-04

Russia sent two shipments of fuel to Syria on 3 March 2025, according to Reuters.
"""


def test_a_reports_attribution_is_kept_returned_and_shown(tmp_path: Path,
                                                          new_db: Callable[[str], Location]) -> None:
    (tmp_path / "fuel.txt").write_text(ARTICLE, encoding="utf-8")
    db = build_store(new_db("attribution"), tmp_path / "fuel.txt", load_pack("syria-russia"))
    store = open_store(db, create=False)
    try:
        stored = [e for e in store.events.load_state().evidence if e.trigger == "sent"]
    finally:
        store.close()
    assert len(stored) == 1 and stored[0].attribution and not set(stored[0].attribution) & {
        *stored[0].actors, *stored[0].targets}, "credited, never a party"
    with dossier.open(db) as d:
        event = d.event(stored[0].event_id)
        assert [r.name for r in event.evidence[0].attribution] == ["Reuters"]
        assert event.evidence[0].to_dict()["attribution"] == list(stored[0].attribution)
    server = Server(db)
    try:
        page = httpx.get(f"{server.url}/events/{stored[0].event_id}", timeout=30).text
        shown = httpx.get(f"{server.url}/api/events/{stored[0].event_id}", timeout=30).json()
    finally:
        server.stop()
    assert "according to" in page and ">Reuters</a>" in page
    assert shown["evidence"][0]["attribution"] == list(stored[0].attribution)
