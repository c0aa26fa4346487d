"""Naming and judging (extract/naming.py): a verb with an object and an object predicate says what its subject
calls or thinks of the object; it is no phone call. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_calling_a_decision_a_mistake_is_an_accusation_not_a_phone_call() -> None:
    found = events("Omar Haddad called the tariff decision a grave mistake.")
    assert [e.type for e in found] == ["ACCUSE"]
    assert found[0].actors == {"Omar Haddad"}


def test_calling_a_person_a_name_of_the_field_dictionary_is_coded_by_it() -> None:
    found = events("Karim Benali called Haddad a liar.")  # PETRARCH2: "call * liar" criticises
    assert [e.type for e in found] == ["ACCUSE"]
    # parsed as an apposition of the object ("Omar Haddad a dictator"): still a judgement, never a phone call
    assert all(e.mode != "phone" for e in events("Karim Benali called Omar Haddad a dictator."))


def test_a_name_given_to_a_thing_is_no_event() -> None:
    assert events("Omar Haddad called the new highway the Road of Friendship.") == []
    assert events("Karim Benali called the talks useful.") == []


def test_calling_someone_is_still_a_phone_call() -> None:
    found = events("Karim Benali called Omar Haddad on Tuesday to congratulate him.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
    assert found[0].targets == {"Omar Haddad"}


def test_a_label_given_in_passing_is_no_event() -> None:
    found = events("Karim Benali said the embargo, under what he termed a cruel logic, had failed.")
    assert "ACCUSE" not in [e.type for e in found]

