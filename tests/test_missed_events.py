"""Events told in ways no trigger word caught, and types set by what the verb acts on. Every sentence here is
written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_quantity_of_sanctions_lifted_is_a_concession() -> None:
    found = events("The United States lifted most of its economic sanctions on Iran in March.")
    assert [e.type for e in found] == ["CONCEDE"], found
    suspended = events("The European Union suspended a set of restrictions on Cuba's banking sector yesterday.")
    assert [e.type for e in suspended] == ["CONCEDE"], suspended


def test_debt_written_off_or_forgiven_is_aid() -> None:
    found = events("Japan wrote off most of the older loans to Kenya in 2009.")
    assert [e.type for e in found] == ["AID"], found
    assert found[0].actors == {"Japan"} and found[0].targets == {"Kenya"}
    forgiven = events("Norway forgave part of the debt owed by Ghana.")
    assert [e.type for e in forgiven] == ["AID"], forgiven


def test_having_no_objection_approves() -> None:
    found = events("Foreign Minister Sameh Shoukry told journalists in Cairo that Egypt had no objection to Libya "
                   "keeping a channel open to Rome.")
    assert [e.type for e in found] == ["SUPPORT"], found
    assert "Egypt" in found[0].actors and found[0].targets == {"Libya"}


def test_an_apology_is_support_without_a_named_party_apologised_to() -> None:
    found = events("Prime Minister Kishida apologised for the remarks last week.")
    assert [(e.type, e.actors) for e in found] == [("SUPPORT", {"Kishida"})], found
