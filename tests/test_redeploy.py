"""Forces moved to a destination (extract/redeploy.py): leaving a place is a RETREAT there, moving forces to a
base or a region a MOBILIZE at that destination, and one sentence telling both holds the two facts. Sentences
written for these tests (another army, other bases)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.extract.redeploy import movement_words
from dossier.models import Modality, PartialDate
from dossier.packs import load_pack
from dossier.plover import EventType
from dossier.resolve.events import rules
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import Seen, events
from tests.helpers.stores import Location, build_store


def _of(found: list[Seen], kind: EventType) -> list[Seen]:
    return [e for e in found if e.type == kind]


def test_withdrawing_forces_from_one_place_to_a_base_is_a_withdrawal_and_a_redeployment() -> None:
    found = events("Dutch troops are withdrawing their armoured vehicles from Kandahar airport by plane "
                   "to the Camp Holland base.")
    retreat, = _of(found, EventType.RETREAT)
    mobilize, = _of(found, EventType.MOBILIZE)
    assert retreat.location is not None and "Kandahar" in retreat.location
    assert mobilize.location is not None and "Holland" in mobilize.location
    assert "Dutch troops" in retreat.actors and "Dutch troops" in mobilize.actors
    assert not any("Holland" in t for t in retreat.targets | mobilize.targets)  # where they go is no party


def test_an_expected_move_of_forces_to_a_side_s_base_is_that_side_s_planned_redeployment() -> None:
    found = events("Part of the contingent was expected to relocate to Italy's Sigonella air base in southern "
                   "Europe, while the rest would go back to Italy, an aide said.")
    mobilize, = _of(found, EventType.MOBILIZE)
    assert mobilize.modality == "future"  # a forecast by others, not a threat
    assert "Italy" in mobilize.actors  # the base's owner moves its own forces there
    assert mobilize.location is not None and "Sigonella" in mobilize.location
    assert not _of(found, EventType.THREATEN)


def test_going_home_to_a_state_is_no_redeployment() -> None:
    found = events("The remaining Belgian soldiers will return to Belgium next month.")
    assert not _of(found, EventType.MOBILIZE)


def test_moving_something_that_is_no_force_is_no_redeployment() -> None:
    assert not _of(events("Chile moved its embassy to the port of Valparaiso."), EventType.MOBILIZE)


def test_a_withdrawal_naming_no_destination_stays_one_retreat() -> None:
    found = events("Turkish troops withdrew their tanks from the border town on Monday.")
    assert [e.type for e in found] == [EventType.RETREAT]


def test_flying_forces_to_a_base_is_no_visit() -> None:
    found = events("The Dutch army flew its helicopters from Kandahar airport to Camp Holland.")
    assert [e.type for e in found] == [EventType.MOBILIZE]
    assert found[0].location == "Camp Holland"
    assert [e.type for e in events("Minister Jan Smit flew to Kabul.")] == [EventType.CONSULT], "people visit"


def test_a_planned_move_joins_the_move_made_at_the_same_named_place_and_not_other_shows_of_force() -> None:
    assert rules.planned_move_made(EventType.MOBILIZE, Modality.FUTURE, Modality.ASSERTED, None, True, True)
    assert not rules.planned_move_made(EventType.MOBILIZE, Modality.FUTURE, Modality.ASSERTED, None, False, True), \
        "another place, or none named"
    assert not rules.planned_move_made(EventType.MOBILIZE, Modality.FUTURE, Modality.ASSERTED,
                                       PartialDate(2024, 5, 1), True, True), "a plan for a date of its own"
    assert not rules.planned_move_made(EventType.CONSULT, Modality.FUTURE, Modality.ASSERTED, None, True, True)
    assert not rules.planned_move_made(EventType.MOBILIZE, Modality.HYPOTHETICAL, Modality.ASSERTED, None, True,
                                       True), "what may happen joins nothing"
    assert rules.same_movement(["redeploy"], {"redeploy", "withdraw"}, "redeploy")
    assert not rules.same_movement(["patrol"], {"redeploy"}, "redeploy")
    assert rules.same_movement(["patrol"], {"station"}, "redeploy")


def test_the_movement_words_are_data() -> None:
    verbs, movers, partitive = movement_words()
    assert {"move", "redeploy", "withdraw"} <= verbs
    assert {"troop", "equipment", "force"} <= movers
    assert "some" in partitive


def test_a_planned_move_and_the_move_reported_at_the_same_base_are_one_redeployment_apart_from_patrols(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Across articles, the redeployment to one named base by one side is one event, planned in one source and
    reported in the other; the withdrawal it follows and the side's patrols stay events of their own."""
    corpus = tmp_path / "move"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Dutch troops are withdrawing from Kandahar airport, three officials said on "
               "Monday.\n\nSome of the units were expected to relocate to the Netherlands' Camp Holland base in the "
               "south, while the rest would go home, one official said.", source="One Wire", published="2024-03-04")
    write_text(corpus, "b.txt", "Dutch troops are withdrawing their armoured vehicles from Kandahar airport by "
               "plane to the Camp Holland base, an officer said on Tuesday.\n\nThe Dutch army then began to "
               "conduct patrols in the area.", source="Other Post", published="2024-03-05")
    db = build_store(new_db("move"), corpus, load_pack("none"))
    rows = open_store(db, create=False).db.execute(
        "SELECT trigger, type, lemma, event_id FROM event_mentions ORDER BY n").fetchall()
    found = [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]
    moves = {e for _, kind, lemma, e in found if kind == "MOBILIZE" and lemma == "redeploy"}
    assert len(moves) == 1 and len([f for f in found if f[2] == "redeploy"]) == 2, found
    patrols = {e for _, kind, lemma, e in found if kind == "MOBILIZE" and lemma != "redeploy"}
    assert patrols and not patrols & moves, found
    retreats = {e for _, kind, _, e in found if kind == "RETREAT"}
    assert retreats and not retreats & moves, found
