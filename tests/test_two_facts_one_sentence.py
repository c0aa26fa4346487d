"""A sentence that tells two facts: a gathering told by a verb, and what its parties then did together, told by a
verb of another kind coordinated with it ("met in Quito and called for a truce"), are two events; a stance told
twice ("welcomed the step but warned against ...") stays one. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_meeting_and_a_call_its_parties_made_are_two_events() -> None:
    found = events("The presidents of Chile and Peru met in Quito on Tuesday evening and called for an immediate "
                   "ceasefire in the south.")
    assert [e.type for e in found] == ["CONSULT", "REQUEST"]
    assert found[1].trigger == "called for"
    assert {"Chile", "Peru"} <= found[1].actors


def test_a_meeting_told_by_a_participle_and_a_call_are_two_events() -> None:
    found = events("Leaders of Chile and Peru, meeting in Lima on 8 March, had called for an end to the "
                   "fighting.")
    assert sorted(e.type for e in found) == ["CONSULT", "REQUEST"]


def test_a_stance_told_twice_stays_one_event() -> None:
    found = events("Chile welcomed the decision of Peru as a positive step but warned against haste.")
    assert len(found) == 1


def test_only_a_gathering_followed_by_another_kind_splits() -> None:
    assert len(events("The ministers of Chile and Peru met in Lima and held talks on the border.")) == 1

