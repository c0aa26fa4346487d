"""Issue board, one issue, and Sources (outlets compared)."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.query.records import Article, Position, Ref
from dossier.web.changes import NEW_DEFAULT, changed_since
from dossier.web.deps import DossierDep, IssueId
from dossier.web.highlight import Mark, highlight
from dossier.web.templating import render

router = APIRouter()


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request, d: DossierDep,
                new: Annotated[str, Query(max_length=40)] = NEW_DEFAULT) -> HTMLResponse:
    _, stances = changed_since(d, new)
    return render(request, "issues.html", page="issues", title="Issue board", board=d.issues(), new=stances,
                  new_since=new)


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(request: Request, d: DossierDep, issue_id: IssueId) -> HTMLResponse:
    issue = d.issue(issue_id)
    return render(request, "issue.html", page="issues", title=issue.label, issue=issue,
                  counts=d.issue_counts(issue_id), by_actor=by_actor(issue.positions),
                  positions=[(p, cue_marked(p)) for p in issue.positions], quotes=issue.quotes, events=issue.events)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, d: DossierDep) -> HTMLResponse:
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in d.articles():
        by_outlet[article.outlet or "Outlet unknown"].append(article)
    return render(request, "sources.html", page="sources", title="Sources", comparison=d.outlets(),
                  issue_labels=request.app.state.issue_labels,
                  by_outlet=sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def by_actor(positions: list[Position]) -> list[tuple[Ref, list[Position]]]:
    """Each actor's positions in date order (undated last), actors in the order they first took one."""
    grouped: dict[str, list[Position]] = defaultdict(list)
    refs: dict[str, Ref] = {}
    for p in positions:
        grouped[p.actor.id].append(p)
        refs[p.actor.id] = p.actor
    return [(refs[actor], stated) for actor, stated in grouped.items()]


def cue_marked(p: Position) -> Markup:
    """The sentence with the words that state the stance marked."""
    at = p.sentence.find(p.cue) if p.cue else -1
    return highlight(p.sentence, [Mark(at, at + len(p.cue))] if at >= 0 else [])
