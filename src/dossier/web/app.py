"""The web app: a read-only JSON API under /api (documented by its OpenAPI schema) and server-rendered pages."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dossier import __version__
from dossier.errors import DossierError
from dossier.packs import PACK_CONTENT, load_pack, stored_pack
from dossier.query import Dossier
from dossier.store import cache, open_reader
from dossier.web import api, pages
from dossier.web.assets import VENDOR, node_modules
from dossier.web.deps import problem_status, problem_text
from dossier.web.guards import RequestGuard, allowed_hosts
from dossier.web.templating import render

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"

# Article text is untrusted: scripts only from this server, never inline; no plugins, no framing, no forms
# posting elsewhere. Inline styles stay allowed because the vis libraries position their elements with them.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                               " img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none';"
                               " form-action 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class ApiError(BaseModel):
    """Every error the API answers: one line saying what is wrong."""

    error: str


def _error_response(description: str) -> dict[str, Any]:
    return {"model": ApiError, "description": description}


# Declared on every API operation (the schema names each status a route may answer, with its body).
API_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error_response("A parameter is not valid (an unknown actor, type, issue or date), or the request was sent"
                         " to a host name this server does not answer."),
    404: _error_response("Nothing has that id."),
    414: _error_response("The URL is too long."),
    422: _error_response("A parameter has the wrong form (not a number, out of range, too long)."),
}
MAX_ERROR_CHARS = 300  # an error message never echoes more of the request than this


def create_app(db: str | Path, *, bound: str | None = None, allow_hosts: Iterable[str] = (),
               refresh_in_background: bool = False) -> FastAPI:
    """The app over the store at `db` (a file or a PostgreSQL URL, which must exist and be up to date: opening
    an older store would migrate it, a write); each request opens it read-only. Requests are answered for the
    localhost names, the address it is `bound` to, and `allow_hosts` (`*`: any).

    refresh_in_background (`dossier serve`): the whole-store aggregates (the outlets compared, the issue board,
    the network) are computed once as the server starts, and again in a thread of their own while the store is
    written (store/cache.py), so that no request waits for one."""
    if refresh_in_background:
        cache.refresh_in_background(True)
        threading.Thread(target=_warm, args=(str(db),), name="warm aggregates", daemon=True).start()
    store = open_reader(db)
    try:
        pack_label, issue_labels = _pack_labels(store.get_meta("pack"), store.get_meta(PACK_CONTENT))
    finally:
        store.close()
    app = FastAPI(
        title="Dossier", version=__version__, docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
        description="Read-only JSON API over a Dossier store: articles, actors, events merged across sources, "
                    "and the conflicts between sources. Every list takes `limit` and `offset`.",
    )
    app.state.db_path = str(db)
    app.state.story = pack_label
    app.state.issue_labels = issue_labels
    app.state.vendor = _mount_assets(app)
    app.include_router(api.router, responses=API_ERRORS)
    app.include_router(pages.router)
    _add_error_handlers(app)
    app.add_middleware(RequestGuard, hosts=allowed_hosts(bound, allow_hosts))
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: on every answer, the guard's refusals included
    return app


WARM_ACTORS = 10  # the most mentioned actors whose pages are computed as the server starts


def _warm(db: str) -> None:
    """Compute the whole-store aggregates the pages and the API ask for, before anyone asks (in a thread); then
    what the pages and the API of each issue and of the most mentioned actors ask for, so that no request waits
    for their first computation either (later ones are refreshed off the request: store/cache.py)."""
    try:
        with Dossier(open_reader(db), owned=True) as d, d.store.snapshot():
            d.stats()
            d.outlets()
            issues = d.issues()
            d.network()
            for issue in issues:
                d.issue(issue.id, limit=pages.issues.ISSUE_PAGE)
            for entity in d.entities(limit=WARM_ACTORS):
                pages.actors.actor_context(d, entity.id)
                d.entity(entity.id, limit=100)
    except Exception:  # a store that cannot be read now is reported by the requests themselves
        log.debug("warming the aggregates failed", exc_info=True)


def _pack_labels(pack_name: str | None, content: str | None) -> tuple[str, dict[str, str]]:
    """The story's name and its issues' labels, from the domain pack the store was built with (the content it keeps,
    else the bundled pack of that name)."""
    try:
        pack = stored_pack(content) or load_pack(pack_name)  # a store never analysed has no pack yet
    except DossierError:
        return "", {}
    return pack.label, {issue.id: issue.label for issue in pack.issues}


def _mount_assets(app: FastAPI) -> bool:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    modules = node_modules()
    if modules is None:
        log.warning("web/node_modules is missing: the timeline and the network are not interactive"
                    " (run scripts/bootstrap, which needs npm)")
        return False
    for vendor in VENDOR:
        app.mount(vendor.url, StaticFiles(directory=modules / vendor.folder), name=vendor.url)
    return True


class SecurityHeadersMiddleware:
    """Adds SECURITY_HEADERS to every HTTP response (pages, API, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- errors: one clear line, as JSON for the API and as a page for people ------------------------------


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(DossierError, _dossier_error)
    app.add_exception_handler(Exception, _unexpected)


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return _error(request, 422, validation_message(exc.errors()))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed: Dossier's web app only reads (use GET)"
    return _error(request, exc.status_code, message, dict(exc.headers or {}))


async def _dossier_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, DossierError)
    return _error(request, problem_status(exc), problem_text(request, exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return _error(request, 500, "something went wrong on the server; the log has the details")


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    message = bounded(message)
    if request.url.path == "/api" or request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    return render(request, "error.html", status_code=status, title=f"Error {status}", status=status,
                  message=message, headers=headers)


def bounded(message: str, most: int = MAX_ERROR_CHARS) -> str:
    """At most `most` characters of a message (it may quote what the client sent), on one line."""
    message = " ".join(message.split())
    return message if len(message) <= most else message[:most - 1] + "…"


_NAMES = {"q": "q (the query)", "s": "s (sentence)"}


def validation_message(errors: Any) -> str:
    """FastAPI's list of validation errors as one line a person can act on."""
    if not errors:
        return "the request is not valid"
    first = errors[0]
    location = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    name = _NAMES.get(location[-1], location[-1]) if location else "request"
    message = str(first.get("msg", "is not valid"))
    if first.get("type") == "string_pattern_mismatch":
        message = "is not a valid id (letters, digits, _ : ' and - only)"
    shown = first.get("input")
    got = f" (got {bounded(repr(shown), 60)})" if shown is not None and not isinstance(shown, dict) else ""
    more = f"; and {len(errors) - 1} more problem(s)" if len(errors) > 1 else ""
    return f"{name}: {message[0].lower()}{message[1:]}{got}{more}"
