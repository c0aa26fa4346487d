"""Parties an event names without naming them again: 'both sides', 'the two ministers', 'the sides' stand for
the two sides of an event told before; 'the delegation' for the last delegation named with its party. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import Seen, events


def _of(found: list[Seen], kind: str) -> Seen:
    return next(e for e in found if e.type == kind)


def test_both_sides_are_the_parties_of_the_last_meeting() -> None:
    found = events("Norway and Sweden held talks in Oslo on Monday. Both sides agreed to extend the fishing accord.")
    assert {a.lower() for a in _of(found, "AGREE").actors} == {"norway", "sweden"}


def test_the_two_ministers_are_a_person_of_each_side() -> None:
    found = events("Egypt's foreign minister met his Jordanian counterpart in Amman. "
                   "The two ministers discussed water sharing.")
    second = [e for e in found if e.type == "CONSULT"][-1]
    assert second.trigger == "discussed" and len(second.actors) == 2


def test_the_sides_are_the_latest_two_sided_event() -> None:
    found = events("Egypt's foreign minister met his Jordanian counterpart in Amman. "
                   "Fighting between Kenya and Somalia ended in May. "
                   "A fragile truce between the sides held for a week.")
    assert {p.lower() for p in _of(found, "AGREE").actors} == {"kenya", "somalia"}


def test_a_meeting_earlier_in_the_sentence_gives_the_sides() -> None:
    found = events("Norway and Sweden held talks in Oslo on Monday. After his meeting with Finnish premier Petteri "
                   "Orpo, the Danish envoy Lars Hansen said the two sides had agreed to share radar data.")
    parties = {p.lower() for p in _of(found, "AGREE").actors | _of(found, "AGREE").targets}
    assert "finnish" in parties and not parties & {"norway", "sweden"}


def test_the_delegation_is_the_one_named_before() -> None:
    found = events("A Turkish delegation arrived in Baghdad on Sunday. "
                   "The delegation requested Iraqi help with border security.")
    assert _of(found, "REQUEST").actors == {"turkey"}


def test_sides_named_by_nobody_before_stay_unnamed() -> None:
    assert not [e for e in events("Both sides agreed to extend the fishing accord.") if e.actors]


# --- a count of office holders ("the two foreign ministers") ---------------------------------------------------


def test_the_two_foreign_ministers_are_the_people_named_with_that_office() -> None:
    found = events("Foreign Minister Ana Lopes of Peru and Foreign Minister Jorge Ruiz of Chile met in Lima on "
                   "Monday. Peru and Chile signed a fishing pact with Japan on Monday. The two foreign ministers "
                   "signed the border treaty on Tuesday.")
    last = [e for e in found if e.type == "SUPPORT"][-1]
    assert {a.lower() for a in last.actors} == {"ana lopes", "jorge ruiz"}, "not the states of the pact before"


def test_office_holders_are_not_the_leaders_of_the_last_meeting() -> None:
    found = events("President Carla Mendes hosted President Tomas Berg at her palace on Friday. "
                   "The two defence ministers also initialled a training accord.")
    assert [e.type for e in found] == ["CONSULT"], "who initialled it is not told: no party, no event"


def test_office_holders_named_only_by_the_meeting_before_are_its_sides() -> None:
    found = events("Norway's trade minister Ida Holm met her Danish counterpart Lars Krog in Bergen. "
                   "The two trade ministers agreed to cut fees on salmon.")
    assert "ida holm" in {a.lower() for a in _of(found, "AGREE").actors}, "a person of each side, as before"


def test_plain_or_leader_counts_still_take_the_last_sides() -> None:
    found = events("President Carla Mendes hosted President Tomas Berg at her palace on Friday. "
                   "The two presidents agreed to reopen the border.")
    assert {a.lower() for a in _of(found, "AGREE").actors} == {"carla mendes", "tomas berg"}
