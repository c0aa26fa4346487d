"""One act told by several outlets that keep it apart by how they tell it: an undated report of a named visitor's
trip from an article that does not know when it was written, beside the one visit of that visitor the store holds;
a state's withdrawal dated a day apart by two outlets, no person named.
Rules on their own, then the resolver on mentions written for these tests (no parsing)."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver, recurring, rules
from dossier.resolve.events.settings import DEFAULT as SETTINGS

FACTS = {
    "vell": EntityFacts(EntityType.PERSON, None),
    "oda": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "kessel": EntityFacts(EntityType.PLACE, None),
}
IDS = ["vell", "oda", "norvia", "lorn", "kessel"]
VELL, ODA, NORVIA, LORN, KESSEL = range(5)


def mention(article: str, n: int, actors: list[int], targets: list[int], lemma: str, event_type: EventType,
            mode: Mode | None = None, time: TimeExpr | None = None, location: int | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=event_type, mode=mode, modality=Modality.ASSERTED, actors=tuple(actors),
                        targets=tuple(targets), location=location, time=time, lemma=lemma)


def at(text: str, month: int, day: int) -> TimeExpr:
    return TimeExpr(text, TimeKind.ABSOLUTE, year=2026, month=month, day=day)


def event_of(resolver: EventResolver, article: str, n: int) -> Event:
    item = resolver.by_article[article][n]
    assert item.event_id is not None
    return resolver.events[item.event_id]


def named(entity: str) -> bool:
    return FACTS[entity].type is EntityType.PERSON


# --- the rules ---------------------------------------------------------------------------------------------------


def test_a_named_visitors_trip_is_their_own_act() -> None:
    assert recurring.visit_of_its_own(Mode.VISIT, ["vell"], named), "'Vell flew into Kessel'"
    assert not recurring.visit_of_its_own(Mode.VISIT, ["norvia"], named), "a state's envoys come and go"
    assert not recurring.visit_of_its_own(None, ["vell", "oda"], named), "'Vell met Oda': meetings recur"
    assert not recurring.visit_of_its_own(Mode.PHONE, ["vell"], named), "calls recur"


# --- the resolver ------------------------------------------------------------------------------------------------


def test_an_undated_trip_joins_the_one_visit_of_its_visitor() -> None:
    """'Vell landed in Kessel on Wednesday.' (a dated report), then an undated analysis: 'Weeks later Vell flew into
    the capital.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("news", PartialDate(2026, 3, 12), [
        mention("news", 0, [VELL, NORVIA], [], "land", EventType.CONSULT, Mode.VISIT, at("on Wednesday", 3, 11),
                KESSEL)], IDS, [at("on Wednesday", 3, 11)])
    resolver.add_article("analysis", None, [
        mention("analysis", 3, [VELL], [], "fly", EventType.CONSULT, Mode.VISIT)], IDS, [])
    assert event_of(resolver, "analysis", 0) is event_of(resolver, "news", 0)


def test_an_undated_trip_stays_apart_from_two_visits_or_a_meeting() -> None:
    """Two visits of Vell in the store: which one is not known. A meeting of Vell and Oda is no visit, and an
    undated 'Vell met Oda' joins no meeting by itself (meetings recur)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("march", PartialDate(2026, 3, 12), [
        mention("march", 0, [VELL], [], "land", EventType.CONSULT, Mode.VISIT, at("on Wednesday", 3, 11), KESSEL),
        mention("march", 4, [VELL], [ODA], "meet", EventType.CONSULT, None, at("on Wednesday", 3, 11))],
        IDS, [at("on Wednesday", 3, 11)])
    resolver.add_article("june", PartialDate(2026, 6, 5), [
        mention("june", 0, [VELL], [LORN], "arrive", EventType.CONSULT, Mode.VISIT, at("on Thursday", 6, 4))],
        IDS, [at("on Thursday", 6, 4)])
    resolver.add_article("analysis", None, [
        mention("analysis", 3, [VELL], [], "fly", EventType.CONSULT, Mode.VISIT),
        mention("analysis", 7, [VELL], [ODA], "meet", EventType.CONSULT)], IDS, [])
    trip, meeting = event_of(resolver, "analysis", 0), event_of(resolver, "analysis", 1)
    assert trip is not event_of(resolver, "march", 0) and trip is not event_of(resolver, "june", 0)
    assert meeting is not event_of(resolver, "march", 1)


def test_an_undated_trip_elsewhere_stays_apart_from_the_one_visit() -> None:
    """'Vell landed in Kessel on Wednesday.', then an undated analysis: 'Vell's trips to Lorn' (a party and a place
    the one visit of the store lacks: another trip)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("news", PartialDate(2026, 3, 12), [
        mention("news", 0, [VELL], [], "land", EventType.CONSULT, Mode.VISIT, at("on Wednesday", 3, 11), KESSEL)],
        IDS, [at("on Wednesday", 3, 11)])
    resolver.add_article("analysis", None, [
        mention("analysis", 5, [VELL], [LORN], "trip", EventType.CONSULT, Mode.VISIT)], IDS, [])
    assert event_of(resolver, "analysis", 0) is not event_of(resolver, "news", 0)


# --- a withdrawal dated a day apart ------------------------------------------------------------------------------


def test_one_withdrawal_of_the_same_state_a_day_apart_is_one_act() -> None:
    day, other = PartialDate(2026, 12, 21), PartialDate(2026, 12, 22)
    one_off = (EventType.RETREAT, EventType.RETREAT)
    assert rules.one_act_days_apart(one_off, (day, other), ({"norvia"}, {"norvia"}), ({"lorn"}, set()), SETTINGS)
    assert not rules.one_act_days_apart(one_off, (day, PartialDate(2026, 12, 24)), ({"norvia"}, {"norvia"}),
                                        ((), ()), SETTINGS), "three days apart: two acts"
    assert not rules.one_act_days_apart(one_off, (day, other), ({"norvia"}, {"lorn"}), ((), ()), SETTINGS), \
        "another state withdrawing"
    assert not rules.one_act_days_apart(one_off, (day, other), ({"norvia"}, {"norvia"}), ({"lorn"}, {"kessel"}),
                                        SETTINGS), "withdrawn from another place"
    assert not rules.one_act_days_apart(one_off, (day, PartialDate(2026, 12)), ({"norvia"}, {"norvia"}), ((), ()),
                                        SETTINGS), "a month is compared by `dates_agree`"
    strikes = (EventType.ASSAULT, EventType.ASSAULT)
    assert not rules.one_act_days_apart(strikes, (day, other), ({"norvia"}, {"norvia"}), ({"lorn"}, {"lorn"}),
                                        SETTINGS), "strikes recur day after day"


def withdrawal(article: str, n: int, actors: list[int], targets: list[int], lemma: str, day: int) -> EventMention:
    return mention(article, n, actors, targets, lemma, EventType.RETREAT, None, at(f"on {day} December", 12, day))


def test_a_withdrawal_two_outlets_date_a_day_apart_is_one_event() -> None:
    """'Norvia completed the withdrawal of its forces from Lorn on 21 December.' and, in another outlet, 'The last
    Norvian soldiers left the country on 22 December.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("wire", PartialDate(2026, 12, 23), [withdrawal("wire", 2, [NORVIA], [LORN], "complete", 21)],
                         IDS, [at("on 21 December", 12, 21)])
    resolver.add_article("review", PartialDate(2026, 12, 28), [withdrawal("review", 0, [NORVIA], [], "leave", 22)],
                         IDS, [at("on 22 December", 12, 22)])
    assert event_of(resolver, "review", 0) is event_of(resolver, "wire", 0)


def test_withdrawals_of_a_state_on_two_days_with_a_third_near_stay_apart() -> None:
    """Three withdrawals of Norvia on the 21st, 22nd and 23rd: which two are one is not known."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("wire", PartialDate(2026, 12, 24), [
        withdrawal("wire", 2, [NORVIA], [LORN], "complete", 21),
        withdrawal("wire", 6, [NORVIA], [], "pull", 23)], IDS, [at("on 21 December", 12, 21)])
    resolver.add_article("review", PartialDate(2026, 12, 28), [withdrawal("review", 0, [NORVIA], [], "leave", 22)],
                         IDS, [at("on 22 December", 12, 22)])
    assert event_of(resolver, "review", 0) is not event_of(resolver, "wire", 0)
    assert event_of(resolver, "review", 0) is not event_of(resolver, "wire", 1)
