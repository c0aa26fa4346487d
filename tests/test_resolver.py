"""Resolution as one closed stage (resolve/resolver.py): extractions written for the test in, plain records and
what changed out, the same way for entities and events; and a resolver rebuilt from the records it handed out
carries on where the first one stopped."""

from __future__ import annotations

from dossier.extract import Extraction
from dossier.models import (
    ActorMention,
    Article,
    EntityType,
    EventMention,
    Modality,
    PartialDate,
    StoredEvents,
    TimeExpr,
    TimeKind,
)
from dossier.packs import load_pack
from dossier.plover import EventType, Mode
from dossier.resolve.resolver import Resolver


def person(article_id: str, name: str, n: int, pack_id: str | None = None,
           entity_type: EntityType = EntityType.PERSON) -> ActorMention:
    return ActorMention(article_id, 0, 10 * n, 10 * n + len(name), name, name, entity_type, 2 * n, 2 * n + 1,
                        pack_id=pack_id)


PUBLISHED = PartialDate(2025, 2, 14)


def article(article_id: str, mentions: list[ActorMention], day: int | None) -> Extraction:
    """An article reporting that its first mention called its second, on `day` February 2025 (if given)."""
    time = TimeExpr(f"{day} February 2025", TimeKind.ABSOLUTE, 2025, 2, day) if day else None
    events = [EventMention(article_id, 0, "called", 0, 6, EventType.CONSULT, Mode.PHONE, Modality.ASSERTED, (0,),
                           (1,), None, time, lemma="call")] if len(mentions) > 1 else []
    return Extraction(Article(article_id, "", f"{article_id}.txt", published=PUBLISHED), (), mentions, events,
                      [time] if time else [], [], [], {})


def test_entities_and_events_report_what_each_article_changed() -> None:
    resolver = Resolver(load_pack("syria-russia"))
    first = resolver.add(article("a", [person("a", "Vladimir Putin", 0, "vladimir_putin"),
                                       person("a", "Ilya Somov", 1)], 12))
    somov = first.entity_ids[1]
    assert first.entity_ids[0] == "vladimir_putin"
    assert first.changes.entities.created == {"vladimir_putin", somov}, "in the store for the first time"
    assert {r.id for r in first.entities} == {"vladimir_putin", somov} == first.changes.entities.changed
    (event,) = first.changes.events.created
    assert first.changes.events.grew == {event} and first.changes.events.articles == {"a"}
    delta = resolver.event_delta(first.changes.events.changed)
    assert [row.id for row in delta.rows] == [event] and not delta.conflicts_gained
    assert delta.rows[0].summary == "Vladimir Putin speaks by phone with Ilya Somov"

    second = resolver.add(article("b", [person("b", "Putin", 0, "vladimir_putin"), person("b", "Somov", 1)], 13))
    assert second.entity_ids == ["vladimir_putin", somov] and not second.changes.entities.created
    assert second.changes.events.grew == {event} and not second.changes.events.created
    delta = resolver.event_delta(second.changes.events.changed)
    assert delta.conflicts_gained == {event: ("date",)}, "the second source dates the call a day later"
    assert [c.field for c in delta.rows[0].conflicts] == ["date"]
    assert resolver.event_delta([event]).conflicts_gained == {}, "reported once"

    evidence = resolver.evidence_delta({"a", "b"})
    assert evidence.articles == ("a", "b") and [e.event_id for e in evidence.evidence] == [event, event]
    assert [a for a, _ in evidence.anchors] == ["a", "b"]


def test_a_surname_known_first_merges_into_the_full_name_and_its_events_follow() -> None:
    resolver = Resolver(load_pack("syria-russia"))
    first = resolver.add(article("a", [person("a", "Vladimir Putin", 0, "vladimir_putin"), person("a", "Kadyrin", 1)],
                                 12))
    alone = first.entity_ids[1]
    second = resolver.add(article("b", [person("b", "Vladimir Putin", 0, "vladimir_putin"),
                                        person("b", "Pavel Kadyrin", 1)], 12))
    full = second.entity_ids[1]
    assert second.changes.entities.merged == [(alone, full)]
    (item,) = [e for e in resolver.evidence_delta({"a"}).evidence]
    assert item.targets == (full,), "the evidence names the survivor"


def test_a_type_outvoted_is_a_renamed_entity() -> None:
    resolver = Resolver(load_pack("syria-russia"))
    first = resolver.add(article("a", [person("a", "Northwind", 0, entity_type=EntityType.ORG)], None))
    (northwind,) = first.changes.entities.created
    again = [person("b", "Northwind", n, entity_type=EntityType.GROUP) for n in range(3)]
    second = resolver.add(article("b", again, None))
    assert second.entity_ids == [northwind] * 3
    assert second.changes.entities.renamed == {northwind}
    assert [r.type for r in second.entities] == [EntityType.GROUP]


def test_a_resolver_rebuilt_from_its_records_carries_on() -> None:
    pack = load_pack("syria-russia")
    resolver = Resolver(pack)
    first = resolver.add(article("a", [person("a", "Vladimir Putin", 0, "vladimir_putin"),
                                       person("a", "Ilya Somov", 1)], 12))
    second = resolver.add(article("b", [person("b", "Putin", 0, "vladimir_putin"), person("b", "Somov", 1)], 13))
    rows = resolver.event_delta(first.changes.events.changed | second.changes.events.changed).rows
    entities = {r.id: r for r in [*first.entities, *second.entities]}
    evidence = resolver.evidence_delta({"a", "b"})
    stored = StoredEvents(list(evidence.evidence), dict(evidence.anchors),
                          {row.id: tuple(c.field for c in row.conflicts) for row in rows if row.conflicts})
    again = Resolver(pack, entities.values(), stored)
    assert again.event_delta(again.event_ids()).rows == rows, "the same rows from the records"
    assert again.event_delta(again.event_ids()).conflicts_gained == {}, "its conflicts were written already"
    third = again.add(article("c", [person("c", "Somov", 0), person("c", "Putin", 1, "vladimir_putin")], 12))
    assert third.entity_ids == [entities[first.entity_ids[1]].id, "vladimir_putin"]
    assert third.changes.events.grew == {rows[0].id}
