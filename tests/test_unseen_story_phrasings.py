"""Phrasings met when Dossier was tried on another story with no pack: who acts in an infinitive another verb
governs, and verbs of seizing territory the field's dictionary lacks. Every sentence is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_who_is_made_to_act_is_the_actor_of_the_act() -> None:
    """Object control: in 'X prompted Y to flee', Y flees; 'X promised Y to ...' stays X's promise."""
    found = events("Karim Benali's militia took the port of Sirte in May, prompting Ghanaians to flee to Togo.")
    fled = [e for e in found if e.type == "RETREAT"]
    assert len(fled) == 1 and fled[0].actors == {"Ghanaians"}
    promised = events("Omar Haddad promised Karim Benali to deliver wheat.")
    assert [(e.type, e.actors) for e in promised] == [("AGREE", {"Omar Haddad"})]


def test_retaking_territory_is_taking_it() -> None:
    found = events("Ghanaian troops retook the port of Sirte on Monday.")
    assert [e.type for e in found] == ["COERCE"]
