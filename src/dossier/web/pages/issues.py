"""Issue board, one issue, and Sources (outlets compared)."""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.models import ArticleInfo, EntityRef, PositionInfo
from dossier.store.views import REPORTED
from dossier.web.deps import IssueId, StoreDep, not_found
from dossier.web.highlight import Mark, highlight
from dossier.web.templating import render

router = APIRouter()


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "issues.html", page="issues", title="Issue board", board=store.issues_overview())


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(request: Request, store: StoreDep, issue_id: IssueId) -> HTMLResponse:
    definition = next((i for i in store.issue_definitions() if i["id"] == issue_id), None)
    if definition is None:
        raise not_found(f"no issue {issue_id!r}; the issue board lists them")
    positions = store.positions(issue=issue_id)
    counts = store.issue_counts().get(issue_id, {})
    return render(request, "issue.html", page="issues", title=definition["label"], issue=definition, counts=counts,
                  by_actor=by_actor(positions), positions=[(p, cue_marked(p)) for p in positions],
                  quotes=store.quotes(issue=issue_id),
                  events=store.timeline(issue=issue_id, include_undated=True, modalities=REPORTED))


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: StoreDep) -> HTMLResponse:
    by_outlet: dict[str, list[ArticleInfo]] = defaultdict(list)
    for article in store.articles():
        by_outlet[article.outlet.value or "Outlet unknown"].append(article)
    return render(request, "sources.html", page="sources", title="Sources", comparison=store.outlet_report(),
                  issue_labels=request.app.state.issue_labels,
                  by_outlet=sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def by_actor(positions: list[PositionInfo]) -> list[tuple[EntityRef, list[PositionInfo]]]:
    """Each actor's positions in date order (undated last), actors in the order they first took one."""
    grouped: dict[str, list[PositionInfo]] = defaultdict(list)
    refs: dict[str, EntityRef] = {}
    for p in positions:
        grouped[p.actor.id].append(p)
        refs[p.actor.id] = p.actor
    return [(refs[actor], stated) for actor, stated in grouped.items()]


def cue_marked(p: PositionInfo) -> Markup:
    """The sentence with the words that state the stance marked."""
    at = p.sentence.find(p.cue) if p.cue else -1
    return highlight(p.sentence, [Mark(at, at + len(p.cue))] if at >= 0 else [])
