"""Search: actors by any spelling, and articles by full text with the matched words highlighted."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.errors import DossierError
from dossier.query.records import SearchHit
from dossier.web.deps import DossierDep, problem_status, problem_text
from dossier.web.highlight import Mark, highlight
from dossier.web.templating import render

router = APIRouter()
PAGE = 20


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, d: DossierDep, q: Annotated[str, Query(max_length=500)] = "",
                offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> HTMLResponse:
    query = q.strip()
    context: dict[str, Any] = {"page": "search", "title": f"Search: {query}" if query else "Search", "q": query,
                               "offset": offset, "page_size": PAGE, "actors": [], "hits": [], "more": False,
                               "problem": None}
    if not query:
        return render(request, "search.html", **context)
    try:
        hits = d.search(query, limit=PAGE + 1, offset=offset)
    except DossierError as bad:
        return render(request, "search.html", status_code=problem_status(bad),
                      **{**context, "problem": problem_text(request, bad)})
    actors = d.entities(name=query, limit=12) if offset == 0 else []
    return render(request, "search.html", **{**context, "actors": actors, "hits": [_marked(h) for h in hits[:PAGE]],
                                             "more": len(hits) > PAGE})


def _marked(hit: SearchHit) -> tuple[SearchHit, Markup]:
    return hit, highlight(hit.snippet, [Mark(start, end) for start, end in hit.highlights])
