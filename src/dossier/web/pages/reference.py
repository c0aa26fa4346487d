"""API reference: the OpenAPI schema as a page (served here rather than by Swagger UI, which loads from a CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.templating import render

router = APIRouter()


@router.get("/api", response_class=HTMLResponse)
def api_reference(request: Request) -> HTMLResponse:
    schema: dict[str, Any] = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            params = [(p["name"], p["in"], p.get("required", False), _type(p.get("schema", {})),
                       p.get("description", "")) for p in spec.get("parameters", [])]
            routes.append({"method": method.upper(), "path": path, "summary": spec.get("summary", ""),
                           "description": spec.get("description", ""), "params": params,
                           "tag": (spec.get("tags") or ["other"])[0]})
    return render(request, "api.html", page="api", title="API", routes=routes, info=schema.get("info", {}))


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    kind = str(schema.get("type", "any"))
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum") if k in schema]
    default = f" = {schema['default']}" if "default" in schema and schema["default"] is not None else ""
    return kind + (f" ({', '.join(bounds)})" if bounds else "") + default
