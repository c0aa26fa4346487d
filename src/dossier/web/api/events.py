"""API: the timeline of events, one event with its evidence, and the conflicts between sources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from dossier.shapes import conflict_json, event_json, evidence_json
from dossier.store import Store
from dossier.store.views import REPORTED
from dossier.web.deps import (
    DateText,
    EventId,
    Offset,
    StoreDep,
    actor_id,
    event_type,
    iso_date,
    issue_id,
    limit_query,
    not_found,
)
from dossier.web.lookups import article_names, entity_names
from dossier.web.plover import PLOVER_TYPES

router = APIRouter(tags=["events"])


@router.get("/timeline", summary="Events in date order, filtered")
def timeline(store: StoreDep, request: Request,
             actor: Annotated[str | None, Query(max_length=200, description="Only events this actor takes part in"
                                                " (id or any alias).")] = None,
             issue: Annotated[str | None, Query(max_length=100, description="Only events about this issue"
                                                " (an issue id of the pack).")] = None,
             since: DateText = None, until: DateText = None,
             kind: Annotated[str | None, Query(alias="type", max_length=20, description="Only this PLOVER type"
                                               " (CONSULT, SANCTION, ...).",
                                               json_schema_extra={"enum": list(PLOVER_TYPES)})] = None,
             outlet: Annotated[str | None, Query(max_length=200, description="Only events this outlet"
                                                 " reports.")] = None,
             conflicts: Annotated[bool, Query(description="Only events whose sources disagree.")] = False,
             undated: Annotated[bool, Query(description="Also events no source dates.")] = False,
             every: Annotated[bool, Query(alias="all", description="Also hypothetical and negated events.")] = False,
             limit: Annotated[int, limit_query(1000)] = 200, offset: Offset = 0) -> list[Any]:
    """Like `dossier timeline --json`: events with their type, mode, modality, date at its precision, summary,
    sources, participants and whether the sources disagree (`conflict`)."""
    chosen_issue = issue_id(store, request.app.state.issue_labels, issue)
    return [event_json(e) for e in filtered_timeline(
        store, actor=actor, issue=chosen_issue, since=since, until=until, kind=kind, outlet=outlet,
        conflicts=conflicts, undated=undated, every_modality=every, limit=limit, offset=offset)]


def filtered_timeline(store: Store, *, actor: str | None, issue: str | None, since: str | None, until: str | None,
                      kind: str | None, outlet: str | None, conflicts: bool, undated: bool, every_modality: bool,
                      limit: int | None, offset: int = 0) -> list[Any]:
    """The timeline with each filter checked the way the command line checks it (shared with the page)."""
    return store.timeline(actor=actor_id(store, actor), issue=issue or None, since=iso_date(since, "since"),
                          until=iso_date(until, "until"), event_type=event_type(kind), outlet=outlet or None,
                          include_undated=undated, conflicts_only=conflicts, limit=limit, offset=offset,
                          modalities=None if every_modality else REPORTED)


@router.get("/events/{event_id}", summary="One event with every source's evidence")
def event(store: StoreDep, event_id: EventId) -> dict[str, Any]:
    """Like `dossier event ID --json`: the event, each source's sentence with the trigger's offsets, the date as
    that source states it and where it falls, and each conflict explained."""
    info = store.event_info(event_id)
    if info is None:
        raise not_found(f"no event {event_id!r}; /api/timeline lists them")
    articles, names = article_names(store), entity_names(store)
    return {**event_json(info), "issues": store.event_issues(event_id),
            "evidence": [evidence_json(e) for e in store.evidence(event_id)],
            "conflicts": [conflict_json(c, articles, names) for c in store.conflicts(event_id)]}


@router.get("/conflicts", summary="Every disagreement between sources")
def conflicts(store: StoreDep, limit: Annotated[int, limit_query(1000)] = 200,
              offset: Offset = 0) -> list[Any]:
    """Like `dossier conflicts --json`: the date, participants, place or "first" claim sources disagree on,
    with the outlets behind each value."""
    articles, names = article_names(store), entity_names(store)
    return [conflict_json(c, articles, names) for c in store.conflicts()[offset:offset + limit]]
