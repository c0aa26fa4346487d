"""Phrasings the trigger lexicon missed (issue 16): how other articles tell a fact one article tells with a
trigger word. Praise of a relationship told under a verb of saying is SUPPORT (speaker towards the parties
praised); monitoring someone or something is no event. Every sentence here is written for these tests."""

from __future__ import annotations

from dossier.extract.trigger_words import wording
from tests.helpers.pipeline import events


def test_praise_of_a_relationship_told_under_a_verb_of_saying_is_support() -> None:
    found = events("Elena Duarte affirmed that Peru and Chile have a special relationship.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("SUPPORT", {"Elena Duarte"}, {"Peru", "Chile"})]
    found = events("Elena Duarte said Peru and Chile have enjoyed close ties for decades.")
    assert [(e.type, e.targets) for e in found] == [("SUPPORT", {"Peru", "Chile"})]


def test_a_relationship_without_praise_is_no_event() -> None:
    assert events("Elena Duarte said Peru and Chile have relations.") == []
    assert events("Elena Duarte said Peru and Chile do not have close ties.") == []


def test_a_support_verbs_reported_clause_names_who_is_supported() -> None:
    found = events("Elena Duarte welcomed that Peru had reopened the border.")
    assert [(e.type, e.actors, e.targets) for e in found if e.type == "SUPPORT"] == [
        ("SUPPORT", {"Elena Duarte"}, {"Peru"})]


def test_monitoring_is_no_event() -> None:
    assert events("Peruvian police monitored the protest in Lima.") == []
    assert events("Observers from Chile will monitor the vote in Peru.") == []
    found = events('"We have closely monitored your work on the border, and I want to thank you for it," '
                   "Elena Duarte told Evo Morales.")
    assert [(e.type, e.actors) for e in found] == [("SUPPORT", {"Elena Duarte"})]


def test_the_praise_data_is_read() -> None:
    words = wording()
    assert ("have", "relationship") in words.praise and "special" in words.praise_modifiers
