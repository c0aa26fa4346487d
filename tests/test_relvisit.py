"""The same visit told by another article in a relative clause (issue 16, merge coverage): a relative clause on a
party that tells one numbered occurrence with its own time ('X, who first visited Kenya in May, met Y') is an
event of its own, dated by its own words; a first visit and a second one told in one sentence stay two; an event
numbered in its series does not join one its sources number otherwise; a participle set off after the last name
of a list is that person's; a caption's only event, the setting of a pose ('during their talks'), is an event.
Sentences and names written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver, firsts
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import events, extraction
from tests.helpers.stores import Location, build_store

# --- extraction --------------------------------------------------------------------------------------------------


def visits(text: str) -> list[tuple[set[str], str | None, str]]:
    return [(e.actors, e.time, e.trigger) for e in events(text) if e.mode == Mode.VISIT]


def test_a_relative_clause_numbering_an_occurrence_with_its_own_time_is_its_own_event() -> None:
    found = events("Ethiopian Prime Minister Abiy Ahmed, who first visited Nairobi in May, met William Ruto on "
                   "Tuesday.")
    assert [(e.type, e.mode, e.time) for e in found] == [
        (EventType.CONSULT, Mode.VISIT, "May"), (EventType.CONSULT, None, "Tuesday")]
    assert found[0].actors == {"Abiy Ahmed"}, "the party the clause describes made the visit"
    last = events("Emmanuel Macron, who last met Olaf Scholz in March, praised the German leader on Friday.")
    assert [(e.type, e.time) for e in last] == [(EventType.CONSULT, "March"), (EventType.SUPPORT, "Friday")]


def test_a_relative_clause_with_no_number_or_no_time_of_its_own_stays_background() -> None:
    assert visits("Abiy Ahmed, who first visited Kenya, thanked William Ruto.") == [], "no time of its own"
    assert visits("Abiy Ahmed, who is making his third trip to Kenya, thanked William Ruto for his hospitality.") \
        == [], "the trip under way: no time of its own either"
    found = events("Olaf Scholz, who was elected in 2021, met Emmanuel Macron on Tuesday.")
    assert [(e.type, e.time) for e in found] == [(EventType.CONSULT, "Tuesday")], "no number: background"


def test_a_first_and_a_second_visit_told_in_one_sentence_stay_two() -> None:
    found = visits("Abiy Ahmed, who first visited Kenya in May, is on his second visit to Nairobi.")
    assert [(time, words) for _, time, words in found] == [("May", "visited"), (None, "visit")]


def test_an_event_noun_as_subject_gives_its_number_to_the_verb_that_tells_it() -> None:
    found = extraction("Abiy Ahmed's first visit discussed the renewal of the port agreements.").events
    assert [(e.mode, e.ordinal) for e in found] == [(Mode.VISIT, 1)]
    found = extraction("The first lady of Kenya visited Addis Ababa on Monday.").events
    assert [e.ordinal for e in found if e.mode == Mode.VISIT] == [None], "a person, not an event, is first"


def test_a_participle_after_the_last_name_of_a_list_is_that_persons() -> None:
    found = visits("Talks between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed, paying his "
                   "first official visit to Kenya on Monday, focused on trade.")
    assert [(actors, time) for actors, time, _ in found] == [({"Abiy Ahmed"}, "Monday")]


def test_the_only_event_of_a_caption_is_the_setting_of_a_pose() -> None:
    found = events("Kenyan President William Ruto, right, and Ethiopian Prime Minister Abiy Ahmed pose for a picture "
                   "during their talks at State House in Nairobi on Monday, May 4, 2026.")
    assert [(e.type, e.trigger, e.time) for e in found] == [(EventType.CONSULT, "talks", "Monday, May 4, 2026")]
    told = events("During the talks, Abiy Ahmed thanked William Ruto for his hospitality.")
    assert [e.type for e in told] == [EventType.SUPPORT], "a setting of what the sentence reports adds no event"


# --- resolution --------------------------------------------------------------------------------------------------


def test_numbered_apart() -> None:
    assert firsts.numbered_apart({1}, {2})
    assert not firsts.numbered_apart({2}, {1, 2}), "sources already numbering it so"
    assert not firsts.numbered_apart(set(), {2}) and not firsts.numbered_apart({1}, set()), "unnumbered: nothing"


FACTS = {
    "abiy": EntityFacts(EntityType.PERSON, None),
    "ethiopia": EntityFacts(EntityType.STATE, None),
    "kenya": EntityFacts(EntityType.STATE, None),
}


def visit(article: str, n: int, ordinal: int | None, time: TimeExpr | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger="visit", start=10 * n, end=10 * n + 5,
                        type=EventType.CONSULT, mode=Mode.VISIT, modality=Modality.ASSERTED, actors=(0, 1),
                        targets=(2,), location=None, time=time, lemma="visit", ordinal=ordinal)


def test_an_undated_numbered_visit_joins_the_visit_numbered_alike() -> None:
    """'Abiy made his first visit to Kenya on 14 May' and 'his second visit, on 9 September' (one article), then
    an undated article: 'Abiy, who is making his second visit to Kenya, ...': it fits both visits as well by its
    parties, but only the second is numbered as it is."""
    ids = ["abiy", "ethiopia", "kenya"]
    may = TimeExpr("14 May 2025", TimeKind.ABSOLUTE, year=2025, month=5, day=14)
    september = TimeExpr("9 September 2025", TimeKind.ABSOLUTE, year=2025, month=9, day=9)
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 9, 10), [visit("a", 0, 1, may), visit("a", 1, 2, september)],
                         ids, [may, september])
    first, second = (resolver.by_article["a"][k].event_id for k in (0, 1))
    assert first != second, "two visits months apart"
    resolver.add_article("b", None, [visit("b", 0, 2)], ids, [])
    assert resolver.by_article["b"][0].event_id == second


def test_the_first_visit_told_in_a_relative_clause_joins_the_first_visit(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "relvisit"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Ethiopian Prime Minister Abiy Ahmed visited Nairobi on Thursday, May 14, for his "
               "first official visit to Kenya.", source="One Wire", published="2026-05-15")
    write_text(corpus, "b.txt", "Abiy Ahmed visited Nairobi on Monday for the second time this year.\n\n"
               "Abiy Ahmed, who first visited Kenya in May, thanked William Ruto for the welcome.",
               source="Other Post", published="2026-09-08")
    db = build_store(new_db("relvisit"), corpus, load_pack("syria-russia"))
    store = open_store(db, create=False)
    rows: dict[str, list[tuple[str, str | None, str]]] = {}
    for article in store.articles.page():
        rows[Path(article.source_path).name] = [(str(trigger), str(date) if date else None, str(event_id)) for
                                                trigger, date, event_id in store.db.execute(
            "SELECT trigger, date, event_id FROM event_mentions WHERE article_id = ? ORDER BY n", (article.id,))]
    store.close()
    (_, _, first), = rows["a.txt"]
    second, recalled, thanks = rows["b.txt"]
    assert recalled == ("visited", "2026-05", first), "the May visit, dated by the clause's own month"
    assert second[1] == "2026-09-07" and second[2] != first, "the second visit stays apart from the first"
    assert thanks[1] == "2026-09-07", "the main clause is not dated by the relative clause"
