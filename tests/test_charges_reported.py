"""Reported acts. A speaker who reports that another party broke a pact or failed to do what it should
charges that party (PLOVER ACCUSE), one event, whose target is the party; a failure denied, told of a thing or
owned up to is no charge, and a reply ("answered that ...") is a statement like "said that ...". A teller of
another state's act is not one of its actors. Working with a party cooperates, standing with it supports. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_pact_said_broken_is_a_charge_against_who_broke_it() -> None:
    found = events("Peru said on Monday that Chile and Bolivia had broken the truce first.")
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "said")]
    assert found[0].actors == {"Peru"} and found[0].targets == {"Chile", "Bolivia"}


def test_a_violation_reported_is_one_charge_not_a_fight() -> None:
    found = events("Peru said Chile had violated the ceasefire.")
    assert [e.type for e in found] == ["ACCUSE"]
    assert found[0].actors == {"Peru"} and found[0].targets == {"Chile"}


def test_a_party_said_to_have_failed_is_charged() -> None:
    found = events("Elena Duarte said the alliance had failed to defend the border.")
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "said")]
    assert found[0].actors == {"Elena Duarte"}


def test_no_charge_for_a_thing_a_denial_or_an_admission() -> None:
    assert events("Peru said the talks had failed to produce a deal.") == []
    assert "ACCUSE" not in [e.type for e in events("Peru said Chile had not broken the truce.")]
    assert "ACCUSE" not in [e.type for e in events("Peru said it had failed to halt the smuggling.")]
    assert "ACCUSE" not in [e.type for e in events("Peru said Chile had broken off relations.")]


def test_a_reply_is_a_statement() -> None:
    found = events("Peru replied that Chile had violated the ceasefire.")
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "replied")]
    assert [e.type for e in events("Lima answered by expelling two Chilean diplomats.")] == ["SANCTION"]


def test_who_tells_of_another_states_act_is_not_its_actor() -> None:
    found = events("Chile said on Monday that Peru had seized the port of Arica.")
    assert [e.type for e in found] == ["ASSAULT"]  # a port taken is ground taken by force
    assert found[0].actors == {"Peru"}  # Chile is the source, not a doer


def test_who_tells_of_its_own_states_act_stays_one_of_its_actors() -> None:
    found = events("Lima said Peruvian troops had withdrawn from Tumbes.")
    assert "Lima" in found[0].actors
    found = events("Elena Duarte said Peru had seized the port of Arica.")  # a teller of no known state
    assert found[0].actors == {"Elena Duarte", "Peru"}


def test_working_with_a_party_is_cooperation_and_standing_with_it_support() -> None:
    assert [(e.type, e.actors, e.targets) for e in events("Peru worked with Chile on border security.")] == \
        [("COOPERATE", {"Peru"}, {"Chile"})]
    found = events("Peru said it was ready to work with Chile.")  # a promise of cooperation
    assert [(e.type, e.actors, e.targets) for e in found] == [("AGREE", {"Peru"}, {"Chile"})]
    assert [(e.type, e.targets) for e in events("Peru said it stands with Chile.")] == [("SUPPORT", {"Chile"})]
    assert events("Peruvian troops stood by at the border.") == []


def test_a_crime_reported_or_found_is_a_charge_not_a_promise() -> None:
    told = events("Chad said Sudanese soldiers had committed atrocities near Adre.")
    assert [(e.type, e.trigger) for e in told] == [("ACCUSE", "said")], told
    assert told[0].actors == {"Chad"} and "Sudanese soldiers" in told[0].targets
    found = events("In May the State Department determined that the Janjaweed had committed genocide in Darfur.")
    assert [(e.type, e.trigger) for e in found] == [("ACCUSE", "determined")], found
    assert "Janjaweed" in found[0].targets and "Janjaweed" not in found[0].actors


def test_committing_a_crime_promises_nothing_but_committing_to_a_pact_does() -> None:
    crime = events("The militia committed war crimes in the town of Kosti last year.")
    assert all(e.type != "AGREE" for e in crime), crime
    pledge = events("Ghana committed 800 troops to the regional force on Monday.")
    assert [e.type for e in pledge] == ["AGREE"], pledge
