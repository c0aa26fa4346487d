"""API: the change log, the same JSON as `dossier changes --json` (and the data of the "What's new" page)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.web.changes import what_changed
from dossier.web.deps import DossierDep, Offset, limit_query

router = APIRouter(tags=["changes"])

Since = Annotated[str | None, Query(max_length=40, description="Since: a span before now (2h, 1d, 1w) or a date or"
                                                                 " time (2025-07-31, 2025-07-31T08:00, UTC).")]
Kind = Annotated[str | None, Query(max_length=100, description="Only these kinds, separated by commas: event, source,"
                                                                " date, conflict, resolved, stance, actor.")]
IssueText = Annotated[str | None, Query(max_length=100, description="Only changes about this issue.")]
ActorText = Annotated[str | None, Query(max_length=200, description="Only changes concerning this actor (id or any"
                                                                     " alias).")]


@router.get("/changes", summary="What changed, newest first, each change with its evidence")
def changes(d: DossierDep, since: Since = None, issue: IssueText = None, actor: ActorText = None, kind: Kind = None,
            limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier changes --json`: new events, new sources, dates refined, conflicts gained and resolved,
    stances changed and new actors, each with the article and sentence it came from."""
    return what_changed(d, since, issue, actor, kind, limit, offset).to_dicts()

