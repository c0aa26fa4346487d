"""Phrasings the trigger lexicon missed (issue 16): how other articles tell a fact one article tells with a
trigger word. Building up ties is COOPERATE, "gave asylum to X" keeps X, praise told under a verb of saying
is SUPPORT, a wish to get what another gives is REQUEST, monitoring is no event. Every sentence here is
written for these tests."""

from __future__ import annotations

from dossier.lexicon import trigger_lexicon
from dossier.extract.trigger_words import wording
from tests.helpers.pipeline import events


def test_building_ties_is_cooperation() -> None:
    found = events("Peru has built close relations with Bolivia since the election.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("COOPERATE", {"Peru"}, {"Bolivia"})]
    found = events("Ecuador and Peru are working to deepen ties.")
    assert [e.type for e in found] == ["COOPERATE"] and found[0].actors == {"Ecuador", "Peru"}


def test_restoring_ties_stays_support() -> None:
    lexicon = trigger_lexicon()
    assert lexicon.phrases[("restore", "ties")].type == "SUPPORT"  # PLOVER: resuming diplomatic ties
    assert lexicon.phrases[("build", "ties")].type == "COOPERATE"


def test_the_dative_to_of_a_giving_verb_is_the_target() -> None:
    found = events("Chile gave asylum to Evo Morales after he fled La Paz.")
    aid = [e for e in found if e.type == "AID"]
    assert len(aid) == 1 and aid[0].mode == "asylum"
    assert aid[0].actors == {"Chile"} and aid[0].targets == {"Evo Morales"}
    found = events("Chile granted asylum to Evo Morales in March.")
    assert [(e.type, e.targets) for e in found if e.type == "AID"] == [("AID", {"Evo Morales"})]


def test_praise_told_under_a_verb_of_saying_is_support() -> None:
    found = events("Elena Duarte said Ecuador had played a historic role in the peace talks.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("SUPPORT", {"Elena Duarte"}, {"Ecuador"})]
    found = events("Elena Duarte affirmed that Peru and Chile have a special relationship.")
    assert [(e.type, e.targets) for e in found] == [("SUPPORT", {"Peru", "Chile"})]


def test_a_role_without_praise_is_no_support() -> None:
    assert events("Elena Duarte said Ecuador had played a role in the border war.") == []
    assert events("Elena Duarte said Ecuador had not played a positive role.") == []


def test_monitoring_is_no_event() -> None:
    assert events("Peruvian police monitored the protest in Lima.") == []
    found = events('"We have closely monitored your work on the border, and I want to thank you for it," '
                   "Elena Duarte told Evo Morales.")
    assert [(e.type, e.actors) for e in found] == [("SUPPORT", {"Elena Duarte"})]


def test_a_wish_to_receive_is_a_request() -> None:
    found = events("Bolivia is interested in receiving Chilean gas.")
    assert [(e.type, e.actors) for e in found] == [("REQUEST", {"Bolivia"})]  # no visit from "receiving"
    assert events("Bolivia is interested in hosting the summit.") == []


def test_the_wording_data_is_read() -> None:
    words = wording()
    assert ("play", "role") in words.praise and "historic" in words.praise_modifiers
    assert "interested" in words.wish_adjectives and "receive" in words.wish_verbs
