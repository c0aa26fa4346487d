"""API: the issue board (issues with each actor's positions), quotations, and the outlets compared: the same
JSON as `dossier issues|issue|quotes|outlets --json`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.web.deps import DossierDep, IssueId, Offset, limit_query

router = APIRouter(tags=["issues"])


@router.get("/issues", summary="Issues under negotiation with each actor's latest position")
def issues(d: DossierDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0,
           stances: Annotated[int, Query(ge=1, le=1000, description="At most this many actors' latest stances per"
                                         " issue (`stance_count` counts them all).")] = 20) -> list[Any]:
    """Like `dossier issues --json`: most discussed first, each actor's latest stance (the first `stances`
    actors to take a position, and `stance_count`: `/api/issues/{issue_id}` pages through every position) and
    the last change."""
    return d.issues(limit=limit, offset=offset, stances=stances).to_dicts()


@router.get("/issues/{issue_id}", summary="One issue: positions over time, events and quotations")
def issue(d: DossierDep, issue_id: IssueId, limit: Annotated[int, limit_query(1000)] = 100,
          offset: Offset = 0) -> dict[str, Any]:
    """Like `dossier issue ID --json`: the positions with their sentences and dates, then the events and
    quotations about the issue; `limit` and `offset` page each of the three lists."""
    return d.issue(issue_id, limit=limit, offset=offset).to_dict()


@router.get("/quotes", summary="Who said what, in which article")
def quotes(d: DossierDep,
           speaker: Annotated[str | None, Query(max_length=200, description="Only this speaker (id or any"
                                                " alias).")] = None,
           issue: Annotated[str | None, Query(max_length=100, description="Only quotes on this issue.")] = None,
           direct: Annotated[bool, Query(description="Only direct quotations, no reported speech.")] = False,
           limit: Annotated[int, limit_query()] = 50, offset: Offset = 0) -> list[Any]:
    """Like `dossier quotes --json`: direct quotations and reported speech with their speakers (null when
    no speaker is clear)."""
    return d.quotes(speaker=speaker, issue=issue, direct=direct, limit=limit, offset=offset).to_dicts()


@router.get("/outlets", summary="Outlets compared")
def outlets(d: DossierDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0,
            exclusive: Annotated[int, Query(ge=1, le=1000, description="At most this many events only the outlet"
                                            " reports, per outlet (`exclusive_event_count` counts them all).")]
            = 20) -> list[Any]:
    """Like `dossier outlets --json`: per outlet the issues and actors it gives most space to, the dated events
    only it reports (the first `exclusive` of them, and `exclusive_event_count`:
    `/api/timeline?outlet=NAME&exclusive=true` pages through them all), and its tone towards each main actor."""
    return d.outlets(limit=limit, offset=offset, exclusive=exclusive).to_dicts()
