"""`dossier changes`: what changed in the dossier, newest first, each change with its evidence."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dossier.cli.app import app
from dossier.cli.common import DEFAULT_DB, DbOption, JsonOption, console, open_dossier, print_json
from dossier.query.records import KIND_LABELS
from dossier.store.changes import CHANGE_KINDS


@app.command("changes")
def changes_command(
    db: DbOption = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(
        help="Only changes recorded since then: a span before now (30m, 2h, 1d, 1w) or a date or time (2025-07-31,"
             " 2025-07-31T08:00, UTC).", show_default=False)] = None,
    issue: Annotated[str | None, typer.Option(help="Only changes about this issue (an issue id of the pack).",
                                              show_default=False)] = None,
    actor: Annotated[str | None, typer.Option(help="Only changes concerning this actor (any alias).",
                                              show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(
        help=f"Only these kinds, separated by commas: {', '.join(CHANGE_KINDS)}.", show_default=False)] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """What changed, newest first: new events, events that gained a source, dates refined, conflicts
    between sources that appeared or were resolved, actors whose stance on an issue changed, new
    actors. Every analysis (`ingest`, `analyse`, `watch`) records them; each comes with the article and
    the sentence it came from (`dossier serve` shows them at /whats-new and as an Atom feed at
    /feeds/changes.atom)."""
    d = open_dossier(db)
    changes = d.changes(since=since, issue=issue, actor=actor, kind=kind, limit=limit)
    if as_json:
        print_json(changes)
        return
    if not changes:
        console.print("No changes match." if d.last_change()
                      else "No changes recorded yet: ingest or watch articles first.")
        return
    table = Table(title=f"{len(changes)} changes, newest first", title_justify="left")
    table.add_column("when (UTC)", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("change and evidence", ratio=1)
    for c in changes:
        cell = Text(c.title, style="bold" if c.kind in ("conflict", "stance") else "")
        if c.article:
            where = f"{c.outlet or 'article'} {c.article}" + (f", sentence {c.sentence}" if c.sentence is not None
                                                              else "")
            cell.append(f"\n{where}", style="dim")
        if c.sentence_text:
            cell.append(f"\n“{c.sentence_text}”", style="italic")
        table.add_row(c.at.replace("T", " ").removesuffix("+00:00"), KIND_LABELS.get(c.kind, c.kind), cell)
    console.print(table)
    console.print(escape("`dossier serve` shows each sentence in its article at /articles/ARTICLE?s=SENTENCE."),
                  style="dim", highlight=False)
