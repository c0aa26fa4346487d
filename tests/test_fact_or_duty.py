"""Events that are no fact or take a wrong type (issue: precision without a pack): a duty named in the present
("has to be negotiated") is not done; a particle the parser hangs as an adverb ("pulled back") still makes the
verb's phrase; a capitalised crowd after a dateline still protests; tear gas and water cannon are repression,
not an armed attack. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_duty_in_the_present_is_not_done() -> None:
    found = events('"The border has to be settled between the two capitals," the Peruvian minister said.')
    assert all(e.modality != "asserted" for e in found), found
    found = events("Ecuador says Peru has to withdraw its troops from the river.")
    assert all(not (e.type == "RETREAT" and e.modality == "asserted") for e in found), found


def test_a_duty_in_the_past_was_done() -> None:
    found = events("Peru had to withdraw its troops from the river after the defeat.")
    assert [(e.type, e.modality) for e in found] == [("RETREAT", "asserted")]


def test_a_particle_taken_for_an_adverb_makes_the_phrase() -> None:
    found = events("Ecuadorian troops, who had been fighting beside the Peruvian army, pulled back towards the "
                   "border.")
    assert [e.type for e in found] == ["RETREAT"], found
    assert found[0].trigger == "pulled back"


def test_a_crowd_after_a_dateline_protests() -> None:
    found = events("QUITO (Andes Courier) - Crowds stormed the embassies of Peru and Chile in Quito on Monday.")
    assert [e.type for e in found] == ["PROTEST"], found


def test_tear_gas_and_water_cannon_are_repression() -> None:
    found = events("In Quito, police fired tear gas at the marchers.")
    assert [e.type for e in found] == ["COERCE"], found
    found = events("Riot police dispersed the students with water cannon on Friday.")
    assert [e.type for e in found] == ["COERCE"], found


def test_shells_fired_are_an_attack() -> None:
    found = events("Peruvian troops fired artillery shells at Ecuadorian border posts on Monday.")
    assert [e.type for e in found] == ["ASSAULT"], found
