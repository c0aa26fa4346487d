"""The type of the act, not of a neighbouring clause, and refusal kept (PLOVER manual): approving an agreement,
declaring one void, a law that voids it, recognition withdrawn, a cargo flight, a diplomatic protest. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_approving_an_agreement_ratifies_it() -> None:
    found = events("Peru's congress approved a four-year fisheries agreement with Ecuador on Tuesday.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_a_body_meeting_to_void_an_accord_rejects_it() -> None:
    found = events("Chile's cabinet met in Santiago on Friday and declared the accord null and void.")
    assert [(e.type, e.time) for e in found] == [("REJECT", "Friday")]


def test_leaders_meeting_each_other_stay_a_meeting_beside_their_pledge() -> None:
    found = events("The presidents of Chile and Peru met in Lima and pledged to defend Bolivia's unity.")
    assert sorted(e.type for e in found) == ["CONSULT", "SUPPORT"]


def test_a_pledge_to_uphold_sovereignty_is_support_and_other_pledges_stay_promises() -> None:
    assert [e.type for e in events("Peru vowed to respect the sovereignty of Ecuador.")] == ["SUPPORT"]
    assert [e.type for e in events("Chile pledged to send troops to Peru.")] == ["AGREE"]


def test_authorising_a_mission_approves_it_and_authorising_people_to_act_permits() -> None:
    assert [e.type for e in events("The Security Council authorised the mission on 3 March.")] == ["SUPPORT"]
    assert [e.type for e in events("Kenya authorised the students to hold a rally.")] == ["CONCEDE"]


def test_what_a_signed_law_does_is_done_by_its_signer() -> None:
    found = events("Kenya's president signed a law on Saturday that declares the accord between Chile and Peru "
                   "null and void.")
    assert [e.type for e in found] == ["REJECT"]
    assert found[0].actors == {"Kenya"} and found[0].targets == {"Chile", "Peru"}


def test_recognition_no_longer_given_is_withdrawn() -> None:
    found = events("The region of Jubaland said it no longer recognised the government in Nairobi.")
    assert [(e.type, e.mode, e.modality) for e in found] == [("SANCTION", "discontinue", "asserted")]


def test_recognition_refused_stays_a_rejection() -> None:
    assert [e.type for e in events("Quito said it did not recognise the new council.")] == ["REJECT"]


def test_a_cargo_plane_landing_is_a_delivery_not_a_visit() -> None:
    assert [e.type for e in events("A Chilean cargo plane landed at Lima airport on Sunday.")] == ["AID"]
    loaded = events("Two Peruvian transport aircraft carrying rifles landed at Quito airport on Monday.")
    assert [e.type for e in loaded] == ["AID"]


def test_planes_unloading_goods_on_arrival_bring_a_delivery() -> None:
    """The load told by what the craft did once there, in a clause of its own or after a relative clause of
    arriving (an invented aid flight); troops unloaded stay a move of forces, and a delegation that lands a
    visit."""
    after = events("Two Turkish planes landed in Juba on Monday and unloaded rifles and ammunition.")
    assert [e.type for e in after] == ["AID"]
    relative = events("In March, Peru signed a defence pact with Chile, and two Peruvian planes that landed in "
                      "Santiago on 9 March unloaded rifles and ammunition.")
    assert sorted(e.type for e in relative) == ["AID", "SUPPORT"]
    assert "AID" not in [e.type for e in events("Two Peruvian planes that landed in Santiago on 9 March unloaded "
                                                 "troops.")]
    assert [e.type for e in events("A Kenyan delegation landed in Juba on Monday.")] == ["CONSULT"]


def test_military_instructors_arriving_are_military_aid() -> None:
    assert [e.type for e in events("Russian military instructors arrived in Quito in April.")] == ["AID"]


def test_aircraft_carrying_troops_and_a_minister_landing_are_no_delivery() -> None:
    troops = events("Two Chilean aircraft carrying troops landed at Lima airport on Sunday.")
    assert "AID" not in {e.type for e in troops}
    visit = events("Bolivia's foreign minister, Ana Rojas, landed in Lima on Sunday.")
    assert "AID" not in {e.type for e in visit}


def test_a_protest_made_to_a_party_is_a_complaint() -> None:
    found = events("Uganda protested to Kenya over the arrests.")
    assert [(e.type, e.targets) for e in found] == [("ACCUSE", {"Kenya"})]


def test_a_pact_said_to_bind_nobody_is_refused_by_them() -> None:
    found = events('"Bolivia took no part in the talks in Lima, and nothing agreed there binds us," Arce said.')
    assert [e.type for e in found] == ["REJECT"]
    assert "AGREE" not in {e.type for e in found}


def test_the_in_protest_of_an_act_is_no_event_of_its_own() -> None:
    found = events("Chile recalled its ambassador from Lima in protest at the arrests.")
    assert [e.type for e in found] == ["SANCTION"]


def test_an_act_with_its_own_phrase_after_a_clause_is_no_report_of_it() -> None:
    found = events("Last month the rebels signed a charter in Lima; Chile recalled its ambassador from Lima in "
                   "protest.")
    assert ("SANCTION", "withdraw") in {(e.type, e.mode) for e in found}
    assert "PROTEST" not in {e.type for e in found}


def test_another_states_forces_told_to_leave_are_expelled() -> None:
    ordered = events("Peru ordered the 800 Chilean troops to leave the country.")
    assert [(e.type, e.mode) for e in ordered] == [("SANCTION", "expel")]
    asked = events("Bolivia asked Chilean special forces to leave the country last year.")
    assert [(e.type, e.mode) for e in asked] == [("SANCTION", "expel")]
    assert [e.type for e in events("Peru ordered the troops to leave the town.")] == ["REQUEST"]
