"""Overview: what is in the dossier, the latest events, the open conflicts, the most mentioned actors."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.deps import DossierDep
from dossier.web.pages.cards import SOURCES_SHOWN, VALUES_SHOWN, conflict_cards
from dossier.web.templating import render

router = APIRouter()
CONFLICTS_SHOWN = 8
CONFLICT_ROWS = 4 * CONFLICTS_SHOWN  # an event has at most four disputed fields


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, d: DossierDep) -> HTMLResponse:
    outlets = [(outlet or "Outlet unknown", n) for outlet, n in d.outlet_counts()]
    conflicts = conflict_cards(d.conflicts(limit=CONFLICT_ROWS, per_value=SOURCES_SHOWN, values=VALUES_SHOWN))
    return render(request, "overview.html", page="overview", title="Overview", stats=d.stats(),
                  latest=d.latest_events(16), conflicts=conflicts,
                  actors=d.entities(limit=16), outlets=outlets)
