"""Issue board, one issue, and Sources (outlets compared)."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.query.records import Article, Position, Ref
from dossier.web.changes import NEW_DEFAULT, changed_since
from dossier.web.deps import DossierDep, IssueId, Offset
from dossier.web.highlight import Mark, highlight
from dossier.web.templating import render

router = APIRouter()
ARTICLES_PAGE = 100  # articles per page of the Sources page
ISSUE_PAGE = 100  # positions, events and quotations per page of an issue
UNKNOWN = "Outlet unknown"
STANCES_SHOWN = 12  # actors' latest stances per issue on the board ("and 30 more" links to the issue)
EXCLUSIVE_SHOWN = 4  # events only one outlet reports, per outlet on the Sources page


@router.get("/issues", response_class=HTMLResponse)
def issues_page(request: Request, d: DossierDep,
                new: Annotated[str, Query(max_length=40)] = NEW_DEFAULT) -> HTMLResponse:
    _, stances = changed_since(d, new)
    return render(request, "issues.html", page="issues", title="Issue board", board=d.issues(stances=STANCES_SHOWN),
                  new=stances, new_since=new)


@router.get("/issues/{issue_id}", response_class=HTMLResponse)
def issue_page(request: Request, d: DossierDep, issue_id: IssueId, offset: Offset = 0) -> HTMLResponse:
    issue = d.issue(issue_id, limit=ISSUE_PAGE, offset=offset)
    return render(request, "issue.html", page="issues", title=issue.label, issue=issue,
                  counts=d.issue_counts(issue_id), by_actor=by_actor(issue.positions),
                  positions=[(p, cue_marked(p)) for p in issue.positions], quotes=issue.quotes, events=issue.events,
                  offset=offset, page_size=ISSUE_PAGE,
                  more=max(len(issue.positions), len(issue.events), len(issue.quotes)) >= ISSUE_PAGE)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, d: DossierDep, offset: Offset = 0) -> HTMLResponse:
    """The outlets compared, then one page of the articles (oldest first), grouped by outlet."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    found = d.articles(limit=ARTICLES_PAGE + 1, offset=offset)
    for article in found[:ARTICLES_PAGE]:
        by_outlet[article.outlet or UNKNOWN].append(article)
    totals = {outlet or UNKNOWN: n for outlet, n in d.outlet_counts()}
    comparison = d.outlets(exclusive=EXCLUSIVE_SHOWN)
    return render(request, "sources.html", page="sources", title="Sources", comparison=comparison,
                  issue_labels=request.app.state.issue_labels, totals=totals, offset=offset,
                  page_size=ARTICLES_PAGE, more=len(found) > ARTICLES_PAGE, shown=min(len(found), ARTICLES_PAGE),
                  by_outlet=sorted(by_outlet.items(), key=lambda kv: (-totals.get(kv[0], 0), kv[0])))


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
