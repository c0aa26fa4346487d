"""The type and modality of three common phrasings (PLOVER manual): a name given is no phone call, an armed party
forced out of a place is fought, and an event a party will join is no more done than the joining. Every sentence
here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_name_given_in_the_passive_is_no_call() -> None:
    assert events("The new bridge over the river, to be called the Friendship Crossing, opens in May.") == []
    assert events("The port at Ilo will be named the Bolivar Terminal.") == []


def test_a_name_with_a_preposition_in_it_asks_for_nothing() -> None:
    """'Called the X Route for Y' holds the words of a request ('call for'), but they are the name's."""
    assert events("The heart of the deal is a railway across northern Peru, to be called the Bolivar Line for "
                  "Trade and Friendship, which Lima will run.") == []
    assert events("Lima called the road the Route for Peace.") == []


def test_a_label_after_a_free_relative_is_no_call() -> None:
    found = events("Quito is to scrap what it calls its temporary levies on Peruvian fruit once prices fall.")
    assert all(e.type != "CONSULT" for e in found)


def test_a_call_made_stays_a_call() -> None:
    found = events("Chile's president called Peru's president on Sunday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    judged = events("Lima called the raid a grave provocation.")
    assert [e.type for e in judged] == ["ACCUSE"]


def test_an_armed_party_forced_out_of_a_place_is_fought() -> None:
    found = events("Peru forced the Shining Path rebels out of the province of Ayacucho in 1992.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert "Shining Path" in found[0].targets
    driven = events("Colombia drove the FARC guerrillas out from the hills above Cali.")
    assert [e.type for e in driven] == ["ASSAULT"]


def test_a_state_forcing_foreign_troops_out_expels_them_with_the_particle_split_or_not() -> None:
    split = events("Bolivia forced the Chilean troops out of the country in 2021.")
    whole = events("Bolivia forced out the Chilean troops in 2021.")
    assert [(e.type, e.mode) for e in split] == [("SANCTION", "expel")] == [(e.type, e.mode) for e in whole]


def test_an_event_a_party_will_take_part_in_is_to_come() -> None:
    coming = events("Peru will take part in the talks in Geneva next week.")
    assert [(e.type, e.modality) for e in coming] == [("CONSULT", "future")]
    past = events("Peru took part in the talks in Geneva last week.")
    assert [(e.type, e.modality) for e in past] == [("CONSULT", "asserted")]


def test_an_event_a_party_would_join_or_participate_in_shares_that_modality() -> None:
    joining = events("Ecuador will join in the talks in Lima next month.")
    assert [(e.type, e.modality) for e in joining] == [("CONSULT", "future")]
    maybe = events("Bolivia said it would participate in the summit in Quito.")
    assert [e.modality for e in maybe if e.type == "CONSULT"] == ["hypothetical"]


def test_a_deployment_announced_stays_a_deployment_to_come() -> None:
    """Forces to be sent threaten no one by being announced (PLOVER THREATEN is a threat of force or sanctions);
    an attack or a sanction announced stays a threat."""
    sent = events("Bolivia's defence minister said the three states would deploy a joint force of 3,000 soldiers "
                  "against the smugglers next month.")
    assert [(e.type, e.modality) for e in sent] == [("MOBILIZE", "future")]
    planned = events("Chile plans to deploy two battalions to its northern border.")
    assert [(e.type, e.modality) for e in planned] == [("MOBILIZE", "future")]
    assert [e.type for e in events("Peru said it would impose sanctions on Bolivia.")] == ["THREATEN"]
    assert [e.type for e in events("Peru said it would strike the rebel camps if attacked again.")] == ["THREATEN"]


def test_patrols_offered_to_help_keep_the_peace_are_a_promise_of_protection() -> None:
    found = events("The envoy said Peruvian police could resume patrols along the border to help keep the two "
                   "militias apart.")
    assert [(e.type, e.modality) for e in found] == [("AGREE", "asserted")]


def test_support_promised_for_a_state_s_sovereignty_is_support() -> None:
    assured = events("Kenya assured Uganda's president of Nairobi's support for Uganda's sovereignty.")
    assert [e.type for e in assured] == ["SUPPORT"]
    pledged = events("Peru pledged its full support for the unity of Bolivia.")
    assert [e.type for e in pledged] == ["SUPPORT"]
    assert [e.type for e in events("Brazil promised support for Paraguay's new roads.")] == ["AGREE"]


def test_ground_freed_from_an_armed_group_is_retaken_and_people_freed_are_released() -> None:
    town = events("The Colombian army liberated the town of Mocoa from the FARC in 2004.")
    assert [e.type for e in town] == ["ASSAULT"]
    capital = events("Peru's defence minister told the troops that the capital had been freed from the Shining Path.")
    assert [e.type for e in capital] == ["ASSAULT"]
    hostages = events("Chile liberated three Peruvian hostages held by the rebels.")
    assert [e.type for e in hostages] == ["RETREAT"]
