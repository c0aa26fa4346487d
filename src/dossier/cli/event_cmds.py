"""Event commands: `timeline`, `event`, `conflicts`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DbOption, JsonOption, console, fail, print_json, read_store
from dossier.dates import parse_absolute
from dossier.models import EntityRef
from dossier.plover import DateOrigin, EventType
from dossier.shapes import DATE_ORIGINS, conflict_json, event_json, evidence_json, explain
from dossier.store import Store

CONFLICT_MARK = "⚠"
PLOVER_TYPES = tuple(EventType)


@app.command("timeline")
def timeline_command(
    db: DbOption = "dossier.db",
    actor: Annotated[str | None, typer.Option(help="Only events this actor takes part in (any alias).",
                                              show_default=False)] = None,
    issue: Annotated[str | None, typer.Option(help="Only events about this issue (an issue id of the pack).",
                                              show_default=False)] = None,
    since: Annotated[str | None, typer.Option(help="From this date (2025, 2025-07, 2025-07-31).",
                                              show_default=False)] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive.", show_default=False)] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type (CONSULT, SANCTION, ...).",
                                                   show_default=False)] = None,
    outlet: Annotated[str | None, typer.Option(help="Only events this outlet reports.", show_default=False)] = None,
    conflicts_only: Annotated[bool, typer.Option("--conflicts", help="Only events whose sources disagree.")] = False,
    undated: Annotated[bool, typer.Option("--undated", help="Also list events no source dates.")] = False,
    every_modality: Annotated[bool, typer.Option(
        "--all", help="Also list what did not happen as reported: hypothetical and negated events.")] = False,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """Events in date order: date, PLOVER type, a one-line summary, how many sources, and ⚠ where
    the sources disagree (see `dossier event ID`). Only what is reported as having happened is dated
    and shown; planned, hypothetical and negated events are marked as such."""
    store = read_store(db)
    actor_id = _actor_id(store, actor) if actor else None
    events = store.timeline(actor=actor_id, issue=issue, since=_date_option(since, "--since"),
                            until=_date_option(until, "--until"), event_type=_type_option(event_type), outlet=outlet,
                            include_undated=undated, conflicts_only=conflicts_only, limit=limit,
                            modalities=None if every_modality else ("asserted", "future"))
    if as_json:
        print_json([event_json(e) for e in events])
        return
    if not events:
        console.print("No events match." if store.timeline(limit=1, include_undated=True)
                      else "No events yet: ingest articles first (`dossier ingest PATH`).")
        return
    table = Table(title=f"{len(events)} events", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("event", ratio=1)
    table.add_column("sources", justify="right")
    table.add_column("", no_wrap=True)
    table.add_column("id", no_wrap=True, style="dim")
    for e in events:
        summary = Text(e.summary)
        if e.modality != "asserted":
            summary.append(f"  ({e.modality})", style="italic dim")
        table.add_row(e.date or "undated", e.type + (f"/{e.mode}" if e.mode else ""), summary, str(e.articles),
                      Text(CONFLICT_MARK, style="bold red") if e.has_conflict else "", e.id)
    console.print(table)


@app.command("event")
def event_command(
    event_id: Annotated[str, typer.Argument(help="An event id from `dossier timeline`.", show_default=False)],
    db: DbOption = "dossier.db",
    as_json: JsonOption = False,
) -> None:
    """One event with all its evidence side by side: each source's sentence, the date as that source
    states it and where it falls, and any conflict between the sources explained."""
    store = read_store(db)
    event = store.event_info(event_id)
    if event is None:
        fail(f"no event {event_id!r}; `dossier timeline` lists them")
    evidence = store.evidence(event_id)
    conflicts = store.conflicts(event_id)
    articles = _article_names(store)
    names = _entity_names(store)
    if as_json:
        print_json({**event_json(event), "evidence": [evidence_json(e) for e in evidence],
                    "conflicts": [conflict_json(c, articles, names) for c in conflicts]})
        return
    console.print(Text.assemble((event.summary, "bold"), f"   [{event.id}]"))
    console.print(f"{event.type}{'/' + event.mode if event.mode else ''} · {event.modality} · "
                  f"{event.date or 'undated'}{' (' + event.date_precision + ')' if event.date_precision else ''}"
                  f" · {event.articles} articles, {event.sources} mentions", highlight=False)
    console.print(Text.assemble(("actors: ", "dim"), _names(event.actors) or "—", ("   targets: ", "dim"),
                                _names(event.targets) or "—", ("   place: ", "dim"),
                                event.location.name if event.location else "—"))
    table = Table(show_lines=True)
    table.add_column("source", ratio=1)
    table.add_column("what it says", ratio=3)
    table.add_column("date as stated", ratio=1)
    for item in evidence:
        source = Text.assemble((item.outlet or "outlet unknown", "bold"), "\n", (item.title or item.article_id, "dim"),
                               "\n", (f"published {item.published}" if item.published else "undated", "dim"))
        sentence = Text(item.sentence)
        start = item.trigger_start - item.sentence_start
        sentence.stylize("bold yellow", max(0, start), max(0, start) + len(item.trigger))
        if item.modality != "asserted":
            sentence.append(f"  ({item.modality})", style="italic dim")
        stated = Text(item.date_as_stated or "—")
        if item.date:
            stated.append(f"\n→ {item.date}", style="bold")
            if item.date_origin and item.date_origin != DateOrigin.STATED:
                stated.append(f"\n({DATE_ORIGINS.get(item.date_origin, item.date_origin)})", style="dim")
        table.add_row(source, sentence, stated)
    console.print(table)
    for conflict in conflicts:
        console.print(Text.assemble((f"{CONFLICT_MARK} ", "bold red"), explain(conflict, articles, names)))


@app.command("conflicts")
def conflicts_command(db: DbOption = "dossier.db", as_json: JsonOption = False) -> None:
    """Where sources disagree about one event: its date, who took part, or where it happened."""
    store = read_store(db)
    conflicts = store.conflicts()
    articles = _article_names(store)
    names = _entity_names(store)
    if as_json:
        print_json([conflict_json(c, articles, names) for c in conflicts])
        return
    if not conflicts:
        console.print("No conflicts between sources.")
        return
    for conflict in conflicts:
        console.print(Text.assemble((f"{conflict.event_date or 'undated'}  ", "bold"), conflict.event_summary,
                                    (f"  [{conflict.event_id}]", "dim")))
        console.print(Text.assemble("   ", explain(conflict, articles, names)))








def _article_names(store: Store) -> dict[str, str]:
    return {a.id: a.outlet.value or a.title.value or a.id for a in store.articles()}


def _entity_names(store: Store) -> dict[str, str]:
    return {e.id: e.name for e in store.entities()}


def _actor_id(store: Store, name: str) -> str:
    found = store.find_entities(name)
    if not found:
        fail(f"no actor called {name!r}; `dossier entities` lists them")
    return found[0].id


def _date_option(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    date = parse_absolute(value)
    if date is None:
        raise typer.BadParameter(f"{value!r} is not a date; write 2025, 2025-07 or 2025-07-31", param_hint=option)
    return date.iso()


def _type_option(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}",
                                 param_hint="--type")
    return value.upper()


def _names(refs: list[EntityRef]) -> str:
    return ", ".join(r.name for r in refs)





