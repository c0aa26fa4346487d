"""A ruler's fall told in passing, as the background of another fact ("following the overthrow of X in April",
"since ousting X in 2019", "after the fall of X's regime", "the change of power in Y in late 2019", "the events
that led to the change in leadership in Y on <day>"), is one more mention of that one fall: extracted with its
own words' date at its own precision, or none (`lexicon/once.yaml`, background `own`; extract/facts.py), never
dating the sentence's main fact nor dated by it, and joined in resolution to the store's one removal of that
ruler, or in that state, whatever the precision (resolve/events/merging.py; another year is another fall).
Sentences and records written for these tests."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.resolve.events.records import Event
from tests.helpers.pipeline import events, extraction

# --- extraction -------------------------------------------------------------------------------------------------


def test_a_fall_after_following_keeps_its_own_month_and_dates_nothing_else() -> None:
    text = "Following the overthrow of Omar al-Bashir in April, China began withdrawing engineers from Sudan."
    found = extraction(text)
    fall = [e for e in found.events if e.type is EventType.COERCE]
    assert [(e.trigger, e.time.text if e.time else None) for e in fall] == [("overthrow", "April")]
    (withdrawal,) = [e for e in found.events if e.type is EventType.RETREAT]
    assert withdrawal.time is None and withdrawal.time_ref is None, "the withdrawal is not dated by the fall"


def test_since_ousting_a_ruler_in_a_year_is_that_fall_without_the_description_of_him() -> None:
    """'since ousting long-time Beijing ally X in 2019': whose ally he was is no party to his fall."""
    found = events("Burhan, who is on his third trip to Egypt since ousting long-time Beijing ally Omar al-Bashir in "
                   "2019, thanked Sisi for his support.")
    assert {(e.trigger, e.time) for e in found if e.type is EventType.COERCE} == {("ousting", "2019")}
    (fall,) = [e for e in found if e.type is EventType.COERCE]
    assert fall.targets == {"Omar al-Bashir"}
    assert all(e.time is None for e in found if e.type is not EventType.COERCE), "the thanks is not of 2019"


def test_the_fall_of_a_rulers_regime_told_undated_is_kept_undated() -> None:
    found = events("The general met the Chinese envoy on May 2, his first trip abroad since taking office after the "
                   "fall of Omar al-Bashir's regime.")
    assert {(e.type, e.trigger, e.time) for e in found} >= {(EventType.COERCE, "fall", None)}
    assert all(e.time == "May 2" for e in found if e.type is not EventType.COERCE), "the meeting keeps its day"


def test_the_change_of_power_in_a_state_is_a_removal_in_that_state_at_its_own_precision() -> None:
    found = events("The first meeting between Cairo and Khartoum following the change of power in Sudan in late "
                   "2019 took place in October, when Sisi and Burhan discussed the border in a phone call.")
    changes = [e for e in found if e.type is EventType.COERCE]
    assert [(e.trigger, e.targets, e.time) for e in changes] == [("change of power", {"Sudan"}, "late 2019")]
    assert all(e.time == "October" for e in found if e.type is not EventType.COERCE)


def test_what_led_to_the_change_in_leadership_tells_it_with_its_day() -> None:
    """'the protests that led to the change', 'culminated in the change' (once.yaml `led_to`): told as having
    happened, on its day."""
    for text, words in (
            ('The envoy said: "The protests that led to the change in leadership in Sudan on April 11, 2019, do not '
             'alter our position."', "change in leadership"),
            ("Months of protests, which culminated in the change of power in Sudan on April 11, 2019, left the "
             "economy in ruins.", "change of power")):
        found = events(text)
        assert [(e.type, e.trigger, e.targets, e.time) for e in found] == [
            (EventType.COERCE, words, {"Sudan"}, "April 11, 2019")], text


def test_a_place_falling_or_talks_collapsing_in_passing_is_no_ruler_removed() -> None:
    """'since the fall of Kabul' (a city), 'since the collapse of the talks in Geneva' (the place they were held):
    no ruler or regime removed, no state whose power changed hands (`facts.ruled`)."""
    for text in ("Since the fall of Kabul, Pakistan has hosted thousands of refugees.",
                 "Since the collapse of the talks in Geneva, Turkey has shelled Kurdish towns."):
        found = events(text)
        assert found and all(e.type is not EventType.COERCE for e in found), text
    found = events("Since the fall of the Taliban government, Pakistan has hosted thousands of refugees.")
    assert [e.trigger for e in found if e.type is EventType.COERCE] == ["fall"], "a government is a ruler"


# --- resolution ---------------------------------------------------------------------------------------------------

FACTS = {
    "ruler_kessel": EntityFacts(EntityType.PERSON, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "kessel_regime": EntityFacts(EntityType.ORG, None, ("ruler_kessel",)),
    "lorn_front": EntityFacts(EntityType.ORG, None),
    "lorn_capital": EntityFacts(EntityType.PLACE, "lorn"),
}
IDS = list(FACTS)
KESSEL, LORN, REGIME, FRONT, CAPITAL = range(5)
DAY = TimeExpr("March 3, 2021", TimeKind.ABSOLUTE, year=2021, month=3, day=3)
MONTH = TimeExpr("in March", TimeKind.ABSOLUTE, year=2021, month=3)
YEAR = TimeExpr("in late 2021", TimeKind.ABSOLUTE, year=2021)
OTHER_YEAR = TimeExpr("in 2017", TimeKind.ABSOLUTE, year=2017)


def mention(article: str, lemma: str, actors: list[int], targets: list[int], time: TimeExpr | None,
            location: int | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=0, trigger=lemma, start=0, end=4, type=EventType.COERCE,
                        mode=None, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=location, time=time, lemma=lemma)


def removal(resolver: EventResolver) -> Event:
    """'The Lorn Front ousted Kessel in Lorn's capital on March 3, 2021.'"""
    resolver.add_article("a", PartialDate(2021, 3, 4), [mention("a", "oust", [FRONT], [KESSEL], DAY, CAPITAL)], IDS,
                         [DAY])
    return event_of(resolver, "a")


def event_of(resolver: EventResolver, article: str) -> Event:
    return resolver.events[resolver.by_article[article][0].event_id or ""]


def test_falls_told_in_passing_at_any_precision_join_the_one_removal() -> None:
    """'following the overthrow of Kessel in March' / 'since the fall of Kessel's regime' / 'following the change of
    power in Lorn in late 2021'."""
    resolver = EventResolver(FACTS.get)
    removal(resolver)
    resolver.add_article("b", PartialDate(2021, 6, 1), [mention("b", "overthrow", [], [KESSEL], MONTH)], IDS,
                         [MONTH])
    resolver.add_article("c", PartialDate(2022, 2, 1), [mention("c", "fall", [], [REGIME], None)], IDS, [])
    resolver.add_article("d", PartialDate(2022, 5, 1), [mention("d", "power", [], [LORN], YEAR)], IDS, [YEAR])
    fall = event_of(resolver, "a")
    assert [event_of(resolver, x) for x in "bcd"] == [fall, fall, fall]
    assert fall.date == PartialDate(2021, 3, 3), "the day its day-precise source gives"
    assert [c.field for c in resolver.conflicts(fall)] == [], "a month or a year holding the day is no conflict"


def test_a_fall_told_in_another_year_is_another_fall() -> None:
    """'since ousting Kessel in 2017' and 'the change of power in Lorn in 2017': not the March 2021 removal."""
    resolver = EventResolver(FACTS.get)
    fall = removal(resolver)
    resolver.add_article("b", PartialDate(2022, 6, 1), [mention("b", "oust", [], [KESSEL], OTHER_YEAR)], IDS,
                         [OTHER_YEAR])
    resolver.add_article("c", PartialDate(2022, 7, 1), [mention("c", "power", [], [LORN], OTHER_YEAR)], IDS,
                         [OTHER_YEAR])
    assert event_of(resolver, "b") is not fall
    assert event_of(resolver, "c") is not fall


def test_a_fall_told_in_passing_takes_none_of_the_sentences_issues() -> None:
    """The sentence's issues (the pack's: here the Russian bases) are what its main fact is about; the fall it
    names as background is one more source of that fall, which is about none of them."""
    found = extraction("Following the overthrow of Bashar al-Assad in December, Russia began withdrawing warships "
                       "from its naval base at Tartus.")
    (fall,) = [e for e in found.events if e.type is EventType.COERCE]
    (withdrawal,) = [e for e in found.events if e.type is EventType.RETREAT]
    assert fall.passing and fall.issues == ()
    assert "russian_bases" in withdrawal.issues and not withdrawal.passing
