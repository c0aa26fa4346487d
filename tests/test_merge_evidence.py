"""Merging with evidence (issue 16 item 6), rule by rule, on scenarios written for these tests: who visits,
sources a day apart on one call, undated statements, omissions that are not conflicts, the date most sources
give."""

from __future__ import annotations

from collections import Counter

from dossier.models import PartialDate
from dossier.plover import Mode
from dossier.resolve.events import rules
from dossier.resolve.events.blocking import lag_keys
from dossier.resolve.events.consensus import consensus
from dossier.resolve.events.settings import DEFAULT, Settings

PEOPLE = {"minister_oda", "president_vell", "envoy_ruiz", "chancellor_ambe"}


def person(entity_id: str) -> bool:
    return entity_id in PEOPLE


def day(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def test_a_ministers_visit_is_not_the_presidents_though_both_bring_their_state() -> None:
    """'Foreign Minister Oda of Norvia visited Kessel in May.' / 'President Vell of Norvia arrived in Kessel.'"""
    visits = (Mode.VISIT, Mode.VISIT)
    assert not rules.same_visitor(visits, ["minister_oda", "norvia"], ["president_vell", "norvia"],
                                  ["president_vell", "norvia", "kessel"], person), "different principals"
    assert rules.same_visitor(visits, ["minister_oda", "norvia"], ["minister_oda", "norvia"],
                              ["minister_oda", "norvia"], person)
    assert rules.same_visitor(visits, ["norvia"], ["president_vell", "norvia"], ["president_vell", "norvia"], person), \
        "'a Norvian delegation' names no principal: its state is enough"
    assert rules.same_visitor(visits, ["president_vell"], ["minister_oda"], ["minister_oda", "president_vell"],
                              person), "the president is among the parties of the visit (he led it)"


def test_sources_a_day_apart_on_one_call_between_the_same_two_people_are_one_call() -> None:
    """'Vell and Ambe spoke by phone on 3 June' / 'Vell called Ambe on June 4'."""
    assert rules.reporting_lag(day("2024-06-03"), day("2024-06-04"), 2, True, DEFAULT)
    assert not rules.reporting_lag(day("2024-06-03"), day("2024-06-04"), 1, True, DEFAULT), "one named party"
    assert not rules.reporting_lag(day("2024-06-03"), day("2024-06-04"), 2, False, DEFAULT), "a call and a visit"
    assert not rules.reporting_lag(day("2024-06-03"), day("2024-06-10"), 2, True, DEFAULT), "a week apart: two calls"
    assert not rules.reporting_lag(day("2024-06"), day("2024-06-04"), 2, True, DEFAULT), "a month is compared as such"
    assert rules.reporting_lag(day("2024-06-03"), day("2024-06-06"), 2, True, Settings(reporting_lag_days=3))


def test_the_days_around_a_day_are_looked_up_and_a_month_has_none() -> None:
    keys = lag_keys("CONSULT", ["president_vell"], day("2024-03-01"), 1)
    assert keys == [("CONSULT", "president_vell", "2024-02-29"), ("CONSULT", "president_vell", "2024-03-02")]
    assert lag_keys("CONSULT", ["president_vell"], day("2024-03"), 1) == []


def test_an_undated_statement_from_an_article_of_unknown_date_is_tied_to_no_occasion() -> None:
    """'Vell praised Ambe's efforts.' in an article that does not say when it was written."""
    assert not rules.undated_statement_tied(True, False, False, False)
    assert rules.undated_statement_tied(True, False, True, False), "its own article reports the event"
    assert rules.undated_statement_tied(True, False, False, True), "its article's day bounds it"
    assert rules.undated_statement_tied(True, True, False, False), "dated"
    assert rules.undated_statement_tied(False, False, False, False), "a meeting is not made on many occasions"


def test_naming_nobody_in_a_role_is_an_omission_naming_others_a_conflict() -> None:
    """'Vell was ousted' / 'Ruiz ousted Vell' / 'Ruiz and Oda ousted Vell'."""
    vell, ruiz = frozenset({"president_vell"}), frozenset({"envoy_ruiz"})
    oda = frozenset({"envoy_ruiz", "minister_oda"})
    nobody = frozenset[str]()
    assert not rules.people_disagree([(nobody, vell), (ruiz, vell)]), "no actor named: an omission"
    assert rules.people_disagree([(ruiz, vell), (oda, vell)]), "the actors named differ"
    assert rules.people_disagree([(ruiz, vell), (ruiz, frozenset({"chancellor_ambe"}))]), "the targets differ"
    assert not rules.people_disagree([(ruiz, vell)])


def test_the_day_most_sources_give_is_the_events_day_and_a_tie_keeps_the_month() -> None:
    assert consensus(Counter({"2024-06-03": 2, "2024-06-04": 1, "2024-06": 2})) == day("2024-06-03")
    assert consensus(Counter({"2024-06-03": 1, "2024-06-04": 1, "2024-06": 1})) == day("2024-06")
    assert consensus(Counter({"2024-06": 1, "2024-06-04": 1})) == day("2024-06-04"), "a month does not contradict a day"


def test_an_undated_statement_joins_an_event_of_the_story_its_article_tells() -> None:
    """'Vell and Ambe spoke by phone on Tuesday. Vell also stressed his support for Ambe's government.' in an
    article of unknown date: the support is the call's, dated by it, not a meeting's four months later."""
    story = [day("2024-06-04")]
    assert rules.in_story(day("2024-06"), story, DEFAULT) and rules.in_story(day("2024-06-06"), story, DEFAULT)
    assert not rules.in_story(day("2024-10-15"), story, DEFAULT) and not rules.in_story(None, story, DEFAULT)
    assert not rules.in_story(day("2024-06-04"), [], DEFAULT), "an article with no dated event tells no story"
    assert rules.undated_statement_tied(True, False, False, False, story_fits=True)


def test_an_undated_statement_does_not_join_an_event_no_day_places() -> None:
    """'Vell voiced support for Ambe.' in an article of 9 May joins no undated event reported only by
    articles that do not say when they were written: nothing ties the two to one occasion."""
    assert not rules.undated_statement_tied(True, False, False, True, event_placed=False)
    assert rules.undated_statement_tied(True, False, False, True, event_placed=True)
