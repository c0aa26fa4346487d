"""API: the timeline of events, one event with its evidence, and the conflicts between sources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.web.deps import DateText, DossierDep, EventId, Offset, limit_query
from dossier.web.plover import PLOVER_TYPES

router = APIRouter(tags=["events"])
PerValue = Annotated[int, Query(ge=1, le=1000, description="At most this many articles listed per conflicting"
                                " value (`article_count` counts them all).")]
Values = Annotated[int, Query(ge=1, le=1000, description="At most this many values listed per conflict"
                              " (`value_count` counts them all).")]


@router.get("/timeline", summary="Events in date order, filtered")
def timeline(d: DossierDep,
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
             limit: Annotated[int, limit_query(1000)] = 200, offset: Offset = 0,
             exclusive: Annotated[bool, Query(description="With `outlet`: only the events that outlet alone"
                                              " reports (what `/api/outlets` counts in `exclusive_event_count`).")]
             = False) -> list[Any]:
    """Like `dossier timeline --json`: events with their type, mode, modality, date at its precision, summary,
    sources, participants and whether the sources disagree (`conflict`)."""
    return d.timeline(actor=actor, issue=issue, since=since, until=until, type=kind, outlet=outlet,
                      conflicts=conflicts, undated=undated, all=every, limit=limit, offset=offset,
                      exclusive=exclusive).to_dicts()


@router.get("/events/{event_id}", summary="One event with every source's evidence")
def event(d: DossierDep, event_id: EventId, limit: Annotated[int, limit_query(1000)] = 100,
          offset: Offset = 0, per_value: PerValue = 20, values: Values = 20) -> dict[str, Any]:
    """Like `dossier event ID --json`: the event, the issues it concerns, each source's sentence with the
    trigger's offsets, the date as that source states it and where it falls (`limit` and `offset` page the
    evidence), and each conflict explained (its first `values` values, each naming its first `per_value`
    articles; `value_count` and `article_count` count them all)."""
    return d.event(event_id, limit=limit, offset=offset, per_value=per_value, values=values).to_dict()


@router.get("/conflicts", summary="Every disagreement between sources")
def conflicts(d: DossierDep, limit: Annotated[int, limit_query(1000)] = 200, offset: Offset = 0,
              per_value: PerValue = 10, values: Values = 10) -> list[Any]:
    """Like `dossier conflicts --json`: the date, participants, place or "first" claim sources disagree on,
    with the outlets behind each value: the first `values` values (`value_count`: how many there are), each
    with its first `per_value` articles (`articles`, `sources`) and how many give it in all (`article_count`);
    `/api/events/{event_id}` pages through every source of the event."""
    return d.conflicts(limit=limit, offset=offset, per_value=per_value, values=values).to_dicts()
