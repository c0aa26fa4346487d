"""Power changing hands told from the side of whom it brings in ("came to power", "seized power", "the change of
power in X"): a mention of the removal from power of `lexicon/once.yaml`, never a visit (extract/power.py), that
joins the store's one removal in its state whatever order the articles arrive in (resolve/events/merging.py,
`_power_changed`, `_power_events_join`; recurring.power_changes_in). Sentences and records written for these
tests."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.resolve.events.records import Event
from dossier.resolve.events.recurring import power_changes_in
from tests.helpers.pipeline import events

# --- extraction -------------------------------------------------------------------------------------------------


def test_coming_to_power_is_the_removal_kind_not_a_visit() -> None:
    (seen,) = events("William Ruto came to power on September 13 after a disputed vote.")
    assert (seen.type, seen.trigger, seen.actors, seen.time) == (
        EventType.COERCE, "came to power", {"William Ruto"}, "September 13")
    (seen,) = events("The army seized power in Niger in July.")
    assert (seen.type, seen.trigger, seen.actors) == (EventType.COERCE, "seized power", {"army"})


def test_told_in_passing_by_whom_it_brought_in_alone_it_stays_only_with_its_own_day() -> None:
    """'after X's government came into power on September 13th': the day is evidence of the one fact; 'in 2022',
    naming neither whom it removed nor the state, the era's anchor (once.yaml: `own` keeps the `day` rule there)."""
    found = events("A Kenyan bank was ordered to close after Kenya's government came into power on September 13th.")
    assert {(e.type, e.trigger, e.time) for e in found if e.type is EventType.COERCE} == {
        (EventType.COERCE, "came into power", "September 13th")}
    found = events("A Kenyan bank was ordered to close after Kenya's government came into power in 2022.")
    assert found and all(e.type is not EventType.COERCE for e in found)


def test_a_fall_in_passing_stays_at_its_own_precision() -> None:
    """A named ruler's fall told in passing is one more source of that one fall (tests/test_power_fall_in_passing.py):
    its own day, its own month, or undated."""
    for text, when in (
            ("Following the overthrow of Omar al-Bashir on April 11, 2019, China began withdrawing engineers from "
             "Sudan.", "April 11, 2019"),
            ("Following the overthrow of Omar al-Bashir in April, China began withdrawing engineers from Sudan.",
             "April"),
            ("Following the overthrow of Omar al-Bashir, China began withdrawing engineers from Sudan.", None)):
        found = events(text)
        assert {(e.trigger, e.time) for e in found if e.type is EventType.COERCE} == {("overthrow", when)}, text
        assert {(e.type, e.time) for e in found if e.type is not EventType.COERCE} == {(EventType.RETREAT, None)}


# --- resolution ---------------------------------------------------------------------------------------------------

FACTS = {
    "ruler_kessel": EntityFacts(EntityType.PERSON, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "lorn_capital": EntityFacts(EntityType.PLACE, "lorn"),
    "lorn_council": EntityFacts(EntityType.ORG, "lorn"),
    "norvia": EntityFacts(EntityType.STATE, None),
}
IDS = list(FACTS)
KESSEL, LORN, CAPITAL, COUNCIL, NORVIA = range(5)
MARCH = TimeExpr("March 2021", TimeKind.ABSOLUTE, year=2021, month=3)
THIRD = TimeExpr("March 3, 2021", TimeKind.ABSOLUTE, year=2021, month=3, day=3)


def mention(article: str, lemma: str, actors: list[int], targets: list[int], time: TimeExpr,
            location: int | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=0, trigger=lemma, start=0, end=4, type=EventType.COERCE,
                        mode=None, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=location, time=time, lemma=lemma)


def event_of(resolver: EventResolver, article: str) -> Event:
    return resolver.events[resolver.by_article[article][0].event_id or ""]


def test_coming_to_power_joins_the_one_removal_in_its_state_and_gives_its_day() -> None:
    """'Kessel was ousted in March 2021' (in Lorn's capital) / 'Lorn's council came into power on March 3, 2021'."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2021, 4, 1), [mention("a", "oust", [], [KESSEL], MARCH, CAPITAL)], IDS,
                         [MARCH])
    resolver.add_article("b", PartialDate(2021, 5, 1), [mention("b", "power", [COUNCIL], [], THIRD)], IDS, [THIRD])
    assert event_of(resolver, "a").id == event_of(resolver, "b").id
    assert event_of(resolver, "a").date == PartialDate(2021, 3, 3)


def test_told_first_it_joins_the_removal_when_it_comes() -> None:
    resolver = EventResolver(FACTS.get)
    resolver.add_article("b", PartialDate(2021, 5, 1), [mention("b", "power", [COUNCIL], [], THIRD)], IDS, [THIRD])
    resolver.add_article("a", PartialDate(2021, 4, 1), [mention("a", "oust", [], [KESSEL], MARCH, CAPITAL)], IDS,
                         [MARCH])
    assert event_of(resolver, "a").id == event_of(resolver, "b").id


def test_in_another_state_or_at_another_date_it_stays_apart() -> None:
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2021, 4, 1), [mention("a", "oust", [], [KESSEL], MARCH, CAPITAL)], IDS,
                         [MARCH])
    resolver.add_article("b", PartialDate(2021, 5, 1), [mention("b", "power", [NORVIA], [], THIRD)], IDS, [THIRD])
    later = TimeExpr("June 2023", TimeKind.ABSOLUTE, year=2023, month=6)
    resolver.add_article("c", PartialDate(2023, 7, 1), [mention("c", "power", [COUNCIL], [], later)], IDS, [later])
    assert len({event_of(resolver, x).id for x in "abc"}) == 3


def test_the_one_removal_of_the_state_naming_whom_it_removed() -> None:
    assert power_changes_in({"lorn"}, [("ev1", {"lorn"}, True), ("ev2", {"norvia"}, True)]) == "ev1"
    assert power_changes_in({"lorn"}, [("ev1", {"lorn"}, True), ("ev2", {"lorn"}, True)]) is None  # two
    assert power_changes_in({"lorn"}, [("ev1", {"lorn"}, False)]) is None  # names no one removed
    assert power_changes_in(set(), [("ev1", {"lorn"}, True)]) is None
