"""Recurring background facts (issue 16, item 6; fourth merging round): what many articles restate in their own
words, undated or dated only to a month or a year -- a ruler removed from power, an old intervention, one remark
reported by several outlets. The pure rules of `resolve/events/recurring.py`, then the resolver on mentions
written for these tests (no parsing); the names are made up."""

from __future__ import annotations

from dataclasses import replace

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver, recurring

TABLE = recurring.kinds_from({"kinds": [
    {"name": "removal from power", "type": "COERCE", "words": ["oust", "fall", "Depose"]},
    {"name": "asylum", "type": "AID", "mode": "asylum"},
]})
REMOVAL, ASYLUM = TABLE
PEOPLE = {"president_vell", "minister_oda", "envoy_ruiz", "vell_regime", "rebel_front"}
NAMED_AFTER = {"vell_regime": ("president_vell",)}


def named(entity_id: str) -> bool:
    return entity_id in PEOPLE


def named_after(entity_id: str) -> tuple[str, ...]:
    return NAMED_AFTER.get(entity_id, ())


# --- the rules ---------------------------------------------------------------------------------------------------


def test_a_kind_of_once_only_fact_is_told_by_its_type_mode_and_words() -> None:
    assert recurring.once_kind(EventType.COERCE, None, ["oust"], TABLE) is REMOVAL
    assert recurring.once_kind(EventType.COERCE, None, ["depose"], TABLE) is REMOVAL, "words are compared lower-case"
    assert recurring.once_kind(EventType.COERCE, None, ["restrict", "fall"], TABLE) is REMOVAL, "any of an event's"
    assert recurring.once_kind(EventType.COERCE, None, ["restrict"], TABLE) is None, "curbs recur"
    assert recurring.once_kind(EventType.AID, Mode.ASYLUM, ["shelter"], TABLE) is ASYLUM, "no words: any"
    assert recurring.once_kind(EventType.AID, None, ["send"], TABLE) is None, "aid sent recurs"
    assert recurring.once_kind(EventType.ASSAULT, None, ["oust"], TABLE) is None, "another type"


def test_the_shipped_table_lists_removal_from_power_and_asylum() -> None:
    kinds = recurring.once_kinds()
    assert recurring.once_kind(EventType.COERCE, None, ["ouster"], kinds) is not None
    assert recurring.once_kind(EventType.AID, Mode.ASYLUM, ["grant"], kinds) is not None
    assert recurring.once_kind(EventType.CONSULT, Mode.VISIT, ["visit"], kinds) is None


def test_whom_a_fact_is_done_to_is_named_and_what_is_named_after_them() -> None:
    assert recurring.done_to(["vell_regime", "norvia"], named, named_after) == {"vell_regime", "president_vell"}
    assert recurring.done_to(["norvia", "kessel_state"], named, named_after) == set(), "states have many rulers"


def test_one_occurrence_needs_the_same_kind_and_the_same_subject() -> None:
    vell = recurring.done_to(["president_vell"], named, named_after)
    regime = recurring.done_to(["vell_regime"], named, named_after)
    oda = recurring.done_to(["minister_oda"], named, named_after)
    assert recurring.once_fits(REMOVAL, REMOVAL, vell, regime), "'Vell was ousted' / 'the fall of the Vell regime'"
    assert not recurring.once_fits(REMOVAL, REMOVAL, vell, oda), "another person removed"
    assert not recurring.once_fits(REMOVAL, ASYLUM, vell, vell), "his fall and his asylum are two facts"
    assert not recurring.once_fits(None, None, vell, vell), "not a once-only fact"
    assert not recurring.once_fits(REMOVAL, REMOVAL, set(), set()), "no one named: nothing to go on"


def test_a_once_only_fact_done_by_two_states_is_told_otherwise() -> None:
    assert recurring.same_states({"norvia"}, {"norvia", "kessel_state"})
    assert not recurring.same_states({"norvia"}, {"lorn"}), "asylum in Norvia, asylum in Lorn"
    assert recurring.same_states(set(), {"lorn"}), "'his forces ousted him': no state named"


def test_a_sole_candidate_is_one_event_exactly() -> None:
    assert recurring.sole_candidate(["ev1"]) == "ev1"
    assert recurring.sole_candidate(["ev1", "ev1"]) == "ev1"
    assert recurring.sole_candidate(["ev1", "ev2"]) is None, "two occurrences it cannot tell apart"
    assert recurring.sole_candidate([]) is None


def test_a_person_the_event_lacks_tells_another_occurrence() -> None:
    assert recurring.no_one_else(["president_vell"], ["president_vell", "norvia"])
    assert not recurring.no_one_else(["president_vell", "envoy_ruiz"], ["president_vell", "norvia"])
    assert recurring.no_one_else([], ["norvia"])


def test_the_principal_acts_in_the_event_or_its_targets_are_named_there() -> None:
    states = {"norvian_army": "norvia"}.get
    assert recurring.acts_in(["norvian_army"], ["norvia"], state_of=states), "forces act for their state"
    assert not recurring.acts_in(["rebel_front"], ["norvia"], state_of=states)
    assert recurring.acts_in([], ["rebel_front"], ["president_vell"], ["president_vell"]), "no actor: its targets"
    assert not recurring.acts_in([], ["rebel_front"], ["president_vell"], ["minister_oda"])


def test_one_remark_needs_a_statement_its_story_a_named_party_and_the_word() -> None:
    assert recurring.same_remark(True, True, True, True)
    assert not recurring.same_remark(False, True, True, True), "a meeting is no remark"
    assert not recurring.same_remark(True, False, True, True), "outside the story its article tells"
    assert not recurring.same_remark(True, True, False, True), "no one named in common"
    assert not recurring.same_remark(True, True, True, False), "praise and thanks are two remarks"


def test_the_same_word_is_its_noun_or_its_verb() -> None:
    assert recurring.same_word("agree", {"agreement"})
    assert recurring.same_word("congratulations", {"congratulate", "meet"}) is False, "another stem"
    assert recurring.same_word("congratulate", {"congratulate"})
    assert recurring.same_word("withdrawal", {"withdraw"})
    assert not recurring.same_word("aid", {"aide"}), "too short to tell"
    assert not recurring.same_word("", {"agree"})


# --- the resolver --------------------------------------------------------------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "vell_regime": EntityFacts(EntityType.ORG, None, related=("president_vell",)),
    "rebel_front": EntityFacts(EntityType.GROUP, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "kessel_state": EntityFacts(EntityType.STATE, None),
    "norvian_army": EntityFacts(EntityType.ORG, "norvia"),
}


def mention(article: str, n: int, event_type: EventType, actors: list[int], targets: list[int], lemma: str, *,
            mode: Mode | None = None, time: TimeExpr | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4, type=event_type,
                        mode=mode, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=None, time=time, lemma=lemma)


def on(day: int, month: int, year: int) -> TimeExpr:
    return TimeExpr(f"{day}/{month}/{year}", TimeKind.ABSOLUTE, year=year, month=month, day=day)


def in_year(year: int) -> TimeExpr:
    return TimeExpr(str(year), TimeKind.ABSOLUTE, year=year)


def in_month(month: int, year: int) -> TimeExpr:
    return TimeExpr(f"{month}/{year}", TimeKind.ABSOLUTE, year=year, month=month)


def event_of(resolver: EventResolver, article: str, n: int = 0) -> Event:
    return resolver.events[resolver.by_article[article][n].event_id or ""]


def test_a_ruler_removed_once_is_one_event_whatever_the_precision_of_each_source() -> None:
    """'Vell was ousted on 8 December 2024.' / 'since the fall of the Vell regime in 2024' / months later,
    undated: 'years after Vell was ousted, ...'. Each names the same man (or his regime); a year alone would keep
    a person's meetings apart, not the one fall of his rule."""
    resolver = EventResolver(FACTS.get)
    ids = ["president_vell", "vell_regime", "rebel_front"]
    resolver.add_article("a", PartialDate(2024, 12, 9), [
        mention("a", 0, EventType.COERCE, [2], [0], "oust", time=on(8, 12, 2024))], ids, [on(8, 12, 2024)])
    resolver.add_article("b", PartialDate(2025, 3, 2), [
        mention("b", 0, EventType.COERCE, [], [1], "fall", time=in_year(2024))], ids, [in_year(2024)])
    resolver.add_article("c", PartialDate(2025, 9, 20), [mention("c", 0, EventType.COERCE, [], [0], "oust")], ids, [])
    fall = event_of(resolver, "a")
    assert event_of(resolver, "b") is fall, "a year and a day of one fall"
    assert event_of(resolver, "c") is fall, "an undated mention recalls the one fall of its subject"
    assert fall.date == PartialDate(2024, 12, 8)
    assert [c.field for c in resolver.conflicts(fall)] == [], "a year never conflicts with a day inside it"


def test_the_fall_of_another_ruler_or_a_curb_dated_to_the_year_stays_apart() -> None:
    """'Vell was ousted on 8 December 2024.' / 'Oda was ousted in 2024.' / 'Norvia restricted Vell in 2024.'"""
    resolver = EventResolver(FACTS.get)
    ids = ["president_vell", "minister_oda", "norvia"]
    resolver.add_article("a", PartialDate(2024, 12, 9), [
        mention("a", 0, EventType.COERCE, [], [0], "oust", time=on(8, 12, 2024))], ids, [on(8, 12, 2024)])
    resolver.add_article("b", PartialDate(2025, 3, 2), [
        mention("b", 0, EventType.COERCE, [], [1], "oust", time=in_year(2024)),
        mention("b", 1, EventType.COERCE, [2], [0], "restrict", time=in_year(2024))], ids, [in_year(2024)])
    fall = event_of(resolver, "a")
    assert event_of(resolver, "b", 0) is not fall, "another person removed"
    assert event_of(resolver, "b", 1) is not fall, "curbs recur: a year is no date to compare where Vell is named"


def test_asylum_given_to_a_person_is_recalled_by_whom_it_was_given_to() -> None:
    """'Norvia granted Vell asylum in December 2024.' / months later, undated: 'Norvia's decision to shelter
    Vell'."""
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "president_vell"]
    resolver.add_article("a", PartialDate(2024, 12, 20), [
        mention("a", 0, EventType.AID, [0], [1], "grant", mode=Mode.ASYLUM, time=in_month(12, 2024))], ids,
        [in_month(12, 2024)])
    resolver.add_article("b", PartialDate(2025, 9, 20), [
        mention("b", 0, EventType.AID, [0], [1], "shelter", mode=Mode.ASYLUM)], ids, [])
    assert event_of(resolver, "b") is event_of(resolver, "a")
    resolver.add_article("c", PartialDate(2025, 9, 21), [  # 'Kessel's offer of asylum to Vell' (another state)
        mention("c", 0, EventType.AID, [0], [1], "offer", mode=Mode.ASYLUM)], ["kessel_state", "president_vell"], [])
    assert event_of(resolver, "c") is not event_of(resolver, "a"), "another state gives it: told otherwise"


def intervention(resolver: EventResolver) -> Event:
    """'Norvia intervened militarily in Kessel in September 2015.'"""
    resolver.add_article("a", PartialDate(2016, 1, 5), [
        mention("a", 0, EventType.ASSAULT, [0], [1], "intervention", time=in_month(9, 2015))],
        ["norvia", "kessel_state"], [in_month(9, 2015)])
    return event_of(resolver, "a")


STRIKES = ["norvian_army", "norvia", "rebel_front", "envoy_ruiz"]


def test_an_undated_article_recalling_the_only_such_event_of_the_store_joins_it() -> None:
    """An article that does not say when it was written: 'Vell held on thanks to the Norvian army, which carried out
    air strikes on the Rebel Front.' The store holds one Norvian assault: nothing tells them apart."""
    resolver = EventResolver(FACTS.get)
    known = intervention(resolver)
    resolver.add_article("u", None, [mention("u", 0, EventType.ASSAULT, [0, 1], [2], "strike")], STRIKES, [])
    assert event_of(resolver, "u") is known


def test_two_candidates_or_a_person_the_event_lacks_keep_an_undated_mention_apart() -> None:
    resolver = EventResolver(FACTS.get)
    known = intervention(resolver)
    resolver.add_article("u", None, [mention("u", 0, EventType.ASSAULT, [0, 1], [3], "strike")], STRIKES, [])
    assert event_of(resolver, "u") is not known, "'strikes that killed Envoy Ruiz': someone the event lacks"

    two = EventResolver(FACTS.get)  # and 'Norvia bombed targets on 1 May 2019.'
    first = intervention(two)
    two.add_article("b", PartialDate(2019, 5, 2), [
        mention("b", 0, EventType.ASSAULT, [0], [], "bomb", time=on(1, 5, 2019))], STRIKES, [on(1, 5, 2019)])
    two.add_article("u", None, [mention("u", 0, EventType.ASSAULT, [0, 1], [2], "strike")], STRIKES, [])
    assert event_of(two, "u") not in (first, event_of(two, "b")), "two Norvian assaults: which one is not known"


def test_what_goes_on_is_no_report_of_the_only_such_event() -> None:
    """An undated article, further down: 'Norvian gunners still shell Rebel Front positions every night.' (present
    tense: a standing situation, not the one Norvian assault of the store); its headline in the present, 'Norvian
    army strikes the Rebel Front', tells its news and may be that assault."""
    assert recurring.goes_on("present", 4) and not recurring.goes_on("past", 4)
    assert not recurring.goes_on("present", 0), "a headline's present tells its news"
    resolver = EventResolver(FACTS.get)
    known = intervention(resolver)
    resolver.add_article("u", None, [replace(mention("u", 4, EventType.ASSAULT, [0, 1], [2], "shell"),
                                             tense="present")], STRIKES, [])
    assert event_of(resolver, "u") is not known
    headline = EventResolver(FACTS.get)
    first = intervention(headline)
    headline.add_article("u", None, [replace(mention("u", 0, EventType.ASSAULT, [0, 1], [2], "strike"),
                                             tense="present")], STRIKES, [])
    assert event_of(headline, "u") is first


def test_meetings_recur_so_the_only_one_in_the_store_is_no_candidate() -> None:
    """'Vell met Oda on 3 June 2024.' / an undated article: 'Vell met the press.' (the press: no party)."""
    resolver = EventResolver(FACTS.get)
    ids = ["president_vell", "minister_oda"]
    resolver.add_article("a", PartialDate(2024, 6, 4), [
        mention("a", 0, EventType.CONSULT, [0], [1], "meet", time=on(3, 6, 2024))], ids, [on(3, 6, 2024)])
    resolver.add_article("u", None, [mention("u", 0, EventType.CONSULT, [0], [], "meet")], ids, [])
    assert event_of(resolver, "u") is not event_of(resolver, "a")


def meeting_then_remark(resolver: EventResolver, article: str, published: PartialDate | None, lemma: str,
                        dated: bool) -> None:
    """'Vell met Oda [on 3 June 2024].' ... '"I {lemma} you on your work," Vell told her.' (the remark's speaker
    only: its addressee is not resolved)."""
    time = on(3, 6, 2024) if dated else None
    resolver.add_article(article, published, [
        mention(article, 0, EventType.CONSULT, [0], [1], "meet", time=time),
        mention(article, 1, EventType.SUPPORT, [0], [], lemma, time=time)],
        ["president_vell", "minister_oda"], [time] if time else [])


def test_one_remark_reported_by_two_outlets_is_one_event_whichever_comes_first() -> None:
    for first_dated in (True, False):
        resolver = EventResolver(FACTS.get)
        articles = [("a", PartialDate(2024, 6, 4), True), ("u", None, False)]
        for article, published, dated in articles if first_dated else articles[::-1]:
            meeting_then_remark(resolver, article, published, "congratulate", dated)
        assert event_of(resolver, "a", 0) is event_of(resolver, "u", 0), "the meeting, two named people"
        assert event_of(resolver, "a", 1) is event_of(resolver, "u", 1), f"one remark (dated first: {first_dated})"


def test_another_word_or_another_story_is_another_remark() -> None:
    resolver = EventResolver(FACTS.get)
    meeting_then_remark(resolver, "a", PartialDate(2024, 6, 4), "congratulate", True)
    meeting_then_remark(resolver, "u", None, "praise", False)
    assert event_of(resolver, "a", 1) is not event_of(resolver, "u", 1), "praise is not the congratulation"

    later = EventResolver(FACTS.get)
    meeting_then_remark(later, "a", PartialDate(2024, 6, 4), "congratulate", True)
    later.add_article("b", PartialDate(2024, 11, 2), [  # 'Vell met Oda on 1 November.' ... 'He congratulated...'
        mention("b", 0, EventType.CONSULT, [0], [1], "meet", time=on(1, 11, 2024)),
        mention("b", 1, EventType.SUPPORT, [0], [], "congratulate")], ["president_vell", "minister_oda"],
        [on(1, 11, 2024)])
    assert event_of(later, "a", 1) is not event_of(later, "b", 1), "November's story, June's remark"
