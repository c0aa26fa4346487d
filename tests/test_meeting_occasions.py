"""A gathering named as where its members did something else ('signed a treaty at their summit', 'Meeting in X, the
leaders closed the border') is a fact of its own beside the act (PLOVER codes the meeting and the decision); a
gathering that is only where someone spoke, a passive decision at a meeting, and a visit told twice stay one event.
Sentences written for these tests (made-up parties, no pack)."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _events(text: str) -> list[tuple[str, str, set[str]]]:
    found = extraction(text, None, "none")
    return [(str(e.type), e.trigger, {found.mentions[i].name for i in e.actors}) for e in found.events]


def test_a_treaty_signed_at_a_summit_is_the_signing_and_the_summit() -> None:
    events = _events("The presidents of Ostria and Velmar signed a customs treaty on Friday, at their first summit "
                     "since the war.")
    assert sorted(kind for kind, _, _ in events) == ["CONSULT", "SUPPORT"]
    assert all(actors == {"Ostria", "Velmar"} for _, _, actors in events)


def test_a_meeting_participle_opening_the_sentence_is_a_meeting_of_its_own() -> None:
    events = _events("Meeting in an extraordinary summit in Tarvo, the leaders of the Northern League closed their "
                     "borders with Veldra and froze its assets.")
    assert [kind for kind, _, _ in events] == ["CONSULT", "SANCTION", "SANCTION"]
    assert events[0][2] == {"Northern League"}
    assert "Meeting" not in events[1][1]  # the closure's words are its own


def test_what_was_said_during_talks_adds_no_meeting() -> None:
    events = _events("During the talks, Ostria's president stressed the old ties with Velmar.")
    assert [kind for kind, _, _ in events] == ["SUPPORT"]


def test_a_visit_told_by_its_arrival_stays_one_event() -> None:
    assert [kind for kind, _, _ in _events("Vell arrived in Tarvo on a visit to Ostria.")] == ["CONSULT"]


def test_measures_agreed_at_a_meeting_are_the_meeting() -> None:
    events = _events("The measures were agreed at a meeting of the Ostrian cabinet chaired by President Vell.")
    assert [kind for kind, _, _ in events] == ["CONSULT"]


def test_a_meeting_that_is_to_take_place_is_future() -> None:
    found = extraction("Ostria's defence chiefs are to meet in Tarvo on Wednesday.", None, "none")
    assert [(str(e.type), str(e.modality)) for e in found.events] == [("CONSULT", "future")]


def test_what_an_aim_is_is_not_an_arrangement() -> None:
    found = extraction("The goal is to end the war with Velmar.", None, "none")
    assert all(str(e.modality) != "future" for e in found.events)
