"""Why a query cannot be answered: a filter that is not valid, or a thing that does not exist.

Both are `DossierError`s (one line a user can act on). Each front end shows them its own way: the command line
as one red line, the HTTP API as `{"error": ...}` with the status below, the pages as an error page, a notebook
as the exception. `listing` names the query that lists what exists (`entities`, `timeline`, ...), so that each
front end can point to it in its own terms ("`dossier entities` lists them", "/api/entities lists them")."""

from __future__ import annotations

from dossier.errors import DossierError


class QueryError(DossierError):
    """A query that cannot be answered as asked."""

    status = 400  # the HTTP status a web request gets for it

    def __init__(self, problem: str, *, field: str | None = None, listing: str | None = None) -> None:
        self.problem = problem
        self.field = field  # the filter at fault (its name in every front end: since, type, actor, ...)
        self.listing = listing
        super().__init__(f"{field}: {problem}" if field else problem)


class BadFilter(QueryError):
    """A filter value that is not valid: a date that is no date, an unknown type, actor or issue, a bad limit."""


class NotFound(QueryError, LookupError):
    """No event, actor, article or issue with this id (or name)."""

    status = 404
