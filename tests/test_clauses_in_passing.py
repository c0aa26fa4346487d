"""Facts told in passing (a killing in a clause of time, a relative clause or a noun) and words whose sense is no
event of the story. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_killing_in_a_clause_of_time_is_an_event_of_its_own() -> None:
    found = events("Chile expelled the Peruvian ambassador on Monday, two days after bandits killed nine "
                   "villagers near the border.")
    kinds = sorted(e.type for e in found)
    assert "ASSAULT" in kinds, found
    killing = next(e for e in found if e.type == "ASSAULT")
    assert killing.time != "Monday", killing  # not the expulsion's day


def test_the_killers_described_by_a_relative_clause_killed() -> None:
    found = events("The raids hit camps used by the gunmen who killed twelve farmers in March.")
    killing = [e for e in found if e.trigger.startswith("killed")]
    assert killing and "gunmen" in killing[0].actors, found


def test_a_killing_named_as_a_noun_is_done_to_its_victims() -> None:
    found = events("The strikes were Ghana's reply to last week's massacre of tourists near the river.")
    massacre = [e for e in found if e.trigger.startswith("massacre")]
    assert massacre and massacre[0].targets == {"tourists"}, found
    killing = events("The minister rejected claims that his party was behind Friday's killing of tourists "
                     "in the old town.")
    assert any(e.type == "ASSAULT" and "tourists" in e.targets for e in killing), killing


def test_a_place_before_a_noun_of_force_is_where_it_struck() -> None:
    found = events("No raid had killed more people since the Mumbai bombings of 1993.")
    assert all("Mumbai" not in e.actors for e in found), found


def test_shooting_back_is_fighting() -> None:
    found = events("Ecuadorian troops returned fire on Sunday.")
    assert [e.type for e in found] == ["ASSAULT"], found


def test_asking_someone_a_question_and_contradicting_reports_are_no_events() -> None:
    asked = events("The robbers stopped the bus and asked the passengers their names.")
    assert all(e.type != "REQUEST" for e in asked), asked
    contradicting = events("The council did not meet on Friday, the mayor told reporters, contradicting earlier "
                           "reports that the governor had summoned it.")
    assert all(e.type != "REJECT" for e in contradicting), contradicting


def test_a_toll_since_a_day_is_not_dated_to_that_day() -> None:
    found = events("Officials say 30 soldiers have been killed since Thursday.")
    assert all(e.time is None for e in found), found
    backed = events("Norway has funded the programme since 2015.")
    assert all(e.time in (None, "2015") for e in backed), backed


def test_an_accord_named_by_its_title_is_no_agreement_of_the_story() -> None:
    found = events("Kenya said it may suspend every pact with Uganda, the 1991 Harbour Accord included.")
    assert all(e.trigger != "Accord" for e in found), found


def test_airlines_flying_somewhere_visit_nobody() -> None:
    found = events("Kenyan airlines flying to Europe will need longer routes from Friday.")
    assert all(e.type != "CONSULT" for e in found), found
    visit = events("The Kenyan president, flying to Rome on Friday, met the Italian premier.")
    assert any(e.type == "CONSULT" for e in visit), visit


def test_steps_agreed_at_a_meeting_are_the_meeting() -> None:
    found = events("The new tariffs were agreed at a meeting of the Kenyan cabinet chaired by President Ruto.")
    assert [e.type for e in found] == ["CONSULT"], found
    pact = events("Kenya and Uganda agreed at a meeting in Kampala to reopen the border.")
    assert any(e.type == "AGREE" for e in pact), pact


def test_people_named_by_the_side_they_take_reject_nothing() -> None:
    found = events("Opposition leaders set aside their quarrels with the cabinet in Nairobi.")
    assert all(e.type != "REJECT" for e in found), found
    rejected = events("Kenyan opposition leaders rejected the budget on Monday.")
    assert [e.type for e in rejected] == ["REJECT"], rejected


def test_what_a_side_must_do_until_which_a_state_lasts_is_not_done() -> None:
    found = events("The border stays closed until Uganda ends its support for the rebels.")
    assert all(e.type != "SUPPORT" for e in found), found
