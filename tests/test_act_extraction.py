"""The words that tell a political act PLOVER does not type (lexicon/acts.yaml, extract/acts.py), and such acts
end to end: stored with their kind, exported with a null type, listed by kind. Names and sentences are made up
for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.export import export_json
from dossier.models import Modality
from dossier.packs import load_pack
from dossier.query import Dossier
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import Location, build_store

# --- extraction: the words that tell an act ---------------------------------------------------------------------


def kinds_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.type, e.kind) for e in extraction(text).events]


def test_a_verb_of_appointing_that_names_the_post_is_an_appointment() -> None:
    found = extraction("President Maria Lopez named Carlos Mendez prime minister on Tuesday.")
    (event,) = found.events
    assert (event.type, event.kind) == (None, "appointment")
    assert [found.mentions[i].name for i in event.actors] == ["Maria Lopez"]
    assert [found.mentions[i].name for i in event.targets] == ["Carlos Mendez"]
    assert kinds_of("The council appointed Carlos Mendez as foreign minister.") == [(None, "appointment")]
    assert kinds_of("Maria Lopez was elected president of Peru in November.") == [(None, "election")]


def test_a_verb_of_appointing_that_names_no_post_or_stands_as_a_title_is_none() -> None:
    assert kinds_of("Vladimir Putin named the bridge after his father.") == []
    assert all(kind is None for _, kind in kinds_of("The newly appointed envoy met Vladimir Putin in Moscow."))


def test_taking_office_is_done_by_the_one_who_takes_it() -> None:
    found = extraction("Carlos Mendez was sworn in as president on Thursday.")
    (event,) = found.events
    assert event.kind == "inauguration" and [found.mentions[i].name for i in event.actors] == ["Carlos Mendez"]
    assert kinds_of("Carlos Mendez took the oath of office in Lima.") == [(None, "inauguration")]


def test_proclaiming_oneself_or_a_state_and_forming_a_government_are_acts() -> None:
    assert kinds_of("Carlos Mendez appeared on television and declared himself head of a new council.") == [
        (None, "proclamation")]
    assert kinds_of("Kosovo declared independence from Serbia in 2008.") == [(None, "independence")]
    assert kinds_of("A coalition led by the SLA announced on Saturday a presidential council headed by Carlos "
                    "Mendez.") == [(None, "government formation")]
    found = extraction("Carlos Mendez announced that his movement would form its own government.")
    (event,) = found.events
    assert (event.kind, event.modality) == ("government formation", Modality.FUTURE)
    assert [found.mentions[i].name for i in event.actors] == ["Carlos Mendez"], "the body formed is no party"


def test_what_our_lexicon_types_keeps_its_type() -> None:
    assert ("RETREAT", None) in kinds_of("Carlos Mendez resigned as defence minister on Monday.")
    assert ("COERCE", None) in kinds_of("The army seized power in Niger in July.")


# --- the store, the export and the timeline -----------------------------------------------------------------------


def appointments(folder: Path) -> Path:
    folder.mkdir()
    write_text(folder, "a.txt", "President Maria Lopez named Carlos Mendez prime minister on March 3, 2024.",
               title="A new premier", source="One Wire", published="2024-03-04")
    write_text(folder, "b.txt", "Maria Lopez appointed Carlos Mendez as prime minister on March 3, 2024. "
               "Carlos Mendez was sworn in on March 5, 2024.", title="Mendez in office", source="Other Post",
               published="2024-03-06")
    return folder


def test_an_act_is_stored_exported_and_listed_by_its_kind(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("acts"), appointments(tmp_path / "acts"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        events = export_json(store)["events"]
        named = Dossier(store).timeline(type="appointment", undated=True)
        evidence = store.events.load_state().evidence
    finally:
        store.close()
    acts_exported = {e["kind"]: e for e in events if e["type"] is None}
    assert set(acts_exported) == {"appointment", "inauguration"}
    assert len(acts_exported["appointment"]["evidence"]) == 2, "one appointment told by both articles"
    assert acts_exported["appointment"]["summary"] == "Maria Lopez appoints Carlos Mendez"
    assert acts_exported["inauguration"]["summary"] == "Carlos Mendez is sworn in"
    assert all(e["kind"] is None for e in events if e["type"] is not None)
    assert [e.kind for e in named] == ["appointment"] and named[0].label == "appointment"
    assert {e.kind for e in evidence} == {"appointment", "inauguration"}


def test_a_store_from_before_acts_were_kept_opens(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Migration 0015 adds the kind columns and fills nothing: an older store's events are all typed."""
    db = build_store(new_db("older"), appointments(tmp_path / "older"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        with store.transaction():
            store.db.execute("DELETE FROM events WHERE type IS NULL")
            store.db.execute("DELETE FROM event_mentions WHERE type IS NULL")
            store.db.execute("ALTER TABLE events DROP COLUMN kind")
            store.db.execute("ALTER TABLE event_mentions DROP COLUMN kind")
            store.db.execute("DELETE FROM schema_migrations WHERE version = 15")
    finally:
        store.close()
    store = open_store(db, create=False)
    try:
        assert 15 in store.applied_versions()
        assert {e.kind for e in store.events.load_state().evidence} <= {None}
        assert all(e["kind"] is None for e in export_json(store)["events"])
    finally:
        store.close()


def test_an_undated_act_told_after_the_days_news_is_of_that_day(tmp_path: Path,
                                                                 new_db: Callable[[str], Location]) -> None:
    """'On Saturday the council met in Lima. Carlos Mendez was named its deputy head.': the appointment, told
    with no date of its own, continues the story of the day told before it."""
    folder = tmp_path / "story"
    folder.mkdir()
    write_text(folder, "a.txt", "Maria Lopez met Vladimir Putin in Lima on Saturday, March 2, 2024. Carlos Mendez "
               "was named deputy head of the council.", title="Council formed", source="One Wire",
               published="2024-03-04")
    db = build_store(new_db("story"), folder, load_pack("none"))
    store = open_store(db, create=False)
    try:
        events = export_json(store)["events"]
    finally:
        store.close()
    (appointment,) = [e for e in events if e["kind"] == "appointment"]
    assert appointment["date"] == "2024-03-02"


def test_an_act_makes_no_other_fact_of_its_sentence_background() -> None:
    """A clause that would be an aside beside a fact stays a fact beside an act PLOVER does not type."""
    found = kinds_of("The same week the FDLR overran the camp and Mendez announced that his movement would "
                     "form its own government.")
    assert found == [("ASSAULT", None), (None, "government formation")]


def test_the_pages_and_the_cli_show_an_act_by_its_kind(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    from dossier.web import create_app
    from tests.web.test_app import in_process

    db = build_store(new_db("pages"), appointments(tmp_path / "pages"), load_pack("none"))
    store = open_store(db, create=False)
    try:
        (event_id,) = [e.id for e in Dossier(store).timeline(type="appointment", undated=True)]
    finally:
        store.close()
    with in_process(create_app(db)) as client:
        timeline = client.get("/timeline")
        page = client.get(f"/events/{event_id}")
        listed = client.get("/api/timeline", params={"type": "inauguration"}).json()
    assert timeline.status_code == 200 and "t-act" in timeline.text and ">appointment<" in timeline.text
    assert page.status_code == 200 and "Maria Lopez appoints Carlos Mendez" in page.text
    assert [e["kind"] for e in listed] == ["inauguration"] and listed[0]["type"] is None
