"""Events that are no fact or take a wrong type (issue: precision without a pack): a duty named in the present
("has to be negotiated") is not done; a particle the parser hangs as an adverb ("pulled back") still makes the
verb's phrase; a capitalised crowd after a dateline still protests; tear gas and water cannon are the use of
force PLOVER calls ASSAULT crowd-control. Every sentence here is written for these tests."""

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


def test_tear_gas_and_water_cannon_are_force_used_on_a_crowd() -> None:
    found = events("In Quito, police fired tear gas at the marchers.")
    assert [e.type for e in found] == ["ASSAULT"], found
    found = events("Riot police dispersed the students with water cannon on Friday.")
    assert [e.type for e in found] == ["ASSAULT"], found
    found = events("Riot police dispersed the students on Friday.")  # no weapon told: a restriction
    assert [e.type for e in found] == ["COERCE"], found


def test_shells_fired_are_an_attack() -> None:
    found = events("Peruvian troops fired artillery shells at Ecuadorian border posts on Monday.")
    assert [e.type for e in found] == ["ASSAULT"], found


def test_severing_ties_and_recalling_diplomats_is_one_rupture() -> None:
    found = events("Ecuador severed diplomatic relations with Peru on Friday and recalled its diplomats from Lima.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "discontinue")], found


def test_days_given_to_envoys_to_leave_expel_them() -> None:
    found = events("Ecuador gave the Peruvian ambassador three days to leave the country.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")], found
    assert all(e.type != "RETREAT" for e in found)


def test_days_given_to_a_party_to_withdraw_are_no_expulsion() -> None:
    found = events("Ecuador gave Peru three days to withdraw its troops.")
    assert all(e.type != "SANCTION" for e in found), found


def test_cooperation_ended_is_a_sanction() -> None:
    found = events("Ecuador has ended all development cooperation with Peru.")
    assert [e.type for e in found] == ["SANCTION"], found
    assert found[0].actors == {"Ecuador"} and found[0].targets == {"Peru"}


def test_an_end_told_as_a_later_act_stays_apart() -> None:
    found = events("Ecuador broke off relations with Peru in May and has since ended all Peruvian development "
                   "cooperation.")
    assert [e.type for e in found] == ["SANCTION", "SANCTION"], found


def test_what_forces_are_there_for_is_not_done() -> None:
    found = events("Quito says its soldiers are there to protect the border from the smugglers.")
    assert all(e.modality != "asserted" for e in found if e.type == "AID"), found


def test_soldiers_crossing_back_withdraw() -> None:
    found = events("Ecuadorian soldiers who had held the bridge crossed back over the river into their own country.")
    assert [e.type for e in found] == ["RETREAT"], found
    assert found[0].trigger == "crossed back"


def test_deals_signed_with_a_former_government_are_described() -> None:
    found = events("Quito will review every contract signed with the former government.")
    assert all(e.type != "SUPPORT" for e in found), found
    found = events("Quito said it would honour the deals signed with Lima.")
    assert any(e.type == "SUPPORT" and e.targets == {"Lima"} for e in found), found
