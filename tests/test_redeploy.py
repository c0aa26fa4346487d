"""Forces moved to a destination (extract/redeploy.py): leaving a place is a RETREAT there, moving forces to a
base or a region a MOBILIZE at that destination, and one sentence telling both holds the two facts. Sentences
written for these tests (another army, other bases)."""

from __future__ import annotations

from dossier.extract.redeploy import movement_words
from dossier.plover import EventType
from tests.helpers.pipeline import Seen, events


def _of(found: list[Seen], kind: EventType) -> list[Seen]:
    return [e for e in found if e.type == kind]


def test_withdrawing_forces_from_one_place_to_a_base_is_a_withdrawal_and_a_redeployment() -> None:
    found = events("Dutch troops are withdrawing their armoured vehicles from Kandahar airfield by air "
                   "to the Camp Holland base.")
    retreat, = _of(found, EventType.RETREAT)
    mobilize, = _of(found, EventType.MOBILIZE)
    assert retreat.location is not None and "Kandahar" in retreat.location
    assert mobilize.location is not None and "Holland" in mobilize.location
    assert "Dutch troops" in retreat.actors and "Dutch troops" in mobilize.actors
    assert not any("Holland" in t for t in retreat.targets | mobilize.targets)  # where they go is no party


def test_an_expected_move_of_forces_to_a_side_s_base_is_that_side_s_planned_redeployment() -> None:
    found = events("Some of the soldiers were expected to move to Italy's Sigonella air base in southern "
                   "Europe, while others would go back to Italy, an aide said.")
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


def test_the_movement_words_are_data() -> None:
    verbs, movers, partitive = movement_words()
    assert {"move", "redeploy", "withdraw"} <= verbs
    assert {"troop", "equipment", "force"} <= movers
    assert "some" in partitive
