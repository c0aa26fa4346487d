"""A clause of time naming a ruler's fall ("offered him refuge once defeat became inevitable", "fled when the
regime collapsed"): its main clause happens with that fall (`extract/attach_time.once_clause`) and takes the date
the store gives the one fall of its ruler (`resolve/events/dating.once_occasion`). Sentences and records written
for these tests."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, Occasion, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver
from tests.helpers.pipeline import extraction


def clause_occasions(text: str) -> dict[str, tuple[str, str, str, list[str]] | None]:
    """trigger -> (conjunction, word, type, parties named) of the occasion each event mention names."""
    found = extraction(text)
    return {e.trigger: (e.occasion.preposition, e.occasion.word, e.occasion.type.value,
                        [found.mentions[i].name for i in e.occasion.parties]) if e.occasion else None
            for e in found.events}


def test_a_clause_of_time_naming_a_fall_is_the_occasion_of_its_main_clause() -> None:
    assert clause_occasions("Norway chose instead to offer him refuge once defeat became inevitable.") == {
        "offer him refuge": ("once", "defeat", "COERCE", [])}
    found = clause_occasions("General Oda fled to Lorn when the regime collapsed.")
    assert list(found.values()) == [("when", "collapse", "COERCE", ["regime"])]


def test_a_city_falling_talks_collapsing_or_a_bound_name_no_fall() -> None:
    for text in ("General Oda fled to Lorn when the city fell.",
                 "General Oda fled to Lorn as the talks collapsed.",
                 "Norway sent grain to Lorn after the regime collapsed."):
        found = clause_occasions(text)
        assert found and all(o is None for o in found.values()), text


FACTS = {
    "ruler_kessel": EntityFacts(EntityType.PERSON, None),
    "general_oda": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
}
IDS = ["ruler_kessel", "general_oda", "norvia"]
KESSEL, ODA, NORVIA = range(3)


def mention(n: int, event_type: EventType, actors: list[int], targets: list[int], lemma: str, *, article: str,
            mode: Mode | None = None, time: TimeExpr | None = None,
            occasion: Occasion | None = None) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=event_type, mode=mode, modality=Modality.ASSERTED, actors=tuple(actors),
                        targets=tuple(targets),
                        location=None, time=time, lemma=lemma, occasion=occasion)


def test_the_fall_a_clause_names_without_a_party_is_that_of_the_mentions_own_ruler() -> None:
    """'Kessel was ousted in March 2021.' / elsewhere: 'Norvia offered him refuge once defeat became inevitable'
    (him: Kessel) takes March 2021; 'Norvia offered Oda refuge once defeat became inevitable' (Oda never fell):
    nothing; 'when the Oda government fell' names another than Kessel: nothing."""
    resolver = EventResolver(FACTS.get)
    march = TimeExpr("March 2021", TimeKind.ABSOLUTE, year=2021, month=3)
    resolver.add_article("a", PartialDate(2021, 3, 20), [
        mention(0, EventType.COERCE, [], [KESSEL], "oust", article="a", time=march)], IDS, [march])
    defeat = Occasion("once", "defeat", EventType.COERCE, None, ())
    resolver.add_article("b", None, [
        mention(0, EventType.AID, [NORVIA], [KESSEL], "offer", article="b", mode=Mode.ASYLUM, occasion=defeat),
        mention(5, EventType.AID, [NORVIA], [ODA], "offer", article="b", mode=Mode.ASYLUM, occasion=defeat),
        mention(9, EventType.RETREAT, [KESSEL], [], "flee", article="b",
                occasion=Occasion("when", "fall", EventType.COERCE, None, (ODA,)))], IDS, [])
    dates = [e.date for e in resolver.by_article["b"]]
    assert dates[0] == PartialDate(2021, 3)
    assert dates[1] is None and dates[2] is None


def test_a_fall_told_beside_another_fact_of_its_sentence_opens_no_story() -> None:
    """'Norvia and Lorn spoke by phone on Monday, their first call since the ouster of Kessel in March' (0: the call,
    1: the ouster) and 'Kessel was ousted on March 3.' alone (2): only the ouster beside the call is an aside."""
    from dossier.resolve.events.dating import recalled_asides
    from dossier.resolve.events.records import Evidence

    def told(n: int, sentence: int, event_type: EventType, lemma: str) -> Evidence:
        return Evidence(article_id="a", n=n, sentence=sentence, trigger=lemma, start=0, end=4, type=event_type,
                        mode=None, modality=Modality.ASSERTED, actors=(), targets=(), location=None, time=None,
                        lemma=lemma)

    items = [told(0, 0, EventType.CONSULT, "call"), told(1, 0, EventType.COERCE, "ouster"),
             told(2, 3, EventType.COERCE, "oust")]
    assert recalled_asides(items) == {("a", 1)}
