"""Following a story: a later ingest resumes from the store, so what resolution needs again of an article and its
mentions is stored (migration 0016: a mention's past perfect, ordinal, joining and occasion; an article's first
time), and articles ingested in batches give what one ingest of the same articles in the same order gives. Events
PLOVER does not type are stored with type NULL (migration 0017). Sentences are made up for these tests; the stories
are the development stories (tests/data)."""

from __future__ import annotations

import dataclasses
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dossier.export import export_json
from dossier.ingest import ingest
from dossier.packs import load_pack
from dossier.pipeline import process_pending
from dossier.pipeline.run import Kept, load_resolver
from dossier.resolve.entities import Entity
from dossier.resolve.events import EventResolver
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store

DATA = Path(__file__).resolve().parent / "data"


def told(folder: Path) -> Path:
    folder.mkdir()
    write_text(folder, "a.txt", "On Monday the foreign ministers of Norvia and Lornland met in Vellport. During the "
               "meeting, Piet Maren signed a grain accord. Russia had sent troops to Norvia in 2019. Lornland "
               "recalled its ambassador after the second visit by Piet Maren to Norvia.",
               title="Ministers meet", source="One Wire", published="2024-05-08")
    write_text(folder, "b.txt", "President Maria Lopez named Carlos Mendez prime minister on March 3, 2024.",
               title="A new premier", source="Other Post", published="2024-03-04")
    return folder


def fields(resolver: EventResolver) -> dict[tuple[str, int], dict[str, Any]]:
    return {(a, item.n): {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
            for a, items in resolver.by_article.items() for item in items}


def test_a_later_run_loads_what_the_run_before_it_held(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Every evidence field, every article's first time and every event as the run that wrote them held them."""
    db = new_db("held")
    store = open_store(db)
    try:
        ingest([told(tmp_path / "told")], store)
        keep = Kept(window_days=None)
        process_pending(store, load_pack("none"), keep=keep)
        assert keep.resolver is not None
        again = load_resolver(store, load_pack("none"))
        held, loaded = keep.resolver.events, again.events
        names = {e.id: (e.name, dict(e.aliases)) for e in keep.resolver.actors.entities.values() if e.mentions}
        names_again = {e.id: (e.name, dict(e.aliases)) for e in again.actors.entities.values() if e.mentions}
    finally:
        store.close()
    assert names == names_again
    assert fields(held) == fields(loaded)
    assert held.state.leads == loaded.state.leads and len(loaded.state.leads) == 2
    assert {e.id: (e.date, e.type, e.kind) for e in held.events.values()} == \
        {e.id: (e.date, e.type, e.kind) for e in loaded.events.values()}
    items = [i for items in loaded.by_article.values() for i in items]
    assert any(i.earlier for i in items), "'had sent'"
    assert any(i.ordinal == 2 for i in items), "'the second visit'"
    assert any(i.occasion is not None for i in items), "'during the meeting'"


def test_an_entity_keeps_the_names_no_text_wrote_alone() -> None:
    """Made as 'Norvian military' from a mention 'Norvian troops': the store writes only the written forms, and
    the entity read back is found by its name as before."""
    entity = Entity("norvian_military", aliases=Counter({"Norvian military": 0, "Norvian troops": 1}), mentions=1)
    written = {alias: n for alias, n in entity.aliases.items() if n > 0}
    again = Entity.from_state(entity.id, json.loads(json.dumps(entity.state())), written, mentions=1, articles=1,
                              pack_id=None, wikidata=None, denotes=None)
    assert again.aliases == entity.aliases and again.name == entity.name == "Norvian troops"


def test_an_act_plover_does_not_type_is_stored_with_no_type(tmp_path: Path,
                                                             new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("acts"), told(tmp_path / "acts"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        rows = [tuple(r) for r in store.db.execute(
            "SELECT (SELECT count(*) FROM events WHERE type IS NULL), (SELECT count(*) FROM events WHERE type = ''),"
            " (SELECT count(*) FROM event_mentions WHERE type IS NULL),"
            " (SELECT count(*) FROM event_mentions WHERE type = '')")]
        (appointment,) = [e for e in export_json(store)["events"] if e["kind"] == "appointment"]
    finally:
        store.close()
    assert rows == [(1, 0, 1, 0)]
    assert appointment["type"] is None


def test_a_store_holding_empty_types_has_them_made_null(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Migration 0017 on a store as 0015 wrote it ('' for no type): the rows, their parties, conflicts and issues
    stay; what the store exports is unchanged."""
    db = build_store(new_db("older"), told(tmp_path / "older"), load_pack("none"))
    store = open_store(db, create=False)
    counts = ("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions),"
              " (SELECT count(*) FROM event_entities), (SELECT count(*) FROM event_mention_parties),"
              " (SELECT count(*) FROM event_issues), (SELECT count(*) FROM conflicts)")
    try:
        before = export_json(store)
        held = tuple(store.db.execute(counts).fetchone())
        with store.transaction():
            store.db.execute("UPDATE events SET type = '' WHERE type IS NULL")
            store.db.execute("UPDATE event_mentions SET type = '' WHERE type IS NULL")
            store.db.execute("DELETE FROM schema_migrations WHERE version = 17")
    finally:
        store.close()
    store = open_store(db, create=False)
    try:
        assert 17 in store.applied_versions()
        assert tuple(store.db.execute(counts).fetchone()) == held
        assert store.db.execute("SELECT count(*) FROM events WHERE type = ''").fetchone()[0] == 0
        assert json.dumps(export_json(store), sort_keys=True) == json.dumps(before, sort_keys=True)
    finally:
        store.close()


# --- a story in batches -------------------------------------------------------------------------------------------


def outcome(db: Location) -> tuple[dict[frozenset[tuple[str, str, str]], tuple[Any, ...]], set[tuple[Any, ...]]]:
    """Events keyed by their evidence (article, sentence, trigger): type, kind, date, modality; and conflicts."""
    store = open_store(db, create=False)
    try:
        data = export_json(store)
    finally:
        store.close()
    events, by_id = {}, {}
    for e in data["events"]:
        key = frozenset((x["article"], x["sentence"], x["trigger"]) for x in e["evidence"])
        events[key] = (e["type"], e["kind"], e["date"], e["modality"], tuple(e["actors"]), tuple(e["targets"]))
        by_id[e["id"]] = key
    conflicts = {(by_id[c["event"]], c["field"], json.dumps(c["values"], sort_keys=True)) for c in data["conflicts"]}
    return events, conflicts


def run(db: Location, batches: list[list[Path]]) -> Location:
    store = open_store(db)
    try:
        for batch in batches:
            ingest(batch, store)
            report = process_pending(store, load_pack("none"))
            assert not report.failed and not report.interrupted
    finally:
        store.close()
    return db


@pytest.mark.parametrize(("story", "seed", "parts"), [("third_story", 2, 2), ("fifth_story", 1, 3)])
def test_a_story_ingested_in_batches_is_the_story_ingested_at_once(story: str, seed: int, parts: int,
                                                                   new_db: Callable[[str], Location]) -> None:
    """Ingests in batches, each resuming from the store, against one of the same articles in the same order
    (orders that differed while the occasion a mention names, and an entity's name no text wrote alone, were
    held only in memory: a second entity of one name was made, and a killing joined another attack)."""
    files = sorted((DATA / story / "articles").iterdir())
    random.Random(seed).shuffle(files)
    size = -(-len(files) // parts)
    once = outcome(run(new_db(f"{story}_once"), [files]))
    batched = outcome(run(new_db(f"{story}_batched"), [files[i:i + size] for i in range(0, len(files), size)]))
    assert batched[0] == once[0]
    assert batched[1] == once[1]
