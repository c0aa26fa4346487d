"""Jinja2 with autoescaping on for every template, and the filters the pages share."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from dossier.web.highlight import path_part
from dossier.web.plover import QUAD_CLASSES, quad_class

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NAV = (("overview", "/", "Overview"), ("timeline", "/timeline", "Timeline"), ("actors", "/actors", "Actors"),
       ("network", "/network", "Network"), ("issues", "/issues", "Issues"), ("sources", "/sources", "Sources"),
       ("whats-new", "/whats-new", "What's new"), ("search", "/search", "Search"), ("api", "/api", "API"))


def human_date(iso: str | None) -> str:
    """2025-01-28 -> 28 Jan 2025, 2025-01 -> Jan 2025, 2025 -> 2025: the precision the sources support."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("dossier.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["seg"] = path_part
    env.filters["human_date"] = human_date
    env.filters["quad"] = quad_class
    env.globals["nav"] = NAV
    env.globals["quad_classes"] = QUAD_CLASSES
    env.globals["this_year"] = date.today().year
    return env


ENV = _environment()


def render(request: Request, template: str, *, status_code: int = 200, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    state = request.app.state
    page = context.pop("page", "")
    html = ENV.get_template(template).render(request=request, page=page, story=state.story,
                                              vendor=state.vendor, query=request.query_params, **context)
    return HTMLResponse(html, status_code=status_code, headers=headers)
