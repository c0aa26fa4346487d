"""Event resolution on event mentions written for the test (no parsing): what merges, what stays apart, dates
flowing between sources, conflicts, and the tallies each resolver keeps for itself."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import Anchor, AnchorKind, EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver
from dossier.resolve.events.tally import Tallies

FACTS = {
    "vladimir_putin": EntityFacts(EntityType.PERSON, None),
    "recep_tayyip_erdogan": EntityFacts(EntityType.PERSON, None),
    "sergei_lavrov": EntityFacts(EntityType.PERSON, None),
    "hakan_fidan": EntityFacts(EntityType.PERSON, None),
    "russia": EntityFacts(EntityType.STATE, None),
    "turkey": EntityFacts(EntityType.STATE, None),
    "moscow": EntityFacts(EntityType.PLACE, "russia"),
}


@dataclass
class Said:
    """One event mention as a source words it: who, to whom, where, when."""

    type: EventType
    actors: tuple[str, ...]
    targets: tuple[str, ...] = ()
    location: str | None = None
    time: TimeExpr | None = None
    mode: Mode | None = None
    lemma: str = "call"
    modality: Modality = Modality.ASSERTED


def call(caller: str, called: str, time: TimeExpr | None = None) -> Said:
    """'<caller> telephoned <called> (on <time>)'."""
    return Said(EventType.CONSULT, (caller,), (called,), time=time, mode=Mode.PHONE)


def visit(visitor: str, place: str, time: TimeExpr) -> Said:
    """'<visitor> visited <place> on <time>'."""
    return Said(EventType.CONSULT, (visitor,), ("russia",), place, time, mode=Mode.VISIT, lemma="visit")


FEB_14, FEB_15 = PartialDate(2025, 2, 14), PartialDate(2025, 2, 15)


def on(day: int, month: int = 2, year: int | None = 2025) -> TimeExpr:
    if year is None:
        return TimeExpr(f"{day} February", TimeKind.MONTH_DAY, month=month, day=day)
    return TimeExpr(f"{day} February {year}", TimeKind.ABSOLUTE, year=year, month=month, day=day)


def add(resolver: EventResolver, article_id: str, published: PartialDate | None, *said: Said) -> None:
    entity_ids: list[str] = []

    def index(entity_id: str) -> int:
        if entity_id not in entity_ids:
            entity_ids.append(entity_id)
        return entity_ids.index(entity_id)

    mentions = [EventMention(
        article_id=article_id, sentence=n, trigger=s.lemma, start=10 * n, end=10 * n + 4, type=s.type, mode=s.mode,
        modality=s.modality, actors=tuple(index(a) for a in s.actors),
        targets=tuple(index(t) for t in s.targets), location=index(s.location) if s.location else None,
        time=s.time, lemma=s.lemma) for n, s in enumerate(said)]
    resolver.add_article(article_id, published, mentions, entity_ids, [s.time for s in said if s.time])


def event_of(resolver: EventResolver, article_id: str, n: int = 0) -> Event:
    return resolver.events[resolver.by_article[article_id][n].event_id or ""]


def test_one_call_dated_a_day_apart_by_two_sources_is_one_event_with_a_date_conflict() -> None:
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, call("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(resolver, "b", FEB_14, call("recep_tayyip_erdogan", "vladimir_putin", on(13)))
    event = event_of(resolver, "a")
    assert event is event_of(resolver, "b") and len(resolver.events) == 1
    conflicts = resolver.conflicts(event)
    assert [c.field for c in conflicts] == ["date"]
    assert [value for value, _ in conflicts[0].values] == ["2025-02-12", "2025-02-13"]


def test_two_visits_to_moscow_by_different_people_on_one_day_are_two_events() -> None:
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, visit("sergei_lavrov", "moscow", on(12)))
    add(resolver, "b", FEB_14, visit("hakan_fidan", "moscow", on(12)))
    add(resolver, "c", FEB_15, visit("sergei_lavrov", "moscow", on(12)))
    assert event_of(resolver, "a") is not event_of(resolver, "b")
    assert event_of(resolver, "a") is event_of(resolver, "c"), "the same visitor"


def test_an_undated_mention_joins_only_on_a_firm_match() -> None:
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, call("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(resolver, "b", FEB_15, call("vladimir_putin", "turkey"))
    assert event_of(resolver, "b") is not event_of(resolver, "a"), "one named party and a state it lacks"
    add(resolver, "c", FEB_15, call("vladimir_putin", "recep_tayyip_erdogan"))
    assert event_of(resolver, "c") is event_of(resolver, "a"), "both named parties"


def strike(attacker: str, attacked: str, time: TimeExpr | None = None, lemma: str = "strike") -> Said:
    """'<attacker> struck <attacked> (on <time>)'."""
    return Said(EventType.ASSAULT, (attacker,), (attacked,), time=time, lemma=lemma)


def test_a_year_less_day_of_an_undated_article_moves_to_the_year_the_collection_later_shows() -> None:
    """An undated essay names 'March 2025' and a call 'on 9 December': alone, the December before that March. Once
    the collection's dated reports are in, written from January to November 2025, the December is 2025's."""
    resolver = EventResolver(FACTS.get)
    march = TimeExpr("March 2025", TimeKind.ABSOLUTE, year=2025, month=3)
    december = TimeExpr("9 December", TimeKind.MONTH_DAY, month=12, day=9)
    add(resolver, "essay", None, call("russia", "turkey", march), call("vladimir_putin", "recep_tayyip_erdogan",
                                                                       december))
    assert resolver.by_article["essay"][1].date == PartialDate(2024, 12, 9)
    add(resolver, "january", PartialDate(2025, 1, 28), call("sergei_lavrov", "hakan_fidan", on(27, 1)))
    assert resolver.by_article["essay"][1].date == PartialDate(2024, 12, 9), "still nearer the collection"
    add(resolver, "november", PartialDate(2025, 11, 16), call("hakan_fidan", "sergei_lavrov", on(15, 11)))
    assert resolver.by_article["essay"][1].date == PartialDate(2025, 12, 9)


def test_an_undated_articles_report_told_alike_joins_the_dated_one() -> None:
    """A dated report 'Russia struck Turkey on 12 February' and an undated analysis 'Russia says it struck Turkey':
    the same states in the same roles, the same word, nothing to tell them apart. In a dated article the undated
    mention stays apart (states alone are no firm match there), as does the other side's strike."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, strike("russia", "turkey", on(12)))
    add(resolver, "undated", None, strike("russia", "turkey"), strike("turkey", "russia"))
    event = event_of(resolver, "a")
    assert event_of(resolver, "undated", 0) is event
    assert event_of(resolver, "undated", 1) is not event, "the other side's strike"
    add(resolver, "dated", FEB_15, strike("russia", "turkey"))
    assert event_of(resolver, "dated") is not event, "a dated article's undated mention: no firm match"


def test_an_undated_articles_report_told_alike_with_two_strikes_dated_apart_joins_neither() -> None:
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, strike("russia", "turkey", on(12)))
    add(resolver, "b", PartialDate(2025, 5, 2), strike("russia", "turkey", on(1, month=5)))
    add(resolver, "undated", None, strike("russia", "turkey"))
    assert event_of(resolver, "undated") not in (event_of(resolver, "a"), event_of(resolver, "b"))


def test_a_year_less_date_takes_its_year_from_the_event_it_joins() -> None:
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, call("vladimir_putin", "recep_tayyip_erdogan", on(13)))
    add(resolver, "b", None, call("vladimir_putin", "recep_tayyip_erdogan", on(13, year=None)))
    assert event_of(resolver, "b") is event_of(resolver, "a")
    assert resolver.by_article["b"][0].date == PartialDate(2025, 2, 13)
    assert resolver.anchors["b"] == Anchor(PartialDate(2025, 2, 13), AnchorKind.LOWER_BOUND), \
        "the article learns it was written after that day"


def meeting(a: str, b: str, time: TimeExpr, modality: Modality = Modality.ASSERTED) -> Said:
    """'<a> met <b> in Moscow on <time>' ('will meet', with a future modality)."""
    return Said(EventType.CONSULT, (a,), (b,), "moscow", time, lemma="meet", modality=modality)


def test_an_announced_meeting_is_the_meeting_held_on_the_day_it_names() -> None:
    """'Erdogan will meet Putin in Moscow on 18 February' (written on the 14th) / 'Putin met Erdogan in Moscow
    on 18 February' (the 19th): one meeting, reported as held; a plan for another day or a conditional stays apart."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "plan", FEB_14, meeting("recep_tayyip_erdogan", "vladimir_putin", on(18), Modality.FUTURE))
    add(resolver, "held", PartialDate(2025, 2, 19), meeting("vladimir_putin", "recep_tayyip_erdogan", on(18)))
    add(resolver, "other_day", FEB_14, meeting("recep_tayyip_erdogan", "vladimir_putin", on(20), Modality.FUTURE))
    add(resolver, "maybe", FEB_14, meeting("recep_tayyip_erdogan", "vladimir_putin", on(18), Modality.HYPOTHETICAL))
    event = event_of(resolver, "held")
    assert event is event_of(resolver, "plan")
    assert event.modality is Modality.ASSERTED and event.date == PartialDate(2025, 2, 18)
    assert event_of(resolver, "other_day") is not event and event_of(resolver, "maybe") is not event


def test_an_announcement_joins_what_happened_only_between_the_same_named_people() -> None:
    """'Lavrov will meet Fidan in Moscow on 18 February' / 'Putin met Erdogan in Moscow on 18 February': the
    same day and place, other people."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "plan", FEB_14, meeting("sergei_lavrov", "hakan_fidan", on(18), Modality.FUTURE))
    add(resolver, "held", PartialDate(2025, 2, 19), meeting("vladimir_putin", "recep_tayyip_erdogan", on(18)))
    assert event_of(resolver, "plan") is not event_of(resolver, "held")


def test_a_year_alone_does_not_tell_one_persons_visit_from_another_delegations() -> None:
    """'During Lavrov's visit to Turkey in 2025 ...' / 'A Russian delegation visited Turkey on 14 February 2025':
    the year holds both, a named visitor against a state's delegation; two states' acts known only by their year
    ('Turkey's 2015 intervention' twice) still meet on the year."""
    resolver = EventResolver(FACTS.get)
    year = TimeExpr("in 2025", TimeKind.ABSOLUTE, year=2025)

    def to_turkey(*visitors: str, time: TimeExpr) -> Said:
        return Said(EventType.CONSULT, visitors, ("turkey",), None, time, Mode.VISIT, "visit")

    add(resolver, "named", FEB_14, to_turkey("sergei_lavrov", "russia", time=year))
    add(resolver, "delegation", FEB_15, to_turkey("russia", time=on(14)))
    assert event_of(resolver, "named") is not event_of(resolver, "delegation")
    add(resolver, "again", FEB_15, to_turkey("sergei_lavrov", "russia", time=on(14)))
    assert event_of(resolver, "again") is event_of(resolver, "named"), "the same named visitor: a firm match"
    older = TimeExpr("in 2015", TimeKind.ABSOLUTE, year=2015)
    strike = Said(EventType.ASSAULT, ("turkey",), ("russia",), time=older, lemma="intervention")
    add(resolver, "x", FEB_14, strike)
    add(resolver, "y", FEB_15, strike)
    assert event_of(resolver, "x") is event_of(resolver, "y")


def test_a_mention_dated_by_its_articles_news_peg_is_looked_for_in_the_weeks_before_the_article() -> None:
    """'Erdogan visited Moscow on 1 February' / 'Putin called Erdogan on 12 February. The call came after Erdogan
    visited Moscow.': the second visit takes the call's day from its article's news peg, a guess; it is the visit of
    1 February, which stays its date (no date conflict: nobody stated 12 February for the visit)."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "early", PartialDate(2025, 2, 2), visit("recep_tayyip_erdogan", "moscow", on(1)))
    add(resolver, "call", PartialDate(2025, 2, 13), call("vladimir_putin", "recep_tayyip_erdogan", on(12)),
        Said(EventType.CONSULT, ("recep_tayyip_erdogan",), ("russia",), "moscow", None, Mode.VISIT, "visit"))
    event = event_of(resolver, "early")
    assert resolver.by_article["call"][1].date == PartialDate(2025, 2, 12), "dated by the news peg"
    assert event_of(resolver, "call", 1) is event and event.date == PartialDate(2025, 2, 1)
    assert resolver.conflicts(event) == []
    statements = EventResolver(FACTS.get)
    praise = Said(EventType.SUPPORT, ("vladimir_putin",), ("recep_tayyip_erdogan",), lemma="praise")
    add(statements, "early", PartialDate(2025, 2, 2), Said(EventType.SUPPORT, ("vladimir_putin",),
                                                          ("recep_tayyip_erdogan",), time=on(1), lemma="praise"))
    add(statements, "call", PartialDate(2025, 2, 13), call("vladimir_putin", "recep_tayyip_erdogan", on(12)), praise)
    assert event_of(statements, "call", 1) is not event_of(statements, "early"), \
        "a statement is made on many occasions: the day of its story is all that places it"


def test_an_undated_mention_fitting_two_meetings_months_apart_joins_neither() -> None:
    """'Putin met Erdogan in Moscow' in an article that does not say when it was written, after meetings of the two
    in Moscow in February and in October: which one it reports is not known. With only one of them known, it
    joins that one."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "feb", FEB_14, meeting("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(resolver, "oct", PartialDate(2025, 10, 11), meeting("vladimir_putin", "recep_tayyip_erdogan", on(10, 10)))
    assert event_of(resolver, "feb") is not event_of(resolver, "oct")
    add(resolver, "undated", None, Said(EventType.CONSULT, ("vladimir_putin",), ("recep_tayyip_erdogan",), "moscow",
                                        lemma="meet"))
    assert event_of(resolver, "undated") not in (event_of(resolver, "feb"), event_of(resolver, "oct"))
    alone = EventResolver(FACTS.get)
    add(alone, "feb", FEB_14, meeting("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(alone, "undated", None, Said(EventType.CONSULT, ("vladimir_putin",), ("recep_tayyip_erdogan",), "moscow",
                                     lemma="meet"))
    assert event_of(alone, "undated") is event_of(alone, "feb")


def test_an_undated_mention_recalls_the_past_event_of_the_same_named_people() -> None:
    """'Fidan ousted Lavrov on 8 December 2024' / ten months later, 'Fidan's ouster of Lavrov changed the region':
    nothing of the second article's weeks fits, and the one event between the two named people is the one it
    recalls. One named person in common ('Fidan's ouster of the government') is not enough."""
    resolver = EventResolver(FACTS.get)
    ousted = Said(EventType.COERCE, ("hakan_fidan",), ("sergei_lavrov",), time=on(8, 12, 2024), lemma="oust")
    add(resolver, "fall", PartialDate(2024, 12, 9), ousted)
    add(resolver, "later", PartialDate(2025, 10, 11), Said(EventType.COERCE, ("hakan_fidan",), ("sergei_lavrov",),
                                                           lemma="ouster"))
    assert event_of(resolver, "later") is event_of(resolver, "fall")
    add(resolver, "vaguer", PartialDate(2025, 10, 11), Said(EventType.COERCE, ("hakan_fidan",), ("turkey",),
                                                            lemma="ouster"))
    assert event_of(resolver, "vaguer") is not event_of(resolver, "fall")
    add(resolver, "threat", PartialDate(2025, 10, 12), Said(EventType.COERCE, ("hakan_fidan",), ("sergei_lavrov",),
                                                            lemma="oust", modality=Modality.FUTURE))
    assert event_of(resolver, "threat") is not event_of(resolver, "fall"), "what is planned recalls nothing"


def test_a_past_event_is_recalled_only_when_one_fits() -> None:
    """Putin and Erdogan met in Moscow in February and somewhere in October; in December, 'Putin's meeting with
    Erdogan in Moscow' fits February's better, but October's too: which one it recalls is not known."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "feb", FEB_14, meeting("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(resolver, "oct", PartialDate(2025, 10, 11), Said(EventType.CONSULT, ("vladimir_putin",),
                                                         ("recep_tayyip_erdogan",), time=on(10, 10), lemma="meet"))
    add(resolver, "dec", PartialDate(2025, 12, 20), Said(EventType.CONSULT, ("vladimir_putin",),
                                                         ("recep_tayyip_erdogan",), "moscow", lemma="meeting"))
    assert event_of(resolver, "dec") not in (event_of(resolver, "feb"), event_of(resolver, "oct"))


def test_changes_say_what_each_article_created_and_grew() -> None:
    resolver = EventResolver(FACTS.get)
    ids = ["vladimir_putin", "recep_tayyip_erdogan"]

    def mentions(article_id: str) -> list[EventMention]:
        return [EventMention(article_id, 0, "call", 0, 4, EventType.CONSULT, Mode.PHONE, Modality.ASSERTED, (0,),
                             (1,), None, on(12), lemma="call")]

    first = resolver.add_article("a", FEB_14, mentions("a"), ids, [on(12)])
    event = event_of(resolver, "a")
    assert first.created == first.grew == first.changed == first.redated == {event.id} and first.articles == {"a"}
    second = resolver.add_article("b", FEB_14, mentions("b"), ids, [on(12)])
    assert second.grew == second.changed == {event.id} and not second.created and not second.redated
    assert second.articles == {"b"}


def test_each_resolver_keeps_its_own_tallies_and_gives_back_the_least_used() -> None:
    one, other = EventResolver(FACTS.get), EventResolver(FACTS.get)
    add(one, "a", FEB_14, call("vladimir_putin", "recep_tayyip_erdogan", on(12)))
    add(other, "a", FEB_14, call("sergei_lavrov", "hakan_fidan", on(12)))
    assert one.tally(event_of(one, "a")).parties == {"vladimir_putin", "recep_tayyip_erdogan"}
    assert other.tally(event_of(other, "a")).parties == {"sergei_lavrov", "hakan_fidan"}
    tallies = Tallies(kept=1)
    first, second = event_of(one, "a"), event_of(other, "a")
    counted = tallies.of(first)
    tallies.of(second)
    assert first.counted is None, "given back: the least recently used"
    assert tallies.of(first).ranked() == counted.ranked(), "counted again, the same"


def test_a_mention_dated_by_the_event_its_clause_refers_to_is_dated_once_that_event_is_told_again() -> None:
    """An undated analysis: 'Russia pulled out of Turkey.' ... 'Russian troops are pulling out of Turkey, Lavrov
    told the press, moving their guns home.' The second withdrawal names a person the first lacks, so it stays
    apart while the article's mentions are merged; it is the first told again (`in_article.corefer`), which another
    source dates. The move its clause refers to ('moving', `time_ref`) then takes that date."""
    resolver = EventResolver(FACTS.get)
    add(resolver, "a", FEB_14, Said(EventType.RETREAT, ("russia",), ("turkey",), time=on(12), lemma="pull"))

    def told(sentence: int, event_type: EventType, targets: tuple[int, ...], lemma: str,
             time_ref: int | None = None) -> EventMention:  # its actor: Russia
        return EventMention(article_id="b", sentence=sentence, trigger=lemma, start=10 * sentence,
                            end=10 * sentence + 4, type=event_type, mode=None, modality=Modality.ASSERTED, actors=(0,),
                            targets=targets, location=None, time=None, lemma=lemma, time_ref=time_ref)

    mentions = [told(0, EventType.RETREAT, (1,), "pull"), told(1, EventType.RETREAT, (1, 2), "pull"),
                told(1, EventType.MOBILIZE, (2,), "move", time_ref=1)]
    resolver.add_article("b", None, mentions, ["russia", "turkey", "sergei_lavrov"], [])
    first, again, move = resolver.by_article["b"]
    assert first.event_id == again.event_id == event_of(resolver, "a").id
    assert move.date == PartialDate(2025, 2, 12)
