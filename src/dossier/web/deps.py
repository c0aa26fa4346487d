"""What routes share: a read-only store per request, validated ids, paging and filter parameters."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request

from dossier.dates import parse_absolute
from dossier.errors import DossierError
from dossier.models import EntityType, SearchHit
from dossier.store import Store, open_store
from dossier.web.plover import PLOVER_TYPES

# Ids are hashes, slugs and counters; nothing else can name a row, and nothing in an id can change a path.
ID_PATTERN = r"^[A-Za-z0-9_:'-]+$"
ENTITY_TYPES = tuple(t.value for t in EntityType)


def get_store(request: Request) -> Iterator[Store]:
    """One connection per request, refusing writes: requests never share a cursor, nothing is written, and
    everything one request reads comes from one snapshot (an ingest may be writing meanwhile)."""
    store = open_store(request.app.state.db_path, read_only=True)
    try:
        with store.snapshot():
            yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


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


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def not_found(message: str) -> HTTPException:
    return HTTPException(status_code=404, detail=message)


def iso_date(value: str | None, name: str) -> str | None:
    """A date parameter at the precision given (2025, 2025-07, 2025-07-31), as an ISO prefix."""
    if not value:
        return None
    date = parse_absolute(value)
    if date is None:
        raise bad_request(f"{name}: {value!r} is not a date; write 2025, 2025-07 or 2025-07-31")
    return date.iso()


def event_type(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise bad_request(f"type: {value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    return value.upper()


def entity_type(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in ENTITY_TYPES:
        raise bad_request(f"type: {value!r} is not an actor type; use one of {', '.join(ENTITY_TYPES)}")
    return value.upper()


def actor_id(store: Store, name: str | None) -> str | None:
    """An actor named by its id or any alias; an unknown name is the client's mistake."""
    if not name:
        return None
    found = store.find_entities(name)
    if not found:
        raise bad_request(f"actor: no actor called {name!r}; /api/entities lists them")
    return found[0].id


def search_hits(store: Store, query: str, limit: int, offset: int) -> list[SearchHit]:
    try:
        return store.search(query, limit=limit, offset=offset)
    except DossierError as problem:
        raise bad_request(f"q: {problem}") from None


def issue_id(store: Store, labels: Mapping[str, str], value: str | None) -> str | None:
    """An issue id of the pack (or one events are tagged with)."""
    if not value:
        return None
    known = set(labels) | set(store.event_issue_counts())
    if value not in known:
        raise bad_request(f"issue: no issue {value!r}; use one of {', '.join(sorted(known)) or '(none in this store)'}")
    return value
