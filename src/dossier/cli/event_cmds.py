"""Event commands: `timeline`, `event`, `conflicts`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Column, Table
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, print_json, show_rows
from dossier.plover import DateOrigin
from dossier.query.records import Event, Ref

CONFLICT_MARK = "⚠"


@app.command("timeline")
def timeline_command(
    db: DbOption = DEFAULT_DB,
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
    d = open_dossier(db)
    events = d.timeline(actor=actor, issue=issue, since=since, until=until, type=event_type, outlet=outlet,
                        conflicts=conflicts_only, undated=undated, all=every_modality, limit=limit)
    show_rows(events, as_json, "events",
              [Column("date", no_wrap=True), Column("type", no_wrap=True), Column("event", ratio=1),
               Column("sources", justify="right"), Column("", no_wrap=True), Column("id", no_wrap=True, style="dim")],
              lambda e: (e.date or "undated", e.label, _summary(e), str(e.articles),
                         Text(CONFLICT_MARK, style="bold red") if e.conflict else "", e.id),
              empty=lambda: "No events match." if d.has_events()
              else "No events yet: ingest articles first (`dossier ingest PATH`).")


def _summary(event: Event) -> Text:
    """The event's one line, marked when it is not reported as having happened."""
    summary = Text(event.summary)
    if event.modality != "asserted":
        summary.append(f"  ({event.modality})", style="italic dim")
    return summary


@app.command("event")
def event_command(
    event_id: Annotated[str, typer.Argument(help="An event id from `dossier timeline`.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """One event with all its evidence side by side: each source's sentence, the date as that source
    states it and where it falls, and any conflict between the sources explained."""
    event = open_dossier(db).event(event_id)
    if as_json:
        print_json(event)
        return
    console.print(Text.assemble((event.summary, "bold"), f"   [{event.id}]"))
    console.print(f"{event.label} · {event.modality} · "
                  f"{event.date or 'undated'}{' (' + event.date_precision + ')' if event.date_precision else ''}"
                  f" · {event.articles} articles, {event.sources} mentions", highlight=False)
    console.print(Text.assemble(("actors: ", "dim"), _names(event.actors) or "—", ("   targets: ", "dim"),
                                _names(event.targets) or "—", ("   place: ", "dim"),
                                event.location.name if event.location else "—"))
    table = Table(show_lines=True)
    table.add_column("source", ratio=1)
    table.add_column("what it says", ratio=3)
    table.add_column("date as stated", ratio=1)
    for item in event.evidence:
        source = Text.assemble((item.outlet or "outlet unknown", "bold"), "\n", (item.title or item.article, "dim"),
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
                stated.append(f"\n({item.how_dated})", style="dim")
        table.add_row(source, sentence, stated)
    console.print(table)
    for conflict in event.conflicts:
        console.print(Text.assemble((f"{CONFLICT_MARK} ", "bold red"), conflict.explanation))


@app.command("conflicts")
def conflicts_command(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Where sources disagree about one event: its date, who took part, or where it happened."""
    conflicts = open_dossier(db).conflicts()
    if as_json:
        print_json(conflicts)
        return
    if not conflicts:
        console.print("No conflicts between sources.")
        return
    for conflict in conflicts:
        console.print(Text.assemble((f"{conflict.event_date or 'undated'}  ", "bold"), conflict.event_summary,
                                    (f"  [{conflict.event}]", "dim")))
        console.print(Text.assemble("   ", conflict.explanation))


def _names(refs: list[Ref]) -> str:
    return ", ".join(r.name for r in refs)
