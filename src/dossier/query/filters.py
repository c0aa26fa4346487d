"""Filters, parsed and validated once for every front end (command line, HTTP API, pages, notebooks).

Each parser takes what a person typed (None or "" meaning no filter) and returns the value the store's
queries take, or raises `BadFilter` naming the filter and what is wrong with it."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.dates import parse_absolute
from dossier.lexicon import act_kinds
from dossier.models import EntityType
from dossier.plover import EventType
from dossier.query.errors import BadFilter
from dossier.store import StoreReader

EVENT_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)  # the 16 PLOVER types, in PLOVER's order
ENTITY_TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)
# What a timeline shows unless asked for everything: what is reported as having happened, and what is planned.
REPORTED: tuple[str, ...] = ("asserted", "future")
DATE_FORMS = "write 2025, 2025-07 or 2025-07-31"


def date_filter(value: str | None, field: str) -> str | None:
    """A date at the precision given (2025, 2025-07, 2025-07-31), as the ISO prefix the store compares with."""
    if not value:
        return None
    date = parse_absolute(value)
    if date is None:
        raise BadFilter(f"{value!r} is not a date; {DATE_FORMS}", field=field)
    return date.iso()


def event_type_filter(value: str | None, field: str = "type") -> str | None:
    """A PLOVER type, in any case, or the kind of an act PLOVER does not type ("appointment": lexicon/acts.yaml)."""
    if not value:
        return None
    if value.lower() in act_kinds():
        return value.lower()
    if value.upper() not in EVENT_TYPES:
        raise BadFilter(f"{value!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}, or an act PLOVER does"
                        f" not type: {', '.join(act_kinds())}", field=field)
    return value.upper()


def entity_type_filter(value: str | None, field: str = "type") -> str | None:
    """An actor type (PERSON, STATE, ...), in any case."""
    if not value:
        return None
    if value.upper() not in ENTITY_TYPES:
        raise BadFilter(f"{value!r} is not an actor type; use one of {', '.join(ENTITY_TYPES)}", field=field)
    return value.upper()


def actor_filter(store: StoreReader, name: str | None, field: str = "actor") -> str | None:
    """An actor named by its id or any alias (the most mentioned one when several share the name)."""
    if not name:
        return None
    if store.actors.get(name) is not None:
        return name
    found = store.actors.find(name)
    if not found:
        raise BadFilter(f"no actor called {name!r}", field=field, listing="entities")
    return found[0].id


def issue_filter(store: StoreReader, value: str | None, field: str = "issue") -> str | None:
    """An issue id of the store's pack (or one events are tagged with)."""
    if not value:
        return None
    known = {i["id"] for i in store.issues.definitions()} | set(store.views.event_issue_counts())
    if value not in known:
        raise BadFilter(f"no issue {value!r}; use one of {', '.join(sorted(known)) or '(none in this store)'}",
                        field=field)
    return value


def limit_filter(value: int | None) -> int | None:
    """At most this many results (None: all of them)."""
    if value is not None and value < 1:
        raise BadFilter(f"{value} is not a limit; give 1 or more (or none for all)", field="limit")
    return value


def offset_filter(value: int) -> int:
    if value < 0:
        raise BadFilter(f"{value} is not an offset; give 0 or more", field="offset")
    return value


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """The timeline's filters, checked: ids for the actor and the issue, ISO prefixes for the dates."""

    actor: str | None = None
    issue: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    outlet: str | None = None
    conflicts: bool = False  # only events whose sources disagree
    undated: bool = False  # also events no source dates
    all: bool = False  # also hypothetical and negated events
    limit: int | None = None
    offset: int = 0
    exclusive: bool = False  # only events the outlet alone reports

    @classmethod
    def parse(cls, store: StoreReader, *, actor: str | None = None, issue: str | None = None, since: str | None = None,
              until: str | None = None, type: str | None = None, outlet: str | None = None,
              conflicts: bool = False, undated: bool = False, all: bool = False, limit: int | None = None,
              offset: int = 0, exclusive: bool = False) -> TimelineFilter:
        if exclusive and not outlet:
            raise BadFilter("exclusive needs an outlet: the events only that outlet reports", field="exclusive")
        return cls(actor=actor_filter(store, actor), issue=issue_filter(store, issue),
                   since=date_filter(since, "since"), until=date_filter(until, "until"),
                   type=event_type_filter(type), outlet=outlet or None, conflicts=conflicts, undated=undated,
                   all=all, limit=limit_filter(limit), offset=offset_filter(offset), exclusive=exclusive)

    @property
    def modalities(self) -> tuple[str, ...] | None:
        return None if self.all else REPORTED
