"""Timeline: events on a zoomable time axis in PLOVER's four lanes, filtered by actor, issue, outlet, type and
dates; disputed events marked; each item opens its event."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from dossier.query import QueryError
from dossier.query.records import Event
from dossier.web.changes import NEW_DEFAULT, changed_since
from dossier.web.deps import DossierDep, problem_text
from dossier.web.plover import PLOVER_TYPES, quad_class
from dossier.web.templating import render

router = APIRouter()
Text = Annotated[str | None, Query(max_length=200)]
PAGE = 100  # events per page of the timeline


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, d: DossierDep, actor: Text = None, issue: Text = None, outlet: Text = None,
             kind: Annotated[str | None, Query(alias="type", max_length=20)] = None, since: Text = None,
             until: Text = None, conflicts: bool = False, undated: bool = False,
             every: Annotated[bool, Query(alias="all")] = False,
             new: Annotated[str, Query(max_length=40)] = NEW_DEFAULT,
             offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0, exclusive: bool = False) -> HTMLResponse:
    labels: dict[str, str] = request.app.state.issue_labels
    context: dict[str, Any] = {
        "page": "timeline", "title": "Timeline", "types": PLOVER_TYPES, "outlets": d.outlet_names(),
        "issues": sorted(((i, labels.get(i, i), n) for i, n in d.event_issue_counts().items()), key=lambda x: x[1]),
        "actors": d.entities(limit=60), "new_since": new, "offset": offset, "page_size": PAGE, "more": False,
        "page_query": urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "offset"]),
    }
    try:
        events = d.timeline(actor=actor, issue=issue, since=since, until=until, type=kind, outlet=outlet,
                            conflicts=conflicts, undated=undated, all=every, limit=PAGE + 1, offset=offset,
                            exclusive=exclusive)
    except QueryError as bad:  # a filter a person typed: say what is wrong on the page itself
        return render(request, "timeline.html", status_code=bad.status, events=[], items=[], new=set(),
                      problem=problem_text(request, bad), **context)
    context["more"] = len(events) > PAGE
    shown = events[:PAGE]
    fresh, _ = changed_since(d, new)
    return render(request, "timeline.html", events=shown, new=fresh,
                  items=[timeline_item(e, e.id in fresh) for e in shown if e.date], problem=None, **context)


def timeline_item(e: Event, new: bool = False) -> dict[str, Any]:
    """What the timeline script draws: the event's JSON, its lane, and whether it changed lately (the script
    builds the DOM with textContent, never innerHTML)."""
    return {**e.to_dict(), "lane": quad_class(e.type or ""), "new": new}
