"""PLOVER's event types in its four classes: the timeline's lanes and the colour families of the pages."""

from __future__ import annotations

QUAD_CLASSES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("verbal-coop", "Verbal cooperation", ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")),
    ("material-coop", "Material cooperation", ("COOPERATE", "AID", "RETREAT")),
    ("verbal-conflict", "Verbal conflict", ("REQUEST", "ACCUSE", "REJECT", "THREATEN")),
    ("material-conflict", "Material conflict", ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")),
)
PLOVER_TYPES = tuple(t for _, _, types in QUAD_CLASSES for t in types)
_CLASS_OF = {t: key for key, _, types in QUAD_CLASSES for t in types}


def quad_class(event_type: str) -> str:
    return _CLASS_OF.get(event_type, "other")
