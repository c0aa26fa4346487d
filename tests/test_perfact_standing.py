"""One event per fact, sixth round (issue 16, item 4): a standing state -- a measure or a relation in force --
that a statement talks about is no event of the sentence. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_standing_measure_judged_in_a_statement_is_what_it_talks_about() -> None:
    found = events("The Kenyan envoy stated on Monday that Western sanctions against Somalia have lost all "
                   "meaning after the election, and called for lifting them.")
    assert [(e.type, e.trigger) for e in found] == [("REQUEST", "called for")]


def test_a_statement_set_beside_its_clause_talks_about_the_state_too() -> None:
    found = events("Western sanctions against Somalia have lost all meaning, the envoy said, and he asked Kenya to "
                   "lift them.")
    assert [(e.type, e.trigger) for e in found] == [("REQUEST", "asked")]


def test_a_change_of_the_state_with_its_own_time_is_news() -> None:
    found = events("The envoy said on Monday that Western sanctions against Somalia ended on Sunday, and called "
                   "for aid.")
    assert [e.type for e in found] == ["SANCTION", "REQUEST"]
    assert found[0].time == "Sunday"


def test_the_state_stays_when_the_sentence_reports_nothing_else() -> None:
    found = events("The envoy said Western sanctions against Somalia have lost all meaning.")
    assert [e.type for e in found] == ["SANCTION"]


def test_a_gathering_named_only_as_where_someone_spoke_is_the_setting() -> None:
    assert events("Speaking on Monday at the Global Trade Summit in Doha, Kenya's foreign minister said Nairobi "
                  "had received good signs from Kampala.") == []
    assert events("Kenya's foreign minister told reporters at the Global Trade Summit in Doha that Nairobi had "
                  "received good signs.") == []


def test_a_gathering_where_parties_met_stays() -> None:
    found = events("Ruto met Hassan at the Global Trade Summit in Doha on Monday.")
    assert [(e.type, e.trigger) for e in found] == [("CONSULT", "met")]


def test_a_judgement_of_a_standing_measure_is_no_event_beside_a_request() -> None:
    found = events("Ruto said the sanctions on Somalia were unjust and asked Washington to lift them.")
    assert [(e.type, e.trigger) for e in found] == [("REQUEST", "asked")]


def test_a_standing_state_that_ended_is_news() -> None:
    found = events("Ruto said the Kenyan blockade of the port ended last week and thanked Hassan.")
    assert [(e.type, e.time) for e in found] == [("COERCE", "last week"), ("SUPPORT", "last week")]


def test_what_talks_are_held_to_achieve_is_their_subject_matter() -> None:
    found = events("Nairobi has been in talks with Addis Ababa to deploy Ethiopian troops to stabilize the border "
                   "region, for which discussions with Eritrea are ongoing.")
    assert [(e.type, e.trigger) for e in found] == [("CONSULT", "talks")]


def test_a_deployment_after_talks_stays() -> None:
    found = events("Kenya deployed troops to Somalia after talks with Mogadishu.")
    assert [e.type for e in found] == ["MOBILIZE"]
