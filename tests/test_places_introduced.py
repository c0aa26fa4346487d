"""A name the text introduces as a place, by a noun of places beside it, is a place whatever the tagger said
(extract/actors.py, `introduced_as_place`). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def types_of(text: str) -> dict[str, EntityType]:
    return {m.name: m.type for m in extraction(text, pack_name="none").mentions}


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels shelled Wad Tamir, the capital of Upper Nile state, on Friday.", "Wad Tamir"),
    ("Drones struck Um Kadada, the largest town in the region, twice this week.", "Um Kadada"),
    ("Government troops retook the town of Abu Karinka on Sunday.", "Abu Karinka"),
    ("Fighters entered the city of Kutum before dawn.", "Kutum"),
])
def test_a_name_introduced_by_a_noun_of_places_is_a_place(text: str, place: str) -> None:
    assert types_of(text)[place] is EntityType.PLACE


def test_a_person_beside_a_place_noun_of_another_phrase_stays_a_person() -> None:
    found = types_of("Amina Odhiambo, the governor, visited the city of Kisumu on Monday.")
    assert found["Amina Odhiambo"] is EntityType.PERSON
    assert found["Kisumu"] is EntityType.PLACE
