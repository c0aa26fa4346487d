"""Non-state armed groups known by name (lexicon armed_groups.yaml) are groups whatever the tagger said, with the
acronym an article spells out for one; a name ending in a word for an armed group is one. Sentences written for
these tests."""

from __future__ import annotations

from dossier.extract.actors import known_armed_group
from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def _types(text: str) -> dict[str, EntityType]:
    return {m.name: m.type for m in extraction(text, pack_name="none").mentions}


def test_names_are_known_however_spelt() -> None:
    assert all(known_armed_group(name) for name in ("al-Shabaab", "Al Shabab", "the Taliban", "Hizbollah",
                                                    "HAMAS", "Boko Haram", "Islamic State"))
    assert not any(known_armed_group(name) for name in ("Hamasa", "Islamic Relief", "State", "Al", "the"))


def test_a_known_group_alone_is_a_group_not_a_person_or_a_body() -> None:
    assert _types("Al-Shabaab said its fighters had shelled the base near Baidoa.")["Al-Shabaab"] is EntityType.GROUP
    assert _types("On Monday Hezbollah fired rockets at two army posts.")["Hezbollah"] is EntityType.GROUP
    assert _types("Boko Haram kidnapped forty pupils from a school in Borno.")["Boko Haram"] is EntityType.GROUP


def test_the_acronym_an_article_spells_out_for_a_known_group_is_that_group() -> None:
    found = _types("The Islamic State West Africa Province (ISWAP) raided Monguno. ISWAP later withdrew.")
    assert found["ISWAP"] is EntityType.GROUP
    other = _types("Medecins Sans Frontieres (MSF) said its clinic in Monguno was closed.")
    assert other.get("MSF") is not EntityType.GROUP


def test_a_surname_shared_with_a_group_stays_the_person() -> None:
    found = _types("Trade Minister Anna Wagner met her Chilean counterpart. Wagner said the talks went well.")
    assert found["Wagner"] is EntityType.PERSON


def test_a_name_written_with_a_word_for_an_armed_group_is_a_group() -> None:
    found = _types("The government ended its support for the Ngoma Front militia last year.")
    assert found["Ngoma Front"] is EntityType.GROUP
    assert _types("The Ruzizi Liberation Movement militia looted the market.")["Ruzizi Liberation Movement militia"] \
        is EntityType.GROUP  # the tagger's span holds the word
    assert _types("The Ngoma Trading Company said its depot was looted.")["Ngoma Trading Company"] is EntityType.ORG
