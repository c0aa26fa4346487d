"""A person described by kinship ("X, Y's father", "Y's brother, X", "X, the son of Y") or by a role in a clause
("X, who heads the agency") acts alone: whom the kinship relates them to, or what they lead, is no party of the
act; a group's clause still names its members. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_the_relative_named_in_an_apposition_after_the_doer_takes_no_part() -> None:
    found = events("Omar Haddad, Karim's father, bought Chinese rifles for two decades.")
    assert found and all("Karim" not in e.actors and "Karim" not in e.targets for e in found), found
    assert any("Omar Haddad" in e.actors for e in found), found


def test_the_relative_owning_the_noun_before_the_name_takes_no_part() -> None:
    found = events("Karim's younger brother, Sami Haddad, fled to Turkey on Sunday.")
    assert found and all("Karim" not in e.actors for e in found), found
    assert any("Sami Haddad" in e.actors for e in found), found


def test_the_relative_in_an_of_phrase_takes_no_part() -> None:
    found = events("Nadia Rahman, the daughter of President Tarek Aziz, was arrested in Dhaka on Monday.")
    assert found and all("Tarek Aziz" not in e.actors and "Tarek Aziz" not in e.targets for e in found), found


def test_a_posting_still_names_its_state() -> None:
    found = events("Sergei Ivanov, Russia's defence minister, visited Minsk on Friday.")
    assert any("Sergei Ivanov" in e.actors and "russia" in {a.lower() for a in e.actors} for e in found), found


def test_what_a_person_heads_is_no_party_of_their_act() -> None:
    found = events("Omar Tariq, who heads the National Intelligence Agency, met the Turkish envoy in Ankara "
                   "on Tuesday.")
    meeting = [e for e in found if e.trigger == "met"]
    assert meeting and "Omar Tariq" in meeting[0].actors, found
    assert "National Intelligence Agency" not in meeting[0].actors, found


def test_an_unnamed_person_who_led_a_force_does_not_become_the_force() -> None:
    found = events("The minister, who led the army during the civil war, resigned on Friday.")
    assert all("army" not in e.actors for e in found), found


def test_a_delegations_clause_still_names_its_members() -> None:
    found = events("A delegation that included Omar Tariq and Lina Perez arrived in Cairo on Monday.")
    assert any({"Omar Tariq", "Lina Perez"} <= e.actors for e in found), found
    led = events("A delegation led by Omar Tariq arrived in Cairo on Monday.")
    assert any("Omar Tariq" in e.actors for e in led), led
