"""Server-rendered pages, one module per page group; none of them is part of the API schema."""

from fastapi import APIRouter

from dossier.web.pages import actors, changes, events, issues, overview, reference, search, timeline

router = APIRouter(include_in_schema=False)
for group in (overview, timeline, events, actors, issues, changes, search, reference):
    router.include_router(group.router)
