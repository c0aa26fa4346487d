"""A clause dated by the event it names ("explained during the joint press conference", "met on the sidelines of
the summit", "shipments stopped with the fall of the regime"): extraction records the occasion on the mention
(`extract/attach_time.occasion_of`), resolution dates the mention at that occasion's date
(`resolve/events/dating.date_by_occasion`). Sentences and records written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import EntityType, EventMention, Modality, Occasion, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.plover import DateOrigin, EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.resolve.events.records import Evidence
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import Location, build_store, mention_dates

# --- extraction: the occasion a clause names -------------------------------------------------------------------


def occasions(text: str) -> dict[str, tuple[str, str, str, str | None] | None]:
    """trigger -> (preposition, noun, type, mode) of the occasion each event mention names."""
    found = extraction(text)
    return {e.trigger: (e.occasion.preposition, e.occasion.word, e.occasion.type.value,
                        e.occasion.mode.value if e.occasion.mode else None) if e.occasion else None
            for e in found.events}


def test_a_clause_names_the_gathering_it_happens_at() -> None:
    found = occasions("Hakan Fidan thanked Sergei Lavrov during the joint press conference.")
    assert found["thanked"] == ("during", "conference", "CONSULT", "multilateral")
    found = occasions("Sergei Lavrov met Hakan Fidan on the sidelines of the summit.")
    assert found["met"] == ("on", "summit", "CONSULT", "multilateral"), "through 'the sidelines of'"
    found = occasions("Hakan Fidan thanked Sergei Lavrov at the end of the talks.")
    assert found["thanked"] is not None and found["thanked"][:3] == ("at", "talk", "CONSULT")


def test_a_clause_names_the_once_only_fact_it_happens_with_and_whom_the_phrase_names() -> None:
    found = extraction("Grain shipments to Syria stopped with the fall of the Assad regime.")
    (stopped,) = [e for e in found.events if e.occasion is not None]
    assert stopped.occasion is not None
    assert (stopped.occasion.preposition, stopped.occasion.word, stopped.occasion.type) == (
        "with", "fall", EventType.COERCE)
    assert [found.mentions[i].name for i in stopped.occasion.parties] == ["Assad regime"]


def test_the_statement_following_a_meeting_names_the_meeting() -> None:
    found = extraction("Following his meeting with Sergei Lavrov, Hakan Fidan confirmed that the two sides had agreed "
                       "to review the deals.")
    (agreed,) = [e for e in found.events if e.occasion is not None]
    assert agreed.occasion is not None
    assert (agreed.occasion.preposition, agreed.occasion.word) == ("following", "meeting")
    assert [found.mentions[i].pack_id for i in agreed.occasion.parties] == ["sergei_lavrov"]


def test_a_bound_or_a_date_of_its_own_names_no_occasion() -> None:
    found = occasions("Hakan Fidan thanked Sergei Lavrov after the joint press conference.")
    assert found["thanked"] is None, "'after' only bounds it"
    found = occasions("Hakan Fidan thanked Sergei Lavrov on Monday during the joint press conference.")
    assert found["thanked"] is None, "its own date"
    found = occasions("Turkey has been in talks with Russia to deploy observers along the border.")
    assert found and all(o is None for o in found.values()), "negotiating: no one occasion"


# --- resolution: the occasion's date ----------------------------------------------------------------------------

FACTS = {
    "minister_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "kessel_regime": EntityFacts(EntityType.ORG, None, related=("ruler_kessel",)),
    "ruler_kessel": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
}
IDS = ["minister_vell", "minister_oda", "envoy_ruiz", "kessel_regime", "norvia", "lorn", "ruler_kessel"]
VELL, ODA, RUIZ, REGIME, NORVIA, LORN, KESSEL = range(7)


def mention(n: int, event_type: EventType, actors: list[int], targets: list[int], lemma: str, *,
            article: str = "a", mode: Mode | None = None, time: TimeExpr | None = None,
            occasion: Occasion | None = None, modality: Modality = Modality.ASSERTED,
            far: bool = False) -> EventMention:
    """`far`: told well after the mentions before it (no story of theirs continues into it)."""
    return EventMention(article_id=article, sentence=n + 10 * far, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=event_type, mode=mode, modality=modality, actors=tuple(actors), targets=tuple(targets),
                        location=None, time=time, lemma=lemma, occasion=occasion)


def on(day: int, month: int, year: int) -> TimeExpr:
    return TimeExpr(f"{day}/{month}/{year}", TimeKind.ABSOLUTE, year=year, month=month, day=day)


def during(word: str, mode: Mode | None = None, parties: tuple[int, ...] = (), preposition: str = "during",
           event_type: EventType = EventType.CONSULT) -> Occasion:
    return Occasion(preposition, word, event_type, mode, parties)


def item(resolver: EventResolver, article: str, n: int) -> Evidence:
    return resolver.by_article[article][n]


def test_a_remark_made_during_the_press_conference_takes_its_day_over_the_story_before_it() -> None:
    """'Vell and Oda held a joint press conference on 3 March 2025. Vell had visited Lorn on 1 February. As Vell
    told it during the joint press conference, he backs Lorn.' (published a week later: no news peg of that day;
    the remark follows the February story, but names its occasion)"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 3, 10), [
        mention(0, EventType.CONSULT, [VELL, ODA], [], "conference", mode=Mode.MULTILATERAL, time=on(3, 3, 2025)),
        mention(1, EventType.CONSULT, [VELL], [LORN], "visit", mode=Mode.VISIT, time=on(1, 2, 2025)),
        mention(2, EventType.SUPPORT, [VELL], [LORN], "back", occasion=during("conference", Mode.MULTILATERAL))],
        IDS, [on(3, 3, 2025), on(1, 2, 2025)])
    backed = item(resolver, "a", 2)
    assert backed.date == PartialDate(2025, 3, 3)
    assert backed.date_origin is DateOrigin.REFERENCED


def test_the_occasion_takes_its_events_date_at_its_precision() -> None:
    """'Vell met Oda in March 2025 ... Oda thanked Vell at the talks': the month, no finer."""
    resolver = EventResolver(FACTS.get)
    march = TimeExpr("March 2025", TimeKind.ABSOLUTE, year=2025, month=3)
    resolver.add_article("a", PartialDate(2025, 6, 1), [
        mention(0, EventType.CONSULT, [VELL], [ODA], "meet", time=march),
        mention(1, EventType.SUPPORT, [ODA], [VELL], "thank", occasion=during("talk", preposition="at"), far=True)],
        IDS, [march])
    assert item(resolver, "a", 1).date == PartialDate(2025, 3)


def test_two_occasions_of_that_kind_or_none_with_a_party_in_common_date_nothing() -> None:
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 6, 1), [  # two summits Vell attended, on two days
        mention(0, EventType.CONSULT, [VELL, LORN], [], "summit", mode=Mode.MULTILATERAL, time=on(3, 3, 2025)),
        mention(1, EventType.CONSULT, [VELL, NORVIA], [], "summit", mode=Mode.MULTILATERAL, time=on(9, 5, 2025)),
        mention(2, EventType.SUPPORT, [VELL], [ODA], "praise", occasion=during("summit", Mode.MULTILATERAL), far=True)],
        IDS, [on(3, 3, 2025), on(9, 5, 2025)])
    assert item(resolver, "a", 2).date is None, "which summit: prefer no date to a wrong one"
    resolver.add_article("b", PartialDate(2025, 6, 1), [
        mention(0, EventType.CONSULT, [VELL], [ODA], "meet", article="b", time=on(3, 3, 2025)),
        mention(1, EventType.SUPPORT, [RUIZ], [LORN], "praise", article="b", occasion=during("talk"), far=True)],
        IDS, [on(3, 3, 2025)])
    assert item(resolver, "b", 1).date is None, "Ruiz and Lorn take no part in those talks"
    resolver.add_article("c", PartialDate(2025, 6, 1), [
        mention(0, EventType.CONSULT, [VELL], [ODA], "meet", article="c", time=on(3, 3, 2025)),
        mention(1, EventType.SUPPORT, [VELL], [ODA], "praise", article="c", occasion=during("talk", parties=(RUIZ,)),
                far=True)],
        IDS, [on(3, 3, 2025)])
    assert item(resolver, "c", 1).date is None, "'the talks with Ruiz' are other talks"


def test_a_phone_call_is_no_press_conference_and_a_plan_is_no_occasion() -> None:
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 6, 1), [
        mention(0, EventType.CONSULT, [VELL], [ODA], "call", mode=Mode.PHONE, time=on(3, 3, 2025)),
        mention(1, EventType.CONSULT, [VELL, ODA], [], "summit", mode=Mode.MULTILATERAL, time=on(9, 9, 2025),
                modality=Modality.FUTURE),
        mention(2, EventType.SUPPORT, [VELL], [ODA], "praise", occasion=during("conference", Mode.MULTILATERAL),
                far=True),
        mention(3, EventType.SUPPORT, [ODA], [VELL], "thank", occasion=during("call", Mode.PHONE, preposition="in"),
                far=True)],
        IDS, [on(3, 3, 2025)])
    assert item(resolver, "a", 2).date is None
    assert item(resolver, "a", 3).date == PartialDate(2025, 3, 3), "'said in the call'"


def test_a_lasting_fight_or_a_meeting_with_someone_dates_nothing() -> None:
    """'captured during the fighting' is not of the day the fighting began; 'agreed with the delegation' names
    whom, not when."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 6, 1), [
        mention(0, EventType.ASSAULT, [NORVIA], [LORN], "fighting", time=on(3, 3, 2025)),
        mention(1, EventType.CONSULT, [VELL], [ODA], "meeting", time=on(4, 3, 2025)),
        mention(2, EventType.COERCE, [NORVIA], [RUIZ], "capture",
                occasion=during("fighting", None, event_type=EventType.ASSAULT), far=True),
        mention(3, EventType.AGREE, [VELL], [ODA], "agree", occasion=during("meeting", preposition="with"), far=True)],
        IDS, [on(3, 3, 2025), on(4, 3, 2025)])
    assert item(resolver, "a", 2).date is None
    assert item(resolver, "a", 3).date is None


def test_a_once_only_fact_the_phrase_names_is_dated_by_the_store() -> None:
    """'The Kessel regime fell in December 2024.' / months later: 'Norvian grain shipments to Lorn stopped with
    the fall of the Kessel regime' (no fall told in that article); 'with the fall of Vell', who never fell: none."""
    resolver = EventResolver(FACTS.get)
    december = TimeExpr("December 2024", TimeKind.ABSOLUTE, year=2024, month=12)
    resolver.add_article("a", PartialDate(2024, 12, 20), [
        mention(0, EventType.COERCE, [], [REGIME], "fall", time=december)], IDS, [december])
    fall = during("fall", None, (REGIME,), "with", EventType.COERCE)
    resolver.add_article("b", PartialDate(2025, 5, 2), [
        mention(0, EventType.SANCTION, [NORVIA], [LORN], "stop", article="b", mode=Mode.DISCONTINUE, occasion=fall),
        mention(1, EventType.SANCTION, [NORVIA], [ODA], "stop", article="b", mode=Mode.DISCONTINUE,
                occasion=during("fall", None, (VELL,), "with", EventType.COERCE), far=True)], IDS, [])
    assert item(resolver, "b", 0).date == PartialDate(2024, 12)
    assert item(resolver, "b", 1).date is None
    resolver.add_article("c", PartialDate(2025, 5, 2), [  # 'following the fall of the Kessel regime': months on
        mention(0, EventType.SANCTION, [NORVIA], [LORN], "lift", article="c",
                occasion=during("fall", None, (REGIME,), "following", EventType.COERCE))], IDS, [])
    assert item(resolver, "c", 0).date is None


def test_what_follows_a_meeting_is_told_as_of_its_day() -> None:
    """'Vell met Oda on 3 March 2025. ... Following his meeting with Oda, Vell confirmed the deal.' (far from the
    meeting's sentence: no story dates it)"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 3, 10), [
        mention(0, EventType.CONSULT, [VELL], [ODA], "meet", time=on(3, 3, 2025)),
        mention(1, EventType.AGREE, [VELL], [], "confirm",
                occasion=during("meeting", parties=(ODA,), preposition="following"), far=True)],
        IDS, [on(3, 3, 2025)])
    assert item(resolver, "a", 1).date == PartialDate(2025, 3, 3)


# --- end to end: articles written for these tests --------------------------------------------------------------


def test_articles_date_a_remark_by_its_press_conference_and_a_halt_by_the_fall_it_came_with(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "occasions"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Sergei Lavrov and Hakan Fidan held a joint press conference in Ankara on Monday, March 3.\n\n"
               "Fidan had visited Moscow on February 10 for talks on trade.\n\n"
               "Lavrov thanked Turkey during the joint press conference.", source="One Wire", published="2025-03-12")
    write_text(corpus, "b.txt", "Rebels ousted Bashar al-Assad in December 2024.", source="Other Post",
               published="2025-01-05")
    write_text(corpus, "c.txt", "Russian wheat shipments to Syria stopped with the fall of the Assad regime.",
               source="Third Daily", published="2025-06-01")
    db = build_store(new_db("occasions"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    (thanked,) = [d for t, d in told.items() if t.startswith("thanked")]
    assert thanked == "2025-03-03", told
    halted = mention_dates(db, "c.txt")
    assert list(halted.values()) == ["2024-12"], halted
