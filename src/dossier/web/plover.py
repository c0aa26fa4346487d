"""PLOVER's event types in its four classes (from dossier/plover.py): the timeline's lanes and the colour
families of the pages."""

from __future__ import annotations

from dossier.plover import EventType, QuadClass, quad_class

QUAD_CLASSES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (c.value, c.label, tuple(t.value for t in EventType if t.quad_class is c)) for c in QuadClass)
PLOVER_TYPES = tuple(t.value for t in EventType)

__all__ = ["PLOVER_TYPES", "QUAD_CLASSES", "quad_class"]
