"""Standing relations of backing told in passing (issue 16): "X was a key backer of Y", "X's forces, which backed
Y until ...", "Y, who enjoyed X's support": one fact per patron and client, whatever else the sentence reports,
undated unless its own words date it, and joined across articles by its pair. Extraction on sentences written for
these tests (`extract/relations.py`), then the pure rules and the resolver on mentions written here (no parsing);
the resolver's names are made up."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, Event, EventResolver, recurring, rules
from tests.helpers.pipeline import Seen, events


def relations(text: str) -> list[Seen]:
    return [e for e in events(text) if e.type in (EventType.AID, EventType.SUPPORT)]


# --- extraction ----------------------------------------------------------------------------------------------------


def test_a_backer_in_a_war_is_military_help_by_the_subject_to_the_of_phrase() -> None:
    [found] = events("Ankara was a key backer of the Azerbaijani government throughout the war in Karabakh.")
    assert found.type == EventType.AID, "backing in a war named in its clause is AID (PLOVER: military aid)"
    assert found.actors == {"Ankara"} and found.targets == {"Azerbaijani government"}
    assert found.modality == "asserted" and found.time is None, "'throughout the war' gives no date"


def test_a_backer_with_no_war_is_political_support() -> None:
    [found] = events("France was a staunch backer of Lebanese Prime Minister Najib Mikati.")
    assert found.type == EventType.SUPPORT and found.actors == {"france"} and found.targets == {"Najib Mikati"}


def test_a_relation_dated_by_its_own_since_phrase_keeps_that_date() -> None:
    [found] = events("Qatar has been a backer of the Somali government since 2017.")
    assert found.type == EventType.SUPPORT and found.time == "2017"


def test_a_relative_clause_of_backing_on_the_patron_is_a_fact_and_the_main_event_stays() -> None:
    found = events("Cuban troops, which backed Angolan President Jose Eduardo dos Santos until 1991, left Luanda in"
                   " May 1991.")
    left = [e for e in found if e.type == EventType.RETREAT]
    assert len(left) == 1 and left[0].time == "May 1991" and left[0].trigger == "left", "the main fact unchanged"
    [backed] = [e for e in found if e.trigger == "backed"]
    assert backed.type == EventType.AID, "backing by a state's troops is military"
    assert "Cuban troops" in backed.actors and backed.targets and backed.time is None, "'until 1991' dates no start"


def test_a_relation_in_a_relative_clause_on_a_party_is_added_beside_the_sentences_event() -> None:
    found = events("Kenya started talks with France, which has backed Ethiopia for years.")
    assert [(e.type, e.actors, e.targets) for e in found] == [
        (EventType.CONSULT, {"Kenya"}, {"france"}), (EventType.SUPPORT, {"france"}, {"Ethiopia"})]


def test_support_a_client_enjoyed_is_the_possessors_backing_of_the_noun_the_clause_hangs_on() -> None:
    found = events("Prime Minister Hun Sen, who enjoyed Beijing's support for decades as his government fought the"
                   " Khmer Rouge insurgency, met the envoy on Monday.")
    assert [(e.type, e.time) for e in found if e.trigger == "met"] == [(EventType.CONSULT, "Monday")]
    [backing] = [e for e in found if e.type == EventType.AID]
    assert backing.actors == {"Beijing"} and backing.targets == {"Hun Sen"}
    assert backing.time is None, "'for decades' gives no date, nor does the meeting's Monday"


def test_a_patron_in_apposition_backs_the_of_phrase_or_the_possessor() -> None:
    [patron] = [e for e in events("Tehran, the main patron of the Houthi movement, denied the report.")
                if e.trigger == "patron"]
    assert patron.type == EventType.SUPPORT and patron.actors == {"Tehran"} and patron.targets == {"Houthi"}
    [sponsor] = [e for e in events("Kenya's main sponsor, Britain, sent aid on Monday.") if e.trigger == "sponsor"]
    assert sponsor.actors == {"united_kingdom"} and sponsor.targets == {"Kenya"}


def test_what_an_era_or_a_fact_was_is_no_relation_of_its_own() -> None:
    assert relations("The coup ended an era when Paris had been the junta's closest backer.") == []


def test_an_act_of_backing_on_a_day_stays_the_pipelines_statement() -> None:
    [found] = events("Kenya backed the Somali government on Monday.")
    assert (found.type, found.time, found.trigger) == (EventType.SUPPORT, "Monday", "backed")


# --- the rules -----------------------------------------------------------------------------------------------------

TABLE = recurring.kinds_from({"kinds": [
    {"name": "backing", "type": "AID", "words": ["backer"], "standing": True},
    {"name": "asylum", "type": "AID", "mode": "asylum"},
]})
BACKING, ASYLUM = TABLE
STATES = {"norvia", "kessel_state"}
DENOTES = {"kessel_government": "kessel_state"}


def state_of(entity_id: str) -> str | None:
    return entity_id if entity_id in STATES else DENOTES.get(entity_id)


def test_the_table_says_which_kinds_are_standing_relations() -> None:
    assert BACKING.standing and not ASYLUM.standing
    kinds = recurring.once_kinds()
    shipped = recurring.once_kind(EventType.AID, None, ["backer"], kinds)
    assert shipped is not None and shipped.standing
    political = recurring.once_kind(EventType.SUPPORT, None, ["backer"], kinds)
    assert political is not None and political.standing and political != shipped


def test_a_relation_is_held_with_the_state_its_client_is_or_stands_for() -> None:
    def named(entity_id: str) -> bool:
        return entity_id == "president_vell"

    def no_one(_: str) -> tuple[str, ...]:
        return ()

    assert recurring.subject_of(BACKING, ["kessel_government"], named, no_one, state_of) == {"kessel_state"}
    assert recurring.subject_of(BACKING, ["president_vell", "kessel_state"], named, no_one, state_of) == {
        "president_vell", "kessel_state"}
    assert recurring.subject_of(ASYLUM, ["kessel_government"], named, no_one, state_of) == set(), \
        "a once-only fact of another kind is done to whom it names"


def test_a_relation_and_an_act_of_a_day_are_two_facts() -> None:
    assert rules.relation_apart(BACKING, None), "'X backs Y' (a relation) and 'X congratulated Y'"
    assert rules.relation_apart(None, BACKING)
    assert rules.relation_apart(BACKING, ASYLUM)
    assert not rules.relation_apart(BACKING, BACKING)
    assert not rules.relation_apart(ASYLUM, None), "only relations keep apart this way"
    assert not rules.relation_apart(None, None)


# --- the resolver --------------------------------------------------------------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "kessel_state": EntityFacts(EntityType.STATE, None),
    "kessel_government": EntityFacts(EntityType.ORG, "kessel_state"),
    "norvian_forces": EntityFacts(EntityType.ORG, "norvia"),
}


def mention(article: str, n: int, event_type: EventType, actors: list[int], targets: list[int], lemma: str, *,
            time: TimeExpr | None = None, tense: str = "perfect") -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4, type=event_type,
                        mode=None, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=None, time=time, lemma=lemma, tense=tense)


def on(day: int, month: int, year: int) -> TimeExpr:
    return TimeExpr(f"{day}/{month}/{year}", TimeKind.ABSOLUTE, year=year, month=month, day=day)


def event_of(resolver: EventResolver, article: str, n: int = 0) -> Event:
    return resolver.events[resolver.by_article[article][n].event_id or ""]


def test_one_relation_told_by_three_articles_months_apart_is_one_fact() -> None:
    """'Norvia was a key backer of Vell throughout the war.' / 'Norvian forces, which backed Vell until 2024,
    ...' (an article that does not know its date) / months later: 'Vell, who enjoyed Norvia's support ...'."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 1, 10), [
        mention("a", 0, EventType.AID, [0], [1], "backer")], ["norvia", "president_vell"], [])
    resolver.add_article("b", None, [
        mention("b", 0, EventType.AID, [0, 1], [2], "backer")], ["norvian_forces", "norvia", "president_vell"], [])
    resolver.add_article("c", PartialDate(2025, 9, 2), [
        mention("c", 0, EventType.AID, [0], [1], "backer")], ["norvia", "president_vell"], [])
    backing = event_of(resolver, "a")
    assert event_of(resolver, "b") is backing and event_of(resolver, "c") is backing
    assert backing.date is None, "a relation is no act of a day"


def test_a_relation_with_a_government_joins_one_with_its_state_and_another_patron_stays_apart() -> None:
    """'Norvia was a key backer of the Kessel government.' / 'Norvia, a backer of Kessel, ...' / 'Lorn was a
    backer of the Kessel government.'"""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2025, 3, 10), [
        mention("a", 0, EventType.AID, [0], [1], "backer")], ["norvia", "kessel_government"], [])
    resolver.add_article("b", PartialDate(2025, 3, 12), [
        mention("b", 0, EventType.AID, [0], [1], "backer")], ["norvia", "kessel_state"], [])
    resolver.add_article("c", PartialDate(2025, 3, 13), [
        mention("c", 0, EventType.AID, [0], [1], "backer")], ["lorn", "kessel_government"], [])
    assert event_of(resolver, "b") is event_of(resolver, "a"), "the government stands for its state"
    assert event_of(resolver, "c") is not event_of(resolver, "a"), "another patron: another relation"


def test_a_relation_never_joins_an_act_of_a_day_between_the_same_parties() -> None:
    """'Norvia sent Vell arms on 3 March.' / 'Norvia, Vell's key backer in the war, ...' in a report of that day."""
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "president_vell"]
    resolver.add_article("a", PartialDate(2025, 3, 4), [
        mention("a", 0, EventType.AID, [0], [1], "send", time=on(3, 3, 2025), tense="past"),
        mention("a", 1, EventType.AID, [0], [1], "backer")], ids, [on(3, 3, 2025)])
    sent, backing = event_of(resolver, "a", 0), event_of(resolver, "a", 1)
    assert sent is not backing
    assert sent.date == PartialDate(2025, 3, 3) and backing.date is None, "the relation takes no news peg"
