"""Types a story with no pack meets: a promise to stop using force (an agreement, not a threat), a government
telling people who are no party to leave (an expulsion, not a request), evidence given or not (no event), a
call that carries a message (a telephone call, not an appeal). Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(str(e.type), str(e.mode) if e.mode else None) for e in extraction(text, None, "none").events]


def test_agreeing_to_stop_firing_agrees_to_a_ceasefire() -> None:
    assert _kinds("Peru and Chile agreed to stop firing at each other on Sunday.") == [("AGREE", None)]


def test_pledging_to_halt_attacks_is_an_agreement() -> None:
    assert _kinds("The rebels pledged to halt attacks on the capital.") == [("AGREE", None)]


def test_agreeing_that_neither_side_will_fire_is_an_agreement() -> None:
    assert _kinds("Lima and Santiago agreed that neither side would fire across the border.") == [("AGREE", None)]


def test_ready_to_stop_is_a_commitment_not_a_threat() -> None:
    assert [k for k, _ in _kinds("Chile said it was ready to stop if Peru did.")] == ["AGREE"]


def test_a_vow_to_strike_stays_a_threat() -> None:
    assert _kinds("Chile vowed to strike back.") == [("THREATEN", None)]
    assert _kinds("Chile vowed to strike again.") == [("THREATEN", None)]
    assert _kinds("Peru pledged to keep up its attacks.") == [("THREATEN", None)]


def test_telling_envoys_to_leave_expels_them() -> None:
    assert _kinds("Peru told the Chilean diplomats to leave by Friday.") == [("SANCTION", "expel")]


def test_ordering_ones_own_citizens_out_withdraws_them() -> None:
    assert _kinds("Peru ordered its citizens to leave Chile at once.") == [("SANCTION", "withdraw")]


def test_visitors_told_to_go_are_restricted() -> None:
    assert _kinds("Chile told those already in the country on such visas to depart within two days.") \
        == [("SANCTION", None)]
    # by nobody named, whose measure it is is not known: it stays what the verb says
    assert [k for k, _ in _kinds("Those already in Chile on such visas were told to depart within two days.")] \
        in ([], ["REQUEST"])


def test_an_order_to_leave_told_with_an_expulsion_is_that_expulsion() -> None:
    assert _kinds("Chile declared the Peruvian military attaches persona non grata, ordering them to leave by "
                  "May 3.") == [("SANCTION", "expel")]


def test_ordering_a_party_to_leave_stays_a_request() -> None:
    assert [k for k, _ in _kinds("Peru ordered the rebels to leave the town.")] == ["REQUEST"]


def test_offering_no_evidence_is_no_agreement() -> None:
    assert _kinds("Peru offered no evidence of the raid.") == []
    assert _kinds("Chile gave no proof of the raid.") == []
    assert [k for k, _ in _kinds("Peru offered aid to Chile.")] == ["AGREE"]


def test_a_call_to_say_something_is_a_telephone_call() -> None:
    assert _kinds("Jane Doe had called him on Sunday to say Peru was ready to talk.")[0] == ("CONSULT", "phone")
    assert [k for k, _ in _kinds("Peru called Chile to negotiate.")] == ["REQUEST"]


def test_vowing_not_to_stop_fighting_stays_a_threat() -> None:
    assert [k for k, _ in _kinds("The rebels vowed not to stop fighting.")] == ["THREATEN"]
    assert [k for k, _ in _kinds("The rebels vowed not to attack the town.")] == ["AGREE"]


def test_saying_a_party_offered_no_evidence_charges_it() -> None:
    found = extraction("The foreign minister of Chile said Peru had offered no evidence.", None, "none")
    assert [(str(e.type), {found.mentions[i].name for i in e.targets}) for e in found.events] == [
        ("ACCUSE", {"Peru"})]


def test_evidence_shared_with_a_party_is_cooperation() -> None:
    assert [k for k, _ in _kinds("Peru has shared evidence with Chile about the smugglers.")] == ["COOPERATE"]
