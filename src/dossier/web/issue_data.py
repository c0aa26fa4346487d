"""The issue board's data: issues with each actor's positions, quotes, and the outlet comparison.

The store methods behind them come from the issues work. Until a store has `issues_overview`, every function
here answers "nothing yet" (an empty list, or None) and the pages say there is no issue data. Each store
method is optional and looked up by name, so a store with only some of them still serves the rest:
issues_overview(), positions(issue=, actor=), quotes(speaker=, issue=, limit=, offset=), outlet_report().
Wire new methods here; the routes and pages need no change.
"""

from __future__ import annotations

from typing import Any

from dossier.store import Store
from dossier.web.serialize import plain


def available(store: Store) -> bool:
    return hasattr(store, "issues_overview")


def issues(store: Store) -> list[dict[str, Any]]:
    return _list(store, "issues_overview")


def issue(store: Store, issue_id: str) -> dict[str, Any] | None:
    return next((entry for entry in issues(store) if entry.get("id") == issue_id), None)


def issue_positions(store: Store, issue_id: str) -> list[dict[str, Any]]:
    return _list(store, "positions", issue=issue_id)


def actor_positions(store: Store, entity_id: str) -> list[dict[str, Any]]:
    return _list(store, "positions", actor=entity_id)


def quotes(store: Store, *, speaker: str | None = None, issue: str | None = None, limit: int = 50,
           offset: int = 0) -> list[dict[str, Any]]:
    return _list(store, "quotes", speaker=speaker, issue=issue, limit=limit, offset=offset)


def actor_quotes(store: Store, entity_id: str, limit: int = 20) -> list[dict[str, Any]]:
    return quotes(store, speaker=entity_id, limit=limit)


def outlets(store: Store) -> list[dict[str, Any]]:
    return _list(store, "outlet_report")


def _list(store: Store, method: str, **kwargs: Any) -> list[dict[str, Any]]:
    """The method's records as dicts; nothing while the store has no issue data or no such method."""
    found = getattr(store, method, None) if available(store) else None
    if not callable(found):
        return []
    return [item for item in plain(found(**kwargs)) if isinstance(item, dict)]
