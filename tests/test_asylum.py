"""Asylum told by many articles, with its parties (issue 16): a coordinated passive ('was ousted and granted
asylum', 'flew to X ... and were granted asylum there') is done to the first verb's subject; 'gave asylum to X'
names X; a once-only fact told as background still recalls its one occurrence; one occurrence is one event
however its sources date it; sources naming 'X and his family' and 'X' alone disagree on who took part.
Sentences and names written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, Event, EventResolver, recurring
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import events, extraction
from tests.helpers.stores import Location, build_store

# --- extraction --------------------------------------------------------------------------------------------------


def asylum_of(text: str) -> list[tuple[set[str], set[str], str | None, str]]:
    return [(e.actors, e.targets, e.location, e.trigger) for e in events(text)
            if e.type == EventType.AID and e.mode == Mode.ASYLUM]


def test_a_shared_passive_is_done_to_its_subject_and_asylum_in_a_state_is_given_by_it() -> None:
    found = events("Ben Ali was ousted and granted asylum in Saudi Arabia.")
    assert [(e.type, e.targets) for e in found if e.type == EventType.COERCE] == [(EventType.COERCE, {"Ben Ali"})]
    assert asylum_of("Ben Ali was ousted and granted asylum in Saudi Arabia.") == [
        ({"saudi_arabia"}, {"Ben Ali"}, None, "granted asylum")]


def test_a_passive_after_an_active_is_done_to_its_subject_and_there_is_the_place_it_named() -> None:
    found = events("Ben Ali and his family flew to Jeddah and were granted asylum there.")
    assert [e.type for e in found] == [EventType.CONSULT, EventType.AID], "the asylum is not part of the trip"
    (actors, targets, place, words), = asylum_of("Ben Ali and his family flew to Jeddah and were granted asylum there.")
    assert (actors, targets, place) == (set(), {"Ben Ali"}, "Jeddah")
    assert "family" not in words, "the trigger is the words that tell the event"
    asylums = [e for e in extraction("Ben Ali and his family flew to Jeddah and were granted asylum there.").events
               if e.type == EventType.AID]
    assert [e.companions for e in asylums] == [("family",)], "the companions are a field of the mention"


def test_a_passive_coordinated_after_a_subordinate_clause_goes_on_with_the_main_subject() -> None:
    """The parser hangs 'and were granted' on the nearest verb, inside the 'as' clause."""
    (_, targets, place, _), = asylum_of(
        "Ben Ali and his family flew to Jeddah as the protesters took Tunis and were granted asylum there.")
    assert (targets, place) == ({"Ben Ali"}, "Jeddah")
    fled = events("Ben Ali fled as the protesters took Tunis and were cheered by crowds.")
    assert all("Ben Ali" not in e.targets for e in fled), "'were' does not agree with one man: the protesters"


def test_asylum_given_to_someone_names_them() -> None:
    assert asylum_of("Ecuador gave asylum to Julian Assange after he fled.") == [
        ({"Ecuador"}, {"Julian Assange"}, None, "asylum")]


def test_a_once_only_fact_told_as_background_is_kept() -> None:
    found = events("The envoy's trip to Tunis was the first since Ben Ali was ousted and granted asylum in "
                   "Saudi Arabia.")
    assert EventType.AID in {e.type for e in found}
    assert [e.time for e in found if e.type is EventType.COERCE] == [None], \
        "a fall told in passing: one more source of that fall, undated (tests/test_power_fall_in_passing.py)"
    assert asylum_of("Ben Ali and his family flew to Jeddah as the protesters took Tunis.") == [], \
        "nothing else changes: no asylum told, none made"


def test_a_background_once_only_fact_keeps_no_time_of_the_main_clause() -> None:
    found = events("The minister went to Tunis in May, the first trip since Ben Ali was ousted and granted asylum "
                   "in Saudi Arabia.")
    assert all(e.time is None for e in found if e.type == EventType.AID)


def test_a_journey_as_a_place_falls_is_a_flight_and_beside_anything_else_a_visit() -> None:
    flight = events("Ben Ali and his family flew to Jeddah as the protesters took Tunis.")
    assert [(e.type, e.mode, e.actors, e.location) for e in flight] == [
        (EventType.RETREAT, None, {"Ben Ali"}, "Jeddah")]
    assert next(e.type for e in events("The king left for London when the army seized the capital.")) == \
        EventType.RETREAT
    assert [e.type for e in events("Ben Ali flew to Jeddah as the talks began.")] == [EventType.CONSULT]


def test_a_flight_right_after_the_dated_fall_it_follows_takes_its_date(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Retyped a flight, the journey keeps the date of the story it continues ('ousted on January 14. ... flew
    to Jeddah as the protesters took Tunis'); a withdrawal told the same way lasts and keeps no day."""
    corpus = tmp_path / "flight"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Ben Ali was ousted by a popular uprising on January 14.\n\n"
               "Ben Ali and his family flew to Jeddah as the protesters took Tunis.", source="One Wire",
               published="2011-02-20")
    db = build_store(new_db("flight"), corpus, load_pack("syria-russia"))
    store = open_store(db, create=False)
    rows = store.db.execute("SELECT trigger, type, date FROM event_mentions ORDER BY n").fetchall()
    assert [(str(r[0]), str(r[2])) for r in rows if str(r[1]) == EventType.RETREAT.value] == [
        ("flew", "2011-01-14")], [tuple(r) for r in rows]
    write_text(corpus, "b.txt", "Ben Ali was ousted by a popular uprising on January 14.\n\n"
               "Ben Ali's guards began withdrawing from the palace in Carthage.", source="Other Post",
               published="2011-02-21")
    db = build_store(new_db("withdrawal"), corpus, load_pack("syria-russia"))
    rows = open_store(db, create=False).db.execute(
        "SELECT trigger, type, date FROM event_mentions WHERE type = ?", (EventType.RETREAT.value,)).fetchall()
    assert [str(r[2]) for r in rows if "withdraw" in str(r[0])] == ["None"], [tuple(r) for r in rows]


# --- the pure rules ------------------------------------------------------------------------------------------------


def test_a_flight_continues_a_story_as_a_statement_does_and_a_withdrawal_does_not() -> None:
    flights = recurring.flight_words()
    assert {"fly", "flee"} <= flights
    assert recurring.continues_a_story(EventType.RETREAT, "fly", {EventType.CONSULT}, flights)
    assert recurring.continues_a_story(EventType.CONSULT, "visit", {EventType.CONSULT}, flights)
    assert not recurring.continues_a_story(EventType.RETREAT, "withdraw", {EventType.CONSULT}, flights)
    assert not recurring.continues_a_story(EventType.ASSAULT, "fly", {EventType.CONSULT}, flights)


def companions_told(text: str) -> list[tuple[str, ...]]:
    return [e.companions for e in extraction(text).events]


def test_companions_are_nouns_of_the_table_owned_by_a_pronoun_beside_a_party() -> None:
    assert companions_told("Norvia granted asylum to Ben Ali and his wife.") == [("wife",)]
    assert companions_told("Ben Ali and their children fled to Jeddah.") == [("children",)], "as written"
    assert companions_told("Ben Ali and his government fled to Jeddah.") == [()], "not a companion"
    assert companions_told("Norvia granted asylum to Ben Ali.") == [()]
    assert "family" in recurring.companion_words(), "the shipped table"


def test_naming_a_person_with_companions_and_alone_disagree() -> None:
    vell, oda = frozenset({"vell"}), frozenset({"oda"})
    wife, none = frozenset({"wife"}), frozenset[str]()
    assert recurring.companions_disagree([(vell, wife), (vell, none)])
    assert not recurring.companions_disagree([(vell, wife), (vell, frozenset({"family"}))]), "both name some"
    assert not recurring.companions_disagree([(vell, none), (vell, none)])
    assert not recurring.companions_disagree([(vell, wife), (oda, none)]), "nobody in common"


# --- the resolver ------------------------------------------------------------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "norvia_capital": EntityFacts(EntityType.PLACE, "norvia"),
}


def asylum(article: str, actors: list[int], words: str, time: TimeExpr | None = None,
           companions: tuple[str, ...] = ()) -> EventMention:
    return EventMention(article_id=article, sentence=0, trigger=words, start=0, end=len(words), type=EventType.AID,
                        mode=Mode.ASYLUM, modality=Modality.ASSERTED, actors=tuple(actors), targets=(1,),
                        location=None, time=time, lemma=words.split()[0], companions=companions)


def event_of(resolver: EventResolver, article: str) -> Event:
    return resolver.events[resolver.by_article[article][0].event_id or ""]


def test_one_asylum_told_undated_first_then_dated_is_one_event_with_who_was_given_it_in_conflict() -> None:
    """'Vell and his wife were granted asylum' (an undated article) / 'was granted asylum in Norvia' (undated,
    in a dated article) / 'Norvia gave asylum to Vell in late 2024': one asylum, and a disagreement on whom."""
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "president_vell"]
    resolver.add_article("a", None, [asylum("a", [], "were granted asylum", companions=("wife",))], ids, [])
    resolver.add_article("b", PartialDate(2025, 2, 13), [asylum("b", [0], "granted asylum")], ids, [])
    late = TimeExpr("2024", TimeKind.ABSOLUTE, year=2024)
    resolver.add_article("c", PartialDate(2026, 1, 27), [asylum("c", [0], "asylum", late)], ids, [late])
    one = event_of(resolver, "a")
    assert event_of(resolver, "b") is one and event_of(resolver, "c") is one, "one occurrence, whatever the dates"
    assert one.date == PartialDate(2024)
    assert "participants" in [c.field for c in resolver.conflicts(one)], "'Vell and his wife' against 'Vell'"


def test_sources_all_naming_the_person_alone_have_no_participants_conflict() -> None:
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "president_vell"]
    resolver.add_article("a", PartialDate(2025, 2, 13), [asylum("a", [0], "granted asylum")], ids, [])
    resolver.add_article("b", PartialDate(2025, 3, 1), [asylum("b", [0], "asylum")], ids, [])
    one = event_of(resolver, "a")
    assert event_of(resolver, "b") is one
    assert [c.field for c in resolver.conflicts(one)] == []
