"""One occasion told in several modes within one article (issue 16, items 4 and 6; fourth merging round): talks
said of a phone call, a coming said of a visit, a joint press conference said of a meeting are that call, visit
or meeting; a meeting with a counterpart of its own during a visit, a summit beside a meeting on its sidelines,
and talks held somewhere stay apart. The rules on their own, then the resolver on mentions written for these
tests (no parsing)."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver
from dossier.resolve.events.coreference import (
    Occasion,
    appearance_of_the_meeting,
    occasion,
    talk_of_the_call,
    told_in_another_mode,
    travel_of_the_visit,
)

PEOPLE = {"president_vell", "minister_oda", "envoy_ruiz", "pact_council"}


def named(entity_id: str) -> bool:
    return entity_id in PEOPLE


# --- the rules ---------------------------------------------------------------------------------------------------


def test_the_occasion_of_a_consult_is_its_mode() -> None:
    assert occasion(EventType.CONSULT, None) is Occasion.MEETING
    assert occasion(EventType.CONSULT, Mode.PHONE) is Occasion.CALL
    assert occasion(EventType.CONSULT, Mode.VISIT) is Occasion.VISIT
    assert occasion(EventType.CONSULT, Mode.MULTILATERAL) is Occasion.APPEARANCE
    assert occasion(EventType.CONSULT, Mode.THIRD_PARTY) is None, "talks through a mediator: not compared"
    assert occasion(EventType.AGREE, None) is None, "only meetings, calls and visits"


def test_talks_naming_no_one_the_call_lacks_are_the_call() -> None:
    """'Vell phoned Oda on Friday.' ... 'The two leaders went over the border dispute.' / 'Norvia and Kessel
    discussed grain.'"""
    call = {"president_vell", "minister_oda", "norvia"}
    assert talk_of_the_call({"president_vell", "minister_oda"}, {"president_vell", "minister_oda"}, False, call)
    assert talk_of_the_call(set(), {"norvia", "kessel_state"}, False, call), "states only, one in common"
    assert not talk_of_the_call({"president_vell", "envoy_ruiz"}, {"president_vell", "envoy_ruiz"}, False, call), \
        "Ruiz was not on the call: a meeting of its own"
    assert not talk_of_the_call({"president_vell"}, {"president_vell"}, True, call), "'they met in Lorn': no call"
    assert not talk_of_the_call(set(), {"kessel_state"}, False, call), "nothing in common"


def test_a_coming_without_a_counterpart_is_the_visit() -> None:
    """'Vell landed in Kessel for a state visit.' ... 'Vell came to Kessel to talk trade.' against 'Vell also sat
    down with Ruiz.' (a counterpart: a meeting of the visit, an event of its own)."""
    visitors = {"president_vell", "norvia"}
    assert travel_of_the_visit({"president_vell"}, False, {"president_vell"}, visitors)
    assert not travel_of_the_visit({"president_vell", "envoy_ruiz"}, True, {"president_vell"}, visitors)
    assert not travel_of_the_visit({"minister_oda"}, False, {"minister_oda"}, visitors), "another visitor"
    assert not travel_of_the_visit(set(), False, {"kessel_state"}, visitors), "the host acting is no coming"


def test_a_joint_appearance_of_the_people_who_met_is_their_meeting() -> None:
    """'Vell and Oda met in Kessel.' ... 'Vell and Oda then faced reporters together.' against 'Vell attended the
    Pact Council summit' (a party the meeting lacks) and 'Vell spoke at a forum' (one person)."""
    meeting = {"president_vell", "minister_oda", "norvia", "kessel_state"}
    assert appearance_of_the_meeting({"president_vell", "minister_oda"}, {"president_vell", "minister_oda", "norvia"},
                                     meeting, 2)
    assert not appearance_of_the_meeting({"president_vell", "pact_council"}, {"president_vell", "pact_council"},
                                         meeting, 2), "a summit on whose sidelines they met"
    assert not appearance_of_the_meeting({"president_vell"}, {"president_vell"}, meeting, 2), "one person"


def test_only_three_pairs_of_occasions_are_compared() -> None:
    """Talks of a call, a coming of a visit, an appearance of a meeting; a call is not told as a visit, nor a
    meeting as another meeting in another mode."""
    people = {"president_vell", "minister_oda"}

    def told(part: Occasion, whole: Occasion) -> bool:
        return told_in_another_mode(part, whole, people, people, people, [], False, people, people, named, 2)

    assert told(Occasion.MEETING, Occasion.CALL)
    assert told(Occasion.MEETING, Occasion.VISIT), "no counterpart among its targets: the visitors coming"
    assert told(Occasion.APPEARANCE, Occasion.MEETING)
    assert not told(Occasion.CALL, Occasion.VISIT) and not told(Occasion.VISIT, Occasion.CALL)
    assert not told(Occasion.MEETING, Occasion.MEETING) and not told(Occasion.MEETING, Occasion.APPEARANCE)
    assert not told_in_another_mode(Occasion.MEETING, Occasion.VISIT, people, people, ["president_vell"],
                                    ["minister_oda"], False, people, people, named, 2), "Vell met Oda: a counterpart"


# --- the resolver --------------------------------------------------------------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "pact_council": EntityFacts(EntityType.ORG, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "kessel_state": EntityFacts(EntityType.STATE, None),
    "kessel": EntityFacts(EntityType.PLACE, "kessel_state"),
    "lorn": EntityFacts(EntityType.PLACE, None),
}
JUNE_4 = PartialDate(2024, 6, 4)


def mention(n: int, actors: list[int], targets: list[int], *, mode: Mode | None = None, location: int | None = None,
            time: TimeExpr | None = None, lemma: str = "meet", modality: Modality = Modality.ASSERTED,
            article: str = "a", sentence: int | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n if sentence is None else sentence, trigger=lemma,
                        start=10 * n, end=10 * n + 4, type=EventType.CONSULT, mode=mode, modality=modality,
                        actors=tuple(actors), targets=tuple(targets), location=location, time=time, lemma=lemma)


def on(day_of_month: int, month: int = 6) -> TimeExpr:
    return TimeExpr(f"{day_of_month}/{month}/2024", TimeKind.ABSOLUTE, year=2024, month=month, day=day_of_month)


def events_of(resolver: EventResolver, article: str = "a") -> list[Event]:
    ids = dict.fromkeys(item.event_id for item in resolver.by_article[article])
    return [resolver.events[i] for i in ids if i is not None]


def test_talks_told_of_a_call_join_the_call_and_it_stays_a_call() -> None:
    """'Vell phoned Oda on 3 June.' / 'The two discussed the border.' (typed as a meeting without a mode)."""
    ids = ["president_vell", "minister_oda"]
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [1], mode=Mode.PHONE, time=on(3), lemma="phone"),
        mention(1, [0, 1], [], lemma="discuss"),
    ], ids, [on(3)])
    events = events_of(resolver)
    assert len(events) == 1 and len(events[0].evidence) == 2
    assert events[0].mode is Mode.PHONE and events[0].date == PartialDate(2024, 6, 3)


def test_undated_talks_and_an_undated_call_join_only_on_a_firm_match() -> None:
    """An article without a date: 'Vell spoke with Oda by phone.' / 'Vell talked with Oda.' (both named), against
    'Norvia phoned Kessel.' / 'Norvia and Kessel talked.' (two states, nothing firm)."""
    people = EventResolver(FACTS.get)
    people.add_article("a", None, [mention(0, [0], [1], mode=Mode.PHONE, lemma="speak"),
                                   mention(1, [0], [1], lemma="talk")], ["president_vell", "minister_oda"], [])
    assert len(events_of(people)) == 1
    states = EventResolver(FACTS.get)
    states.add_article("a", None, [mention(0, [0], [1], mode=Mode.PHONE, lemma="phone"),
                                   mention(1, [0, 1], [], lemma="talk")], ["norvia", "kessel_state"], [])
    assert len(events_of(states)) == 2


def test_a_meeting_somewhere_is_not_the_call_of_that_day() -> None:
    """'Vell phoned Oda on 3 June.' / 'Vell and Oda met in Lorn.' (a place: no call)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [1], mode=Mode.PHONE, time=on(3), lemma="phone"),
        mention(1, [0, 1], [], location=2),
    ], ["president_vell", "minister_oda", "lorn"], [on(3)])
    assert len(events_of(resolver)) == 2


def test_a_coming_joins_the_visit() -> None:
    """'Vell arrived in Kessel on 3 June for a visit.' / 'Vell came to Kessel to talk trade.' (typed without a
    mode)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0, 1], [], mode=Mode.VISIT, location=2, time=on(3), lemma="arrive"),
        mention(1, [0], [], location=2, lemma="come"),
    ], ["president_vell", "norvia", "kessel"], [on(3)])
    events = events_of(resolver)
    assert len(events) == 1 and events[0].mode is Mode.VISIT and len(events[0].evidence) == 2


def test_a_meeting_with_a_counterpart_during_a_visit_is_left_to_the_visits_talks() -> None:
    """'Vell arrived in Kessel on 3 June for a visit.' / 'There Vell met Ruiz.': no coming told again (Ruiz is a
    counterpart); the visitor's one meeting of the article is the visit's talks (`in_article._visit_talks`,
    tests/test_in_article_visit_talks.py, where a second meeting keeps both apart)."""
    ids = ["president_vell", "norvia", "kessel", "envoy_ruiz"]
    arrive = mention(0, [0, 1], [], mode=Mode.VISIT, location=2, time=on(3), lemma="arrive")
    assert not travel_of_the_visit(["president_vell", "envoy_ruiz"], True, ["president_vell"], ["president_vell"])
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [arrive, mention(1, [0], [3], location=2)], ids, [on(3)])
    assert len(events_of(resolver)) == 1


def test_a_coming_on_another_day_is_another_visit() -> None:
    """'Vell arrived in Kessel on 3 June.' / 'Vell had come to Kessel on 9 March.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [], mode=Mode.VISIT, location=1, time=on(3), lemma="arrive"),
        mention(1, [0], [], location=1, time=on(9, 3), lemma="come"),
    ], ["president_vell", "kessel"], [on(3), on(9, 3)])
    assert len(events_of(resolver)) == 2


def test_a_joint_press_conference_joins_the_meeting_and_the_meeting_keeps_no_mode() -> None:
    """'Vell met Oda in Kessel on 3 June.' / 'Vell and Oda gave a joint press conference after their talks.'
    (typed multilateral); then another article: 'Vell and Oda met on 3 June.' still joins the meeting."""
    ids = ["president_vell", "minister_oda", "kessel"]
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [1], location=2, time=on(3)),
        mention(1, [0, 1], [], mode=Mode.MULTILATERAL, lemma="conference"),
    ], ids, [on(3)])
    events = events_of(resolver)
    assert len(events) == 1 and events[0].mode is None
    assert all(item.mode is None for item in events[0].evidence), "the appearance is read as the meeting"
    resolver.add_article("b", JUNE_4, [mention(0, [0, 1], [], time=on(3), article="b")],
                         ["president_vell", "minister_oda"], [on(3)])
    assert events_of(resolver, "b")[0] is events[0]


def test_a_summit_beside_a_meeting_on_its_sidelines_stays_apart() -> None:
    """'Vell met Oda on 3 June.' / 'Vell and Oda attended the Pact Council summit.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [1], time=on(3)),
        mention(1, [0, 1], [2], mode=Mode.MULTILATERAL, lemma="attend"),
    ], ["president_vell", "minister_oda", "pact_council"], [on(3)])
    assert len(events_of(resolver)) == 2


def test_a_planned_meeting_does_not_join_a_call_that_happened() -> None:
    """'Vell phoned Oda on 3 June.' / 'Vell will meet Oda.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention(0, [0], [1], mode=Mode.PHONE, time=on(3), lemma="phone"),
        mention(1, [0], [1], modality=Modality.FUTURE),
    ], ["president_vell", "minister_oda"], [on(3)])
    assert len(events_of(resolver)) == 2


def test_talks_fitting_two_calls_join_neither() -> None:
    """'Vell phoned Oda on 3 June.' / 'Vell phoned Ruiz on 4 June.' / 'Vell discussed the border.' (naming no one
    either call lacks): which call the talks were is not known."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", None, [
        mention(0, [0], [1], mode=Mode.PHONE, time=on(3), lemma="phone"),
        mention(1, [0], [2], mode=Mode.PHONE, time=on(4), lemma="phone"),
        mention(2, [0], [], lemma="discuss", sentence=9),
    ], ["president_vell", "minister_oda", "envoy_ruiz"], [on(3), on(4)])
    talks = resolver.by_article["a"][2]
    assert len(events_of(resolver)) == 3
    assert resolver.events[talks.event_id or ""].mode is None, "left apart"


def test_a_meeting_other_articles_tell_is_not_taken_for_a_coming() -> None:
    """Article a: 'Vell and Oda met in Kessel on 3 June.' Article b: 'Vell and Oda arrived in Kessel on 3 June'
    (a visit whose actors wrongly hold the host) / 'Vell came to Kessel.' (which joins a's meeting): the meeting,
    told by two articles, is an occasion of its own, not b's coming."""
    resolver = EventResolver(FACTS.get)
    ids = ["president_vell", "minister_oda", "kessel"]
    resolver.add_article("a", JUNE_4, [mention(0, [0, 1], [], location=2, time=on(3))], ids, [on(3)])
    resolver.add_article("b", JUNE_4, [
        mention(0, [0, 1], [], mode=Mode.VISIT, location=2, time=on(3), lemma="arrive", article="b"),
        mention(1, [0], [], location=2, lemma="come", article="b"),
    ], ids, [on(3)])
    meeting = events_of(resolver, "a")[0]
    assert meeting.mode is None
    assert resolver.by_article["b"][0].event_id != meeting.id
