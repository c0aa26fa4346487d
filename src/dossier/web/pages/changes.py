"""What's new: the change log as a page (the same records as /api/changes) and as an Atom feed any feed reader can
follow (/feeds/changes.atom, with the same filters)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from dossier.query import QueryError
from dossier.query.records import KIND_LABELS
from dossier.store.changes import CHANGE_KINDS
from dossier.web.changes import ATOM_TYPE, atom_feed, what_changed
from dossier.web.deps import DossierDep, problem_text
from dossier.web.templating import render

router = APIRouter()
Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=500)]


@router.get("/whats-new", response_class=HTMLResponse)
def whats_new(request: Request, d: DossierDep, since: Text = None, issue: Text = None, actor: Text = None,
              kind: Text = None, limit: Limit = 100) -> HTMLResponse:
    labels: dict[str, str] = request.app.state.issue_labels
    feed = "/feeds/changes.atom" + (f"?{request.url.query}" if request.url.query else "")
    context: dict[str, Any] = {"page": "whats-new", "title": "What's new",
                               "kinds": [(k, KIND_LABELS[k]) for k in CHANGE_KINDS],
                               "issues": sorted(labels.items(), key=lambda kv: kv[1]), "feed": feed}
    try:
        changes = what_changed(d, since, issue, actor, kind, limit)
    except QueryError as bad:  # a filter a person typed: say so on the page itself
        return render(request, "whats_new.html", status_code=bad.status, changes=[],
                      problem=problem_text(request, bad), **context)
    return render(request, "whats_new.html", changes=changes, problem=None, **context)


@router.get("/feeds/changes.atom")
def changes_feed(request: Request, d: DossierDep, since: Text = None, issue: Text = None, actor: Text = None,
                 kind: Text = None, limit: Limit = 50) -> Response:
    base = str(request.base_url).rstrip("/")
    body = atom_feed(what_changed(d, since, issue, actor, kind, limit), base=base, self_url=str(request.url),
                     story=request.app.state.story, store=request.app.state.db_path)
    return Response(body, media_type=ATOM_TYPE)
