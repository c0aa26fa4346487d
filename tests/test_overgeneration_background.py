"""One event per fact, fourth round (issue 16, item 4): words that only name background add no event. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import events


@pytest.mark.parametrize("text", [
    # a prepositional phrase of a verb that is no event: what the verb is about (a condition set by a party is
    # its demand: tests/test_events_reporting_no_fact.py)
    "Nigeria has tied the border clashes to trade negotiations with Ghana.",
    # an infinitive of purpose on a participle describing a thing
    "The shipments sent from Italy to Libya to support the Haddad government stopped in March.",
    # the complement of a noun
    "Haddad said it was necessary to strengthen international efforts to provide assistance to the Libyan people.",
])
def test_an_event_naming_no_actor_where_the_sentence_does_not_report_it_is_background(text: str) -> None:
    assert events(text) == []


def test_a_gerund_complementing_a_noun_is_what_the_noun_is_about() -> None:
    assert events("Critics raised the question of Italy paying compensation for the damage.") == []
    assert events("But Tripoli has no intention of papering over Italy's support for the old regime.") == []


def test_a_nominal_event_that_is_the_news_stays() -> None:
    found = events("The withdrawal of Italian forces from Libya began on Monday.")
    assert [(e.type, e.time) for e in found] == [("RETREAT", "Monday")]
    deposed = events("Omar Haddad was deposed by a rebel offensive on 8 May.")
    assert [(e.type, e.targets) for e in deposed] == [("COERCE", {"Omar Haddad"})]


def test_a_phrase_of_setting_stays_on_its_verbs_line() -> None:
    found = events("Hakan Fidan took part in preparing the summit with the Arab League, which is scheduled for "
                   "October 15.")
    assert "summit" in {e.trigger for e in found}


def test_what_is_received_from_a_party_is_no_visit() -> None:
    assert events("Omar Haddad said Tripoli has received “positive” signals from Rome.") == []
    found = events("Omar Haddad received a delegation from Rome.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]


def test_showing_a_quality_is_no_protest() -> None:
    assert events("Italy has demonstrated its willingness and expertise in working around the embargo.") == []
    found = events("Protesters demonstrated outside the Italian embassy in Tripoli on Friday.")
    assert [e.type for e in found] == ["PROTEST"]
