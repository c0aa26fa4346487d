"""Overview: what is in the dossier, the latest events, the open conflicts, the most mentioned actors."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.deps import DossierDep
from dossier.web.pages.cards import conflict_cards
from dossier.web.templating import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, d: DossierDep) -> HTMLResponse:
    outlets = Counter(a.outlet or "Outlet unknown" for a in d.articles())
    return render(request, "overview.html", page="overview", title="Overview", stats=d.stats(),
                  latest=d.latest_events(16), conflicts=conflict_cards(d.conflicts()), actors=d.entities(limit=16),
                  outlets=outlets.most_common())
