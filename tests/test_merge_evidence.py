"""Merging with evidence (issue 16 item 6), rule by rule, on scenarios written for these tests: who visits,
sources a day apart on one call, undated statements, omissions that are not conflicts, the date most sources
give."""

from __future__ import annotations

from collections import Counter

from dossier.models import Modality, PartialDate
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


def test_naming_nobody_in_a_role_is_an_omission_naming_others_a_conflict() -> None:
    """'Vell was ousted' / 'Ruiz ousted Vell' / 'Ruiz and Oda ousted Vell'."""
    vell, ruiz = frozenset({"president_vell"}), frozenset({"envoy_ruiz"})
    oda = frozenset({"envoy_ruiz", "minister_oda"})
    nobody = frozenset[str]()
    assert not rules.people_disagree([(nobody, vell), (ruiz, vell)]), "no actor named: an omission"
    assert rules.people_disagree([(ruiz, vell), (oda, vell)]), "the actors named differ"
    assert rules.people_disagree([(ruiz, vell), (ruiz, frozenset({"chancellor_ambe"}))]), "the targets differ"
    assert not rules.people_disagree([(ruiz, vell)])


def test_one_person_named_for_a_joint_act_tells_of_one_side_only() -> None:
    """'Vell said the talks were useful' / 'Vell and Ambe held talks': the first names one side of the meeting and
    omits the other; 'Vell and Ruiz met' beside 'Vell and Ambe met' names another counterpart."""
    vell, both = frozenset({"president_vell"}), frozenset({"president_vell", "chancellor_ambe"})
    other = frozenset({"president_vell", "envoy_ruiz"})
    nobody = frozenset[str]()
    joint = rules.joint_least_people(True, DEFAULT)
    assert joint == DEFAULT.joint_named_people == 2 and rules.joint_least_people(False, DEFAULT) == 1
    assert not rules.people_disagree([(vell, nobody), (both, nobody)], joint), "one side named: an omission"
    assert rules.people_disagree([(both, nobody), (other, nobody)], joint), "another counterpart"
    assert rules.people_disagree([(vell, nobody), (both, nobody)], 1), "one side's act: who acted differs"


def test_a_plan_and_what_happened_are_one_event_on_the_day_the_plan_names() -> None:
    """'Vell will visit Kessel on 3 June' / 'Vell visited Kessel on 3 June' (or 'in June')."""
    future, held = Modality.FUTURE, Modality.ASSERTED
    assert rules.announced_and_held(future, held, day("2024-06-03"), day("2024-06-03"))
    assert rules.announced_and_held(held, future, day("2024-06"), day("2024-06-03")), "a month holds the day"
    assert not rules.announced_and_held(future, held, day("2024-06"), day("2024-06-03")), "a plan for a month"
    assert not rules.announced_and_held(future, held, day("2024-06-03"), day("2024-06-05")), "another day"
    assert not rules.announced_and_held(future, held, None, day("2024-06-03")), "an undated plan"
    assert not rules.announced_and_held(Modality.HYPOTHETICAL, held, day("2024-06-03"), day("2024-06-03"))
    assert not rules.announced_and_held(Modality.NEGATED, held, day("2024-06-03"), day("2024-06-03"))
    assert not rules.announced_and_held(held, held, day("2024-06-03"), day("2024-06-03")), "same_kind decides"


def test_a_year_alone_is_no_date_to_tell_events_of_named_people_apart() -> None:
    assert rules.year_only(day("2024"), day("2024-06-03")) and not rules.year_only(day("2024-06"), day("2024-06-03"))
    assert rules.date_score(3, day("2024"), None, day("2024-06-03"), [], False, DEFAULT, named=True) == 0
    assert rules.date_score(3, day("2024"), None, day("2024-06-03"), [], True, DEFAULT, named=True) == 3, "firm"
    assert rules.date_score(3, day("2024"), None, day("2024-06-03"), [], False, DEFAULT) == 4, "states alone"


def test_events_dated_further_apart_than_a_date_conflict_are_told_apart() -> None:
    assert rules.dated_apart([day("2024-02-12"), day("2024-10-10")], DEFAULT)
    assert not rules.dated_apart([day("2024-02-12"), day("2024-02-13")], DEFAULT), "a day apart: one event, maybe"
    assert not rules.dated_apart([day("2024-02"), day("2024-02-13")], DEFAULT), "the month holds the day"
    assert not rules.dated_apart([day("2024-02-12"), None], DEFAULT) and not rules.dated_apart([], DEFAULT)


def test_the_day_most_sources_give_is_the_events_day_and_a_tie_keeps_the_month() -> None:
    assert consensus(Counter({"2024-06-03": 2, "2024-06-04": 1, "2024-06": 2})) == day("2024-06-03")
    assert consensus(Counter({"2024-06-03": 1, "2024-06-04": 1, "2024-06": 1})) == day("2024-06")
    assert consensus(Counter({"2024-06": 1, "2024-06-04": 1})) == day("2024-06-04"), "a month does not contradict a day"


def test_an_undated_statement_outside_the_story_its_article_tells_is_another_occasion() -> None:
    """'Vell and Ambe spoke by phone on Tuesday. Vell also stressed his support for Ambe's government.': the
    support is the call's (June), not a statement made at a meeting four months later."""
    story = [day("2024-06-04")]
    assert rules.in_story(day("2024-06"), story, DEFAULT) and rules.in_story(day("2024-06-06"), story, DEFAULT)
    assert not rules.in_story(day("2024-10-15"), story, DEFAULT) and not rules.in_story(None, story, DEFAULT)
    assert rules.outside_story(True, False, False, day("2024-10-15"), story, DEFAULT)
    assert not rules.outside_story(True, False, False, day("2024-06-05"), story, DEFAULT), "within the story"
    assert not rules.outside_story(True, False, False, None, story, DEFAULT), "nothing to compare"
    assert not rules.outside_story(True, False, False, day("2024-10-15"), [], DEFAULT), "an article with no story"
    assert not rules.outside_story(True, True, False, day("2024-10-15"), story, DEFAULT), "dated: compared by date"
    assert not rules.outside_story(True, False, True, day("2024-10-15"), story, DEFAULT), "its own article's event"
    assert not rules.outside_story(False, False, False, day("2024-10-15"), story, DEFAULT), "not a statement"


def test_the_capital_and_the_seat_of_government_are_one_place_for_a_visit() -> None:
    """'Vell arrived at the Palace of the Dunes' / 'Vell arrived in Port Alder' (the capital)."""
    seats = {"palace_of_the_dunes": "norvia", "port_alder": "norvia", "kessel": "sudria"}.get
    assert rules.place_fits("palace_of_the_dunes", ["port_alder"], seats)
    assert not rules.place_fits("kessel", ["port_alder"], seats), "another state's capital"
    assert not rules.place_fits("lakeside", ["port_alder"], seats), "a town of Norvia is not its seat"
    assert not rules.place_fits("palace_of_the_dunes", ["port_alder"]), "nothing known of either"


def test_two_speakers_statements_of_one_day_are_two_statements() -> None:
    """'President Vell wished the envoy success.' / 'Minister Oda reaffirmed the ties.' (one day, one meeting)."""
    assert not rules.same_speaker(True, False, ["president_vell", "norvia"], ["minister_oda", "norvia"],
                                  ["minister_oda", "norvia", "kessel"], person), "different speakers"
    assert rules.same_speaker(True, False, ["president_vell"], ["president_vell", "norvia"],
                              ["president_vell", "norvia"], person), "the same speaker, reported twice"
    assert rules.same_speaker(True, False, ["norvia"], ["minister_oda"], ["minister_oda"], person), \
        "'Norvia said' names no speaker: the minister's words may be its words"
    assert rules.same_speaker(True, True, ["president_vell"], ["minister_oda"], ["minister_oda", "president_vell"],
                              person), "an agreement both sides make: being one of its parties is enough"
    assert rules.same_speaker(False, False, ["president_vell"], ["minister_oda"], ["minister_oda"], person), \
        "not a statement: other rules decide"


def test_two_sources_one_day_each_the_report_written_nearest_the_day_dates_it() -> None:
    """'Vell called Ambe on Saturday' (published the next day) / 'Vell called Ambe on Sunday' (published three
    days later): a tie, and the report that had least time to go astray gives the day; without publication
    days to compare, the later day as before."""
    tie = Counter({"2024-06-08": 1, "2024-06-09": 1})
    assert consensus(tie, {"2024-06-08": 1, "2024-06-09": 2}) == day("2024-06-08")
    assert consensus(tie, {"2024-06-08": 4, "2024-06-09": 1}) == day("2024-06-09")
    assert consensus(tie) == day("2024-06-09")
    assert consensus(tie, {"2024-06-08": 2, "2024-06-09": 2}) == day("2024-06-09"), "as near: no tie broken"
    assert consensus(Counter({"2024-06-08": 2, "2024-06-09": 1}), {"2024-06-09": 0}) == day("2024-06-08"), \
        "more sources outweigh nearness"


def test_an_offensive_named_by_a_later_source_one_day_off_its_start_is_one_campaign() -> None:
    """'Norvia began its operation on Tuesday, shelling Kessel' (the 19th) and, two years on, 'Norvia's offensive of
    20 May': one campaign whose sources disagree on its day; a strike a day later is another act."""
    nouns = {"offensive", "invasion", "operation"}
    dates = (day("2024-05-19"), day("2024-05-20"))
    shelled, offensive = {"shell"}, {"offensive"}
    assert rules.one_campaign(dates, (shelled, offensive), ({"kessel"}, set()), ({"norvia"}, {"norvia"}), nouns,
                              DEFAULT)
    assert rules.one_campaign(dates[::-1], (offensive, shelled), (set(), {"kessel"}), ({"norvia"}, {"norvia"}),
                              nouns, DEFAULT), "either way round"
    assert not rules.one_campaign(dates, (shelled, {"strike"}), ({"kessel"}, set()), ({"norvia"}, {"norvia"}), nouns,
                                  DEFAULT), "a strike is an act of its own day"
    assert not rules.one_campaign(dates, (shelled, offensive), ({"kessel"}, {"lorn"}), ({"norvia"}, {"norvia"}),
                                  nouns, DEFAULT), "an offensive naming whom it struck is compared as any event"
    assert not rules.one_campaign(dates, (shelled, offensive), ({"kessel"}, set()), ({"norvia"}, {"lorn"}), nouns,
                                  DEFAULT), "another side's offensive"
    assert not rules.one_campaign((day("2024-05-19"), day("2024-05-22")), (shelled, offensive), ({"kessel"}, set()),
                                  ({"norvia"}, {"norvia"}), nouns, DEFAULT), "days apart: another act"
    assert not rules.one_campaign((day("2024-05-19"), day("2024-05")), (shelled, offensive), ({"kessel"}, set()),
                                  ({"norvia"}, {"norvia"}), nouns, DEFAULT), "a month is compared as such"
    assert rules.told_in_the_singular([("offensive", "offensive"), ("military offensive", "offensive")])
    assert not rules.told_in_the_singular([("incursions", "incursion")]), "'protested against the incursions'"
