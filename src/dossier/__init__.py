"""Dossier: an evidence-backed, queryable picture of a developing news story.

From Python (a notebook, a script), open a store and ask it what the command line asks::

    import dossier
    d = dossier.open("dossier.db")            # or a postgresql:// URL; opened read-only
    d.timeline(actor="Lavrov", since="2025-07").to_pandas()

`open` returns a `dossier.query.Dossier`; importing this package loads nothing heavy (no spaCy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from dossier.query import Dossier

__version__ = "0.1.0"
__all__ = ["BadFilter", "Dossier", "DossierError", "NotFound", "__version__", "open"]


def open(location: str | Path | None = None) -> Dossier:
    """Open an existing store read-only: a SQLite file, or a PostgreSQL URL (postgresql://user@host/db). With no
    location, $DOSSIER_DB, else ./dossier.db. Close it with `.close()` or use it in a `with` block."""
    from dossier.query import Dossier
    from dossier.store import open_reader

    return Dossier(open_reader(location), owned=True)


def __getattr__(name: str) -> Any:
    """The query layer's names, loaded when first asked for."""
    if name in ("Dossier", "BadFilter", "NotFound"):
        import dossier.query

        return getattr(dossier.query, name)
    if name == "DossierError":
        from dossier.errors import DossierError

        return DossierError
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
