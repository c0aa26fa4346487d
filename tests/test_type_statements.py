"""Types of acts told in statements (h29types): what a statement says its own party will go on doing is a promise
(PLOVER AGREE) even where the 'would' hangs on an aspect verb ('would continue to ...'), and a warning that tells
a refusal is that refusal (PLOVER REJECT), not a threat. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import events


@pytest.mark.parametrize("text, kind", [
    ("The Andean Council said in a statement that it would continue to recognise visas issued by Bolivia.", "AGREE"),
    ("Chile said it would keep supplying grain to Peru.", "AGREE"),
    ("The Chilean navy said it would continue to shell the rebel positions.", "THREATEN"),
])
def test_would_on_an_aspect_verb_is_the_time_of_the_act_it_governs(text: str, kind: str) -> None:
    assert [e.type for e in events(text)] == [kind]


def test_an_aspect_verb_without_would_keeps_the_act() -> None:
    found = events("Chile has continued to supply grain to Peru since March.")
    assert [e.type for e in found] == ["AID"]


@pytest.mark.parametrize("text", [
    "The Arab League had warned in May that it would not recognise any rival cabinet in Libya.",
    "Chile warned that it would never accept the new border.",
    "Chile warned on Friday that it would not accept any deal struck without Peru.",
])
def test_a_warning_that_tells_a_refusal_is_a_rejection(text: str) -> None:
    assert [e.type for e in events(text)] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Chile threatened not to renew its aid to Peru.",  # a threat to stop aid (CAMEO 1311): THREATEN
    "Chile warned that it would strike rebel positions in Peru.",  # force announced
    "Quito warned that it would oppose any change to the border.",  # an opposition to come, no refusal told
])
def test_a_threat_stays_a_threat(text: str) -> None:
    assert [e.type for e in events(text)] == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "The Colombian army declared a ceasefire on Friday.",
    "Hamas called a truce on Tuesday.",
    "On Monday the rebel commander, Juan Ortega, announced a unilateral truce of two weeks.",
    "Colombia announced a unilateral ceasefire with the FARC.",
])
def test_a_truce_one_side_declares_is_the_dictionarys_ceasefire(text: str) -> None:
    # CAMEO 0871 "declare truce" -> RETREAT, as the PLOVER gold records code it
    assert [e.type for e in events(text)] == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Peru and Chile announced a ceasefire on Monday.",  # declared together: agreed
    "Brazil announced a ceasefire between Colombia and the FARC.",  # between two sides: agreed
    "Peru and Chile agreed to a ceasefire on Monday.",
])
def test_a_truce_between_sides_is_agreed(text: str) -> None:
    assert [e.type for e in events(text)] == ["AGREE"]


def test_a_call_for_a_truce_stays_a_request() -> None:
    assert [e.type for e in events("Brazil called for a ceasefire between Colombia and the FARC.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "President Gabriel Boric said he would work to end the war.",
    "Chile said it would end the war with Peru.",
])
def test_an_end_to_a_war_promised_is_an_agreement(text: str) -> None:
    assert [e.type for e in events(text)] == ["AGREE"]


def test_a_withdrawal_to_come_keeps_its_type() -> None:
    found = events("Chile said it would pull its troops out of Arica.")
    assert [(e.type, e.modality) for e in found] == [("RETREAT", "future")]


@pytest.mark.parametrize("text", [
    "Madrid replied that it did not recognise the new junta.",
    "Madrid answered that it would not recognise the new junta.",
])
def test_a_reply_is_a_statement_like_any_other(text: str) -> None:
    # verbs of replying report what their speaker says as "said" does: the refusal is Madrid's
    found = events(text)
    assert [(e.type, e.actors) for e in found] == [("REJECT", {"Madrid"})]
