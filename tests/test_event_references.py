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
