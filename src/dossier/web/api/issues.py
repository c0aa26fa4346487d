"""API: the issue board (issues with each actor's positions), quotations, and the outlets compared: the same
JSON as `dossier issues|issue|quotes|outlets --json`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.shapes import issue_json, quote_json
from dossier.store.views import REPORTED
from dossier.web.deps import IssueId, Offset, StoreDep, actor_id, limit_query, not_found

router = APIRouter(tags=["issues"])


@router.get("/issues", summary="Issues under negotiation with each actor's latest position")
def issues(store: StoreDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier issues --json`: most discussed first, each actor's latest stance and the last change."""
    return store.issues_overview()[offset:offset + limit]


@router.get("/issues/{issue_id}", summary="One issue: positions over time, events and quotations")
def issue(store: StoreDep, issue_id: IssueId) -> dict[str, Any]:
    """Like `dossier issue ID --json`: every position with its sentence and date, then the events and
    quotations about the issue."""
    definition = next((i for i in store.issue_definitions() if i["id"] == issue_id), None)
    if definition is None:
        raise not_found(f"no issue {issue_id!r}; /api/issues lists them")
    return issue_json(definition, store.positions(issue=issue_id),
                      store.timeline(issue=issue_id, include_undated=True, modalities=REPORTED),
                      store.quotes(issue=issue_id))


@router.get("/quotes", summary="Who said what, in which article")
def quotes(store: StoreDep,
           speaker: Annotated[str | None, Query(max_length=200, description="Only this speaker (id or any"
                                                " alias).")] = None,
           issue: Annotated[str | None, Query(max_length=100, description="Only quotes on this issue.")] = None,
           direct: Annotated[bool, Query(description="Only direct quotations, no reported speech.")] = False,
           limit: Annotated[int, limit_query()] = 50, offset: Offset = 0) -> list[Any]:
    """Like `dossier quotes --json`: direct quotations and reported speech with their speakers (null when
    no speaker is clear)."""
    found = store.quotes(speaker=actor_id(store, speaker), issue=issue, kind="direct" if direct else None,
                         limit=limit, offset=offset)
    return [quote_json(q) for q in found]


@router.get("/outlets", summary="Outlets compared")
def outlets(store: StoreDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier outlets --json`: per outlet the issues and actors it gives most space to, the events only
    it reports, and its tone towards each main actor."""
    return store.outlet_report()[offset:offset + limit]
