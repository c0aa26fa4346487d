"""A participants conflict as the analyst reads it (issue 16): one value per distinct claim, with every article
making it; the companions an article names with a person ('X and his family') are a field of its event mention,
stored, and shown as 'X with family' by the CLI, the web page and the JSON export, beside the names of the people.
Articles and names written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

import dossier
from dossier.export import export_json
from dossier.packs import load_pack
from dossier.resolve.events.conflicts import claims, named_with
from dossier.store import open_store
from tests.conftest import run_cli
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store
from tests.web.conftest import Server


def test_one_value_per_claim_with_every_article_making_it() -> None:
    told = [("edel", "b"), ("edel with family", "a"), ("edel", "c"), ("edel", "b")]
    assert claims(told) == [("edel", ["b", "c"]), ("edel with family", ["a"])]


def test_a_value_names_the_people_then_the_companions_the_article_names_with_them() -> None:
    assert named_with({"edel"}) == "edel"
    assert named_with({"koral", "edel"}, {"wife"}) == "edel, koral with wife"
    assert named_with({"edel"}, {"wife", "children"}) == "edel with children and wife"


def flight_corpus(folder: Path) -> Path:
    """Three reports of one flight: one names the ruler with his family, two name him alone."""
    folder.mkdir()
    write_text(folder, "a.txt", "Tomas Edel and his family fled to Port Alder on January 14, 2011, as "
               "the rebels entered the capital.", title="Ruler leaves", source="One Wire", published="2011-01-20")
    write_text(folder, "b.txt", "Tomas Edel fled to Port Alder on January 14, 2011, after weeks of "
               "protests in the north.", title="Edel gone", source="Other Post", published="2011-01-21")
    write_text(folder, "c.txt", "Tomas Edel fled to Port Alder on January 14, 2011, officials in the "
               "capital said.", title="Edel abroad", source="Third Daily", published="2011-01-22")
    return folder


def test_companions_are_stored_and_the_conflict_reads_as_the_articles_told_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("flight"), flight_corpus(tmp_path / "flight"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        stored = {(e.trigger, e.companions) for e in store.events.load_state().evidence if e.lemma == "flee"}
    finally:
        store.close()
    assert stored == {("fled", ("family",)), ("fled", ())}, "a field of the mention, not words of its trigger"

    with dossier.open(db) as d:
        (conflict,) = [c for c in d.conflicts() if c.field == "participants"]
        assert [(v.shown, len(v.articles)) for v in conflict.values] == [
            ("Tomas Edel", 2), ("Tomas Edel with family", 1)], "one value per claim"
        assert d.event(conflict.event).summary == "Tomas Edel flees to Port Alder", "a flight, to where they went"
        exported = export_json(d)
    (values,) = [c["values"] for c in exported["conflicts"] if c["field"] == "participants"]
    assert [(v["value"], v["shown"], len(v["articles"])) for v in values] == [
        ("tomas_edel", "Tomas Edel", 2), ("tomas_edel with family", "Tomas Edel with family", 1)]

    said = run_cli("conflicts", "--db", str(db))
    assert said.returncode == 0, said.stderr
    assert "Tomas Edel with family (One Wire)" in " ".join(said.stdout.split()), said.stdout
    timeline = run_cli("timeline", "--db", str(db))
    assert "Tomas Edel flees to Port Alder" in timeline.stdout, timeline.stdout

    server = Server(db)
    try:
        page = httpx.get(f"{server.url}/events/{conflict.event}", timeout=30).text
    finally:
        server.stop()
    assert "Tomas Edel with family" in page and "Tomas Edel flees to Port Alder" in page
