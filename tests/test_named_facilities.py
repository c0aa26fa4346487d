"""Buildings and sites named by a word of their kind ("Unity Stadium", "Liberty Monument") and a field of oil or
gas after a name ("the Vale oil field") are facilities, whatever the tagger said. Sentences written for these
tests."""

from __future__ import annotations

from dossier.extract.actors import named_facility
from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def _types(text: str) -> dict[str, EntityType]:
    return {m.name: m.type for m in extraction(text, pack_name="none").mentions}


def test_a_name_ending_in_the_word_of_a_building_or_site_is_a_facility() -> None:
    assert all(named_facility(name) for name in ("Liberty Monument", "Unity Stadium", "Freedom Square",
                                                 "Golden Temple", "Al-Nour Mosque"))
    assert not any(named_facility(name) for name in ("Square", "Monument", "Ministry of Defence", "Central Bank",
                                                     "Orthodox Church", "Oval Office", "the square"))


def test_the_tagger_s_label_gives_way_to_the_facility_word() -> None:
    assert _types("Thousands marched to Liberty Monument in Harare on Sunday.")["Liberty Monument"] \
        is EntityType.FACILITY


def test_an_oil_field_after_a_name_is_that_facility_named_without_its_noun() -> None:
    found = [m for m in extraction("Fighters seized the Rumaila oil field on Friday.", pack_name="none").mentions
             if m.name == "Rumaila"]
    assert [(m.type, m.text) for m in found] == [(EntityType.FACILITY, "the Rumaila oil field")]
