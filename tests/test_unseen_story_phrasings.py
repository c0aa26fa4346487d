"""Phrasings met when Dossier was tried on another story with no pack: who acts in an infinitive another verb
governs, and verbs of seizing territory the field's dictionary lacks. Every sentence is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_who_is_made_to_act_is_the_actor_of_the_act() -> None:
    """Object control: in 'X forced Y to withdraw', Y withdraws; 'X promised Y to ...' stays X's promise."""
    withdrew = [e for e in events("Heavy shelling by Karim Benali prompted Ghana to withdraw its troops from Sirte.")
                if e.type == "RETREAT"]
    assert [e.actors for e in withdrew] == [{"Ghana"}]
    recalled = events("The blockade led Togo to withdraw its ambassador.")
    assert [(e.type, e.actors) for e in recalled] == [("SANCTION", {"Togo"})]
    promised = events("Omar Haddad promised Karim Benali to deliver wheat.")
    assert [(e.type, e.actors) for e in promised] == [("AGREE", {"Omar Haddad"})]


def test_retaking_territory_is_taking_it() -> None:
    found = events("Ghanaian troops retook the port of Sirte on Monday.")
    assert [e.type for e in found] == ["ASSAULT"]  # a port taken is ground taken by force (h26assault)


def test_a_flight_someone_caused_is_their_expulsion_of_those_who_fled() -> None:
    """PLOVER manual, SANCTION: refugees fleeing are coded 'expel' with the causative agent as the actor."""
    found = events("Karim Benali's militia took the port of Sirte in May, prompting Ghanaians to flee to Togo.")
    fled = [e for e in found if e.trigger == "flee"]
    assert [(e.type, e.mode) for e in fled] == [("SANCTION", "expel")]
    assert "Ghanaians" in fled[0].targets and "Ghanaians" not in fled[0].actors and fled[0].actors
    alone = events("Thousands of Ghanaians fled to Togo in May.")
    assert [e.type for e in alone] == ["RETREAT"]  # nobody is said to have caused it


def test_tariffs_and_duties_imposed_are_sanctions() -> None:
    """PLOVER's SANCTION covers every reduction of routine relations, commercial ones included."""
    found = events("Ghana imposed tariffs of 20 percent on cocoa from Togo on Monday.")
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "discontinue")]
    assert found[0].actors == {"Ghana"}
    raised = events("Togo raised duties on Ghanaian textiles.")
    assert [e.type for e in raised] == ["SANCTION"]


def test_fighting_that_breaks_out_between_two_sides_is_an_assault_they_both_make() -> None:
    """'Clashes broke out between X and Y': a use of force in which both sides act and neither is only the
    target; told after another act of force ('X sent jets against Y after gunfire broke out between the two
    armies'), the outbreak is a fact of its own, its sides those of that act; 'protests broke out' and 'a fire
    broke out' are no fighting."""
    clashes = events("Clashes broke out between Ghana and Togo on Monday.")
    assert [(e.type, e.actors, e.targets, e.time) for e in clashes] == [("ASSAULT", {"Ghana", "Togo"}, set(),
                                                                          "Monday")]
    told = events("Ghana sent jets against Togo on Monday after gunfire broke out between the two armies near the"
                  " old fort.")
    assert sorted((e.trigger, frozenset(e.actors), frozenset(e.targets)) for e in told) == [
        ("broke", frozenset({"Ghana", "Togo"}), frozenset()), ("sent", frozenset({"Ghana"}), frozenset({"Togo"}))]
    assert not events("Protests broke out in Accra on Monday.")
    assert not events("A fire broke out at the depot in Accra on Monday.")
