"""Overview: what is in the dossier, the latest events, the open conflicts, the most mentioned actors."""

from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.conflicts import conflict_cards
from dossier.web.deps import StoreDep
from dossier.web.templating import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep) -> HTMLResponse:
    articles = store.articles()
    outlets = Counter(a.outlet.value or "Outlet unknown" for a in articles)
    return render(request, "overview.html", page="overview", title="Overview", stats=store.stats(),
                  latest=store.latest_events(16, modalities=("asserted",)),
                  conflicts=conflict_cards(store, store.conflicts()),
                  actors=store.entities()[:16], outlets=outlets.most_common())
