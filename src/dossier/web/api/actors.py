"""API: actors (entities), one actor, and the network of actors linked by shared events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.shapes import entity_json, mention_json
from dossier.web.deps import (
    ENTITY_TYPES,
    DateText,
    EntityId,
    Offset,
    StoreDep,
    actor_id,
    entity_type,
    iso_date,
    limit_query,
    not_found,
)
from dossier.web.serialize import network_json

router = APIRouter(tags=["actors"])


@router.get("/entities", summary="Actors, most mentioned first")
def entities(store: StoreDep,
             kind: Annotated[str | None, Query(alias="type", max_length=20, description="PERSON, STATE, ORG,"
                                               " PLACE, FACILITY or GROUP.",
                                               json_schema_extra={"enum": list(ENTITY_TYPES)})] = None,
             name: Annotated[str | None, Query(max_length=200, description="Only actors whose name or an alias"
                                               " contains this.")] = None,
             limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier entities --json`: name, type, every alias seen, mentions and articles."""
    wanted = entity_type(kind)
    if name:
        found = [e for e in store.entities_matching(name, limit=offset + limit) if not wanted or e.type == wanted]
    else:
        found = store.entities(wanted)
    return [entity_json(e) for e in found[offset:offset + limit]]


@router.get("/entities/{entity_id}", summary="One actor: aliases, sentences, neighbours")
def entity(store: StoreDep, entity_id: EntityId, limit: Annotated[int, limit_query(1000)] = 100,
           offset: Offset = 0) -> dict[str, Any]:
    """Like `dossier entity NAME --json` (by id; find ids by name with /api/entities?name=): the actor, the
    articles and sentences mentioning it (paged), and the actors most often mentioned in the same sentences."""
    found = store.entity(entity_id)
    if found is None:
        raise not_found(f"no actor {entity_id!r}; /api/entities lists them")
    mentions = store.entity_mentions(found.id)
    return {
        **entity_json(found),
        "article_ids": sorted({m.article_id for m in mentions}),
        "mentions_in": [mention_json(m) for m in mentions[offset:offset + limit]],
        "cooccurring": [{"id": e.id, "name": e.name, "type": e.type.value, "sentences": n}
                        for e, n in store.cooccurring(found.id)],
        "events": store.entity_event_count(found.id),
    }


@router.get("/network", summary="Actors linked by the events they share")
def network(store: StoreDep, since: DateText = None, until: DateText = None,
            actor: Annotated[str | None, Query(max_length=200, description="Only this actor (id or any alias)"
                                               " and those it shares events with.")] = None,
            min_shared: Annotated[int, Query(ge=1, le=1000, description="Only links of at least this many"
                                             " shared events.")] = 1,
            limit: Annotated[int, limit_query()] = 80) -> dict[str, Any]:
    """Nodes are actors (and targets) of reported or planned events, with how many events each takes part in;
    edges join two actors with the number of events they share. With since/until only events dated in the
    window count; without them undated events count too. `limit` keeps the most active actors."""
    return network_json(store.network(since=iso_date(since, "since"), until=iso_date(until, "until"),
                                      actor=actor_id(store, actor), min_shared=min_shared, max_nodes=limit))
