"""API: issues with positions, quotes, outlet comparison. Empty until the store provides issue data
(see dossier.web.issue_data)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from dossier.web import issue_data
from dossier.web.deps import IssueId, Offset, StoreDep, actor_id, limit_query, not_found

router = APIRouter(tags=["issues"])


@router.get("/issues", summary="Issues under negotiation with each actor's positions")
def issues(store: StoreDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier issues --json`; an empty list while the store holds no issue data."""
    return issue_data.issues(store)[offset:offset + limit]


@router.get("/issues/{issue_id}", summary="One issue with its positions")
def issue(store: StoreDep, request: Request, issue_id: IssueId) -> dict[str, Any]:
    """Like `dossier issue ID --json`. A known issue of the pack without issue data yet has no positions."""
    found = issue_data.issue(store, issue_id)
    labels: dict[str, str] = request.app.state.issue_labels
    if found is None and issue_id not in labels:
        raise not_found(f"no issue {issue_id!r}; /api/issues lists them")
    return {**(found or {"id": issue_id, "label": labels[issue_id]}),
            "positions": issue_data.issue_positions(store, issue_id)}


@router.get("/quotes", summary="Who said what, in which article")
def quotes(store: StoreDep,
           speaker: Annotated[str | None, Query(max_length=200, description="Only this speaker (id or any"
                                                " alias).")] = None,
           issue: Annotated[str | None, Query(max_length=100, description="Only quotes on this issue.")] = None,
           limit: Annotated[int, limit_query()] = 50, offset: Offset = 0) -> list[Any]:
    """Like `dossier quotes --json`; an empty list while the store holds no quotes."""
    return issue_data.quotes(store, speaker=actor_id(store, speaker), issue=issue, limit=limit, offset=offset)


@router.get("/outlets", summary="Outlets compared")
def outlets(store: StoreDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier outlets --json`; an empty list while the store holds no outlet comparison."""
    return issue_data.outlets(store)[offset:offset + limit]
