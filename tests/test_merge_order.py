"""Which of two reports arrives first must not decide whether they are one event: a day-precise report of an act
between two states and a later review that gives only its month are one act in either order (the month holds the
day, so each finds the other), while a second act of the same kind in another month stays apart. The resolver on
mentions written for these tests (no parsing)."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver

FACTS = {
    "tarsis": EntityFacts(EntityType.STATE, None),
    "ombra": EntityFacts(EntityType.STATE, None),
    "envoy": EntityFacts(EntityType.PERSON, None),
}
IDS = ["tarsis", "ombra", "envoy"]
TARSIS, OMBRA, ENVOY = 0, 1, 2
DAY = TimeExpr("on Tuesday", TimeKind.ABSOLUTE, year=2027, month=5, day=11)
MAY = TimeExpr("in May", TimeKind.ABSOLUTE, year=2027, month=5)
JULY = TimeExpr("in July", TimeKind.ABSOLUTE, year=2027, month=7)


def expulsion(article: str, n: int, targets: list[int], lemma: str, time: TimeExpr) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=EventType.SANCTION, mode=Mode.EXPEL, modality=Modality.ASSERTED, actors=(TARSIS,),
                        targets=tuple(targets), location=None, time=time, lemma=lemma)


def events_of(reports: list[tuple[str, PartialDate, list[EventMention], list[TimeExpr]]]) -> set[str]:
    resolver = EventResolver(FACTS.get)
    for article, written, mentions, times in reports:
        resolver.add_article(article, written, mentions, IDS, times)
    return {item.event_id or "" for article, *_ in reports for item in resolver.by_article[article]}


def test_a_day_and_the_month_holding_it_meet_whichever_comes_first() -> None:
    """'Tarsis ordered Ombra's envoy to leave within two days on Tuesday' (a daily, 12 May) and 'Tarsis expelled
    Ombra's ambassador in May' (a review, written in September): one expulsion, read in either order."""
    daily = ("daily", PartialDate(2027, 5, 12), [expulsion("daily", 0, [ENVOY, OMBRA], "order", DAY)], [DAY])
    review = ("review", PartialDate(2027, 9, 20), [expulsion("review", 4, [OMBRA], "expel", MAY)], [MAY])
    assert len(events_of([daily, review])) == 1, "the daily read first"
    assert len(events_of([review, daily])) == 1, "the review read first"


def test_an_act_of_another_month_stays_apart_in_either_order() -> None:
    """'Tarsis expelled Ombra's ambassador in July': not the expulsion of 11 May, whichever is read first."""
    daily = ("daily", PartialDate(2027, 5, 12), [expulsion("daily", 0, [ENVOY, OMBRA], "order", DAY)], [DAY])
    later = ("later", PartialDate(2027, 9, 20), [expulsion("later", 2, [OMBRA], "expel", JULY)], [JULY])
    assert len(events_of([daily, later])) == 2
    assert len(events_of([later, daily])) == 2
