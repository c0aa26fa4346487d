"""API: actors (entities), one actor, and the network of actors linked by shared events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.query.filters import ENTITY_TYPES
from dossier.web.deps import DateText, DossierDep, EntityId, Offset, limit_query

router = APIRouter(tags=["actors"])


@router.get("/entities", summary="Actors, most mentioned first")
def entities(d: DossierDep,
             kind: Annotated[str | None, Query(alias="type", max_length=20, description="PERSON, STATE, ORG,"
                                               " PLACE, FACILITY or GROUP.",
                                               json_schema_extra={"enum": list(ENTITY_TYPES)})] = None,
             name: Annotated[str | None, Query(max_length=200, description="Only actors whose name or an alias"
                                               " contains this.")] = None,
             limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier entities --json`: name, type, every alias seen, mentions and articles."""
    return d.entities(type=kind, name=name, limit=limit, offset=offset).to_dicts()


@router.get("/entities/{entity_id}", summary="One actor: aliases, sentences, neighbours")
def entity(d: DossierDep, entity_id: EntityId, limit: Annotated[int, limit_query(1000)] = 100,
           offset: Offset = 0) -> dict[str, Any]:
    """Like `dossier entity NAME --json` (by id or any alias; find ids by name with /api/entities?name=): the
    actor, the articles and sentences mentioning it (paged), the actors most often mentioned in the same
    sentences, and how many events it takes part in."""
    return d.entity(entity_id, limit=limit, offset=offset).to_dict()


@router.get("/network", summary="Actors linked by the events they share")
def network(d: DossierDep, since: DateText = None, until: DateText = None,
            actor: Annotated[str | None, Query(max_length=200, description="Only this actor (id or any alias)"
                                               " and those it shares events with.")] = None,
            min_shared: Annotated[int, Query(ge=1, le=1000, description="Only links of at least this many"
                                             " shared events.")] = 1,
            limit: Annotated[int, limit_query()] = 80,
            edges: Annotated[int, Query(ge=1, le=10_000, description="At most this many links, the strongest"
                                        " (`edge_count` counts them all).")] = 300) -> dict[str, Any]:
    """Nodes are actors (and targets) of reported or planned events, with how many events each takes part in;
    edges join two actors with the number of events they share, strongest first. With since/until only events
    dated in the window count; without them undated events count too. `limit` keeps the most active actors,
    `edges` the strongest links among them (`edge_count`: how many there are)."""
    return d.network(since=since, until=until, actor=actor, min_shared=min_shared, limit=limit,
                     edges=edges).to_dict()
