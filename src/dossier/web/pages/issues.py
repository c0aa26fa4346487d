"""Issue board and Sources (outlet comparison). Their data comes through dossier.web.issue_data; while a
store has none, the pages say so and show what the events already tell (events tagged by issue; articles)."""

from __future__ import annotations

from collections import defaultdict

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.models import ArticleInfo
from dossier.store.views import REPORTED
from dossier.web import issue_data
from dossier.web.deps import IssueId, StoreDep, not_found
from dossier.web.templating import render

router = APIRouter()


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request, store: StoreDep) -> HTMLResponse:
    labels: dict[str, str] = request.app.state.issue_labels
    counts = store.event_issue_counts()
    tagged = sorted(((i, labels.get(i, i), counts.get(i, 0)) for i in {*labels, *counts}), key=lambda x: -x[2])
    return render(request, "issues.html", page="issues", title="Issue board", board=issue_data.issues(store),
                  tagged=tagged)


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(request: Request, store: StoreDep, issue_id: IssueId) -> HTMLResponse:
    labels: dict[str, str] = request.app.state.issue_labels
    detail = issue_data.issue(store, issue_id)
    if detail is None and issue_id not in labels and issue_id not in store.event_issue_counts():
        raise not_found(f"no issue {issue_id!r}; the issue board lists them")
    label = str((detail or {}).get("label") or labels.get(issue_id, issue_id))
    return render(request, "issue.html", page="issues", title=label, issue_id=issue_id, label=label,
                  detail=detail, positions=issue_data.issue_positions(store, issue_id),
                  events=store.timeline(issue=issue_id, include_undated=True, modalities=REPORTED))


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: StoreDep) -> HTMLResponse:
    by_outlet: dict[str, list[ArticleInfo]] = defaultdict(list)
    for article in store.articles():
        by_outlet[article.outlet.value or "Outlet unknown"].append(article)
    return render(request, "sources.html", page="sources", title="Sources", comparison=issue_data.outlets(store),
                  issue_labels=request.app.state.issue_labels,
                  by_outlet=sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])))
