"""Timeline: events on a zoomable time axis in PLOVER's four lanes, filtered by actor, issue, outlet, type and
dates; disputed events marked; each item opens its event."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from dossier.models import EventInfo
from dossier.web.api.events import filtered_timeline
from dossier.web.deps import StoreDep, issue_id
from dossier.web.plover import PLOVER_TYPES, quad_class
from dossier.web.templating import render

router = APIRouter()
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, store: StoreDep, actor: Text = None, issue: Text = None, outlet: Text = None,
             kind: Annotated[str | None, Query(alias="type", max_length=20)] = None, since: Text = None,
             until: Text = None, conflicts: bool = False, undated: bool = False,
             every: Annotated[bool, Query(alias="all")] = False) -> HTMLResponse:
    labels: dict[str, str] = request.app.state.issue_labels
    issue_counts = store.event_issue_counts()
    context: dict[str, Any] = {
        "page": "timeline", "title": "Timeline", "types": PLOVER_TYPES, "outlets": store.outlets(),
        "issues": sorted(((i, labels.get(i, i), n) for i, n in issue_counts.items()), key=lambda x: x[1]),
        "actors": store.entities()[:60], "problem": None,
    }
    try:
        events = filtered_timeline(store, actor=actor, issue=issue_id(store, labels, issue), since=since,
                                   until=until, kind=kind, outlet=outlet, conflicts=conflicts, undated=undated,
                                   every_modality=every, limit=None)
    except HTTPException as bad:  # a filter a person typed: say what is wrong on the page itself
        return render(request, "timeline.html", status_code=bad.status_code, events=[], items=[],
                      problem=str(bad.detail), **{k: v for k, v in context.items() if k != "problem"})
    context["events"] = events
    context["items"] = [timeline_item(e) for e in events if e.date]
    return render(request, "timeline.html", **context)


def timeline_item(e: EventInfo) -> dict[str, Any]:
    """What the timeline script draws: plain data (it builds the DOM with textContent, never innerHTML)."""
    return {"id": e.id, "type": e.type, "mode": e.mode, "modality": e.modality, "date": e.date,
            "precision": e.date_precision, "summary": e.summary, "sources": e.articles, "conflict": e.has_conflict,
            "lane": quad_class(e.type)}
