"""Actors: the list; one actor (aliases, events over time, neighbours, mentions, positions and quotes); the
network of actors linked by shared events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from dossier.models import EntityType
from dossier.query import Dossier, QueryError
from dossier.query.filters import ENTITY_TYPES, entity_type_filter
from dossier.query.records import Mention, Network, NetworkNode
from dossier.web.deps import DossierDep, EntityId, problem_text
from dossier.web.highlight import Mark, highlight
from dossier.web.templating import human_date, render

router = APIRouter()
MOST_ACTORS = 300
EVENTS_SHOWN = 200  # the actor page lists the oldest events; the timeline pages through the rest


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, d: DossierDep,
                kind: Annotated[str | None, Query(alias="type", max_length=20)] = None,
                q: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    wanted = entity_type_filter(kind)
    found = d.entities(type=wanted, name=q, limit=MOST_ACTORS + 1)
    return render(request, "actors.html", page="actors", title="Actors", actors=found[:MOST_ACTORS],
                  more=len(found) > MOST_ACTORS, types=ENTITY_TYPES, chosen_type=wanted or "", q=q or "")


@dataclass(frozen=True, slots=True)
class MonthBar:
    month: str  # ISO month, 2025-07
    label: str
    events: int
    height: int  # percent of the busiest month


@router.get("/actors/{entity_id}", response_class=HTMLResponse)
def actor_page(request: Request, d: DossierDep, entity_id: EntityId) -> HTMLResponse:
    context = actor_context(d, entity_id)
    return render(request, "actor.html", page="actors", title=context["entity"].name,
                  issue_labels=request.app.state.issue_labels, **context)


def actor_context(d: Dossier, entity_id: str) -> dict[str, Any]:
    """What an actor's page shows (also what the server computes for the most mentioned actors as it starts)."""
    entity = d.actor(entity_id)
    events = d.timeline(actor=entity.id, undated=True, limit=EVENTS_SHOWN)
    partners = d.network(actor=entity.id, limit=500)
    stands_for = next(iter(d.find_entities(entity.denotes)), None) if entity.denotes else None
    country = next((e for e in d.find_entities(entity.country) if e.type is EntityType.STATE), None) \
        if entity.country else None  # a person's, where the store knows that state
    months, year_only = d.event_months(entity.id)
    mentions = d.mentions(entity.id, limit=40)
    return {"entity": entity, "stands_for": stands_for, "country": country, "events": events,
            "event_total": d.event_count(entity.id),
            "bars": month_bars(months), "year_only": year_only, "partners": _partners(partners, entity.id),
            "cooccurring": d.cooccurring(entity.id), "mentions": _marked_mentions(mentions),
            "titles": d.article_titles(m.article for m in mentions),
            "positions": d.positions(actor=entity.id, limit=100), "quotes": d.quotes(speaker=entity.id, limit=20)}


def month_bars(counts: dict[str, int]) -> list[MonthBar]:
    """Events per month, every month from the first to the last (events dated only to a year are left out)."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    busiest = max(counts.values())
    bars: list[MonthBar] = []
    while f"{year:04d}-{month:02d}" <= last and len(bars) < 240:
        key = f"{year:04d}-{month:02d}"
        bars.append(MonthBar(key, human_date(key), counts.get(key, 0), round(100 * counts.get(key, 0) / busiest)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


def _partners(network: Network, entity_id: str) -> list[tuple[str, str, str, int]]:
    """(id, name, type, shared events) of the actors sharing events with this one, most shared first."""
    nodes = {n.id: n for n in network.nodes}
    found = []
    for edge in network.edges:
        other = edge.target if edge.source == entity_id else edge.source
        if other in nodes:
            found.append((other, nodes[other].name, nodes[other].type, edge.events))
    return sorted(found, key=lambda p: (-p[3], p[1]))


def _marked_mentions(mentions: list[Mention]) -> list[tuple[Mention, Markup]]:
    """Each sentence once, with the mention highlighted (located as the CLI does: its first occurrence)."""
    seen: set[tuple[str, int]] = set()
    found = []
    for m in mentions:
        if (m.article, m.sentence_index) in seen:
            continue
        seen.add((m.article, m.sentence_index))
        offset = m.sentence.find(m.text)
        marks = [Mark(offset, offset + len(m.text))] if offset >= 0 else []
        found.append((m, highlight(m.sentence, marks)))
    return found


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, d: DossierDep, since: Annotated[str | None, Query(max_length=40)] = None,
                 until: Annotated[str | None, Query(max_length=40)] = None,
                 min_shared: Annotated[int, Query(ge=1, le=1000)] = 1,
                 limit: Annotated[int, Query(ge=2, le=500)] = 60) -> HTMLResponse:
    context: dict[str, Any] = {"page": "network", "title": "Network", "since": since or "", "until": until or "",
                               "min_shared": min_shared, "limit": limit, "types": ENTITY_TYPES}
    try:
        network = d.network(since=since, until=until, min_shared=min_shared, limit=limit)
    except QueryError as bad:
        return render(request, "network.html", status_code=bad.status, problem=problem_text(request, bad),
                      graph={"nodes": [], "edges": []}, links=[], **context)
    return render(request, "network.html", problem=None, graph=network.to_dict(),
                  links=_strongest_links(network, 15), **context)


def _strongest_links(network: Network, top: int) -> list[tuple[NetworkNode, NetworkNode, int]]:
    names = {n.id: n for n in network.nodes}
    return [(names[e.source], names[e.target], e.events) for e in network.edges[:top]]
