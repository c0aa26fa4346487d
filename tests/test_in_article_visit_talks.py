"""A visit's talks told in the next sentence (issue 16, item 4): within one article, the visitor's one meeting
with counterparts at the time and place of the visit, told by that article alone, is the visit told again
('Vell visited Kessel on 3 June.' ... 'He met Oda as well as Ruiz.'). Two meetings of one visit, a meeting other
articles tell too, someone else's meeting and a planned one stay apart. The rule on its own, then the resolver
on mentions written for these tests (no parsing)."""

from __future__ import annotations

from dossier.models import EventMention, Modality, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import Event, EventResolver, rules
from tests.test_merge_story import FACTS, JUNE_4  # the same made-up parties and day

IDS = ["president_vell", "norvia", "kessel", "minister_oda", "envoy_ruiz"]


def state_of(entity_id: str) -> str | None:
    return {"president_vell": "norvia"}.get(entity_id)


def mention(n: int, actors: list[int], targets: list[int], *, mode: Mode | None = None, location: int | None = None,
            time: TimeExpr | None = None, lemma: str = "meet", modality: Modality = Modality.ASSERTED,
            article: str = "a") -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=EventType.CONSULT, mode=mode, modality=modality, actors=tuple(actors),
                        targets=tuple(targets), location=location, time=time, lemma=lemma)


def on(day_of_month: int, month: int = 6) -> TimeExpr:
    return TimeExpr(f"{day_of_month}/{month}/2024", TimeKind.ABSOLUTE, year=2024, month=month, day=day_of_month)


def events_of(resolver: EventResolver, article: str = "a") -> list[Event]:
    ids = dict.fromkeys(item.event_id for item in resolver.by_article[article])
    return [resolver.events[i] for i in ids if i is not None]


VISIT = mention(0, [0, 1], [2], mode=Mode.VISIT, location=2, time=on(3), lemma="visit")


def named(entity_id: str) -> bool:
    return entity_id in {"president_vell", "minister_oda", "envoy_ruiz"}


def test_a_meeting_the_visitor_holds_with_a_named_counterpart_is_the_visit_told_again() -> None:
    visitors = ["president_vell", "norvia"]
    assert rules.meeting_of_the_visit(["president_vell"], ["minister_oda"], visitors, named, state_of)
    assert rules.meeting_of_the_visit(["president_vell", "norvia"], ["minister_oda", "envoy_ruiz"],
                                      ["president_vell"], named, state_of), "the visitor's state beside him"
    assert not rules.meeting_of_the_visit(["president_vell"], ["kessel_state"], visitors, named, state_of), \
        "a state is no named counterpart"
    assert not rules.meeting_of_the_visit(["president_vell"], [], visitors, named, state_of), \
        "no counterpart: a coming, another rule's"
    assert not rules.meeting_of_the_visit(["minister_oda"], ["envoy_ruiz"], visitors, named, state_of), \
        "someone else's meeting"
    assert not rules.meeting_of_the_visit(["minister_oda"], ["president_vell"], visitors, named, state_of), \
        "a meeting held with the visitor by someone else"
    assert not rules.meeting_of_the_visit(["president_vell", "minister_oda"], ["envoy_ruiz"], ["president_vell"],
                                          named, state_of), "an actor the visit lacks"
    assert not rules.meeting_of_the_visit(["norvia"], ["minister_oda"], ["president_vell"], named, state_of), \
        "the visitor's state alone is not the visitor"


def test_a_visit_absorbs_its_one_meeting_told_in_the_next_sentence() -> None:
    """'Vell visited Kessel on 3 June.' / 'He met Oda as well as Ruiz.' (undated: the story's day)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [VISIT, mention(1, [0], [3, 4])], IDS, [on(3)])
    events = events_of(resolver)
    assert len(events) == 1 and events[0].mode is Mode.VISIT and len(events[0].evidence) == 2
    closing = EventResolver(FACTS.get)  # 'Vell visited Kessel on 3 June.' / 'The visit ended with Oda meeting him.'
    closing.add_article("a", JUNE_4, [VISIT, mention(1, [3], [0])], IDS, [on(3)])
    assert len(events_of(closing)) == 2


def test_two_meetings_of_one_visit_stay_events_of_their_own() -> None:
    """'Vell visited Kessel on 3 June.' / 'He met Oda.' / 'Later he met Ruiz.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", JUNE_4, [VISIT, mention(1, [0], [3]), mention(2, [0], [4])], IDS, [on(3)])
    assert len(events_of(resolver)) == 3


def test_a_meeting_on_another_day_or_by_someone_else_or_planned_stays_apart() -> None:
    """'Vell visited Kessel on 3 June.' / 'He had met Oda on 9 March.' -- / 'Oda met Ruiz.' -- / 'He will meet
    Oda.'"""
    for other in (mention(1, [0], [3], time=on(9, 3)), mention(1, [3], [4]),
                  mention(1, [0], [3], modality=Modality.FUTURE)):
        resolver = EventResolver(FACTS.get)
        resolver.add_article("a", JUNE_4, [VISIT, other], IDS, [on(3), on(9, 3)])
        assert len(events_of(resolver)) == 2, other


def test_a_meeting_other_articles_tell_is_an_occasion_of_its_own() -> None:
    """Article b: 'Vell met Oda in Kessel on 3 June.' Article a: 'Vell visited Kessel on 3 June.' / 'He met Oda.'
    (which joins b's meeting): the meeting two sources tell stays apart from the visit."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("b", JUNE_4, [mention(0, [0], [1], location=2, time=on(3), article="b")],
                         ["president_vell", "minister_oda", "kessel"], [on(3)])
    resolver.add_article("a", JUNE_4, [VISIT, mention(1, [0], [3])], IDS, [on(3)])
    assert len(events_of(resolver)) == 2
