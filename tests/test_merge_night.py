"""One strike told by outlets that disagree on the day, one end of a night each (a date conflict, not two strikes);
an undated report of it that came first joining it once the dated reports are in; and a strike and the answer to
it, between the same two states on the same night, kept apart. Rules on their own, then the resolver on mentions
written for these tests (no parsing)."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, Event, EventResolver, rules

# --- the rules ---------------------------------------------------------------------------------------------------


def test_a_strike_and_the_answer_to_it_go_opposite_ways() -> None:
    """'Norvia shelled Lorn's border posts' and 'Lorn fired rockets at Norvia': each principal is only a target
    of the other."""
    norvia = ({"norvia"}, ["norvia"], ["lorn"])
    lorn = ({"lorn"}, ["lorn", "army_spokesman"], ["norvia"])
    assert rules.roles_reversed(False, norvia, lorn) and rules.roles_reversed(False, lorn, norvia)
    assert not rules.roles_reversed(True, norvia, lorn), "'Norvia and Lorn agreed', 'Lorn and Norvia agreed': one"
    again = ({"norvia"}, ["norvia"], ["kessel_air_base"])
    assert not rules.roles_reversed(False, norvia, again), "the same side acting: not reversed"
    both = ({"norvia"}, ["norvia", "lorn"], ["lorn"])
    assert not rules.roles_reversed(False, both, lorn), "Lorn acting on both sides: nothing tells the way"
    nobody: tuple[set[str], list[str], list[str]] = (set(), [], ["norvia"])
    assert not rules.roles_reversed(False, nobody, lorn), "no one acting on one side"


def test_an_act_against_the_striker_is_not_its_strike() -> None:
    """'Norvia shelled Lorn' and 'further attacks on Norvia are expected' (no one acting, Norvia the target): an act
    against the striker, not its own act; joint acts ('talks with Norvia') and the same target are no sign."""
    norvia = ({"norvia"}, ["norvia"], ["lorn"])
    against: tuple[set[str], list[str], list[str]] = (set(), [], ["norvia"])
    assert rules.done_to_its_doer(False, [], ["norvia"], {"norvia"}, ["lorn"])
    assert rules.against_its_doer(False, against, norvia) and rules.against_its_doer(False, norvia, against)
    assert not rules.against_its_doer(True, against, norvia), "'talks with Norvia' may be Norvia's talks"
    on_lorn: tuple[set[str], list[str], list[str]] = (set(), [], ["lorn"])
    assert not rules.against_its_doer(False, on_lorn, norvia), "'the shelling of Lorn': the same way"
    both = ({"norvia"}, ["norvia"], ["norvia", "lorn"])
    assert not rules.against_its_doer(False, against, both), "Norvia a target there too: nothing tells the way"


def test_an_attack_on_the_striker_told_later_stays_apart() -> None:
    """'Norvia struck Lorn's Kessel air base on Saturday.' ... 'Lorn's minister said more attacks on Norvia were
    being planned.' (one article), and an undated report 'Attacks on Norvia are feared' (another)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2026, 3, 7), [
        mention("a", 0, [NORVIA], [LORN, BASE], "strike", at("on Saturday", 7)),
        mention("a", 4, [], [NORVIA], "attack"),
    ], IDS, [at("on Saturday", 7)])
    resolver.add_article("b", None, [mention("b", 0, [], [NORVIA], "attack")], IDS, [])
    strike = event_of(resolver, "a", 0)
    assert event_of(resolver, "a", 1) is not strike, "the attacks on Norvia are no Norvian strike"
    assert event_of(resolver, "b", 0) is not strike


def test_a_dated_mention_prefers_the_event_of_its_time_to_an_undated_one() -> None:
    assert rules.dated_over_undated(True, True)
    assert not rules.dated_over_undated(False, True), "the older event is dated too: the older"
    assert not rules.dated_over_undated(True, False), "a June mention, an undated event and a July one: the older"


# --- the resolver --------------------------------------------------------------------------------------------------

FACTS = {
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "kessel_air_base": EntityFacts(EntityType.FACILITY, None),
}
IDS = ["norvia", "lorn", "kessel_air_base"]
NORVIA, LORN, BASE = 0, 1, 2


def mention(article: str, n: int, actors: list[int], targets: list[int], lemma: str,
            time: TimeExpr | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=EventType.ASSAULT, mode=None, modality=Modality.ASSERTED, actors=tuple(actors),
                        targets=tuple(targets), location=None, time=time, lemma=lemma)


def at(text: str, day: int) -> TimeExpr:
    return TimeExpr(text, TimeKind.ABSOLUTE, year=2026, month=3, day=day)


def event_of(resolver: EventResolver, article: str, n: int) -> Event:
    item = resolver.by_article[article][n]
    assert item.event_id is not None
    return resolver.events[item.event_id]


def test_one_night_from_either_end_is_one_strike_and_the_undated_report_joins_it() -> None:
    """An undated analysis: 'Norvia says its missiles hit Lorn's bases.' Another: 'Norvian missiles hit.' A
    report of Saturday 7 March: 'Norvian missiles hit Kessel air base in the early hours of Saturday.' / 'Lorn
    struck Norvia before dawn on Saturday.' A report of 10 March: 'Norvian missiles hit Lorn's air bases on
    Friday night.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("undated", None, [mention("undated", 0, [NORVIA], [LORN], "hit")], IDS, [])
    resolver.add_article("vague", None, [mention("vague", 0, [NORVIA], [], "hit")], IDS, [])
    resolver.add_article("saturday", PartialDate(2026, 3, 7), [
        mention("saturday", 0, [NORVIA], [BASE], "hit", at("in the early hours of Saturday", 7)),
        mention("saturday", 1, [LORN], [NORVIA], "strike", at("before dawn on Saturday", 7)),
    ], IDS, [at("in the early hours of Saturday", 7)])
    resolver.add_article("tuesday", PartialDate(2026, 3, 10), [
        mention("tuesday", 0, [NORVIA], [LORN], "hit", at("on Friday night", 6)),
    ], IDS, [at("on Friday night", 6)])
    strike = event_of(resolver, "saturday", 0)
    assert event_of(resolver, "tuesday", 0) is strike, "Friday night and the early hours of Saturday: one night"
    assert event_of(resolver, "undated", 0) is strike, "the undated report joins the strike it tells"
    assert event_of(resolver, "saturday", 1) is not strike, "Lorn's answer is another strike"
    assert event_of(resolver, "vague", 0) is not strike, "'Norvian missiles hit' naming no target: told otherwise"
    assert any(c.field == "date" for c in resolver.conflicts(strike)), "the sources disagree on the day"
