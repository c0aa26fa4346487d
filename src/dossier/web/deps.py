"""What routes share: the query layer over a read-only store per request, validated ids and paging parameters,
and how the query layer's errors read on the web."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Query, Request

from dossier.errors import DossierError
from dossier.query import Dossier, QueryError
from dossier.store import open_reader

# Ids are hashes, slugs and counters; nothing else can name a row, and nothing in an id can change a path.
ID_PATTERN = r"^[A-Za-z0-9_:'-]+$"
# Where a person finds what exists, by the query that lists it: the API's routes and the pages.
PAGES = {"timeline": "the timeline", "entities": "the actors page", "issues": "the issue board",
         "articles": "the sources page"}


def get_dossier(request: Request) -> Iterator[Dossier]:
    """One connection per request, refusing writes: requests never share a cursor, nothing is written, and
    everything one request reads comes from one snapshot (an ingest may be writing meanwhile)."""
    store = open_reader(request.app.state.db_path)
    try:
        with store.snapshot():
            yield Dossier(store)
    finally:
        store.close()


DossierDep = Annotated[Dossier, Depends(get_dossier)]


def id_path(what: str) -> object:
    return Path(pattern=ID_PATTERN, max_length=128, description=f"The {what}'s id.")


ArticleId = Annotated[str, id_path("article")]
EventId = Annotated[str, id_path("event")]
EntityId = Annotated[str, id_path("actor")]
IssueId = Annotated[str, id_path("issue")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Skip this many results (paging).")]
DateText = Annotated[str | None, Query(max_length=40, description="A date: 2025, 2025-07 or 2025-07-31.")]


def limit_query(most: int = 500) -> object:
    return Query(ge=1, le=most, description=f"At most this many results (1 to {most}).")


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def problem_text(request: Request, problem: DossierError) -> str:
    """A user's error in one line, pointing to what lists the valid values: an API route or a page."""
    if not isinstance(problem, QueryError) or not problem.listing:
        return str(problem)
    where = f"/api/{problem.listing}" if is_api(request) else PAGES.get(problem.listing, f"/{problem.listing}")
    return f"{problem}; {where} lists them"


def problem_status(problem: DossierError) -> int:
    """400 for a bad request (a filter, a query), 404 for an id that names nothing."""
    return problem.status if isinstance(problem, QueryError) else 400
