"""Who did an act, told by two outlets as lists of states that differ (resolve/events/conflicts.py,
`rules.lists_disagree`): a participants conflict, as for people named differently; a shorter mention names no
list and omits. Sentences and states chosen for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.export import export_json
from dossier.packs import load_pack
from dossier.resolve.events import rules
from dossier.resolve.events.settings import DEFAULT
from dossier.store import open_reader
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store

FOUR = frozenset({"norway", "japan", "brazil", "kenya"})
THREE = frozenset({"norway", "japan", "kenya"})


def test_two_lists_of_the_states_acting_that_differ_disagree() -> None:
    least = DEFAULT.listed_states
    assert rules.lists_disagree([FOUR, THREE], least), "one list leaves a state out"
    assert rules.lists_disagree([THREE, frozenset({"norway", "japan", "chile"})], least), "another member"
    assert not rules.lists_disagree([FOUR, FOUR], least), "the same list twice"
    assert not rules.lists_disagree([FOUR, frozenset({"norway", "kenya"})], least), "two states: no list, omits"
    assert not rules.lists_disagree([FOUR, frozenset({"japan"})], least), "one side's own report"
    assert not rules.lists_disagree([FOUR], least), "one article"


def _truce_calls(folder: Path, second: str) -> Path:
    folder.mkdir()
    write_text(folder, "a.txt", "Norway, Japan, Brazil and Kenya called on Friday for a three-month truce in "
               "Yemen, to be followed by talks.", title="Truce call", source="First Wire", published="2025-04-12")
    write_text(folder, "b.txt", second, title="Truce plan", source="Second Post", published="2025-06-20")
    return folder


def _participants(db: Location) -> list[list[str]]:
    exported = export_json(open_reader(db))
    calls = [e for e in exported["events"] if e["type"] == "REQUEST"]
    assert len(calls) == 1 and len({ev["article"] for ev in calls[0]["evidence"]}) == 2, "one call, two outlets"
    return [[v["value"] for v in c["values"]] for c in exported["conflicts"] if c["field"] == "participants"]


def test_outlets_listing_different_states_behind_one_call_are_a_participants_conflict(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = _truce_calls(tmp_path / "three", "Norway, Japan and Kenya called on 11 April for a three-month truce "
                          "in Yemen, diplomats recalled on Thursday.")
    db = build_store(new_db("three"), corpus, load_pack("none"))
    assert _participants(db) == [["brazil, japan, kenya, norway", "japan, kenya, norway"]]


def test_an_outlet_naming_two_of_the_states_omits_the_others(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = _truce_calls(tmp_path / "two", "Norway and Kenya called on 11 April for a three-month truce in Yemen, "
                          "diplomats recalled on Thursday.")
    db = build_store(new_db("two"), corpus, load_pack("none"))
    assert _participants(db) == []
