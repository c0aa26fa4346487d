"""One event per fact across the sentences of one article (issue 16, item 6; third merging round): an article
tells one visit or one withdrawal in several sentences, in other words, and those sentences are one event unless
something tells them apart (another principal, another date, a recollection of an older event). Rules on their
own, then the resolver on mentions written for these tests (no parsing)."""

from __future__ import annotations

from collections import Counter

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver, rules
from dossier.resolve.events.settings import DEFAULT, Settings

PEOPLE = {"president_vell", "minister_oda", "envoy_ruiz", "commander_tal", "rebel_front"}
STATES = {"norvia": "norvia", "kessel_state": "kessel_state", "norvian_army": None}


def named(entity_id: str) -> bool:
    return entity_id in PEOPLE


def state_of(entity_id: str) -> str | None:
    return STATES.get(entity_id)


def day(iso: str) -> PartialDate:
    return PartialDate.from_iso(iso)


# --- the rules ---------------------------------------------------------------------------------------------------


def test_sentences_naming_a_subset_of_the_same_people_tell_one_event() -> None:
    """'President Vell of Norvia landed in Kessel on Monday.' ... 'During the trip, Vell ...' / 'Norvia's
    president ...': the later sentences name no one the first lacks."""
    first = ({"president_vell", "norvia"}, ["president_vell", "norvia"], ["president_vell", "norvia", "kessel_state"])
    again = ({"norvia"}, ["norvia"], ["norvia", "kessel_state"])
    assert rules.told_again(first, again, named, state_of)
    assert rules.told_again(again, first, named, state_of), "either way round"


def test_another_principal_or_another_counterpart_is_another_event() -> None:
    """'Vell met Oda.' ... 'Vell met Ruiz.'; 'Norvia withdrew its troops.' ... 'The Rebel Front withdrew.'"""
    oda = ({"president_vell"}, ["president_vell"], ["president_vell", "minister_oda"])
    ruiz = ({"president_vell"}, ["president_vell"], ["president_vell", "envoy_ruiz"])
    assert not rules.told_again(oda, ruiz, named, state_of), "each names someone the other lacks"
    troops = ({"norvia"}, ["norvia"], ["norvia", "kessel_state"])
    rebels = ({"rebel_front"}, ["rebel_front"], ["rebel_front", "kessel_state"])
    assert not rules.told_again(troops, rebels, named, state_of), "another actor, though the same place is left"


def test_forces_act_for_their_state_as_principals() -> None:
    """'Norvian forces began a gradual pullout.' ... 'Norvia is withdrawing from the airfield.'"""
    forces = ({"norvian_army", "norvia"}, ["norvian_army", "norvia"], ["norvian_army", "norvia"])
    state = ({"norvia"}, ["norvia"], ["norvia", "kessel_state"])
    assert rules.told_again(forces, state, named, state_of)
    nobody: tuple[set[str], list[str], list[str]] = (set(), [], ["kessel_state"])
    assert rules.told_again(nobody, state, named, state_of), "no one acting on a side: a party in common"
    assert not rules.told_again(nobody, (set[str](), [], ["envoy_ruiz"]), named, state_of)


def test_the_principals_are_the_actors_named_most() -> None:
    assert rules.principals(Counter({"norvia": 3, "norvian_army": 3, "commander_tal": 1})) == {"norvia", "norvian_army"}
    assert rules.principals(Counter({"rebel_front": 1, "commander_tal": 1})) == {"rebel_front", "commander_tal"}
    assert rules.principals(Counter()) == set()


def test_a_date_tells_sentences_of_one_article_apart_only_against_another_date() -> None:
    """'Vell arrived on 3 June.' ... 'The trip was his first.' ... 'He came back on 9 September.'"""
    assert rules.same_story_dates(day("2024-06-03"), None), "an undated sentence of the story"
    assert rules.same_story_dates(day("2024-06"), day("2024-06-03")), "a month holding the day"
    assert not rules.same_story_dates(day("2024-06-03"), day("2024-09-09")), "two trips"


def test_an_undated_sentence_tells_the_articles_news_not_what_it_recalls() -> None:
    """A report of June's talks: 'Norvia hosts the Kessel government' (its news) is not 'a Norvian delegation
    visited Kessel in January' (recalled)."""
    story = [day("2024-01"), day("2024-06-03"), day("2019")]
    assert rules.tells_the_news(day("2024-06-03"), story, DEFAULT)
    assert rules.tells_the_news(day("2024-05-30"), story, DEFAULT), "within a week of the latest"
    assert not rules.tells_the_news(day("2024-01"), story, DEFAULT), "months before the news"
    assert rules.tells_the_news(day("2019"), [day("2019")], DEFAULT), "a story dated by years only tells nothing"


def test_two_undated_events_of_one_article_are_one_only_on_a_firm_match_or_the_same_word() -> None:
    """'Norvia hosts the Kessel government' / 'Norvian envoys visited Kessel': the same two states, no date."""
    assert not rules.undated_told_again(0, 2, False, False), "the same two states only"
    assert rules.undated_told_again(0, 2, False, True), "'Norvia sent troops' ... 'the troops it sent'"
    assert rules.undated_told_again(1, 2, False, False), "a named party and another in common"
    assert rules.undated_told_again(1, 1, True, False), "a named party and the place"


def test_a_mention_meeting_an_event_only_in_an_actor_named_in_passing_is_another_event() -> None:
    """Two sources: 'Norvian forces withdrew from the airfield', one quoting 'Commander Tal of the Rebel Front'
    as acting too; a third: 'The Rebel Front withdrew under pressure'."""
    withdrawal = Counter({"norvia": 3, "norvian_army": 3, "commander_tal": 1, "rebel_front": 1})
    assert not rules.principal_acts(False, ["rebel_front"], withdrawal, state_of)
    assert rules.principal_acts(False, ["norvian_army"], withdrawal, state_of)
    assert rules.principal_acts(False, ["envoy_ruiz"], withdrawal, state_of), "no actor in common: other rules"
    assert rules.principal_acts(True, ["rebel_front"], withdrawal, state_of), "a joint act: roles are one"
    assert rules.principal_acts(False, ["rebel_front"], Counter({"norvia": 1, "rebel_front": 1}), state_of), \
        "one source: no principal yet"


# --- the resolver --------------------------------------------------------------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "kessel_state": EntityFacts(EntityType.STATE, None),
    "kessel": EntityFacts(EntityType.PLACE, "kessel_state"),
}
JUNE_4 = PartialDate(2024, 6, 4)


def mention(article: str, n: int, event_type: EventType, actors: list[int], targets: list[int], *,
            mode: Mode | None = None, location: int | None = None, time: TimeExpr | None = None,
            lemma: str = "visit") -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4, type=event_type,
                        mode=mode, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=location, time=time, lemma=lemma)


def on(day_of_month: int, month: int = 6) -> TimeExpr:
    return TimeExpr(f"{day_of_month}/{month}/2024", TimeKind.ABSOLUTE, year=2024, month=month, day=day_of_month)


def events_of(resolver: EventResolver, article: str) -> list[Event]:
    ids = dict.fromkeys(item.event_id for item in resolver.by_article[article])
    return [resolver.events[i] for i in ids if i is not None]


def test_an_article_telling_one_visit_in_three_sentences_reports_one_event() -> None:
    """'Norvian delegation tours Kessel' (a headline) / 'Vell arrived in Kessel on 3 June.' / 'The Norvian visit
    is the first since the war.' (the headline and the last: no date, another word, fewer people)."""
    ids = ["president_vell", "norvia", "kessel_state", "kessel"]
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", None, [  # an article that does not say when it was written
        mention("a", 0, EventType.CONSULT, [1], [2], mode=Mode.VISIT, location=3, lemma="tour"),
        mention("a", 1, EventType.CONSULT, [0, 1], [2], mode=Mode.VISIT, location=3, time=on(3), lemma="arrive"),
        mention("a", 2, EventType.CONSULT, [1], [2], mode=Mode.VISIT, lemma="visit"),
    ], ids, [on(3)])
    events = events_of(resolver, "a")
    assert len(events) == 1 and len(events[0].evidence) == 3
    assert events[0].date == PartialDate(2024, 6, 3)


def test_two_meetings_with_different_counterparts_in_one_article_stay_two() -> None:
    """'Vell met Oda on 3 June.' / 'Vell also met Ruiz.'"""
    ids = ["president_vell", "minister_oda", "envoy_ruiz"]
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [
        mention("a", 0, EventType.CONSULT, [0], [1], time=on(3), lemma="meet"),
        mention("a", 1, EventType.CONSULT, [0], [2], lemma="meet"),
    ], ids, [on(3)])
    assert len(events_of(resolver, "a")) == 2


def test_an_undated_sentence_joins_the_visit_its_article_reports_not_the_one_it_recalls() -> None:
    """'Vell's visit pleases Kessel' (a headline) / 'Vell visited Kessel on 9 September.' / 'He had been there on
    3 June.'"""
    ids = ["president_vell", "kessel_state", "kessel"]
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2024, 9, 10), [
        mention("a", 0, EventType.CONSULT, [0], [1], mode=Mode.VISIT, location=2),
        mention("a", 1, EventType.CONSULT, [0], [1], mode=Mode.VISIT, location=2, time=on(9, 9)),
        mention("a", 2, EventType.CONSULT, [0], [1], mode=Mode.VISIT, location=2, time=on(3)),
    ], ids, [on(9, 9), on(3)])
    events = events_of(resolver, "a")
    assert len(events) == 2, "two visits months apart"
    told = resolver.events[resolver.by_article["a"][0].event_id or ""]
    assert told.date == PartialDate(2024, 9, 9) and len(told.evidence) == 2


# --- places within places, and undated mentions placed firmly -----------------------------------------------------


def test_a_place_named_after_its_town_lies_in_it() -> None:
    assert rules.named_within("Kessel airport", "Kessel")
    assert rules.named_within("Kessel air base", "kessel")
    assert not rules.named_within("Kessel", "Kessel airport"), "the town does not lie in its airport"
    assert not rules.named_within("Kessel Vell Stadium", "Kessel"), "another proper name follows"
    assert not rules.named_within("Kesselberg", "Kessel") and not rules.named_within("Kessel", "")
    names = {"kessel_airport": "Kessel airport", "kessel": "Kessel", "lorn": "Lorn"}

    def within(place: str, other: str) -> bool:
        return rules.named_within(names[place], names[other])

    assert rules.place_fits("kessel_airport", ["kessel"], within=within), "'withdrew from Kessel airport'"
    assert rules.place_fits("kessel", ["kessel_airport"], within=within), "either way round"
    assert not rules.place_fits("lorn", ["kessel"], within=within)


def test_undated_mentions_at_one_named_place_with_one_actor_and_word_firmly_match() -> None:
    """'Norvia is withdrawing from Kessel airport' / 'Norvia withdrew its forces from Kessel airport' (no person
    named, no date): one withdrawal."""
    assert rules.placed_match(True, True, True)
    assert not rules.placed_match(False, True, True), "a place that is no name ('the border')"
    assert not rules.placed_match(True, False, True), "someone else withdrew from there"
    assert not rules.placed_match(True, True, False), "another act at the same place"


def test_a_withdrawal_from_an_airport_and_from_its_town_is_one_without_a_location_conflict() -> None:
    """'Norvia withdrew from Kessel airport on 3 June' / another source: 'Norvia is withdrawing from Kessel
    airport' (undated, the same word) / a third: 'Norvia withdrew from Kessel on 3 June' / a fourth: 'Norvia
    pulled out of Kessel airport' (undated, another word)."""
    facts = {**FACTS, "kessel_airport": EntityFacts(EntityType.FACILITY, None, name="Kessel airport"),
             "kessel_town": EntityFacts(EntityType.FACILITY, None, name="Kessel")}
    resolver = EventResolver(facts.get)
    resolver.add_article("a", JUNE_4, [mention("a", 0, EventType.RETREAT, [0], [], location=1, time=on(3),
                                               lemma="withdraw")], ["norvia", "kessel_airport"], [on(3)])
    resolver.add_article("b", JUNE_4, [mention("b", 0, EventType.RETREAT, [0], [], location=1, lemma="withdraw")],
                         ["norvia", "kessel_airport"], [])
    resolver.add_article("c", JUNE_4, [mention("c", 0, EventType.RETREAT, [0], [], location=1, time=on(3),
                                               lemma="withdraw")], ["norvia", "kessel_town"], [on(3)])
    resolver.add_article("d", JUNE_4, [mention("d", 0, EventType.RETREAT, [0], [], location=1, lemma="pull")],
                         ["norvia", "kessel_airport"], [])
    first = events_of(resolver, "a")[0]
    assert events_of(resolver, "b")[0] is first, "the same named place, actor and word"
    assert events_of(resolver, "c")[0] is first, "the airport lies in the town"
    assert [c.field for c in resolver.conflicts(first)] == [], "one place told more or less precisely"
    assert events_of(resolver, "d")[0] is not first, "no person named, another word, no date: not firm"


def test_a_group_larger_than_one_story_is_left_as_it_is() -> None:
    """The three-sentence visit again, with `story_group_most` under two: a long run of one kind of event
    (a list of strikes, a repeated text) is not compared pair by pair."""
    ids = ["president_vell", "norvia", "kessel_state", "kessel"]
    said = [mention("a", 0, EventType.CONSULT, [1], [2], mode=Mode.VISIT, location=3, lemma="tour"),
            mention("a", 1, EventType.CONSULT, [0, 1], [2], mode=Mode.VISIT, location=3, time=on(3), lemma="arrive"),
            mention("a", 2, EventType.CONSULT, [1], [2], mode=Mode.VISIT, lemma="visit")]
    told = EventResolver(FACTS.get)
    told.add_article("a", None, said, ids, [on(3)])
    capped = EventResolver(FACTS.get, settings=Settings(story_group_most=1))
    capped.add_article("a", None, said, ids, [on(3)])
    assert len(events_of(told, "a")) == 1 and len(events_of(capped, "a")) > 1
