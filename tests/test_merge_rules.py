"""The merge rules of event resolution (resolve/events/rules.py), one at a time, as the pure functions they are:
each scenario is what two sources could write about one meeting, or about two."""

from __future__ import annotations

from dossier.models import Modality, PartialDate
from dossier.plover import DateOrigin, EventType, Mode
from dossier.resolve.events import rules
from dossier.resolve.events.settings import DEFAULT, Settings

NAMED = {"sergei_lavrov", "asaad_al_shaibani", "vladimir_putin", "hmeimim_air_base"}


def named(entity_id: str) -> bool:
    return entity_id in NAMED


def day(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


def test_a_reported_meeting_does_not_join_a_planned_one() -> None:
    assert rules.same_kind(EventType.CONSULT, Modality.ASSERTED, EventType.CONSULT, Modality.ASSERTED)
    assert not rules.same_kind(EventType.CONSULT, Modality.ASSERTED, EventType.CONSULT, Modality.FUTURE)
    assert not rules.same_kind(EventType.CONSULT, Modality.ASSERTED, EventType.AGREE, Modality.ASSERTED)
    assert rules.same_kind(EventType.CONSULT, Modality.FUTURE, EventType.CONSULT, Modality.HYPOTHETICAL), \
        "neither happened as told"


def test_a_phone_call_is_not_a_visit() -> None:
    assert rules.same_mode(Mode.PHONE, Mode.PHONE) and rules.same_mode(None, None)
    assert not rules.same_mode(Mode.PHONE, Mode.VISIT) and not rules.same_mode(None, Mode.VISIT)


def test_talks_dated_by_the_visit_they_follow_are_the_talks_of_that_visit() -> None:
    """'The delegation arrived in Damascus on 28 January. It held talks with the interim government.'"""
    assert rules.talks_of_the_visit(None, Mode.VISIT, DateOrigin.INHERITED, ["syria"], named)
    assert not rules.talks_of_the_visit(None, Mode.VISIT, DateOrigin.INHERITED, ["sergei_lavrov"], named), \
        "'Lavrov held talks with ...' names a meeting of its own"
    assert not rules.talks_of_the_visit(None, Mode.VISIT, DateOrigin.STATED, ["syria"], named), \
        "its own date: its own event"
    assert not rules.talks_of_the_visit(Mode.PHONE, Mode.VISIT, DateOrigin.INHERITED, ["syria"], named)


def test_a_visit_to_moscow_is_not_a_visit_to_damascus() -> None:
    assert rules.place_fits("moscow", ["moscow", "kremlin"])
    assert not rules.place_fits("damascus", ["moscow"])
    assert rules.place_fits(None, ["moscow"]) and rules.place_fits("moscow", []), "one side names no place"


def test_the_same_two_people_on_the_same_day_are_one_meeting_wherever_it_is_placed() -> None:
    assert rules.same_day_same_people(2, day("2025-03-04"), day("2025-03-04"))
    assert not rules.same_day_same_people(1, day("2025-03-04"), day("2025-03-04")), "one named party is not enough"
    assert not rules.same_day_same_people(2, day("2025-03"), day("2025-03")), "a month is not a day"
    assert not rules.same_day_same_people(2, day("2025-03-04"), day("2025-03-05"))
    assert not rules.same_day_same_people(2, day("2025-03-04"), None)


def test_two_visits_by_different_people_are_two_events() -> None:
    assert not rules.same_visitor((Mode.VISIT, Mode.VISIT), ["sergei_lavrov"], ["vladimir_putin"], ["vladimir_putin"])
    assert rules.same_visitor((Mode.VISIT, None), ["sergei_lavrov"], ["sergei_lavrov"], ["sergei_lavrov", "syria"])
    assert rules.same_visitor((Mode.VISIT, Mode.VISIT), ["sergei_lavrov"], [], ["syria"]), "they name no visitor"
    assert rules.same_visitor((Mode.PHONE, Mode.PHONE), ["sergei_lavrov"], ["vladimir_putin"], ["vladimir_putin"]), \
        "only visits"


def test_a_named_party_counts_twice_a_state_once_and_each_hint_once() -> None:
    assert rules.overlap({"sergei_lavrov", "syria"}, named) == 3
    assert rules.overlap({"syria"}, named, related=1, same_place=True, same_word=True) == 4


def test_thresholds_come_from_the_settings() -> None:
    assert rules.enough_overlap(2, DEFAULT) and not rules.enough_overlap(1, DEFAULT)
    assert rules.events_needed(True, Mode.VISIT, Mode.VISIT, DEFAULT) == DEFAULT.strong
    assert rules.events_needed(True, None, None, DEFAULT) == DEFAULT.strong + 1, "no mode in common"
    assert rules.events_needed(False, Mode.VISIT, Mode.VISIT, DEFAULT) == DEFAULT.strong + 1, "no place in common"
    assert rules.events_needed(True, Mode.VISIT, Mode.VISIT, Settings(strong=5)) == 5


def test_one_article_reporting_two_meetings_keeps_them_apart() -> None:
    assert rules.one_article_one_report(False, False), "another article: any parties"
    assert rules.one_article_one_report(True, True), "the same article, no party the event lacks"
    assert not rules.one_article_one_report(True, False)


def test_one_articles_statements_in_other_words_are_two_statements() -> None:
    """'Lavrov thanked Damascus for its hospitality. He reaffirmed Russia's support.'"""
    assert rules.two_statements(True, EventType.SUPPORT, False, DEFAULT)
    assert not rules.two_statements(True, EventType.SUPPORT, True, DEFAULT), "the same word twice"
    assert not rules.two_statements(False, EventType.SUPPORT, False, DEFAULT), "two articles"
    assert not rules.two_statements(True, EventType.CONSULT, False, DEFAULT), "a meeting told twice is one meeting"


def test_without_dates_only_a_firm_match_merges() -> None:
    assert rules.firm_match(2, 2, False), "two named parties"
    assert rules.firm_match(1, 1, True), "one named party and the place"
    assert rules.firm_match(1, 2, False), "one named party and a state"
    assert not rules.firm_match(1, 1, False) and not rules.firm_match(0, 3, True)


def test_an_undated_articles_report_told_alike_is_a_firm_match() -> None:
    """'Norvia says its rockets struck Lorn' (an analysis with no date) and 'Norvian rockets struck Lorn on Friday'."""
    norvia, lorn = ("norvia",), ("lorn",)
    assert rules.told_alike(True, False, (norvia, lorn), (norvia, lorn), True)
    assert rules.told_alike(True, False, (norvia, lorn), (("norvia", "norvian_army"), ("lorn", "kessel")), True), \
        "the event names more parties"
    assert not rules.told_alike(False, False, (norvia, lorn), (norvia, lorn), True), "both sides know their dates"
    assert not rules.told_alike(True, False, (norvia, lorn), (norvia, lorn), False), "another word"
    assert not rules.told_alike(True, False, (lorn, norvia), (norvia, lorn), True), "the other side's strike"
    assert not rules.told_alike(True, False, (norvia, ()), (norvia, lorn), True), "no one struck"
    assert not rules.told_alike(True, False, (norvia, ("lorn", "vell")), (norvia, lorn), True), "a party it lacks"
    assert rules.told_alike(True, True, (("lorn", "norvia"), ()), (norvia, lorn), True), "a truce: the roles are one"
    assert not rules.told_alike(True, True, (norvia, ()), (norvia, lorn), True), "one side of a truce names one party"


def test_two_events_merge_only_when_both_are_dated_compatibly() -> None:
    assert rules.dates_agree(day("2025-03"), day("2025-03-04"))
    assert not rules.dates_agree(day("2025-03-05"), day("2025-03-04")) and not rules.dates_agree(None, day("2025"))


def test_year_less_days_a_few_apart_in_one_month_may_be_one_event() -> None:
    assert rules.month_days_fit((1, 28), (1, 29), DEFAULT) and rules.month_days_fit((1, None), (1, 5), DEFAULT)
    assert not rules.month_days_fit((1, 20), (1, 29), DEFAULT) and not rules.month_days_fit((1, 29), (2, 1), DEFAULT)
    assert rules.month_day_of(day("2025-01-28"), None) == (1, 28) and rules.month_day_of(None, (1, 29)) == (1, 29)


def test_dates_decide_the_score() -> None:
    settings = DEFAULT
    assert rules.date_score(2, day("2025-03-04"), None, day("2025-03"), [], False, settings) == 3, "compatible: +1"
    assert rules.date_score(3, day("2025-02-12"), None, day("2025-02-13"), [], False, settings) == 3, \
        "a strong match a day off: one event with a date conflict"
    assert rules.date_score(2, day("2025-02-12"), None, day("2025-02-13"), [], False, settings) == 0, "weak: two"
    assert rules.date_score(3, day("2025-02-12"), None, day("2025-06-13"), [], False, settings) == 0, "months apart"
    assert rules.date_score(2, None, None, day("2025-02-13"), [], True, settings) == 2, "undated, firm"
    assert rules.date_score(2, None, None, day("2025-02-13"), [], False, settings) == 0, "undated, not firm"
    assert rules.date_score(2, None, (2, 13), day("2025-02"), [], False, settings) == 3, "takes the event's year"
    assert rules.date_score(2, None, (1, 29), None, [(1, 28)], False, settings) == 3, "year-less on both sides"
    assert rules.date_score(2, None, (1, 10), None, [(1, 28)], True, settings) == 0


def test_a_statement_addressed_to_the_other_ones_speaker_goes_the_other_way() -> None:
    """'... thanked Ruto for his help' (the thanker missed) and 'Ruto said Kenya backed the government': opposite
    ways, two statements; not when the speaker is named, nor for what both sides do together."""
    people = {"ruto", "abiy"}.__contains__
    assert rules.addressed_to_its_speaker(True, False, [], ["ruto", "ethiopia"], ["ruto", "kenya"], ["ethiopia"],
                                          people)
    assert not rules.addressed_to_its_speaker(True, False, [], ["ruto"], ["abiy"], ["ruto"], people)
    assert not rules.addressed_to_its_speaker(True, False, ["abiy"], ["ruto"], ["ruto"], [], people)
    assert not rules.addressed_to_its_speaker(True, True, [], ["ruto"], ["ruto"], [], people)
    assert not rules.addressed_to_its_speaker(False, False, [], ["ruto"], ["ruto"], [], people)


def test_one_night_told_from_either_end_is_one_time() -> None:
    """'Rockets struck the depot on Thursday night' and 'rockets struck the depot in the small hours of Friday':
    one night, each source naming the day at one end of it."""
    assert rules.part_of_night("Thursday night") == "late"
    assert rules.part_of_night("on the night of Thursday, 4 June") == "late"
    assert rules.part_of_night("late on Thursday") == "late"
    assert rules.part_of_night("in the early hours of Friday") == "early"
    assert rules.part_of_night("before dawn on Friday") == "early"
    assert rules.part_of_night("on Friday") is None and rules.part_of_night("Friday evening") is None
    assert rules.part_of_night(None) is None
    thursday, friday = day("2026-06-04"), day("2026-06-05")
    assert rules.same_night(thursday, "late", friday, "early")
    assert rules.same_night(friday, "early", thursday, "late"), "either order"
    assert not rules.same_night(thursday, None, friday, None), "'on Thursday' and 'on Friday' are two days"
    assert not rules.same_night(thursday, "early", friday, "late"), "dawn on Thursday, then Friday night: two nights"
    assert not rules.same_night(thursday, "late", day("2026-06-06"), "early"), "two days apart"
    assert not rules.same_night(day("2026-06"), "late", friday, "early"), "a month is no night"
    assert rules.night_neighbour(thursday, "late") == friday
    assert rules.night_neighbour(friday, "early") == thursday
    assert rules.night_neighbour(thursday, None) is None
    assert rules.night_neighbour(day("2026-12-31"), "late") == day("2027-01-01")


def test_two_steps_told_in_turn_after_the_story_so_far_are_two_events() -> None:
    """'During the night, the rebels downed a drone.' ... 'Within hours, the rebels shelled a town.': each is told as
    what came next, in a sentence of its own: two steps, not one event told again. One sentence, or two articles,
    say nothing of it."""
    assert rules.told_in_turn({("a", 3)}, {("a", 5)})
    assert not rules.told_in_turn({("a", 3)}, {("a", 3)})
    assert not rules.told_in_turn({("a", 3)}, {("b", 5)})
    assert not rules.told_in_turn(set(), {("a", 5)})
