"""The read-only JSON API, one module per area; every route is a GET and documented in /api/openapi.json."""

from fastapi import APIRouter

from dossier.web.api import actors, articles, changes, events, issues

router = APIRouter(prefix="/api")
for area in (articles, actors, events, issues, changes):
    router.include_router(area.router)
